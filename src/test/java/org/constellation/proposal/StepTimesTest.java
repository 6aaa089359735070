package org.constellation.proposal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.constellation.proposal.StepTimes.Change;
import org.junit.jupiter.api.Test;

class StepTimesTest {

    static final OffsetDateTime MONDAY = OffsetDateTime.parse("2027-01-04T09:00:00+01:00");

    /** Two days for the team's first check, five waiting for the applicant's answer, then the check again, now. */
    static List<Change> waitedFiveDaysForTheApplicantAndTwoForTheTeam() {
        return List.of(
                new Change(ProposalStatus.SUBMITTED, MONDAY),
                new Change(ProposalStatus.ELIGIBILITY_CHECK, MONDAY),
                new Change(ProposalStatus.INFORMATION_REQUESTED, MONDAY.plusDays(2)),
                new Change(ProposalStatus.ELIGIBILITY_CHECK, MONDAY.plusDays(7)));
    }

    @Test
    void theApplicantsTimeIsNotTheTeams() {
        StepTimes.Split split = StepTimes.split(waitedFiveDaysForTheApplicantAndTwoForTheTeam(), MONDAY.plusDays(7));
        assertThat(split.applicant()).isEqualTo(Duration.ofDays(5));
        assertThat(split.team()).isEqualTo(Duration.ofDays(2));
        assertThat(StepTimes.split(waitedFiveDaysForTheApplicantAndTwoForTheTeam(), MONDAY.plusDays(8))
                        .team())
                .as("the running check counts up to now")
                .isEqualTo(Duration.ofDays(3));
    }

    @Test
    void anEndedCaseCountsNoMore() {
        List<Change> ineligible = List.of(
                new Change(ProposalStatus.ELIGIBILITY_CHECK, MONDAY),
                new Change(ProposalStatus.INELIGIBLE, MONDAY.plusDays(3)));
        assertThat(StepTimes.split(ineligible, MONDAY.plusDays(30)).team()).isEqualTo(Duration.ofDays(3));
    }

    @Test
    void medianAndNinetiethPercentileByStep() {
        List<List<Change>> histories = new ArrayList<>();
        for (int days = 1; days <= 10; days++) {
            histories.add(List.of(
                    new Change(ProposalStatus.ELIGIBILITY_CHECK, MONDAY),
                    new Change(ProposalStatus.ACCOMPANIMENT, MONDAY.plusDays(days))));
        }
        Map<ProposalStatus, Duration[]> percentiles = StepTimes.percentiles(histories, MONDAY.plusDays(20));
        assertThat(percentiles.get(ProposalStatus.ELIGIBILITY_CHECK))
                .containsExactly(Duration.ofDays(5), Duration.ofDays(9));
    }
}
