package fr.cress.relais.partners.importing;

import fr.cress.relais.common.i18n.Labelled;

/** What a column of an imported file holds. */
public enum ImportField implements Labelled {
    ORG_NAME, ACRONYM, KIND, LEGAL_FORM, ADDRESS, POSTAL_CODE, TOWN, COMMUNE_CODE, WEBSITE, ORG_EMAIL, ORG_PHONE,
    TAGS, ORG_NOTES,
    FIRST_NAME, LAST_NAME, FULL_NAME, JOB_TITLE, CONTACT_EMAIL, CONTACT_PHONE, CONSENT_DATE,
    GROUP, ROLE, JOINED_ON, LEFT_ON;

    @Override
    public String labelKey() {
        return "partners.import.field." + name();
    }

    /** True for the fields that describe a person rather than an organisation. */
    public boolean isContact() {
        return this == FIRST_NAME || this == LAST_NAME || this == FULL_NAME || this == JOB_TITLE
                || this == CONTACT_EMAIL || this == CONTACT_PHONE || this == CONSENT_DATE;
    }
}
