package org.exampath.reasoning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Sex;
import org.exampath.knowledge.KnowledgeLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several flags at once: the most pressing flag's pathway decides, and another flag whose own pathway gives the same
 * advice is spelled out after it with its sources, never hidden. A flag with no imaging rule of its own falls to the
 * fallback of its urgency, so a flag added later is never left un-imaged.
 */
class ImagingSeveralFlagsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void twoUrgentFlagsEachGiveTheirPathwayInTheOrderTheyAreNamed() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().yes("redflag.fever_or_unwell", "redflag.cancer_history").exam());
        assertEquals(List.of("infection", "malignancy"), a.redFlags().stream().map(RedFlag::id).toList());
        ImagingDecision d = a.imaging();
        assertEquals("urgent", d.recommendation());
        assertTrue(d.reason().startsWith("Flags raised: Possible spinal or pelvic infection (urgent); Possible malignancy (urgent). "
                + "For a possible spinal or pelvic infection: MRI with contrast"), d.reason());
        int infection = d.reason().indexOf("For a possible spinal or pelvic infection");
        int malignancy = d.reason().indexOf("For a possible malignancy: MRI");
        assertTrue(infection > 0 && malignancy > infection, "the second urgent flag's pathway follows the first: " + d.reason());
        assertEquals(List.of("finucane2020", "davis2004", "acr_lbp2021", "downie2013", "henschke2013", "deyo1992", "nice_ng59"), d.sources());
        assertEquals(d.reason().substring(d.reason().indexOf("For a possible spinal")), d.guidance());
    }

    @Test
    void theEmergencyPathwayComesFirstAndAnUrgentFlagBesideItIsNotHidden() {
        Assessment a = TestKnowledge.ENGINE.assess(Exams.of().patient(40, Sex.MALE)
                .yes("redflag.hamstring_pop", "observation.posterior_thigh_bruising", "redflag.saddle_anaesthesia").exam());
        ImagingDecision d = a.imaging();
        assertTrue(d.reason().startsWith("Flags raised: Possible cauda equina syndrome (emergency); "), d.reason());
        assertTrue(d.guidance().startsWith("For a possible cauda equina syndrome: emergency MRI"), d.guidance());
        assertTrue(d.guidance().contains("For a possible proximal hamstring avulsion"), d.guidance());
        assertEquals(List.of("girft2023", "acr_lbp2021", "nice_ng59", "finucane2020", "evidence_s6_hamstring"), d.sources());
    }

    @Test
    void aCaudaEquinaEmergencyLeadsAndTheCordPathwayOfUpperMotorNeuroneSignsFollowsIt() {
        ImagingDecision d = TestKnowledge.ENGINE.assess(Exams.of().yes("neuro.clonus", "redflag.saddle_anaesthesia").exam()).imaging();
        assertTrue(d.guidance().startsWith("For a possible cauda equina syndrome: emergency MRI"),
                "the emergency's same-day advice is read first: " + d.guidance());
        int cord = d.guidance().indexOf("An upper motor neurone sign points above the cauda equina");
        assertTrue(cord > 0, "the cord is still to be covered: " + d.guidance());
        assertFalse(d.guidance().contains("For a progressive or severe neurological deficit"),
                "the cord rule is the deficit flag's own pathway here, not the lumbar one: " + d.guidance());
        assertTrue(d.sources().containsAll(List.of("girft2023", "aomrc_ebi")), "both pathways' sources: " + d.sources());
    }

    @Test
    void withoutAnEmergencyUpperMotorNeuroneSignsStillDecideBeforeTheLumbarPathwayOfSymptomsInBothLegs() {
        ImagingDecision d = TestKnowledge.ENGINE.assess(Exams.of().yes("neuro.clonus", "redflag.bilateral_leg_symptoms").exam())
                .imaging();
        assertTrue(d.reason().contains("Possible cauda equina syndrome (urgent)"), d.reason());
        assertTrue(d.guidance().startsWith("An upper motor neurone sign points above the cauda equina"), d.guidance());
    }

    @Test
    void aSoonFlagBesideAnUrgentOneKeepsTheUrgentPathwayAlone() {
        ImagingDecision d = TestKnowledge.ENGINE.assess(Exams.of().patient(40, Sex.MALE)
                .yes("redflag.major_trauma", "history.aggravator.exertion_eased_by_stopping").exam()).imaging();
        assertEquals("urgent", d.recommendation());
        assertTrue(d.reason().contains("Possible vascular claudication (soon)"), "the soon flag is still named: " + d.reason());
        assertTrue(d.guidance().startsWith("For a possible fracture after significant trauma"), d.guidance());
        assertFalse(d.guidance().contains("claudication"), "its 'no imaging first' is not mixed into urgent advice: " + d.guidance());
        assertEquals(List.of("acr_lbp2021", "henschke2009", "downie2013"), d.sources());
    }

    @Test
    void twoSoonFlagsEachGiveTheirOwnAdviceAndSources() {
        ImagingDecision d = TestKnowledge.ENGINE.assess(Exams.of().yes("history.aggravator.exertion_eased_by_stopping",
                "history.morning_stiffness_over_30min", "history.alternating_buttock_pain").exam()).imaging();
        assertEquals("if_no_progress", d.recommendation());
        assertTrue(d.guidance().startsWith("For possible vascular claudication"), d.guidance());
        assertTrue(d.guidance().contains("For possible inflammatory back pain"), d.guidance());
        assertEquals(List.of("xu2013", "jvs2013_endofibrosis", "sieper2009", "rudwaleit2006"), d.sources());
    }

    @Test
    void aFlagWithoutItsOwnRuleFallsToItsUrgencysFallback() throws IOException {
        Engine engine = withoutRulesNaming("infection", "vascular_claudication", "cauda_equina");
        ImagingDecision urgent = engine.assess(Exams.of().yes("redflag.fever_or_unwell").exam()).imaging();
        assertEquals("urgent", urgent.recommendation());
        assertTrue(urgent.reason().startsWith("Flag raised: Possible spinal or pelvic infection (urgent). An urgent red flag with no "
                + "imaging rule of its own: image now on that flag's pathway"), urgent.reason());
        assertEquals(List.of("nice_ng59", "aomrc_ebi", "acr_lbp2021"), urgent.sources());

        ImagingDecision soon = engine.assess(Exams.of().yes("history.aggravator.exertion_eased_by_stopping").exam()).imaging();
        assertEquals("if_no_progress", soon.recommendation());
        assertTrue(soon.guidance().startsWith("No imaging first: the flag raised needs its own assessment"), soon.guidance());
        assertEquals(List.of("finucane2020", "acr_lbp2021", "nice_ng59"), soon.sources());

        ImagingDecision emergency = engine.assess(Exams.of().yes("redflag.saddle_anaesthesia").exam()).imaging();
        assertEquals("urgent", emergency.recommendation());
        assertTrue(emergency.guidance().startsWith("An emergency red flag with no imaging rule of its own"), emergency.guidance());
    }

    /** The shipped knowledge with every imaging rule that names one of these flags removed. */
    private Engine withoutRulesNaming(String... flags) throws IOException {
        try (Stream<Path> files = Files.list(TestKnowledge.resource("knowledge"))) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        ObjectNode root = (ObjectNode) JSON.readTree(dir.resolve("imaging.json").toFile());
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode rule : root.get("rules")) {
            String when = rule.get("when").toString();
            if (Stream.of(flags).noneMatch(flag -> when.contains("\"" + flag + "\""))) {
                kept.add(rule);
            }
        }
        assertTrue(kept.size() < root.get("rules").size(), "sanity: rules removed");
        root.set("rules", kept);
        JSON.writeValue(dir.resolve("imaging.json").toFile(), root);
        return new Engine(KnowledgeLoader.fromDirectory(dir));
    }
}
