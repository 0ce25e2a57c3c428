package org.declaro.internal;

import java.util.Map;
import java.util.TreeSet;

/**
 * Maps pointers into the model to pointers into the JSON text they were read from. The two differ only
 * where the reader left list elements out (a {@code null} or a number where a paragraph object belongs):
 * the model's paragraph 3 is then the JSON's paragraph 4.
 */
public final class IndexMap {
    /** The identity: nothing was left out. */
    public static final IndexMap IDENTITY = new IndexMap(Map.of());

    private final Map<String, TreeSet<Integer>> dropped;

    /**
     * @param dropped the JSON pointer of each list → the JSON indices of its elements that were left out
     */
    public IndexMap(Map<String, TreeSet<Integer>> dropped) {
        this.dropped = dropped;
    }

    /**
     * @param modelPointer a pointer into the model, as validation reports it
     * @return the pointer to the same value in the JSON text
     */
    public String toJson(String modelPointer) {
        if (dropped.isEmpty() || modelPointer.isEmpty()) {
            return modelPointer;
        }
        StringBuilder json = new StringBuilder();
        for (String token : modelPointer.substring(1).split("/", -1)) {
            TreeSet<Integer> gaps = dropped.get(json.toString());
            if (gaps != null && isIndex(token)) {
                int index = Integer.parseInt(token);
                for (int gap : gaps) {
                    if (gap <= index) {
                        index++;
                    } else {
                        break;
                    }
                }
                json.append('/').append(index);
            } else {
                json.append('/').append(token);
            }
        }
        return json.toString();
    }

    private static boolean isIndex(String token) {
        if (token.isEmpty() || token.length() > 9) {
            return false;
        }
        for (int i = 0; i < token.length(); i++) {
            if (token.charAt(i) < '0' || token.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }
}
