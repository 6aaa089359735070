package org.constellation.workflow;

import java.net.URI;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The application's public addresses as mails, feeds, exports and pages give them, all from the configured base
 * (constellation.public-base-url), never from a request's Host header.
 */
@Component
public class PublicLinks {

    private final URI base;

    public PublicLinks(@Value("${constellation.public-base-url}") URI base) {
        this.base = base;
    }

    /** The service's own address. */
    public URI base() {
        return base;
    }

    /** The host, for the ids that name the service (a mail's Message-ID, an event's UID). */
    public String host() {
        return base.getHost();
    }

    /** A private tracking link, /suivi/{token}. */
    public URI tracking(String token) {
        return base.resolve("/suivi/" + token);
    }

    /** A single-use action link, /suivi/confirmer/{token}. */
    public URI action(String token) {
        return base.resolve("/suivi/confirmer/" + token);
    }

    /** A single-use link to accept a subsidy's agreement, /suivi/convention/{token}. */
    public URI agreement(String token) {
        return base.resolve("/suivi/convention/" + token);
    }

    /** The page that mails a holder a new tracking link. */
    public URI linkRequest() {
        return base.resolve("/suivi/lien");
    }

    /** A released programme entry's public page. */
    public URI programmeEntry(String seasonSlug, String entrySlug) {
        return base.resolve("/programme/" + seasonSlug + "/" + entrySlug);
    }

    /** A season's programme as an iCalendar feed. */
    public URI programmeFeed(String seasonSlug) {
        return base.resolve("/programme/" + seasonSlug + ".ics");
    }

    /** A case's page for the team. */
    public URI caseFile(Long proposalId) {
        return base.resolve("/coordination/dossiers/" + proposalId);
    }

    /** A call's payments as the accounting software reads them, for the finance department (issue 32). */
    public URI paymentList(Long callId) {
        return base.resolve("/coordination/financement/versements.csv?appel=" + callId);
    }

    /** Tasklist, where staff mails send the team. */
    public URI tasklist() {
        return base.resolve("/camunda/app/tasklist/default/");
    }
}
