package fr.cress.relais.common.ui;

import org.controlsfx.control.CheckListView;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A check list given new choices (the representatives of another organisation in the membership dialog) checks
 * exactly the choices asked for: no check left past the end of a shorter list, none moved to a neighbour.
 */
class CheckedChoicesTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void aShorterListGetsOnlyTheChecksAskedForAndTakesNewChecks() {
        List<String> checked = new ArrayList<>();
        List<Throwable> errors = new ArrayList<>();
        robot.interact(() -> {
            // JavaFX hands what a list listener throws to the thread's handler instead of the caller
            Thread fx = Thread.currentThread();
            Thread.UncaughtExceptionHandler before = fx.getUncaughtExceptionHandler();
            fx.setUncaughtExceptionHandler((thread, error) -> errors.add(error));
            CheckListView<String> list = new CheckListView<>();
            list.getItems().setAll("Anne", "Bruno", "Claire", "David", "Emma", "Fanny");
            list.getCheckModel().check("Fanny");

            CheckedChoices.replace(list.getItems(), list.getCheckModel(), List.of("Gaël", "Hélène", "Inès"),
                    name -> name.equals("Inès"));
            list.getCheckModel().check("Gaël");

            checked.addAll(list.getCheckModel().getCheckedItems());
            fx.setUncaughtExceptionHandler(before);
        });

        assertThat(errors).as("« Index 5 out of bounds for length 3 » from the old checks").isEmpty();
        assertThat(checked).containsExactlyInAnyOrder("Inès", "Gaël");
    }
}
