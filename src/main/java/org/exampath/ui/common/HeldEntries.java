package org.exampath.ui.common;

import java.util.List;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;
import org.exampath.domain.Sex;
import org.exampath.domain.Side;
import org.exampath.store.SaveConflict;

/**
 * The encounter's own entries a conflict holds in the panel: its plan and assessment (the clinician's texts) and its side,
 * age and sex (values the red-flag rules read). Each is read from and put into an exam as the stores name it in a
 * {@link SaveConflict}: a text as it stands, a side or sex by its id, an age as its number (null: none).
 */
final class HeldEntries {
    static final String PLAN = SaveConflict.ENTRY + "plan";
    static final String ASSESSMENT = SaveConflict.ENTRY + "assessment";
    static final String SIDE = SaveConflict.ENTRY + "side";
    static final String AGE = SaveConflict.ENTRY + "age";
    static final String SEX = SaveConflict.ENTRY + "sex";
    /** Every entry a conflict can name, in the order the panel lists them. */
    static final List<String> ALL = List.of(SIDE, AGE, SEX, ASSESSMENT, PLAN);

    private HeldEntries() {
    }

    /** Whether {@code entry} is one of the encounter's texts (the plan, the assessment). */
    static boolean isText(String entry) {
        return entry.equals(PLAN) || entry.equals(ASSESSMENT);
    }

    /** Whether {@code entry} is one the panel holds (any of {@link #ALL}). */
    static boolean isHeld(String entry) {
        return ALL.contains(entry);
    }

    /** {@code entry}'s value in {@code exam}, as text (null: none). */
    static String of(Exam exam, String entry) {
        return switch (entry) {
            case PLAN -> exam.record().plan();
            case ASSESSMENT -> exam.record().assessment();
            case SIDE -> exam.side() == null ? null : exam.side().id();
            case AGE -> exam.patient().age() == null ? null : exam.patient().age().toString();
            case SEX -> exam.patient().sex() == null ? null : exam.patient().sex().id();
            default -> throw new IllegalArgumentException("not an entry the panel holds: " + entry);
        };
    }

    /** {@code exam} with {@code value} (as {@link #of} gives it; null: none) as its {@code entry}. */
    static Exam with(Exam exam, String entry, String value) {
        ExamRecord r = exam.record();
        return switch (entry) {
            case PLAN -> exam.withRecord(r.withPlan(value));
            case ASSESSMENT -> exam.withRecord(r.withAssessment(value));
            case SIDE -> exam.withSide(value == null ? null : Side.fromId(value));
            case AGE -> exam.withPatient(exam.patient().withAge(value == null ? null : Integer.valueOf(value)));
            case SEX -> exam.withPatient(exam.patient().withSex(value == null ? null : Sex.fromId(value)));
            default -> throw new IllegalArgumentException("not an entry the panel holds: " + entry);
        };
    }

    /** Puts {@code value} into the exam shown as its {@code entry} (JavaFX thread); nothing changes when it is there already. */
    static void show(ExamSession session, String entry, String value) {
        Exam now = with(session.exam(), entry, value);
        if (isText(entry)) {
            session.setNotes(now.record().assessment(), now.record().plan());
        } else if (entry.equals(SIDE)) {
            session.setSide(now.side());
        } else {
            session.setPatient(now.patient());
        }
    }
}
