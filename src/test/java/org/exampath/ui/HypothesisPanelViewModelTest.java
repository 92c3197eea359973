package org.exampath.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.exampath.TestKnowledge;
import org.exampath.domain.FindingValue;
import org.exampath.knowledge.FindingDefinition;
import org.exampath.ui.common.ExamSession;
import org.exampath.ui.hypotheses.FlagLevel;
import org.exampath.ui.hypotheses.HypothesisPanelViewModel;
import org.exampath.ui.hypotheses.HypothesisRowViewModel;
import org.junit.jupiter.api.Test;

/** The panel's state without the toolkit: banner, strip, rows, plan and next tests follow the session. */
class HypothesisPanelViewModelTest {
    private static final Clock DAY = Clock.fixed(Instant.parse("2026-11-27T10:00:00Z"), ZoneOffset.UTC);
    private static final int SCREEN = TestKnowledge.SHIPPED.findingsOfStep("redflag").size();

    private final ExamSession session = new ExamSession(TestKnowledge.ENGINE);
    private final HypothesisPanelViewModel panel = new HypothesisPanelViewModel(session, id -> { }, null, DAY);

    @Test
    void closeLeadersUnderDifferentDriversSayWhyTheDriverIsNotYetClear() throws Exception {
        // a hamstring tear whose report leaves lumbar radicular, lumbar referred and a muscle strain within the close line
        org.exampath.reasoning.ValidationSet.Case c = org.exampath.reasoning.ValidationSet.load().cases().stream()
                .filter(k -> k.file().startsWith("biceps-femoris-muscle-tear-soccer-volley-kick")).findFirst().orElseThrow();
        session.open(c.exam());
        assertEquals("Pain driver: not yet clear (the close leading hypotheses belong to different drivers)", panel.driverProperty().get());
        assertEquals(TestKnowledge.SHIPPED.drivers().get("unclear").whenLeadersSplit(), panel.managementProperty().get());
    }

    @Test
    void theScreenCountFollowsEveryAnswer() {
        assertEquals(SCREEN, panel.banner().unaskedProperty().get());
        session.set("redflag.fever_or_unwell", FindingValue.Flag.NO);
        assertEquals(SCREEN - 1, panel.banner().unaskedProperty().get());
        assertEquals("Red-flag screen not complete (1 of " + SCREEN + " asked)", panel.banner().screenProperty().get());
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        assertEquals(SCREEN - 2, panel.banner().unaskedProperty().get());
        assertEquals("Red-flag screen not complete (2 of " + SCREEN + " asked)", panel.banner().screenProperty().get());
    }

    /** The imaging line speaks for the flag raised: claudication's pathway, not a list of every soon flag's sources. */
    @Test
    void theImagingReasonFollowsTheRaisedFlagsOwnPathway() {
        session.set("history.aggravator.exertion_eased_by_stopping", FindingValue.Flag.YES);
        String reason = panel.imagingReasonProperty().get();
        assertTrue(reason.contains("Flag raised: Possible vascular claudication (soon). For possible vascular claudication: "
                + "no imaging from here; check pulses and the ankle-brachial index"), reason);
        assertFalse(reason.contains("rheumatology"), reason);
        // a soon flag drives the gate: its own checks come first, not the wait-and-see of mechanical pain
        assertEquals("Imaging: not first — the flag's own checks and review come first (red-flag screen not complete)",
                panel.strip().imagingProperty().get());
        assertEquals(org.exampath.text.ImagingLevel.NOT_FIRST, panel.imagingProperty().get());
    }

    @Test
    void anEmptyExamNeverSaysNoRedFlag() {
        assertFalse(panel.imagingReasonProperty().get().contains("No red flag"), panel.imagingReasonProperty().get());
        assertTrue(panel.imagingReasonProperty().get().startsWith("So far 0 of " + SCREEN + " asked. If the screen finds no flag"),
                panel.imagingReasonProperty().get());
        assertEquals("Red-flag screen not complete (0 of " + SCREEN + " asked)", panel.banner().screenProperty().get());
        assertFalse(panel.banner().completeProperty().get());
        // review finding 11: "not indicated" is not a conclusion before the screen is asked
        assertEquals("Imaging: not judged until the red-flag screen is complete (0 of " + SCREEN + " asked)",
                panel.strip().imagingProperty().get());
        assertEquals(org.exampath.text.ImagingLevel.NOT_YET_JUDGED, panel.imagingProperty().get());
        assertTrue(panel.strip().top().get(0).startsWith("Starting estimates only: "), panel.strip().top().get(0));
    }

    @Test
    void aScreenAnsweredNoThroughoutSaysCompleteNegativeWithTheDate() {
        for (FindingDefinition d : TestKnowledge.SHIPPED.findingsOfStep("redflag")) {
            session.set(d.id(), FindingValue.Flag.NO);
        }
        assertTrue(panel.banner().flags().isEmpty());
        assertEquals(0, panel.banner().unaskedProperty().get());
        assertEquals("Red-flag screen complete, negative (2026-11-27)", panel.banner().screenProperty().get());
        assertFalse(panel.imagingReasonProperty().get().contains("not complete"), panel.imagingReasonProperty().get());
        assertEquals("Imaging: not indicated", panel.strip().imagingProperty().get());
    }

    @Test
    void threeFlagChecksAtMostLeadTheNextTestsAndTheTestsForTheDiagnosisFollow() {
        session.set("history.aggravator.walking_distance", FindingValue.Flag.YES);
        session.set("redflag.recent_spinal_procedure", FindingValue.Flag.YES);
        session.set("history.duration_weeks", new FindingValue.Count(20));
        List<HypothesisPanelViewModel.NextTestItem> next = panel.nextTests();
        assertEquals(List.of(true, true, true), next.stream().limit(3).map(HypothesisPanelViewModel.NextTestItem::flagCheck).toList(),
                next.toString());
        assertTrue(next.size() > 3 && next.stream().skip(3).noneMatch(HypothesisPanelViewModel.NextTestItem::flagCheck), next.toString());
        assertEquals("checks the red flag: possible spinal or pelvic infection", next.get(0).why(), "flags in the lane's order: infection before vascular");
    }

    @Test
    void anEmergencyWithholdsManagementAndNextTests() {
        session.set("nerve.slump", new FindingValue.Choice("positive"));
        assertFalse(panel.nextTests().isEmpty());
        session.set("redflag.saddle_anaesthesia", FindingValue.Flag.YES);
        assertEquals(FlagLevel.EMERGENCY, panel.banner().levelProperty().get());
        assertTrue(panel.withheldProperty().get());
        assertTrue(panel.nextTests().isEmpty(), "no next test while an emergency stands");
        assertEquals("Next: act on the emergency; no further tests now.", panel.strip().nextProperty().get());
        assertEquals(null, panel.strip().nextFindingProperty().get());
        session.set("redflag.saddle_anaesthesia", FindingValue.Flag.NO);
        assertFalse(panel.withheldProperty().get());
        assertFalse(panel.nextTests().isEmpty(), "next tests come back when the flag goes");
    }

    @Test
    void anUrgentFlagPutsManagementAndNextTestsUnderIt() {
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        assertEquals(FlagLevel.URGENT, panel.banner().levelProperty().get());
        assertFalse(panel.withheldProperty().get());
        assertTrue(panel.underFlagProperty().get());
        assertEquals("Once the flag is cleared (possible malignancy):", panel.underFlagTextProperty().get());
        assertFalse(panel.nextTests().isEmpty());
        assertTrue(panel.strip().nextProperty().get().startsWith("Next, once the flag is cleared: "), panel.strip().nextProperty().get());
        assertEquals("Red-flag screen not complete (1 of " + SCREEN + " asked)", panel.banner().screenProperty().get());
        assertEquals("URGENT — Possible malignancy. " + session.assessment().redFlags().get(0).action(),
                panel.banner().flags().get(0).text());
    }

    @Test
    void aLongListOfChecksNamesItsFirstFourAndSaysWhereTheRestAreAsked() {
        session.set("redflag.bilateral_leg_symptoms", FindingValue.Flag.YES);
        org.exampath.ui.hypotheses.RedFlagBannerViewModel.Flag ces = panel.banner().flags().get(0);
        assertEquals("cauda_equina", ces.id());
        int more = session.assessment().redFlags().get(0).checks().size() - 4;
        assertTrue(more > 1, "sanity: the cauda equina prompt has many checks");
        assertTrue(ces.cause().endsWith(". Record next: Saddle or perianal numbness; New bladder or bowel change; New sexual"
                + " dysfunction; Weakness that is getting worse; and " + more + " more on the red-flag screen and the neuro screen"),
                ces.cause());
    }

    @Test
    void reasonsSpeakPlainlyAndKeepTheEvidenceApart() {
        session.set("nerve.seated_piriformis_stretch", new FindingValue.Choice("positive"));
        HypothesisRowViewModel dgs = row("deep_gluteal_syndrome");
        assertEquals("17%", dgs.percentProperty().get());
        assertTrue(dgs.reasons().isEmpty(), "reasons are worked out only while shown");
        dgs.expandedProperty().set(true);
        HypothesisRowViewModel.Reason first = dgs.reasons().get(0);
        assertEquals("Starts at 8% before any finding.", first.text());
        assertTrue(first.evidence().startsWith("Prior: Estimate"), first.evidence());
        HypothesisRowViewModel.Reason stretch = dgs.reasons().get(1);
        assertEquals("Seated piriformis stretch: positive — makes it about 2× more likely (8% → 17%). "
                + "Martin HD 2014, case-control study.", stretch.text());
        assertTrue(stretch.evidence().startsWith("LR 2.28, shrunk from the published 5.22 · [V-P] · Martin HD et al."),
                stretch.evidence());
    }

    @Test
    void aClusterIsExplainedByEveryTestItRestsOnNotByTheOneItIsFiledUnder() {
        session.set("nerve.seated_piriformis_stretch", new FindingValue.Choice("negative"));
        session.set("nerve.active_piriformis", new FindingValue.Choice("positive"));
        HypothesisRowViewModel dgs = row("deep_gluteal_syndrome");
        dgs.expandedProperty().set(true);
        String reason = dgs.reasons().get(1).text();
        assertTrue(reason.startsWith("Active piriformis: positive and Seated piriformis stretch: negative, together — makes it"), reason);
    }

    @Test
    void aTestNotCountedNamesTheOneThatCountedByItsLabel() {
        session.set("provocation.sij_thigh_thrust", new FindingValue.Choice("positive"));
        session.set("provocation.sij_gaenslen", new FindingValue.Choice("positive"));
        HypothesisRowViewModel sij = row("sacroiliac_joint");
        sij.expandedProperty().set(true);
        HypothesisRowViewModel.Reason aside = sij.reasons().stream().filter(r -> r.text().startsWith("Not counted")).findFirst().orElseThrow();
        // the engine's reason, in the words shown without the evidence toggle
        assertEquals("Not counted: Gaenslen's test: positive — a stronger test of the same family counts instead: "
                + "Thigh thrust (posterior shear).", aside.text());
        assertEquals("LR 1.8.", aside.evidence());
    }

    @Test
    void aClusterNotCountedIsShownByItsRecordedTestsNotByTheOneItIsFiledUnder() {
        session.set("provocation.sij_distraction", new FindingValue.Choice("negative"));
        session.set("provocation.sij_thigh_thrust", new FindingValue.Choice("positive"));
        session.set("provocation.sij_compression", new FindingValue.Choice("positive"));
        session.set("provocation.sij_sacral_thrust", new FindingValue.Choice("positive"));
        HypothesisRowViewModel sij = row("sacroiliac_joint");
        sij.expandedProperty().set(true);
        List<HypothesisRowViewModel.Reason> aside = sij.reasons().stream().filter(r -> r.text().startsWith("Not counted")).toList();
        HypothesisRowViewModel.Reason twoOfFour = aside.stream().filter(r -> r.evidence().startsWith("LR 4.0")).findFirst()
                .orElseThrow(() -> new AssertionError(aside.stream().map(r -> r.text() + " | " + r.evidence()).toList().toString()));
        assertTrue(twoOfFour.text().startsWith("Not counted: SIJ compression test: positive, SIJ distraction test: negative, "
                + "Sacral thrust: positive and Thigh thrust (posterior shear): positive, together — "), twoOfFour.text());
        assertFalse(twoOfFour.text().contains("Gaenslen"), "a test not done is never named: " + twoOfFour.text());
        session.set("provocation.sij_distraction", null);
        session.set("provocation.sij_gaenslen", new FindingValue.Choice("positive"));
        sij.expandedProperty().set(false);
        sij.expandedProperty().set(true);
        for (HypothesisRowViewModel.Reason r : sij.reasons()) {
            assertFalse(r.text().contains("distraction"), "the distraction test was not done: " + r.text());
        }
    }

    @Test
    void rowsFollowTheAssessmentAndAreKeptAcrossUpdates() {
        HypothesisRowViewModel before = row("lumbar_radicular");
        session.set("nerve.slump", new FindingValue.Choice("positive"));
        assertSame(before, row("lumbar_radicular"), "a row is updated, not replaced");
        List<String> order = new ArrayList<>();
        panel.rows().forEach(r -> order.add(r.id()));
        assertEquals(session.assessment().hypotheses().stream().map(h -> h.id()).toList(), order);
        assertEquals("lumbar_radicular", order.get(0));
    }

    @Test
    void nextTestsSayWhyFromTheHypothesesTheyMove() {
        session.set("history.quality.burning", FindingValue.Flag.YES);
        assertFalse(panel.nextTests().isEmpty());
        for (HypothesisPanelViewModel.NextTestItem t : panel.nextTests()) {
            assertTrue(t.why().startsWith("separates ") || t.why().startsWith("tests for "), t.label() + ": " + t.why());
            assertFalse(t.why().contains("bits"));
            assertTrue(t.gain().endsWith("bits expected"));
        }
        HypothesisPanelViewModel.NextTestItem first = panel.nextTests().get(0);
        assertEquals("Next: " + first.label() + " — " + first.why(), panel.strip().nextProperty().get());
    }

    @Test
    void whileTwoDiagnosesContendTheNextTestSaysWhichTwoItSeparates() throws Exception {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        session.replace(new org.exampath.exchange.ExamReader(TestKnowledge.SHIPPED).read(json.writeValueAsBytes(
                json.readTree(TestKnowledge.resource("shared-cases/deep-gluteal-sitting-burn.json").toFile()).get("exam"))));
        List<String> top = session.assessment().hypotheses().stream().limit(2).map(h -> h.id()).toList();
        assertEquals(List.of("deep_gluteal_syndrome", "lumbar_radicular"), top, "sanity: the two contenders of this case");
        HypothesisPanelViewModel.NextTestItem first = panel.nextTests().get(0);
        // "below the knee" is offered for telling these two apart; it moves radicular pain more (LR 2.5 against 1.2)
        assertEquals("separates lumbar radicular pain from deep gluteal syndrome",
                first.why(), first.label());
        for (HypothesisPanelViewModel.NextTestItem t : panel.nextTests()) {
            if (t.why().startsWith("separates ")) {
                assertTrue(t.why().contains("deep gluteal") && t.why().contains("radicular"),
                        t.label() + " names the contenders it separates: " + t.why());
            }
        }
    }

    @Test
    void beforeAnyHistoryTheStripSendsTheClinicianToTheHistory() {
        // the panel's own advice is to map the history first; the strip's one "Next" says the same, not a physical test
        assertEquals("Next: map the history first — where the pain is, what it feels like, what brings it on.",
                panel.strip().nextProperty().get());
        assertEquals(TestKnowledge.SHIPPED.findingsOfStep("history").get(0).id(), panel.strip().nextFindingProperty().get());
        assertFalse(panel.nextTests().isEmpty(), "the ranked tests are still listed");
        session.set("history.region.below_knee", FindingValue.Flag.YES); // bears on the leader: the history has begun
        assertTrue(panel.strip().nextProperty().get().startsWith("Next: " + panel.nextTests().get(0).label()),
                panel.strip().nextProperty().get());
    }

    @Test
    void theStripShowsTheTopThreeAndTheDriver() {
        assertEquals("Driver: not yet clear", panel.strip().driverProperty().get());
        session.set("nerve.slump", new FindingValue.Choice("positive"));
        assertEquals(3, panel.strip().top().size());
        assertTrue(panel.strip().top().get(0).startsWith("Lumbar radicular pain "), panel.strip().top().get(0));
        assertTrue(panel.strip().top().stream().noneMatch(t -> t.contains("(")), "short names: " + panel.strip().top());
        assertTrue(panel.strip().driverProperty().get().startsWith("Driver: Nerve "), panel.strip().driverProperty().get());
    }

    @Test
    void aNewFlagIsAnnouncedOnceWhileItStands() {
        List<String> announced = new ArrayList<>();
        panel.banner().setOnNewFlag(f -> announced.add(f.id()));
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        session.set("nerve.slump", new FindingValue.Choice("positive"));
        assertEquals(List.of("malignancy"), announced);
        session.set("redflag.cancer_history", FindingValue.Flag.NO);
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        assertEquals(List.of("malignancy", "malignancy"), announced);
    }

    @Test
    void withoutAStoreAnActionIsRefusedAndTheDraftKept() {
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        panel.banner().draftProperty("malignancy").set("Referred to GP");
        assertFalse(panel.banner().record("malignancy"));
        assertEquals("no store: actions cannot be recorded here", panel.banner().problemProperty().get());
        assertEquals("malignancy", panel.banner().problemFlagProperty().get());
        assertEquals("Referred to GP", panel.banner().draftProperty("malignancy").get());
    }

    @Test
    void theStripNeverDefersTheCheckOfAnotherUrgentFlag() {
        // malignancy (no checks) is listed first, infection (same-day review) second: infection's check leads the next
        // tests, and it is part of acting on an urgent flag now, not something for after the first flag is acted on
        session.set("redflag.cancer_history", FindingValue.Flag.YES);
        session.set("redflag.fever_or_unwell", FindingValue.Flag.YES);
        assertEquals("infection", panel.nextTests().get(0).flag());
        assertTrue(panel.strip().nextProperty().get().startsWith("Next: " + panel.nextTests().get(0).label()),
                panel.strip().nextProperty().get());
    }

    private HypothesisRowViewModel row(String id) {
        return panel.rows().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
    }
}
