package fr.cress.relais.common.ui;

import fr.cress.relais.common.i18n.I18n;
import fr.cress.relais.common.i18n.Labelled;
import fr.cress.relais.common.text.Formats;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Compares two versions of the same record field by field, as the user sees them (labels, French values):
 * ids, versions and dates of saving are left aside.
 */
public final class RecordDiff {

    private static final Set<String> BOOKKEEPING = Set.of("id", "version", "updatedAt", "createdAt");
    private final I18n i18n;
    private final FieldLabels labels;

    public RecordDiff(I18n i18n) {
        this.i18n = i18n;
        this.labels = new FieldLabels(i18n);
    }

    /** The fields of {@code theirs} whose shown value differs from {@code yours}. */
    public List<Conflict.Difference> differences(Record theirs, Record yours) {
        return all(theirs, yours).stream().filter(d -> !d.theirs().equals(d.yours())).toList();
    }

    /** Every field of {@code theirs}, with the user's value beside it. */
    public List<Conflict.Difference> all(Record theirs, Record yours) {
        List<Conflict.Difference> result = new ArrayList<>();
        for (RecordComponent c : theirs.getClass().getRecordComponents()) {
            if (BOOKKEEPING.contains(c.getName()) || c.getName().endsWith("Id") || c.getName().endsWith("Ids")) {
                continue;
            }
            result.add(new Conflict.Difference(labels.label(c.getName()), shown(value(c, theirs)),
                    shown(value(c, yours))));
        }
        return result;
    }

    private static Object value(RecordComponent component, Record record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Unreadable field " + component.getName(), e);
        }
    }

    /** A value as the user reads it; empty values all read « (vide) ». */
    public String shown(Object value) {
        String text;
        if (value instanceof Labelled l) {
            text = i18n.label(l);
        } else if (value instanceof Boolean b) {
            text = i18n.t(b ? "team.value.yes" : "team.value.no");
        } else if (value instanceof LocalDate d) {
            text = Formats.date(d);
        } else if (value instanceof LocalDateTime t) {
            text = Formats.dateTime(t);
        } else if (value instanceof Collection<?> c) {
            text = c.stream().map(this::shown).collect(Collectors.joining(", "));
        } else {
            text = Objects.toString(value, "").strip();
        }
        return text.isEmpty() ? i18n.t("team.value.empty") : text;
    }
}
