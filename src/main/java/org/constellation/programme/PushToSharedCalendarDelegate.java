package org.constellation.programme;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * « Mettre à jour le calendrier partagé » (shared-calendar): one release's entries written to the season's calendar.
 */
@Component("pushToSharedCalendar")
public class PushToSharedCalendarDelegate implements JavaDelegate {

    static final String SEASON_ID = "seasonId";

    private final SharedCalendar calendar;

    public PushToSharedCalendarDelegate(SharedCalendar calendar) {
        this.calendar = calendar;
    }

    @Override
    public void execute(DelegateExecution execution) {
        calendar.push((Long) execution.getVariable(SEASON_ID));
    }
}
