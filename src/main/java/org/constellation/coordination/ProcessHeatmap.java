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
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnPlane;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.bpmn.instance.di.DiagramElement;
import org.constellation.workflow.ProcessVariables;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The proposal process drawn from its own diagrams (the model's DI coordinates, one per plane), with where a call's
 * cases are now and how long they stayed at each element: Cockpit CE has no heatmap. The page renders it as SVG,
 * without script.
 */
@Service
class ProcessHeatmap {

    /** One element of the diagram, with its figures: cases there now, mean stay in days (null: none passed). */
    record Shape(
            String id,
            String name,
            boolean event,
            double x,
            double y,
            double width,
            double height,
            long now,
            Double meanDays,
            int heat) {

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

    /** One plane of the model: the process itself, or a collapsed sub-process drawn on its own. */
    record Diagram(
            String title, double x, double y, double width, double height, List<Shape> shapes, List<Edge> edges) {}

    /** The diagrams, the process first. */
    record Heatmap(List<Diagram> diagrams) {

        /** Every element of every diagram, for the table beside the pictures. */
        public List<Shape> steps() {
            return diagrams.stream()
                    .flatMap(diagram -> diagram.shapes().stream())
                    .toList();
        }
    }

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

    /**
     * The latest proposal process, heated by the cases of these calls that run on it: its main diagram (a phase's
     * sub-process counts the cases anywhere inside it) and each phase drawn on its own.
     */
    @Transactional(readOnly = true)
    Heatmap of(Collection<Long> callIds) {
        ProcessDefinition definition = repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                .latestVersion()
                .singleResult();
        BpmnModelInstance model = repository.getBpmnModelInstance(definition.getId());
        Map<String, Long> now = new HashMap<>();
        Map<String, Double> meanDays = new HashMap<>();
        List<Object> arguments = new ArrayList<>(List.of(definition.getId()));
        arguments.addAll(callIds);
        String placeholders = String.join(", ", Collections.nCopies(callIds.size(), "?"));
        jdbc.query(
                FIGURES.formatted(callIds.isEmpty() ? "null" : placeholders),
                row -> {
                    String activity = row.getString("activity");
                    now.put(activity, row.getLong("here"));
                    double meanMillis = row.getDouble("mean_millis");
                    if (!row.wasNull()) {
                        meanDays.put(
                                activity,
                                Math.round(meanMillis / Duration.ofDays(1).toMillis() * 10) / 10.0);
                    }
                },
                arguments.toArray());
        long most = Math.max(
                1, now.values().stream().mapToLong(Long::longValue).max().orElse(1));
        return new Heatmap(model.getModelElementsByType(BpmnPlane.class).stream()
                .map(plane -> diagram(plane, definition.getName(), now, meanDays, most))
                .toList());
    }

    private static Diagram diagram(
            BpmnPlane plane, String processName, Map<String, Long> now, Map<String, Double> meanDays, long most) {
        List<Shape> shapes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, 0, 0};
        for (DiagramElement element : plane.getDiagramElements()) {
            if (element instanceof BpmnShape shape && shape.getBpmnElement() instanceof FlowNode node) {
                Bounds b = shape.getBounds();
                box[0] = Math.min(box[0], b.getX());
                box[1] = Math.min(box[1], b.getY());
                box[2] = Math.max(box[2], b.getX() + b.getWidth());
                box[3] = Math.max(box[3], b.getY() + b.getHeight());
                long here = now.getOrDefault(node.getId(), 0L);
                shapes.add(new Shape(
                        node.getId(),
                        node.getName() == null ? node.getId() : node.getName(),
                        node.getElementType().getTypeName().endsWith("Event"),
                        b.getX(),
                        b.getY(),
                        b.getWidth(),
                        b.getHeight(),
                        here,
                        meanDays.get(node.getId()),
                        (int) (here * 4 / most)));
            } else if (element instanceof BpmnEdge edge && edge.getBpmnElement() instanceof SequenceFlow) {
                edges.add(new Edge(edge.getWaypoints().stream()
                        .map(p -> p.getX() + "," + p.getY())
                        .collect(Collectors.joining(" "))));
            }
        }
        String title = plane.getBpmnElement() instanceof SubProcess phase ? phase.getName() : processName;
        return new Diagram(title, box[0] - 20, box[1] - 20, box[2] - box[0] + 40, box[3] - box[1] + 40, shapes, edges);
    }
}
