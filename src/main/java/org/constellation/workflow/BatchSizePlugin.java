package org.constellation.workflow;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.batch.Batch;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Messages correlated as a batch (the forum held, to every proposal of a call) go 50 instances per job rather than the
 * engine's one: 10,000 proposals make 200 jobs of a second or two each, not 10,000 jobs each paying a transaction and
 * an acquisition, and still none long enough to outlive its lock.
 */
@Component
public class BatchSizePlugin extends AbstractProcessEnginePlugin {

    static final int CORRELATIONS_PER_JOB = 50;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<String, Integer> sizes = new HashMap<>(
                configuration.getInvocationsPerBatchJobByBatchType() == null
                        ? Map.of()
                        : configuration.getInvocationsPerBatchJobByBatchType());
        sizes.put(Batch.TYPE_CORRELATE_MESSAGE, CORRELATIONS_PER_JOB);
        configuration.setInvocationsPerBatchJobByBatchType(sizes);
    }
}
