package org.constellation.coordination;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.constellation.workflow.ProcessVariables;
import org.springframework.jdbc.core.JdbcTemplate;
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

  /**
   * Per element of one process version, over the call's instances: how many are there now and the mean stay of those
   * that left. The history API has no aggregate (Cockpit's own statistics are SQL over the same table): read through
   * it, a call of 10,000 cases would load every one of their activity instances for one page.
   */
  private static final String FIGURES = """
      select a.act_id_ as activity, sum(case when a.end_time_ is null then 1 else 0 end) as here,
             avg(a.duration_) as mean_millis
      from act_hi_actinst a join proposal p on p.process_instance_id = a.proc_inst_id_
      where a.proc_def_id_ = ? and p.call_id in (%s)
      group by a.act_id_""";

  private final RepositoryService repository;
  private final JdbcTemplate jdbc;

  ProcessHeatmap(RepositoryService repository, JdbcTemplate jdbc) {
    this.repository = repository;
    this.jdbc = jdbc;
  }

  /** The latest proposal process, heated by the cases of these calls that run on it. */
  @Transactional(readOnly = true)
  Diagram of(Collection<Long> callIds) {
    ProcessDefinition definition = repository.createProcessDefinitionQuery()
        .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE).latestVersion().singleResult();
    BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
    Map<String, Long> now = new HashMap<>();
    Map<String, Double> meanDays = new HashMap<>();
    List<Object> arguments = new ArrayList<>(List.of(definition.getId()));
    arguments.addAll(callIds);
    String placeholders = String.join(", ", Collections.nCopies(callIds.size(), "?"));
    jdbc.query(FIGURES.formatted(callIds.isEmpty() ? "null" : placeholders), row -> {
      String activity = row.getString("activity");
      now.put(activity, row.getLong("here"));
      double meanMillis = row.getDouble("mean_millis");
      if (!row.wasNull()) {
        meanDays.put(activity, Math.round(meanMillis / Duration.ofDays(1).toMillis() * 10) / 10.0);
      }
    }, arguments.toArray());
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
