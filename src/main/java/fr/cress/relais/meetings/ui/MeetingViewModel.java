package fr.cress.relais.meetings.ui;

import fr.cress.relais.common.concurrent.Work;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.meetings.Choices;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingsServices;
import fr.cress.relais.meetings.Picks;
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
    /** The meeting last asked for (null: none); only the reading of that request may be shown. */
    private Long wanted;
    private long requests;
    /** Whom the dialogs offer to pick: read when a dialog first needs it, forgotten when the lists are read again. */
    private Picks picks;
    private long picksRead;
    /** The dialog waiting for {@link #picks} (the last one asked for). */
    private Runnable waitingForPicks;

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

    /** Reads what the form offers again; whom the dialogs offer is read again at the next dialog. */
    public void loadChoices() {
        picks = null;
        picksRead++;
        ui.tasks().job(t("meetings.task.load"), p -> services.meetings().choices())
                .onSuccess(choices::set).onFailure(ui.dialogs()::showError).start();
    }

    /** Every organisation and person of the directory; only within {@link #withPicks}. */
    Picks picks() {
        return picks;
    }

    /**
     * Runs {@code dialog} once every organisation and person of the directory is read: at once when already read,
     * else after one reading in the background (a dialog asked for meanwhile takes the place of the previous one).
     */
    public void withPicks(Runnable dialog) {
        if (picks != null) {
            dialog.run();
            return;
        }
        boolean underWay = waitingForPicks != null;
        waitingForPicks = dialog;
        if (underWay) {
            return;
        }
        long asOf = picksRead;
        ui.tasks().job(t("meetings.task.load"), p -> services.meetings().picks())
                .onSuccess(read -> {
                    picks = read;
                    Runnable waiting = waitingForPicks;
                    waitingForPicks = null;
                    waiting.run();
                    if (asOf != picksRead) {
                        picks = null; // the lists were read again meanwhile: the next dialog reads again
                    }
                })
                .onFailure(e -> {
                    waitingForPicks = null;
                    ui.dialogs().showError(e);
                })
                .start();
    }

    /**
     * Reads the meeting in the background and shows it, unless another meeting (or this one again) was asked for
     * meanwhile: readings run side by side and may end in any order, the last request alone is shown.
     */
    public void open(long id) {
        wanted = id;
        long request = ++requests;
        ui.tasks().job(t("meetings.task.load"), p -> services.meetings().load(id))
                .onSuccess(f -> {
                    if (request == requests) {
                        file.set(f);
                    }
                })
                .onFailure(e -> {
                    if (request == requests) {
                        wanted = null;
                        file.set(null);
                        ui.dialogs().showError(e);
                    }
                })
                .start();
    }

    /** True when {@code id} is the meeting shown or being read to be shown. */
    public boolean asked(long id) {
        return wanted != null && wanted == id;
    }

    public void close() {
        wanted = null;
        requests++; // a reading still under way is not shown
        file.set(null);
    }

    /** Reads again the meeting last asked for (which may still be loading), not an earlier one still shown. */
    public void reload() {
        if (wanted != null) {
            open(wanted);
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
