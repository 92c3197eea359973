package org.exampath.knowledge;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.exampath.TestKnowledge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Review 39, finding 4, made general: an inconsistency's advice re-checks what the rule read, so every test a rule
 * reads that some red-flag level can withhold must be among its {@code tests}, and under that level the rule gives
 * its wording for while the test is withheld. Checked for every shipped rule under every level, and at load.
 */
class InconsistencyTestsUnderFlagsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyRuleUnderEveryLevelThatWithholdsWhatItReadsGivesItsWordingForThen() {
        KnowledgeBase kb = TestKnowledge.SHIPPED;
        int checked = 0;
        for (InconsistencyRule rule : kb.inconsistencies()) {
            Set<String> read = new TreeSet<>();
            rule.when().references(read);
            for (RedFlagRule flag : kb.redFlags()) {
                for (RedFlagLevel level : flag.levels()) {
                    Set<String> withheld = new TreeSet<>(level.unsafeTests());
                    withheld.retainAll(read);
                    if (withheld.isEmpty()) {
                        continue;
                    }
                    checked++;
                    String advice = rule.suggestion(Set.copyOf(level.unsafeTests()));
                    assertNotEquals(rule.suggestion(), advice, rule.id() + " reads " + withheld + ", which " + flag.id()
                            + " withholds, yet gives its ordinary advice: " + advice);
                    assertTrue(advice.startsWith("Not now") || advice.contains(" Not now:"), rule.id() + " under "
                            + flag.id() + " does not say what not to do now: " + advice);
                }
            }
        }
        assertTrue(checked >= 5, "the shipped rules read tests the flags withhold (I2, I3, I6, I15 at least): " + checked);
    }

    @Test
    void refusesARuleThatReadsAWithholdableTestWithoutListingIt() throws IOException {
        try (Stream<Path> files = Files.list(TestKnowledge.resource("knowledge"))) {
            for (Path p : files.toList()) {
                Files.copy(p, dir.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path file = dir.resolve("inconsistencies.json");
        ObjectNode root = (ObjectNode) JSON.readTree(file.toFile());
        for (JsonNode rule : root.get("inconsistencies")) {
            if (rule.get("id").asText().equals("I15")) {
                ((ObjectNode) rule).remove("tests");
                ((ObjectNode) rule).remove("suggestionWhileUnsafe");
            }
        }
        JSON.writeValue(file.toFile(), root);
        String refused = assertThrows(KnowledgeException.class, () -> KnowledgeLoader.fromDirectory(dir)).getMessage();
        assertTrue(refused.contains("I15") && refused.contains("nerve.slr") && refused.contains("tests"), refused);
        assertFalse(refused.contains("history.quality"), "only the withholdable tests are named: " + refused);
    }
}
