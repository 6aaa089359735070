package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.junit.jupiter.api.Test;

class GroupInboxQueryTest {

    private static final List<String> REVIEWER = List.of("reviewers");

    @Test
    void onlyAListOfOneOfTheReadersGroupsNamedLiterallyImpliesTheGrant() {
        assertThat(GroupInboxQuery.impliesGrant(new TaskQueryImpl().taskCandidateGroup("reviewers"), REVIEWER))
                .isTrue();
        assertThat(GroupInboxQuery.impliesGrant(
                        new TaskQueryImpl()
                                .taskCandidateGroup("reviewers")
                                .includeAssignedTasks()
                                .orderByTaskPriority()
                                .desc(),
                        REVIEWER))
                .isTrue();
        // Another group's list, a list of no group, a group named by an expression: the engine checks as always.
        assertThat(GroupInboxQuery.impliesGrant(new TaskQueryImpl().taskCandidateGroup("jury"), REVIEWER))
                .isFalse();
        assertThat(GroupInboxQuery.impliesGrant(new TaskQueryImpl(), REVIEWER)).isFalse();
        assertThat(GroupInboxQuery.impliesGrant(new TaskQueryImpl().taskCandidateGroupIn(REVIEWER), REVIEWER))
                .isFalse();
        assertThat(GroupInboxQuery.impliesGrant(
                        new TaskQueryImpl().taskCandidateGroupExpression("${currentUserGroups()[0]}"), REVIEWER))
                .isFalse();
    }

    @Test
    void aRequestThatNamesAnotherGroupTakesTheListOutOfTheShortcut() {
        TaskQueryImpl list = new TaskQueryImpl().taskCandidateGroup("reviewers");
        TaskQueryImpl widened = (TaskQueryImpl) list.extend(new TaskQueryImpl().taskCandidateGroup("jury"));
        assertThat(GroupInboxQuery.impliesGrant(widened, REVIEWER)).isFalse();
    }
}
