package org.exampath.store;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Students and their practice attempts: the practice screen's door to the store. */
public interface PracticeRecords {
    /** One attempt as stored. */
    record Attempt(long id, String caseName, String at, int score, boolean leadingCorrect, String missedFlags,
                   int testsUsed, Double brier) {
    }

    /** One finished attempt to record for a student (created if new). */
    record NewAttempt(String student, String caseName, int score, boolean leadingCorrect, List<String> missedFlags,
                      int testsUsed, Double brier) {
    }

    /** Queues the attempt; completes with the student's attempts, oldest first, once it is stored. */
    CompletableFuture<List<Attempt>> record(NewAttempt attempt);

    /** A student's attempts, oldest first (none for a name never seen). */
    List<Attempt> attempts(String student);

    /**
     * The login every attempt is kept under, whatever student name is given (a class's server keeps them under the
     * login), or empty where the name given is the student.
     */
    default java.util.Optional<String> login() {
        return java.util.Optional.empty();
    }
}
