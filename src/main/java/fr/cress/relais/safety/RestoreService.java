package fr.cress.relais.safety;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.StoreUnavailableException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Restores a backup over the store of a folder. The store must be closed: the window closes it first, the
 * command line refuses (exit 4) when another Relais holds it. A restore first verifies the zip (an H2 store with
 * a Relais schema not newer than this Relais, every table readable), then keeps what it replaces as a backup
 * ({@code avant-restauration}), then writes the restored store under the same lock H2 uses.
 */
public final class RestoreService {

    private static final Logger LOG = LoggerFactory.getLogger(RestoreService.class);

    private final DataLocations locations;
    private final BackupService backups;
    private final IntegrityService integrity = new IntegrityService();

    public RestoreService(DataLocations locations, BackupService backups) {
        this.locations = locations;
        this.backups = backups;
    }

    /** Checks that {@code zip} can be restored; changes nothing. Bad files raise a {@link BadInputException}. */
    public BackupCheck verify(Path zip) {
        Path work = workFolder();
        try {
            return verifyInto(zip, work);
        } finally {
            deleteTree(work);
        }
    }

    /** Verifies {@code zip}, keeps the current store as a backup, then replaces it. The store must be closed. */
    public RestoreResult restore(Path zip) {
        Path work = workFolder();
        try {
            BackupCheck check = verifyInto(zip, work);
            Path mvDb = Path.of(locations.storeFile() + ".mv.db");
            try (StoreFileLock lock = StoreFileLock.acquire(mvDb)) {
                Optional<BackupFile> kept = lock.isEmpty()
                        ? Optional.empty()
                        : Optional.of(backups.archive(lock, BackupReason.BEFORE_RESTORE));
                lock.replaceWith(work.resolve(BackupService.ENTRY));
                LOG.info("Restored {} over {} (previous data kept in {})", zip, mvDb, kept.map(BackupFile::path));
                return new RestoreResult(check, kept);
            }
        } catch (IOException e) {
            throw new AppException(e, "safety.restore.failed", locations.storeDir());
        } finally {
            deleteTree(work);
        }
    }

    private BackupCheck verifyInto(Path zip, Path work) {
        if (!Files.isRegularFile(zip)) {
            throw new BadInputException("safety.restore.missing", zip);
        }
        BackupFile backup = backups.describe(zip);
        extract(zip, work);
        try (Store copy = Store.inspect(work.resolve("relais"))) {
            IntegrityReport report = integrity.check(copy);
            if (!report.ok()) {
                throw refusal(zip, report);
            }
            return new BackupCheck(withEntryDate(backup, zip), report.schema().current(), report.counts());
        } catch (StoreUnavailableException e) {
            throw new BadInputException(e, java.util.List.of(), "safety.restore.notRelais", zip.getFileName());
        }
    }

    private static BadInputException refusal(Path zip, IntegrityReport report) {
        IntegrityReport.Problem first = report.problems().get(0);
        String key = switch (first.key()) {
            case "safety.check.notRelais" -> "safety.restore.notRelais";
            case "safety.check.newer" -> "safety.restore.newer";
            default -> "safety.restore.damaged";
        };
        return new BadInputException(key, zip.getFileName(), report.schema().current(), report.schema().latest());
    }

    /** Extracts the store entry of the zip; anything else in the zip is ignored. */
    private static void extract(Path zip, Path work) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(BackupService.ENTRY);
            if (entry == null || entry.isDirectory()) {
                throw new BadInputException("safety.restore.notRelais", zip.getFileName());
            }
            Files.createDirectories(work);
            try (InputStream in = file.getInputStream(entry)) {
                Files.copy(in, work.resolve(BackupService.ENTRY));
            }
        } catch (ZipException e) {
            throw new BadInputException(e, java.util.List.of(), "safety.restore.notZip", zip.getFileName());
        } catch (IOException e) {
            throw new BadInputException(e, java.util.List.of(), "safety.restore.unreadable", zip.getFileName());
        }
    }

    /** A zip named otherwise is dated by its store entry (H2 stamps it when it writes the backup). */
    private BackupFile withEntryDate(BackupFile backup, Path zip) {
        if (backup.reason().isPresent()) {
            return backup;
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(BackupService.ENTRY);
            if (entry.getLastModifiedTime() == null) {
                return backup;
            }
            LocalDateTime at = LocalDateTime.ofInstant(entry.getLastModifiedTime().toInstant(), ZoneId.systemDefault());
            return new BackupFile(backup.path(), at, backup.reason(), backup.size());
        } catch (IOException e) {
            return backup;
        }
    }

    /** Verification works beside the store (same disk), in a folder removed afterwards. */
    private Path workFolder() {
        return locations.storeDir().resolve(".restore-" + System.nanoTime());
    }

    private static void deleteTree(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
                try {
                    Files.deleteIfExists(f);
                } catch (IOException e) {
                    LOG.warn("Cannot delete {}", f, e);
                }
            });
        } catch (IOException e) {
            LOG.warn("Cannot clean {}", folder, e);
        }
    }
}
