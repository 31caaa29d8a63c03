package fr.cress.relais.meetings;

import java.util.List;

/** What the meeting forms offer to pick from: groups, organisations, people and joint actions. */
public record Choices(List<Refs.Group> groups, List<Refs.Organisation> organisations, List<Refs.Person> people,
                      List<Refs.JointAction> jointActions) {

    public static Choices none() {
        return new Choices(List.of(), List.of(), List.of(), List.of());
    }
}
