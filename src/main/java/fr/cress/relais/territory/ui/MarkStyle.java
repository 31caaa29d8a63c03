package fr.cress.relais.territory.ui;

import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Circle;
import javafx.scene.text.Text;

import java.awt.Font;

/**
 * How a kind of mark looks, read on the JavaFX thread from a sample circle styled by CSS (and, for marks with a
 * label, a sample text) and handed to the drawing thread as plain Java 2D values.
 */
record MarkStyle(java.awt.Color fill, java.awt.Color stroke, float strokeWidth, float opacity,
                 java.awt.Color textFill, Font font) {

    /** The look of {@code circle} (and of {@code text}, which may be null) as CSS styled them. */
    static MarkStyle of(Circle circle, Text text) {
        if (circle.getScene() != null) {
            circle.applyCss();
            if (text != null) {
                text.applyCss();
            }
        }
        java.awt.Color textFill = text == null ? null : awt(text.getFill());
        Font font = text == null ? null : font(text.getFont());
        float strokeWidth = circle.getStroke() == null ? 0 : (float) circle.getStrokeWidth();
        return new MarkStyle(awt(circle.getFill()), awt(circle.getStroke()), strokeWidth, (float) circle.getOpacity(),
                textFill, font);
    }

    private static java.awt.Color awt(Paint paint) {
        return paint instanceof Color colour ? LayerPalette.awt(colour, 1) : null;
    }

    /** The same family and size for Java 2D; bold when the JavaFX font is (semibold included). */
    private static Font font(javafx.scene.text.Font font) {
        boolean bold = font.getStyle().toLowerCase(java.util.Locale.ROOT).contains("bold");
        return new Font(font.getFamily(), bold ? Font.BOLD : Font.PLAIN, 1).deriveFont((float) font.getSize());
    }
}
