package fr.cress.relais.meetings.ui;

import fr.cress.relais.meetings.MeetingFile;
import javafx.scene.Node;
import javafx.scene.control.Tab;

/**
 * A tab of the meeting editor whose controls are made the first time the tab is chosen, then filled with the
 * meeting shown at that moment: opening the section styles and lays out only the tab on screen. Once made, the
 * tab follows every meeting shown, chosen or not, as a tab made at once would.
 */
abstract class EditorTab {

    private final Tab tab;
    private Node content;
    private MeetingFile file;

    EditorTab(MeetingViewModel vm, String id, String titleKey) {
        tab = new Tab(vm.t(titleKey));
        tab.setId(id);
        tab.setClosable(false);
    }

    final Tab tab() {
        return tab;
    }

    /** The tab's controls, made and filled with the meeting shown at the first call. */
    final Node content() {
        if (content == null) {
            content = build();
            if (file != null) {
                fill(file);
            }
        }
        return content;
    }

    /** True once the tab's controls are made. */
    final boolean built() {
        return content != null;
    }

    /** The meeting to show: shown now when the controls are made, else when they are. */
    final void show(MeetingFile f) {
        file = f;
        if (built()) {
            fill(f);
        }
    }

    /** The meeting last given to {@link #show} (null before the first). */
    final MeetingFile file() {
        return file;
    }

    /** Makes the tab's controls (once). */
    abstract Node build();

    /** Shows {@code f} in the controls made. */
    abstract void fill(MeetingFile f);
}
