package org.constellation.coordination;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.constellation.proposal.ProposalKind;
import org.constellation.proposal.ProposalStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A view of the table, as the address carries it (French parameter names, as the pages' links write them); the call by
 * its number or its address. {@code obligations=en-retard}: the cases that owe an obligation past its due date.
 */
record CaseView(
        String appel,
        String etat,
        String type,
        String attente,
        String q,
        String etiquette,
        String theme,
        String commune,
        String tenue,
        String retard,
        String obligations,
        String tri) {

    /** The value of {@code obligations} that keeps the cases owing an obligation past its due date. */
    static final String LATE_OBLIGATIONS = "en-retard";

    Cases.Filter filter() {
        Cases.Order order = CoordinationErrors.filter(tri, Cases.Order::valueOf);
        return new Cases.Filter(
                CoordinationErrors.filter(etat, ProposalStatus::valueOf),
                CoordinationErrors.filter(type, ProposalKind::valueOf),
                CoordinationErrors.filter(attente, Cases.WaitingOn::valueOf),
                CoordinationErrors.text(q),
                Optional.ofNullable(CoordinationErrors.text(etiquette))
                        .map(label -> label.toLowerCase(Locale.ROOT))
                        .orElse(null),
                CoordinationErrors.text(theme),
                CoordinationErrors.text(commune),
                CoordinationErrors.text(tenue),
                "oui".equals(retard),
                LATE_OBLIGATIONS.equals(obligations),
                order == null ? Cases.Order.REFERENCE : order);
    }

    /** The view as the query of a link (pages, exports), for the call shown. */
    String query(Long callId) {
        UriComponentsBuilder query = UriComponentsBuilder.newInstance().queryParam("appel", callId);
        Map<String, String> parts = new LinkedHashMap<>();
        parts.put("etat", etat);
        parts.put("type", type);
        parts.put("attente", attente);
        parts.put("q", q);
        parts.put("etiquette", etiquette);
        parts.put("theme", theme);
        parts.put("commune", commune);
        parts.put("tenue", tenue);
        parts.put("retard", retard);
        parts.put("obligations", obligations);
        parts.put("tri", tri);
        parts.forEach((name, value) -> {
            if (!blank(value)) {
                query.queryParam(name, value);
            }
        });
        return query.encode().build().getQuery();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
