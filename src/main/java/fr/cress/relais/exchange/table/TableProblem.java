package fr.cress.relais.exchange.table;

/** Why a tabular file (CSV or Excel) cannot be read. Each feature words it for the user. */
public enum TableProblem {
    /** The file does not exist or cannot be read (rights, lock). */
    UNREADABLE,
    /** Zero bytes, or no row with a value. */
    EMPTY,
    /** Bigger than the limits (bytes or rows). */
    TOO_LARGE,
    /** Neither .xlsx nor .csv (an .ods, a .pdf...). */
    UNSUPPORTED,
    /** Named .xlsx but not an Excel workbook (a text file renamed, another kind of zip). */
    NOT_XLSX,
    /** An Excel 97-2003 workbook (.xls). */
    OLD_EXCEL,
    /** A workbook protected by a password. */
    ENCRYPTED,
    /** A workbook cut short or damaged (interrupted download, broken zip). */
    TRUNCATED,
    /** Content that a safe reader refuses: zip bomb, external entities. */
    SUSPICIOUS,
    /** Named .csv but not text. */
    NOT_TEXT,
    /** A CSV with an unclosed quote, a workbook with broken XML. */
    MALFORMED
}
