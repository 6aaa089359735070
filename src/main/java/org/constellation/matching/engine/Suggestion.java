package org.constellation.matching.engine;

import java.util.List;

/** A partner suggested to a proposal, with its score and the reasons a person reads, most telling first. */
public record Suggestion(long partnerId, String partnerTitle, double score, List<String> reasons) {

    public Suggestion {
        reasons = List.copyOf(reasons);
    }

    /**
     * The reasons as one sentence: "prête une salle pour 80 personnes à Échirolles, à 3 km, thème astronomie en
     * commun".
     */
    public String explanation() {
        return String.join(", ", reasons);
    }
}
