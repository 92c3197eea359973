package org.exampath.ui.exam;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.exampath.domain.Exam;
import org.exampath.report.CarriedFindings;
import org.exampath.ui.common.ExamSession;

/**
 * In a follow-up, the findings that still stand as the last visit left them: carried over, not found today.
 * The pain's duration moved forward by the time since counts as carried over, not as asked today (see {@link
 * CarriedFindings#idsOf}). A finding leaves the set once it is re-examined (its answer chosen again) or changed; the red-flag screen is
 * never carried over. Empty when no follow-up is open. What was entered or examined again in this visit stays so
 * when the visit is saved and opened again: the store's audit names those findings ({@link
 * ExamSession#examinedInVisitProperty}), a confirmation among them ({@code onConfirm} has the store record it).
 */
final class CarriedOver {
    private final ExamSession session;
    private final ReadOnlyObjectWrapper<Set<String>> ids = new ReadOnlyObjectWrapper<>(this, "ids", Set.of());
    /** Findings entered, changed or confirmed in this exam since it was shown. */
    private final Set<String> examined = new HashSet<>();
    private final java.util.function.Consumer<String> onConfirm;

    CarriedOver(ExamSession session, java.util.function.Consumer<String> onConfirm) {
        this.session = session;
        this.onConfirm = onConfirm;
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
            examined.addAll(session.examinedInVisitProperty().get());
            update();
        });
        session.previousProperty().addListener((obs, old, now) -> update());
        update();
    }

    /** The finding ids shown as carried over from the last visit. */
    ReadOnlyObjectProperty<Set<String>> idsProperty() {
        return ids.getReadOnlyProperty();
    }

    /**
     * The marker beside a carried-over finding: "from last visit 2026-11-20", dated by the last visit's record, else
     * by its encounter's date (just "from last visit" when neither is known).
     */
    String marker() {
        String date = visitDate();
        return date == null ? "from last visit" : "from last visit " + date;
    }

    /** The last visit's date as its record gives it, else its encounter's; null when neither is known or no follow-up is open. */
    String visitDate() {
        Exam last = session.previousProperty().get();
        Object date = last == null ? null : last.record().date() != null ? last.record().date() : session.previousDateProperty().get();
        return date == null ? null : date.toString();
    }

    /**
     * The clinician chose the finding's answer again: it was re-examined today, whether or not it changed. A finding
     * carried over and so confirmed is recorded as confirmed (see {@code onConfirm}), so its mark stays gone.
     */
    void confirm(String findingId) {
        boolean wasCarried = ids.get().contains(findingId);
        if (examined.add(findingId)) {
            update();
        }
        if (wasCarried) {
            onConfirm.accept(findingId);
        }
    }

    private void update() {
        Exam last = session.previousProperty().get();
        Exam now = session.exam();
        Set<String> next = last == null ? Set.of() : CarriedFindings.idsOf(last, now, examined);
        if (!next.equals(ids.get())) {
            ids.set(Set.copyOf(next));
        }
    }
}
