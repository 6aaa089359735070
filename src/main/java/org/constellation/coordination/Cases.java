package org.constellation.coordination;

import jakarta.persistence.criteria.Predicate;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;
import org.constellation.call.Call;
import org.constellation.notification.MailRecords;
import org.constellation.notification.OutboxMail;
import org.constellation.obligation.Obligation;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalKind;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.ProposalStatus;
import org.constellation.workflow.ProcessVariables;
import org.constellation.workflow.SearchText;
import org.constellation.workflow.StaffNames;
import org.constellation.workflow.TaskNames;
import org.hibernate.Hibernate;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call's proposals as cases, the way Démarches Simplifiées lists them for agents: where each stands, who holds it,
 * how long it has been in its step, and whom it waits for. The table is paged in the database; the engine is asked once
 * per page for the open tasks of its cases.
 */
@Service
class Cases {

    static final int PAGE_SIZE = 50;

    /** Whom a case waits for: the applicant owes an answer or a confirmation, the team a step, nobody once it ended. */
    enum WaitingOn {
        TEAM,
        APPLICANT,
        NOBODY
    }

    /**
     * What the table shows: by status, kind, whom it waits for, words of its title, organisation or reference. Waiting
     * for the applicant selects requests for information; an entry awaiting its holder's confirmation shows as such on
     * its line, but the filter, which works in the database, counts it with the team. {@code lateObligations}: the
     * cases whose holder owes an obligation after selection past its due date.
     */
    record Filter(
            ProposalStatus status,
            ProposalKind kind,
            WaitingOn waitingOn,
            String text,
            String label,
            String theme,
            String communeInsee,
            String holder,
            boolean overdue,
            boolean lateObligations,
            Order order) {

        boolean onTasks() {
            return holder != null || overdue;
        }
    }

    /** How the table is sorted: by reference, by title, or the longest unchanged first. */
    enum Order {
        REFERENCE(Sort.by("reference")),
        TITLE(Sort.by("title", "reference")),
        STALEST(Sort.by(Sort.Order.asc("updatedAt"), Sort.Order.asc("reference")));

        private final Sort sort;

        Order(Sort sort) {
            this.sort = sort;
        }
    }

    /** The holder filter's word for a task nobody has taken yet. */
    static final String NOBODY = "personne";

    /**
     * One line of the table: {@code holder} is the name of who has the open task, {@code lastMail} the template of the
     * last mail and {@code lastMailStatus} where it stands, both codes the page and the exports put in words;
     * {@code lateObligations} how many obligations after selection its holder owes past their due date.
     */
    record Row(
            Long id,
            String reference,
            String title,
            String organisation,
            ProposalKind kind,
            ProposalStatus status,
            String step,
            String holder,
            String candidates,
            String taskId,
            OffsetDateTime due,
            boolean overdue,
            long daysInStep,
            WaitingOn waitingOn,
            Integer priority,
            String lastMail,
            String lastMailStatus,
            List<String> labels,
            long lateObligations) {

        /** Who has the open task, or who may take it; null without one. The table and the exports say the same. */
        public String takenBy() {
            if (step == null || holder != null) {
                return holder;
            }
            return candidates == null || candidates.isBlank() ? "à prendre" : "à prendre · " + candidates;
        }
    }

    private final ProposalRepository proposals;
    private final HolderDues dues;
    private final TaskService tasks;
    private final MailRecords mails;
    private final CaseWork work;
    private final TaskCandidates taskCandidates;
    private final StaffNames staff;
    private final Clock clock;

    Cases(
            ProposalRepository proposals,
            HolderDues dues,
            TaskService tasks,
            MailRecords mails,
            CaseWork work,
            TaskCandidates taskCandidates,
            StaffNames staff,
            Clock clock) {
        this.proposals = proposals;
        this.dues = dues;
        this.tasks = tasks;
        this.mails = mails;
        this.work = work;
        this.taskCandidates = taskCandidates;
        this.staff = staff;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    Page<Row> page(Long callId, Filter filter, int page) {
        Page<Proposal> found = proposals.findAll(
                matching(callId, filter, taskHolders(callId, filter)),
                PageRequest.of(Math.max(page, 0), PAGE_SIZE, filter.order().sort));
        return new PageImpl<>(rows(found.getContent()), found.getPageable(), found.getTotalElements());
    }

    /** One case's line, for its page. */
    @Transactional(readOnly = true)
    Row row(Proposal proposal) {
        return rows(List.of(proposal)).get(0);
    }

    /** A case of the exports: its line of the table, and its proposal, to read inside the caller's transaction. */
    record Case(Row row, Proposal proposal) {}

    /**
     * Every case the filter selects, in the table's order, for the exports: the table's columns, all pages, each with
     * its proposal (CaseExport reads its answers in its own transaction, which this one joins).
     */
    @Transactional(readOnly = true)
    List<Case> all(Long callId, Filter filter) {
        List<Proposal> found =
                proposals.findAll(matching(callId, filter, taskHolders(callId, filter)), filter.order().sort);
        List<Case> all = new ArrayList<>();
        for (int from = 0; from < found.size(); from += PAGE_SIZE) {
            List<Proposal> page = found.subList(from, Math.min(found.size(), from + PAGE_SIZE));
            List<Row> rows = rows(page);
            for (int i = 0; i < page.size(); i++) {
                all.add(new Case(rows.get(i), page.get(i)));
            }
        }
        return all;
    }

    /** How many cases of the call are in each status. */
    @Transactional(readOnly = true)
    Map<ProposalStatus, Long> counts(Long callId) {
        Map<ProposalStatus, Long> counts = new EnumMap<>(ProposalStatus.class);
        proposals.countByStatus(callId).forEach(row -> counts.put((ProposalStatus) row[0], (Long) row[1]));
        return counts;
    }

    @Transactional(readOnly = true)
    Proposal proposal(Long id) {
        Proposal proposal = proposals.findById(id).orElse(null);
        if (proposal != null) {
            // Its story and its line read the history after the transaction.
            Hibernate.initialize(proposal.getStatusChanges());
        }
        return proposal;
    }

    /** The chosen cases that belong to the call, in order. */
    @Transactional(readOnly = true)
    List<Proposal> selected(Long callId, List<Long> ids) {
        return proposals.findAllById(ids).stream()
                .filter(p -> p.getCall().getId().equals(callId))
                .sorted(Comparator.comparing(Proposal::getReference))
                .toList();
    }

    /** The open task of a case, if it has one. */
    Task openTask(Proposal proposal) {
        return proposal.getProcessInstanceId() == null
                ? null
                : tasks.createTaskQuery().processInstanceId(proposal.getProcessInstanceId()).list().stream()
                        .findFirst()
                        .orElse(null);
    }

    /**
     * The process instances whose open task the filter's holder has (or nobody, or is overdue), asked of the engine in
     * one query; null when the filter says nothing of tasks.
     */
    private List<String> taskHolders(Long callId, Filter filter) {
        if (!filter.onTasks()) {
            return null;
        }
        TaskQuery query = tasks.createTaskQuery()
                .processDefinitionKey(ProcessVariables.PROPOSAL_LIFECYCLE)
                .processVariableValueEquals(ProcessVariables.CALL_ID, callId);
        if (NOBODY.equals(filter.holder())) {
            query.taskUnassigned();
        } else if (filter.holder() != null) {
            query.taskAssignee(filter.holder());
        }
        if (filter.overdue()) {
            query.dueBefore(Date.from(clock.instant()));
        }
        return query.list().stream().map(Task::getProcessInstanceId).distinct().toList();
    }

    private Specification<Proposal> matching(Long callId, Filter filter, List<String> instances) {
        LocalDate today = dues.today();
        return (root, query, cb) -> {
            List<Predicate> where = new ArrayList<>();
            where.add(cb.equal(root.get("call").get("id"), callId));
            if (instances != null) {
                where.add(
                        instances.isEmpty()
                                ? cb.disjunction()
                                : root.get("processInstanceId").in(instances));
            }
            if (filter.theme() != null) {
                where.add(cb.isMember(filter.theme(), root.<Collection<String>>get("themes")));
            }
            if (filter.communeInsee() != null) {
                where.add(cb.equal(root.get("communeInsee"), filter.communeInsee()));
            }
            if (filter.status() != null) {
                where.add(cb.equal(root.get("status"), filter.status()));
            }
            if (filter.kind() != null) {
                where.add(cb.equal(root.get("kind"), filter.kind()));
            }
            if (filter.waitingOn() == WaitingOn.NOBODY) {
                where.add(root.get("status").in(ProposalStatus.ENDED));
            } else if (filter.waitingOn() == WaitingOn.APPLICANT) {
                where.add(cb.equal(root.get("status"), ProposalStatus.INFORMATION_REQUESTED));
            } else if (filter.waitingOn() == WaitingOn.TEAM) {
                where.add(cb.not(root.get("status").in(ProposalStatus.ENDED)));
                where.add(cb.notEqual(root.get("status"), ProposalStatus.INFORMATION_REQUESTED));
            }
            if (filter.lateObligations()) {
                // Counted in the database, as the column is: an obligation unmet and its due day over.
                var late = query.subquery(Long.class);
                var obligation = late.from(Obligation.class);
                late.select(obligation.get("proposalId"))
                        .where(
                                cb.isNull(obligation.get("metAt")),
                                cb.lessThan(obligation.<LocalDate>get("dueOn"), today));
                where.add(root.get("id").in(late));
            }
            if (filter.label() != null) {
                var labelled = query.subquery(Long.class);
                var label = labelled.from(CaseLabel.class);
                labelled.select(label.get("proposalId")).where(cb.equal(label.get("label"), filter.label()));
                where.add(root.get("id").in(labelled));
            }
            if (filter.text() != null && !filter.text().isBlank()) {
                // The words as the stored search text has them ("foret" finds « forêt »), then %, _ and \ escaped: they
                // are
                // the pattern's own characters. One column already written, no function per row: the call's index
                // narrows.
                String words = "%"
                        + SearchText.of(filter.text().strip())
                                .replace("\\", "\\\\")
                                .replace("%", "\\%")
                                .replace("_", "\\_")
                        + "%";
                where.add(cb.like(root.get("searchText"), words, '\\'));
            }
            return cb.and(where.toArray(Predicate[]::new));
        };
    }

    private List<Row> rows(List<Proposal> page) {
        List<String> instances = page.stream()
                .map(Proposal::getProcessInstanceId)
                .filter(id -> id != null)
                .toList();
        Map<String, Task> openTasks = instances.isEmpty()
                ? Map.of()
                : tasksOf(tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)));
        Map<Long, OutboxMail> lastMails = page.isEmpty()
                ? Map.of()
                : mails.lastOf(page.stream().map(Proposal::getId).toList());
        Map<String, Call> callOfInstance = page.stream()
                .filter(p -> p.getProcessInstanceId() != null)
                .collect(Collectors.toMap(Proposal::getProcessInstanceId, Proposal::getCall, (a, b) -> a));
        Map<String, String> candidates = taskCandidates.of(
                openTasks.values().stream()
                        .filter(task -> task.getAssignee() == null)
                        .toList(),
                task -> callOfInstance.get(task.getProcessInstanceId()).getReviewerGroup());
        Map<Long, List<String>> labels = page.isEmpty()
                ? Map.of()
                : work.labelsOf(page.stream().map(Proposal::getId).toList());
        Map<String, String> holders = staff.fullNames(
                openTasks.values().stream().map(Task::getAssignee).toList());
        Map<Long, Long> lateObligations = page.isEmpty()
                ? Map.of()
                : dues.lateObligations(page.stream().map(Proposal::getId).toList());
        OffsetDateTime now = OffsetDateTime.now(clock);
        return page.stream()
                .map(proposal -> {
                    // A proposal of a past season may have no process left (the demo writes last season so).
                    Task task = proposal.getProcessInstanceId() == null
                            ? null
                            : openTasks.get(proposal.getProcessInstanceId());
                    OutboxMail mail = lastMails.get(proposal.getId());
                    return new Row(
                            proposal.getId(),
                            proposal.getReference(),
                            proposal.getTitle(),
                            proposal.getOrganisation().getName(),
                            proposal.getKind(),
                            proposal.getStatus(),
                            task == null ? null : TaskNames.step(task.getName()),
                            task == null ? null : holders.get(task.getAssignee()),
                            task == null ? null : candidates.get(task.getId()),
                            task == null ? null : task.getId(),
                            task == null || task.getDueDate() == null
                                    ? null
                                    : task.getDueDate().toInstant().atOffset(now.getOffset()),
                            task != null
                                    && task.getDueDate() != null
                                    && task.getDueDate().toInstant().isBefore(now.toInstant()),
                            Duration.between(proposal.inStatusSince(), now).toDays(),
                            dues.waitingOn(proposal),
                            task == null ? null : task.getPriority(),
                            mail == null ? null : mail.getTemplate().templateName(),
                            mail == null ? null : mail.shownStatus(now),
                            labels.getOrDefault(proposal.getId(), List.of()),
                            lateObligations.getOrDefault(proposal.getId(), 0L));
                })
                .toList();
    }

    private static Map<String, Task> tasksOf(TaskQuery query) {
        return query.list().stream()
                .collect(Collectors.toMap(Task::getProcessInstanceId, Function.identity(), (first, second) -> first));
    }
}
