package org.exampath.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.exampath.domain.Exam;
import org.exampath.exchange.ExamWriter;

/**
 * The key an exam file is stored with, by {@code import} and by the window's File → Open alike: a digest of its
 * label and its canonical exam/1 text, so storing the same exam again (a re-run after a lost answer, the same
 * file twice, a file imported then opened) finds the encounter made the first time, while any change to the exam
 * or the label makes a new one. A file that records no label is keyed as the exam under the label it is stored
 * with (its file name's, for {@code import}), as {@code export} writes it, so its export imported again finds the
 * encounter too.
 */
public final class ImportKey {
    private ImportKey() {
    }

    /** {@code label}: the label the exam is stored under (null or blank: none). */
    public static String of(String label, Exam exam) {
        String under = label == null || label.isBlank() ? null : label;
        if (exam.record().label() == null && under != null) {
            exam = exam.withRecord(exam.record().withLabel(under));
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((under == null ? "" : under).getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(new ExamWriter().write(exam));
            return Encounters.IMPORT_KEY + HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
