package fr.cress.relais.holders;

import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The first rows of the list of holders are exactly the head of the whole list, figures included. */
class HolderRowsTest {

    @TempDir
    Path dir;
    private Relais relais;
    private HolderService service;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        service = relais.holders().holders();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theFirstRowsAreTheHeadOfTheWholeListWithTheSameFigures() {
        List<HolderRow> all = service.rows();
        assertThat(all).hasSizeGreaterThan(20);
        assertThat(all).anySatisfy(r -> assertThat(r.followUpsDue()).isPositive());
        assertThat(all).anySatisfy(r -> assertThat(r.referrals()).isPositive());
        assertThat(all).anySatisfy(r -> assertThat(r.needs()).isNotEmpty());

        for (int n : new int[]{1, 7, 20, all.size()}) {
            assertThat(service.firstRows(n)).as("first %d rows", n).containsExactlyElementsOf(all.subList(0, n));
        }
        assertThat(service.firstRows(all.size() + 50)).containsExactlyElementsOf(all);
        assertThat(service.count()).isEqualTo(all.size());
    }

    @Test
    void aDeletedHolderIsNeitherInTheFirstRowsNorCounted() {
        HolderRow first = service.rows().get(0);
        int before = service.count();

        service.delete(first.id(), service.get(first.id()).version());

        assertThat(service.firstRows(5)).extracting(HolderRow::id).doesNotContain(first.id());
        assertThat(service.firstRows(5)).containsExactlyElementsOf(service.rows().subList(0, 5));
        assertThat(service.count()).isEqualTo(before - 1);
    }
}
