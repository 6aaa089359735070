package org.constellation.coordination;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** The calls the committee's pages work on: those that select by jury, the one asked for ({@link ChosenCall}). */
@Component
class JuryCalls {

    private final ChosenCall chosenCall;
    private final CallRepository calls;
    private final MessageSource messages;

    JuryCalls(ChosenCall chosenCall, CallRepository calls, MessageSource messages) {
        this.chosenCall = chosenCall;
        this.calls = calls;
        this.messages = messages;
    }

    /** Every call that selects by jury, the most recent first: the pages' choice of call. */
    List<Call> withJury() {
        return calls.findAll().stream()
                .filter(Call::selectsByJury)
                .sorted(Comparator.comparing(Call::getId).reversed())
                .toList();
    }

    /**
     * The call asked for (by number or address), with its lists read, whether it has a jury or not; without a choice,
     * the most recent call with a jury; null when no call has one.
     */
    Call chosen(String asked) {
        if (asked != null && !asked.isBlank()) {
            return chosenCall.of(asked);
        }
        return withJury().stream()
                .findFirst()
                .map(latest -> chosenCall.of(latest.getId()))
                .orElse(null);
    }

    /** The call asked for, which an action or an export needs to select by jury: refused in words otherwise. */
    Call required(String asked, Locale locale) {
        Call call = chosen(asked);
        if (call == null || !call.selectsByJury()) {
            throw new ResponseStatusException(
                    HttpStatus.NOT_FOUND,
                    messages.getMessage(call == null ? "jury.none" : "jury.notByJury", null, locale));
        }
        return call;
    }
}
