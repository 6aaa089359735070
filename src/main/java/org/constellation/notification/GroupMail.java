package org.constellation.notification;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.call.CallTheme;
import org.constellation.call.Commune;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalKind;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.renewal.Renewals;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One message from a coordinator to the holders of a call, filtered by state, kind, theme or commune: one outbox mail
 * per holder, all queued in one transaction with the message, so a refused message leaves nothing behind.
 */
@Service
public class GroupMail {

    static final int SUBJECT_LENGTH = 150;
    static final int BODY_LENGTH = 10_000;

    /** Who receives it; a null field does not filter. Withdrawn proposals only when asked for by their state. */
    public record Audience(ProposalStatus status, ProposalKind kind, String theme, String communeInsee) {

        boolean includes(Proposal proposal) {
            return !proposal.isErased()
                    && (status == null
                            ? proposal.getStatus() != ProposalStatus.WITHDRAWN
                            : proposal.getStatus() == status)
                    && (kind == null || proposal.getKind() == kind)
                    && (theme == null || proposal.getThemes().contains(theme))
                    && (communeInsee == null || communeInsee.equals(proposal.getCommuneInsee()));
        }

        /** The filter in the team's words (French, like the coordinators' pages), kept with the message. */
        String describe(Call call, MessageSource messages) {
            List<String> parts = new ArrayList<>();
            parts.add(
                    status == null
                            ? "toutes les propositions sauf retirées"
                            : "état « " + messages.getMessage("case.status." + status, null, Locale.FRENCH) + " »");
            if (kind != null) {
                parts.add("type « " + messages.getMessage("kind." + kind, null, Locale.FRENCH) + " »");
            }
            if (theme != null) {
                parts.add("thème « "
                        + call.getThemes().stream()
                                .filter(t -> t.code().equals(theme))
                                .map(CallTheme::label)
                                .findFirst()
                                .orElse(theme)
                        + " »");
            }
            if (communeInsee != null) {
                parts.add("commune "
                        + call.getTerritory().stream()
                                .filter(c -> c.inseeCode().equals(communeInsee))
                                .map(Commune::name)
                                .findFirst()
                                .orElse(communeInsee));
            }
            return String.join(", ", parts);
        }
    }

    /** A message that cannot leave, with what to fix, in the coordinator's language. */
    public static class Refused extends RuntimeException {
        public Refused(String message) {
            super(message);
        }
    }

    /** Progress of a message's copies. */
    public record Progress(GroupMessage message, Map<OutboxMail.Status, Long> byStatus) {}

    private final GroupMessageRepository messages;
    private final ProposalRepository proposals;
    private final CallRepository calls;
    private final MailComposer composer;
    private final Outbox outbox;
    private final Renewals renewals;
    private final MessageSource words;
    private final Clock clock;

    public GroupMail(
            GroupMessageRepository messages,
            ProposalRepository proposals,
            CallRepository calls,
            MailComposer composer,
            Outbox outbox,
            Renewals renewals,
            MessageSource words,
            Clock clock) {
        this.renewals = renewals;
        this.words = words;
        this.messages = messages;
        this.proposals = proposals;
        this.calls = calls;
        this.composer = composer;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Proposal> recipients(Long callId, Audience audience) {
        return proposals.findByCallIdOrderById(callId).stream()
                .filter(audience::includes)
                .toList();
    }

    /**
     * Sends the message to every holder the audience selects; with {@code renewIntoId}, each is invited to renew their
     * proposal into that call, which must be open and of a later season.
     */
    @Transactional
    public GroupMessage send(
            Long callId, Audience audience, String subject, String body, Long renewIntoId, String author) {
        Call call = call(callId);
        Call renewInto = renewIntoId == null
                ? null
                : renewalCalls(call).stream()
                        .filter(c -> c.getId().equals(renewIntoId))
                        .findFirst()
                        .orElseThrow(
                                () -> new Refused("Reconduire : choisissez un appel ouvert d'une saison suivante."));
        return send(
                call,
                recipients(call.getId(), audience),
                audience.describe(call, words),
                subject,
                body,
                renewInto,
                author);
    }

    /** The same message to the holders of proposals of the call chosen one by one (the case workspace's selection). */
    @Transactional
    public GroupMessage sendTo(Long callId, Collection<Long> proposalIds, String subject, String body, String author) {
        Call call = call(callId);
        List<Proposal> holders = proposals.findAllById(proposalIds).stream()
                .filter(p -> p.getCall().getId().equals(callId)
                        && p.getStatus() != ProposalStatus.WITHDRAWN
                        && !p.isErased())
                .sorted(Comparator.comparing(Proposal::getId))
                .toList();
        return send(call, holders, holders.size() + " dossier(s) choisi(s)", subject, body, null, author);
    }

    private Call call(Long callId) {
        return calls.findById(callId).orElseThrow(() -> new Refused("Appel inconnu."));
    }

    private GroupMessage send(
            Call call,
            List<Proposal> holders,
            String audience,
            String subject,
            String body,
            Call renewInto,
            String author) {
        String cleanSubject = subject == null ? "" : subject.strip();
        String cleanBody = body == null ? "" : body.strip();
        if (cleanSubject.isEmpty()
                || cleanSubject.length() > SUBJECT_LENGTH
                || cleanSubject.matches("(?s).*[\\r\\n].*")) {
            throw new Refused("Objet : une ligne de 1 à " + SUBJECT_LENGTH + " caractères.");
        }
        if (cleanBody.isEmpty() || cleanBody.length() > BODY_LENGTH) {
            throw new Refused("Message : de 1 à " + BODY_LENGTH + " caractères.");
        }
        if (holders.isEmpty()) {
            throw new Refused("Aucun porteur ne correspond à ces critères : rien n'est envoyé.");
        }
        GroupMessage message = messages.save(new GroupMessage(
                call.getId(), cleanSubject, cleanBody, audience, author, holders.size(), OffsetDateTime.now(clock)));
        for (Proposal holder : holders) {
            outbox.queuePrepared(
                    MailTemplate.GROUP_MESSAGE,
                    call.getId(),
                    holder.getId(),
                    holder.getContactEmail(),
                    holder.getLanguage(),
                    composer.composeGroupMessage(holder, cleanSubject, cleanBody, renewInto),
                    message.occurrencePrefix() + holder.getId());
        }
        return message;
    }

    /** The calls holders of {@code call} may be invited to renew into. */
    public List<Call> renewalCalls(Call call) {
        return renewals.laterOpenCalls(call);
    }

    @Transactional(readOnly = true)
    public Progress progress(Long messageId) {
        GroupMessage message = messages.findById(messageId).orElseThrow(() -> new Refused("Message inconnu."));
        return new Progress(message, outbox.countByStatus(message.occurrencePrefix()));
    }

    @Transactional(readOnly = true)
    public List<GroupMessage> latest() {
        return messages.findTop100ByOrderByIdDesc();
    }
}
