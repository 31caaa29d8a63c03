package fr.cress.relais.exchange.xlsx;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormat;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/** The few cell styles every Relais workbook uses, created once per workbook. */
final class Styles {

    final CellStyle title;
    final CellStyle subtitle;
    final CellStyle header;
    final CellStyle text;
    final CellStyle textQuoted;
    final CellStyle wrapped;
    final CellStyle strong;
    final CellStyle date;
    final CellStyle dateTime;
    final CellStyle integer;
    final CellStyle year;
    final CellStyle decimal;
    final CellStyle money;
    final CellStyle percent;
    final CellStyle totalLabel;
    final CellStyle totalInteger;
    final CellStyle totalDecimal;
    final CellStyle totalMoney;
    final CellStyle totalPercent;

    Styles(Workbook wb) {
        DataFormat format = wb.createDataFormat();
        Font bold = wb.createFont();
        bold.setBold(true);
        Font big = wb.createFont();
        big.setBold(true);
        big.setFontHeightInPoints((short) 14);
        Font muted = wb.createFont();
        muted.setItalic(true);
        muted.setColor(IndexedColors.GREY_50_PERCENT.getIndex());

        title = wb.createCellStyle();
        title.setFont(big);
        subtitle = wb.createCellStyle();
        subtitle.setFont(muted);
        header = wb.createCellStyle();
        header.setFont(bold);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setBorderBottom(BorderStyle.THIN);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        text = wb.createCellStyle();
        text.setVerticalAlignment(VerticalAlignment.TOP);
        textQuoted = wb.createCellStyle();
        textQuoted.cloneStyleFrom(text);
        textQuoted.setQuotePrefixed(true);
        wrapped = wb.createCellStyle();
        wrapped.cloneStyleFrom(text);
        wrapped.setWrapText(true);
        strong = wb.createCellStyle();
        strong.setFont(bold);
        strong.setFillForegroundColor(IndexedColors.LIGHT_TURQUOISE.getIndex());
        strong.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        date = numberStyle(wb, format, "dd/mm/yyyy", null);
        dateTime = numberStyle(wb, format, "dd/mm/yyyy hh:mm", null);
        integer = numberStyle(wb, format, "#,##0", null);
        year = numberStyle(wb, format, "0", null);
        decimal = numberStyle(wb, format, "#,##0.00", null);
        money = numberStyle(wb, format, "#,##0.00 \"€\"", null);
        percent = numberStyle(wb, format, "0 %", null);
        totalLabel = wb.createCellStyle();
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.THIN);
        totalInteger = numberStyle(wb, format, "#,##0", bold);
        totalDecimal = numberStyle(wb, format, "#,##0.00", bold);
        totalMoney = numberStyle(wb, format, "#,##0.00 \"€\"", bold);
        totalPercent = numberStyle(wb, format, "0 %", bold);
    }

    private static CellStyle numberStyle(Workbook wb, DataFormat format, String pattern, Font bold) {
        CellStyle style = wb.createCellStyle();
        style.setDataFormat(format.getFormat(pattern));
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (bold != null) {
            style.setFont(bold);
            style.setBorderTop(BorderStyle.THIN);
        }
        return style;
    }

    CellStyle forFormula(Cell.Style style, boolean total) {
        return switch (style) {
            case INTEGER -> total ? totalInteger : integer;
            case DECIMAL -> total ? totalDecimal : decimal;
            case MONEY -> total ? totalMoney : money;
            case PERCENT -> total ? totalPercent : percent;
        };
    }
}
