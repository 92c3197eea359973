package org.exampath.ui.exam;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.exampath.domain.Exam;
import org.exampath.ui.common.ExamSession;

/**
 * In a follow-up, the findings that still stand as the last visit left them: carried over, not found today.
 * A finding leaves the set once it is re-examined (its answer chosen again) or changed; the red-flag screen is
 * never carried over. Empty when no follow-up is open.
 */
final class CarriedOver {
    private final ExamSession session;
    private final ReadOnlyObjectWrapper<Set<String>> ids = new ReadOnlyObjectWrapper<>(this, "ids", Set.of());
    /** Findings entered, changed or confirmed in this exam since it was shown. */
    private final Set<String> examined = new HashSet<>();

    CarriedOver(ExamSession session) {
        this.session = session;
        session.examProperty().addListener((obs, old, now) -> {
            Set<String> all = new HashSet<>(old.findings().keySet());
            all.addAll(now.findings().keySet());
            for (String id : all) {
                if (!Objects.equals(old.value(id), now.value(id))) {
                    examined.add(id);
                }
            }
            update();
        });
        session.replacedProperty().addListener((obs, old, now) -> {
            examined.clear();
            update();
        });
        session.previousProperty().addListener((obs, old, now) -> update());
        update();
    }

    /** The finding ids shown as carried over from the last visit. */
    ReadOnlyObjectProperty<Set<String>> idsProperty() {
        return ids.getReadOnlyProperty();
    }

    /** The marker beside a carried-over finding: "from last visit 2026-11-20" (the date when the last visit has one). */
    String marker() {
        Exam last = session.previousProperty().get();
        return last == null || last.record().date() == null ? "from last visit" : "from last visit " + last.record().date();
    }

    /** The clinician chose the finding's answer again: it was re-examined today, whether or not it changed. */
    void confirm(String findingId) {
        if (examined.add(findingId)) {
            update();
        }
    }

    private void update() {
        Exam last = session.previousProperty().get();
        Exam now = session.exam();
        Set<String> next = new HashSet<>();
        if (last != null) {
            for (String id : now.findings().keySet()) {
                if (!id.startsWith("redflag.") && !examined.contains(id) && Objects.equals(last.value(id), now.value(id))) {
                    next.add(id);
                }
            }
        }
        if (!next.equals(ids.get())) {
            ids.set(Set.copyOf(next));
        }
    }
}
