package org.exampath.reasoning;

import java.util.Random;
import java.util.StringJoiner;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.exampath.domain.Exam;

/**
 * A small property runner: {@link #TRIES} random exams, each from its own seed so any one can be replayed,
 * with something drawn beside it (a question, an answer). A failing exam is shrunk one finding (or the age,
 * sex or side) at a time while the property still fails, and reported with its seed. Run more with
 * {@code -Dexampath.tries=5000}, others with {@code -Dexampath.seed=N}.
 */
final class ForAll {
    static final int TRIES = Integer.getInteger("exampath.tries", 200);
    static final long SEED = Long.getLong("exampath.seed", 20261128L);

    private ForAll() {
    }

    static <T> void check(RandomExams exams, Function<Random, T> beside, BiConsumer<Exam, T> property) {
        for (int i = 0; i < TRIES; i++) {
            Random random = new Random(SEED + i);
            Exam exam = exams.exam(random);
            T drawn = beside.apply(random);
            AssertionError failure = failure(property, exam, drawn);
            if (failure != null) {
                Exam minimal = shrink(property, exam, drawn);
                AssertionError shrunk = failure(property, minimal, drawn);
                throw new AssertionError("seed " + (SEED + i) + ", with " + drawn + ", smallest failing exam "
                        + describe(minimal) + ": " + shrunk.getMessage(), shrunk);
            }
        }
    }

    private static <T> AssertionError failure(BiConsumer<Exam, T> property, Exam exam, T drawn) {
        try {
            property.accept(exam, drawn);
            return null;
        } catch (AssertionError e) {
            return e;
        }
    }

    private static <T> Exam shrink(BiConsumer<Exam, T> property, Exam exam, T drawn) {
        Exam current = exam;
        boolean smaller = true;
        while (smaller) {
            smaller = false;
            for (Exam candidate : RandomExams.smaller(current)) {
                if (failure(property, candidate, drawn) != null) {
                    current = candidate;
                    smaller = true;
                    break;
                }
            }
        }
        return current;
    }

    static String describe(Exam exam) {
        StringJoiner out = new StringJoiner(", ", "{", "}");
        out.add("age " + exam.patient().age()).add("sex " + exam.patient().sex()).add("side " + exam.side());
        exam.findings().forEach((id, value) -> out.add(id + "=" + value.display()));
        return out.toString();
    }
}
