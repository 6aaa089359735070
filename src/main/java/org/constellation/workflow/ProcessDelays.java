package org.constellation.workflow;

import java.time.Period;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * Delays of the proposal-lifecycle timers and due dates, read by the BPMN as
 * {@code ${processDelays.informationReminder}}. ISO-8601 periods (P7D); a change applies to timers and tasks created
 * afterwards.
 */
@Component("processDelays")
@ConfigurationProperties("constellation.process")
public class ProcessDelays {

  private Period informationReminderDelay = Period.ofDays(7);
  private Period informationClosingDelay = Period.ofDays(21);
  private Period eligibilityCheckDelay = Period.ofDays(14);

  public String getInformationReminder() {
    return informationReminderDelay.toString();
  }

  public String getInformationClosing() {
    return informationClosingDelay.toString();
  }

  /** When an eligibility check created now is due, by the engine's clock (which process tests move). */
  public Date getEligibilityCheckDue() {
    return Date.from(ClockUtil.getCurrentTime().toInstant().atZone(ZoneId.of("Europe/Paris"))
        .plus(eligibilityCheckDelay).toInstant());
  }

  public void setEligibilityCheckDelay(Period delay) {
    this.eligibilityCheckDelay = delay;
  }

  public void setInformationReminderDelay(Period delay) {
    this.informationReminderDelay = delay;
  }

  public void setInformationClosingDelay(Period delay) {
    this.informationClosingDelay = delay;
  }
}
