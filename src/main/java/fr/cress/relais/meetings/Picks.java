package fr.cress.relais.meetings;

import java.util.List;

/**
 * Whom the dialogs offer to pick (a presenter, an invitee, someone represented, the owner of an action item): every
 * organisation and person of the directory, in French order. Tens of thousands of people on a large network: read
 * when a dialog first needs them, not with the list.
 */
public record Picks(List<Refs.Organisation> organisations, List<Refs.Person> people) {
}
