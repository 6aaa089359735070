package org.constellation.workflow;

import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * The staff start form in Tasklist submits the applicant's contact details as variables. The start listener moves them
 * into our tables and removes them at once, but the engine would still have written them to its history tables: this
 * handler drops the history of those variables and form fields so that personal data never reaches ACT_HI_*. The
 * applicant's free text (an answer, an entry correction, the partners and account of their event's report, the activity
 * of a funded project's final report) may name people too, and so may the organisation a finance task pays (a sole
 * trader's name and SIRET): it lives in our tables (information_answer, entry_correction, event_report,
 * funding_final_report, organisation), where erasure finds it, and in the engine only while the instance that shows it
 * to the team runs, never in its history.
 */
@Component
public class PersonalDataHistoryPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setHistoryEventHandler(new PersonalDataFilter(new DbHistoryEventHandler()));
    }

    static final class PersonalDataFilter implements HistoryEventHandler {

        private final HistoryEventHandler delegate;

        PersonalDataFilter(HistoryEventHandler delegate) {
            this.delegate = delegate;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isPersonal(event)) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        private static boolean isPersonal(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity variable) {
                return PERSONAL_VARIABLES.contains(variable.getVariableName());
            }
            // A submitted start form is also recorded field by field.
            return event instanceof HistoricFormPropertyEventEntity field
                    && PERSONAL_VARIABLES.contains(field.getPropertyId());
        }
    }

    public static final Set<String> PERSONAL_VARIABLES = Set.of(
            ProcessVariables.CONTACT_NAME,
            ProcessVariables.CONTACT_EMAIL,
            ProcessVariables.CONTACT_PHONE,
            ProcessVariables.APPLICANT_ANSWER,
            ProcessVariables.ENTRY_CORRECTION,
            ProcessVariables.REPORT_PARTNERS,
            ProcessVariables.REPORT_ACCOUNT,
            ProcessVariables.PAYMENT_BENEFICIARY,
            ProcessVariables.PAYMENT_SIRET,
            ProcessVariables.FINAL_REPORT_ACTIVITY);
}
