package fr.cress.relais.partners;

import java.time.LocalDate;
import java.util.List;

/**
 * An organisation's membership of a group: its role, when it joined and left (null: still a member) and
 * the contacts who represent it. Former members keep their membership: it is the group's history.
 */
public record Membership(Long id, long groupId, long organisationId, MemberRole role, LocalDate joinedOn,
                         LocalDate leftOn, String notes, List<Long> representativeIds, int version) {

    public Membership {
        representativeIds = representativeIds == null ? List.of() : List.copyOf(representativeIds);
    }

    public boolean isNew() {
        return id == null;
    }

    /** Still a member on {@code day}. */
    public boolean activeOn(LocalDate day) {
        return (joinedOn == null || !joinedOn.isAfter(day)) && (leftOn == null || !leftOn.isBefore(day));
    }

    public Membership withId(long newId, int newVersion) {
        return new Membership(newId, groupId, organisationId, role, joinedOn, leftOn, notes, representativeIds,
                newVersion);
    }

    public Membership normalised() {
        return new Membership(id, groupId, organisationId, role == null ? MemberRole.MEMBER : role, joinedOn, leftOn,
                Texts.clean(notes), representativeIds.stream().distinct().toList(), version);
    }
}
