package fr.cress.relais.holders;

import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.LegalForm;

import java.time.LocalDate;
import java.util.List;

/**
 * A project holder as the form edits it: a person or a collective, the project, where it is, how far it
 * has come, and what it needs. {@code id} is null for a new holder; {@code version} guards concurrent edits.
 */
public record Holder(Long id, int version, String displayName, boolean collective, String firstName,
                     String lastName, String email, String phone, ConsentBasis consentBasis, LocalDate consentDate,
                     String projectName, String projectSummary, Sector sector, String communeCode, Stage stage,
                     LegalForm legalForm, LocalDate firstContactOn, ContactChannel firstContactChannel,
                     String notes, boolean anonymised, List<String> needs) {

    public Holder {
        needs = needs == null ? List.of() : List.copyOf(needs);
    }

    public boolean isNew() {
        return id == null;
    }

    /** A blank holder first met today. */
    public static Holder blank(LocalDate today) {
        return new Holder(null, 0, "", false, null, null, null, null, ConsentBasis.CONSENT, today, null, null,
                null, null, Stage.IDEE, null, today, ContactChannel.ACCUEIL_CRESS, null, false, List.of());
    }
}
