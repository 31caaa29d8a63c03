package fr.cress.relais.actions;

import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.ui.FileNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Files of joint actions kept beside the store: {@code <attachments>/action-<id>/<name>}. A linked file
 * keeps its own absolute path; a copied one is stored relative to the attachments folder.
 */
final class Attachments {

    private static final Logger LOG = LoggerFactory.getLogger(Attachments.class);

    private final Path root;

    Attachments(Path root) {
        this.root = root;
    }

    /** Copies the files still to copy; returns the list as it must be stored. New copies are added to {@code copies}. */
    List<ActionFile> resolve(long actionId, List<ActionFile> files, List<Path> copies) {
        List<ActionFile> resolved = new ArrayList<>();
        for (ActionFile f : files) {
            if (f.id() == null && f.copied() && Path.of(f.path()).isAbsolute()) {
                Path copy = copy(actionId, Path.of(f.path()));
                copies.add(copy);
                resolved.add(new ActionFile(null, f.label(), root.relativize(copy).toString().replace('\\', '/'), true));
            } else {
                resolved.add(f);
            }
        }
        return resolved;
    }

    /** Deletes the copies that were attached before and are no longer. */
    void forgetRemoved(List<ActionFile> before, List<ActionFile> after) {
        List<String> kept = after.stream().filter(ActionFile::copied).map(ActionFile::path).toList();
        before.stream().filter(ActionFile::copied).filter(f -> !kept.contains(f.path()))
                .forEach(f -> delete(locate(f)));
    }

    Path locate(ActionFile file) {
        return file.copied() ? root.resolve(file.path()).normalize() : Path.of(file.path());
    }

    void delete(Path copy) {
        try {
            if (copy.normalize().startsWith(root.normalize())) {
                Files.deleteIfExists(copy);
            }
        } catch (IOException e) {
            LOG.warn("Could not delete attachment {}", copy, e);
        }
    }

    private Path copy(long actionId, Path source) {
        if (!Files.isRegularFile(source)) {
            throw new BadInputException("actions.file.missing", source);
        }
        try {
            Path folder = Files.createDirectories(root.resolve("action-" + actionId));
            Path target = unique(folder, FileNames.safe(source.getFileName().toString()));
            return Files.copy(source, target);
        } catch (IOException e) {
            throw new AppException(e, "actions.file.copyFailed", source);
        }
    }

    private static Path unique(Path folder, String name) {
        Path target = folder.resolve(name);
        int dot = name.lastIndexOf('.');
        String stem = dot > 0 ? name.substring(0, dot) : name;
        String ext = dot > 0 ? name.substring(dot) : "";
        for (int i = 2; Files.exists(target); i++) {
            target = folder.resolve(stem + " (" + i + ")" + ext);
        }
        return target;
    }
}
