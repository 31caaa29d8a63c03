package fr.cress.relais.actions;

import fr.cress.relais.app.Relais;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Figures of the dashboard cards. */
class DashboardServiceTest {

    @TempDir
    Path dir;

    @Test
    void figuresOfTheExampleProgramme() {
        try (Relais relais = TestStores.demoRelais(dir)) {
            DashboardService dashboard = relais.actions().dashboard();
            var indicators = dashboard.indicators().orElseThrow();
            assertThat(indicators.units()).contains("personnes", "heures", "visiteurs", "exemplaires");
            assertThat(indicators.inUnit("personnes")).anySatisfy(p -> {
                assertThat(p.actionTitle()).startsWith("Café-débat");
                assertThat(p.achieved()).isEqualByComparingTo("30");
            });
            var status = dashboard.statusByAxis().orElseThrow();
            assertThat(status.cells()).anySatisfy(c -> {
                assertThat(c.axisRef()).isEqualTo("1");
                assertThat(c.status()).isEqualTo(ActionStatus.CANCELLED);
                assertThat(c.actionIds()).hasSize(1);
            });
            int all = status.cells().stream().mapToInt(c -> c.actionIds().size()).sum();
            assertThat(all).isEqualTo(relais.actions().programmes().snapshot(status.programme().id()).actions().size());
            var budget = dashboard.budget().orElseThrow();
            assertThat(budget.axes()).hasSize(3);
            assertThat(budget.overall().income().received()).isLessThan(budget.overall().income().planned());
        }
    }

    @Test
    void upcomingDatesAreThoseOfTheNextSixtyDays() {
        try (Relais relais = TestStores.demoRelais(dir)) {
            ProgrammeSnapshot s = relais.actions().programmes().snapshot(
                    relais.actions().programmes().current().orElseThrow().id());
            LocalDate today = LocalDate.now(TestStores.CLOCK);
            JointAction forum = s.actions().stream().filter(a -> a.title().startsWith("Forum")).findFirst().orElseThrow();
            ActionDetail detail = relais.actions().actions().detail(forum.id());
            JointAction a = detail.action();
            relais.actions().actions().save(new ActionDetail(new JointAction(a.id(), a.programmeId(), a.objectiveId(),
                    a.rank(), a.title(), a.kind(), ActionStatus.PLANNED, a.startYear(), a.endYear(), today.plusDays(10),
                    today.plusDays(90), a.place(), a.description(), a.results(), a.notes(), a.version()),
                    detail.partners(), detail.contactIds(), detail.files(), detail.indicators(), detail.budget()));

            var upcoming = relais.actions().dashboard().upcoming(60);

            assertThat(upcoming).singleElement().satisfies(d -> {
                assertThat(d.actionId()).isEqualTo(forum.id());
                assertThat(d.date()).isEqualTo(today.plusDays(10));
                assertThat(d.start()).isTrue();
            });
        }
    }
}
