package fr.cress.relais.holders;

import java.util.List;

/** A partner a holder can be referred to, with the contacts one can call there. */
public record PartnerRef(long id, String name, String acronym, List<ContactRef> contacts) {

    public PartnerRef {
        contacts = List.copyOf(contacts);
    }

    /** The acronym when there is one (« URSCOP »), else the name. */
    public String shortName() {
        return acronym == null || acronym.isBlank() ? name : acronym;
    }

    /** A person to call at a partner. */
    public record ContactRef(long id, String name, String jobTitle, String phone, String email) {
    }
}
