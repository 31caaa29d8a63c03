package fr.cress.relais.partners.export;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.Contact;

import java.util.Arrays;
import java.util.List;

/** The columns of an exported contact, the same in the workbook's « Contacts » sheet and in the CSV file. */
final class ContactColumns {

    private static final List<ExportColumn> COLUMNS = List.of(ExportColumn.LAST_NAME, ExportColumn.FIRST_NAME,
            ExportColumn.JOB_TITLE, ExportColumn.ORGANISATION, ExportColumn.EMAIL, ExportColumn.PHONE,
            ExportColumn.CONSENT_BASIS, ExportColumn.CONSENT_DATE, ExportColumn.UPDATED);

    private final I18n i18n;

    ContactColumns(I18n i18n) {
        this.i18n = i18n;
    }

    List<String> headers() {
        return COLUMNS.stream().map(i18n::label).toList();
    }

    /** The values of one contact: text, {@code LocalDate} and {@code LocalDateTime} (null when empty). */
    List<Object> row(Contact c, DirectoryTables t) {
        return Arrays.asList(c.lastName(), c.firstName(), c.jobTitle(), t.organisationNames(c), c.email(), c.phone(),
                i18n.label(c.consentBasis()), c.consentDate(), c.updatedAt());
    }
}
