package fr.cress.relais.holders;

import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.LegalForm;

import java.time.LocalDate;
import java.util.List;

/** Holders for tests, as the form would give them. */
final class HolderFixtures {

    private HolderFixtures() {
    }

    static Holder person(String name, String commune, LocalDate met, String... needs) {
        String[] parts = name.split(" ", 2);
        return new Holder(null, 0, name, false, parts[0], parts[1],
                parts[0].toLowerCase() + "@exemple.example.org", "06 11 22 33 44", ConsentBasis.CONSENT, met,
                "Projet de " + name, "Un projet décrit par " + name, Sector.ALIMENTATION, commune, Stage.IDEE,
                LegalForm.ASSOCIATION, met, ContactChannel.ACCUEIL_CRESS, "Rencontré au salon", false, List.of(needs));
    }

    static Holder withVersion(Holder h, int version, String displayName) {
        return new Holder(h.id(), version, displayName, h.collective(), h.firstName(), h.lastName(), h.email(),
                h.phone(), h.consentBasis(), h.consentDate(), h.projectName(), h.projectSummary(), h.sector(),
                h.communeCode(), h.stage(), h.legalForm(), h.firstContactOn(), h.firstContactChannel(), h.notes(),
                h.anonymised(), h.needs());
    }
}
