package org.exampath.report;

import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/** Text that flows down A4 pages: wrapping, page breaks, headings, and page numbers at the end. */
final class PageFlow implements AutoCloseable {
    static final float MARGIN = 56;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final Color INK = new Color(0x1F, 0x23, 0x28);
    private static final Color MUTED = new Color(0x59, 0x63, 0x6E);

    private final PDDocument doc;
    final PDFont regular;
    final PDFont bold;
    private PDPageContentStream out;
    private float y;
    private final String footer;
    private final Glyphs regularGlyphs;
    private final Glyphs boldGlyphs;

    PageFlow(PDDocument doc, String footer) throws IOException {
        this.doc = doc;
        this.footer = footer;
        regular = font("DejaVuSans.ttf");
        bold = font("DejaVuSans-Bold.ttf");
        regularGlyphs = new Glyphs(regular);
        boldGlyphs = new Glyphs(bold);
        newPage();
    }

    private PDFont font(String name) throws IOException {
        try (InputStream in = PageFlow.class.getResourceAsStream("fonts/" + name)) {
            return PDType0Font.load(doc, in);
        }
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void need(float height) throws IOException {
        if (y - height < MARGIN + 20) {
            newPage();
        }
    }

    void title(String text) throws IOException {
        line(text, bold, 17, INK, 0);
        y -= 4;
    }

    /** A section heading, kept with the start of what follows (never stranded at a page's foot). */
    void heading(String text) throws IOException {
        // room for the heading, a bold lead line under it and two lines after that (see lead)
        need(80);
        y -= 10;
        line(text, bold, 12, INK, 0);
        y -= 4;
        out.setStrokingColor(new Color(0xD1, 0xD9, 0xE0));
        out.setLineWidth(0.7f);
        out.moveTo(MARGIN, y);
        out.lineTo(MARGIN + WIDTH, y);
        out.stroke();
        y -= 2;
    }

    void text(String text) throws IOException {
        paragraph(text, regular, 10, INK, 0);
    }

    void muted(String text) throws IOException {
        paragraph(text, regular, 9, MUTED, 0);
    }

    void strong(String text, Color color) throws IOException {
        paragraph(text, bold, 10.5f, color, 0);
    }

    /**
     * A bold line that heads what follows it (a step of the findings, a hypothesis, a flag, an inconsistency): all of
     * its own lines are kept on the same page as at least two lines after it, never stranded at a page's foot.
     */
    void lead(String text, Color color) throws IOException {
        int lines = 0;
        LineBreaker breaker = new LineBreaker(bold, 10.5f);
        for (String para : text.split("\\R")) {
            lines += breaker.wrap(boldGlyphs.printable(para.replace('\t', ' ')), WIDTH).size();
        }
        need(lines * 10.5f * 1.38f + 2 * 10 * 1.38f);
        strong(text, color);
    }

    void bullet(String text) throws IOException {
        paragraph("•  " + text, regular, 10, INK, 8);
    }

    private Glyphs glyphs(PDFont font) {
        return font == bold ? boldGlyphs : regularGlyphs;
    }

    /** Whether the text prints as it is, with no replacement marks. */
    boolean prints(String text) {
        return regularGlyphs.fits(text) && boldGlyphs.fits(text);
    }

    /** The code points of what {@link #prints} would mark, in order ("U+738B U+82B3"); empty when nothing is marked. */
    String hidden(String text) {
        return regularGlyphs.hidden(text);
    }

    /**
     * Text wrapped to the width. Every kind of line break (LF, CR LF from Windows or pasted text, a lone CR,
     * the Unicode line and paragraph separators) starts a new line, and a tab is white space: neither is an
     * unprintable character to be marked.
     */
    private void paragraph(String text, PDFont font, float size, Color color, float indent) throws IOException {
        LineBreaker breaker = new LineBreaker(font, size);
        for (String para : text.split("\\R")) {
            for (String wrapped : breaker.wrap(glyphs(font).printable(para.replace('\t', ' ')), WIDTH - indent)) {
                line(wrapped, font, size, color, indent);
            }
        }
    }

    private void line(String text, PDFont font, float size, Color color, float indent) throws IOException {
        float leading = size * 1.38f;
        need(leading);
        y -= leading;
        out.beginText();
        out.setFont(font, size);
        out.setNonStrokingColor(color);
        out.newLineAtOffset(MARGIN + indent, y);
        out.showText(glyphs(font).printable(text));
        out.endText();
    }

    /** Draws an image at the left margin, with optional caption lines to its right. */
    void image(PDImageXObject image, float width, List<String> caption) throws IOException {
        float height = width * image.getHeight() / image.getWidth();
        need(height + 10);
        y -= height + 6;
        out.drawImage(image, MARGIN, y, width, height);
        float captionY = y + height - 12;
        for (String line : caption) {
            for (String wrapped : new LineBreaker(regular, 9.5f).wrap(regularGlyphs.printable(line), WIDTH - width - 16)) {
                out.beginText();
                out.setFont(regular, 9.5f);
                out.setNonStrokingColor(INK);
                out.newLineAtOffset(MARGIN + width + 16, captionY);
                out.showText(wrapped);
                out.endText();
                captionY -= 13;
            }
        }
    }

    /** Writes the footer on every page, cut short where needed so "page i of n" always fits at the right. */
    @Override
    public void close() throws IOException {
        out.close();
        int n = doc.getNumberOfPages();
        LineBreaker small = new LineBreaker(regular, 8);
        for (int i = 0; i < n; i++) {
            String number = "page " + (i + 1) + " of " + n;
            float numberWidth = small.width(number);
            String left = small.clip(regularGlyphs.printable(footer), WIDTH - numberWidth - 16);
            try (PDPageContentStream s = new PDPageContentStream(doc, doc.getPage(i), PDPageContentStream.AppendMode.APPEND, true, true)) {
                s.setFont(regular, 8);
                s.setNonStrokingColor(MUTED);
                s.beginText();
                s.newLineAtOffset(MARGIN, MARGIN / 2);
                s.showText(left);
                s.endText();
                s.beginText();
                s.newLineAtOffset(MARGIN + WIDTH - numberWidth, MARGIN / 2);
                s.showText(number);
                s.endText();
            }
        }
    }
}
