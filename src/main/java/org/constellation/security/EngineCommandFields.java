package org.constellation.security;

import java.lang.reflect.Field;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;

/**
 * Reads a field of one of the engine's command objects. The guards must see what a command is about to do (its task,
 * its filter, its query) and the engine exposes none of it; the fields are resolved when a guard class loads, so that
 * an engine upgrade that renames one stops the application at start instead of silently opening the guard.
 */
final class EngineCommandFields {

    /** A filter's run (list, page, count, single result): the filter it runs, and the query the request adds to it. */
    static final EngineCommandFields FILTER_ID = of(AbstractExecuteFilterCmd.class, "filterId");

    static final EngineCommandFields EXTENDING_QUERY = of(AbstractExecuteFilterCmd.class, "extendingQuery");

    private final Field field;

    private EngineCommandFields(Field field) {
        this.field = field;
    }

    static EngineCommandFields of(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            try {
                Field field = c.getDeclaredField(name);
                field.setAccessible(true);
                return new EngineCommandFields(field);
            } catch (NoSuchFieldException notHere) {
                // keep looking in the superclass
            }
        }
        throw new IllegalStateException(
                type.getName() + " has no field " + name + ": the engine changed, review the guard");
    }

    Object read(Object command) {
        try {
            return field.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
