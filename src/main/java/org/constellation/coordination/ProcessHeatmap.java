package org.constellation.coordination;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.constellation.workflow.ProcessVariables;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal process drawn from its own diagram (the model's DI coordinates), with where a call's cases are now
 * and how long they stayed at each element: Cockpit CE has no heatmap. The page renders it as SVG, without script.
 */
@Service
class ProcessHeatmap {

  /** One element of the diagram, with its figures: cases there now, mean stay in days (null: none passed). */
  record Shape(String id, String name, boolean event, double x, double y, double width, double height, long now,
      Double meanDays, int heat) {

    /** The name in lines short enough for the element's box. */
    public List<String> lines() {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : name.split(" ")) {
        if (line.length() > 0 && line.length() + word.length() > (event ? 14 : 17)) {
          lines.add(line.toString());
          line.setLength(0);
        }
        line.append(line.length() == 0 ? "" : " ").append(word);
      }
      lines.add(line.toString());
      return lines;
    }
  }

  /** One sequence flow, as its waypoints ("x,y x,y"). */
  record Edge(String points) {}

  record Diagram(double width, double height, List<Shape> shapes, List<Edge> edges) {}

  private final RepositoryService repository;
  private final HistoryService history;

  ProcessHeatmap(RepositoryService repository, HistoryService history) {
    this.repository = repository;
    this.history = history;
  }

  /** The latest proposal process, heated by the instances of {@code processInstanceIds}. */
  @Transactional(readOnly = true)
  Diagram of(Collection<String> processInstanceIds) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE).latestVersion().singleResult();
    BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
    Set<String> instances = Set.copyOf(processInstanceIds);
    Map<String, Long> now = new HashMap<>();
    Map<String, List<Long>> stays = new HashMap<>();
    for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
        .processDefinitionId(definition.getId()).list()) {
      if (!instances.contains(activity.getProcessInstanceId())) {
        continue;
      }
      if (activity.getEndTime() == null) {
        now.merge(activity.getActivityId(), 1L, Long::sum);
      } else if (activity.getDurationInMillis() != null) {
        stays.computeIfAbsent(activity.getActivityId(), id -> new ArrayList<>()).add(activity.getDurationInMillis());
      }
    }
    Map<String, Double> meanDays = stays.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey,
        e -> Math.round(e.getValue().stream().mapToLong(Long::longValue).average().orElse(0)
            / Duration.ofDays(1).toMillis() * 10) / 10.0));
    long most = Math.max(1, now.values().stream().mapToLong(Long::longValue).max().orElse(1));

    List<Shape> shapes = new ArrayList<>();
    double width = 0;
    double height = 0;
    for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
      if (!(shape.getBpmnElement() instanceof FlowNode node)) {
        continue;
      }
      Bounds b = shape.getBounds();
      width = Math.max(width, b.getX() + b.getWidth());
      height = Math.max(height, b.getY() + b.getHeight());
      long here = now.getOrDefault(node.getId(), 0L);
      shapes.add(new Shape(node.getId(), node.getName() == null ? node.getId() : node.getName(),
          node.getElementType().getTypeName().endsWith("Event"), b.getX(), b.getY(), b.getWidth(), b.getHeight(),
          here, meanDays.get(node.getId()), (int) (here * 4 / most)));
    }
    List<Edge> edges = model.getModelElementsByType(BpmnEdge.class).stream()
        .map(edge -> new Edge(edge.getWaypoints().stream().map(p -> p.getX() + "," + p.getY())
            .collect(Collectors.joining(" "))))
        .toList();
    return new Diagram(width + 40, height + 40, shapes, edges);
  }
}
