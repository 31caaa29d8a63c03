package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.meetings.Choices;
import fr.cress.relais.meetings.Refs;
import org.controlsfx.control.CheckComboBox;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The joint actions a meeting is linked to stay the same when the choices are read again while the meeting is open
 * (someone else added or removed joint actions): the check box list must not move its checks to other actions, nor
 * keep a check past the end of a shorter list.
 */
class MeetingFormChoicesTest {

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    private static List<Refs.JointAction> actions(long... ids) {
        return LongStream.of(ids).mapToObj(id -> new Refs.JointAction(id, "Action " + id, null, null)).toList();
    }

    private static long[] range(long from, long to) {
        return LongStream.rangeClosed(from, to).toArray();
    }

    @SuppressWarnings("unchecked")
    private static CheckComboBox<Refs.JointAction> box(MeetingForm form) {
        return (CheckComboBox<Refs.JointAction>) form.node().lookup("#meeting-actions");
    }

    private List<Long> checkedAfter(List<Refs.JointAction> before, long checkedId, List<Refs.JointAction> after) {
        List<Long> checked = new ArrayList<>();
        robot.interact(() -> {
            MeetingForm form = new MeetingForm(I18n.french());
            form.setChoices(new Choices(List.of(), before));
            CheckComboBox<Refs.JointAction> box = box(form);
            box.getItems().stream().filter(a -> a.id() == checkedId).forEach(box.getCheckModel()::check);
            form.setChoices(new Choices(List.of(), after));
            box.getCheckModel().getCheckedItems().forEach(a -> checked.add(a.id()));
            box.getCheckModel().clearChecks(); // as when another meeting is opened (before: « Index 24 out of bounds »)
        });
        return checked;
    }

    @Test
    void aJointActionAddedBeforeTheCheckedOneLeavesTheCheckOnIt() {
        List<Refs.JointAction> withOneMore = new ArrayList<>(actions(0));
        withOneMore.addAll(actions(range(1, 38)));

        assertThat(checkedAfter(actions(range(1, 38)), 25, withOneMore)).containsExactly(25L);
    }

    @Test
    void aShorterListKeepsTheCheckedActionAndNoCheckPastItsEnd() {
        List<Refs.JointAction> shorter = actions(range(1, 23));

        assertThat(checkedAfter(actions(range(1, 38)), 25, shorter)).isEmpty(); // action 25 is gone
        assertThat(checkedAfter(actions(range(1, 38)), 20, actions(range(3, 25)))).containsExactly(20L);
    }
}
