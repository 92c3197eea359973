package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.junit.jupiter.api.Test;

/**
 * Review 35, finding 3: while a hamstring avulsion may be urgent, the straight-leg raise and the slump are held back
 * because they take the hip into flexion with the knee straight (the injury position); the seated piriformis stretch
 * ("Seated, hip at 90° and knee straight") does the same and is offered as a next test.
 */
class Review35AvulsionSeatedStretchTest {

    @Test
    void theSeatedPiriformisStretchIsNotOfferedAfterAHamstringPop() {
        Exams pop = Exams.of().patient(35, Sex.MALE).yes("redflag.hamstring_pop", "history.region.deep_mid_buttock",
                "history.aggravator.sitting", "history.quality.burning").is("history.onset", "sudden_injury")
                .is("palpation.sciatic_notch", "familiar");
        Assessment a = TestKnowledge.ENGINE.assess(pop.exam());
        RedFlag avulsion = a.redFlags().stream().filter(f -> f.id().equals("hamstring_avulsion")).findFirst().orElseThrow();
        List<String> next = a.nextTests().stream().map(NextTest::finding).toList();
        assertFalse(next.contains("nerve.seated_piriformis_stretch"), "next tests " + next + " while the avulsion flag ("
                + avulsion.urgency() + ") holds back " + avulsion.unsafeTests());
    }
}
