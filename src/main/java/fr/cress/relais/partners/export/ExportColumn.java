package fr.cress.relais.partners.export;

import fr.cress.relais.common.i18n.Labelled;

/** Column headers of the exported directory (worded so that Relais can import its own file again). */
public enum ExportColumn implements Labelled {
    NAME, ACRONYM, KIND, LEGAL_FORM, ADDRESS, POSTAL_CODE, TOWN, COMMUNE_CODE, WEBSITE, EMAIL, PHONE, TAGS, GROUPS,
    CONTACTS, NOTES, UPDATED, LAST_NAME, FIRST_NAME, JOB_TITLE, ORGANISATION, CONSENT_BASIS, CONSENT_DATE, GROUP,
    ROLE, JOINED, LEFT, STATUS, REPRESENTATIVES;

    @Override
    public String labelKey() {
        return "partners.export.col." + name();
    }
}
