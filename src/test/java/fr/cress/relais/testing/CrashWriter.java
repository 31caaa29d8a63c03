package fr.cress.relais.testing;

import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;

import static fr.cress.relais.db.generated.Tables.ORGANISATION;

/**
 * Writes organisations in a loop, one transaction each, and prints the id of each one after its commit: the
 * crash test kills this process (kill -9) and checks that every acknowledged write survived.
 * Arguments: data folder, first number, pause between writes in milliseconds.
 */
public final class CrashWriter {

    private CrashWriter() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        long number = Long.parseLong(args[1]);
        long pauseMs = Long.parseLong(args[2]);
        try (Store store = Store.open(new DataLocations(Path.of(args[0]), false))) {
            write(store, "Échauffement " + number); // loads jOOQ's classes before the clock starts
            out.println("READY");
            while (true) {
                out.println(write(store, "Structure " + number++));
                if (pauseMs > 0) {
                    Thread.sleep(pauseMs);
                }
            }
        }
    }

    /** One organisation in its own transaction; returns its id once committed. */
    private static Long write(Store store, String name) {
        return store.transaction(dsl -> dsl.insertInto(ORGANISATION)
                .set(ORGANISATION.NAME, name)
                .set(ORGANISATION.KIND, "SUPPORT_NETWORK")
                .set(ORGANISATION.NOTES, "écrite à " + LocalDateTime.now())
                .returning(ORGANISATION.ID).fetchOne(ORGANISATION.ID));
    }
}
