package org.exampath.ui.exam;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.Column;
import org.exampath.ui.common.HeightCache;
import org.exampath.ui.common.WrappedLabel;

/**
 * Titled sections of finding rows, generated from the knowledge base's definitions. Sections stack
 * in one column; on a wide screen they share two or three columns (each at least
 * {@link #COLUMN_MIN} pixels), in reading order, so labels stay close to their answers.
 */
final class StepForm extends Region {
    static final double COLUMN_MIN = 620;
    static final int COLUMNS_MAX = 3;
    private static final double GAP = 6;
    private static final double COLUMN_GAP = 24;
    private final HeightCache heights = new HeightCache();
    private final ExamSession session;
    private final Map<String, FindingRow> rows = new LinkedHashMap<>();
    private final Deque<Runnable> pending = new ArrayDeque<>();
    /** Each unsafe test's mark while a flag stands, by finding id. */
    private Map<String, String> cautions = Map.of();

    private final CarriedOver carried;

    StepForm(ExamSession session, CarriedOver carried) {
        this.session = session;
        this.carried = carried;
        carried.idsProperty().addListener((obs, old, now) -> {
            java.util.Set<String> touched = new java.util.HashSet<>(old);
            touched.addAll(now);
            for (String id : touched) {
                FindingRow row = rows.get(id);
                if (row != null) {
                    row.carriedOver(now.contains(id) ? carried.marker() : null);
                }
            }
        });
        getStyleClass().add("step-form");
        session.examProperty().addListener((obs, old, now) -> {
            for (FindingRow row : rows.values()) {
                String id = row.definition().id();
                String test = row.definition().of();
                if (!Objects.equals(old.value(id), now.value(id)) || test != null && old.has(test) != now.has(test)) {
                    row.refresh();
                }
            }
        });
        session.assessmentProperty().addListener((obs, old, now) -> showCautions());
        session.replacedProperty().addListener((obs, old, now) -> rows.values().forEach(FindingRow::replaced));
        showCautions(); // rows built later take their mark from the assessment already there
    }

    /**
     * Marks the rows whose test a standing red flag makes unsafe (a hop or a single-leg stand on a possible
     * femoral-neck stress fracture), naming the flag, and clears marks no flag holds any longer; only rows
     * whose mark changes are touched.
     */
    private void showCautions() {
        Map<String, String> now = new java.util.HashMap<>();
        for (org.exampath.reasoning.RedFlag f : session.assessment().redFlags()) {
            for (String id : f.unsafeTests()) {
                now.putIfAbsent(id, "Not now: unsafe while the " + f.urgency() + " red flag \u201c"
                        + org.exampath.ui.hypotheses.HypothesisPanelViewModel.shortLabel(f.label()) + "\u201d stands. Act on it first.");
            }
        }
        java.util.Set<String> touched = new java.util.HashSet<>(cautions.keySet());
        touched.addAll(now.keySet());
        cautions = now;
        for (String id : touched) {
            FindingRow row = rows.get(id);
            if (row != null) {
                row.caution(now.get(id));
            }
        }
    }

    /** A section added after the first frame, so the window opens without waiting for every row. */
    StepForm sectionLater(String title, String styleClass, List<FindingDefinition> definitions) {
        pending.add(() -> section(title, styleClass, definitions));
        return this;
    }

    /** Builds the next deferred section; false when none is left. */
    boolean buildNext() {
        Runnable next = pending.poll();
        if (next != null) {
            next.run();
        }
        return !pending.isEmpty();
    }

    void buildAll() {
        while (buildNext()) {
            // keep building
        }
    }

    StepForm section(String title, String styleClass, List<FindingDefinition> definitions) {
        Label header = new WrappedLabel(title);
        header.getStyleClass().add("section-title");
        VBox section = new Column(2, header);
        section.getStyleClass().addAll("form-section", styleClass);
        for (FindingDefinition d : definitions) {
            FindingRow row = new FindingRow(d, session);
            row.caution(cautions.get(d.id()));
            row.carriedOver(carried.idsProperty().get().contains(d.id()) ? carried.marker() : null);
            row.onReaffirm(() -> carried.confirm(d.id()));
            rows.put(d.id(), row);
            section.getChildren().add(row);
        }
        getChildren().add(section);
        return this;
    }

    StepForm node(Node node) {
        getChildren().add(node);
        return this;
    }

    /** The first row whose finding has no answer yet, in form order (null when all are answered). */
    FindingRow firstUnanswered() {
        return rows.values().stream().filter(r -> session.exam().value(r.definition().id()) == null).findFirst().orElse(null);
    }

    /** Each resisted test with one half chosen and the other not ("Hip external rotation: MRC 3 chosen, pain not chosen"). */
    List<String> halfEntered() {
        List<String> out = new ArrayList<>();
        for (FindingRow row : rows.values()) {
            String half = row.halfEntered();
            if (half != null) {
                out.add(row.definition().label() + ": " + half);
            }
        }
        return out;
    }

    FindingRow firstRow() {
        return rows.values().stream().findFirst().orElse(null);
    }

    static List<FindingDefinition> group(List<FindingDefinition> definitions, String group) {
        return definitions.stream().filter(d -> d.group().equals(group)).toList();
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    /** How many columns fit this content width. */
    static int columns(double width) {
        return (int) Math.max(1, Math.min(COLUMNS_MAX, Math.floor((width + COLUMN_GAP) / (COLUMN_MIN + COLUMN_GAP))));
    }

    private double columnWidth(double width, int columns) {
        return (width - COLUMN_GAP * (columns - 1)) / columns;
    }

    /** Children split into columns in order, each column filled to about an equal share of the height. */
    private List<List<Node>> split(double width) {
        List<Node> managed = getManagedChildren();
        int columns = Math.min(columns(width), Math.max(1, managed.size()));
        double cw = columnWidth(width, columns);
        double total = 0;
        for (Node n : managed) {
            total += n.prefHeight(cw) + GAP;
        }
        double share = total / columns;
        List<List<Node>> out = new ArrayList<>();
        List<Node> current = new ArrayList<>();
        double filled = 0;
        for (Node n : managed) {
            double h = n.prefHeight(cw) + GAP;
            if (!current.isEmpty() && out.size() < columns - 1 && filled + h / 2 > share) {
                out.add(current);
                current = new ArrayList<>();
                filled = 0;
            }
            current.add(n);
            filled += h;
        }
        out.add(current);
        return out;
    }

    private double contentWidth(double width) {
        return (width < 0 ? prefWidth(-1) : width) - snappedLeftInset() - snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        double min = 0;
        for (Node n : getManagedChildren()) {
            min = Math.max(min, n.minWidth(-1));
        }
        return snappedLeftInset() + snappedRightInset() + min;
    }

    @Override
    protected double computePrefWidth(double height) {
        double pref = 0;
        for (Node n : getManagedChildren()) {
            pref = Math.max(pref, n.prefWidth(-1));
        }
        return snappedLeftInset() + snappedRightInset() + pref;
    }

    @Override
    protected double computePrefHeight(double width) {
        return heights.pref(width, this::measurePrefHeight);
    }

    @Override
    public void requestLayout() {
        // null while Region's constructor runs
        if (heights != null) {
            heights.clear();
        }
        super.requestLayout();
    }

    private double measurePrefHeight(double width) {
        double w = contentWidth(width);
        List<List<Node>> columns = split(w);
        double cw = columnWidth(w, columns.size());
        double tallest = 0;
        for (List<Node> column : columns) {
            double h = 0;
            for (Node n : column) {
                h += n.prefHeight(cw) + GAP;
            }
            tallest = Math.max(tallest, h);
        }
        return snappedTopInset() + snappedBottomInset() + tallest;
    }

    @Override
    protected void layoutChildren() {
        double w = contentWidth(getWidth());
        List<List<Node>> columns = split(w);
        double cw = columnWidth(w, columns.size());
        double x = snappedLeftInset();
        for (List<Node> column : columns) {
            double y = snappedTopInset();
            for (Node n : column) {
                double h = n.prefHeight(cw);
                double nw = Math.min(cw, Math.max(n.minWidth(-1), cw));
                n.resizeRelocate(snapPositionX(x), snapPositionY(y), snapSizeX(nw), snapSizeY(h));
                y += h + GAP;
            }
            x += cw + COLUMN_GAP;
        }
    }
}
