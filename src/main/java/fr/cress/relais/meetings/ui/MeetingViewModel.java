package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.concurrent.Work;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.meetings.Choices;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingsServices;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * The meeting being shown: loads it in the background, runs every change through the task runner, then
 * reloads it so that each tab shows fresh versions (optimistic locking). Failures are shown in plain words
 * and the meeting is reloaded; what the user typed in open forms stays.
 */
public final class MeetingViewModel {

    private final UiContext ui;
    private final MeetingsServices services;
    private final ObjectProperty<MeetingFile> file = new SimpleObjectProperty<>();
    private final ObjectProperty<Choices> choices = new SimpleObjectProperty<>(Choices.none());
    private Runnable changed = () -> { };

    public MeetingViewModel(UiContext ui, MeetingsServices services) {
        this.ui = ui;
        this.services = services;
    }

    public UiContext ui() {
        return ui;
    }

    public MeetingsServices services() {
        return services;
    }

    public ReadOnlyObjectProperty<MeetingFile> file() {
        return file;
    }

    public ReadOnlyObjectProperty<Choices> choices() {
        return choices;
    }

    public LocalDate today() {
        return services.meetings().today();
    }

    public String t(String key, Object... args) {
        return ui.i18n().t(key, args);
    }

    public String label(fr.cress.relais.common.i18n.Labelled value) {
        return ui.i18n().label(value);
    }

    /** Called after each successful change (the list and the dashboard refresh). */
    public void onChanged(Runnable callback) {
        this.changed = callback;
    }

    public void loadChoices() {
        ui.tasks().job(t("meetings.task.load"), p -> services.meetings().choices())
                .onSuccess(choices::set).onFailure(ui.dialogs()::showError).start();
    }

    public void open(long id) {
        ui.tasks().job(t("meetings.task.load"), p -> services.meetings().load(id))
                .onSuccess(file::set)
                .onFailure(e -> {
                    file.set(null);
                    ui.dialogs().showError(e);
                })
                .start();
    }

    public void close() {
        file.set(null);
    }

    public void reload() {
        MeetingFile current = file.get();
        if (current != null) {
            open(current.meeting().id());
        }
    }

    /** Runs a change in the background, then reloads the meeting and tells the others. */
    public <T> void run(String titleKey, Work<T> work) {
        run(titleKey, work, r -> { });
    }

    public <T> void run(String titleKey, Work<T> work, Consumer<T> then) {
        run(titleKey, work, then, error -> {
            ui.dialogs().showError(error);
            reload();
        });
    }

    /** As {@link #run(String, Work, Consumer)}, a failure going to {@code failed} (a conflict: the shared dialog). */
    public <T> void run(String titleKey, Work<T> work, Consumer<T> then, Consumer<Throwable> failed) {
        ui.tasks().job(t(titleKey), work)
                .onSuccess(result -> {
                    then.accept(result);
                    reload();
                    changed.run();
                    ui.events().changed("meetings");
                })
                .onFailure(failed)
                .start();
    }
}
