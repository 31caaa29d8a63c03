package fr.cress.relais.safety;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to delete: Relais keeps the {@value #KEEP_LAST} newest, the newest of each of the last
 * {@value #KEEP_MONTHS} months, and the newest of each kind (before migration, at exit, before restore).
 * Manual backups and zips named otherwise are never deleted.
 */
final class BackupRotation {

    static final int KEEP_LAST = 10;
    static final int KEEP_MONTHS = 12;

    private BackupRotation() {
    }

    static List<BackupFile> toDelete(List<BackupFile> backups, LocalDateTime now) {
        List<BackupFile> automatic = backups.stream()
                .filter(BackupFile::automatic)
                .sorted(Comparator.comparing(BackupFile::takenAt).reversed())
                .toList();
        Set<BackupFile> keep = new HashSet<>(automatic.subList(0, Math.min(KEEP_LAST, automatic.size())));
        YearMonth oldestMonth = YearMonth.from(now).minusMonths(KEEP_MONTHS - 1L);
        Set<YearMonth> months = new HashSet<>();
        Set<BackupReason> reasons = new HashSet<>();
        for (BackupFile backup : automatic) {
            YearMonth month = YearMonth.from(backup.takenAt());
            if (!month.isBefore(oldestMonth) && months.add(month)) {
                keep.add(backup);
            }
            if (reasons.add(backup.reason().orElseThrow())) {
                keep.add(backup);
            }
        }
        List<BackupFile> delete = new ArrayList<>(automatic);
        delete.removeAll(keep);
        return delete;
    }
}
