package fr.cress.relais.meetings;

import java.time.LocalDate;

/** Small read-only views of what other features own (organisations, people, groups, joint actions). */
public final class Refs {

    private Refs() {
    }

    /** An organisation of the directory. */
    public record Organisation(long id, String name) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A person of the directory, with the organisation they belong to (if any). */
    public record Person(long id, String name, String email, Long organisationId, String organisationName) {
        @Override
        public String toString() {
            return organisationName == null ? name : name + " (" + organisationName + ")";
        }
    }

    /** A working group. */
    public record Group(long id, String name, Long parentId) {
        @Override
        public String toString() {
            return name;
        }
    }

    /** A joint action of the programme, with its dates when known. */
    public record JointAction(long id, String title, LocalDate startDate, LocalDate endDate) {
        @Override
        public String toString() {
            return title;
        }
    }

    /** A representative of a member organisation. */
    public record Representative(long organisationId, String organisationName, long contactId, String contactName,
                                 String email) {
    }
}
