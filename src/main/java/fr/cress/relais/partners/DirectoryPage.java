package fr.cress.relais.partners;

/**
 * The first organisations of the directory's list (with their contacts and memberships) and how many
 * organisations the whole directory holds: what the list shows while the rest loads.
 */
public record DirectoryPage(Directory directory, int organisations) {
}
