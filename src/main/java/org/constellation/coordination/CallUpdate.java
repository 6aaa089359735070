package org.constellation.coordination;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.constellation.call.CallForm;
import org.constellation.call.CallSetup;
import org.constellation.proposal.CaseDelays;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.WaitingTimers;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator saves a call: the call, its timers and the cases waiting on its delays change in one transaction, and
 * the page says what moved, in words.
 */
@Service
class CallUpdate {

    private final CallSetup setup;
    private final CaseDelays caseDelays;
    private final MessageSource messages;
    private final Clock clock;

    CallUpdate(CallSetup setup, CaseDelays caseDelays, MessageSource messages, Clock clock) {
        this.setup = setup;
        this.caseDelays = caseDelays;
        this.messages = messages;
        this.clock = clock;
    }

    /** Saves the call; returns what its timers and waiting cases did, one sentence each. */
    @Transactional
    List<String> save(Long callId, CallForm form, String coordinator, Locale locale) {
        CallSetup.Updated updated = setup.update(callId, form, coordinator);
        CaseDelays.Followed followed = caseDelays.follow(callId, updated.changedFields());
        OffsetDateTime now = OffsetDateTime.now(clock);
        List<String> told = new ArrayList<>();
        for (WaitingTimers.Moved timer : updated.timers()) {
            OffsetDateTime to = timer.to().toInstant().atOffset(ZoneOffset.UTC);
            told.add(messages.getMessage(
                    to.isAfter(now) ? "call.timer.moved" : "call.timer.due",
                    new Object[] {
                        messages.getMessage("call.timer." + timer.activityId(), null, locale),
                        WrittenDates.moment(ParisTime.of(to).toLocalDateTime(), locale)
                    },
                    locale));
        }
        if (followed.waitingAnswers() > 0) {
            told.add(messages.getMessage("call.delays.answers", new Object[] {followed.waitingAnswers()}, locale));
        }
        if (followed.openChecks() > 0) {
            told.add(messages.getMessage("call.delays.checks", new Object[] {followed.openChecks()}, locale));
        }
        return told;
    }
}
