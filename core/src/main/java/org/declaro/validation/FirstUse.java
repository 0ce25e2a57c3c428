package org.declaro.validation;

import java.util.Arrays;

/**
 * The first place each commitment id is used in a document, for {@code commitment.id.duplicate}. Built for
 * documents of a hundred thousand commitments: recording an id allocates nothing, and touches one slot of a
 * compact table, which holds the id's hash and the number of its entry; entries are appended in order. (A
 * hash map allocated a node and a pointer maker per commitment, and its scattered nodes made the check a
 * third of the validator's time on large documents.) Places are kept as the parts of a pointer, which is
 * built only for a finding.
 */
final class FirstUse {
    private long[] table; // (hash << 32) | (entry + 1); 0 is an empty slot
    private int shift;
    private String[] ids = new String[16];
    private String[] prefixes = new String[16];
    private int[] hosts = new int[16];
    private int[] positions = new int[16];
    private int size;

    FirstUse() {
        table = new long[32];
        shift = Integer.numberOfLeadingZeros(table.length) + 1;
    }

    /**
     * Records the id's place unless the id was seen before.
     *
     * @return the entry of its first use when it was seen before, else -1
     */
    int putIfAbsent(String id, String prefix, int host, int position) {
        int h = id.hashCode();
        int mask = table.length - 1;
        // Fibonacci hashing: ids such as "p12.c3" differ in a few characters, and their String hashes in a few
        // low bits; the multiplication spreads them over the table
        for (int slot = h * 0x9E3779B9 >>> shift;; slot = slot + 1 & mask) {
            long e = table[slot];
            if (e == 0) {
                break;
            }
            if ((int) (e >>> 32) == h) {
                int entry = (int) e - 1;
                if (ids[entry].equals(id)) {
                    return entry;
                }
            }
        }
        add(id, h, prefix, host, position);
        return -1;
    }

    private void add(String id, int h, String prefix, int host, int position) {
        if (size == ids.length) {
            int n = size * 2;
            ids = Arrays.copyOf(ids, n);
            prefixes = Arrays.copyOf(prefixes, n);
            hosts = Arrays.copyOf(hosts, n);
            positions = Arrays.copyOf(positions, n);
        }
        ids[size] = id;
        prefixes[size] = prefix;
        hosts[size] = host;
        positions[size] = position;
        size++;
        if (size * 2 > table.length) {
            table = new long[table.length * 2];
            shift--;
            for (int i = 0; i < size; i++) {
                insert(ids[i].hashCode(), i);
            }
        } else {
            insert(h, size - 1);
        }
    }

    private void insert(int h, int entry) {
        int mask = table.length - 1;
        int slot = h * 0x9E3779B9 >>> shift;
        while (table[slot] != 0) {
            slot = slot + 1 & mask;
        }
        table[slot] = (long) h << 32 | (entry + 1L);
    }

    /** @return the pointer of the commitment recorded as {@code entry} */
    String pointer(int entry) {
        return Commitments.pointer(prefixes[entry], hosts[entry], positions[entry]);
    }
}
