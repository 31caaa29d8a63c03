package fr.cress.relais.meetings;

import fr.cress.relais.common.error.BadInputException;
import fr.cress.relais.common.feature.Core;
import fr.cress.relais.db.StaleDataException;

import java.time.LocalDate;
import java.util.List;

/**
 * Decisions and action items. Open items roll forward: they appear in the « Suivi des actions » of the next
 * meetings of the group until they are closed, and closing one there records the meeting and the day.
 */
public final class FollowUpService {

    private final Core core;
    private final MeetingService meetings;

    public FollowUpService(Core core, MeetingService meetings) {
        this.core = core;
        this.meetings = meetings;
    }

    // Decisions

    /** The decisions register: every decision whose text, point or meeting matches {@code query}. */
    public List<Decision> searchDecisions(String query) {
        String q = Search.fold(query);
        return new DecisionRepository(core.dsl()).all().stream()
                .filter(d -> q.isEmpty() || Search.fold(d.text()).contains(q) || Search.fold(d.meetingTitle()).contains(q)
                        || Search.fold(d.agendaTitle()).contains(q))
                .toList();
    }

    public void addDecision(long meetingId, Long agendaItemId, String text) {
        String t = decisionText(text);
        core.store().transaction(dsl -> new DecisionRepository(dsl).insert(meetingId, agendaItemId, t));
    }

    public void updateDecision(Decision decision, Long agendaItemId, String text) {
        String t = decisionText(text);
        core.store().transaction(dsl -> {
            StaleDataException.check(new DecisionRepository(dsl)
                    .update(decision.id(), decision.version(), agendaItemId, t), entity("meetings.entity.decision"));
            return null;
        });
    }

    public void removeDecision(Decision decision) {
        core.store().transaction(dsl -> {
            StaleDataException.check(new DecisionRepository(dsl).delete(decision.id(), decision.version()),
                    entity("meetings.entity.decision"));
            return null;
        });
    }

    // Action items

    public long addItem(long meetingId, ActionItemDraft draft) {
        ActionItemDraft d = checked(draft);
        return core.store().transaction(dsl -> new ActionItemRepository(dsl).insert(meetingId, d));
    }

    public void updateItem(ActionItem item, ActionItemDraft draft) {
        ActionItemDraft d = checked(draft);
        core.store().transaction(dsl -> {
            StaleDataException.check(new ActionItemRepository(dsl).update(item.id(), item.version(), d),
                    entity("meetings.entity.item"));
            return null;
        });
    }

    public void removeItem(ActionItem item) {
        core.store().transaction(dsl -> {
            StaleDataException.check(new ActionItemRepository(dsl).delete(item.id(), item.version()),
                    entity("meetings.entity.item"));
            return null;
        });
    }

    /**
     * Closes items as done or dropped. In a meeting, the meeting is recorded and the day is the meeting's
     * (or today, when it is still to come); outside a meeting, the day is today.
     */
    public void close(List<ActionItem> items, ActionItemStatus status, Meeting in) {
        if (status == ActionItemStatus.OPEN) {
            throw new IllegalArgumentException("close to OPEN");
        }
        LocalDate today = meetings.today();
        LocalDate day = in == null || in.date().isAfter(today) ? today : in.date();
        Long meetingId = in == null ? null : in.id();
        core.store().transaction(dsl -> {
            ActionItemRepository repository = new ActionItemRepository(dsl);
            items.forEach(i -> StaleDataException.check(
                    repository.setStatus(i.id(), i.version(), status, day, meetingId), entity("meetings.entity.item")));
            return null;
        });
    }

    public void reopen(List<ActionItem> items) {
        core.store().transaction(dsl -> {
            ActionItemRepository repository = new ActionItemRepository(dsl);
            items.forEach(i -> StaleDataException.check(
                    repository.setStatus(i.id(), i.version(), ActionItemStatus.OPEN, null, null), entity("meetings.entity.item")));
            return null;
        });
    }

    /** Every open item, earliest meeting first. */
    /** How many items are open today, and how many of them are overdue (counted by the store). */
    public ActionItemCounts openCounts() {
        return new ActionItemRepository(core.dsl()).openCounts(meetings.today());
    }

    public List<ActionItem> openItems() {
        return new ActionItemRepository(core.dsl()).open();
    }

    private ActionItemDraft checked(ActionItemDraft d) {
        String title = MeetingService.blankToNull(d.title());
        if (title == null) {
            throw new BadInputException("meetings.error.itemTitle");
        }
        return new ActionItemDraft(title, d.ownerOrganisationId(), d.ownerContactId(), d.dueDate(),
                d.agendaItemId(), MeetingService.blankToNull(d.notes()));
    }

    private static String decisionText(String text) {
        String t = MeetingService.blankToNull(text);
        if (t == null) {
            throw new BadInputException("meetings.error.decisionText");
        }
        if (t.length() > 4000) {
            throw new BadInputException("meetings.error.decisionLength");
        }
        return t;
    }

    private String entity(String key) {
        return core.i18n().t(key);
    }
}
