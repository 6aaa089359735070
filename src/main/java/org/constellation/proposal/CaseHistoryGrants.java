package org.constellation.proposal;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.authorization.Resources;
import org.constellation.call.CallReviewersChanged;
import org.constellation.security.CaseHistoryAccess;
import org.constellation.security.StaffAccessSetup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * A case's history in the engine is read by the reviewers of its call ({@link CaseHistoryAccess}): granted when its
 * lifecycle starts ({@link RegisterSubmittedProposalListener}), moved when the call goes to other reviewers, and set
 * right at start (cases of an installation that predates the grants, or that started while their call changed hands).
 */
@Component
@Order(2)
class CaseHistoryGrants implements ApplicationRunner {

    private final JdbcTemplate jdbc;
    private final ProposalRepository proposals;
    private final CaseHistoryAccess history;

    CaseHistoryGrants(JdbcTemplate jdbc, ProposalRepository proposals, CaseHistoryAccess history) {
        this.jdbc = jdbc;
        this.proposals = proposals;
        this.history = history;
    }

    @Override
    public void run(ApplicationArguments args) {
        // Cases without their call's grant: older than the grants, or submitted while the call changed hands.
        byGroup(jdbc.queryForList(
                        "select p.process_instance_id, c.reviewer_group"
                                + " from proposal p join call_for_participation c on c.id = p.call_id"
                                + " where p.process_instance_id is not null and c.reviewer_group <> ?"
                                + " and exists (select 1 from act_hi_procinst h where h.id_ = p.process_instance_id)"
                                + " and not exists (select 1 from act_ru_authorization a where a.resource_type_ = ?"
                                + " and a.resource_id_ = p.process_instance_id and a.group_id_ = c.reviewer_group)",
                        StaffAccessSetup.COORDINATORS,
                        Resources.HISTORIC_PROCESS_INSTANCE.resourceType()))
                .forEach(history::open);
        // Grants to a group that no longer serves the case's call.
        byGroup(jdbc.queryForList(
                        "select a.resource_id_ as process_instance_id, a.group_id_ as reviewer_group"
                                + " from act_ru_authorization a join proposal p on p.process_instance_id = a.resource_id_"
                                + " join call_for_participation c on c.id = p.call_id"
                                + " where a.resource_type_ = ? and a.group_id_ <> c.reviewer_group",
                        Resources.HISTORIC_PROCESS_INSTANCE.resourceType()))
                .forEach(history::close);
    }

    private static Map<String, List<String>> byGroup(List<Map<String, Object>> rows) {
        return rows.stream()
                .collect(Collectors.groupingBy(
                        row -> (String) row.get("reviewer_group"),
                        Collectors.mapping(row -> (String) row.get("process_instance_id"), Collectors.toList())));
    }

    @EventListener
    void reviewersChanged(CallReviewersChanged change) {
        List<String> cases = proposals.findProcessInstanceIdsByCallId(change.callId());
        history.close(change.from(), cases);
        history.open(change.to(), cases);
    }
}
