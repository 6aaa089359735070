package org.constellation.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.identity.User;
import org.constellation.accompaniment.FollowUps;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.subsidy.FinalReports;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.PublicLinks;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenDates;
import org.springframework.stereotype.Component;

/**
 * « Prévenir la personne qui suit le projet » (« Financement »): a month after its due day, a final report still not
 * given goes to the proposal's follow-up person, in a staff mail written now (French, as the staff tools), with the
 * case's page; a proposal nobody follows goes to its call's contact. Once per step, as every mail.
 */
@Component("mailLateFinalReport")
public class MailLateFinalReportDelegate implements JavaDelegate {

    private final Proposals proposals;
    private final FinalReports reports;
    private final FollowUps followUps;
    private final IdentityService identity;
    private final MailComposer composer;
    private final Outbox outbox;
    private final PublicLinks links;

    public MailLateFinalReportDelegate(
            Proposals proposals,
            FinalReports reports,
            FollowUps followUps,
            IdentityService identity,
            MailComposer composer,
            Outbox outbox,
            PublicLinks links) {
        this.proposals = proposals;
        this.reports = reports;
        this.followUps = followUps;
        this.identity = identity;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Proposal proposal = proposals.get(((Number) execution.getVariable(ProcessVariables.PROPOSAL_ID)).longValue());
        User person = followUps
                .personOf(proposal.getId())
                .map(id -> identity.createUserQuery().userId(id).singleResult())
                .filter(user -> user.getEmail() != null && !user.getEmail().isBlank())
                .orElse(null);
        String address = person == null ? proposal.getCall().getContactEmail() : person.getEmail();
        if (address == null || address.isBlank()) {
            // A call always has its contact once open; nobody to tell is no reason to fail the step.
            return;
        }
        MailTemplate template = MailTemplate.FINAL_REPORT_LATE;
        MailComposer.ComposedMail mail = composer.composeForStaff(
                template,
                proposal.getCall().getTitle(),
                proposal.getReference(),
                Map.of(
                        "staffName",
                        person == null
                                ? Objects.requireNonNullElse(proposal.getCall().getContactName(), "")
                                : StaffNames.of(person),
                        "reference",
                        proposal.getReference(),
                        "title",
                        proposal.getTitle(),
                        "due",
                        WrittenDates.day(reports.dueDay(proposal.getId()), Locale.FRENCH),
                        "caseUrl",
                        links.caseFile(proposal.getId()).toString()));
        outbox.queuePrepared(
                template,
                proposal.getCall().getId(),
                proposal.getId(),
                address,
                "fr",
                mail,
                template.templateName() + ":" + execution.getProcessInstanceId() + ":"
                        + execution.getActivityInstanceId());
    }
}
