package org.constellation.matching.engine;

/**
 * What a proposal may need and another may offer (issue 6: room, exhibition, staff, a speaker or scientist, a school
 * class, an audience, equipment, a funding lead, communication). A need is met by an offer of the same resource.
 */
public enum Resource {
    ROOM("lends a room", "prête une salle"),
    EXHIBITION("lends an exhibition", "prête une exposition"),
    STAFF("offers staff", "met du personnel à disposition"),
    SCIENTIST("offers a speaker or scientist", "propose un·e intervenant·e ou scientifique"),
    SCHOOL_CLASS("offers a school class", "propose une classe"),
    AUDIENCE("brings an audience", "amène un public"),
    EQUIPMENT("lends equipment", "prête du matériel"),
    FUNDING_LEAD("knows a funding lead", "connaît une piste de financement"),
    COMMUNICATION("helps with communication", "aide à la communication");

    private final String english;
    private final String french;

    Resource(String english, String french) {
        this.english = english;
        this.french = french;
    }

    String offered(boolean french) {
        return french ? this.french : english;
    }
}
