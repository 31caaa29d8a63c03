package fr.cress.relais.meetings.ui;
public final class MeetingsView implements fr.cress.relais.common.feature.SectionView {
    public MeetingsView(fr.cress.relais.common.feature.UiContext ui, fr.cress.relais.meetings.MeetingsServices s) {}
    public javafx.scene.Node node() { return null; }
}
