package fr.cress.relais.common.feature;

import org.kordamp.ikonli.Ikon;

/**
 * One line of the Exports section: a file the coordinator can send to partners.
 * {@code run} opens the save dialog and writes the file in the background.
 */
public record ExportEntry(String titleKey, String descriptionKey, Ikon icon, Runnable run) {
}
