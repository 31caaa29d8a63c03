package fr.cress.relais.partners.ui;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.WeakChangeListener;
import javafx.geometry.Bounds;
import javafx.geometry.HPos;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.SkinBase;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * The skin of a {@link PlainTextCell}: one {@link Text} node, laid out as the default cell's label lays out its
 * text (insets, alignment, « … » at the end of a text too long, cut where the default label cuts it), with
 * less work per new text: the text is laid out once to measure it and show it, the row's height comes from the
 * font's line height (the text's own height only when it holds characters beyond Latin-1, which may come from
 * another font), nothing is done again when neither the text nor the width changed.
 */
final class PlainTextCellSkin extends SkinBase<TableCell<?, ?>> {

    /** Set on a cell by the table while it fits a column's width to its content (double click on the edge). */
    private static final String DEFER_TO_PARENT_PREF_WIDTH = "deferToParentPrefWidth";

    private final Text text = new Text();
    /**
     * A column made wider or narrower (dragged, or fitted to its content) asks its cells to be laid out again, as a
     * default cell's skin does: the row then gives them their new width.
     */
    private final ChangeListener<Number> columnWidth = (o, was, is) -> getSkinnable().requestLayout();
    private final WeakChangeListener<Number> weakColumnWidth = new WeakChangeListener<>(columnWidth);
    private TableColumn<?, ?> watchedColumn;
    private Text measuring;
    private String shownFor;
    private double shownWidth = -1;
    private Font measuredFont;
    private String measuredEllipsis;
    private double lineHeight;
    private double ellipsisWidth;

    PlainTextCellSkin(TableCell<?, ?> cell) {
        super(cell);
        text.getStyleClass().add("text");
        text.fontProperty().bind(cell.fontProperty());
        text.fillProperty().bind(cell.textFillProperty());
        text.underlineProperty().bind(cell.underlineProperty());
        text.setManaged(false);
        getChildren().add(text);
        registerInvalidationListener(cell.textProperty(), o -> textChanged());
        registerInvalidationListener(cell.fontProperty(), o -> textChanged());
        registerInvalidationListener(cell.ellipsisStringProperty(), o -> textChanged());
        registerInvalidationListener(cell.textOverrunProperty(), o -> textChanged());
        registerInvalidationListener(cell.alignmentProperty(), o -> cell.requestLayout());
        registerInvalidationListener(cell.widthProperty(), o -> cell.requestLayout());
        watchColumn(cell.getTableColumn());
        registerChangeListener(cell.tableColumnProperty(), o -> {
            watchColumn(cell.getTableColumn());
            cell.requestLayout();
        });
    }

    private void watchColumn(TableColumn<?, ?> column) {
        if (watchedColumn != null) {
            watchedColumn.widthProperty().removeListener(weakColumnWidth);
        }
        watchedColumn = column;
        if (column != null) {
            column.widthProperty().addListener(weakColumnWidth);
        }
    }

    @Override
    public void dispose() {
        watchColumn(null);
        super.dispose();
    }

    private void textChanged() {
        shownWidth = -1;
        shownFor = null;
        getSkinnable().requestLayout();
    }

    @Override
    protected double computePrefWidth(double height, double top, double right, double bottom, double left) {
        TableCell<?, ?> cell = getSkinnable();
        if (cell.getProperties().containsKey(DEFER_TO_PARENT_PREF_WIDTH) || cell.getTableColumn() == null) {
            return left + right + measure(whole()).getWidth();
        }
        return snapSizeX(cell.getTableColumn().getWidth());
    }

    @Override
    protected double computePrefHeight(double width, double top, double right, double bottom, double left) {
        String whole = whole();
        double height = isLatin1(whole) ? lineHeight() : measure(whole).getHeight();
        return top + height + bottom;
    }

    @Override
    protected double computeMinHeight(double width, double top, double right, double bottom, double left) {
        return computePrefHeight(width, top, right, bottom, left);
    }

    @Override
    protected double computeMinWidth(double height, double top, double right, double bottom, double left) {
        return left + right;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        String whole = whole();
        double available = Math.max(w, 0);
        if (!whole.equals(shownFor) || available != shownWidth) {
            text.setText(fitted(whole, available));
            shownFor = whole;
            shownWidth = available;
        }
        Pos alignment = getSkinnable().getAlignment() == null ? Pos.CENTER_LEFT : getSkinnable().getAlignment();
        h -= getSkinnable().getPadding().getBottom(); // as a default table cell places its label
        double textWidth = snapSizeX(Math.min(text.getLayoutBounds().getWidth(), available));
        double textHeight = snapSizeY(Math.min(text.getLayoutBounds().getHeight(), h));
        HPos hpos = alignment.getHpos();
        VPos vpos = alignment.getVpos();
        double left = hpos == HPos.LEFT ? x : hpos == HPos.RIGHT ? x + w - textWidth : x + (w - textWidth) / 2;
        double top = vpos == VPos.TOP ? y : vpos == VPos.BOTTOM ? y + h - textHeight : y + (h - textHeight) / 2;
        text.relocate(snapPositionX(left), snapPositionY(top));
    }

    /**
     * The text as the default label shows it in {@code width}: whole when it fits, else cut where a hit test at the
     * width less the ellipsis finds a character, followed by the ellipsis (the label's « … », or nothing for CLIP).
     * The text shown is measured itself: a whole text that fits is laid out once, not once aside and once shown.
     */
    private String fitted(String whole, double width) {
        String ellipsis = ellipsis();
        double ellipsisWide = ellipsisWidth(ellipsis);
        return fitted(text, whole, width, ellipsis, ellipsisWide);
    }

    /** {@code whole} as shown in {@code width} ({@code measuring} in the cell's font; see the class comment). */
    static String fitted(Text measuring, String whole, double width, String ellipsis, double ellipsisWidth) {
        if (whole.isEmpty()) {
            return whole;
        }
        measuring.setText(whole);
        Bounds bounds = measuring.getLayoutBounds();
        if (bounds.getWidth() - width < 0.0010F) {
            return whole;
        }
        if (width < ellipsisWidth) {
            return "";
        }
        int hit = measuring.hitTest(new Point2D(width - ellipsisWidth - 2, bounds.getMinY() + bounds.getHeight() / 2))
                .getCharIndex();
        return hit < 0 || hit >= whole.length() ? whole : whole.substring(0, hit) + ellipsis;
    }

    private String ellipsis() {
        TableCell<?, ?> cell = getSkinnable();
        return cell.getTextOverrun() == OverrunStyle.CLIP || cell.getEllipsisString() == null ? ""
                : cell.getEllipsisString();
    }

    private String whole() {
        String t = getSkinnable().getText();
        return t == null ? "" : t;
    }

    private double lineHeight() {
        remeasure();
        return lineHeight;
    }

    private double ellipsisWidth(String ellipsis) {
        remeasure();
        if (!ellipsis.equals(measuredEllipsis)) {
            ellipsisWidth = measure(ellipsis).getWidth();
            measuredEllipsis = ellipsis;
        }
        return ellipsisWidth;
    }

    /** The font's line height, measured again when the font changed. */
    private void remeasure() {
        if (text.getFont() != measuredFont) {
            measuredFont = text.getFont();
            measuredEllipsis = null;
            lineHeight = measure("").getHeight();
        }
    }

    /** The bounds of {@code s} in the cell's font, measured aside (the text shown is left as it is). */
    private Bounds measure(String s) {
        measuring().setText(s);
        return measuring.getLayoutBounds();
    }

    private Text measuring() {
        if (measuring == null) {
            measuring = new Text();
        }
        measuring.setFont(text.getFont());
        return measuring;
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }
}
