package fr.cress.relais.common.ui;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;

/**
 * The {@code version} of a record and a copy of it with another version: a deliberate overwrite saves the
 * user's values against the version saved now, whatever the record.
 */
public final class RecordVersions {

    private RecordVersions() {
    }

    public static int version(Record record) {
        return (int) value(record, component(record));
    }

    /** The same record, with {@code version} in place of its own. */
    public static <T extends Record> T withVersion(T record, int version) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = components[i].getName().equals("version") ? version : value(record, components[i]);
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            @SuppressWarnings("unchecked")
            T copy = (T) canonical.newInstance(values);
            return copy;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot copy " + record.getClass().getSimpleName(), e);
        }
    }

    private static RecordComponent component(Record record) {
        return Arrays.stream(record.getClass().getRecordComponents())
                .filter(c -> c.getName().equals("version")).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(record.getClass().getSimpleName() + " has no version"));
    }

    private static Object value(Record record, RecordComponent component) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Unreadable field " + component.getName(), e);
        }
    }
}
