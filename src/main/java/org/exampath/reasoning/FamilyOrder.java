package org.exampath.reasoning;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The dependence families of one hypothesis's rows, numbered, and the order in which a {@link HashMap} keyed by family
 * name would list some of them. The combined LR has always been multiplied in that order (the strongest row of each
 * family, kept in a hash map); floating-point products depend on their order in the last bits, so the order is kept
 * without building a map on every "what if".
 *
 * <p>A hash map lists its table from the first bucket to the last, and a bucket's keys in the order they were first
 * put; a key's bucket is its spread hash ({@code h ^ (h >>> 16)}) masked by the table size, which starts at 16 and
 * doubles whenever the keys exceed three quarters of it. A bucket of more than eight keys would be resized or made a
 * tree instead; when the families of a hypothesis could ever fill one so, a real map gives the order.
 */
final class FamilyOrder {
    private static final int FIRST_TABLE = 16;
    private static final int MOST_IN_A_LIST = 8;

    private final String[] names;
    private final Map<String, Integer> ordinals = new HashMap<>();
    private final int[] hashes;
    /** False when some table size could put more than eight of these families in one bucket: a real map is used. */
    private final boolean listsOnly;

    FamilyOrder(List<String> families) {
        names = families.stream().distinct().toArray(String[]::new);
        hashes = new int[names.length];
        for (int f = 0; f < names.length; f++) {
            ordinals.put(names[f], f);
            int h = names[f].hashCode();
            hashes[f] = h ^ (h >>> 16);
        }
        listsOnly = fewInEachBucket();
    }

    /** How many families there are; they are numbered from 0. */
    int size() {
        return names.length;
    }

    int ordinal(String family) {
        return ordinals.get(family);
    }

    /**
     * The first {@code count} of {@code firstPut} (family numbers, in the order they were first put into the map),
     * rearranged into the order the map lists them.
     */
    int[] mapOrder(int[] firstPut, int count) {
        int[] out = Arrays.copyOf(firstPut, count);
        if (!listsOnly) {
            return throughMap(out);
        }
        int mask = tableFor(count) - 1;
        for (int i = 1; i < count; i++) { // insertion sort by bucket: stable, so first put stays first within a bucket
            int f = out[i];
            int j = i - 1;
            while (j >= 0 && (hashes[out[j]] & mask) > (hashes[f] & mask)) {
                out[j + 1] = out[j];
                j--;
            }
            out[j + 1] = f;
        }
        return out;
    }

    private int[] throughMap(int[] firstPut) {
        Map<String, Integer> map = new HashMap<>();
        for (int f : firstPut) {
            map.put(names[f], f);
        }
        return map.values().stream().mapToInt(Integer::intValue).toArray();
    }

    /** The table size a hash map holding {@code keys} keys has grown to. */
    private static int tableFor(int keys) {
        int table = FIRST_TABLE;
        while (keys > table / 4 * 3) {
            table *= 2;
        }
        return table;
    }

    /** Whether, at every table size these families can reach, no bucket would hold more than eight of them. */
    private boolean fewInEachBucket() {
        for (int table = FIRST_TABLE; table <= tableFor(names.length); table *= 2) {
            int[] inBucket = new int[table];
            for (int h : hashes) {
                if (++inBucket[h & (table - 1)] > MOST_IN_A_LIST) {
                    return false;
                }
            }
        }
        return true;
    }
}
