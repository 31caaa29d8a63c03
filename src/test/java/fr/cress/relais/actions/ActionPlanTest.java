package fr.cress.relais.actions;

import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static fr.cress.relais.db.generated.Tables.ACTION_ITEM;
import static fr.cress.relais.db.generated.Tables.MEETING;
import static org.assertj.core.api.Assertions.assertThat;

/** The action plan of a partner lists its open action items from meetings, and only its own. */
class ActionPlanTest {

    @TempDir
    Path dir;

    @Test
    void openActionItemsOfThePartnerAreListedDatesAsDates() throws Exception {
        try (Relais relais = TestStores.demoRelais(dir)) {
            var dsl = relais.store().dsl();
            long urscop = relais.actions().exports().partner("URSCOP").id();
            long ardes = relais.actions().exports().partner("ARDES").id();
            dsl.deleteFrom(ACTION_ITEM).execute(); // only the items of this test, not those of the example meetings
            long meeting = dsl.insertInto(MEETING).set(MEETING.TITLE, "Groupe projet « Entreprendre autrement »")
                    .set(MEETING.STARTS_AT, LocalDateTime.of(2009, 3, 12, 14, 0)).set(MEETING.STATUS, "HELD")
                    .set(MEETING.ICS_UID, "test-1@relais").returning(MEETING.ID).fetchOne(MEETING.ID);
            item(dsl, meeting, "Envoyer la liste des SCOP créées en 2008", urscop, "OPEN", LocalDate.of(2009, 4, 30));
            item(dsl, meeting, "Relire la brochure", urscop, "DONE", null);
            item(dsl, meeting, "Réserver la salle du forum", ardes, "OPEN", null);
            long programme = relais.actions().programmes().current().orElseThrow().id();
            Path file = dir.resolve("plan.xlsx");

            relais.actions().exports().writePlan(programme, urscop, file);

            try (Workbook wb = WorkbookFactory.create(file.toFile())) {
                Sheet items = wb.getSheet("Suites à donner");
                List<Row> rows = dataRows(items);
                assertThat(rows).hasSize(1);
                assertThat(text(rows.get(0), 0)).isEqualTo("Envoyer la liste des SCOP créées en 2008");
                assertThat(rows.get(0).getCell(1).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2009, 4, 30));
                assertThat(text(rows.get(0), 2)).isEqualTo("Groupe projet « Entreprendre autrement »");
                Sheet indicators = wb.getSheet("Indicateurs");
                assertThat(dataRows(indicators)).extracting(r -> text(r, 1)).contains("Brochure «\u202FEntreprendre autrement en Basse-Normandie\u202F»");
            }
            assertThat(relais.actions().exports().planPartners(programme)).extracting(OrganisationRef::acronym)
                    .contains("URSCOP", "ARDES", "LMDE", "CRESS");
        }
    }

    private static void item(org.jooq.DSLContext dsl, long meeting, String title, long owner, String status, LocalDate due) {
        dsl.insertInto(ACTION_ITEM).set(ACTION_ITEM.MEETING_ID, meeting).set(ACTION_ITEM.TITLE, title)
                .set(ACTION_ITEM.OWNER_ORGANISATION_ID, owner).set(ACTION_ITEM.STATUS, status)
                .set(ACTION_ITEM.DUE_DATE, due).execute();
    }

    private static List<Row> dataRows(Sheet sheet) {
        List<Row> rows = new ArrayList<>();
        boolean table = false;
        for (Row row : sheet) {
            if (table && !text(row, 0).isEmpty()) {
                rows.add(row);
            }
            table |= row.getCell(0) != null && row.getCell(0).getCellStyle().getFillPattern()
                    == org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND;
        }
        return rows;
    }

    private static String text(Row row, int column) {
        return row.getCell(column) == null ? "" : new DataFormatter().formatCellValue(row.getCell(column));
    }
}
