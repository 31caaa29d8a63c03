package fr.cress.relais.meetings;

import fr.cress.relais.actions.ActionsFeature;
import fr.cress.relais.common.feature.Core;
import fr.cress.relais.common.feature.DashboardCard;
import fr.cress.relais.common.feature.DemoContext;
import fr.cress.relais.common.feature.ExportEntry;
import fr.cress.relais.common.feature.Feature;
import fr.cress.relais.common.feature.SectionId;
import fr.cress.relais.common.feature.SectionView;
import fr.cress.relais.common.feature.UiContext;
import fr.cress.relais.meetings.ui.MeetingExportActions;
import fr.cress.relais.meetings.ui.MeetingsCard;
import fr.cress.relais.meetings.ui.MeetingsView;
import fr.cress.relais.partners.PartnersFeature;
import org.kordamp.ikonli.material2.Material2OutlinedAL;
import org.kordamp.ikonli.material2.Material2OutlinedMZ;

import java.util.List;
import java.util.Optional;

/** Meetings of the working group: agenda, attendance, minutes, decisions and action items. */
public final class MeetingsFeature implements Feature {

    private final Core core;
    private final PartnersFeature partners;
    private final ActionsFeature actions;
    private final MeetingService meetings;
    private final MeetingsServices services;

    public MeetingsFeature(Core core, PartnersFeature partners, ActionsFeature actions) {
        this.core = core;
        this.partners = partners;
        this.actions = actions;
        this.meetings = new MeetingService(core);
        this.services = new MeetingsServices(meetings, new AgendaService(core), new AttendanceService(core),
                new FollowUpService(core, meetings), new PreparationService(core, meetings),
                new MeetingExportService(core, meetings));
    }

    public Core core() {
        return core;
    }

    public PartnersFeature partners() {
        return partners;
    }

    public ActionsFeature actions() {
        return actions;
    }

    public MeetingsServices services() {
        return services;
    }

    @Override
    public Optional<SectionId> section() {
        return Optional.of(SectionId.MEETINGS);
    }

    @Override
    public SectionView createView(UiContext ui) {
        return new MeetingsView(ui, services);
    }

    @Override
    public List<DashboardCard> dashboardCards(UiContext ui) {
        return List.of(new MeetingsCard(ui, services));
    }

    @Override
    public List<ExportEntry> exports(UiContext ui) {
        MeetingExportActions run = new MeetingExportActions(ui, services);
        return List.of(
                new ExportEntry("meetings.export.next.pack", "meetings.export.next.pack.detail",
                        Material2OutlinedAL.EVENT_NOTE, () -> run.next(MeetingExportService.Kind.PACK)),
                new ExportEntry("meetings.export.next.ics", "meetings.export.next.ics.detail",
                        Material2OutlinedAL.EVENT, () -> run.next(MeetingExportService.Kind.ICS)),
                new ExportEntry("meetings.export.last.minutes", "meetings.export.last.minutes.detail",
                        Material2OutlinedMZ.PICTURE_AS_PDF, () -> run.last(MeetingExportService.Kind.MINUTES_PDF)));
    }

    @Override
    public void loadDemo(DemoContext demo) {
        new MeetingsDemo(demo, core.i18n()).load();
    }
}
