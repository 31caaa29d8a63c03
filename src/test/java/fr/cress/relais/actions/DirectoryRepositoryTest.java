package fr.cress.relais.actions;

import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static fr.cress.relais.db.generated.Tables.CONTACT;
import static fr.cress.relais.db.generated.Tables.ORGANISATION_CONTACT;
import static org.assertj.core.api.Assertions.assertThat;

/** The contacts the action editor offers: every live contact, with the first organisation they belong to. */
class DirectoryRepositoryTest {

    @TempDir
    Path dir;
    private Relais relais;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void eachContactComesWithTheSmallestOrganisationIdOfItsMemberships() {
        var dsl = relais.core().dsl();
        Map<Long, Long> expected = dsl.select(ORGANISATION_CONTACT.CONTACT_ID, DSL.min(ORGANISATION_CONTACT.ORGANISATION_ID))
                .from(ORGANISATION_CONTACT).groupBy(ORGANISATION_CONTACT.CONTACT_ID)
                .fetchMap(r -> r.value1(), r -> r.value2());
        List<Long> live = dsl.select(CONTACT.ID).from(CONTACT)
                .where(CONTACT.DELETED_AT.isNull().and(CONTACT.ANONYMISED.isFalse()))
                .orderBy(CONTACT.LAST_NAME, CONTACT.FIRST_NAME).fetch(CONTACT.ID);

        List<ContactRef> contacts = new DirectoryRepository(dsl).contacts();

        assertThat(contacts).extracting(ContactRef::id).containsExactlyElementsOf(live);
        assertThat(contacts).allSatisfy(c -> assertThat(c.organisationId()).isEqualTo(expected.get(c.id())));
        assertThat(contacts).anySatisfy(c -> assertThat(c.organisationId()).isNotNull());
    }

    @Test
    void theOutlineNamesTheOrganisationsButLeavesTheContactsOut() {
        ProgrammeService programmes = relais.actions().programmes();
        long id = programmes.current().orElseThrow().id();

        ProgrammeSnapshot outline = programmes.outline(id);
        ProgrammeSnapshot full = programmes.snapshot(id);

        assertThat(outline.directory().contacts()).isEmpty();
        assertThat(outline.directory().organisationsInOrder()).isEqualTo(full.directory().organisationsInOrder());
        assertThat(outline.actions()).isEqualTo(full.actions());
        assertThat(outline.actions()).allSatisfy(a -> {
            assertThat(outline.partnerLabels(a)).isEqualTo(full.partnerLabels(a));
            assertThat(outline.contactsOf(a)).isEqualTo(full.contactsOf(a));
            assertThat(outline.indicatorsOf(a)).isEqualTo(full.indicatorsOf(a));
        });
    }
}
