package fr.cress.relais.meetings.ui;
public final class MeetingExportActions {
    public MeetingExportActions(fr.cress.relais.common.feature.UiContext ui, fr.cress.relais.meetings.MeetingsServices s) {}
    public void next(fr.cress.relais.meetings.MeetingExportService.Kind k) {}
    public void last(fr.cress.relais.meetings.MeetingExportService.Kind k) {}
}
