package org.exampath.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Side;

/**
 * The body chart as pure geometry in a 440 x 440 model space: a posterior view (low back, pelvis,
 * thighs, below the knee; the patient's right on the viewer's right) and a small front view for the
 * groin (the patient's right on the viewer's left). Hit-testing is deterministic: the first area in
 * {@link #areas()} that contains the point wins. Used by the form and by the printed note.
 */
public final class BodyChartMap {
    public static final double WIDTH = 440;
    public static final double HEIGHT = 440;
    private static final double MID = 150;

    /** One clickable area: which region finding it toggles, on which side, and its outline. */
    public record Area(String region, String side, List<double[]> points) {
        public Area {
            points = List.copyOf(points);
        }

        public String findingId() {
            return "history.region." + region;
        }

        public double[] centre() {
            double x = 0;
            double y = 0;
            for (double[] p : points) {
                x += p[0];
                y += p[1];
            }
            return new double[] {x / points.size(), y / points.size()};
        }

        /** Even-odd ray casting; points on the edge may fall either way. */
        public boolean contains(double x, double y) {
            boolean inside = false;
            for (int i = 0, j = points.size() - 1; i < points.size(); j = i++) {
                double[] a = points.get(i);
                double[] b = points.get(j);
                if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
                    inside = !inside;
                }
            }
            return inside;
        }
    }

    /** A palpation site marker on the posterior view. */
    public record Site(String finding, String side, double x, double y) {
    }

    /** A caption on the chart ("Back", "L" …), in model coordinates. */
    public record Caption(String text, double x, double y) {
    }

    private static final List<Area> AREAS = build();
    private static final List<Caption> CAPTIONS = List.of(new Caption("Back", 135, 434), new Caption("Front", 362, 250),
            new Caption("L", 30, 30), new Caption("R", 262, 30), new Caption("R", 345, 100), new Caption("L", 405, 100));

    private BodyChartMap() {
    }

    /** Every area in hit-test priority order. */
    public static List<Area> areas() {
        return AREAS;
    }

    public static List<Caption> captions() {
        return CAPTIONS;
    }

    /**
     * Whether something on this side of the chart is drawn for the exam's side: central areas always;
     * both sides when the side is bilateral; otherwise only the exam's side ({@code unset} when none is recorded).
     */
    public static boolean onShownSide(String side, Side examSide, Side unset) {
        Side shown = examSide == null ? unset : examSide;
        return "both".equals(side) || shown == null || shown == Side.BILATERAL || shown.id().equals(side);
    }

    /** A region is shaded when it is marked painful and on a side that is shown (both sides until a side is recorded). */
    public static boolean shaded(Area area, Exam exam) {
        return FindingValue.Flag.YES.equals(exam.value(area.findingId())) && onShownSide(area.side(), exam.side(), null);
    }

    /** Every palpation site, both sides, the central ones once. */
    public static List<Site> allSites() {
        List<Site> out = new ArrayList<>(sites("right"));
        sites("left").stream().filter(site -> !"both".equals(site.side())).forEach(out::add);
        return out;
    }

    /** Sites are shown on the exam's side, the right until a side is recorded (the form needs somewhere to click). */
    public static boolean siteShown(Site site, Exam exam) {
        return onShownSide(site.side(), exam.side(), Side.RIGHT);
    }

    /**
     * Sites are drawn on a printed chart on the exam's side, and on both sides until a side is recorded: the form's
     * click default ({@link #siteShown}) is never printed as the side of a finding nobody placed.
     */
    public static boolean siteDrawn(Site site, Exam exam) {
        return onShownSide(site.side(), exam.side(), null);
    }

    public static Optional<Area> areaAt(double x, double y) {
        for (Area area : AREAS) {
            if (area.contains(x, y)) {
                return Optional.of(area);
            }
        }
        return Optional.empty();
    }

    private static List<Area> build() {
        List<Area> out = new ArrayList<>();
        for (String side : List.of("right", "left")) {
            out.add(ellipse("lateral_hip", side, 250, 150, 12, 28));
            out.add(ellipse("sacroiliac", side, 166, 100, 11, 17));
            out.add(ellipse("lower_medial_buttock", side, 172, 180, 18, 13));
            out.add(ellipse("deep_mid_buttock", side, 196, 146, 26, 18));
            out.add(ellipse("upper_outer_buttock", side, 210, 108, 30, 21));
        }
        out.add(new Area("low_back", "both", List.of(new double[] {110, 20}, new double[] {190, 20},
                new double[] {190, 78}, new double[] {110, 78})));
        for (String side : List.of("right", "left")) {
            out.add(polygon("posterior_thigh", side, 158, 200, 222, 200, 218, 320, 164, 320));
            out.add(polygon("lateral_thigh", side, 230, 184, 250, 184, 241, 320, 224, 320));
            out.add(polygon("below_knee", side, 166, 336, 222, 336, 214, 430, 172, 430));
        }
        out.add(front("groin", "right", 362, 150));
        out.add(front("groin", "left", 398, 150));
        return List.copyOf(out);
    }

    /** Outline of the figure (drawn under the areas, never hit-tested). */
    public static List<List<double[]>> outlines() {
        List<List<double[]>> out = new ArrayList<>();
        out.add(pts(100, 8, 200, 8, 208, 80, 262, 120, 266, 185, 252, 330, 228, 436, 160, 436, 152, 230,
                148, 230, 140, 436, 72, 436, 48, 330, 34, 185, 38, 120, 92, 80));
        out.add(pts(340, 110, 420, 110, 428, 200, 392, 230, 380, 205, 368, 230, 332, 200));
        return out;
    }

    public static List<Site> sites(String side) {
        List<Site> out = new ArrayList<>();
        out.add(site("palpation.greater_trochanter", side, 252, 150));
        out.add(site("palpation.gluteus_medius", side, 214, 100));
        out.add(site("palpation.piriformis", side, 202, 128));
        out.add(site("palpation.sciatic_notch", side, 180, 136));
        out.add(site("palpation.ischial_tuberosity", side, 174, 186));
        out.add(site("palpation.sacroiliac", side, 164, 98));
        out.add(new Site("palpation.lumbar_spine", "both", MID, 50));
        out.add(new Site("palpation.sacrum", "both", MID, 112));
        return out;
    }

    private static Site site(String finding, String side, double x, double y) {
        return new Site(finding, side, mirror(side, x), y);
    }

    private static double mirror(String side, double x) {
        return "left".equals(side) ? 2 * MID - x : x;
    }

    private static Area ellipse(String region, String side, double cx, double cy, double rx, double ry) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            double t = 2 * Math.PI * i / 24;
            points.add(new double[] {mirror(side, cx + rx * Math.cos(t)), cy + ry * Math.sin(t)});
        }
        return new Area(region, side, points);
    }

    private static Area front(String region, String side, double cx, double cy) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            double t = 2 * Math.PI * i / 24;
            points.add(new double[] {cx + 14 * Math.cos(t), cy + 10 * Math.sin(t)});
        }
        return new Area(region, side, points);
    }

    private static Area polygon(String region, String side, double... xy) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new double[] {mirror(side, xy[i]), xy[i + 1]});
        }
        return new Area(region, side, points);
    }

    private static List<double[]> pts(double... xy) {
        List<double[]> points = new ArrayList<>();
        for (int i = 0; i < xy.length; i += 2) {
            points.add(new double[] {xy[i], xy[i + 1]});
        }
        return points;
    }
}
