package org.constellation.notification;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.constellation.proposal.Proposal;
import org.constellation.security.StaffAccessSetup;
import org.constellation.workflow.PublicLinks;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.WrittenDates;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.util.DigestUtils;

/**
 * The mails before an erasure (issue 18): the holder of each case, and the coordinators with the list of cases they may
 * still keep. Occurrence keys make each single, whichever node or run queues it.
 */
@Component
public class ErasureNotices {

    /** One case in the coordinators' list. */
    public record Soon(String reference, String title, String outcome, String date, String url) {}

    private final Outbox outbox;
    private final MailComposer composer;
    private final IdentityService identity;
    private final MessageSource messages;
    private final PublicLinks links;

    public ErasureNotices(
            Outbox outbox, MailComposer composer, IdentityService identity, MessageSource messages, PublicLinks links) {
        this.outbox = outbox;
        this.composer = composer;
        this.identity = identity;
        this.messages = messages;
        this.links = links;
    }

    /** The holder's warning, once per erasure date (a case kept longer is warned again before its new date). */
    public void warnHolder(Proposal proposal) {
        outbox.queue(
                MailTemplate.ERASURE_WARNING,
                proposal,
                null,
                MailTemplate.ERASURE_WARNING.templateName() + ":" + proposal.getId() + ":"
                        + proposal.getEraseAfter().toLocalDate());
    }

    /** Each coordinator gets the list once. */
    public void tellCoordinators(List<Proposal> cases) {
        if (cases.isEmpty()) {
            return;
        }
        List<Soon> soon = cases.stream()
                .map(proposal -> new Soon(
                        proposal.getReference(),
                        proposal.getTitle(),
                        messages.getMessage(
                                "case.status." + proposal.getStatus(),
                                null,
                                proposal.getStatus().name(),
                                Locale.FRENCH),
                        WrittenDates.shortDay(proposal.getEraseAfter()),
                        links.caseFile(proposal.getId()).toString()))
                .toList();
        String ids = String.join(
                ",", cases.stream().map(proposal -> proposal.getId().toString()).toList());
        String batch = DigestUtils.md5DigestAsHex(ids.getBytes(StandardCharsets.US_ASCII))
                .substring(0, 16);
        for (User coordinator : identity.createUserQuery()
                .memberOfGroup(StaffAccessSetup.COORDINATORS)
                .list()) {
            if (coordinator.getEmail() == null || coordinator.getEmail().isBlank()) {
                continue;
            }
            MailComposer.ComposedMail mail = composer.composeForStaff(
                    MailTemplate.ERASURE_NOTICE,
                    "Constellation",
                    "Données effacées dans deux semaines : " + cases.size() + " dossier(s)",
                    Map.of("staffName", StaffNames.of(coordinator), "cases", soon));
            outbox.queuePrepared(
                    MailTemplate.ERASURE_NOTICE,
                    null,
                    null,
                    coordinator.getEmail(),
                    "fr",
                    mail,
                    MailTemplate.ERASURE_NOTICE.templateName() + ":" + coordinator.getId() + ":" + batch);
        }
    }
}
