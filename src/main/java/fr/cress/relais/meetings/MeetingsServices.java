package fr.cress.relais.meetings;

/** The services of the meetings feature, built once by the feature and handed to its views and commands. */
public record MeetingsServices(MeetingService meetings, AgendaService agenda, AttendanceService attendance,
                               FollowUpService followUp, PreparationService preparation,
                               MeetingExportService exports) {
}
