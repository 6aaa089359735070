package org.constellation.workflow;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * The one parse listener through which the engine adds to the models what the capabilities contribute
 * ({@link ModelAddition}): once each process is read, every addition in the order of {@link ModelAddition.Kind}. It
 * comes after the engine's own parse listeners: a built-in addition runs before the model's own listeners of its event
 * (the engine keeps built-in listeners first), a custom one after them.
 */
@Component
public class ModelAdditions extends AbstractProcessEnginePlugin {

    private final List<ModelAddition> additions;

    public ModelAdditions(List<ModelAddition> additions) {
        Map<ModelAddition.Kind, ModelAddition> byKind = new EnumMap<>(ModelAddition.Kind.class);
        for (ModelAddition addition : additions) {
            if (byKind.put(addition.kind(), addition) != null) {
                throw new IllegalStateException("Two model additions of kind " + addition.kind());
            }
        }
        this.additions = List.copyOf(byKind.values());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element process, ProcessDefinitionEntity definition) {
                for (ModelAddition addition : additions) {
                    addition.addTo(new ParsedProcess(process, definition, addition.kind()));
                }
            }
        });
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
