package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import org.exampath.TestKnowledge;
import org.exampath.knowledge.LikelihoodRow;
import org.junit.jupiter.api.Test;

/**
 * {@link FamilyOrder} lists families exactly as a {@link HashMap} keyed by their names does, whichever of them are put
 * and in whatever order: the shipped families of each hypothesis, and made-up sets large enough to grow the map's table
 * and to crowd one bucket.
 */
class FamilyOrderTest {

    @Test
    void shippedFamiliesOfEachHypothesisComeInMapOrder() {
        Map<String, List<String>> byHypothesis = new HashMap<>();
        for (LikelihoodRow row : TestKnowledge.SHIPPED.rows()) {
            byHypothesis.computeIfAbsent(row.hypothesis(), h -> new ArrayList<>()).add(row.family());
        }
        Random random = new Random(3);
        for (List<String> families : byHypothesis.values()) {
            checkRandomSubsets(families, random, 300);
        }
    }

    @Test
    void manyFamiliesGrowTheTableAndStillComeInMapOrder() {
        List<String> names = IntStream.range(0, 60).mapToObj(i -> "family_" + i).toList();
        checkRandomSubsets(names, new Random(5), 500);
    }

    @Test
    void aCrowdedBucketStillComesInMapOrder() {
        // "Aa" and "BB" hash alike, so every string of n such pairs does: 16 names in one bucket
        List<String> names = new ArrayList<>();
        for (int i = 0; i < 16; i++) {
            StringBuilder name = new StringBuilder();
            for (int bit = 3; bit >= 0; bit--) {
                name.append((i >> bit & 1) == 0 ? "Aa" : "BB");
            }
            names.add(name.toString());
        }
        names.add("other");
        checkRandomSubsets(names, new Random(9), 200);
    }

    private static void checkRandomSubsets(List<String> families, Random random, int tries) {
        FamilyOrder order = new FamilyOrder(families);
        List<String> distinct = families.stream().distinct().toList();
        assertEquals(distinct.size(), order.size());
        for (int t = 0; t < tries; t++) {
            List<String> put = new ArrayList<>(distinct);
            Collections.shuffle(put, random);
            put = put.subList(0, random.nextInt(put.size() + 1));
            Map<String, Integer> map = new HashMap<>();
            int[] firstPut = new int[distinct.size()];
            for (int k = 0; k < put.size(); k++) {
                firstPut[k] = order.ordinal(put.get(k));
                map.put(put.get(k), firstPut[k]);
            }
            int[] expected = map.values().stream().mapToInt(Integer::intValue).toArray();
            assertArrayEquals(expected, order.mapOrder(firstPut, put.size()), "families put in the order " + put);
        }
    }
}
