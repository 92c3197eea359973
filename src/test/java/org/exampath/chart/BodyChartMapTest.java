package org.exampath.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Hit-testing on the body chart is plain geometry, deterministic and unit-tested. */
class BodyChartMapTest {

    private static String at(double x, double y) {
        Optional<BodyChartMap.Area> area = BodyChartMap.areaAt(x, y);
        return area.map(a -> a.region() + "/" + a.side()).orElse("none");
    }

    @Test
    void everySpecRegionIsOnTheChartOnBothSides() {
        Set<String> seen = new TreeSet<>();
        BodyChartMap.areas().forEach(a -> seen.add(a.findingId() + "/" + a.side()));
        for (String region : new String[] {"upper_outer_buttock", "deep_mid_buttock", "lower_medial_buttock", "lateral_hip",
            "sacroiliac", "groin", "posterior_thigh", "lateral_thigh", "below_knee"}) {
            assertTrue(seen.contains("history.region." + region + "/left"), region);
            assertTrue(seen.contains("history.region." + region + "/right"), region);
        }
        assertTrue(seen.contains("history.region.low_back/both"));
    }

    @Test
    void eachAreaIsHitAtItsOwnCentre() {
        for (BodyChartMap.Area area : BodyChartMap.areas()) {
            double[] c = area.centre();
            assertEquals(area.region() + "/" + area.side(), at(c[0], c[1]));
        }
    }

    @Test
    void patientsRightIsOnTheViewersRightFromBehindAndOnTheLeftFromTheFront() {
        assertEquals("deep_mid_buttock/right", at(196, 146));
        assertEquals("deep_mid_buttock/left", at(104, 146));
        assertEquals("groin/right", at(362, 150));
        assertEquals("groin/left", at(398, 150));
    }

    @Test
    void areasDoNotOverlapAndEmptySpaceHitsNothing() {
        for (BodyChartMap.Area area : BodyChartMap.areas()) {
            double[] c = area.centre();
            assertEquals(1, BodyChartMap.areas().stream().filter(a -> a.contains(c[0], c[1])).count(), area.toString());
        }
        assertEquals("none", at(239, 130));
        assertEquals("none", at(5, 5));
        assertEquals("none", at(300, 400));
    }

    @Test
    void sameInputSameAnswer() {
        for (int i = 0; i < 3; i++) {
            assertEquals("lower_medial_buttock/right", at(172, 180));
        }
    }
}
