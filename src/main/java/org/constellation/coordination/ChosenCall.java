package org.constellation.coordination;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.proposal.Proposal;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * The call a coordinators' page works on: the one asked for (parameter appel), or the most recent; for the pages
 * reviewers read too, only a call their groups serve.
 */
@Component
class ChosenCall {

    /** A call's number as the address carries it; a longer run of digits is no number any call has. */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");
    /** What a call's address may be (CallForm): anything else is looked up nowhere, a NUL byte least of all. */
    private static final Pattern ADDRESS = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final CallRepository calls;

    ChosenCall(CallRepository calls) {
        this.calls = calls;
    }

    /** The call a page works on, with its lists read: the page shows them after the transaction. */
    Call of(Long callId) {
        if (callId == null) {
            Long latest = calls.findAll().stream()
                    .map(Call::getId)
                    .max(Comparator.naturalOrder())
                    .orElseThrow(() ->
                            new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun appel : créez-en un d'abord."));
            return of(latest);
        }
        return calls.findWholeById(callId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun appel n°" + callId + "."));
    }

    /**
     * The call asked for by its number or by its address, as links and people write either ("12",
     * "environnement-biodiversite"); the most recent when nothing is asked. Digits are a number first (the pages' own
     * links carry numbers), then an address, which may be digits only.
     */
    Call of(String asked) {
        String wanted = asked == null ? "" : asked.strip();
        if (wanted.isEmpty()) {
            return of((Long) null);
        }
        boolean number = NUMBER.matcher(wanted).matches();
        Optional<Call> byNumber = number ? calls.findWholeById(Long.valueOf(wanted)) : Optional.empty();
        return byNumber.or(
                        () -> wanted.length() <= 80 && ADDRESS.matcher(wanted).matches()
                                ? calls.findWholeBySlug(wanted)
                                : Optional.<Call>empty())
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND,
                        number
                                ? "Aucun appel n°" + wanted + "."
                                : "Aucun appel à l’adresse « " + CoordinationErrors.shown(wanted) + " »."));
    }

    /** The calls the member serves: coordinators every call, reviewers those of their groups. */
    List<Call> servedBy(StaffSession.Member member) {
        return calls.findAll().stream()
                .filter(c -> member.serves(c.getReviewerGroup()))
                .toList();
    }

    /**
     * The call a page shows, if the member serves it: coordinators every call, reviewers those of their groups, read
     * only (no bulk action, no note). Without a choice, the latest call they serve.
     */
    Call served(StaffSession.Member member, String asked) {
        Call call = (asked != null && !asked.isBlank()) || member.isCoordinator()
                ? of(asked)
                : of(servedBy(member).stream()
                        .map(Call::getId)
                        .max(Long::compare)
                        .orElseThrow(() -> new ResponseStatusException(
                                HttpStatus.FORBIDDEN, "Aucun appel servi par vos groupes.")));
        if (!member.serves(call.getReviewerGroup())) {
            throw new ResponseStatusException(
                    HttpStatus.FORBIDDEN, "Ces dossiers sont ceux d’un appel que vos groupes ne servent pas.");
        }
        return call;
    }

    /** A case a page acts on ({@code proposal}, read for {@code id}): 404 when there is none, refused unless served. */
    Proposal servedCase(StaffSession.Member member, Proposal proposal, Long id) {
        if (proposal == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun dossier n°" + id + ".");
        }
        served(member, proposal.getCall().getId().toString());
        return proposal;
    }
}
