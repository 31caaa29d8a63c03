package fr.cress.relais.partners.importing;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.exchange.table.TableFileException;

import java.nio.file.Path;

/** Words each reason a file is refused, says what to do, and that nothing was imported. */
final class FileProblems {

    private FileProblems() {
    }

    static BadInputException refusal(TableFileException e, Path file) {
        String name = file.getFileName().toString();
        String key = switch (e.problem()) {
            case UNREADABLE -> "partners.import.file.unreadable";
            case EMPTY -> "partners.import.file.empty";
            case TOO_LARGE -> "partners.import.file.tooLarge";
            case UNSUPPORTED -> "partners.import.file.unsupported";
            case NOT_XLSX -> "partners.import.file.notXlsx";
            case OLD_EXCEL -> "partners.import.file.oldExcel";
            case ENCRYPTED -> "partners.import.file.encrypted";
            case TRUNCATED -> "partners.import.file.truncated";
            case SUSPICIOUS -> "partners.import.file.suspicious";
            case NOT_TEXT -> "partners.import.file.notText";
            case MALFORMED -> "partners.import.file.malformed";
        };
        return new BadInputException(e, java.util.List.of(), key, name, e.line());
    }
}
