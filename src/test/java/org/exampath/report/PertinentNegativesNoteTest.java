package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.TestKnowledge;
import org.exampath.cli.Commands;
import org.exampath.domain.Exam;
import org.exampath.exchange.ExamReader;
import org.exampath.knowledge.KnowledgeBase;
import org.exampath.reasoning.Assessment;
import org.exampath.reasoning.Inconsistency;
import org.exampath.reasoning.RedFlag;
import org.exampath.text.Describe;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The note as a GP or an emergency doctor reads it (UX review findings 2, 8 and 12), written by the {@code report}
 * command from real exam files: the negatives a referral needs are named, each inconsistency says which test gave
 * which result, a noted item is named and kept apart from the red flags, the patient field holds only what was
 * entered, the evidence tags are explained, and no heading is left at a page's foot.
 */
class PertinentNegativesNoteTest {
    private static final KnowledgeBase KB = TestKnowledge.SHIPPED;

    @TempDir
    Path dir;

    /** The exam of a case file (assets/cases or validation), written out as a plain exam/1 file. */
    private Path examFile(String resource) throws Exception {
        return examFile(TestKnowledge.resource(resource));
    }

    private Path examFile(Path source) throws Exception {
        ObjectMapper json = new ObjectMapper();
        Path file = dir.resolve(source.getFileName());
        Files.write(file, json.writeValueAsBytes(json.readTree(source.toFile()).get("exam")));
        return file;
    }

    private String report(Path exam) throws Exception {
        Path out = dir.resolve(exam.getFileName() + ".pdf");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = new Commands(new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
                .run("report", exam.toString(), "--out", out.toString(), "--db", dir.resolve("none.db").toString());
        assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
        return pages(out).stream().reduce("", (a, b) -> a + b).replaceAll("\\s+", " ");
    }

    private static List<String> pages(Path pdf) throws Exception {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int i = 1; i <= doc.getNumberOfPages(); i++) {
                stripper.setStartPage(i);
                stripper.setEndPage(i);
                out.add(stripper.getText(doc));
            }
        }
        return out;
    }

    private static Exam read(Path file) throws Exception {
        return new ExamReader(KB).read(Files.readAllBytes(file));
    }

    @Test
    void aCaudaEquinaReferralNamesTheSaddleAndNeuroNegativesAndKeepsTheInconsistencies() throws Exception {
        String text = report(examFile("validation/developing-cauda-equina-normal-exam-one-incontinence-episode-30m.json"));
        for (String negative : List.of("Saddle or perianal numbness: no", "Saddle sensation: normal", "Weakness that is getting worse: no",
                "Myotome L5 (big-toe extension): normal", "Ankle reflex (S1): normal")) {
            assertTrue(text.contains("• " + negative), "the referral names " + negative + ": " + text);
        }
        assertFalse(text.contains("screening questions asked, all negative"), text);
        assertFalse(text.contains("Neuro screen • 9 tests done"), "the neuro screen is not folded into a count: " + text);
        assertTrue(text.contains("Inconsistent findings Symptoms in both legs, tests on one side: symptoms in both legs and right side."),
                "the emergency note keeps its inconsistencies: " + text);
        assertTrue(text.contains("Patient (no label), 30 y"), "an exam without a label has none on the note: " + text);
        assertFalse(text.contains("developing-cauda-equina"), "the file's name is not the patient's label: " + text);
    }

    @Test
    void anInfectionNoteNamesTheFeverAndTemperatureAnswered() throws Exception {
        String text = report(examFile("validation/infectious-sacroiliitis-iv-drug-use-left-back-buttock-groin-29m.json"));
        assertTrue(text.contains("• Fever or feeling systemically unwell: no"), text);
        assertTrue(text.contains("• Temperature 38.0 °C or more: no"), text);
        assertTrue(text.contains("• Intravenous drug use: yes"), text);
    }

    /**
     * The shared deep gluteal case with its SLR and slump swapped: only a positive SLR beside a negative slump is an
     * inconsistency (review 39: the slump is the more sensitive, so the other way round is the expected pattern).
     */
    @Test
    void anInconsistencySaysWhichTestGaveWhichResult() throws Exception {
        ObjectMapper json = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode exam = (com.fasterxml.jackson.databind.node.ObjectNode) json
                .readTree(TestKnowledge.resource("shared-cases/deep-gluteal-sitting-burn.json").toFile()).get("exam");
        ((com.fasterxml.jackson.databind.node.ObjectNode) exam.get("findings")).put("nerve.slr", "positive")
                .put("nerve.slump", "negative");
        Path file = dir.resolve("slr-positive-slump-negative.json");
        Files.write(file, json.writeValueAsBytes(exam));
        String text = report(file);
        assertTrue(text.contains("SLR and slump disagree: slump negative and straight-leg raise positive. The slump tensions"), text);
        assertTrue(text.contains("• Slump: negative"), "the negative slump is listed beside the positive SLR: " + text);
    }

    @Test
    void aNotedItemIsNamedAndKeptApartFromTheRedFlags() throws Exception {
        String text = report(examFile("shared-cases/gluteal-tendinopathy-classic.json"));
        assertTrue(text.contains("Noted for follow-up Age 50 or over: noted, not escalated (Age: 52)."), text);
        String flags = text.substring(text.indexOf("Red flags"), text.indexOf("Noted for follow-up"));
        assertEquals("Red flags Red-flag screen not complete (6 of " + KB.findingsOfStep("redflag").size() + " asked). ", flags);
        assertFalse(text.contains("NOTED"), text);
        assertFalse(text.contains("Action taken: not recorded"), "nothing to act on, so no action is missing: " + text);
    }

    @Test
    void theEvidenceTagsOnTheNoteAreExplainedInOneLine() throws Exception {
        String text = report(examFile("shared-cases/gluteal-tendinopathy-classic.json"));
        assertTrue(text.contains("(Kinsella R et al 2024, C)"), text);
        String legend = text.substring(text.indexOf("Evidence tags: "), text.indexOf(".", text.indexOf("Evidence tags: ")));
        for (String tag : List.of("V-P ", "C ", "M ", "estimate ")) {
            assertTrue(legend.contains(tag), "the legend explains " + tag + ": " + legend);
        }
        assertFalse(legend.contains("V-S"), "a tag the note does not use is not explained: " + legend);
    }

    /**
     * Every case shipped and every validation case: whatever a raised flag's rule, a holding inconsistency's rule or
     * the red-flag screen refers to and was recorded is on the note by name with its value, and no page ends with a
     * heading or a hypothesis line whose findings went over to the next page.
     */
    @Test
    void everyRecordedFindingARuleReadsIsNamedAndNoHeadingEndsAPage() throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> cases = Files.list(TestKnowledge.resource("shared-cases"))) {
            cases.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
        }
        try (Stream<Path> cases = Files.list(TestKnowledge.resource("validation"))) {
            cases.filter(p -> p.toString().endsWith(".json")).sorted().limit(20).forEach(files::add);
        }
        Set<String> headings = Set.of("Red flags", "Noted for follow-up", "Body chart", "Working diagnosis", "Pain driver and management",
                "Inconsistent findings", "Imaging", "Findings recorded", "Sources", "Working diagnosis and management");
        for (Path source : files) {
            Exam e = read(examFile(source));
            Assessment a = TestKnowledge.ENGINE.assess(e);
            Path out = dir.resolve("n.pdf");
            new ConsultationNote(KB).write(e, a, new NoteContext(null, "2026-11-28", "", KB.version(), List.of()), out);
            List<String> pages = pages(out);
            String text = String.join("", pages).replaceAll("\\s+", " ");
            for (String id : referred(a)) {
                if (e.value(id) != null && KB.finding(id).filter(d -> !d.pseudo()).isPresent()) {
                    String named = Describe.finding(KB, id, e.value(id));
                    assertTrue(text.contains("• " + named), source.getFileName() + ": " + named + " is read by a rule but not named: " + text);
                }
            }
            for (int i = 0; i < pages.size() - 1; i++) {
                List<String> lines = pages.get(i).lines().map(String::strip).filter(l -> !l.isEmpty())
                        .filter(l -> !l.startsWith("ExamPath consultation note ·")).toList();
                String last = lines.get(lines.size() - 1);
                String lastTwo = lines.get(lines.size() - 2) + " " + last;
                assertFalse(headings.contains(last) || Describe.SECTIONS.containsValue(last) || lastTwo.matches(".*driver; pre-test \\d+%\\)$"),
                        source.getFileName() + ": page " + (i + 1) + " ends with \"" + last + "\", cut from what it heads");
            }
        }
    }

    /** What the raised flags' and holding inconsistencies' rules mention, and every screening question: read from the knowledge. */
    private static Set<String> referred(Assessment a) {
        Set<String> out = new TreeSet<>();
        KB.findingsOfStep("redflag").forEach(d -> out.add(d.id()));
        for (RedFlag flag : a.redFlags()) {
            KB.redFlags().stream().filter(r -> r.id().equals(flag.id())).forEach(r -> r.when().references(out));
        }
        for (Inconsistency i : a.inconsistencies()) {
            KB.inconsistencies().stream().filter(r -> r.id().equals(i.id())).forEach(r -> r.when().references(out));
        }
        return out;
    }
}
