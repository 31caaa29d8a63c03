package fr.cress.relais.safety;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Which backups survive: the 10 newest, one per month for a year, one of each kind, every manual one. */
class BackupRotationTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2026, 11, 26, 10, 30);

    @Test
    void keepsTheTenNewestAndTheNewestOfEachOfTheLastTwelveMonths() {
        List<BackupFile> backups = new ArrayList<>();
        for (int day = 0; day < 500; day++) {
            backups.add(backup(NOW.minusDays(day), BackupReason.AT_EXIT));
        }

        List<BackupFile> deleted = BackupRotation.toDelete(backups, NOW);
        List<BackupFile> kept = new ArrayList<>(backups);
        kept.removeAll(deleted);

        assertThat(kept).contains(backups.subList(0, 10).toArray(BackupFile[]::new));
        // the 10 newest (all in November) + the newest of each of the 11 months before November
        assertThat(kept).hasSize(10 + 11);
        assertThat(kept.subList(10, kept.size())).extracting(b -> b.takenAt().toLocalDate())
                .allMatch(d -> d.plusDays(1).getDayOfMonth() == 1, "last day of its month")
                .extracting(d -> d.withDayOfMonth(1)).doesNotHaveDuplicates();
        assertThat(kept).allMatch(b -> !b.takenAt().isBefore(LocalDateTime.of(2025, 12, 1, 0, 0)));
    }

    @Test
    void manualBackupsAndTheNewestOfEachKindAreNeverDeleted() {
        List<BackupFile> backups = new ArrayList<>();
        BackupFile oldManual = backup(NOW.minusYears(3), BackupReason.MANUAL);
        BackupFile oldMigration = backup(NOW.minusYears(2), BackupReason.BEFORE_MIGRATION);
        BackupFile foreign = new BackupFile(Path.of("copie-clé-usb.zip"), NOW.minusYears(4), Optional.empty(), 10);
        backups.add(oldManual);
        backups.add(oldMigration);
        backups.add(foreign);
        for (int i = 0; i < 30; i++) {
            backups.add(backup(NOW.minusHours(i), BackupReason.AT_EXIT));
        }

        List<BackupFile> deleted = BackupRotation.toDelete(backups, NOW);

        assertThat(deleted).doesNotContain(oldManual, oldMigration, foreign).hasSize(30 - 10);
    }

    @Test
    void namesAreReadableAndReadBack() {
        String name = BackupNames.name(NOW, BackupReason.BEFORE_MIGRATION, 1);
        assertThat(name).isEqualTo("relais-2026-11-26-1030-avant-migration.zip");
        assertThat(BackupNames.name(NOW, BackupReason.AT_EXIT, 2)).isEqualTo("relais-2026-11-26-1030-fermeture-2.zip");
        var parsed = BackupNames.parse(Path.of(name)).orElseThrow();
        assertThat(parsed.takenAt()).isEqualTo(NOW);
        assertThat(parsed.reason()).isEqualTo(BackupReason.BEFORE_MIGRATION);
        assertThat(BackupNames.parse(Path.of("relais-2026-11-26-1030-avant-restauration-3.zip")).orElseThrow().reason())
                .isEqualTo(BackupReason.BEFORE_RESTORE);
        assertThat(BackupNames.parse(Path.of("sauvegarde.zip"))).isEmpty();
    }

    private static BackupFile backup(LocalDateTime at, BackupReason reason) {
        return new BackupFile(Path.of(BackupNames.name(at, reason, 1)), at, Optional.of(reason), 1000);
    }
}
