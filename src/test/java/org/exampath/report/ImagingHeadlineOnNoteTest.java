package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorN;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingColorSpace;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceGrayColor;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceRGBColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.domain.Exam;
import org.exampath.domain.Sex;
import org.exampath.reasoning.Assessment;
import org.junit.jupiter.api.Test;

/**
 * The note's imaging headline says what the panel and the Summary screen say (review 30, finding 2). With the red-flag
 * screen not complete it is "not judged until the red-flag screen is complete", never "not indicated", and printed in
 * the text's own colour, not the green of a reassurance; under a soon flag it is "not first — the flag's own checks and
 * review come first", never the wait-and-see "only if no progress"; under an emergency, "emergency, same day".
 */
class ImagingHeadlineOnNoteTest {
    private static final NoteContext CONTEXT = new NoteContext("P-30", "2026-11-28", "", "v", List.of());
    private static final int GREEN = 0x1A7F37;

    /** A sciatica picture with none of the red-flag screen asked. */
    private static Exam unscreened() {
        return Exams.of().patient(40, Sex.MALE).yes("history.region.deep_mid_buttock", "history.region.below_knee",
                "history.quality.electric").is("nerve.slr", "positive").exam();
    }

    /** Walking pain eased by standing still, risk factors and pulses not yet checked: a soon vascular flag. */
    private static Exam walkingPain() {
        return Exams.of().patient(45, Sex.MALE).yes("history.region.deep_mid_buttock", "history.aggravator.walking_distance",
                "history.quality.deep_ache").exam();
    }

    private static String soap(Exam exam, Assessment a) {
        return new SoapSummary(TestKnowledge.SHIPPED).text(exam, a, CONTEXT).replaceAll("\\s+", " ");
    }

    private static byte[] pdfBytes(Exam exam, Assessment a) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, a, CONTEXT, out);
        return out.toByteArray();
    }

    private static String pdf(Exam exam, Assessment a) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdfBytes(exam, a))) {
            return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
        }
    }

    @Test
    void anUnscreenedPatientsNoteDoesNotCallImagingNotIndicated() throws Exception {
        Exam exam = unscreened();
        Assessment a = TestKnowledge.ENGINE.assess(exam);
        assertEquals(List.of(), a.redFlags(), "the probe should raise no flag");
        assertFalse(soap(exam, a).contains("Imaging: not indicated"), soap(exam, a));
        assertFalse(pdf(exam, a).contains("Imaging: not indicated"), pdf(exam, a));
        assertTrue(soap(exam, a).contains("Imaging: not judged until the red-flag screen is complete."), soap(exam, a));
        assertTrue(pdf(exam, a).contains("Imaging: not judged until the red-flag screen is complete"), pdf(exam, a));
    }

    @Test
    void aHeadlineNotYetJudgedIsNotPrintedGreen() throws Exception {
        Exam exam = unscreened();
        ColourOf colours = new ColourOf("Imaging: not judged");
        try (PDDocument doc = Loader.loadPDF(pdfBytes(exam, TestKnowledge.ENGINE.assess(exam)))) {
            colours.getText(doc);
        }
        assertTrue(colours.found != null, "the headline is on the note");
        assertTrue(colours.found != GREEN, "not judged is not a reassurance: " + Integer.toHexString(colours.found));
    }

    @Test
    void aSoonFlagsNoteDoesNotSayImagingOnlyIfNoProgress() throws Exception {
        Exam exam = walkingPain();
        Assessment a = TestKnowledge.ENGINE.assess(exam);
        assertEquals("vascular_claudication", a.redFlags().get(0).id());
        assertFalse(soap(exam, a).contains("Imaging: only if no progress"), soap(exam, a));
        assertFalse(pdf(exam, a).contains("Imaging: only if no progress"), pdf(exam, a));
        assertTrue(soap(exam, a).contains("Imaging: not first — the flag's own checks and review come first."), soap(exam, a));
        assertTrue(pdf(exam, a).contains("Imaging: not first — the flag's own checks and review come first"), pdf(exam, a));
    }

    @Test
    void anEmergencysNoteSaysImagingTheSameDay() throws Exception {
        Exam exam = Exams.of().patient(47, Sex.MALE).yes("history.region.deep_mid_buttock", "redflag.saddle_anaesthesia",
                "redflag.bladder_bowel_change").exam();
        Assessment a = TestKnowledge.ENGINE.assess(exam);
        assertTrue(a.emergency(), a.redFlags().toString());
        assertTrue(soap(exam, a).contains("Imaging: emergency, same day."), soap(exam, a));
        assertTrue(pdf(exam, a).contains("Imaging: emergency, same day"), pdf(exam, a));
    }

    /** The fill colour (RGB) of the first glyph of the first run of glyphs that spells {@code start}. */
    private static final class ColourOf extends PDFTextStripper {
        private final String start;
        private final StringBuilder line = new StringBuilder();
        private int first = -1;
        private Integer found;

        ColourOf(String start) {
            this.start = start.replace(" ", ""); // glyphs only: the stripper infers the spaces
            addOperator(new SetNonStrokingColorSpace(this));
            addOperator(new SetNonStrokingColor(this));
            addOperator(new SetNonStrokingColorN(this));
            addOperator(new SetNonStrokingDeviceRGBColor(this));
            addOperator(new SetNonStrokingDeviceGrayColor(this));
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            super.processTextPosition(text);
            if (found != null) {
                return;
            }
            if (text.getUnicode().isBlank()) {
                return;
            }
            try {
                int rgb = getGraphicsState().getNonStrokingColor().toRGB();
                if (!start.startsWith(line + text.getUnicode())) {
                    line.setLength(0); // this glyph may begin the run again
                }
                if (line.isEmpty()) {
                    first = rgb;
                }
                line.append(text.getUnicode());
                if (line.toString().equals(start)) {
                    found = first;
                } else if (!start.startsWith(line.toString())) {
                    line.setLength(0);
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
