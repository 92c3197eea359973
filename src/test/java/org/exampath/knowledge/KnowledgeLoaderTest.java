package org.exampath.knowledge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The loader refuses a knowledge base it could not trust, at start-up, with a message naming the fault. */
class KnowledgeLoaderTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private void copyShipped() throws IOException {
        try (Stream<Path> files = Files.list(TestKnowledge.resource("knowledge"))) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private String refusalAfter(String file, Consumer<ObjectNode> change) throws IOException {
        copyShipped();
        ObjectNode root = (ObjectNode) JSON.readTree(dir.resolve(file).toFile());
        change.accept(root);
        JSON.writeValue(dir.resolve(file).toFile(), root);
        return assertThrows(KnowledgeException.class, () -> KnowledgeLoader.fromDirectory(dir)).getMessage();
    }

    private static ObjectNode firstRow(ObjectNode root) {
        return (ObjectNode) root.get("groups").get(0).get("rows").get(0);
    }

    @Test
    void theShippedKnowledgeLoads() {
        KnowledgeBase kb = KnowledgeLoader.fromDirectory(TestKnowledge.resource("knowledge"));
        assertEquals(TestKnowledge.SHIPPED.version(), kb.version());
        assertEquals(10, kb.hypotheses().size());
    }

    @Test
    void refusesAnUnknownFindingId() throws IOException {
        String m = refusalAfter("likelihood-ratios.json", r -> ((ObjectNode) r.get("groups").get(0)).put("finding", "nerve.magic"));
        assertEquals("knowledge/likelihood-ratios.json: group 1: unknown finding \"nerve.magic\"", m);
    }

    @Test
    void refusesAFindingThatBelongsToNoRecordedTest() throws IOException {
        String unknown = refusalAfter("findings.json", r -> ofFor(r, "nerve.slr_angle").put("of", "nerve.magic"));
        assertEquals("knowledge/findings.json: finding nerve.slr_angle: \"of\" names \"nerve.magic\", which is not another"
                + " recorded test of the catalogue standing on its own", unknown);
        String pseudo = refusalAfter("findings.json", r -> ofFor(r, "nerve.slr_angle").put("of", "patient.age"));
        assertTrue(pseudo.contains("\"of\" names \"patient.age\""), pseudo);
        String chained = refusalAfter("findings.json", r -> ofFor(r, "provocation.faber_site").put("of", "nerve.slr_angle"));
        assertTrue(chained.contains("\"of\" names \"nerve.slr_angle\""), "one level only: " + chained);
    }

    private static ObjectNode ofFor(ObjectNode root, String id) {
        for (com.fasterxml.jackson.databind.JsonNode f : root.get("findings")) {
            if (f.get("id").asText().equals(id)) {
                return (ObjectNode) f;
            }
        }
        throw new AssertionError("no finding " + id);
    }

    @Test
    void refusesAnAlternativeThatIsNotAnotherFinding() throws IOException {
        String m = refusalAfter("findings.json", r -> ((ObjectNode) r.get("findings").get(0)).putArray("alternatives").add("nerve.magic"));
        assertEquals("knowledge/findings.json: finding patient.age: alternative \"nerve.magic\" is not another finding of the catalogue", m);
        String self = refusalAfter("findings.json", r -> ((ObjectNode) r.get("findings").get(0)).putArray("alternatives")
                .add(r.get("findings").get(0).get("id").asText()));
        assertTrue(self.endsWith("is not another finding of the catalogue"), self);
        String twice = refusalAfter("findings.json", r -> {
            for (com.fasterxml.jackson.databind.JsonNode f : r.get("findings")) {
                if (f.get("id").asText().equals("nerve.slr")) {
                    ((ObjectNode) f).putArray("alternatives").add("nerve.slump").add("nerve.slump");
                }
            }
        });
        assertEquals("knowledge/findings.json: finding nerve.slr: alternative \"nerve.slump\" is listed twice", twice);
        String pseudo = refusalAfter("findings.json", r -> {
            for (com.fasterxml.jackson.databind.JsonNode f : r.get("findings")) {
                if (f.get("id").asText().equals("nerve.slr")) {
                    ((ObjectNode) f).putArray("alternatives").add("side");
                }
            }
        });
        assertTrue(pseudo.endsWith("age, sex and side are not recorded findings and have no alternatives"), pseudo);
    }

    @Test
    void refusesAnOnlyForSexOtherThanFemaleOrMale() throws IOException {
        String m = refusalAfter("findings.json", r -> {
            for (com.fasterxml.jackson.databind.JsonNode f : r.get("findings")) {
                if (f.get("id").asText().equals("history.pregnancy_related")) {
                    ((ObjectNode) f).put("onlyForSex", "women");
                }
            }
        });
        assertEquals("knowledge/findings.json: finding history.pregnancy_related: \"onlyForSex\" must be \"female\" or \"male\", was \"women\"", m);
    }

    @Test
    void refusesAnUnknownHypothesis() throws IOException {
        String m = refusalAfter("likelihood-ratios.json", r -> firstRow(r).put("hypothesis", "gout"));
        assertTrue(m.endsWith("unknown hypothesis \"gout\""), m);
    }

    @Test
    void refusesALikelihoodRatioOfZeroOrLess() throws IOException {
        String m = refusalAfter("likelihood-ratios.json", r -> firstRow(r).put("lr", 0));
        assertEquals("knowledge/likelihood-ratios.json: group 1 (patient.age) row 1: lr must be greater than 0, was 0.0", m);
        assertTrue(refusalAfter("likelihood-ratios.json", r -> firstRow(r).put("lr", -2)).contains("lr must be greater than 0"));
    }

    @Test
    void refusesAPriorOutsideZeroAndOne() throws IOException {
        String m = refusalAfter("hypotheses.json", r -> ((ObjectNode) r.get("hypotheses").get(0)).put("prior", 1.0));
        assertEquals("knowledge/hypotheses.json: hypothesis gluteal_tendinopathy: prior must lie strictly between 0 and 1, was 1.0", m);
        assertTrue(refusalAfter("hypotheses.json", r -> ((ObjectNode) r.get("hypotheses").get(0)).put("prior", 0))
                .contains("prior must lie strictly between 0 and 1"));
    }

    @Test
    void refusesASplitLeadersTextOnARealDriver() throws IOException {
        String m = refusalAfter("hypotheses.json", r -> ((ObjectNode) r.get("drivers").get(0)).put("whenLeadersSplit", "x"));
        assertTrue(m.endsWith("whenLeadersSplit belongs only to the 'unclear' entry"), m);
    }

    @Test
    void refusesAnUncitedNumber() throws IOException {
        assertTrue(refusalAfter("likelihood-ratios.json", r -> firstRow(r).remove("source")).endsWith("has no source"));
        assertTrue(refusalAfter("likelihood-ratios.json", r -> firstRow(r).put("source", "nobody2020"))
                .endsWith("unknown source \"nobody2020\""));
    }

    @Test
    void refusesAnEstimateWithoutItsReason() throws IOException {
        String m = refusalAfter("likelihood-ratios.json", r -> firstRow(r).remove("estimate"));
        assertTrue(m.endsWith("an estimate must say why (\"estimate\": \"...\")"), m);
    }

    @Test
    void refusesARowFamilyNamedOnceAndDeclaredNowhere() throws IOException {
        String m = refusalAfter("likelihood-ratios.json", r -> firstRow(r).put("family", "sitting_laod"));
        assertEquals("knowledge/likelihood-ratios.json: group 1 (patient.age) row 1: family \"sitting_laod\" is named on no other row"
                + " and not declared in families.json", m);
        // a declared family may be named on a single row
        KnowledgeBase kb = KnowledgeLoader.fromDirectory(TestKnowledge.resource("knowledge"));
        assertEquals(10, kb.hypotheses().size());
    }

    @Test
    void refusesAnUnknownValueInARule() throws IOException {
        String m = refusalAfter("red-flags.json", r -> inlineRule(r).set("when",
                JSON.createObjectNode().set("is", JSON.createArrayNode().add("nerve.slr").add("maybe"))));
        assertTrue(m.contains("\"maybe\" is not a value of nerve.slr"), m);
    }

    @Test
    void refusesAnUnknownConditionKind() throws IOException {
        String m = refusalAfter("inconsistencies.json", r -> ((ObjectNode) r.get("inconsistencies").get(0)).set("when",
                JSON.createObjectNode().put("eval", "1+1")));
        assertTrue(m.endsWith("unknown condition \"eval\""), m);
    }

    @Test
    void refusesAMissingFile() throws IOException {
        copyShipped();
        Files.delete(dir.resolve("imaging.json"));
        assertEquals("knowledge/imaging.json: file is missing",
                assertThrows(KnowledgeException.class, () -> KnowledgeLoader.fromDirectory(dir)).getMessage());
    }

    /** progressive_neuro_deficit written as one inline level ("urgency", "reason", "when"), the other form a rule may take. */
    private static ObjectNode inlineRule(ObjectNode root) {
        ObjectNode flag = redFlag(root, "progressive_neuro_deficit");
        flag.remove("levels");
        flag.put("urgency", "urgent");
        flag.put("reason", "Weakness that is growing");
        flag.set("when", condition("{\"is\":[\"redflag.progressive_weakness\",true]}"));
        return flag;
    }

    private static ObjectNode redFlag(ObjectNode root, String id) {
        for (com.fasterxml.jackson.databind.JsonNode flag : root.get("redFlags")) {
            if (flag.get("id").asText().equals(id)) {
                return (ObjectNode) flag;
            }
        }
        throw new AssertionError("no red flag " + id);
    }

    private static ObjectNode finding(ObjectNode root, int index) {
        return (ObjectNode) root.get("findings").get(index);
    }

    private static ObjectNode condition(String json) {
        try {
            return (ObjectNode) JSON.readTree(json);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static final String STEPS = "patient, history, redflag, observation, palpation, strength, neuro, nerve, provocation";

    // issue 11: the strict, typed rule reader

    @Test
    void refusesAtLeastWithoutItsNumber() throws IOException {
        String m = refusalAfter("red-flags.json", r -> inlineRule(r).set("when", condition("{\"atLeast\":[\"patient.age\"]}")));
        assertEquals("knowledge/red-flags.json: red flag progressive_neuro_deficit: atLeast takes 2 arguments [finding, whole number], was [\"patient.age\"]", m);
    }

    @Test
    void refusesAtLeastWithANumberWrittenAsText() throws IOException {
        String m = refusalAfter("red-flags.json", r -> inlineRule(r).set("when", condition("{\"atLeast\":[\"patient.age\",\"50\"]}")));
        assertEquals("knowledge/red-flags.json: red flag progressive_neuro_deficit: atLeast needs a whole number, was \"50\"", m);
    }

    @Test
    void refusesIsWithoutItsValue() throws IOException {
        String m = refusalAfter("red-flags.json", r -> inlineRule(r).set("when", condition("{\"is\":[\"redflag.cancer_history\"]}")));
        assertEquals("knowledge/red-flags.json: red flag progressive_neuro_deficit: is takes 2 arguments [finding, value], was [\"redflag.cancer_history\"]", m);
    }

    @Test
    void refusesACountAboveItsConditions() throws IOException {
        String m = refusalAfter("red-flags.json", r -> inlineRule(r).set("when",
                condition("{\"countAtLeast\":[3,[{\"is\":[\"redflag.cancer_history\",true]}]]}")));
        assertEquals("knowledge/red-flags.json: red flag progressive_neuro_deficit: countAtLeast needs a count between 1 and 1, was 3", m);
    }

    @Test
    void refusesAnImagingOnlyConditionInARedFlag() throws IOException {
        String m = refusalAfter("red-flags.json", r -> inlineRule(r).set("when", condition("{\"leadingBelow\":0.5}")));
        assertEquals("knowledge/red-flags.json: red flag progressive_neuro_deficit: leadingBelow asks about the assessment and is allowed only in imaging rules", m);
    }

    @Test
    void refusesAnImagingOnlyConditionInAnInconsistency() throws IOException {
        String m = refusalAfter("inconsistencies.json", r -> ((ObjectNode) r.get("inconsistencies").get(0)).set("when",
                condition("{\"flagRaised\":[\"urgent\"]}")));
        assertTrue(m.endsWith("flagRaised asks about the assessment and is allowed only in imaging rules"), m);
    }

    @Test
    void refusesAHyphenatedStudyDesignInsteadOfSkippingShrinkage() throws IOException {
        String m = refusalAfter("likelihood-ratios.json", r -> firstRow(r).put("design", "case-control"));
        assertEquals("knowledge/likelihood-ratios.json: group 1 (patient.age) row 1: unknown design \"case-control\" "
                + "(expected one of case_control, cohort, cross_sectional)", m);
    }

    @Test
    void refusesAnUnknownProvenanceTag() throws IOException {
        String m = refusalAfter("likelihood-ratios.json", r -> firstRow(r).put("tag", "VP"));
        assertEquals("knowledge/likelihood-ratios.json: group 1 (patient.age) row 1: unknown tag \"VP\" "
                + "(expected one of V-P, V-S, C, M, estimate)", m);
        String c = refusalAfter("citations.json", r -> ((ObjectNode) r.get("citations").get(0)).put("tag", "peer-reviewed"));
        assertEquals("knowledge/citations.json: citation lijmer1999: unknown tag \"peer-reviewed\" (expected one of V-P, V-S, C, M, estimate)", c);
    }

    @Test
    void refusesAnUnknownUrgency() throws IOException {
        String m = refusalAfter("red-flags.json", r -> inlineRule(r).put("urgency", "critical"));
        assertEquals("knowledge/red-flags.json: red flag progressive_neuro_deficit: unknown urgency \"critical\" (expected one of emergency, urgent, soon, noted)", m);
    }

    @Test
    void refusesAWithheldCheckThatIsNoFinding() throws IOException {
        String m = refusalAfter("red-flags.json", r -> ((ObjectNode) redFlag(r, "fracture").get("levels").get(0))
                .putArray("unsafeTests").add("provocation.hop"));
        assertEquals("knowledge/red-flags.json: red flag fracture level 1: unsafeTests names \"provocation.hop\", "
                + "which is no finding in the catalogue", m);
    }

    /** A level's action checks are findings the screen can record, never a test that level withholds, never on an emergency. */
    @Test
    void refusesActionChecksThatAreNoFindingUnsafeOrOnAnEmergency() throws IOException {
        String unknown = refusalAfter("red-flags.json", r -> ((ObjectNode) redFlag(r, "vascular_claudication").get("levels").get(0))
                .putArray("actionChecks").add("observation.pulses"));
        assertEquals("knowledge/red-flags.json: red flag vascular_claudication level 1: actionChecks names \"observation.pulses\", "
                + "which is no finding in the catalogue", unknown);
        String unsafe = refusalAfter("red-flags.json", r -> ((ObjectNode) redFlag(r, "fracture").get("levels").get(0))
                .putArray("actionChecks").add("provocation.hop_test"));
        assertEquals("knowledge/red-flags.json: red flag fracture level 1: actionChecks names \"provocation.hop_test\", "
                + "which this level makes unsafe", unsafe);
        String emergency = refusalAfter("red-flags.json", r -> ((ObjectNode) redFlag(r, "cauda_equina").get("levels").get(0))
                .putArray("actionChecks").add("neuro.sensation.saddle"));
        assertEquals("knowledge/red-flags.json: red flag cauda_equina level 1: an emergency level has no actionChecks: "
                + "it is acted on, not checked further", emergency);
    }

    /** A rule may be written with one inline level ("urgency" and "when"): it loads as that one level and raises at it. */
    @Test
    void aRuleWithOneInlineLevelLoadsAsThatLevel() throws IOException {
        copyShipped();
        ObjectNode root = (ObjectNode) JSON.readTree(dir.resolve("red-flags.json").toFile());
        inlineRule(root);
        JSON.writeValue(dir.resolve("red-flags.json").toFile(), root);
        RedFlagRule rule = KnowledgeLoader.fromDirectory(dir).redFlags().stream()
                .filter(r -> r.id().equals("progressive_neuro_deficit")).findFirst().orElseThrow();
        assertEquals(1, rule.levels().size());
        assertEquals(Urgency.URGENT, rule.levels().get(0).urgency());
        assertEquals(null, rule.levels().get(0).action(), "an inline level takes the rule's action");
        assertTrue(rule.when().test(id -> id.equals("redflag.progressive_weakness") ? org.exampath.domain.FindingValue.Flag.YES : null));
    }

    @Test
    void refusesLevelsOutOfOrder() throws IOException {
        String m = refusalAfter("red-flags.json", r -> {
            com.fasterxml.jackson.databind.node.ArrayNode levels = (com.fasterxml.jackson.databind.node.ArrayNode) redFlag(r, "fracture").get("levels");
            levels.insert(0, levels.remove(levels.size() - 1)); // a "soon" level before the urgent ones
        });
        assertEquals("knowledge/red-flags.json: red flag fracture level 2: levels must run from most to least pressing", m);
    }

    @Test
    void refusesAnUnknownImagingAdvice() throws IOException {
        String m = refusalAfter("imaging.json", r -> ((ObjectNode) r.get("rules").get(0)).put("recommendation", "asap"));
        assertEquals("knowledge/imaging.json: imaging rule 1: unknown recommendation \"asap\" (expected one of not_indicated, if_no_progress, urgent)", m);
    }

    @Test
    void refusesAnImagingRuleNamingAnUnknownFlag() throws IOException {
        String m = refusalAfter("imaging.json", r -> ((ObjectNode) r.get("rules").get(1)).set("when", condition("{\"flag\":\"fractur\"}")));
        assertEquals("knowledge/imaging.json: imaging rule 2: flag takes a red-flag id, was \"fractur\"", m);
    }

    @Test
    void refusesAFlagAtNamingAnUnknownFlagOrUrgency() throws IOException {
        String flag = refusalAfter("imaging.json", r -> ((ObjectNode) r.get("rules").get(1)).set("when",
                condition("{\"flagAt\":[\"infektion\",[\"urgent\"]]}")));
        assertEquals("knowledge/imaging.json: imaging rule 2: flagAt takes a red-flag id first, was \"infektion\"", flag);
        String urgency = refusalAfter("imaging.json", r -> ((ObjectNode) r.get("rules").get(1)).set("when",
                condition("{\"flagAt\":[\"infection\",[\"asap\"]]}")));
        assertTrue(urgency.startsWith("knowledge/imaging.json: imaging rule 2: unknown urgency \"asap\""), urgency);
        String shape = refusalAfter("imaging.json", r -> ((ObjectNode) r.get("rules").get(1)).set("when",
                condition("{\"flagAt\":\"infection\"}")));
        assertTrue(shape.contains("flagAt takes 2 arguments [red-flag id, [urgencies]]"), shape);
    }

    @Test
    void refusesAFlagAtOutsideTheImagingGate() throws IOException {
        String m = refusalAfter("inconsistencies.json", r -> ((ObjectNode) r.get("inconsistencies").get(0)).set("when",
                condition("{\"flagAt\":[\"infection\",[\"urgent\"]]}")));
        assertTrue(m.endsWith("flagAt asks about the assessment and is allowed only in imaging rules"), m);
    }

    @Test
    void refusesAnUnknownPain() throws IOException {
        String m = refusalAfter("inconsistencies.json", r -> ((ObjectNode) r.get("inconsistencies").get(0)).set("when",
                condition("{\"pain\":[\"strength.hip_abduction\",[\"agony\"]]}")));
        assertTrue(m.endsWith("unknown pain \"agony\" (expected one of none, pain, familiar)"), m);
    }

    @Test
    void refusesAnUnknownKeyInARow() throws IOException {
        String m = refusalAfter("likelihood-ratios.json", r -> firstRow(r).put("shrink", true));
        assertEquals("knowledge/likelihood-ratios.json: group 1 (patient.age) row 1: unknown key \"shrink\" (allowed: basis, cluster, "
                + "design, estimate, family, hypothesis, lr, note, pain, range, source, supersedes, tag, value, values, when)", m);
    }

    @Test
    void refusesAnUnknownKeyInARedFlag() throws IOException {
        String m = refusalAfter("red-flags.json", r -> redFlag(r, "progressive_neuro_deficit").put("urgencey", "urgent"));
        assertEquals("knowledge/red-flags.json: red flag progressive_neuro_deficit: unknown key \"urgencey\" (allowed: action, id, judgement, label, "
                + "levels, rationale, reason, sources, urgency, when)", m);
    }

    @Test
    void refusesAMisspelledTopLevelKey() throws IOException {
        String m = refusalAfter("red-flags.json", r -> r.set("redflags", r.get("redFlags")));
        assertEquals("knowledge/red-flags.json: top level: unknown key \"redflags\" (allowed: note, redFlags)", m);
    }

    @Test
    void refusesAMisspelledSetAsidePrefix() throws IOException {
        String m = refusalAfter("inconsistencies.json", r -> {
            for (com.fasterxml.jackson.databind.JsonNode rule : r.get("inconsistencies")) {
                if (rule.has("setAside")) {
                    ((ObjectNode) rule).set("setAside", JSON.createArrayNode().add("palpaton"));
                }
            }
        });
        assertEquals("knowledge/inconsistencies.json: inconsistency I5: setAside \"palpaton\" is no finding id or id prefix", m);
    }

    @Test
    void refusesAnUnknownStep() throws IOException {
        String m = refusalAfter("findings.json", r -> finding(r, 3).put("step", "histroy"));
        assertEquals("knowledge/findings.json: finding history.region.upper_outer_buttock: unknown step \"histroy\" (expected one of "
                + STEPS + ")", m);
    }

    @Test
    void refusesAMisspelledGroupSoNoFindingVanishesFromTheForm() throws IOException {
        String m = refusalAfter("findings.json", r -> finding(r, 3).put("group", "regoin"));
        assertTrue(m.startsWith("knowledge/findings.json: finding history.region.upper_outer_buttock: unknown group \"regoin\" "
                + "(expected one of patient, region, quality,"), m);
    }

    @Test
    void refusesAGroupOfAnotherStep() throws IOException {
        String m = refusalAfter("findings.json", r -> finding(r, 3).put("group", "screen"));
        assertEquals("knowledge/findings.json: finding history.region.upper_outer_buttock: group \"screen\" belongs to step "
                + "\"redflag\", not \"history\"", m);
    }

    @Test
    void refusesAnUnknownKeyInAFinding() throws IOException {
        String m = refusalAfter("findings.json", r -> finding(r, 3).put("lable", "Upper outer buttock"));
        assertTrue(m.startsWith("knowledge/findings.json: finding history.region.upper_outer_buttock: unknown key \"lable\""), m);
    }

    /** Every raised flag says why through its level's reason, so a level without one is refused at start-up. */
    @Test
    void refusesARedFlagLevelWithNoReason() throws IOException {
        copyShipped();
        Path file = dir.resolve("red-flags.json");
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        // the fracture rule's "pain on hopping" level: its reason is the only place the output says why it was raised
        ((ObjectNode) redFlag(root, "fracture").get("levels").get(2)).remove("reason");
        JSON.writeValue(file.toFile(), root);
        KnowledgeException refused = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.fromDirectory(dir),
                "a red-flag level with no reason loads silently");
        assertTrue(refused.getMessage().contains("reason"), refused.getMessage());
        assertTrue(refused.getMessage().contains("fracture"), refused.getMessage());
    }

    /** An inconsistency that lists the tests it suggests must say what to suggest while a red flag withholds them. */
    @Test
    void refusesInconsistencyTestsWithoutAWordingForWhenTheyAreUnsafe() throws IOException {
        copyShipped();
        Path file = dir.resolve("inconsistencies.json");
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        ObjectNode i3 = null;
        for (com.fasterxml.jackson.databind.JsonNode rule : root.get("inconsistencies")) {
            if (rule.get("id").asText().equals("I3")) {
                i3 = (ObjectNode) rule;
            }
        }
        i3.remove("suggestionWhileUnsafe");
        JSON.writeValue(file.toFile(), root);
        KnowledgeException refused = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.fromDirectory(dir));
        assertTrue(refused.getMessage().contains("suggestionWhileUnsafe") && refused.getMessage().contains("I3"),
                refused.getMessage());

        ((com.fasterxml.jackson.databind.node.ArrayNode) i3.get("tests")).add("provocation.no_such_test");
        i3.put("suggestionWhileUnsafe", "Not now.");
        JSON.writeValue(file.toFile(), root);
        refused = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.fromDirectory(dir));
        assertTrue(refused.getMessage().contains("provocation.no_such_test"), refused.getMessage());
    }
}
