package fr.cress.relais.meetings.export;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.awt.Color;

/**
 * Fonts of the minutes PDF. Liberation Sans (shipped inside OpenPDF) is embedded so that every French
 * character prints: ’ « » œ € and the narrow no-break space before : ; ! ? %.
 */
final class PdfStyle {

    private static final String FONT = "/font-fallback/LiberationSans-Regular.ttf";

    final BaseFont base;
    final Font title;
    final Font heading;
    final Font body;
    final Font strong;
    final Font small;
    final Font smallStrong;
    final Font muted;

    PdfStyle() {
        this.base = load();
        this.title = new Font(base, 17, Font.BOLD);
        this.heading = new Font(base, 12.5f, Font.BOLD);
        this.body = new Font(base, 10);
        this.strong = new Font(base, 10, Font.BOLD);
        this.small = new Font(base, 9);
        this.smallStrong = new Font(base, 9, Font.BOLD);
        this.muted = new Font(base, 9.5f, Font.NORMAL, new Color(90, 90, 90));
    }

    private static BaseFont load() {
        try (InputStream in = PdfStyle.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException("Font missing from the class path: " + FONT);
            }
            return BaseFont.createFont("LiberationSans-Regular.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED,
                    true, in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
