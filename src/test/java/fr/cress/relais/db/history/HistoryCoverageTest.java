package fr.cress.relais.db.history;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.error.ErrorMessages;
import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.db.StaleDataException;
import fr.cress.relais.partners.Contact;
import fr.cress.relais.partners.privacy.DataSection;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every business table is covered by the history, and the history travels with a person's RGPD export. */
class HistoryCoverageTest {

    @TempDir
    Path dir;
    private Relais relais;

    @BeforeEach
    void open() {
        relais = TestStores.emptyRelais(dir);
        relais.store().actingUser().use("Claire Lenoir");
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void everyBusinessTableHasAHistoryTriggerAndTechnicalTablesHaveNone() throws Exception {
        try (Connection c = relais.store().dataSource().getConnection()) {
            assertThat(HistoryTriggers.tablesWithoutHistory(c)).isEmpty();
            assertThat(HistoryTriggers.businessTables(c)).contains("organisation", "contact", "meeting",
                    "joint_action", "holder", "referral", "offer").doesNotContain("change_history",
                    "flyway_schema_history", "app_setting", "commune");
        }
    }

    @Test
    void aTableAddedByALaterMigrationGetsItsTrigger() throws Exception {
        try (Connection c = relais.store().dataSource().getConnection(); Statement s = c.createStatement()) {
            s.execute("CREATE TABLE later_table (id BIGINT PRIMARY KEY, label VARCHAR(20), created_on DATE)");
            assertThat(HistoryTriggers.tablesWithoutHistory(c)).containsExactly("later_table");

            assertThat(HistoryTriggers.install(c)).containsExactly("later_table");
            assertThat(HistoryTriggers.tablesWithoutHistory(c)).isEmpty();
            s.execute("INSERT INTO later_table VALUES (7, 'x', DATE '2026-11-26')");
            try (ResultSet rs = s.executeQuery("SELECT changes FROM change_history WHERE table_name = 'later_table'")) {
                assertThat(rs.next()).isTrue();
                // H2's trigger and PostgreSQL's function space the JSON differently: compare what it says.
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(rs.getString(1)))
                        .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper()
                                .readTree("{\"label\":[null,\"x\"],\"created_on\":[null,\"2026-11-26\"]}"));
            }
        }
    }

    @Test
    void aPersonsExportHoldsTheHistoryOfTheirRecord() {
        var partners = relais.partners().partners();
        Contact blank = Contact.blank();
        Contact saved = partners.save(new Contact(null, "Aurélie", "Desmonts", "Chargée d’accompagnement",
                "aurelie@example.org", null, null, blank.consentBasis(), blank.consentDate(), false, List.of(), 0, null));
        relais.store().actingUser().use("Bob Durand");
        partners.save(new Contact(saved.id(), "Aurélie", "Desmonts", "Déléguée régionale", "aurelie@example.org",
                null, null, saved.consentBasis(), saved.consentDate(), false, List.of(), saved.version(),
                saved.updatedAt()));

        DataSection history = relais.partners().privacy().dossier(saved.id()).sections().stream()
                .filter(s -> s.title().equals("Historique des modifications")).findFirst().orElseThrow();

        assertThat(history.columns()).containsExactly("Date et heure", "Par", "Opération", "Champ", "Avant", "Après");
        assertThat(history.rows()).anySatisfy(r -> assertThat(r).containsSequence("Bob Durand", "Modification",
                "Fonction", "Chargée d’accompagnement", "Déléguée régionale"));
        assertThat(history.rows()).anySatisfy(r -> assertThat(r).containsSequence("Claire Lenoir", "Création",
                "Nom de famille", "", "Desmonts"));
    }

    @Test
    void aRefusedSaveNamesTheRecordInWordsNotByItsKey() {
        String message = new ErrorMessages(I18n.french()).describe(new StaleDataException("territory.offer.entity"));

        assertThat(message).contains("(cette offre)").doesNotContain("territory.");
    }
}
