package fr.cress.relais.partners.ui;

import javafx.scene.Node;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The skin of a filtered list's table: the default skin, but a row given another item is styled again only when
 * something its styles depend on changed. JavaFX's flow styles every row it gives a new index or item whose layout is
 * pending ({@code applyCss} on the row and all its cells), even when the row keeps its style classes and pseudo-classes
 * (« :odd », « :selected », « :filled »…): after a keystroke of the filter, every visible row gets another contact
 * and was styled again for nothing — a third of the keystroke. Here the flow compares the row's and its cells' style
 * classes, inline styles and pseudo-classes before and after the new index: unchanged, the row keeps its styles (the
 * next style pass of the scene would have found it clean); changed, it is styled at once as before. A row or a cell
 * never styled yet (no skin) is always styled at once, as the default flow does.
 */
final class SteadyRowsTableSkin<S> extends TableViewSkin<S> {

    SteadyRowsTableSkin(TableView<S> table) {
        super(table);
    }

    @Override
    protected VirtualFlow<TableRow<S>> createVirtualFlow() {
        return new SteadyFlow<>();
    }

    /** How many times a row was styled as it was given an index (see {@link SteadyFlow#styledAgain()}). */
    long rowsStyledAgain() {
        return ((SteadyFlow<?>) getVirtualFlow()).styledAgain();
    }

    /** A table whose skin is this one. */
    static <S> TableView<S> table() {
        return new TableView<>() {
            @Override
            protected javafx.scene.control.Skin<?> createDefaultSkin() {
                return new SteadyRowsTableSkin<>(this);
            }
        };
    }

    /** The flow that styles a reused row again only when what its styles depend on changed. */
    static final class SteadyFlow<T extends IndexedCell<?>> extends VirtualFlow<T> {

        private long styledAgain;

        @Override
        protected void setCellIndex(T cell, int index) {
            if (!styled(cell)) {
                styledAgain++;
                super.setCellIndex(cell, index);
                return;
            }
            List<Object> before = styleKeys(cell);
            cell.updateIndex(index);
            if (!styled(cell) || !before.equals(styleKeys(cell))) {
                styledAgain++;
                cell.applyCss();
            }
        }

        /** How many times a row was given an index and styled at once (new rows, or rows whose styles may change). */
        long styledAgain() {
            return styledAgain;
        }

        /** The row and every control in it have a skin: they were styled once (skins are made by the style pass). */
        private static boolean styled(Node cell) {
            if (cell instanceof Control control && control.getSkin() == null) {
                return false;
            }
            if (cell instanceof javafx.scene.Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    if (child instanceof Control control && control.getSkin() == null) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** What the styles of the row and of its direct children are chosen by. */
        static List<Object> styleKeys(Node cell) {
            List<Object> keys = new ArrayList<>();
            add(keys, cell);
            if (cell instanceof javafx.scene.Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    add(keys, child);
                }
            }
            return keys;
        }

        private static void add(List<Object> keys, Node node) {
            keys.add(node);
            keys.add(List.copyOf(node.getStyleClass()));
            keys.add(node.getStyle());
            keys.add(node.getId());
            keys.add(Set.copyOf(node.getPseudoClassStates()));
        }
    }
}
