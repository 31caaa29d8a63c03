package fr.cress.relais.meetings;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.feature.Core;
import fr.cress.relais.db.StaleDataException;

import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** The agenda of a meeting: add, change, reorder and remove points; write the minutes of each point. */
public final class AgendaService {

    private final Core core;

    public AgendaService(Core core) {
        this.core = core;
    }

    public void add(long meetingId, AgendaItemDraft draft) {
        AgendaItemDraft d = checked(draft);
        core.store().transaction(dsl -> {
            AgendaRepository agenda = new AgendaRepository(dsl);
            return agenda.insert(meetingId, agenda.nextRank(meetingId), d, false);
        });
    }

    public void update(AgendaItem item, AgendaItemDraft draft) {
        AgendaItemDraft d = checked(draft);
        core.store().transaction(dsl -> {
            StaleDataException.check(new AgendaRepository(dsl).update(item.id(), item.version(), d), entity());
            return null;
        });
    }

    /** Removes a point; the « Suivi des actions » point stays (it gathers the items to review). */
    public void remove(AgendaItem item) {
        if (item.followUp()) {
            throw new BadInputException("meetings.error.followUpKept");
        }
        core.store().transaction(dsl -> {
            AgendaRepository agenda = new AgendaRepository(dsl);
            StaleDataException.check(agenda.delete(item.id(), item.version()), entity());
            renumber(agenda, agenda.list(item.meetingId()).stream().map(AgendaItem::id).toList());
            return null;
        });
    }

    /** Puts the points of a meeting in this order; refused if the agenda changed meanwhile. */
    public void reorder(long meetingId, List<Long> orderedIds) {
        core.store().transaction(dsl -> {
            AgendaRepository agenda = new AgendaRepository(dsl);
            List<Long> current = agenda.list(meetingId).stream().map(AgendaItem::id).toList();
            if (current.size() != orderedIds.size() || !new HashSet<>(current).equals(new HashSet<>(orderedIds))) {
                throw new StaleDataException(entity());
            }
            renumber(agenda, orderedIds);
            return null;
        });
    }

    /** Moves one point up (negative) or down (positive) by {@code delta} places, within the agenda. */
    public static List<Long> moved(List<AgendaItem> agenda, long itemId, int delta) {
        List<Long> ids = new java.util.ArrayList<>(agenda.stream().map(AgendaItem::id).toList());
        int from = ids.indexOf(itemId);
        if (from < 0) {
            return ids;
        }
        int to = Math.max(0, Math.min(ids.size() - 1, from + delta));
        ids.add(to, ids.remove(from));
        return ids;
    }

    /** Saves the minutes typed for several points at once (all or nothing). */
    public void saveMinutes(Map<AgendaItem, String> minutes) {
        core.store().transaction(dsl -> {
            AgendaRepository agenda = new AgendaRepository(dsl);
            minutes.forEach((item, text) -> StaleDataException.check(
                    agenda.updateMinutes(item.id(), item.version(), MeetingService.blankToNull(text)), entity()));
            return null;
        });
    }

    private static void renumber(AgendaRepository agenda, List<Long> ids) {
        for (int i = 0; i < ids.size(); i++) {
            agenda.setRank(ids.get(i), i + 1);
        }
    }

    private static AgendaItemDraft checked(AgendaItemDraft d) {
        String title = MeetingService.blankToNull(d.title());
        if (title == null) {
            throw new BadInputException("meetings.error.agendaTitle");
        }
        if (d.durationMinutes() != null && (d.durationMinutes() < 0 || d.durationMinutes() > 24 * 60)) {
            throw new BadInputException("meetings.error.duration");
        }
        return new AgendaItemDraft(title, d.presenterId(), d.durationMinutes(), MeetingService.blankToNull(d.notes()));
    }

    private String entity() {
        return core.i18n().t("meetings.entity.agenda");
    }
}
