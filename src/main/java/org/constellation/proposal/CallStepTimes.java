package org.constellation.proposal;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/**
 * A call's step times ({@link StepTimes}) read straight from its status histories, in one query and without loading a
 * single proposal: the public delays page of a call of ten thousand cases reads some thirty thousand short rows instead
 * of ten thousand proposals with their collections.
 */
@Repository
public class CallStepTimes {

    /** How many proposals the team has decided on, and the median and 90th percentile of each step's stays. */
    public record Figures(long decided, Map<ProposalStatus, Duration[]> percentiles) {}

    private final JdbcTemplate jdbc;

    CallStepTimes(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Figures of(Long callId, OffsetDateTime now) {
        Map<Long, List<StepTimes.Change>> histories = new HashMap<>();
        jdbc.query(
                "select c.proposal_id, c.status, c.changed_at from proposal_status_change c"
                        + " join proposal p on p.id = c.proposal_id where p.call_id = ? order by c.proposal_id, c.changed_at, c.id",
                row -> {
                    histories
                            .computeIfAbsent(row.getLong(1), id -> new ArrayList<>())
                            .add(new StepTimes.Change(
                                    ProposalStatus.valueOf(row.getString(2)), row.getObject(3, OffsetDateTime.class)));
                },
                callId);
        return new Figures(
                histories.values().stream().filter(StepTimes::decided).count(),
                StepTimes.percentiles(histories.values(), now));
    }
}
