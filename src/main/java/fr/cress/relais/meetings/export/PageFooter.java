package fr.cress.relais.meetings.export;

import com.lowagie.text.Document;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import java.util.function.IntFunction;

/** « Titre de la réunion … Page 2 / 3 » at the foot of every page; the total is written when the document closes. */
final class PageFooter extends PdfPageEventHelper {

    private static final float SIZE = 8.5f;

    private final BaseFont font;
    private final String left;
    private final IntFunction<String> pageLabel;
    private PdfTemplate total;

    /** {@code pageLabel} gives « Page 2 / » for page 2; the total follows it. */
    PageFooter(BaseFont font, String left, IntFunction<String> pageLabel) {
        this.font = font;
        this.left = left;
        this.pageLabel = pageLabel;
    }

    @Override
    public void onOpenDocument(PdfWriter writer, Document document) {
        total = writer.getDirectContent().createTemplate(30, 12);
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfContentByte cb = writer.getDirectContent();
        float y = document.bottom() - 24;
        String page = pageLabel.apply(writer.getPageNumber()) + " ";
        float right = document.right() - 30;
        cb.beginText();
        cb.setFontAndSize(font, SIZE);
        cb.setTextMatrix(document.left(), y);
        cb.showText(left);
        cb.setTextMatrix(right - font.getWidthPoint(page, SIZE), y);
        cb.showText(page);
        cb.endText();
        cb.addTemplate(total, right, y);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        total.beginText();
        total.setFontAndSize(font, SIZE);
        total.setTextMatrix(0, 0);
        total.showText(String.valueOf(writer.getPageNumber() - 1));
        total.endText();
    }
}
