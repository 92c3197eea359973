package org.exampath.ui.exam;

import java.util.Objects;
import org.exampath.domain.Exam;
import org.exampath.domain.ExamRecord;

/**
 * Who a note of the exam shown names as its clinician. An exam opened from an exam file was examined by the
 * clinician the file records (or by no one it names), not by whoever opened it: the note names that examiner,
 * and the window's user only for the changes they made since, so nothing is signed in a name that did not
 * enter it. Any other exam is signed as Settings says.
 */
final class FileSignature {
    private FileSignature() {
    }

    /**
     * {@code opened}: the exam as read from its file (null when the exam shown was not opened from one);
     * {@code now}: the exam shown; {@code windowUser}: the name and clinic from Settings (empty when not set).
     */
    static String of(Exam opened, Exam now, String windowUser) {
        if (opened == null) {
            return windowUser;
        }
        String examiner = opened.record().clinician();
        boolean named = examiner != null && !examiner.isBlank();
        if (sameEntries(opened, now)) {
            return named ? examiner : "";
        }
        String changer = windowUser == null || windowUser.isBlank() ? "a user not named in Settings" : windowUser;
        return (named ? examiner : "not named in the exam file") + "; changes by " + changer;
    }

    /**
     * The exam to write to a file: one opened from an exam file and changed since names who examined as the
     * note does (exam/1 has one clinician, "who examined"), so the file never puts the window user's entries in
     * the name of the clinician the first file recorded; a name over exam/1's 200 characters is left out.
     */
    static Exam inFile(Exam opened, Exam now, String windowUser) {
        if (opened == null || sameEntries(opened, now)) {
            return now;
        }
        String who = of(opened, now, windowUser);
        return now.withRecord(now.record().withClinician(who.codePointCount(0, who.length()) <= ExamRecord.MAX_NAME ? who : null));
    }

    /** Whether nothing anyone enters differs: findings, side, patient, assessment and plan (blank as none). */
    private static boolean sameEntries(Exam a, Exam b) {
        return a.findings().equals(b.findings()) && a.side() == b.side() && a.patient().equals(b.patient())
                && Objects.equals(text(a.record().assessment()), text(b.record().assessment()))
                && Objects.equals(text(a.record().plan()), text(b.record().plan()));
    }

    private static String text(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
