package org.exampath.ui.exam;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.Pane;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import javafx.scene.text.Text;
import javafx.scene.transform.Scale;
import org.exampath.chart.BodyChartMap;
import org.exampath.domain.Exam;
import org.exampath.domain.FindingValue;
import org.exampath.domain.Side;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.ui.common.ExamSession;

/**
 * The body chart on screen. In region mode a click toggles the region under the pointer (hit-tested
 * by {@link BodyChartMap}, not by the scene graph) and marked regions are shaded on the exam's side;
 * in site mode the palpation sites are lit by their result.
 */
public final class BodyChart extends Pane {
    private final ExamSession session;
    private final boolean sitesMode;
    private final ChartAnswers answers;
    private final Group drawing = new Group();
    private final Scale scale = new Scale(1, 1, 0, 0);

    /** The site chart's narrowest: 0.7 of the map's size. */
    static final double SITES_MIN_WIDTH = BodyChartMap.WIDTH * 0.7;

    /** The palpation sites, lit by their result. */
    public static BodyChart sites(ExamSession session) {
        return new BodyChart(session, true, List.of());
    }

    /** The pain regions: a click marks or takes back the region under the pointer; {@code regions} are every region finding. */
    public static BodyChart regions(ExamSession session, List<FindingDefinition> regions) {
        return new BodyChart(session, false, regions);
    }

    private BodyChart(ExamSession session, boolean sitesMode, List<FindingDefinition> regions) {
        this.session = session;
        this.sitesMode = sitesMode;
        this.answers = new ChartAnswers(regions);
        getStyleClass().add("body-chart");
        setId(sitesMode ? "site-chart" : "body-chart");
        setPrefSize(BodyChartMap.WIDTH * 0.8, BodyChartMap.HEIGHT * 0.8);
        // the site chart's dots (radius 7 in the map) stay about 10 px across and its labels readable: below this
        // width the palpation page scrolls sideways rather than squeezing the chart
        setMinSize(sitesMode ? SITES_MIN_WIDTH : 220, 220);
        drawing.getTransforms().add(scale);
        getChildren().add(drawing);
        draw();
        widthProperty().addListener((obs, o, n) -> fit());
        heightProperty().addListener((obs, o, n) -> fit());
        session.examProperty().addListener((obs, old, now) -> {
            if (chartChanged(old, now)) {
                paint(now);
            }
        });
        if (!sitesMode) {
            setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY) {
                    Point2D p = toModel(e.getX(), e.getY());
                    BodyChartMap.areaAt(p.getX(), p.getY()).ifPresent(this::toggle);
                }
            });
        }
        paint(session.exam());
    }

    private void fit() {
        double k = Math.min(getWidth() / BodyChartMap.WIDTH, getHeight() / BodyChartMap.HEIGHT);
        scale.setX(k);
        scale.setY(k);
    }

    Point2D toModel(double x, double y) {
        return new Point2D(x / scale.getX(), y / scale.getY());
    }

    private void draw() {
        for (List<double[]> outline : BodyChartMap.outlines()) {
            Polygon p = polygon(outline);
            p.getStyleClass().add("chart-outline");
            p.setMouseTransparent(true);
            drawing.getChildren().add(p);
        }
        for (BodyChartMap.Area area : BodyChartMap.areas()) {
            Polygon p = polygon(area.points());
            p.getStyleClass().add("chart-region");
            p.setId("chart-" + area.region() + "-" + area.side());
            p.setUserData(area);
            if (sitesMode) {
                p.setMouseTransparent(true);
            }
            drawing.getChildren().add(p);
        }
        BodyChartMap.captions().forEach(c -> caption(c.text(), c.x(), c.y()));
        if (sitesMode) {
            for (BodyChartMap.Site site : BodyChartMap.allSites()) {
                Circle c = new Circle(site.x(), site.y(), 7);
                c.getStyleClass().add("chart-site");
                c.setId("site-" + site.finding().substring("palpation.".length()) + "-" + site.side());
                c.setUserData(site);
                drawing.getChildren().add(c);
            }
        }
    }

    private void caption(String text, double x, double y) {
        Text t = new Text(x, y, text);
        t.getStyleClass().add("chart-caption");
        t.setMouseTransparent(true);
        drawing.getChildren().add(t);
    }

    private static Polygon polygon(List<double[]> points) {
        Polygon p = new Polygon();
        for (double[] xy : points) {
            p.getPoints().addAll(xy[0], xy[1]);
        }
        return p;
    }

    private void toggle(BodyChartMap.Area area) {
        Exam exam = session.exam();
        boolean marked = exam.value(area.findingId()) instanceof FindingValue.Flag f && f.value();
        if (exam.side() == null && !"both".equals(area.side())) {
            session.setSide(Side.fromId(area.side()));
        }
        // taken back: pain-free only on a chart whose every region is answered, as the checklist decides
        session.set(area.findingId(), !marked ? FindingValue.Flag.YES : answers.takenBack(exam));
    }

    /** Only the side, the regions (region mode) or the palpation sites (site mode) change the drawing. */
    private boolean chartChanged(Exam old, Exam now) {
        return old.side() != now.side() || !drawn(old).equals(drawn(now));
    }

    private java.util.Map<String, FindingValue> drawn(Exam exam) {
        String prefix = sitesMode ? "palpation." : "history.region.";
        return exam.findings().entrySet().stream().filter(e -> e.getKey().startsWith(prefix))
                .collect(java.util.stream.Collectors.toMap(java.util.Map.Entry::getKey, java.util.Map.Entry::getValue));
    }

    private void paint(Exam exam) {
        for (var node : drawing.getChildren()) {
            if (node.getUserData() instanceof BodyChartMap.Area area) {
                node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("marked"), BodyChartMap.shaded(area, exam));
            } else if (node.getUserData() instanceof BodyChartMap.Site site) {
                FindingValue v = exam.value(site.finding());
                String state = v instanceof FindingValue.Choice c ? c.value() : "not_tested";
                node.setVisible(BodyChartMap.siteShown(site, exam));
                for (String s : List.of("non_tender", "tender", "familiar")) {
                    node.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(s.replace('_', '-')), s.equals(state));
                }
            }
        }
    }
}
