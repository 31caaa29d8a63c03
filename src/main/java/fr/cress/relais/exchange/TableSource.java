package fr.cress.relais.exchange;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * What was found when opening a tabular file: its format and, for a CSV, its encoding and separator;
 * for a workbook, the sheet read.
 */
public record TableSource(Path file, Format format, Charset charset, char delimiter, String sheetName) {

    public enum Format { CSV, XLSX }
}
