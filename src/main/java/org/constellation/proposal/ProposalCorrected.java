package org.constellation.proposal;

import java.util.List;

/**
 * Published in the transaction of an applicant's correction: the capabilities that computed something from the
 * proposal's answers compute it again (the eligibility check's rules), and the holder is told.
 *
 * @param changes what the applicant changed, one line per answer, « Libellé : avant → après »
 */
public record ProposalCorrected(Long proposalId, Long correctionId, List<String> changes) {}
