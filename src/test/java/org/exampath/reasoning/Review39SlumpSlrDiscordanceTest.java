package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertFalse;

import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 39, finding 2: a positive slump beside a negative SLR is what the slump's higher sensitivity predicts (the
 * rule's own source, Majlesi 2008: slump 0.84, SLR 0.52), not a contradiction to be re-checked.
 */
class Review39SlumpSlrDiscordanceTest {
    @Test
    void aPositiveSlumpWithANegativeSlrIsNotReportedAsInconsistent() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(45, Sex.MALE)
                .yes("history.region.below_knee", "history.quality.tingling")
                .is("nerve.slump", "positive").is("nerve.slr", "negative").exam());
        assertFalse(a.inconsistencies().stream().anyMatch(i -> i.id().equals("I2")),
                "slump positive with SLR negative (the more sensitive test positive, the less sensitive one negative)"
                        + " is raised as an inconsistency: " + a.inconsistencies());
    }
}
