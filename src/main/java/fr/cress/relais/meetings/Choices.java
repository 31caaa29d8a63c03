package fr.cress.relais.meetings;

import java.util.List;

/** What the meeting form offers to pick from: groups and joint actions (a few thousand rows at most). */
public record Choices(List<Refs.Group> groups, List<Refs.JointAction> jointActions) {

    public static Choices none() {
        return new Choices(List.of(), List.of());
    }
}
