package org.declaro.validation;

import java.util.Arrays;

/**
 * The first place each commitment id is used in a document, for {@code commitment.id.duplicate}. Built for
 * documents of a hundred thousand commitments: recording an id allocates nothing, and touches one slot of a
 * compact table of entry numbers (four bytes a slot, at most half full); entries are appended in order.
 * (A hash map allocated a node and a pointer maker per commitment, and its scattered nodes made the check a
 * third of the validator's time on large documents.) Places are kept as the parts of a pointer, which is
 * built only for a finding.
 */
final class FirstUse {
    private int[] table = new int[32]; // entry + 1; 0 is an empty slot
    private int shift = Integer.numberOfLeadingZeros(32) + 1;
    private int[] hashes = new int[16];
    private String[] ids = new String[16];
    private String[] prefixes = new String[16];
    private int[] hosts = new int[16];
    private int[] positions = new int[16];
    private int size;

    /**
     * Records the id's place unless the id was seen before.
     *
     * @return the entry of its first use when it was seen before, else -1
     */
    int putIfAbsent(String id, String prefix, int host, int position) {
        if (2 * (size + 1) > table.length) {
            grow();
        }
        int h = id.hashCode();
        int mask = table.length - 1;
        // Fibonacci hashing: ids such as "p12.c3" differ in a few characters, and their String hashes in a few
        // low bits; the multiplication spreads them over the table
        int slot = h * 0x9E3779B9 >>> shift;
        for (int e = table[slot]; e != 0; e = table[slot]) {
            if (hashes[e - 1] == h && ids[e - 1].equals(id)) {
                return e - 1;
            }
            slot = slot + 1 & mask;
        }
        if (size == ids.length) {
            int n = size * 2;
            hashes = Arrays.copyOf(hashes, n);
            ids = Arrays.copyOf(ids, n);
            prefixes = Arrays.copyOf(prefixes, n);
            hosts = Arrays.copyOf(hosts, n);
            positions = Arrays.copyOf(positions, n);
        }
        hashes[size] = h;
        ids[size] = id;
        prefixes[size] = prefix;
        hosts[size] = host;
        positions[size] = position;
        table[slot] = ++size;
        return -1;
    }

    private void grow() {
        table = new int[table.length * 2];
        shift--;
        int mask = table.length - 1;
        for (int i = 0; i < size; i++) {
            int slot = hashes[i] * 0x9E3779B9 >>> shift;
            while (table[slot] != 0) {
                slot = slot + 1 & mask;
            }
            table[slot] = i + 1;
        }
    }

    /** @return the pointer of the commitment recorded as {@code entry} */
    String pointer(int entry) {
        return Commitments.pointer(prefixes[entry], hosts[entry], positions[entry]);
    }
}
