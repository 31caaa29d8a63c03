package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.meetings.MeetingExportService.Kind;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingSummary;
import fr.cress.relais.meetings.MeetingsServices;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.stage.FileChooser;

import java.util.Optional;

/**
 * Writes a meeting's files (save dialog with a sensible name, background job, a notice with « open the
 * file »), opens the e-mail draft to the invitees, copies their addresses.
 */
public final class MeetingExportActions {

    private final UiContext ui;
    private final MeetingsServices services;

    public MeetingExportActions(UiContext ui, MeetingsServices services) {
        this.ui = ui;
        this.services = services;
    }

    /** The file of the next meeting (Exports section). */
    public void next(Kind kind) {
        ui.tasks().job(ui.i18n().t("meetings.task.load"), p -> services.meetings().next())
                .onSuccess(m -> exportOrSay(m, kind, "meetings.export.noNext"))
                .onFailure(ui.dialogs()::showError).start();
    }

    /** The file of the last meeting held (Exports section). */
    public void last(Kind kind) {
        ui.tasks().job(ui.i18n().t("meetings.task.load"), p -> services.meetings().last())
                .onSuccess(m -> exportOrSay(m, kind, "meetings.export.noLast"))
                .onFailure(ui.dialogs()::showError).start();
    }

    private void exportOrSay(Optional<MeetingSummary> meeting, Kind kind, String noneKey) {
        meeting.ifPresentOrElse(m -> export(m, kind),
                () -> ui.dialogs().showInfo(ui.i18n().t("meetings.export.title"), ui.i18n().t(noneKey)));
    }

    void export(MeetingSummary m, Kind kind) {
        ui.dialogs().chooseSaveFile(ui.i18n().t("meetings.export.title"), services.exports().fileName(m, kind),
                        filter(kind))
                .ifPresent(file -> ui.tasks().job(ui.i18n().t("meetings.task.export"),
                                p -> services.exports().write(m.id(), kind, file))
                        .onSuccess(written -> ui.dialogs().notify(ui.i18n().t("meetings.export.done",
                                written.getFileName()), written))
                        .onFailure(ui.dialogs()::showError)
                        .start());
    }

    void mail(long meetingId) {
        ui.tasks().job(ui.i18n().t("meetings.task.export"), p -> services.exports().mailDraft(meetingId))
                .onSuccess(ui.dialogs()::openLink)
                .onFailure(ui.dialogs()::showError).start();
    }

    void copyEmails(MeetingFile f) {
        ClipboardContent content = new ClipboardContent();
        content.putString(String.join("; ", f.emails()));
        Clipboard.getSystemClipboard().setContent(content);
        ui.dialogs().notify(ui.i18n().t("meetings.export.copied", f.emails().size()), null);
    }

    private FileChooser.ExtensionFilter filter(Kind kind) {
        return switch (kind) {
            case PACK, MINUTES_XLSX -> new FileChooser.ExtensionFilter(ui.i18n().t("meetings.export.filter.xlsx"), "*.xlsx");
            case MINUTES_PDF -> new FileChooser.ExtensionFilter(ui.i18n().t("meetings.export.filter.pdf"), "*.pdf");
            case ICS -> new FileChooser.ExtensionFilter(ui.i18n().t("meetings.export.filter.ics"), "*.ics");
        };
    }
}
