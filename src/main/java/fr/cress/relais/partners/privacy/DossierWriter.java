package fr.cress.relais.partners.privacy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.exchange.xlsx.Column;
import fr.cress.relais.exchange.xlsx.SheetWriter;
import fr.cress.relais.exchange.xlsx.XlsxWorkbook;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes a person's dossier as an Excel workbook (one sheet per section) or as JSON (machine-readable). */
public final class DossierWriter {

    private final I18n i18n;

    public DossierWriter(I18n i18n) {
        this.i18n = i18n;
    }

    /** « Données personnelles - Claire Lemonnier - 2026-11-26 ». */
    public String suggestedName(ContactDossier dossier) {
        return i18n.t("partners.privacy.fileName", dossier.contact().fullName(), dossier.gatheredAt().toLocalDate().toString());
    }

    public void writeXlsx(ContactDossier dossier, Path file) throws IOException {
        String subtitle = i18n.t("partners.privacy.made", Formats.dateTime(dossier.gatheredAt()));
        try (XlsxWorkbook book = XlsxWorkbook.report()) {
            for (DataSection section : dossier.sections()) {
                SheetWriter sheet = book.sheet(section.title(), false);
                sheet.titleBlock(i18n.t("partners.privacy.title", dossier.contact().fullName()) + " – " + section.title(),
                        subtitle);
                sheet.header(section.columns().stream().map(Column::of).toList());
                section.rows().forEach(r -> sheet.row(r.toArray()));
                sheet.finish();
            }
            book.save(file);
        }
    }

    public void writeJson(ContactDossier dossier, Path file) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("contact", dossier.contact().fullName());
        root.put("gatheredAt", dossier.gatheredAt().toString());
        List<Map<String, Object>> sections = new ArrayList<>();
        for (DataSection section : dossier.sections()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (List<Object> row : section.rows()) {
                Map<String, Object> values = new LinkedHashMap<>();
                for (int i = 0; i < section.columns().size() && i < row.size(); i++) {
                    values.put(section.columns().get(i), plain(row.get(i)));
                }
                rows.add(values);
            }
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("title", section.title());
            s.put("rows", rows);
            sections.add(s);
        }
        root.put("sections", sections);
        Path tmp = Files.createTempFile(file.toAbsolutePath().getParent(), ".relais-", ".json.tmp");
        try {
            new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(tmp.toFile(), root);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static Object plain(Object value) {
        return value instanceof TemporalAccessor ? value.toString() : value;
    }
}
