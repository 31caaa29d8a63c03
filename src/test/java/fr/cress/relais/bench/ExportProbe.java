package fr.cress.relais.bench;

import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Child JVM of the export benchmark (run with a capped heap): writes the same {@code rows} x 8 cells either
 * through Relais' Excel writer ({@code relais}) or through a bare SXSSF loop ({@code bare}), one warm-up then
 * {@code runs} timed files; prints {@code EXPORT_MS=} per run and the peak heap used.
 */
public final class ExportProbe {

    private static final String[] TOWNS = {"Caen", "Saint-Lô", "Alençon", "Cherbourg-en-Cotentin", "Lisieux", "Vire Normandie"};
    private static final String[] NAMES = {"Lemonnier", "Guérin", "Hébert", "Lecœur", "Duval", "Lefèvre", "Vautier"};

    private ExportProbe() {
    }

    public static void main(String[] args) throws Exception {
        String mode = args[0];
        int rows = Integer.parseInt(args[1]);
        int runs = Integer.parseInt(args[2]);
        Path dir = Files.createTempDirectory("relais-export-");
        write(mode, rows / 5, dir.resolve("warm-up.xlsx"));
        List<Long> times = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            Path file = dir.resolve("run-" + i + ".xlsx");
            long t0 = System.nanoTime();
            write(mode, rows, file);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            times.add(ms);
            System.out.println("EXPORT_MS=" + ms);
            System.out.println("EXPORT_BYTES=" + Files.size(file));
            Files.delete(file);
        }
        Runtime rt = Runtime.getRuntime();
        System.out.println("MAX_HEAP_MB=" + rt.maxMemory() / (1024 * 1024));
    }

    private static void write(String mode, int rows, Path file) throws Exception {
        if (mode.equals("relais")) {
            relais(rows, file);
        } else {
            bare(rows, file);
        }
    }

    /** Through the project's writer: title block, frozen header, autofilter, widths, print set-up, safe text. */
    private static void relais(int rows, Path file) throws Exception {
        try (XlsxWorkbook book = XlsxWorkbook.streaming()) {
            SheetWriter sheet = book.sheet("Contacts", true);
            sheet.titleBlock("Annuaire des partenaires", "Groupe « Entreprendre autrement »", "Exporté pour la mesure");
            sheet.header(Column.of("Nom"), Column.of("Prénom"), Column.of("Organisation"), Column.of("Commune"),
                    Column.of("Courriel"), Column.of("Téléphone"), Column.of("Depuis"), Column.of("Actions"));
            for (int i = 0; i < rows; i++) {
                sheet.row(NAMES[i % NAMES.length], "Claire", "Association Solidarités " + (i % 5_000),
                        TOWNS[i % TOWNS.length], "contact" + i + "@example.org", "02 31 10 20 30",
                        LocalDate.of(2007, 1, 1).plusDays(i % 5_000), i % 37);
            }
            sheet.finish();
            book.save(file);
        }
    }

    /** The same cells with nothing else: the floor of what an SXSSF export of these rows costs. */
    private static void bare(int rows, Path file) throws Exception {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(100)) {
            wb.setCompressTempFiles(true);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            Sheet sheet = wb.createSheet("Contacts");
            Row header = sheet.createRow(0);
            String[] titles = {"Nom", "Prénom", "Organisation", "Commune", "Courriel", "Téléphone", "Depuis", "Actions"};
            for (int c = 0; c < titles.length; c++) {
                header.createCell(c).setCellValue(titles[c]);
            }
            for (int i = 0; i < rows; i++) {
                Row row = sheet.createRow(i + 1);
                row.createCell(0).setCellValue(NAMES[i % NAMES.length]);
                row.createCell(1).setCellValue("Claire");
                row.createCell(2).setCellValue("Association Solidarités " + (i % 5_000));
                row.createCell(3).setCellValue(TOWNS[i % TOWNS.length]);
                row.createCell(4).setCellValue("contact" + i + "@example.org");
                row.createCell(5).setCellValue("02 31 10 20 30");
                org.apache.poi.ss.usermodel.Cell d = row.createCell(6);
                d.setCellValue(LocalDate.of(2007, 1, 1).plusDays(i % 5_000));
                d.setCellStyle(date);
                row.createCell(7).setCellValue(i % 37);
            }
            try (var out = Files.newOutputStream(file)) {
                wb.write(out);
            }
            wb.dispose();
        }
    }
}
