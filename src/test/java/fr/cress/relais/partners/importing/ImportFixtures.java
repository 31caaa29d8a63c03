package fr.cress.relais.partners.importing;

import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

/**
 * Writes the workbook fixtures of the import tests under src/test/resources/fr/cress/relais/partners/import:
 * the partner list as a spreadsheet saves it (a title row, the header, a date cell, a postal code typed as a
 * number, a phone as text), a truncated copy, and a copy protected by a password (agile encryption).
 * Run {@code main} again to regenerate them.
 */
public final class ImportFixtures {

    static final String PASSWORD = "relais";

    private ImportFixtures() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/test/resources/fr/cress/relais/partners/import");
        byte[] list = partnerList();
        Files.write(dir.resolve("partenaires.xlsx"), list);
        Files.write(dir.resolve("tronque.xlsx"), Arrays.copyOf(list, list.length / 2));
        Files.write(dir.resolve("protege.xlsx"), encrypted(list));
    }

    /** The same list as the CSV fixtures, as Excel or LibreOffice would save it. */
    static byte[] partnerList() throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Partenaires 2026");
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy"));
            sheet.createRow(0).createCell(0).setCellValue("Liste des partenaires – mise à jour novembre 2026");
            String[] header = {"Structure", "Sigle", "Type", "Adresse", "CP", "Commune", "Courriel", "Téléphone",
                    "Prénom", "Nom", "Fonction", "Mail contact", "Portable", "Date d’adhésion", "Groupe"};
            row(sheet, 2, (Object[]) header);
            row(sheet, 3, "Association Écouché Solidarité", "AES", "Réseau d’accompagnement", "3 rue de l’Église", 61150,
                    "Écouché", "contact@ecouche-solidarite.fr", "02 33 35 10 20", "Hélène", "Lefèvre", "Présidente",
                    "helene.lefevre@ecouche-solidarite.fr", "0612345678", LocalDate.of(2024, 3, 15), "Entreprendre autrement");
            row(sheet, 4, "Coopérative Bocage & Cie", null, "Entreprise de l’ESS", "12 place du Marché", 14500,
                    "Vire Normandie", null, 231680011, "François", "Duchêne", "Gérant", "f.duchene@bocage-cie.fr");
            row(sheet, 5, "Coopérative Bocage & Cie", null, "Entreprise de l’ESS", "12 place du Marché", 14500,
                    "Vire Normandie", null, 231680011, "Anaïs", "Morel", "Chargée de projet", "a.morel@bocage-cie.fr",
                    null, LocalDate.of(2025, 9, 1), "Salon Planète Créa");
            row(sheet, 6, "Fonds Œuvre Normande; solidarité", "FON", "Financeur", null, 14000, "Caen", "info@fon.fr",
                    "+33 2 31 00 00 00");
            for (Row r : sheet) {
                for (var c : r) {
                    if (c.getCellType() == org.apache.poi.ss.usermodel.CellType.NUMERIC && c.getColumnIndex() == 13) {
                        c.setCellStyle(date);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void row(Sheet sheet, int index, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v instanceof String s) {
                row.createCell(i).setCellValue(s);
            } else if (v instanceof Number n) {
                row.createCell(i).setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                row.createCell(i).setCellValue(d);
            }
        }
    }

    /** An OOXML package protected by a password, as Excel writes it (an OLE2 container). */
    static byte[] encrypted(byte[] xlsx) throws Exception {
        try (POIFSFileSystem fs = new POIFSFileSystem(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.agile);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword(PASSWORD);
            try (OutputStream os = encryptor.getDataStream(fs)) {
                os.write(xlsx);
            }
            fs.writeFilesystem(out);
            return out.toByteArray();
        }
    }
}
