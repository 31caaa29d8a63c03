package fr.cress.relais.partners;

/** A working group (« Entreprendre autrement ») or one of its sub-groups ({@code parentId}). */
public record WorkGroup(Long id, String name, String description, Long parentId, int version) {

    public static WorkGroup blank(Long parentId) {
        return new WorkGroup(null, "", "", parentId, 0);
    }

    public WorkGroup withName(String newName) {
        return new WorkGroup(id, newName, description, parentId, version);
    }

    public boolean isNew() {
        return id == null;
    }

    public WorkGroup normalised() {
        return new WorkGroup(id, Texts.clean(name), Texts.clean(description), parentId, version);
    }
}
