package org.constellation.workflow;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
public class WorkflowConfiguration {

    /**
     * The application's time is the engine's: one clock for timers, due dates and our own dates, which tests move
     * together ({@code ClockUtil.setCurrentTime}) instead of waiting.
     */
    @Bean
    Clock clock() {
        return new EngineClock(ZoneId.systemDefault());
    }

    static final class EngineClock extends Clock {

        private final ZoneId zone;

        EngineClock(ZoneId zone) {
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new EngineClock(other);
        }

        @Override
        public Instant instant() {
            return ClockUtil.now().toInstant();
        }
    }
}
