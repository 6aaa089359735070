package org.constellation.coordination;

import java.util.List;
import org.constellation.subsidy.Balance;
import org.constellation.subsidy.FinalReports;
import org.constellation.subsidy.Payment;
import org.constellation.subsidy.Payments;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A funded project's payments and final report as its case page shows them (issue 32), read by the page's template
 * ({@code @caseFunding.of(…)}) beside what the case controller gives it.
 */
@Component("caseFunding")
public class CaseFunding {

    /**
     * What the page shows: the award's reference and amount, the payments and sums to recover, the final report, and
     * once it is approved what the project is owed; null parts where there is nothing yet.
     */
    public record View(
            Payments.Award award,
            List<Payment> payments,
            FinalReports.Given finalReport,
            Balance.Settlement settlement) {

        public boolean isEmpty() {
            return award == null && payments.isEmpty() && finalReport == null;
        }
    }

    private final Payments payments;
    private final FinalReports reports;

    CaseFunding(Payments payments, FinalReports reports) {
        this.payments = payments;
        this.reports = reports;
    }

    @Transactional(readOnly = true)
    public View of(Long proposalId) {
        return new View(
                payments.award(proposalId).orElse(null),
                payments.of(proposalId),
                reports.of(proposalId).orElse(null),
                payments.settlement(proposalId).orElse(null));
    }
}
