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
 * lifecycle starts ({@link RegisterSubmittedProposalListener}), moved when the call goes to other reviewers, and
 * granted at start to the cases of an installation that predates the grants.
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
    List<Map<String, Object>> missing = jdbc.queryForList("select p.process_instance_id, c.reviewer_group"
        + " from proposal p join call_for_participation c on c.id = p.call_id"
        + " where p.process_instance_id is not null and c.reviewer_group <> ?"
        + " and exists (select 1 from act_hi_procinst h where h.id_ = p.process_instance_id)"
        + " and not exists (select 1 from act_ru_authorization a where a.resource_type_ = ?"
        + " and a.resource_id_ = p.process_instance_id and a.group_id_ = c.reviewer_group)",
        StaffAccessSetup.COORDINATORS, Resources.HISTORIC_PROCESS_INSTANCE.resourceType());
    missing.stream().collect(Collectors.groupingBy(row -> (String) row.get("reviewer_group"),
            Collectors.mapping(row -> (String) row.get("process_instance_id"), Collectors.toList())))
        .forEach(history::open);
  }

  @EventListener
  void reviewersChanged(CallReviewersChanged change) {
    List<String> cases = proposals.findProcessInstanceIdsByCallId(change.callId());
    history.close(change.from(), cases);
    history.open(change.to(), cases);
  }
}
