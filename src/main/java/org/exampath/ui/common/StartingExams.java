package org.exampath.ui.common;

import org.exampath.domain.Exam;
import org.exampath.store.Encounters;

/**
 * How the autosave shapes the exam an encounter starts from or is saved onto: an exam file found already stored,
 * a follow-up's age (and, see {@link #daysSince}, its pain's duration) carried forward, a follow-up's create without the age it carries over. Pure: no store, no toolkit.
 */
final class StartingExams {
    private StartingExams() {
    }

    /**
     * {@code stored} with what was changed in the window since the exam file {@code file} was opened ({@code now}):
     * each finding, the side, age, sex, assessment and plan on its own. An exam file found already stored is saved this
     * way, so what was entered in the encounter since it was stored is kept, even beside an entry changed in the window.
     */
    static Exam onto(Exam stored, Exam file, Exam now) {
        Exam out = stored;
        java.util.Set<String> ids = new java.util.TreeSet<>(file.findings().keySet());
        ids.addAll(now.findings().keySet());
        for (String id : ids) {
            if (!java.util.Objects.equals(file.value(id), now.value(id))) {
                out = out.with(id, now.value(id));
            }
        }
        if (file.side() != now.side()) {
            out = out.withSide(now.side());
        }
        return withEntriesChanged(out, file, now);
    }

    /** {@code out} with each of the age, sex, assessment and plan that {@code now} changed from {@code file}, each on its own. */
    private static Exam withEntriesChanged(Exam out, Exam file, Exam now) {
        if (!java.util.Objects.equals(file.patient().age(), now.patient().age())) {
            out = out.withPatient(out.patient().withAge(now.patient().age()));
        }
        if (file.patient().sex() != now.patient().sex()) {
            out = out.withPatient(out.patient().withSex(now.patient().sex()));
        }
        if (!java.util.Objects.equals(file.record().assessment(), now.record().assessment())) {
            out = out.withRecord(out.record().withAssessment(now.record().assessment()));
        }
        if (!java.util.Objects.equals(file.record().plan(), now.record().plan())) {
            out = out.withRecord(out.record().withPlan(now.record().plan()));
        }
        return out;
    }

    /**
     * {@code start} with the last visit's age carried forward to today: plus the calendar years since that visit's
     * date, so the birth year it was stored with stands (the clinician puts it right if need be); as it is when
     * either is unknown.
     */
    static Exam agedSince(Exam start, String lastDate, java.time.Clock clock) {
        Integer age = start.patient().age();
        if (age == null || lastDate == null || !lastDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return start;
        }
        int years = Encounters.today(clock).getYear() - java.time.LocalDate.parse(lastDate).getYear();
        // beyond exam/1's 110 the age is left as it was, for the clinician to put right
        return years <= 0 || age + years > 110 ? start : start.withPatient(start.patient().withAge(age + years));
    }

    /**
     * The days from the last visit's date to today, or 0 when that date is not known (not a date, or in the future):
     * how far a follow-up moves the pain's duration forward ({@link org.exampath.reasoning.FollowUp#movedForward}).
     */
    static long daysSince(String lastDate, java.time.Clock clock) {
        if (lastDate == null || !lastDate.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return 0;
        }
        return Math.max(0, java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(lastDate), Encounters.today(clock)));
    }

    /**
     * {@code start} (a follow-up of {@code last}) with the pain's duration ({@code id}) moved forward from the visit it
     * was entered at ({@code enteredAt}, which {@link org.exampath.report.FindingOrigins#enteredAt} traces): that visit's
     * value plus the days since its date, rounded once, so close follow-ups neither lose nor add part-weeks. When the
     * value shown for the last visit is not the one it stored (edited since) or the entry is not known, the value shown
     * is moved forward by the days since the last visit.
     */
    static Exam durationMoved(org.exampath.reasoning.FollowUp followUp, Exam start, String id, Encounters.Encounter last,
                              Encounters.Encounter enteredAt, java.time.Clock clock) {
        boolean asStored = enteredAt != null && java.util.Objects.equals(last.exam().value(id), start.value(id));
        org.exampath.domain.FindingValue entered = asStored ? enteredAt.exam().value(id) : start.value(id);
        return followUp.movedForwardFrom(start, id, entered, daysSince((asStored ? enteredAt : last).date(), clock));
    }

    /** {@code exam} without its patient's age (a follow-up's carried-over age is no new statement of the birth year). */
    static Exam withoutAge(Exam exam) {
        return exam.patient().age() == null ? exam : exam.withPatient(exam.patient().withAge(null));
    }
}
