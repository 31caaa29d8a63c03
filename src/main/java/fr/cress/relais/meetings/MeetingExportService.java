package fr.cress.relais.meetings;

import fr.cress.relais.common.error.AppException;
import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.ui.FileNames;
import fr.cress.relais.meetings.export.IcsWriter;
import fr.cress.relais.meetings.export.MailDraft;
import fr.cress.relais.meetings.export.MeetingPackWriter;
import fr.cress.relais.meetings.export.MinutesPdfWriter;
import fr.cress.relais.meetings.export.MinutesWorkbookWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * The files of a meeting: the meeting pack (.xlsx), the minutes (.xlsx and .pdf), the invitation (.ics)
 * and the e-mail draft to every invitee. A file that cannot be written is reported in plain words.
 */
public final class MeetingExportService {

    /** What can be written for a meeting. */
    public enum Kind {
        PACK("meetings.export.pack.file", "xlsx"),
        MINUTES_XLSX("meetings.export.minutes.file", "xlsx"),
        MINUTES_PDF("meetings.export.minutes.file", "pdf"),
        ICS("meetings.export.ics.file", "ics");

        private final String nameKey;
        private final String extension;

        Kind(String nameKey, String extension) {
            this.nameKey = nameKey;
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private final Core core;
    private final MeetingService meetings;

    public MeetingExportService(Core core, MeetingService meetings) {
        this.core = core;
        this.meetings = meetings;
    }

    /** Writes {@code kind} for meeting {@code id} to {@code file}; returns the file. */
    public Path write(long id, Kind kind, Path file) {
        MeetingFile f = meetings.load(id);
        MeetingTexts texts = new MeetingTexts(core.i18n());
        Optional<Refs.Representative> organiser = organiser(f);
        String by = organiser.map(Refs.Representative::organisationName).orElse(null);
        try {
            switch (kind) {
                case PACK -> new MeetingPackWriter(texts, meetings.today(), by).write(f, file);
                case MINUTES_XLSX -> new MinutesWorkbookWriter(texts, meetings.today(), by).write(f, file);
                case MINUTES_PDF -> new MinutesPdfWriter(texts, meetings.today(), by).write(f, file);
                case ICS -> writeText(file, new IcsWriter(texts).write(f, organiser, core.clock().instant()));
            }
        } catch (IOException e) {
            throw new AppException(e, "meetings.error.write", file.getFileName());
        }
        return file;
    }

    /** The e-mail draft to every invitee with an address. */
    public URI mailDraft(long id) {
        MeetingFile f = meetings.load(id);
        if (f.emails().isEmpty()) {
            throw new AppException("meetings.error.noEmail");
        }
        return new MailDraft(new MeetingTexts(core.i18n())).uri(f, organiser(f).map(Refs.Representative::email)
                .orElse(null));
    }

    /** « Dossier de réunion 2026-12-17 - Réunion du groupe….xlsx », safe on every system. */
    public String fileName(MeetingSummary m, Kind kind) {
        String name = core.i18n().t(kind.nameKey, m.startsAt().toLocalDate().toString(), m.title());
        String safe = FileNames.safe(name);
        return (safe.length() > 120 ? safe.substring(0, 120).strip() : safe) + "." + kind.extension;
    }

    private Optional<Refs.Representative> organiser(MeetingFile f) {
        return new DirectoryRepository(core.dsl()).pilot(f.meeting().groupId());
    }

    private static void writeText(Path file, String text) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempFile(parent, ".relais-", ".tmp");
        try {
            Files.writeString(tmp, text, StandardCharsets.UTF_8);
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}
