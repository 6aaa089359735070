package org.constellation.privacy;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.constellation.call.RetentionClass;
import org.constellation.programme.ProgrammeReleases;
import org.constellation.proposal.OrganisationType;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.workflow.SearchText;
import org.constellation.workflow.TaskNames;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Erases the personal data of a case, in one transaction: our rows that hold the person (the register of processing
 * lists them), the runtime and the history of the engine's instances for the case, and the contacts a released
 * programme showed. What stays is anonymous: the proposal's row (call, kind, commune, dates, outcome, steps), its
 * organisation's public name when the case was programmed, counts and durations. The log says which case and how much,
 * never what.
 */
@Service
public class Erasure {

    private static final Logger LOG = LoggerFactory.getLogger(Erasure.class);
    static final String DELETE_REASON = "Effacement des données personnelles (RGPD)";
    /** The subject left to a group message whose recipients are all erased. */
    static final String ERASED_MESSAGE = "Message effacé avec les données de ses destinataires";

    /** The organisation types that can only be a legal person, as SQL literals. */
    private static final String LEGAL_PERSONS = OrganisationType.LEGAL_PERSONS.stream()
            .map(type -> "'" + type.name() + "'")
            .collect(Collectors.joining(", "));

    /** Our rows that hold the person, by the proposal's id (parameter 1, or 1 and 2). */
    private static final List<String> STATEMENTS = List.of(
            "delete from information_answer where proposal_id = ?",
            "delete from entry_correction where proposal_id = ?",
            "delete from proposal_correction where proposal_id = ?",
            "delete from tracking_token where proposal_id = ?",
            "delete from forum_registration where proposal_id = ?",
            "delete from case_entry where proposal_id = ?",
            "delete from case_label where proposal_id = ?",
            // Why a coordinator kept the case: the dates and who stay (accountability), not the words about the person.
            "update retention_extension set reason = '' where proposal_id = ?",
            "update eligibility_decision set reasons = null, missing_information = null, confirmation_note = null "
                    + "where proposal_id = ?",
            "update criterion_assessment set override_reason = null where proposal_id = ?",
            "update accompaniment_plan set needs = '', actions = '' where proposal_id = ?",
            "update introduction set note = null where proposal_id = ? or partner_proposal_id = ?",
            "update partnership set description = null where first_proposal_id = ? or second_proposal_id = ?",
            // An event's report keeps its counts for the season's figures (anonymous); its words and photos go.
            "update event_report set partners = null, account = null where proposal_id = ?",
            "delete from event_report_photo where report_id in (select id from event_report where proposal_id = ?)",
            // Obligations keep whether and when they were met, for the season's figures; the evidence goes.
            "update proposal_obligation set evidence_url = null, evidence_text = null, photo = null, photo_type = null"
                    + " where proposal_id = ?",
            // A labelling call's answers keep whether each commitment was accepted, not how, in the holder's words; a
            // withdrawn label keeps when and who, not why (issue 31).
            "update proposal_commitment set how = null where proposal_id = ?",
            "update label_withdrawal set reason = '' where proposal_id = ?",
            // A funding call's budget is the organisation's (issue 32): its amounts and its other funders stay, what a
            // contribution in kind is, in the holder's words, goes. A SIRET stays when it can only be a legal person's:
            // an artist's, a company's (a sole trader's) or another's may name the person.
            "update proposal_budget_line set label = null where proposal_id = ? and kind = 'IN_KIND'",
            "update organisation set siret = null where id = (select organisation_id from proposal where id = ?)"
                    + " and type not in (" + LEGAL_PERSONS + ")"
                    + " and not exists (select 1 from proposal other where other.organisation_id = organisation.id"
                    + " and other.id <> ? and other.erased_at is null)",
            // A funded project's final report keeps its expenses and dates, public money's account; the holder's words
            // and why it was sent back go. Its payments hold nobody.
            "update funding_final_report set activity = null, sent_back_reason = null where proposal_id = ?",
            // A subsidy keeps its amounts, reference, conditions, when and who (the funder's accounts); the team's
            // reason for a reduced award or a refusal, which may speak of the person, goes.
            "update funding_award set reason = '' where proposal_id = ? and reason is not null",
            "update funding_refusal set reason = '' where proposal_id = ?",
            // A subsidy's agreement keeps when and how it was accepted, a public body's record; the signed copy, which
            // bears a person's name and signature, goes.
            "update funding_agreement set signed_copy = null, signed_copy_type = null where proposal_id = ?",
            // Mails to others that named this holder (an introduction) keep their envelope, not the text.
            "update outbox_mail set body_html = null, body_text = null, last_error = null where partner_id = ?",
            // A group message whose every recipient is now erased (one sent to this case alone): its words go, its
            // count
            // stays. Read through its copies, before they go (group:{message}:{proposal}).
            "update group_message set subject = '" + ERASED_MESSAGE
                    + "', body = '' where exists (select 1 from outbox_mail m"
                    + " where m.proposal_id = ? and m.occurrence_key = 'group:' || group_message.id || ':' || m.proposal_id)"
                    + " and not exists (select 1 from outbox_mail o join proposal p on p.id = o.proposal_id"
                    + " where o.occurrence_key like 'group:' || group_message.id || ':%' and o.proposal_id <> ?"
                    + " and p.erased_at is null)",
            "update outbox_mail set resend_of = null where resend_of in (select id from outbox_mail where proposal_id = ?)",
            "delete from outbox_mail where proposal_id = ?");

    private final ProposalRepository proposals;
    private final PurgeLogRepository purgeLog;
    private final ProgrammeReleases releases;
    private final RuntimeService runtime;
    private final HistoryService history;
    private final TaskService tasks;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    @PersistenceContext
    private EntityManager entityManager;

    public Erasure(
            ProposalRepository proposals,
            PurgeLogRepository purgeLog,
            ProgrammeReleases releases,
            RuntimeService runtime,
            HistoryService history,
            TaskService tasks,
            JdbcTemplate jdbc,
            Clock clock) {
        this.proposals = proposals;
        this.purgeLog = purgeLog;
        this.releases = releases;
        this.runtime = runtime;
        this.history = history;
        this.tasks = tasks;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Erases one case; a case already erased is left as it is. */
    @Transactional
    public void eraseCase(Long proposalId, PurgeLogEntry.Cause cause, String requestedBy) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        if (proposal.isErased()) {
            return;
        }
        // Our statements below bypass the persistence context: what it holds is written first, and forgotten after.
        entityManager.flush();
        releases.forgetPersonalContactsOf(proposalId);
        int instances = eraseEngineData(proposal);
        int rows = eraseRows(proposal);
        purgeLog.save(new PurgeLogEntry(
                OffsetDateTime.now(clock), cause, proposalId, proposal.getReference(), requestedBy, rows, instances));
        entityManager.flush();
        entityManager.detach(proposal);
        LOG.info(
                "Erased the personal data of case {} ({}): {} rows, {} engine instances",
                proposal.getReference(),
                cause,
                rows,
                instances);
    }

    /** The person behind a case, on their request: every case they hold, open or ended. Returns the references. */
    @Transactional
    public List<String> erasePerson(Long proposalId, String coordinator) {
        Proposal proposal = proposals.findById(proposalId).orElseThrow();
        List<Proposal> theirs = casesOf(proposal);
        theirs.forEach(held -> eraseCase(held.getId(), PurgeLogEntry.Cause.REQUEST, coordinator));
        return theirs.stream().map(Proposal::getReference).toList();
    }

    /** The cases of the person who holds this one, by their address; an erased case stands alone. */
    @Transactional(readOnly = true)
    public List<Proposal> casesOf(Proposal proposal) {
        if (proposal.isErased() || proposal.getContactEmail() == null) {
            return List.of(proposal);
        }
        return proposals.findByContactEmailIgnoreCase(proposal.getContactEmail()).stream()
                .filter(held -> !held.isErased())
                .toList();
    }

    private int eraseRows(Proposal proposal) {
        Long id = proposal.getId();
        int rows = 0;
        for (String statement : STATEMENTS) {
            Object[] ids =
                    statement.chars().filter(c -> c == '?').count() == 2 ? new Object[] {id, id} : new Object[] {id};
            rows += jdbc.update(statement, ids);
        }
        boolean programmed = proposal.getRetentionClass() == RetentionClass.PROGRAMMED;
        // The organisation's name is public once programmed; before that it may be a sole trader's own name.
        if (!programmed) {
            rows += jdbc.update(
                    "update organisation set name = null where id = (select organisation_id from proposal "
                            + "where id = ?) and not exists (select 1 from proposal other where other.organisation_id = organisation.id "
                            + "and other.id <> ? and other.erased_at is null)",
                    id,
                    id);
        }
        // What is gone is no longer found: an erased case answers to its reference alone, unless programmed.
        rows += jdbc.update(
                "update proposal set contact_name = null, contact_email = null, contact_phone = null, "
                        + "summary = null, description = null, offer_description = null, place = null, submission_key = null, "
                        + "title = case when ? then title else '' end, search_text = case when ? then search_text else ? end, "
                        + "ended_at = coalesce(ended_at, ?), erased_at = ?, version = version + 1 where id = ?",
                programmed,
                programmed,
                SearchText.ofParts(proposal.getReference(), "", null),
                OffsetDateTime.now(clock),
                OffsetDateTime.now(clock),
                id);
        return rows;
    }

    /**
     * The case's process keeps its steps (activities, tasks, times: the statistics) without its variables, comments,
     * decisions' inputs, operation log or failures' messages; the mails' and links' processes go whole.
     */
    private int eraseEngineData(Proposal proposal) {
        List<String> related = new ArrayList<>();
        for (HistoricProcessInstance instance : history.createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(proposal.getReference())
                .list()) {
            if (!instance.getId().equals(proposal.getProcessInstanceId())) {
                related.add(instance.getId());
            }
        }
        List<String> all = new ArrayList<>(related);
        if (proposal.getProcessInstanceId() != null) {
            all.add(proposal.getProcessInstanceId());
        }
        // Still running (an erasure on request): ended without listeners, so no mail and no step is triggered.
        runtime.deleteProcessInstancesIfExists(all, DELETE_REASON, true, true, false);
        if (!related.isEmpty()) {
            history.deleteHistoricProcessInstancesIfExists(related);
        }
        String caseInstance = proposal.getProcessInstanceId();
        if (caseInstance != null) {
            history.deleteHistoricVariableInstancesByProcessInstanceId(caseInstance);
            tasks.getProcessInstanceComments(caseInstance)
                    .forEach(comment -> tasks.deleteProcessInstanceComment(caseInstance, comment.getId()));
            tasks.getProcessInstanceAttachments(caseInstance)
                    .forEach(attachment -> tasks.deleteAttachment(attachment.getId()));
            history.createHistoricDecisionInstanceQuery()
                    .processInstanceId(caseInstance)
                    .list()
                    .forEach(decision -> history.deleteHistoricDecisionInstanceByInstanceId(decision.getId()));
            history.createUserOperationLogQuery()
                    .processInstanceId(caseInstance)
                    .list()
                    .forEach(entry -> history.deleteUserOperationLogEntry(entry.getId()));
            // A task's name in the history carries the proposal's title (TaskNames): kept only when the title is
            // public.
            if (proposal.getRetentionClass() != RetentionClass.PROGRAMMED) {
                history.createHistoricTaskInstanceQuery()
                        .processInstanceId(caseInstance)
                        .list()
                        .forEach(task -> jdbc.update(
                                "update act_hi_taskinst set name_ = ? where id_ = ?",
                                TaskNames.readable(TaskNames.step(task.getName()), proposal.getReference(), null, null),
                                task.getId()));
            }
            // No API clears a failure's message in the history: a delivery error may quote an address.
            jdbc.update(
                    "delete from act_ge_bytearray where id_ in (select job_exception_stack_id_ from act_hi_job_log "
                            + "where process_instance_id_ = ? and job_exception_stack_id_ is not null)",
                    caseInstance);
            jdbc.update(
                    "update act_hi_job_log set job_exception_msg_ = null, job_exception_stack_id_ = null "
                            + "where process_instance_id_ = ?",
                    caseInstance);
            jdbc.update("update act_hi_incident set incident_msg_ = null where proc_inst_id_ = ?", caseInstance);
        }
        return all.size();
    }
}
