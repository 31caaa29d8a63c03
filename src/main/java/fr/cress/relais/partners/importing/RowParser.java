package fr.cress.relais.partners.importing;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.ConsentBasis;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Emails;
import fr.cress.relais.partners.FrenchDates;
import fr.cress.relais.partners.LegalForm;
import fr.cress.relais.partners.MemberRole;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.OrganisationKind;
import fr.cress.relais.partners.PartnerRules;
import fr.cress.relais.partners.Phones;
import fr.cress.relais.partners.Tags;
import fr.cress.relais.partners.Texts;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the cells of one row into an organisation, a contact and a membership, with the reasons a row
 * is wrong (an unreadable date, an e-mail without @, an unknown type...). Phones come out normalised.
 */
final class RowParser {

    private final ColumnMapping mapping;
    private final LocalDate today;
    private final I18n i18n;
    private final EnumMatcher<OrganisationKind> kinds;
    private final EnumMatcher<LegalForm> legalForms;
    private final EnumMatcher<MemberRole> roles;

    RowParser(ColumnMapping mapping, I18n i18n, LocalDate today) {
        this.mapping = mapping;
        this.today = today;
        this.i18n = i18n;
        this.kinds = new EnumMatcher<>(OrganisationKind.class, i18n)
                .synonym(OrganisationKind.SUPPORT_NETWORK, "réseau", "accompagnement", "accompagnateur")
                .synonym(OrganisationKind.FUNDER, "financement", "banque")
                .synonym(OrganisationKind.LOCAL_AUTHORITY, "collectivité territoriale", "commune", "département", "région")
                .synonym(OrganisationKind.UNIVERSITY, "université", "formation", "école", "enseignement")
                .synonym(OrganisationKind.SSE_ENTERPRISE, "entreprise", "entreprise ESS", "structure ESS")
                .synonym(OrganisationKind.INSTITUTION, "institutionnel");
        this.legalForms = new EnumMatcher<>(LegalForm.class, i18n)
                .synonym(LegalForm.ASSOCIATION, "asso", "loi 1901")
                .synonym(LegalForm.COOPERATIVE, "coop", "SCA")
                .synonym(LegalForm.MUTUAL, "mutualité")
                .synonym(LegalForm.FOUNDATION, "fonds de dotation")
                .synonym(LegalForm.PUBLIC_BODY, "EPA", "EPIC", "EPCI", "établissement public")
                .synonym(LegalForm.LOCAL_AUTHORITY, "collectivité")
                .synonym(LegalForm.COMPANY, "SARL", "SAS", "SA", "EURL", "société");
        this.roles = new EnumMatcher<>(MemberRole.class, i18n)
                .synonym(MemberRole.PILOT, "animateur", "chef de file", "coordinateur")
                .synonym(MemberRole.ASSOCIATE, "associé", "partenaire");
    }

    ParsedRow parse(long line, List<String> cells) {
        List<ImportNote> errors = new ArrayList<>();
        Organisation organisation = organisation(cells, errors);
        Contact contact = contact(cells, errors);
        ParsedRow.GroupLine group = group(cells, errors);
        if (Texts.isBlank(organisation.name()) && Texts.isBlank(organisation.acronym())) {
            errors.add(0, ImportNote.of("partners.import.error.noName"));
        }
        return new ParsedRow(line, organisation, contact, group, errors);
    }

    private Organisation organisation(List<String> cells, List<ImportNote> errors) {
        String name = value(cells, ImportField.ORG_NAME);
        String acronym = value(cells, ImportField.ACRONYM);
        OrganisationKind kind = enumValue(cells, ImportField.KIND, kinds, errors);
        LegalForm form = enumValue(cells, ImportField.LEGAL_FORM, legalForms, errors);
        Organisation o = new Organisation(null, name == null ? acronym : name, name == null ? null : acronym, kind, form,
                value(cells, ImportField.ADDRESS), postalCode(value(cells, ImportField.POSTAL_CODE)),
                value(cells, ImportField.TOWN), value(cells, ImportField.COMMUNE_CODE),
                value(cells, ImportField.WEBSITE), Emails.extract(value(cells, ImportField.ORG_EMAIL)),
                Phones.normaliseOrKeep(value(cells, ImportField.ORG_PHONE)),
                Tags.parse(value(cells, ImportField.TAGS)), value(cells, ImportField.ORG_NOTES), 0, null);
        PartnerRules.organisation(o).stream()
                .filter(p -> p.field() != fr.cress.relais.partners.Field.NAME)
                .forEach(p -> errors.add(new ImportNote(p.messageKey(), p.args())));
        return o;
    }

    private Contact contact(List<String> cells, List<ImportNote> errors) {
        String first = value(cells, ImportField.FIRST_NAME);
        String last = value(cells, ImportField.LAST_NAME);
        String full = value(cells, ImportField.FULL_NAME);
        if (last == null && full != null) {
            String[] split = FullNames.split(full);
            first = first == null ? split[0] : first;
            last = split[1];
        }
        String email = Emails.extract(value(cells, ImportField.CONTACT_EMAIL));
        if (last == null && first == null && email == null) {
            return null;
        }
        LocalDate consent = date(cells, ImportField.CONSENT_DATE, errors);
        Contact c = new Contact(null, first, last, value(cells, ImportField.JOB_TITLE), email,
                Phones.normaliseOrKeep(value(cells, ImportField.CONTACT_PHONE)), null,
                consent == null ? null : ConsentBasis.LEGITIMATE_INTEREST, consent, false, List.of(), 0, null);
        PartnerRules.contact(c, today).forEach(p -> errors.add(new ImportNote(p.messageKey(), p.args())));
        return c;
    }

    private ParsedRow.GroupLine group(List<String> cells, List<ImportNote> errors) {
        String group = value(cells, ImportField.GROUP);
        MemberRole role = enumValue(cells, ImportField.ROLE, roles, errors);
        LocalDate joined = date(cells, ImportField.JOINED_ON, errors);
        LocalDate left = date(cells, ImportField.LEFT_ON, errors);
        if (group == null) {
            return null;
        }
        if (joined != null && left != null && left.isBefore(joined)) {
            errors.add(ImportNote.of("partners.rule.leftBeforeJoined"));
        }
        return new ParsedRow.GroupLine(group, role, joined, left);
    }

    private <E extends Enum<E> & fr.cress.relais.common.i18n.Labelled> E enumValue(
            List<String> cells, ImportField field, EnumMatcher<E> matcher, List<ImportNote> errors) {
        String text = value(cells, field);
        if (text == null) {
            return null;
        }
        return matcher.match(text).orElseGet(() -> {
            errors.add(ImportNote.of("partners.import.error.value", i18n.label(field), text));
            return null;
        });
    }

    private LocalDate date(List<String> cells, ImportField field, List<ImportNote> errors) {
        String text = value(cells, field);
        if (text == null) {
            return null;
        }
        return FrenchDates.parse(text, today).orElseGet(() -> {
            errors.add(ImportNote.of("partners.import.error.date", i18n.label(field), text));
            return null;
        });
    }

    /** A spreadsheet drops the leading zero of 01000 or 09100: put it back. */
    private static String postalCode(String text) {
        return text != null && text.matches("\\d{4}") ? "0" + text : text;
    }

    private String value(List<String> cells, ImportField field) {
        return mapping.columnOf(field).filter(i -> i < cells.size()).map(cells::get).map(Texts::clean).orElse(null);
    }
}
