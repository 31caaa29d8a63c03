package fr.cress.relais.safety;

import fr.cress.relais.db.Store;
import javafx.stage.Window;

import java.util.Optional;

/** What the backup and restore screens need from the window that holds the store. */
public interface SafetyHost {

    /** The open store, if the window has one. */
    Optional<Store> store();

    /**
     * On the FX thread: the window lets go of its store (views dropped, menus disabled, a busy screen shown) and
     * hands it over, to be closed away from the FX thread. Empty when no store is open.
     */
    Optional<AutoCloseable> releaseStore();

    /** Opens the store again (after a restore, or to retry). */
    void reopenStore();

    Window owner();
}
