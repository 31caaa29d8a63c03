package fr.cress.relais.exchange.xlsx;

import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashSet;
import java.util.Set;

/**
 * An Excel workbook as partners receive it from Relais. Two modes:
 * <ul>
 *   <li>{@link #streaming()} for long lists (rows are flushed to disk as they are written; memory stays flat);</li>
 *   <li>{@link #report()} for reports with formulas (bilans, plans): formulas are evaluated before saving so
 *       that every spreadsheet shows their values, and they recalculate when a figure is edited.</li>
 * </ul>
 * <pre>
 * try (XlsxWorkbook book = XlsxWorkbook.streaming()) {
 *     SheetWriter sheet = book.sheet("Organisations", false);
 *     sheet.titleBlock("Annuaire des partenaires", "Groupe « Entreprendre autrement »", "Exporté le 26/11/2026 par la CRESS");
 *     sheet.header(Column.of("Nom"), Column.of("Sigle"), Column.of("Adhésion"));
 *     sheet.row("ARDES", "ARDES", LocalDate.of(2007, 3, 1));
 *     sheet.finish();
 *     book.save(path);
 * }
 * </pre>
 */
public final class XlsxWorkbook implements AutoCloseable {

    private final Workbook workbook;
    private final boolean evaluate;
    private final Styles styles;
    private final Set<String> sheetNames = new HashSet<>();

    private XlsxWorkbook(Workbook workbook, boolean evaluate) {
        this.workbook = workbook;
        this.evaluate = evaluate;
        this.styles = new Styles(workbook);
    }

    public static XlsxWorkbook streaming() {
        SXSSFWorkbook wb = new SXSSFWorkbook(100);
        wb.setCompressTempFiles(true);
        return new XlsxWorkbook(wb, false);
    }

    public static XlsxWorkbook report() {
        return new XlsxWorkbook(new XSSFWorkbook(), true);
    }

    /** A new sheet; the name is made valid and unique (31 characters, no {@code []:*?/\}). */
    public SheetWriter sheet(String name, boolean landscape) {
        String base = WorkbookUtil.createSafeSheetName(name == null || name.isBlank() ? "Feuille" : name, '-');
        String unique = base;
        for (int i = 2; sheetNames.contains(unique.toLowerCase()); i++) {
            String suffix = " (" + i + ")";
            unique = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        sheetNames.add(unique.toLowerCase());
        return new SheetWriter(workbook.createSheet(unique), styles, landscape);
    }

    /** Writes the workbook to {@code file} through a temporary file, so a failure never leaves half a file. */
    public void save(Path file) throws IOException {
        if (evaluate) {
            XSSFFormulaEvaluator.evaluateAllFormulaCells((XSSFWorkbook) workbook);
        }
        workbook.setForceFormulaRecalculation(true);
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".relais-", ".xlsx.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                workbook.write(out);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    @Override
    public void close() throws IOException {
        if (workbook instanceof SXSSFWorkbook sxssf) {
            sxssf.dispose();
        }
        workbook.close();
    }
}
