package fr.cress.relais.partners;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.db.StaleDataException;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving organisations, contacts and memberships: rules, optimistic locking, recycle bin. */
class PartnerServiceTest {

    @TempDir
    Path dir;

    private Relais relais;
    private PartnerService service;

    @BeforeEach
    void open() {
        relais = TestStores.emptyRelais(dir);
        service = relais.partners().partners();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    private static Organisation org(String name) {
        return new Organisation(null, name, null, OrganisationKind.SUPPORT_NETWORK, LegalForm.ASSOCIATION, null,
                "14000", "Caen", null, null, null, null, List.of(), null, 0, null);
    }

    @Test
    void anOrganisationIsSavedNormalisedAndAnInvalidOneIsRefusedWithFrenchReasons() {
        Organisation saved = service.save(new Organisation(null, "  Atelier du Bocage ", "ADB", OrganisationKind.SSE_ENTERPRISE,
                LegalForm.SCIC, null, "14500", "Vire", null, null, "contact@bocage.fr", "+33 (0)2.31.68.00.11",
                List.of("rural", " Rural", "bois"), null, 0, null));
        assertThat(saved.id()).isNotNull();
        assertThat(saved.name()).isEqualTo("Atelier du Bocage");
        assertThat(saved.phone()).isEqualTo("02 31 68 00 11");
        assertThat(saved.tags()).containsExactly("rural", "bois");

        Organisation bad = new Organisation(null, " ", null, OrganisationKind.OTHER, null, null, "140", null, null,
                null, "contact-at-bocage", "12", List.of(), null, 0, null);
        assertThatThrownBy(() -> service.save(bad)).isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).details()).containsExactly(
                        "Le nom de l’organisation est obligatoire.",
                        "Le courriel «\u202Fcontact-at-bocage\u202F» n’est pas une adresse valide (exemple\u202F: prenom.nom@structure.fr).",
                        "Le téléphone «\u202F12\u202F» n’est pas un numéro valide (exemple\u202F: 02 31 06 09 23 ou +33 2 31 06 09 23).",
                        "Le code postal doit avoir 5 chiffres (exemple\u202F: 14000)."));
        assertThat(service.directory().organisations()).hasSize(1);
    }

    @Test
    void aSecondOrganisationWithTheSameNameIsRefused() {
        service.save(org("Territoires etc."));
        assertThatThrownBy(() -> service.save(org("TERRITOIRES ETC")))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(new ErrorMessages(I18n.french()).describe(e)).contains("porte déjà ce nom"));
    }

    @Test
    void savingOverSomeoneElsesChangeIsRefusedAndKeepsTheStoredVersion() {
        Organisation first = service.save(org("ARDES"));
        Organisation mine = new Organisation(first.id(), "ARDES", "ARDES", first.kind(), first.legalForm(), null, "14000",
                "Caen", null, null, null, null, List.of(), "ma note", first.version(), null);
        Organisation theirs = new Organisation(first.id(), "ARDES", "ARDES", first.kind(), first.legalForm(), null, "14000",
                "Hérouville", null, null, null, null, List.of(), null, first.version(), null);
        service.save(theirs);

        assertThatThrownBy(() -> service.save(mine)).isInstanceOf(StaleDataException.class);
        assertThat(service.directory().organisations()).singleElement()
                .satisfies(o -> assertThat(o.town()).isEqualTo("Hérouville"));
    }

    @Test
    void deletingMovesToTheRecycleBinAndRestoringBringsBackContactsAndMemberships() {
        Organisation o = service.save(org("URSCOP"));
        Contact c = service.save(new Contact(null, "Thomas", "Guérin", null, "thomas@urscop.fr", null, null,
                ConsentBasis.CONSENT, LocalDate.of(2026, 1, 5), false, List.of(o.id()), 0, null));
        WorkGroup g = relais.partners().groups().save(WorkGroup.blank(null).normalised().withName("Groupe"));
        relais.partners().groups().save(new Membership(null, g.id(), o.id(), MemberRole.MEMBER,
                LocalDate.of(2007, 3, 1), null, null, List.of(c.id()), 0));

        service.delete(service.directory().organisation(o.id()).orElseThrow());
        Directory afterDelete = service.directory();
        assertThat(afterDelete.organisations()).isEmpty();
        assertThat(afterDelete.memberships()).isEmpty();
        assertThat(afterDelete.contacts()).singleElement().satisfies(x -> assertThat(x.organisationIds()).isEmpty());
        assertThat(service.deletedOrganisations()).singleElement()
                .satisfies(d -> assertThat(d.item().name()).isEqualTo("URSCOP"));

        service.restoreOrganisation(o.id());
        Directory restored = service.directory();
        assertThat(restored.organisations()).hasSize(1);
        assertThat(restored.memberships()).singleElement().satisfies(m -> assertThat(m.representativeIds()).containsExactly(c.id()));
        assertThat(restored.contacts().get(0).organisationIds()).containsExactly(o.id());
        assertThat(service.deletedOrganisations()).isEmpty();
    }

    @Test
    void aMembershipCannotEndBeforeItStartsNorBeRepresentedBySomeoneElse() {
        Organisation o = service.save(org("AFIP"));
        Organisation other = service.save(org("PIVERT"));
        Contact stranger = service.save(new Contact(null, "Nicolas", "Duval", null, null, null, null, null, null,
                false, List.of(other.id()), 0, null));
        WorkGroup g = relais.partners().groups().save(WorkGroup.blank(null).withName("Groupe"));
        assertThatThrownBy(() -> relais.partners().groups().save(new Membership(null, g.id(), o.id(), MemberRole.MEMBER,
                LocalDate.of(2009, 1, 1), LocalDate.of(2008, 1, 1), null, List.of(), 0)))
                .isInstanceOf(BadInputException.class)
                .satisfies(e -> assertThat(((BadInputException) e).details()).containsExactly(
                        "La date de sortie précède la date d’entrée."));
        assertThatThrownBy(() -> relais.partners().groups().save(new Membership(null, g.id(), o.id(), MemberRole.MEMBER,
                null, null, null, List.of(stranger.id()), 0))).isInstanceOf(BadInputException.class);
        assertThat(service.directory().memberships()).isEmpty();
    }

    @Test
    void aGroupWithHistoryIsNotDeleted() {
        Organisation o = service.save(org("COORACE"));
        WorkGroup g = relais.partners().groups().save(WorkGroup.blank(null).withName("Groupe"));
        relais.partners().groups().save(new Membership(null, g.id(), o.id(), MemberRole.MEMBER, null,
                LocalDate.of(2009, 6, 30), null, List.of(), 0));
        assertThatThrownBy(() -> relais.partners().groups().delete(g)).isInstanceOf(BadInputException.class);
        WorkGroup empty = relais.partners().groups().save(WorkGroup.blank(null).withName("Vide"));
        relais.partners().groups().delete(empty);
        assertThat(relais.partners().groups().groups()).extracting(WorkGroup::name).containsExactly("Groupe");
    }
}
