package fr.cress.relais.holders;

import java.nio.file.Path;
import java.util.List;

/** Reads every text of a workbook, for tests of other packages (the command line). */
public final class HoldersExportTestSupport {

    private HoldersExportTestSupport() {
    }

    public static List<String> texts(Path file) throws Exception {
        return HoldersExportTest.texts(file);
    }
}
