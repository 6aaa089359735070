package org.constellation.proposal;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;

/** Which of a page's proposals wait at one step of their lifecycle, in one engine query whatever their number. */
public final class WaitingCases {

    private WaitingCases() {}

    /** The ids of those of {@code among} whose lifecycle waits at {@code activityId}. */
    public static Set<Long> at(RuntimeService runtime, String activityId, Collection<Proposal> among) {
        Map<String, Long> byInstance = among.stream()
                .filter(proposal -> proposal.getProcessInstanceId() != null)
                .collect(Collectors.toMap(Proposal::getProcessInstanceId, Proposal::getId));
        if (byInstance.isEmpty()) {
            return Set.of();
        }
        return runtime
                .createProcessInstanceQuery()
                .processInstanceIds(byInstance.keySet())
                .activityIdIn(activityId)
                .list()
                .stream()
                .map(instance -> byInstance.get(instance.getId()))
                .collect(Collectors.toSet());
    }
}
