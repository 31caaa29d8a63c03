package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.Decision;
import fr.cress.relais.meetings.MeetingFile;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;

import java.util.Objects;
import java.util.Optional;

/** Records or changes a decision, under one of the meeting's points. */
final class DecisionDialog {

    /** What the dialog gives back. */
    record Answer(Long agendaItemId, String text) {
    }

    private DecisionDialog() {
    }

    static Optional<Answer> ask(MeetingViewModel vm, Node owner, MeetingFile f, Decision decision) {
        AgendaItem point = decision == null ? null : f.agenda().stream()
                .filter(a -> Objects.equals(a.id(), decision.agendaItemId())).findFirst().orElse(null);
        ComboBox<AgendaItem> points = Fields.choice("decision-point", f.agenda(), point,
                a -> a.rank() + ". " + a.title(), vm.t("meetings.decisions.noPoint"));
        TextArea text = new TextArea(decision == null ? "" : decision.text());
        text.setId("decision-text");
        text.setWrapText(true);
        text.setPrefRowCount(4);
        return new FormDialog<Answer>(vm.ui().i18n(), owner, "decision-dialog",
                vm.t(decision == null ? "meetings.decisions.add.title" : "meetings.decisions.edit.title"),
                vm.t("meetings.action.save"))
                .field(vm.t("meetings.col.point"), points)
                .field(vm.t("meetings.col.decision"), text)
                .show(() -> {
                    if (text.getText().isBlank()) {
                        throw new BadInputException("meetings.error.decisionText");
                    }
                    return new Answer(points.getValue() == null ? null : points.getValue().id(), text.getText());
                });
    }
}
