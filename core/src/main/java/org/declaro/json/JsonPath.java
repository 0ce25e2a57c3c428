package org.declaro.json;

import java.util.Arrays;
import org.declaro.internal.JsonStrings;

/** The position being read, as a stack of names and indices; a pointer string is built only when asked. */
final class JsonPath implements java.util.function.Supplier<String> {
    private String[] names = new String[32];
    private int[] indices = new int[32];
    private int depth;

    JsonPath() {
    }

    JsonPath(String pointer) {
        if (!pointer.isEmpty()) {
            for (String token : pointer.substring(1).split("/", -1)) {
                push(token.replace("~1", "/").replace("~0", "~"));
            }
        }
    }

    void push(String name) {
        grow();
        names[depth] = name;
        depth++;
    }

    void push(int index) {
        grow();
        names[depth] = null;
        indices[depth] = index;
        depth++;
    }

    void pop() {
        depth--;
    }

    private void grow() {
        if (depth == names.length) {
            names = Arrays.copyOf(names, depth * 2);
            indices = Arrays.copyOf(indices, depth * 2);
        }
    }

    /** @return the pointer (for a {@link ReadListener}) */
    @Override
    public String get() {
        return pointer();
    }

    String pointer() {
        if (depth == 0) {
            return "";
        }
        StringBuilder sb = new StringBuilder(depth * 12);
        for (int i = 0; i < depth; i++) {
            sb.append('/');
            if (names[i] == null) {
                sb.append(indices[i]);
            } else {
                sb.append(JsonStrings.escapePointerToken(names[i]));
            }
        }
        return sb.toString();
    }
}
