package fr.cress.relais.partners.privacy;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.Membership;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.partners.WorkGroup;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The directory's part of a person's dossier: identity, organisations, memberships they represent. */
final class DossierSections {

    private final I18n i18n;

    DossierSections(I18n i18n) {
        this.i18n = i18n;
    }

    List<DataSection> of(Contact c, Directory directory, List<Membership> represented) {
        List<DataSection> sections = new ArrayList<>();
        sections.add(new DataSection(i18n.t("partners.privacy.section.identity"),
                columns("partners.privacy.col.field", "partners.privacy.col.value"), List.of(
                row(i18n.t("partners.privacy.field.lastName"), c.lastName()),
                row(i18n.t("partners.privacy.field.firstName"), c.firstName()),
                row(i18n.t("partners.privacy.field.jobTitle"), c.jobTitle()),
                row(i18n.t("partners.privacy.field.email"), c.email()),
                row(i18n.t("partners.privacy.field.phone"), c.phone()),
                row(i18n.t("partners.privacy.field.notes"), c.notes()),
                row(i18n.t("partners.privacy.field.consentBasis"), i18n.label(c.consentBasis())),
                row(i18n.t("partners.privacy.field.consentDate"), c.consentDate()),
                row(i18n.t("partners.privacy.field.updated"), c.updatedAt()))));
        Map<Long, Organisation> organisations = directory.organisationsById();
        List<List<Object>> orgRows = c.organisationIds().stream().map(organisations::get)
                .filter(java.util.Objects::nonNull)
                .map(o -> row(o.name(), o.acronym(), o.town())).toList();
        sections.add(new DataSection(i18n.t("partners.privacy.section.organisations"),
                columns("partners.privacy.col.organisation", "partners.privacy.col.acronym", "partners.privacy.col.town"),
                orgRows));
        Map<Long, WorkGroup> groups = directory.groupsById();
        List<List<Object>> memberRows = represented.stream().map(m -> row(
                PrivacyService.groupName(groups, m.groupId()),
                organisations.containsKey(m.organisationId()) ? organisations.get(m.organisationId()).name() : "",
                i18n.label(m.role()), m.joinedOn(), m.leftOn())).toList();
        sections.add(new DataSection(i18n.t("partners.privacy.section.memberships"),
                columns("partners.privacy.col.group", "partners.privacy.col.organisation", "partners.privacy.col.role",
                        "partners.privacy.col.joined", "partners.privacy.col.left"), memberRows));
        return sections;
    }

    private List<String> columns(String... keys) {
        return Arrays.stream(keys).map(i18n::t).toList();
    }

    private static List<Object> row(Object... values) {
        return Arrays.asList(values);
    }
}
