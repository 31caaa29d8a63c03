package fr.cress.relais.partners;

import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The example programme's directory: the CRESS and every member of the group named in the bilan 2007-2009. */
class PartnersDemoTest {

    @TempDir
    Path dir;

    private Relais relais;

    @AfterEach
    void close() {
        if (relais != null) {
            relais.close();
        }
    }

    @Test
    void theGroupHoldsTheCressAndEveryMemberNamedInTheReportWithTheirRepresentatives() {
        relais = TestStores.demoRelais(dir);
        Directory d = relais.partners().partners().directory();
        WorkGroup group = d.groups().stream().filter(g -> g.name().equals("Entreprendre autrement en Basse-Normandie"))
                .findFirst().orElseThrow();
        Map<String, Membership> members = d.memberships().stream().filter(m -> m.groupId() == group.id())
                .collect(Collectors.toMap(m -> d.organisation(m.organisationId()).orElseThrow().shortName(), m -> m));

        // « PIVERT, AFIP, URSCOP, Crédit coopératif, Crédit Mutuel, ARDES, Territoires etc., AVISE (dans le cadre du
        // partenariat 2008-2009), COORACE, Fondation MACIF, BNA, UREI, Familles Rurales » and the CRESS that leads it.
        assertThat(members).containsKeys("CRESS", "PIVERT", "AFIP", "URSCOP", "Crédit Coopératif", "Crédit Mutuel",
                "ARDES", "Territoires etc.", "AVISE", "COORACE", "Fondation MACIF", "BNA", "UREI", "Familles Rurales");
        assertThat(members.get("CRESS").role()).isEqualTo(MemberRole.PILOT);
        assertThat(members.get("AVISE").role()).isEqualTo(MemberRole.ASSOCIATE);
        assertThat(members.get("AVISE").leftOn()).isEqualTo(LocalDate.of(2009, 12, 31));
        Map<Long, Contact> contacts = d.contactsById();
        members.values().forEach(m -> assertThat(m.representativeIds()).isNotEmpty()
                .allSatisfy(id -> assertThat(contacts.get(id).organisationIds()).contains(m.organisationId())));
    }

    @Test
    void aFormerMemberStaysInTheGroupsHistoryAndSomeMembersHaveTwoContacts() {
        relais = TestStores.demoRelais(dir);
        Directory d = relais.partners().partners().directory();
        Organisation cae = d.organisations().stream().filter(o -> "CAE 61".equals(o.acronym())).findFirst().orElseThrow();
        List<Membership> history = d.memberships().stream().filter(m -> m.organisationId() == cae.id()).toList();
        assertThat(history).singleElement().satisfies(m -> {
            assertThat(m.leftOn()).isEqualTo(LocalDate.of(2009, 6, 30));
            assertThat(m.activeOn(LocalDate.of(2026, 11, 26))).isFalse();
        });
        Organisation urscop = d.organisations().stream().filter(o -> "URSCOP".equals(o.acronym())).findFirst().orElseThrow();
        assertThat(d.contactsByOrganisation().get(urscop.id())).hasSize(2);
        assertThat(urscop.tags()).contains("SCOP", "SCIC");
    }
}
