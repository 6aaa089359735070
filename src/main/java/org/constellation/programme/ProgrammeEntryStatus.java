package org.constellation.programme;

/**
 * Where an entry stands, with the codes of OpenAgenda's {@code status} and schema.org's {@code eventStatus}. Every
 * state after DRAFT is public; RESCHEDULED, POSTPONED and FULL are set on a published entry when its event changes.
 */
public enum ProgrammeEntryStatus {
    /** Prepared by a reviewer, not yet in the programme. */
    DRAFT(0, null),
    /** In the season's programme at the times given. */
    SCHEDULED(1, "EventScheduled"),
    /** Its times changed after publication. */
    RESCHEDULED(2, "EventRescheduled"),
    /** It will not take place at the times given; new times are not known yet. */
    POSTPONED(4, "EventPostponed"),
    /** It takes place, without room for more participants. */
    FULL(5, "EventScheduled"),
    /** Withdrawn after publication: stays in the feeds as cancelled so that calendars remove it. */
    CANCELLED(6, "EventCancelled");

    private final int openAgendaCode;
    private final String schemaOrgStatus;

    ProgrammeEntryStatus(int openAgendaCode, String schemaOrgStatus) {
        this.openAgendaCode = openAgendaCode;
        this.schemaOrgStatus = schemaOrgStatus;
    }

    public int openAgendaCode() {
        return openAgendaCode;
    }

    public String schemaOrgUrl() {
        return "https://schema.org/" + schemaOrgStatus;
    }

    /** The states a coordinator may give a published entry; CANCELLED comes only from a withdrawal. */
    public boolean isSetByCoordinators() {
        return this == SCHEDULED || this == RESCHEDULED || this == POSTPONED || this == FULL;
    }
}
