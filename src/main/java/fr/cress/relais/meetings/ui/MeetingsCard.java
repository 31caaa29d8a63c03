package fr.cress.relais.meetings.ui;
public final class MeetingsCard implements fr.cress.relais.common.feature.DashboardCard {
    public MeetingsCard(fr.cress.relais.common.feature.UiContext ui, fr.cress.relais.meetings.MeetingsServices s) {}
    public String titleKey() { return ""; }
    public javafx.scene.Node node() { return null; }
}
