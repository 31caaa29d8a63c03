package fr.cress.relais.partners.importing;

import fr.cress.relais.partners.Texts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Guesses what each column holds from the header's words, whatever their order, case, accents or
 * punctuation: « Raison sociale », « Nom de la structure », « Sigle », « Code postal », « Ville »,
 * « Courriel », « Mail », « Tél. »... A generic « Courriel » or « Téléphone » is the contact's when the file
 * names people, the organisation's otherwise; a bare « Nom » is the organisation's name when the file has
 * no first names and no other organisation column.
 */
public final class ColumnGuesser {

    /** Header words (folded) that say « e-mail » or « phone » without saying whose. */
    private enum Generic { EMAIL, PHONE, NAME }

    private static final Map<String, Object> SYNONYMS = new HashMap<>();

    static {
        put(ImportField.ORG_NAME, "raisonsociale", "structure", "nomdelastructure", "nomstructure", "organisation",
                "nomdelorganisation", "organisme", "nomdelorganisme", "denomination", "entreprise", "association",
                "partenaire", "etablissement", "nomdeletablissement", "societe", "organization", "company",
                "organisationname", "employeur");
        put(ImportField.ACRONYM, "sigle", "acronyme", "nomcourt", "abreviation", "acronym", "shortname");
        put(ImportField.KIND, "type", "typedestructure", "typedorganisation", "typedorganisme", "categorie",
                "famille", "typologie", "kind");
        put(ImportField.LEGAL_FORM, "formejuridique", "statut", "statutjuridique", "forme", "legalform");
        put(ImportField.ADDRESS, "adresse", "adressepostale", "adresse1", "rue", "voie", "address");
        put(ImportField.POSTAL_CODE, "codepostal", "cp", "postal", "postalcode", "zip", "zipcode");
        put(ImportField.TOWN, "ville", "commune", "localite", "town", "city");
        put(ImportField.COMMUNE_CODE, "codeinsee", "insee", "codecommune", "cog");
        put(ImportField.WEBSITE, "siteweb", "siteinternet", "site", "web", "url", "internet", "website");
        put(ImportField.ORG_EMAIL, "courrielstructure", "mailstructure", "emailstructure", "courrieldelastructure",
                "courrielgeneral", "mailgeneral", "emailgeneral", "courrieldelorganisation", "structureemail",
                "structuremail", "structurecourriel", "emaildelastructure");
        put(ImportField.ORG_PHONE, "telephonestructure", "telstructure", "standard", "teldelastructure",
                "telephonedelastructure", "telephonegeneral", "telgeneral");
        put(ImportField.TAGS, "etiquettes", "motscles", "motcle", "tags", "thematiques", "themes", "domaines");
        put(ImportField.ORG_NOTES, "notes", "note", "remarques", "remarque", "commentaires", "commentaire",
                "observations");
        put(ImportField.FIRST_NAME, "prenom", "prenomducontact", "prenomcontact", "firstname");
        put(ImportField.LAST_NAME, "nomducontact", "nomcontact", "nomdefamille", "lastname", "surname");
        put(ImportField.FULL_NAME, "contact", "interlocuteur", "nometprenom", "prenometnom", "nomprenom", "prenomnom",
                "representant", "referent", "personne", "fullname", "responsable");
        put(ImportField.JOB_TITLE, "fonction", "poste", "qualite", "titre", "jobtitle", "fonctionducontact");
        put(ImportField.CONTACT_EMAIL, "courrielcontact", "mailcontact", "emailcontact", "courrielducontact",
                "emailducontact", "mailducontact", "courrielpersonnel");
        put(ImportField.CONTACT_PHONE, "telcontact", "telephonecontact", "portable", "mobile", "telportable",
                "telducontact", "telephoneducontact", "telephoneportable", "gsm");
        put(ImportField.CONSENT_DATE, "dateduconsentement", "dateconsentement", "consentement", "consentdate");
        put(ImportField.GROUP, "groupe", "groupedetravail", "group");
        put(ImportField.ROLE, "role", "roledanslegroupe", "qualitedemembre");
        put(ImportField.JOINED_ON, "adhesion", "datedadhesion", "membredepuis", "entree", "datedentree", "depuis",
                "joined");
        put(ImportField.LEFT_ON, "sortie", "datedesortie", "depart", "datededepart", "jusquau", "left");
        put(Generic.EMAIL, "courriel", "mail", "email", "mel", "adressemail", "adresseelectronique",
                "adressecourriel", "emailaddress", "adresseemail");
        put(Generic.PHONE, "tel", "telephone", "phone", "telfixe", "fixe", "numerodetelephone", "numero");
        put(Generic.NAME, "nom", "name");
    }

    private ColumnGuesser() {
    }

    private static void put(Object field, String... keys) {
        for (String key : keys) {
            SYNONYMS.put(key, field);
        }
    }

    /** True when the header word names a field Relais knows (to find the header row under a title block). */
    public static boolean isKnownHeader(String header) {
        return SYNONYMS.containsKey(Texts.key(header));
    }

    public static ColumnMapping guess(List<String> headers) {
        List<Object> found = new ArrayList<>();
        for (String header : headers) {
            found.add(SYNONYMS.get(Texts.key(header)));
        }
        boolean organisation = found.contains(ImportField.ORG_NAME);
        boolean firstNames = found.contains(ImportField.FIRST_NAME);
        found.replaceAll(f -> f == Generic.NAME
                ? (organisation || firstNames ? ImportField.LAST_NAME : ImportField.ORG_NAME) : f);
        boolean people = found.contains(ImportField.FIRST_NAME) || found.contains(ImportField.FULL_NAME)
                || found.contains(ImportField.LAST_NAME);
        List<ImportField> fields = new ArrayList<>();
        for (Object f : found) {
            ImportField field = resolve(f, people, found);
            fields.add(field != null && fields.contains(field) ? null : field);
        }
        return new ColumnMapping(headers, fields);
    }

    private static ImportField resolve(Object found, boolean people, List<Object> all) {
        if (found instanceof ImportField field) {
            return field;
        }
        if (found == Generic.EMAIL) {
            return people && !all.contains(ImportField.CONTACT_EMAIL) ? ImportField.CONTACT_EMAIL : ImportField.ORG_EMAIL;
        }
        if (found == Generic.PHONE) {
            return people && !all.contains(ImportField.CONTACT_PHONE) ? ImportField.CONTACT_PHONE : ImportField.ORG_PHONE;
        }
        return null;
    }
}
