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

    /**
     * {@code file} ending with one of {@code extensions} (« .xlsx », « .csv »): kept as it is when it already
     * ends with one of them (whatever the case), else {@code chosen} is added. A save dialog does not always add
     * the extension of the format chosen.
     */
    public static java.nio.file.Path withExtension(java.nio.file.Path file, java.util.List<String> extensions,
                                                   String chosen) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean typed = extensions.stream().anyMatch(e -> name.endsWith(e.toLowerCase(java.util.Locale.ROOT)));
        return typed ? file : file.resolveSibling(file.getFileName() + chosen);
    }
}
