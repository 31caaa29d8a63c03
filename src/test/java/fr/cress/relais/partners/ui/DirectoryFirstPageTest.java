package fr.cress.relais.partners.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.DirectoryPage;
import fr.cress.relais.partners.Organisation;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first rows of the organisations list, shown while the whole directory loads, are the rows the whole load
 * puts first (same organisations, contacts, groups and search text), and the count tells how many will come.
 */
class DirectoryFirstPageTest {

    @TempDir
    Path dir;

    private Relais relais;
    private final DirectoryRows rows = new DirectoryRows(I18n.french());
    private final LocalDate today = LocalDate.now(TestStores.CLOCK);

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theFirstPageHoldsTheFirstRowsOfTheWholeList() {
        Directory all = relais.partners().partners().directory();
        List<OrganisationRow> whole = rows.organisations(all, today).stream()
                .sorted(Comparator.comparing(OrganisationRow::name)).toList();

        DirectoryPage page = relais.partners().partners().directoryFirstPage(7);

        assertThat(page.organisations()).isEqualTo(all.organisations().size()).isGreaterThan(7);
        assertThat(rows.organisations(page.directory(), today).stream()
                .sorted(Comparator.comparing(OrganisationRow::name)).toList())
                .containsExactlyElementsOf(whole.subList(0, 7));
        assertThat(whole.subList(0, 7)).anyMatch(r -> !r.contacts().isEmpty()).anyMatch(r -> !r.groupIds().isEmpty());
    }

    @Test
    void theFirstPageComesInTheFrenchOrderOfTheListWhateverTheAccentsCaseAndLigatures() {
        for (String name : List.of("Œuvre du Bocage", "oeuvre de Flers", "Ofelia", "Écouché Solidarité",
                "ecole des Possibles", "Eden", "Élan", "Ëlan bis", "elagage", "Zèbre", "Ä Venir", "a vendre", "AAA",
                "abc", "Çà et là", "cabane", "Île aux Savoirs", "ilot", "Idée", "idéal")) {
            Organisation o = Organisation.blank();
            relais.partners().partners().save(new Organisation(null, name, "", o.kind(), null, "", "", "Caen", "", "",
                    "", "", List.of(), "", 0, null));
        }
        Directory all = relais.partners().partners().directory();
        List<OrganisationRow> whole = rows.organisations(all, today).stream()
                .sorted(Comparator.comparing(OrganisationRow::name)).toList();

        for (int size : new int[]{1, 12, 25}) {
            DirectoryPage page = relais.partners().partners().directoryFirstPage(size);

            assertThat(page.directory().organisations()).extracting(Organisation::name)
                    .containsExactlyElementsOf(whole.subList(0, size).stream().map(r -> r.organisation().name()).toList());
            assertThat(page.organisations()).isEqualTo(whole.size());
            assertThat(rows.organisations(page.directory(), today)).containsExactlyElementsOf(whole.subList(0, size));
        }
    }

    @Test
    void aPageLargerThanTheDirectoryHoldsEveryOrganisation() {
        Directory all = relais.partners().partners().directory();

        DirectoryPage page = relais.partners().partners().directoryFirstPage(10_000);

        assertThat(rows.organisations(page.directory(), today))
                .containsExactlyInAnyOrderElementsOf(rows.organisations(all, today));
    }
}
