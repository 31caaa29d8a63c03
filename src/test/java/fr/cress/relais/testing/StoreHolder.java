package fr.cress.relais.testing;

import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.safety.SingleInstance;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Another Relais holding a store open, for tests that need a second process: prints READY once the store is
 * open, SHOW each time a window asks it to come to the front (with {@code --listen}), and closes the store when
 * its standard input closes.
 */
public final class StoreHolder {

    private StoreHolder() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        DataLocations locations = new DataLocations(Path.of(args[0]), false);
        boolean listen = args.length > 1 && args[1].equals("--listen");
        try (Store store = Store.open(locations);
             SingleInstance channel = listen ? SingleInstance.listen(locations.storeDir(), () -> out.println("SHOW")) : null) {
            out.println("READY " + store.description());
            System.in.readAllBytes();
        }
    }
}
