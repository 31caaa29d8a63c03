package fr.cress.relais.partners;

import fr.cress.relais.common.i18n.Labelled;

/** Role of an organisation in a working group. */
public enum MemberRole implements Labelled {
    MEMBER,
    PILOT,
    ASSOCIATE;

    @Override
    public String labelKey() {
        return "partners.memberRole." + name();
    }
}
