package fr.cress.relais.meetings;

import java.util.List;

/**
 * Everything about one meeting, as the meeting view and the exports show it. {@code carriedItems} are the
 * action items of earlier meetings that were still open when this one came (the « Suivi des actions »);
 * {@code newItems} were decided in this meeting.
 */
public record MeetingFile(Meeting meeting, List<Refs.JointAction> linkedActions, List<AgendaItem> agenda,
                          List<Invitee> invitees, List<Decision> decisions, List<ActionItem> newItems,
                          List<ActionItem> carriedItems) {

    public List<ActionItem> openCarriedItems() {
        return carriedItems.stream().filter(ActionItem::open).toList();
    }

    /** Open items this meeting leaves to the next ones: earlier ones still open, then its own. */
    public List<ActionItem> openItems() {
        return java.util.stream.Stream.concat(openCarriedItems().stream(), newItems.stream().filter(ActionItem::open))
                .toList();
    }

    public List<String> emails() {
        return invitees.stream().map(Invitee::email).filter(java.util.Objects::nonNull).distinct().toList();
    }
}
