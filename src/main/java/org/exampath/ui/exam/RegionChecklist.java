package org.exampath.ui.exam;

import java.util.List;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.text.Describe;
import org.exampath.ui.common.Tips;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.common.Column;

/**
 * The body chart's regions as a keyboard checklist, plus "chart complete": once ticked, every
 * unmarked region is recorded as pain-free (false) instead of not asked. Taking the tick back undoes only
 * that: a region answered pain-free before the tick (in this visit, the last one or the file opened) keeps
 * its answer.
 */
final class RegionChecklist extends Column {
    private final ExamSession session;
    private final List<FindingDefinition> regions;
    private final ChartAnswers answers;
    private final CheckBox complete = new CheckBox("Chart complete: unmarked regions are pain-free");
    private boolean updating;
    /** The regions the tick itself recorded as pain-free, which taking it back returns to not asked. */
    private final java.util.Set<String> setByTick = new java.util.HashSet<>();

    RegionChecklist(ExamSession session, List<FindingDefinition> regions) {
        super(4);
        this.session = session;
        this.regions = regions;
        this.answers = new ChartAnswers(regions);
        getStyleClass().add("region-checklist");
        Label title = new Label("Where is the pain?");
        title.getStyleClass().add("section-title");
        getChildren().add(title);
        for (FindingDefinition region : regions) {
            CheckBox box = new CheckBox(region.label());
            box.setId(Describe.nodeId(region.id()));
            box.setUserData(region.id());
            box.setWrapText(true);
            box.selectedProperty().addListener((obs, was, now) -> {
                if (!updating) {
                    session.set(region.id(), now ? FindingValue.Flag.YES : answers.takenBack(session.exam()));
                }
            });
            getChildren().add(box);
        }
        complete.setId("chart-complete");
        complete.setWrapText(true);
        Tips.install(complete, "Tick when the whole chart has been asked about: pain-free regions then count as answers.");
        complete.selectedProperty().addListener((obs, was, now) -> {
            if (!updating) {
                markUnmarked(now);
            }
        });
        getChildren().add(complete);
        session.examProperty().addListener((obs, old, exam) -> refresh());
        session.replacedProperty().addListener((obs, old, now) -> setByTick.clear());
        refresh();
    }

    /** When no region is answered yet, the first region takes the keyboard focus (true); otherwise nothing happens. */
    boolean focusIfUnanswered() {
        boolean answered = regions.stream().anyMatch(r -> session.exam().value(r.id()) != null);
        if (answered) {
            return false;
        }
        getChildren().stream().filter(n -> n instanceof CheckBox).findFirst().ifPresent(javafx.scene.Node::requestFocus);
        return true;
    }

    private void markUnmarked(boolean asPainFree) {
        for (FindingDefinition region : regions) {
            FindingValue v = session.exam().value(region.id());
            if (asPainFree && v == null) {
                setByTick.add(region.id());
                session.set(region.id(), FindingValue.Flag.NO);
            } else if (!asPainFree && setByTick.contains(region.id()) && FindingValue.Flag.NO.equals(v)) {
                session.set(region.id(), null);
            }
        }
        if (!asPainFree) {
            setByTick.clear();
            refresh(); // with every "no" answered before the tick, the chart stays complete, and the tick stays
        }
    }

    private void refresh() {
        updating = true;
        for (var node : getChildren()) {
            if (node instanceof CheckBox box && box.getUserData() instanceof String id) {
                box.setSelected(FindingValue.Flag.YES.equals(session.exam().value(id)));
            }
        }
        complete.setSelected(answers.complete(session.exam()));
        updating = false;
    }
}
