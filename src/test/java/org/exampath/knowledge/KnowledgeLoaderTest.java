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
    void refusesAnUnknownValueInARule() throws IOException {
        String m = refusalAfter("red-flags.json", r -> ((ObjectNode) r.get("redFlags").get(1)).set("when",
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
}
