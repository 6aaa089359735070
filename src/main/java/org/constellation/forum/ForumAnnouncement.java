package org.constellation.forum;

import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.batch.BatchStatistics;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.constellation.call.Call;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/** How far the news of the forum has gone through the call's proposals, for the forum page while its batch runs. */
@Component
public class ForumAnnouncement {

    /** Proposals still waiting; the batch's jobs done, in all and failed (zeros once the batch is over). */
    public record Progress(long waiting, long jobsDone, long jobs, long jobsFailed) {

        public boolean running() {
            return jobs > 0;
        }
    }

    private final RuntimeService runtime;
    private final HistoryService history;
    private final ManagementService management;

    public ForumAnnouncement(RuntimeService runtime, HistoryService history, ManagementService management) {
        this.runtime = runtime;
        this.history = history;
        this.management = management;
    }

    /** Empty before the forum is held. */
    public Optional<Progress> of(Call call) {
        if (call.getStatus() == null || !call.getStatus().hasHeldForum() || call.getProcessInstanceId() == null) {
            return Optional.empty();
        }
        long waiting =
                AnnounceForumHeldDelegate.waitingFor(runtime, call.getId()).count();
        HistoricVariableInstance batchId = history.createHistoricVariableInstanceQuery()
                .processInstanceId(call.getProcessInstanceId())
                .variableName(ProcessVariables.FORUM_BATCH_ID)
                .singleResult();
        BatchStatistics batch = batchId == null
                ? null
                : management
                        .createBatchStatisticsQuery()
                        .batchId((String) batchId.getValue())
                        .singleResult();
        return Optional.of(
                batch == null
                        ? new Progress(waiting, 0, 0, 0)
                        : new Progress(waiting, batch.getCompletedJobs(), batch.getTotalJobs(), batch.getFailedJobs()));
    }
}
