package fr.cress.relais.common.ui;

/** File names that open on every system: no {@code : / \ ? * " < > |}, no trailing dot or space. */
public final class FileNames {

    private FileNames() {
    }

    public static String safe(String name) {
        if (name == null || name.isBlank()) {
            return "Relais";
        }
        String cleaned = name.replaceAll("[:/\\\\?*\"<>|\\p{Cntrl}]", "-")
                .replaceAll("\\s+", " ")
                .strip();
        while (cleaned.endsWith(".") || cleaned.endsWith(" ")) {
            cleaned = cleaned.substring(0, cleaned.length() - 1);
        }
        return cleaned.isEmpty() ? "Relais" : cleaned;
    }
}
