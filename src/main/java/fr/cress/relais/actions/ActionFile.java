package fr.cress.relais.actions;

/**
 * A file linked to a joint action. A linked file keeps its own path; a copied one lives beside the store
 * ({@code path} relative to the attachments folder). A new copy to make carries the source's absolute path
 * with {@code id == null} and {@code copied}: the service copies it when the action is saved.
 */
public record ActionFile(Long id, String label, String path, boolean copied) {
}
