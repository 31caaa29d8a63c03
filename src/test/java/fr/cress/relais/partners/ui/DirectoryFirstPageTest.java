package fr.cress.relais.partners.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.partners.Directory;
import fr.cress.relais.partners.DirectoryPage;
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
    void aPageLargerThanTheDirectoryHoldsEveryOrganisation() {
        Directory all = relais.partners().partners().directory();

        DirectoryPage page = relais.partners().partners().directoryFirstPage(10_000);

        assertThat(rows.organisations(page.directory(), today))
                .containsExactlyInAnyOrderElementsOf(rows.organisations(all, today));
    }
}
