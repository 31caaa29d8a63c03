package fr.cress.relais.exchange.table;

/**
 * A tabular file that cannot be read; {@link #line()} is the 1-based line or row where it went wrong, 0 when
 * the file as a whole is refused. Nothing has been read from it.
 */
public class TableFileException extends RuntimeException {

    private final TableProblem problem;
    private final long line;

    public TableFileException(TableProblem problem, long line, Throwable cause) {
        super(problem + (line > 0 ? " at line " + line : ""), cause);
        this.problem = problem;
        this.line = line;
    }

    public TableFileException(TableProblem problem, Throwable cause) {
        this(problem, 0, cause);
    }

    public TableProblem problem() {
        return problem;
    }

    public long line() {
        return line;
    }
}
