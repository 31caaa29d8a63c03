package fr.cress.relais.actions;

/** An organisation taking part in a joint action, with its role (one row per role). */
public record ActionPartner(long organisationId, PartnerRole role) {
}
