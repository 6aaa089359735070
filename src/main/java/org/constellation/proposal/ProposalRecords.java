package org.constellation.proposal;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one capability holds about a proposal, for the pages that show it whole: the holder's export
 * (privacy.HolderData), the case page and the tracking page read each capability through its one bean, as the mails
 * read its {@link ProposalFacts}, so that they agree on what there is. Each capability gives what it holds.
 */
public interface ProposalRecords {

    /** Its records of {@code proposal} as events of the case's story, in the team's words (French). */
    default List<Dated> story(Proposal proposal) {
        return List.of();
    }

    /** Its parts of the holder's export: what the holder gave or was told, nothing of anyone else. */
    default void addTo(HolderParts parts, Proposal proposal) {}

    /** An event of a case's story: {@code what} its kind, which the case page names, {@code detail} what happened. */
    record Dated(OffsetDateTime at, Happening what, String detail) {}

    /**
     * What an event of a case's story is, declared once for the capabilities, the case page and its template; in the
     * lifecycle's order, in which events of the same instant are told, the team's own actions and notes last.
     */
    enum Happening {
        STATUS,
        DECISION,
        ANSWER,
        PROPOSAL_CORRECTION,
        CORRECTION,
        MAIL,
        INTRODUCTION,
        FORUM,
        PROGRAMME,
        /** An obligation after selection met: its evidence given. */
        OBLIGATION,
        /** The holder's report after their event. */
        REPORT,
        /** A funded project's final report: given, sent back, approved (issue 32). */
        FINAL_REPORT,
        /** A payment of a funded project the finance department confirmed, or a sum to recover. */
        PAYMENT,
        TEAM,
        NOTE
    }

    /** The parts of a holder's export as the capabilities give them, each under its own typed key. */
    final class HolderParts {

        /** A part of the export, and the type of its value; one key per part, compared by identity. */
        public static final class Key<T> {

            private final String name;

            public Key(String name) {
                this.name = name;
            }

            @Override
            public String toString() {
                return name;
            }
        }

        private final Map<Key<?>, Object> parts = new HashMap<>();

        public <T> void put(Key<T> key, T value) {
            parts.put(key, value);
        }

        /** The part under {@code key}; null when nobody gave it. */
        @SuppressWarnings("unchecked")
        public <T> T get(Key<T> key) {
            return (T) parts.get(key);
        }
    }
}
