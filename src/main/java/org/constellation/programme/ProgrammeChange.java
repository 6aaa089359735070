package org.constellation.programme;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** One line of a release's changelog: an entry added, changed (which fields) or cancelled since the last release. */
public record ProgrammeChange(
        String uid, String slug, String title, Kind kind, ProgrammeEntryStatus status, List<String> fields) {

    public enum Kind {
        ADDED,
        CHANGED,
        CANCELLED
    }

    /** Bookkeeping that changes with every edit without the public seeing anything new. */
    private static final Set<String> NOT_COMPARED = Set.of("uid", "slug", "sequence", "updatedAt");

    /** What differs from {@code before} to {@code after}, entry by entry, in the order of {@code after}. */
    public static List<ProgrammeChange> between(List<PublishedEntry> before, List<PublishedEntry> after) {
        Map<String, PublishedEntry> previous = new LinkedHashMap<>();
        before.forEach(entry -> previous.put(entry.uid(), entry));
        List<ProgrammeChange> changes = new ArrayList<>();
        for (PublishedEntry entry : after) {
            PublishedEntry old = previous.get(entry.uid());
            if (old == null) {
                changes.add(of(entry, Kind.ADDED, List.of()));
            } else if (entry.isCancelled() && !old.isCancelled()) {
                changes.add(of(entry, Kind.CANCELLED, List.of()));
            } else {
                List<String> fields = changedFields(old, entry);
                if (!fields.isEmpty()) {
                    changes.add(of(entry, Kind.CHANGED, fields));
                }
            }
        }
        return changes;
    }

    private static ProgrammeChange of(PublishedEntry entry, Kind kind, List<String> fields) {
        return new ProgrammeChange(entry.uid(), entry.slug(), entry.title(), kind, entry.status(), fields);
    }

    private static List<String> changedFields(PublishedEntry old, PublishedEntry now) {
        List<String> fields = new ArrayList<>();
        for (RecordComponent component : PublishedEntry.class.getRecordComponents()) {
            if (!NOT_COMPARED.contains(component.getName())
                    && !Objects.equals(value(component, old), value(component, now))) {
                fields.add(component.getName());
            }
        }
        return fields;
    }

    private static Object value(RecordComponent component, PublishedEntry entry) {
        try {
            Object value = component.getAccessor().invoke(entry);
            // Instants compare by the moment, whatever offset JSON gave them back with.
            if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof Timing) {
                return list.stream()
                        .map(t -> List.of(
                                ((Timing) t).startsAt().toInstant(),
                                ((Timing) t).endsAt().toInstant()))
                        .toList();
            }
            return value;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
