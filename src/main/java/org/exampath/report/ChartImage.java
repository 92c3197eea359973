package org.exampath.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.exampath.chart.BodyChartMap;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;

/**
 * The body chart drawn for print from the same geometry as the form: marked regions and palpation results. What was
 * carried over from the last visit and not asked again is drawn apart (a region hatched, a site as a ring) and named
 * so in the caption, so it never reads as found at this visit.
 */
final class ChartImage {
    private static final Color OUTLINE_FILL = new Color(0xF3, 0xEE, 0xE9);
    private static final Color OUTLINE = new Color(0xB9, 0xAE, 0xA3);
    private static final Color REGION = new Color(0x9F, 0xB3, 0xC8);
    private static final Color MARKED = new Color(198, 40, 40, 150);

    private static final String REGION_PREFIX = "history.region.";

    private ChartImage() {
    }

    static BufferedImage draw(Exam exam, CarriedFindings carried, double scale) {
        int w = (int) (BodyChartMap.WIDTH * scale);
        int h = (int) (BodyChartMap.HEIGHT * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.scale(scale, scale);
        for (List<double[]> outline : BodyChartMap.outlines()) {
            Path2D p = path(outline);
            g.setColor(OUTLINE_FILL);
            g.fill(p);
            g.setColor(OUTLINE);
            g.setStroke(new BasicStroke(1.5f));
            g.draw(p);
        }
        for (BodyChartMap.Area area : BodyChartMap.areas()) {
            Path2D p = path(area.points());
            boolean marked = BodyChartMap.shaded(area, exam);
            if (marked && carried.has(area.findingId())) {
                hatch(g, p);
            } else if (marked) {
                g.setColor(MARKED);
                g.fill(p);
            }
            g.setColor(marked ? new Color(0xB4, 0x23, 0x18) : REGION);
            g.setStroke(new BasicStroke(1f));
            g.draw(p);
        }
        for (BodyChartMap.Site site : BodyChartMap.allSites()) {
            if (BodyChartMap.siteDrawn(site, exam) && exam.value(site.finding()) instanceof FindingValue.Choice c) {
                g.setColor(switch (c.value()) {
                    case "familiar" -> new Color(0xC6, 0x28, 0x28);
                    case "tender" -> new Color(0xD4, 0xA7, 0x2C);
                    default -> new Color(0x1A, 0x7F, 0x37);
                });
                if (carried.has(site.finding())) {
                    // carried over: a ring in the result's colour, its centre left clear
                    g.setStroke(new BasicStroke(3f));
                    g.drawOval((int) site.x() - 5, (int) site.y() - 5, 10, 10);
                    g.setStroke(new BasicStroke(1f));
                } else {
                    g.fillOval((int) site.x() - 6, (int) site.y() - 6, 12, 12);
                }
                g.setColor(Color.DARK_GRAY);
                g.drawOval((int) site.x() - 6, (int) site.y() - 6, 12, 12);
            }
        }
        g.setColor(Color.GRAY);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        BodyChartMap.captions().forEach(c -> g.drawString(c.text(), (float) c.x(), (float) c.y()));
        g.dispose();
        return image;
    }

    /**
     * The lines beside the chart: the regions marked, the palpation colours, and, when palpation results are drawn
     * with no side recorded, that they are shown on both sides (nobody placed them on one).
     */
    static List<String> caption(Exam exam, CarriedFindings carried) {
        List<String> caption = new ArrayList<>();
        caption.add("Pain marked (shaded red):");
        List<String> regions = new ArrayList<>();
        exam.findings().forEach((id, v) -> {
            if (id.startsWith(REGION_PREFIX) && FindingValue.Flag.YES.equals(v)) {
                String region = id.substring(REGION_PREFIX.length()).replace('_', ' ');
                regions.add(carried.has(id) ? region + " (hatched: " + carried.mark(id) + ")" : region);
            }
        });
        caption.add(regions.isEmpty() ? "none marked" : String.join(", ", regions));
        caption.add("");
        caption.add("Palpation sites: green non-tender, amber tender, red reproduces the familiar pain.");
        if (BodyChartMap.allSites().stream().anyMatch(s -> carried.has(s.finding()) && exam.value(s.finding()) instanceof FindingValue.Choice)) {
            caption.add("Ringed, not filled: carried over from an earlier visit, not re-examined.");
        }
        boolean sidedResult = BodyChartMap.allSites().stream()
                .anyMatch(site -> !"both".equals(site.side()) && exam.value(site.finding()) instanceof FindingValue.Choice);
        if (exam.side() == null && sidedResult) {
            caption.add("Side not recorded: palpation results shown on both sides.");
        }
        return caption;
    }

    /** A carried-over region: its outline filled with red diagonal lines, not shaded solid. */
    private static void hatch(Graphics2D g, Path2D p) {
        java.awt.Shape clip = g.getClip();
        g.clip(p);
        g.setColor(MARKED);
        g.setStroke(new BasicStroke(2f));
        java.awt.geom.Rectangle2D box = p.getBounds2D();
        for (double x = box.getMinX() - box.getHeight(); x < box.getMaxX(); x += 6) {
            g.draw(new java.awt.geom.Line2D.Double(x, box.getMaxY(), x + box.getHeight(), box.getMinY()));
        }
        g.setClip(clip);
    }

    private static Path2D path(List<double[]> points) {
        Path2D p = new Path2D.Double();
        p.moveTo(points.get(0)[0], points.get(0)[1]);
        for (double[] xy : points.subList(1, points.size())) {
            p.lineTo(xy[0], xy[1]);
        }
        p.closePath();
        return p;
    }
}
