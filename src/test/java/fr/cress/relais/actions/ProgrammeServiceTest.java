package fr.cress.relais.actions;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Programmes: the current one, a new one started from the previous, budget totals. */
class ProgrammeServiceTest {

    @TempDir
    Path dir;

    private Relais relais;
    private ProgrammeService programmes;
    private Programme demo;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        programmes = relais.actions().programmes();
        demo = programmes.current().orElseThrow();
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theExampleProgrammeHasTheThreeAxesAndTwelveObjectivesOfTheReport() {
        ProgrammeSnapshot s = programmes.snapshot(demo.id());
        assertThat(demo.years()).isEqualTo("2007-2009");
        assertThat(s.axes()).extracting(Axis::number).containsExactly(1, 2, 3);
        assertThat(s.objectives()).extracting(s::ref).containsExactly("1.1", "1.2", "1.3", "1.4", "1.5", "2.1", "2.2",
                "2.3", "3.1", "3.2", "3.3", "3.4");
        assertThat(s.objectives().get(0).title()).isEqualTo("Communiquer sur le terme «\u202FEntreprendre autrement en "
                + "Basse-Normandie\u202F»");
        assertThat(s.actionsWithoutObjective()).isEmpty();
        assertThat(s.actions()).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void currentIsTheProgrammeOfTodayElseTheLatest() {
        long later = programmes.save(new Programme(null, "Programme 2026-2028", 2026, 2028, null, null, 0));
        programmes.save(new Programme(null, "Programme 2030-2032", 2030, 2032, null, null, 0));
        assertThat(programmes.current().map(Programme::id)).contains(later); // the test clock says 2026
        assertThat(programmes.resolve("current").id()).isEqualTo(later);
        assertThat(programmes.resolve(Long.toString(demo.id())).id()).isEqualTo(demo.id());
        assertThat(programmes.resolve("2007-2009").id()).isEqualTo(demo.id());
        assertThatThrownBy(() -> programmes.resolve("abc")).isInstanceOf(BadInputException.class);
    }

    @Test
    void aNewProgrammeFromThePreviousOneTakesItsStructureAndPlannedActions() {
        long id = programmes.startFrom(demo.id(), "Entreprendre autrement 2010-2012", 2010, 2012, true);

        ProgrammeSnapshot copy = programmes.snapshot(id);
        ProgrammeSnapshot old = programmes.snapshot(demo.id());
        assertThat(copy.programme().previousId()).isEqualTo(demo.id());
        assertThat(copy.objectives()).extracting(Objective::title)
                .containsExactlyElementsOf(old.objectives().stream().map(Objective::title).toList());
        assertThat(copy.actions()).hasSize(old.actions().size())
                .allSatisfy(a -> {
                    assertThat(a.status()).isEqualTo(ActionStatus.PLANNED);
                    assertThat(a.startYear()).isEqualTo(2010);
                    assertThat(a.results()).isNull();
                });
        JointAction stand = copy.actions().stream().filter(a -> a.title().startsWith("Stand")).findFirst().orElseThrow();
        assertThat(copy.indicatorsOf(stand)).extracting(Indicator::year).containsExactly(2010, 2011, 2012);
        assertThat(copy.indicatorsOf(stand)).allSatisfy(i -> {
            assertThat(i.achieved()).isNull();
            assertThat(i.planned()).isEqualByComparingTo("100");
        });
        assertThat(copy.budgetOf(stand)).allSatisfy(b -> assertThat(b.received()).isNull());
        assertThat(copy.partnersOf(stand)).isEqualTo(old.partnersOf(old.actions().stream()
                .filter(a -> a.title().startsWith("Stand")).findFirst().orElseThrow()));
        assertThat(programmes.snapshot(demo.id()).actions()).hasSize(old.actions().size());
    }

    @Test
    void withoutActionsOnlyTheStructureIsCopied() {
        long id = programmes.startFrom(demo.id(), "Suite", 2010, 2012, false);
        ProgrammeSnapshot copy = programmes.snapshot(id);
        assertThat(copy.axes()).hasSize(3);
        assertThat(copy.objectives()).hasSize(12);
        assertThat(copy.actions()).isEmpty();
    }

    @Test
    void budgetTotalsAddUpPerActionObjectiveAxisFunderAndYear() {
        ProgrammeSnapshot s = programmes.snapshot(demo.id());
        BudgetTotals totals = relais.actions().budgets().totals(demo.id());
        JointAction brochure = s.actions().stream().filter(a -> a.title().startsWith("Brochure")).findFirst().orElseThrow();
        assertThat(totals.action(brochure.id()).expenses().planned()).isEqualByComparingTo("4500");
        assertThat(totals.action(brochure.id()).income().received()).isEqualByComparingTo("4500");
        BigDecimal axes = s.axes().stream().map(a -> totals.axis(a.id()).income().planned())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal objectives = s.objectives().stream().map(o -> totals.objective(o.id()).income().planned())
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal funders = totals.byFunder().values().stream().map(Amounts::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal years = totals.byYear().values().stream().map(t -> t.income().planned()).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(axes).isEqualByComparingTo(totals.overall().income().planned());
        assertThat(objectives).isEqualByComparingTo(totals.overall().income().planned());
        assertThat(years).isEqualByComparingTo(totals.overall().income().planned());
        long region = s.directory().organisations().stream().filter(o -> "REGION".equals(o.acronym())).findFirst()
                .orElseThrow().id();
        assertThat(totals.byFunder().get(region).planned()).isPositive();
        assertThat(funders).isLessThanOrEqualTo(totals.overall().income().planned());
        assertThat(totals.byYear().keySet()).containsExactly(Optional.of(2007), Optional.of(2008), Optional.of(2009));
    }
}
