package org.constellation.subsidy;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.constellation.call.Call;
import org.constellation.funding.Budget;
import org.constellation.proposal.Organisation;
import org.constellation.proposal.Proposal;
import org.constellation.workflow.ParisTime;
import org.constellation.workflow.PdfDocuments;
import org.constellation.workflow.WrittenDates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A subsidy's agreement as its holder reads it: its terms ({@link AgreementTerms}) from the award the coordinators
 * recorded, the call's terms and the project, and its text, a tagged PDF/UA in the holder's language from
 * {@code templates/pdf/funding-agreement.html} through {@link PdfDocuments}, dated the day it was first sent and saying
 * its acceptance once given. Written again from what is recorded each time, as a decision notice is.
 */
@Component
public class AgreementDocuments {

    public static final String FILE_NAME = "convention-de-subvention.pdf";

    /** The award, read from the awards' own table: what the agreement needs of it, nothing it may change. */
    private static final String AWARD =
            "select amount, conditions, reference, decided_at from funding_award where proposal_id = ?";

    private final JdbcTemplate jdbc;
    private final FinalReports finalReports;
    private final PdfDocuments pdf;

    public AgreementDocuments(JdbcTemplate jdbc, FinalReports finalReports, PdfDocuments pdf) {
        this.jdbc = jdbc;
        this.finalReports = finalReports;
        this.pdf = pdf;
    }

    /** The terms of the proposal's agreement; empty while no subsidy is awarded to it. */
    @Transactional(readOnly = true)
    public Optional<AgreementTerms> terms(Proposal proposal) {
        Call call = proposal.getCall();
        return award(proposal.getId())
                .map(award -> AgreementTerms.of(
                        award,
                        call.getFunding(),
                        List.copyOf(call.getObligations()),
                        beneficiary(proposal),
                        project(proposal)));
    }

    /** The agreement's text as sent ({@code state}), accepted or not; empty while no subsidy is awarded. */
    @Transactional(readOnly = true)
    public Optional<byte[]> render(Proposal proposal, AgreementView state) {
        return terms(proposal)
                .map(terms -> pdf.render("funding-agreement", model(proposal, terms, state), proposal.locale()));
    }

    private Map<String, Object> model(Proposal proposal, AgreementTerms terms, AgreementView state) {
        Locale locale = proposal.locale();
        Map<String, Object> model = new HashMap<>();
        model.put("proposal", proposal);
        model.put("call", proposal.getCall());
        model.put("terms", terms);
        model.put("written", terms.written(locale));
        model.put("issuedOn", WrittenDates.day(ParisTime.of(state.sentAt()).toLocalDate(), locale));
        if (state.isAccepted()) {
            model.put("acceptedHow", state.acceptedHow().name());
            model.put(
                    "acceptedOn",
                    WrittenDates.day(ParisTime.of(state.acceptedAt()).toLocalDate(), locale));
            model.put("signedOn", WrittenDates.day(state.signedOn(), locale));
        }
        return model;
    }

    private Optional<AgreementTerms.Award> award(Long proposalId) {
        return jdbc
                .query(
                        AWARD,
                        (row, n) -> new AgreementTerms.Award(
                                row.getLong("amount"),
                                row.getString("conditions"),
                                row.getString("reference"),
                                row.getObject("decided_at", OffsetDateTime.class)),
                        proposalId)
                .stream()
                .findFirst();
    }

    private static AgreementTerms.Party beneficiary(Proposal proposal) {
        Organisation organisation = proposal.getOrganisation();
        return new AgreementTerms.Party(organisation.getName(), organisation.getSiret());
    }

    /** The project as the agreement names it; it ends when the final report's timers count it ended. */
    private AgreementTerms.Project project(Proposal proposal) {
        return new AgreementTerms.Project(
                proposal.getTitle(),
                proposal.getSummary(),
                finalReports.projectEnd(proposal.getId()),
                proposal.forecastBudget().map(Budget::eligibleExpenses).orElse(null));
    }
}
