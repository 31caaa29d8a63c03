package fr.cress.relais.safety;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The integrity check reads everything, follows every foreign key and says in French what it found. */
@Tag("h2-only") // the integrity check inspects an H2 file read-only (relais check, restore)
class IntegrityServiceTest {

    @TempDir
    Path dir;

    @Test
    void theExampleProgrammeIsSound() {
        try (Relais relais = TestStores.demoRelais(dir)) {
            IntegrityReport report = new IntegrityService().check(relais.store());

            assertThat(report.ok()).isTrue();
            assertThat(report.schema().upToDate()).isTrue();
            assertThat(report.tables()).isGreaterThan(20);
            assertThat(report.foreignKeys()).isGreaterThan(20);
            assertThat(report.rows()).isGreaterThan(100);
            assertThat(report.counts()).containsEntry("organisations", relais.stats().get("organisations"));
            assertThat(String.join("\n", report.describe(I18n.french())))
                    .contains("Schéma\u202F: version " + report.schema().latest() + ", à jour.")
                    .contains("clés étrangères vérifiées")
                    .endsWith("Tout est en ordre.");
        }
    }

    @Test
    void aReferenceToAMissingRowIsFound() {
        try (Relais relais = TestStores.demoRelais(dir)) {
            var dsl = relais.store().dsl();
            dsl.execute("SET REFERENTIAL_INTEGRITY FALSE");
            dsl.execute("DELETE FROM organisation WHERE id = (SELECT MIN(organisation_id) FROM membership)");
            dsl.execute("SET REFERENTIAL_INTEGRITY TRUE");

            IntegrityReport report = new IntegrityService().check(relais.store());

            assertThat(report.ok()).isFalse();
            assertThat(report.counts()).as("no counts from a damaged store").isEmpty();
            assertThat(report.problems()).anySatisfy(p -> {
                assertThat(p.key()).isEqualTo("safety.check.orphans");
                assertThat(p.args()).contains("MEMBERSHIP", "ORGANISATION");
            });
            assertThat(String.join("\n", report.describe(I18n.french())))
                    .contains("Problèmes trouvés").contains("à une ligne absente de la table ORGANISATION");
        }
    }
}
