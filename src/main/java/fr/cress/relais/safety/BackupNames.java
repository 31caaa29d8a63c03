package fr.cress.relais.safety;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Readable backup names: {@code relais-2026-11-26-1030-avant-migration.zip} ({@code -2}, {@code -3}… if taken in the same minute). */
final class BackupNames {

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm", Locale.ROOT);
    private static final Pattern NAME = Pattern.compile(
            "relais-(\\d{4}-\\d{2}-\\d{2}-\\d{4})-([a-z-]+?)(?:-(\\d+))?\\.zip");

    private BackupNames() {
    }

    static String name(LocalDateTime at, BackupReason reason, int attempt) {
        return "relais-" + STAMP.format(at) + "-" + reason.slug() + (attempt > 1 ? "-" + attempt : "") + ".zip";
    }

    /** The date and reason written in a backup's name, if it is one of ours. */
    static Optional<Parsed> parse(Path file) {
        Matcher m = NAME.matcher(file.getFileName().toString());
        if (!m.matches()) {
            return Optional.empty();
        }
        Optional<BackupReason> reason = Arrays.stream(BackupReason.values())
                .filter(r -> r.slug().equals(m.group(2))).findFirst();
        try {
            LocalDateTime at = LocalDateTime.parse(m.group(1), STAMP);
            int attempt = m.group(3) == null ? 1 : Integer.parseInt(m.group(3));
            return reason.map(r -> new Parsed(at.plusSeconds(Math.min(attempt - 1, 59)), r));
        } catch (java.time.format.DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    record Parsed(LocalDateTime takenAt, BackupReason reason) {
    }
}
