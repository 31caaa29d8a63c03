package fr.cress.relais.partners.ui;

import javafx.beans.InvalidationListener;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableSet;
import javafx.collections.SetChangeListener;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Control;
import javafx.scene.control.IndexedCell;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.skin.TableViewSkin;
import javafx.scene.control.skin.VirtualFlow;

import java.util.Map;
import java.util.WeakHashMap;

/**
 * The skin of a filtered list's table: the default skin, but a row given another item is styled again only when
 * something its styles depend on changed. JavaFX's flow styles every row it gives a new index or item whose layout is
 * pending ({@code applyCss} on the row and all its cells), even when the row keeps its style classes and pseudo-classes
 * (« :odd », « :selected », « :filled »…): after a keystroke of the filter, every visible row gets another contact
 * and was styled again for nothing: about a third of the JavaFX thread's time in the keystrokes that change the
 * visible rows. Here the flow listens to the row's and its cells' pseudo-classes, style classes, inline styles and
 * ids while it gives the row its new index: none changed, the row keeps its styles (the scene's next style pass
 * finds it clean, as it would have after the default flow); one changed, the row is styled at once, as before. A row
 * or a cell never styled yet (no skin) is styled at once, as the default flow does.
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

        /** The nodes watched, with the view of their pseudo-classes listened to (kept so that it stays listened to). */
        private final Map<Node, ObservableSet<PseudoClass>> watched = new WeakHashMap<>();
        private final SetChangeListener<PseudoClass> pseudoClassChanged = c -> stylesMayChange = true;
        private final ListChangeListener<String> styleClassChanged = c -> stylesMayChange = true;
        private final InvalidationListener styleChanged = o -> stylesMayChange = true;
        private boolean stylesMayChange;
        private long styledAgain;

        @Override
        protected void setCellIndex(T cell, int index) {
            if (!styled(cell)) {
                styledAgain++;
                super.setCellIndex(cell, index);
                watchAll(cell);
                return;
            }
            stylesMayChange = !watchAll(cell);
            cell.updateIndex(index);
            if (stylesMayChange || !styled(cell)) {
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
            if (cell instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    if (child instanceof Control control && control.getSkin() == null) {
                        return false;
                    }
                }
            }
            return true;
        }

        /** Watches the row and its direct children (its cells); false when one of them was not watched yet. */
        private boolean watchAll(Node cell) {
            boolean all = watch(cell);
            if (cell instanceof Parent parent) {
                for (Node child : parent.getChildrenUnmodifiable()) {
                    all &= watch(child);
                }
            }
            return all;
        }

        /** What chooses a node's styles: its pseudo-classes, style classes, inline style and id. */
        private boolean watch(Node node) {
            if (watched.containsKey(node)) {
                return true;
            }
            ObservableSet<PseudoClass> states = node.getPseudoClassStates();
            states.addListener(pseudoClassChanged);
            node.getStyleClass().addListener(styleClassChanged);
            node.styleProperty().addListener(styleChanged);
            node.idProperty().addListener(styleChanged);
            watched.put(node, states);
            return false;
        }
    }
}
