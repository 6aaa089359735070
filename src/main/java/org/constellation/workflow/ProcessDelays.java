package org.constellation.workflow;

import java.time.Period;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Delays of the proposal-lifecycle timers, read by the BPMN as {@code ${processDelays.informationReminder}}.
 * ISO-8601 durations (P7D); a change applies to timers created afterwards.
 */
@Component("processDelays")
@ConfigurationProperties("constellation.process")
public class ProcessDelays {

  private Period informationReminderDelay = Period.ofDays(7);
  private Period informationClosingDelay = Period.ofDays(21);

  public String getInformationReminder() {
    return informationReminderDelay.toString();
  }

  public String getInformationClosing() {
    return informationClosingDelay.toString();
  }

  public void setInformationReminderDelay(Period delay) {
    this.informationReminderDelay = delay;
  }

  public void setInformationClosingDelay(Period delay) {
    this.informationClosingDelay = delay;
  }
}
