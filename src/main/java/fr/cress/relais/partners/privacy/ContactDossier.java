package fr.cress.relais.partners.privacy;

import fr.cress.relais.partners.Contact;

import java.time.LocalDateTime;
import java.util.List;

/** Everything Relais holds about one person, gathered for a subject access request (RGPD, article 15). */
public record ContactDossier(Contact contact, LocalDateTime gatheredAt, List<DataSection> sections) {

    public ContactDossier {
        sections = List.copyOf(sections);
    }
}
