package fr.cress.relais.meetings.export;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.meetings.AgendaItem;
import fr.cress.relais.meetings.MeetingFile;
import fr.cress.relais.meetings.MeetingTexts;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A « mailto: » link that opens the e-mail program with a message to every invitee: the organiser (if any)
 * as recipient, the invitees in blind copy, a subject and a body with the date, the place and the agenda.
 */
public final class MailDraft {

    private final MeetingTexts texts;
    private final I18n i18n;

    public MailDraft(MeetingTexts texts) {
        this.texts = texts;
        this.i18n = texts.i18n();
    }

    public URI uri(MeetingFile f, String organiserEmail) {
        List<String> emails = f.emails();
        String subject = i18n.t("meetings.mail.subject", f.meeting().title(),
                texts.longDate(f.meeting().date()));
        StringBuilder body = new StringBuilder(i18n.t("meetings.mail.body", f.meeting().title(),
                texts.when(f.meeting()), texts.where(f.meeting())));
        body.append("\n\n").append(i18n.t("meetings.file.agendaHeading")).append('\n');
        for (AgendaItem item : f.agenda()) {
            body.append(item.rank()).append(". ").append(item.title()).append('\n');
        }
        body.append('\n').append(i18n.t("meetings.mail.closing"));
        String to = organiserEmail == null ? "" : encode(organiserEmail);
        String bcc = emails.stream().map(MailDraft::encode).collect(Collectors.joining(","));
        return URI.create("mailto:" + to + "?bcc=" + bcc + "&subject=" + encode(subject)
                + "&body=" + encode(body.toString()));
    }

    /** RFC 6068: percent-encoded UTF-8, spaces as %20 (never +). */
    static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
