package org.constellation.privacy;

import org.constellation.workflow.ParisTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Each morning, every node runs the retention: row locks and occurrence keys keep each warning and erasure single. */
@Component
class RetentionSchedule {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionSchedule.class);

    private final CaseRetention retention;
    private final boolean scheduled;

    RetentionSchedule(CaseRetention retention, @Value("${constellation.retention.scheduled:true}") boolean scheduled) {
        this.retention = retention;
        this.scheduled = scheduled;
    }

    @Scheduled(cron = "${constellation.retention.cron:0 30 6 * * *}", zone = ParisTime.ZONE_ID)
    void eachMorning() {
        if (scheduled) {
            CaseRetention.Run run = retention.run();
            LOG.info("Retention: {} case(s) warned, {} erased", run.warned(), run.erased());
        }
    }
}
