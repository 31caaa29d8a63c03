package fr.cress.relais.holders;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.error.BadInputException;
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

/** Holders on a real migrated store: save and read back, refusals, concurrent edits, bin, RGPD erasure. */
class HolderServiceTest {

    private static final LocalDate MET = LocalDate.of(2026, 10, 5);

    @TempDir
    Path dir;
    private Relais relais;
    private HolderService service;

    @BeforeEach
    void open() {
        relais = TestStores.emptyRelais(dir);
        service = relais.holders().holders();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void aHolderIsSavedWithItsNeedsAndReadBack() {
        long id = service.save(HolderFixtures.person("Marion Lebrun", "61145", MET, " Financement", "statuts",
                "financement", "mise-en-reseau"));

        Holder saved = service.get(id);
        assertThat(saved.displayName()).isEqualTo("Marion Lebrun");
        assertThat(saved.needs()).containsExactly("financement", "statuts", "mise-en-reseau");
        assertThat(saved.communeCode()).isEqualTo("61145");
        assertThat(service.rows()).singleElement().satisfies(row -> {
            assertThat(row.communeName()).isEqualTo("Domfront en Poiraie");
            assertThat(row.year()).isEqualTo(2026);
        });
        assertThat(service.commune("61145")).hasValueSatisfying(c -> {
            assertThat(c.departementName()).isEqualTo("Orne");
            assertThat(c.epciName()).isEqualTo("CC Domfront Tinchebray Interco");
        });
    }

    @Test
    void aHolderBreakingARuleIsRefusedWithEveryReasonAndNothingIsSaved() {
        Holder bad = new Holder(null, 0, " ", false, null, null, "pas-un-courriel", "06 11", null, null, null, null,
                null, "99999", Stage.IDEE, null, TestStores.CLOCK.instant().atZone(TestStores.CLOCK.getZone())
                .toLocalDate().plusDays(1), null, null, false, List.of("argent"));

        assertThatThrownBy(() -> service.save(bad))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.details())
                        .hasSize(7)
                        .anySatisfy(d -> assertThat(d).contains("commune est inconnue"))
                        .anySatisfy(d -> assertThat(d).contains("base RGPD"))
                        .anySatisfy(d -> assertThat(d).contains("courriel")));
        assertThat(service.rows()).isEmpty();
    }

    @Test
    void anEditBasedOnAnOldVersionIsRefusedAndTheOtherEditIsKept() {
        long id = service.save(HolderFixtures.person("Marion Lebrun", "14118", MET, "statuts"));
        Holder first = service.get(id);
        service.save(HolderFixtures.withVersion(first, first.version(), "Marion Lebrun-Hamon"));

        assertThatThrownBy(() -> service.save(HolderFixtures.withVersion(first, first.version(), "Marion L.")))
                .isInstanceOf(AppException.class).hasMessage("holders.error.stale");
        assertThat(service.get(id).displayName()).isEqualTo("Marion Lebrun-Hamon");
    }

    @Test
    void anonymisingErasesThePersonAndKeepsTheFigures() {
        long id = service.save(HolderFixtures.person("Marion Lebrun", "14118", MET, "statuts", "financement"));
        Holder before = service.get(id);

        service.anonymise(id, before.version());

        Holder after = service.get(id);
        assertThat(after.anonymised()).isTrue();
        assertThat(after.displayName()).isEqualTo("Porteur anonymisé n° " + id).doesNotContain("Lebrun");
        assertThat(after.firstName()).isNull();
        assertThat(after.lastName()).isNull();
        assertThat(after.email()).isNull();
        assertThat(after.phone()).isNull();
        assertThat(after.notes()).isNull();
        assertThat(after.projectName()).isNull();
        assertThat(after.projectSummary()).isNull();
        assertThat(after.communeCode()).isEqualTo("14118");
        assertThat(after.needs()).containsExactly("statuts", "financement");
        HolderStatistics stats = relais.holders().statistics(2026, 2026);
        assertThat(stats.holders()).isEqualTo(1);
        assertThat(stats.byNeed().total("statuts")).isEqualTo(1);
    }

    @Test
    void aDeletedHolderLeavesTheListAndCanBeRestored() {
        long id = service.save(HolderFixtures.person("Marion Lebrun", "14118", MET, "statuts"));

        service.delete(id, service.get(id).version());
        assertThat(service.rows()).isEmpty();
        assertThat(relais.holders().statistics(2026, 2026).holders()).isZero();
        assertThatThrownBy(() -> service.get(id)).isInstanceOf(AppException.class);

        service.restore(id);
        assertThat(service.rows()).extracting(HolderRow::id).containsExactly(id);
    }
}
