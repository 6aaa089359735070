package org.constellation.notification;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.constellation.funding.Amounts;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.Proposals;
import org.constellation.security.StaffAccessSetup;
import org.constellation.subsidy.Payments;
import org.constellation.subsidy.RecoveryFlagged;
import org.constellation.workflow.PublicLinks;
import org.constellation.workflow.StaffNames;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Each member of the finance department is told of a sum to recover from a funded project (its advance, the project
 * withdrawn; or what the advance paid beyond what it was owed), in a staff mail queued in the transaction that flagged
 * it, with the call's payment list. Once per project and member.
 */
@Component
class RecoveryNotice {

    private final Proposals proposals;
    private final Payments payments;
    private final IdentityService identity;
    private final MailComposer composer;
    private final Outbox outbox;
    private final PublicLinks links;

    RecoveryNotice(
            Proposals proposals,
            Payments payments,
            IdentityService identity,
            MailComposer composer,
            Outbox outbox,
            PublicLinks links) {
        this.proposals = proposals;
        this.payments = payments;
        this.identity = identity;
        this.composer = composer;
        this.outbox = outbox;
        this.links = links;
    }

    @EventListener
    void flagged(RecoveryFlagged recovery) {
        Proposal proposal = proposals.get(recovery.proposalId());
        MailTemplate template = MailTemplate.ADVANCE_TO_RECOVER;
        for (User member : identity.createUserQuery()
                .memberOfGroup(StaffAccessSetup.FINANCE)
                .list()) {
            if (member.getEmail() == null || member.getEmail().isBlank()) {
                continue;
            }
            MailComposer.ComposedMail mail = composer.composeForStaff(
                    template,
                    proposal.getCall().getTitle(),
                    proposal.getReference(),
                    Map.of(
                            "staffName",
                            StaffNames.of(member),
                            "reference",
                            proposal.getReference(),
                            "title",
                            proposal.getTitle(),
                            "beneficiary",
                            Objects.requireNonNullElse(
                                    proposal.getOrganisation().getName(), ""),
                            "amount",
                            Amounts.written(recovery.amount(), Locale.FRENCH),
                            "awardReference",
                            payments.award(proposal.getId())
                                    .map(Payments.Award::reference)
                                    .orElse(""),
                            "withdrawn",
                            recovery.withdrawn(),
                            "listUrl",
                            links.paymentList(proposal.getCall().getId()).toString()));
            outbox.queuePrepared(
                    template,
                    proposal.getCall().getId(),
                    proposal.getId(),
                    member.getEmail(),
                    "fr",
                    mail,
                    template.templateName() + ":" + proposal.getId() + ":" + member.getId());
        }
    }
}
