package org.constellation.call;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens calls: each call has one call-lifecycle instance, keyed by its slug. */
@Service
public class CallLifecycle {

  private final CallRepository calls;
  private final RuntimeService runtimeService;

  public CallLifecycle(CallRepository calls, RuntimeService runtimeService) {
    this.calls = calls;
    this.runtimeService = runtimeService;
  }

  /** Starts the call's instance: the call opens now, or waits for its opening date (a timer). */
  @Transactional
  public Call open(Call call) {
    call.setStatus(CallStatus.SCHEDULED);
    Call saved = calls.save(call);
    saved.setProcessInstanceId(runtimeService
        .startProcessInstanceByKey(ProcessVariables.CALL_LIFECYCLE, saved.getSlug(), facts(saved)).getId());
    return saved;
  }

  /** What the coordinators' forms show (call-lifecycle's variables). */
  public static Map<String, Object> facts(Call call) {
    Map<String, Object> facts = new HashMap<>();
    facts.put(ProcessVariables.CALL_ID, call.getId());
    facts.put(ProcessVariables.CALL_TITLE, call.getTitle());
    if (call.getForumAt() != null) {
      facts.put("forumAt", call.getForumAt().toString());
    }
    if (call.getForumPlace() != null) {
      facts.put("forumPlace", call.getForumPlace());
    }
    return facts;
  }
}
