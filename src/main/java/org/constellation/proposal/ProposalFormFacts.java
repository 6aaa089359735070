package org.constellation.proposal;

import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;

/**
 * What a proposal's process carries for its forms to show, read-only and in French: the facts
 * {@link ProposalService#processFacts} sets, and the holder's latest words. No contact details.
 */
final class ProposalFormFacts {

    /** Its case page's address in the forms' text ({@code /coordination/dossiers/{{proposalId}}}). */
    static final ModelKey ID = ModelKey.shown(ProcessVariables.PROPOSAL_ID, Long.class);

    static final ModelKey REFERENCE = ModelKey.shown(ProcessVariables.PROPOSAL_REFERENCE, String.class);
    static final ModelKey TITLE = ModelKey.shown(ProcessVariables.PROPOSAL_TITLE, String.class);
    static final ModelKey SUMMARY = ModelKey.shown("proposalSummary", String.class);
    static final ModelKey SHEET = ModelKey.shown(ProcessVariables.PROPOSAL_SHEET, String.class);
    static final ModelKey KIND = ModelKey.shown("proposalKind", String.class);
    static final ModelKey THEMES = ModelKey.shown("proposalThemes", String.class);
    static final ModelKey DATES = ModelKey.shown("proposalDates", String.class);
    static final ModelKey COMMUNE = ModelKey.shown("proposalCommune", String.class);
    static final ModelKey NEEDS = ModelKey.shown("proposalNeeds", String.class);
    /** The holder's answer to a request for information, and the correction they ask of their programme entry. */
    static final ModelKey APPLICANT_ANSWER = ModelKey.shown(ProcessVariables.APPLICANT_ANSWER, String.class);

    static final ModelKey ENTRY_CORRECTION = ModelKey.shown(ProcessVariables.ENTRY_CORRECTION, String.class);

    private ProposalFormFacts() {}
}
