package org.constellation.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import org.constellation.call.Call;
import org.constellation.call.Season;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalStatus;
import org.constellation.proposal.ProposalStatusChange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The timeline of a tracking page: the forum's date is announced to the proposals on their way there, only them. */
class TrackingPagesTest {

    private static final OffsetDateTime SUBMITTED_AT = OffsetDateTime.parse("2027-10-01T10:00:00+02:00");
    private static final OffsetDateTime FORUM_AT = OffsetDateTime.parse("2028-02-09T14:00:00+01:00");

    @Test
    void aProposalOnItsWayToTheForumIsToldItsDate() {
        TrackingView.Step forum = forum(TrackingPages.steps(
                proposal(ProposalStatus.SUBMITTED, ProposalStatus.ELIGIBILITY_CHECK, ProposalStatus.ACCOMPANIMENT)));
        assertThat(forum.state()).isEqualTo("upcoming");
        assertThat(forum.expected()).isEqualTo(FORUM_AT);
    }

    @ParameterizedTest
    @EnumSource(
            value = ProposalStatus.class,
            names = {"INELIGIBLE", "CLOSED_WITHOUT_ANSWER", "WITHDRAWN"})
    void aProposalThatEndedIsNotToldTheDateOfAForumItWillNotAttend(ProposalStatus end) {
        TrackingView.Step forum =
                forum(TrackingPages.steps(proposal(ProposalStatus.SUBMITTED, ProposalStatus.ELIGIBILITY_CHECK, end)));
        assertThat(forum.state()).isEqualTo("skipped");
        assertThat(forum.expected()).isNull();
    }

    @Test
    void aProposalAtTheForumReadsItsDateInItsOwnPanelNotOnTheTimeline() {
        TrackingView.Step forum = forum(TrackingPages.steps(proposal(
                ProposalStatus.SUBMITTED,
                ProposalStatus.ELIGIBILITY_CHECK,
                ProposalStatus.ACCOMPANIMENT,
                ProposalStatus.MATCHING,
                ProposalStatus.AWAITING_FORUM)));
        assertThat(forum.state()).isEqualTo("current");
        assertThat(forum.expected()).isNull();
    }

    private static TrackingView.Step forum(List<TrackingView.Step> steps) {
        return steps.stream()
                .filter(step -> step.phase().equals("FORUM"))
                .findFirst()
                .orElseThrow();
    }

    /** A proposal of a call whose forum is set, that went through these statuses, the last one its own. */
    private static Proposal proposal(ProposalStatus... statuses) {
        Call call = new Call(
                "appel-test",
                new Season("saison-test", "Saison de test", LocalDate.of(2027, 9, 1), LocalDate.of(2028, 8, 31)),
                "Appel de test");
        call.recordForum(FORUM_AT, "La Casemate, Grenoble", 10, 20, 6);
        List<ProposalStatusChange> changes =
                Arrays.stream(statuses).map(TrackingPagesTest::change).toList();
        Proposal proposal = mock(Proposal.class);
        when(proposal.getCall()).thenReturn(call);
        when(proposal.getCreatedAt()).thenReturn(SUBMITTED_AT);
        when(proposal.getStatus()).thenReturn(statuses[statuses.length - 1]);
        when(proposal.getStatusChanges()).thenReturn(changes);
        return proposal;
    }

    private static ProposalStatusChange change(ProposalStatus status) {
        ProposalStatusChange change = mock(ProposalStatusChange.class);
        when(change.getStatus()).thenReturn(status);
        when(change.getChangedAt()).thenReturn(SUBMITTED_AT);
        return change;
    }
}
