package fr.cress.relais.holders.ui;

import fr.cress.relais.app.Relais;
import fr.cress.relais.common.concurrent.CurrentThreadTaskRunner;
import fr.cress.relais.common.feature.DataEvents;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.common.settings.UiSettings;
import fr.cress.relais.common.text.Formats;
import fr.cress.relais.holders.HolderRow;
import fr.cress.relais.holders.HolderService;
import fr.cress.relais.testing.TestStores;
import fr.cress.relais.testing.FailingDialogs;
import javafx.collections.ListChangeListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The list loads its first rows, then every row in the same order; the count says which it shows. */
class HolderListViewModelTest {

    private static final int FIRST = 10;

    @TempDir
    Path dir;
    private Relais relais;
    private HolderService service;
    private HolderListViewModel list;

    @BeforeEach
    void open() {
        relais = TestStores.demoRelais(dir);
        service = relais.holders().holders();
        UiContext ui = new UiContext(relais.core().i18n(), new FailingDialogs(), new CurrentThreadTaskRunner(),
                UiSettings.inMemory(), (section, target) -> { }, new DataEvents());
        list = new HolderListViewModel(service, ui, FIRST);
    }

    @AfterEach
    void close() {
        relais.close();
    }

    @Test
    void theFirstRowsShowFirstThenEveryRowInTheSameOrder() {
        List<HolderRow> expected = service.rows();
        List<List<HolderRow>> seen = new ArrayList<>();
        List<String> counts = new ArrayList<>();
        var count = list.count();
        list.all().addListener((ListChangeListener<HolderRow>) c -> {
            seen.add(List.copyOf(list.all()));
            counts.add(count.get());
        });
        List<HolderRow> delivered = new ArrayList<>();

        list.load(delivered::addAll);

        int first = FIRST;
        assertThat(expected).hasSizeGreaterThan(FIRST);
        assertThat(seen).hasSize(2);
        assertThat(seen.get(0)).containsExactlyElementsOf(expected.subList(0, first));
        assertThat(counts.get(0)).isEqualTo(relais.core().i18n().t("holders.list.countPartial",
                Formats.integer(first), Formats.integer(expected.size())));
        assertThat(seen.get(1)).containsExactlyElementsOf(expected);
        assertThat(delivered).containsExactlyElementsOf(expected);
        assertThat(list.complete().get()).isTrue();
        assertThat(count.get()).isEqualTo(relais.core().i18n().t("holders.list.count",
                Formats.integer(expected.size()), Formats.integer(expected.size())));
        assertThat(list.years()).isNotEmpty();
    }

    @Test
    void onceCompleteAReloadReplacesTheWholeListAtOnce() {
        list.load(rows -> { });
        List<Integer> sizes = new ArrayList<>();
        list.all().addListener((ListChangeListener<HolderRow>) c -> sizes.add(list.all().size()));

        list.load(rows -> { });

        assertThat(sizes).containsExactly(service.rows().size());
    }

    @Test
    void aFilterTypedWhileTheFirstRowsShowAppliesToEveryRowOnceLoaded() {
        List<HolderRow> expected = service.rows();
        String word = expected.get(expected.size() - 1).displayName().split(" ")[0];
        list.text().set(word);

        list.load(rows -> { });

        assertThat(list.shown()).containsExactlyElementsOf(expected.stream()
                .filter(r -> HolderListViewModel.fold(String.join(" ", r.displayName(),
                        r.projectName() == null ? "" : r.projectName(), r.communeName() == null ? "" : r.communeName(),
                        r.communeCode() == null ? "" : r.communeCode())).contains(HolderListViewModel.fold(word)))
                .toList());
        assertThat(list.shown()).isNotEmpty();
    }
}
