package fr.cress.relais.meetings;

import fr.cress.relais.common.i18n.Labelled;

/** Whether an invitee came: not yet known, présent, excusé, absent, représenté par another person. */
public enum Attendance implements Labelled {
    UNKNOWN,
    PRESENT,
    EXCUSED,
    ABSENT,
    REPRESENTED;

    @Override
    public String labelKey() {
        return "meetings.attendance." + name();
    }

    /** Present in person or through someone else: the organisation's voice was heard. */
    public boolean attended() {
        return this == PRESENT || this == REPRESENTED;
    }

    /** Excused or absent: counts as a missed meeting. */
    public boolean missed() {
        return this == EXCUSED || this == ABSENT;
    }
}
