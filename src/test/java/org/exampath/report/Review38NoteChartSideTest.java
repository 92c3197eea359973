package org.exampath.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.exampath.Exams;
import org.exampath.TestKnowledge;
import org.exampath.chart.BodyChartMap;
import org.exampath.domain.Exam;
import org.junit.jupiter.api.Test;

/**
 * Review 38, finding 1: with no side recorded, the note's body chart draws a palpation finding on the patient's right
 * only, so the signed note pictures a side nobody entered while its text says "side not recorded".
 */
class Review38NoteChartSideTest {
    @Test
    void aNoteWithNoSideRecordedDoesNotDrawAPalpationFindingOnTheRightOnly() throws Exception {
        Exam exam = Exams.of().side(null).is("palpation.piriformis", "familiar").exam();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new ConsultationNote(TestKnowledge.SHIPPED).write(exam, TestKnowledge.ENGINE.assess(exam),
                new NoteContext("P-0142", "2026-11-26", "Anna Physio", TestKnowledge.SHIPPED.version(), List.of()), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertTrue(text.contains("side not recorded"), "precondition: the note says no side was recorded: " + text);
            BufferedImage chart = chart(doc);
            boolean right = dot(chart, site("right"));
            boolean left = dot(chart, site("left"));
            assertEquals(List.of(right, right), List.of(right, left),
                    "the chart draws the piriformis 'familiar pain' dot on the patient's " + (right ? "right" : "left")
                    + " only (right drawn: " + right + ", left drawn: " + left + ") though no side was recorded");
        }
    }

    private static BodyChartMap.Site site(String side) {
        return BodyChartMap.sites(side).stream().filter(s -> s.finding().equals("palpation.piriformis")).findFirst().orElseThrow();
    }

    private static BufferedImage chart(PDDocument doc) throws Exception {
        PDResources resources = doc.getPage(0).getResources();
        for (COSName name : resources.getXObjectNames()) {
            if (resources.getXObject(name) instanceof PDImageXObject image) {
                return image.getImage();
            }
        }
        throw new AssertionError("the note has no chart image");
    }

    /** The site's marker is drawn: its centre is in the "familiar pain" red, not the region outline or the fill. */
    private static boolean dot(BufferedImage chart, BodyChartMap.Site site) {
        double scale = chart.getWidth() / BodyChartMap.WIDTH;
        int rgb = chart.getRGB((int) Math.round(site.x() * scale), (int) Math.round(site.y() * scale));
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        return r > 150 && g < 90 && b < 90;
    }
}
