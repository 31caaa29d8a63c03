package fr.cress.relais.partners.importing;

import fr.cress.relais.exchange.TableSource;

import java.util.List;

/**
 * A partner list just opened: how it was read (format, encoding, separator, sheet), where its header row
 * is, the header's words, a few rows to show in the mapping dialog, and the mapping Relais guesses.
 */
public record ImportFile(TableSource source, long headerLine, List<String> headers, List<List<String>> sample,
                         ColumnMapping guessed) {

    public ImportFile {
        headers = List.copyOf(headers);
        sample = List.copyOf(sample);
    }
}
