package fr.cress.relais.safety;

import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.settings.DataLocations;
import fr.cress.relais.db.Store;
import fr.cress.relais.db.StoreStats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Backups of the store, in {@code <store folder>/backups}: consistent copies taken by H2 while the store is open
 * ({@code BACKUP TO}, never a file copy), named by date and reason, rotated ({@link BackupRotation}).
 */
public final class BackupService {

    private static final Logger LOG = LoggerFactory.getLogger(BackupService.class);
    /** The entry H2 writes in a backup zip, and the one a restore reads. */
    static final String ENTRY = "relais.mv.db";

    private final DataLocations locations;
    private final Clock clock;

    public BackupService(DataLocations locations, Clock clock) {
        this.locations = locations;
        this.clock = clock;
    }

    public Path folder() {
        return locations.backupsDir();
    }

    /** Takes a backup of the open store into the backups folder, then rotates the automatic ones. */
    public BackupFile create(Store store, BackupReason reason) {
        LocalDateTime now = LocalDateTime.now(clock);
        BackupFile backup = write(folder(), now, reason, part -> store.backupTo(part));
        rotate();
        return backup;
    }

    /** A manual backup written to {@code target} (any folder: a USB key, a shared drive). */
    public BackupFile createAt(Store store, Path target) {
        Path absolute = target.toAbsolutePath();
        Path part = absolute.resolveSibling("." + absolute.getFileName() + ".part");
        try {
            Files.createDirectories(absolute.getParent());
            store.backupTo(part);
            checkZip(part);
            Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return describe(absolute);
        } catch (IOException | SQLException e) {
            deleteQuietly(part);
            throw new AppException(e, "safety.backup.failed", absolute);
        }
    }

    /** The name a backup taken now would get: {@code relais-2026-11-26-1030-manuelle.zip}. */
    public String suggestedName(BackupReason reason) {
        return BackupNames.name(LocalDateTime.now(clock), reason, 1);
    }

    /** The clean exit of the window: a backup unless the store holds nothing the user entered. */
    public Optional<BackupFile> atExit(Store store) {
        if (StoreStats.isEmpty(store.dsl())) {
            return Optional.empty();
        }
        return Optional.of(create(store, BackupReason.AT_EXIT));
    }

    /** Archives the content of a locked, closed store file (before it is replaced by a restore). */
    BackupFile archive(StoreFileLock locked, BackupReason reason) {
        return write(folder(), LocalDateTime.now(clock), reason, part -> {
            try (OutputStream out = Files.newOutputStream(part); ZipOutputStream zip = new ZipOutputStream(out);
                 InputStream content = locked.content()) {
                zip.putNextEntry(new ZipEntry(ENTRY));
                content.transferTo(zip);
                zip.closeEntry();
            }
        });
    }

    /** Every backup of the folder, newest first (zips named otherwise are listed by their file date). */
    public List<BackupFile> list() {
        List<BackupFile> found = new ArrayList<>();
        if (!Files.isDirectory(folder())) {
            return found;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder(), "*.zip")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    found.add(describe(file));
                }
            }
        } catch (IOException e) {
            LOG.warn("Cannot list backups in {}", folder(), e);
        }
        found.sort(Comparator.comparing(BackupFile::takenAt).reversed());
        return found;
    }

    /** Deletes the automatic backups the rotation does not keep. */
    public void rotate() {
        for (BackupFile old : BackupRotation.toDelete(list(), LocalDateTime.now(clock))) {
            deleteQuietly(old.path());
            LOG.info("Backup {} rotated out", old.path().getFileName());
        }
    }

    /** What a zip is: date and reason from its name when it is one of ours, else from the file itself. */
    public BackupFile describe(Path file) {
        long size = sizeOf(file);
        return BackupNames.parse(file)
                .map(p -> new BackupFile(file, p.takenAt(), Optional.of(p.reason()), size))
                .orElseGet(() -> new BackupFile(file, fileTime(file), Optional.empty(), size));
    }

    private BackupFile write(Path dir, LocalDateTime now, BackupReason reason, ZipWriter writer) {
        Path part = dir.resolve(".backup-" + System.nanoTime() + ".part");
        try {
            Files.createDirectories(dir);
            writer.write(part);
            checkZip(part);
            return describe(moveToFreeName(part, dir, now, reason));
        } catch (IOException | SQLException e) {
            deleteQuietly(part);
            throw new AppException(e, "safety.backup.failed", dir);
        }
    }

    private static Path moveToFreeName(Path part, Path dir, LocalDateTime now, BackupReason reason) throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path target = dir.resolve(BackupNames.name(now, reason, attempt));
            if (!Files.exists(target)) {
                try {
                    return Files.move(part, target, StandardCopyOption.ATOMIC_MOVE);
                } catch (FileAlreadyExistsException e) {
                    LOG.debug("{} appeared meanwhile", target);
                }
            }
        }
    }

    /** A backup that H2 wrote must be a readable zip holding the store file. */
    private static void checkZip(Path zip) throws IOException {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            ZipEntry entry = file.getEntry(ENTRY);
            if (entry == null || entry.getSize() == 0) {
                throw new IOException("Backup " + zip + " holds no " + ENTRY);
            }
        }
    }

    private LocalDateTime fileTime(Path file) {
        try {
            FileTime time = Files.getLastModifiedTime(file);
            return LocalDateTime.ofInstant(time.toInstant(), zone());
        } catch (IOException e) {
            return LocalDateTime.now(clock);
        }
    }

    private ZoneId zone() {
        return clock.getZone();
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Cannot delete {}", file, e);
        }
    }

    @FunctionalInterface
    private interface ZipWriter {
        void write(Path part) throws IOException, SQLException;
    }
}
