package fr.cress.relais.actions;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.db.StaleDataException;
import fr.cress.relais.testing.TestStores;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Saving joint actions: rules, optimistic locking, files kept beside the store, deletion. */
class ActionServiceTest {

    @TempDir
    Path dir;

    private Relais relais;
    private ActionService actions;
    private ProgrammeSnapshot snapshot;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        actions = relais.actions().actions();
        snapshot = relais.actions().programmes().snapshot(relais.actions().programmes().current().orElseThrow().id());
    }

    @AfterEach
    void close() {
        relais.close();
    }

    private JointAction action(String titleStart) {
        return snapshot.actions().stream().filter(a -> a.title().startsWith(titleStart)).findFirst().orElseThrow();
    }

    @Test
    void anEditedAchievedValueIsSavedAndTheVersionMovesOn() {
        ActionDetail detail = actions.detail(action("Café-débat").id());
        List<Indicator> indicators = new ArrayList<>(detail.indicators());
        Indicator i = indicators.get(0);
        indicators.set(0, new Indicator(null, i.year(), i.name(), i.unit(), i.planned(), new BigDecimal("45"), i.qualitative()));

        ActionDetail saved = actions.save(new ActionDetail(detail.action(), detail.partners(), detail.contactIds(),
                detail.files(), indicators, detail.budget()));

        assertThat(saved.indicators().get(0).achieved()).isEqualByComparingTo("45");
        assertThat(saved.indicators().get(0).ratio()).contains(1.5);
        assertThat(saved.action().version()).isEqualTo(detail.action().version() + 1);
        assertThat(saved.partners()).isEqualTo(detail.partners());
        assertThat(saved.budget()).hasSize(detail.budget().size());
    }

    @Test
    void aSaveOnAStaleVersionIsRefusedAndChangesNothing() {
        ActionDetail first = actions.detail(action("Brochure").id());
        actions.save(first);
        JointAction a = first.action();
        JointAction renamed = new JointAction(a.id(), a.programmeId(), a.objectiveId(), a.rank(), "Autre titre", a.kind(),
                a.status(), a.startYear(), a.endYear(), a.startDate(), a.endDate(), a.place(), a.description(),
                a.results(), a.notes(), a.version());

        assertThatThrownBy(() -> actions.save(new ActionDetail(renamed, List.of(), List.of(), List.of(), List.of(),
                List.of()))).isInstanceOf(StaleDataException.class);
        ActionDetail now = actions.detail(a.id());
        assertThat(now.action().title()).startsWith("Brochure");
        assertThat(now.indicators()).hasSize(4);
    }

    @Test
    void brokenRulesAreListedInFrenchAndNothingIsSaved() {
        ActionDetail detail = actions.detail(action("Brochure").id());
        JointAction a = detail.action();
        JointAction bad = new JointAction(a.id(), a.programmeId(), a.objectiveId(), a.rank(), " ", a.kind(), a.status(),
                2009, 2007, a.startDate(), a.endDate(), a.place(), a.description(), a.results(), a.notes(), a.version());
        List<Indicator> indicators = List.of(new Indicator(null, 2008, "", "exemplaires", new BigDecimal("-1"), null, null));

        assertThatThrownBy(() -> actions.save(new ActionDetail(bad, detail.partners(), detail.contactIds(), detail.files(),
                indicators, detail.budget())))
                .isInstanceOfSatisfying(BadInputException.class, e -> assertThat(e.details()).contains(
                        "Indiquez un intitulé.", "L’année de fin est avant l’année de début.",
                        "Chaque indicateur doit avoir un nom.", "Les valeurs et les montants ne peuvent pas être négatifs."));
        assertThat(actions.detail(a.id()).action().title()).startsWith("Brochure");
    }

    @Test
    void aCopiedFileIsKeptBesideTheStoreAndRemovedWithTheAction() throws Exception {
        Path source = Files.writeString(dir.resolve("programme.pdf"), "%PDF-1.4 exemple");
        ActionDetail detail = actions.detail(action("Brochure").id());
        List<ActionFile> files = List.of(new ActionFile(null, "Programme du salon", source.toString(), true),
                new ActionFile(null, "Lien", source.toString(), false));

        ActionDetail saved = actions.save(new ActionDetail(detail.action(), detail.partners(), detail.contactIds(), files,
                detail.indicators(), detail.budget()));

        ActionFile copy = saved.files().stream().filter(ActionFile::copied).findFirst().orElseThrow();
        Path stored = actions.locate(copy);
        assertThat(stored).startsWith(relais.core().locations().attachmentsDir()).hasContent("%PDF-1.4 exemple");
        assertThat(actions.locate(saved.files().stream().filter(f -> !f.copied()).findFirst().orElseThrow()))
                .isEqualTo(source);

        actions.delete(detail.action().id());

        assertThat(stored).doesNotExist();
        assertThat(source).exists();
        assertThat(relais.actions().programmes().snapshot(snapshot.programme().id()).actions())
                .hasSize(snapshot.actions().size() - 1);
    }

    @Test
    void aNewActionGoesLastInItsObjective() {
        Objective objective = snapshot.objectives().get(0);
        JointAction draft = new JointAction(null, snapshot.programme().id(), objective.id(), 0, "Vidéo de présentation",
                ActionKind.WEB_CONTENT, ActionStatus.PLANNED, 2009, 2009, null, null, null, null, null, null, 0);

        ActionDetail saved = actions.save(ActionDetail.of(draft));

        ProgrammeSnapshot after = relais.actions().programmes().snapshot(snapshot.programme().id());
        List<JointAction> inObjective = after.actionsOf(objective);
        assertThat(inObjective.get(inObjective.size() - 1).id()).isEqualTo(saved.action().id());
        assertThat(after.ref(saved.action())).isEqualTo("1.1.e");
    }
}
