package org.constellation.notification;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.identity.User;
import org.constellation.accompaniment.FollowUps;
import org.constellation.proposal.Proposal;
import org.constellation.workflow.PublicLinks;
import org.constellation.workflow.StaffNames;
import org.springframework.stereotype.Component;

/**
 * A staff mail about a case, to its follow-up person, or to its call's contact while nobody follows it: written now
 * (French, as the staff tools), with the case's reference, title and page beside what the step tells; queued once per
 * step, as every mail. What is late after selection (an obligation, a final report) is told this way.
 */
@Component
class FollowUpMail {

    private final FollowUps followUps;
    private final IdentityService identity;
    private final MailComposer composer;
    private final Outbox outbox;
    private final PublicLinks links;

    FollowUpMail(
            FollowUps followUps, IdentityService identity, MailComposer composer, Outbox outbox, PublicLinks links) {
        this.followUps = followUps;
        this.identity = identity;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
    }

    /** Tells the case's follow-up person what {@code facts} say, in {@code template}; {@code about} makes its key. */
    void tell(
            DelegateExecution step, Proposal proposal, MailTemplate template, Map<String, Object> facts, String about) {
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
        Map<String, Object> model = new HashMap<>(facts);
        model.put(
                "staffName",
                person == null
                        ? Objects.requireNonNullElse(proposal.getCall().getContactName(), "")
                        : StaffNames.of(person));
        model.put("reference", proposal.getReference());
        model.put("title", proposal.getTitle());
        model.put("caseUrl", links.caseFile(proposal.getId()).toString());
        MailComposer.ComposedMail mail =
                composer.composeForStaff(template, proposal.getCall().getTitle(), proposal.getReference(), model);
        outbox.queuePrepared(
                template,
                proposal.getCall().getId(),
                proposal.getId(),
                address,
                "fr",
                mail,
                template.templateName() + ":" + about + step.getProcessInstanceId() + ":"
                        + step.getActivityInstanceId());
    }
}
