package fr.cress.relais.partners;

/** The fields of the directory's forms that a rule can find wrong. */
public enum Field {
    NAME, ACRONYM, WEBSITE, EMAIL, PHONE, POSTAL_CODE, COMMUNE_CODE, FIRST_NAME, LAST_NAME, CONSENT_DATE,
    ORGANISATION, GROUP, JOINED_ON, LEFT_ON, REPRESENTATIVES
}
