package fr.cress.relais.territory;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.error.AppException;
import fr.cress.relais.db.AppSettingsRepository;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static fr.cress.relais.db.generated.Tables.COMMUNE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The shipped territory reference reaches every store, once, and other regions load the same way. */
class TerritoryReferenceTest {

    @TempDir
    Path dir;
    Relais relais;

    @BeforeEach
    void open() {
        relais = TestStores.emptyRelais(dir);
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void everyStoreHoldsTheBasseNormandieReference() {
        assertThat(relais.stats()).containsEntry("communes", 1352L).containsEntry("epci", 40L)
                .containsEntry("departements", 3L);
        assertThat(relais.territory().reference().loadedVersions()).containsExactly("basse-normandie:2026-11-26");
        assertThat(relais.territory().reference().ensureLoaded("basse-normandie")).isFalse();
    }

    @Test
    void anotherRegionLoadsBesideItWithQuotedAndAccentedNames() {
        assertThat(relais.territory().reference().ensureLoaded("mini")).isTrue();

        assertThat(relais.stats()).containsEntry("communes", 1358L).containsEntry("departements", 4L);
        CoverageService coverage = relais.territory().coverage();
        assertThat(coverage.commune("99006").orElseThrow().name()).isEqualTo("Commune F; Haute");
        assertThat(coverage.commune("99006").orElseThrow().epciCode()).isNull();
        assertThat(coverage.commune("99005").orElseThrow().name()).isEqualTo("Commune É-d'Ici");
        assertThat(coverage.commune("99003").orElseThrow().approx()).isTrue();
        assertThat(relais.territory().reference().loadedVersions())
                .containsExactly("basse-normandie:2026-11-26", "mini:2026-01-01");
    }

    @Test
    void aNewEditionOfTheAssetReplacesTheOldOne() {
        relais.territory().reference().ensureLoaded("mini");
        relais.store().dsl().update(COMMUNE).set(COMMUNE.NAME, "Ancien nom").where(COMMUNE.CODE.eq("99001")).execute();
        relais.store().dsl().insertInto(COMMUNE).set(COMMUNE.CODE, "99999").set(COMMUNE.NAME, "Fusionnée")
                .set(COMMUNE.DEPARTEMENT_CODE, "99").execute();
        new AppSettingsRepository(relais.store().dsl()).put(TerritoryReference.SETTING,
                "basse-normandie:2026-11-26,mini:2025-01-01");

        assertThat(relais.territory().reference().ensureLoaded("mini")).isTrue();

        assertThat(relais.territory().coverage().commune("99001").orElseThrow().name()).isEqualTo("Commune A");
        assertThat(relais.territory().coverage().commune("99999")).isEmpty();
        assertThat(relais.territory().reference().loadedVersions())
                .containsExactly("basse-normandie:2026-11-26", "mini:2026-01-01");
    }

    @Test
    void aStoreHoldingTheSameEditionIsNotWrittenAgain() {
        relais.territory().reference().ensureLoaded("mini");
        relais.store().dsl().update(COMMUNE).set(COMMUNE.NAME, "Renommée ici").where(COMMUNE.CODE.eq("99001")).execute();

        assertThat(relais.territory().reference().ensureLoaded("mini")).isFalse();
        assertThat(relais.territory().reference().ensureLoaded("basse-normandie")).isFalse();

        assertThat(relais.territory().coverage().commune("99001").orElseThrow().name()).isEqualTo("Renommée ici");
        assertThat(relais.territory().reference().loadedVersions())
                .containsExactly("basse-normandie:2026-11-26", "mini:2026-01-01");
    }

    @Test
    void aStoreNotedUpToDateButWithoutTheCommunesLoadsThemAgain() {
        relais.territory().reference().ensureLoaded("mini");
        relais.store().dsl().deleteFrom(COMMUNE).where(COMMUNE.DEPARTEMENT_CODE.eq("99")).execute();

        assertThat(relais.territory().reference().ensureLoaded("mini")).isTrue();

        assertThat(relais.stats()).containsEntry("communes", 1358L);
        assertThat(relais.territory().reference().loadedVersions())
                .containsExactly("basse-normandie:2026-11-26", "mini:2026-01-01");
    }

    @Test
    void anUnknownRegionIsRefused() {
        assertThatThrownBy(() -> relais.territory().reference().ensureLoaded("atlantide"))
                .isInstanceOf(AppException.class)
                .extracting(e -> ((AppException) e).messageKey()).isEqualTo("territory.reference.unknownRegion");
        assertThatThrownBy(() -> relais.territory().reference().ensureLoaded("../secret"))
                .isInstanceOf(AppException.class);
    }
}
