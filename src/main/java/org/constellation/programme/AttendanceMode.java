package org.constellation.programme;

/** How people take part, with OpenAgenda's {@code attendanceMode} code and schema.org's value. */
public enum AttendanceMode {
    OFFLINE(1, "OfflineEventAttendanceMode"),
    ONLINE(2, "OnlineEventAttendanceMode"),
    MIXED(3, "MixedEventAttendanceMode");

    private final int openAgendaCode;
    private final String schemaOrgMode;

    AttendanceMode(int openAgendaCode, String schemaOrgMode) {
        this.openAgendaCode = openAgendaCode;
        this.schemaOrgMode = schemaOrgMode;
    }

    public int openAgendaCode() {
        return openAgendaCode;
    }

    public String schemaOrgUrl() {
        return "https://schema.org/" + schemaOrgMode;
    }

    /** Online and mixed events need a link to join them. */
    public boolean needsLink() {
        return this != OFFLINE;
    }

    /** Offline and mixed events happen at a place. */
    public boolean hasPlace() {
        return this != ONLINE;
    }
}
