package org.constellation.matching;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.spin.plugin.variable.SpinValues;
import org.constellation.proposal.Proposal;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Component;

/**
 * On creating "Mettre en relation": lists the possible partners as the options of the form's checklist
 * (a Json variable of {label, value}, the shape Camunda Forms reads through valuesKey). Titles only, no contacts.
 */
@Component("offerPartnerCandidates")
public class OfferPartnerCandidatesListener implements TaskListener {

  public static final String CANDIDATES = "partnerCandidates";
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Introductions introductions;

  public OfferPartnerCandidatesListener(Introductions introductions) {
    this.introductions = introductions;
  }

  @Override
  public void notify(DelegateTask task) {
    Long proposalId = (Long) task.getVariable(ProcessVariables.PROPOSAL_ID);
    ArrayNode options = JSON.createArrayNode();
    for (Proposal candidate : introductions.candidatesFor(proposalId)) {
      String where = candidate.getCommuneName() == null ? "" : " (" + candidate.getCommuneName() + ")";
      options.addObject()
          .put("label", candidate.getTitle() + " — " + candidate.getOrganisation().getName() + where)
          .put("value", candidate.getId().toString());
    }
    task.setVariableLocal(CANDIDATES, SpinValues.jsonValue(options.toString()).create());
  }
}
