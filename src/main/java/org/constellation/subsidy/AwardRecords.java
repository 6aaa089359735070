package org.constellation.subsidy;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.constellation.funding.Amounts;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRecords;
import org.constellation.workflow.StaffNames;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A funding call's decision on a proposal (issue 32, part 3): in the case's story, the subsidy awarded or refused, by
 * whom, with its amount, reference, reason and conditions; in the holder's export, the same in euros as a file keeps
 * them, never who of the team decided.
 */
@Component
public class AwardRecords implements ProposalRecords {

    /** The decision as its holder reads it in their data: {@code AWARDED} or {@code REFUSED}, amounts in euros. */
    public record Held(
            String decision,
            OffsetDateTime decidedAt,
            BigDecimal amount,
            BigDecimal asked,
            String reference,
            String reason,
            String conditions) {}

    public static final HolderParts.Key<Held> FUNDING = new HolderParts.Key<>("funding");

    private final Awards awards;
    private final StaffNames staff;
    private final MessageSource messages;

    public AwardRecords(Awards awards, StaffNames staff, MessageSource messages) {
        this.awards = awards;
        this.staff = staff;
        this.messages = messages;
    }

    /** « Subvention de 8 000 € accordée par Inès Garnier… », or « Subvention refusée par Inès Garnier : … ». */
    @Override
    public List<Dated> story(Proposal proposal) {
        Awards.Decision decision = awards.decisionOf(proposal.getId());
        if (decision.award() != null) {
            Award award = decision.award();
            List<String> lines = new ArrayList<>();
            lines.add(words(
                    "funding.award.story",
                    Amounts.written(award.getAmount(), Locale.FRENCH),
                    staff.fullName(award.getDecidedBy()),
                    award.getReference(),
                    Amounts.written(award.getAsked(), Locale.FRENCH)));
            if (award.getReason() != null) {
                lines.add(words("funding.award.story.reason", reasonOrErased(award.getReason())));
            }
            if (award.getConditions() != null) {
                lines.add(words("funding.award.story.conditions", award.getConditions()));
            }
            return List.of(new Dated(award.getDecidedAt(), Happening.DECISION, String.join("\n", lines)));
        }
        if (decision.refusal() != null) {
            AwardRefusal refusal = decision.refusal();
            return List.of(new Dated(
                    refusal.getDecidedAt(),
                    Happening.DECISION,
                    words(
                            "funding.refusal.story",
                            staff.fullName(refusal.getDecidedBy()),
                            reasonOrErased(refusal.getReason()))));
        }
        return List.of();
    }

    @Override
    public void addTo(HolderParts parts, Proposal proposal) {
        held(proposal).ifPresent(held -> parts.put(FUNDING, held));
    }

    /** The decision as its holder reads it, on their tracking page and in their data; empty before it is taken. */
    public Optional<Held> held(Proposal proposal) {
        Awards.Decision decision = awards.decisionOf(proposal.getId());
        if (decision.award() != null) {
            Award award = decision.award();
            return Optional.of(new Held(
                    "AWARDED",
                    award.getDecidedAt(),
                    Amounts.euros(award.getAmount()),
                    Amounts.euros(award.getAsked()),
                    award.getReference(),
                    award.getReason(),
                    award.getConditions()));
        }
        if (decision.refusal() != null) {
            AwardRefusal refusal = decision.refusal();
            return Optional.of(
                    new Held("REFUSED", refusal.getDecidedAt(), null, null, null, refusal.getReason(), null));
        }
        return Optional.empty();
    }

    /** The team's words; once the holder's data is erased, said so. */
    private String reasonOrErased(String reason) {
        return reason == null || reason.isEmpty() ? words("funding.award.reasonErased") : reason;
    }

    private String words(String key, Object... arguments) {
        return messages.getMessage(key, arguments, Locale.FRENCH);
    }
}
