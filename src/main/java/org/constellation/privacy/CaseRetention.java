package org.constellation.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.constellation.call.RetentionClass;
import org.constellation.notification.ErasureNotices;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.WrittenDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How long each case keeps its personal data, from the model: the end event a case reaches sets its retention class
 * ({@code ${caseRetention.end(execution, 'UNSUCCESSFUL')}}), a case still open past the limit raises the coordinators'
 * task ({@code ${caseRetention.openCaseCycle}}); then the daily run warns and erases what is due. Each case is handled
 * in its own transaction under a row lock that another node skips, so two nodes share the work.
 */
@Component("caseRetention")
public class CaseRetention {

    private static final Logger LOG = LoggerFactory.getLogger(CaseRetention.class);
    /** Cases handled per run and step: a season's worth, and a bound on one run's work. */
    static final int BATCH = 500;

    private final ProposalRepository proposals;
    private final RetentionExtensionRepository extensions;
    private final PurgeLogRepository purgeLog;
    private final Erasure erasure;
    private final ErasureNotices notices;
    private final RetentionRules rules;
    private final TransactionTemplate eachCase;
    private final Clock clock;

    public CaseRetention(
            ProposalRepository proposals,
            RetentionExtensionRepository extensions,
            PurgeLogRepository purgeLog,
            Erasure erasure,
            ErasureNotices notices,
            RetentionSettings settings,
            PlatformTransactionManager transactions,
            Clock clock) {
        this.proposals = proposals;
        this.extensions = extensions;
        this.purgeLog = purgeLog;
        this.erasure = erasure;
        this.notices = notices;
        this.rules = settings.rules();
        this.eachCase = new TransactionTemplate(transactions);
        this.clock = clock;
    }

    /** From the end event the case reaches: its outcome's class, and so the day its data goes. */
    @Transactional
    public void end(DelegateExecution execution, String retentionClass) {
        RetentionClass outcome = RetentionClass.valueOf(retentionClass);
        Proposal proposal = proposals
                .findById((Long) execution.getVariable(ProcessVariables.PROPOSAL_ID))
                .orElseThrow();
        OffsetDateTime now = OffsetDateTime.now(clock);
        proposal.end(
                outcome,
                now,
                rules.eraseAfter(now, rules.periodOf(outcome, proposal.getCall().retention(outcome))));
    }

    /** The timer cycle of the coordinators' task for a case still open: "R/P18M". */
    public String getOpenCaseCycle() {
        return rules.openCaseCycle();
    }

    /** A coordinator keeps an ended case until {@code until}, with the reason; the holder is warned again before. */
    @Transactional
    public RetentionExtension extend(Long proposalId, LocalDate until, String reason, String coordinator) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        if (proposal.isErased() || proposal.getEraseAfter() == null) {
            throw new RetentionRules.Refused(
                    proposal.isErased()
                            ? "Ce dossier est déjà effacé."
                            : "Ce dossier est encore ouvert : sa date d'effacement sera fixée à sa clôture.");
        }
        OffsetDateTime previous = proposal.getEraseAfter();
        OffsetDateTime next = rules.extension(previous, until, reason, clock.instant());
        proposal.keepUntil(next);
        return extensions.save(new RetentionExtension(
                proposalId, previous, next, reason.strip(), coordinator, OffsetDateTime.now(clock)));
    }

    /** A coordinator carries on a case still open past the limit (the task « Statuer sur un dossier ouvert »). */
    @Transactional
    public void carryOn(Long proposalId, String reason, String coordinator) {
        extensions.save(new RetentionExtension(proposalId, null, null, reason, coordinator, OffsetDateTime.now(clock)));
    }

    @Transactional(readOnly = true)
    public List<RetentionExtension> extensionsOf(Long proposalId) {
        return extensions.findByProposalIdOrderByExtendedAtAscIdAsc(proposalId);
    }

    /** Where a case stands with its personal data, for its page (in French, like the coordinators' pages). */
    public record View(
            String state,
            RetentionClass outcome,
            OffsetDateTime endedAt,
            OffsetDateTime eraseAfter,
            OffsetDateTime warnedAt,
            OffsetDateTime erasedAt,
            String openLimit,
            List<RetentionExtension> extensions,
            List<PurgeLogEntry> erasures) {}

    @Transactional(readOnly = true)
    public View view(Proposal proposal) {
        String state = proposal.isErased() ? "erased" : proposal.getEraseAfter() == null ? "open" : "ended";
        return new View(
                state,
                proposal.getRetentionClass(),
                proposal.getEndedAt(),
                proposal.getEraseAfter(),
                proposal.getErasureWarnedAt(),
                proposal.getErasedAt(),
                WrittenDates.period(rules.openLimit(), Locale.FRENCH),
                extensionsOf(proposal.getId()),
                purgeLog.findByProposalIdOrderByErasedAtAsc(proposal.getId()));
    }

    /** What one run did. */
    public record Run(int warned, int erased) {}

    /**
     * Warns the holders and the coordinators of the erasures due within the warning period, then erases what is due.
     */
    public Run run() {
        List<Proposal> warned = new ArrayList<>();
        for (Long id : proposals.findIdsToWarn(rules.warnBefore(clock.instant()), PageRequest.of(0, BATCH))) {
            Proposal proposal = alone(id, () -> eachCase.execute(status -> warn(id)));
            if (proposal != null) {
                warned.add(proposal);
            }
        }
        eachCase.executeWithoutResult(status -> notices.tellCoordinators(warned));
        int erased = 0;
        for (Long id : proposals.findIdsToErase(OffsetDateTime.now(clock), PageRequest.of(0, BATCH))) {
            erased += Boolean.TRUE.equals(alone(id, () -> eachCase.execute(status -> erase(id)))) ? 1 : 0;
        }
        return new Run(warned.size(), erased);
    }

    /** One case failing leaves the others to the run; the log names the case by id and the failure by its type only. */
    private static <T> T alone(Long id, Supplier<T> work) {
        try {
            return work.get();
        } catch (RuntimeException e) {
            LOG.warn(
                    "Retention of case {} failed ({}); the next run tries again",
                    id,
                    e.getClass().getName());
            return null;
        }
    }

    private Proposal warn(Long id) {
        if (proposals.lockUnlessTaken(id).isEmpty()) {
            return null;
        }
        Proposal proposal = proposals.findById(id).orElseThrow();
        if (proposal.isErased()
                || !rules.warningDue(proposal.getEraseAfter(), proposal.getErasureWarnedAt(), clock.instant())) {
            return null;
        }
        notices.warnHolder(proposal);
        proposal.warnedOfErasure(OffsetDateTime.now(clock));
        return proposal;
    }

    private boolean erase(Long id) {
        if (proposals.lockUnlessTaken(id).isEmpty()) {
            return false;
        }
        Proposal proposal = proposals.findById(id).orElseThrow();
        if (proposal.isErased()
                || !rules.erasureDue(proposal.getEraseAfter(), proposal.getErasureWarnedAt(), clock.instant())) {
            return false;
        }
        erasure.eraseCase(id, PurgeLogEntry.Cause.SCHEDULE, null);
        return true;
    }
}
