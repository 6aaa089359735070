package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.camunda.bpm.engine.task.Task;
import org.constellation.call.Call;
import org.constellation.call.CallRepository;
import org.constellation.programme.ProgrammeExports;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalKind;
import org.constellation.proposal.ProposalStatus;
import org.constellation.workflow.ParisTime;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The team's case workspace (issue 16): a call's proposals as a table paged on the server, filtered by the address
 * (so a view is a link to keep or share), exported as CSV; each case's page with its story and its links to
 * Tasklist and Cockpit; and the call's processing figures.
 */
@Controller
class CasesController {

  private final Cases cases;
  private final CallAnalytics analytics;
  private final ChosenCall chosenCall;
  private final CallRepository calls;
  private final ParisTime parisTime;
  private final MessageSource messages;

  CasesController(Cases cases, CallAnalytics analytics, ChosenCall chosenCall, CallRepository calls,
      ParisTime parisTime, MessageSource messages) {
    this.cases = cases;
    this.analytics = analytics;
    this.chosenCall = chosenCall;
    this.calls = calls;
    this.parisTime = parisTime;
    this.messages = messages;
  }

  @GetMapping("/coordination/dossiers")
  String list(@RequestParam(name = "appel", required = false) Long callId,
      @RequestParam(name = "etat", required = false) String status,
      @RequestParam(name = "type", required = false) String kind,
      @RequestParam(name = "attente", required = false) String waitingOn,
      @RequestParam(name = "q", required = false) String text,
      @RequestParam(name = "page", defaultValue = "0") int page, HttpServletRequest request, Model model) {
    model.addAttribute("coordinator", StaffSession.coordinator(request));
    Call call = chosenCall.of(callId);
    Cases.Filter filter = filter(status, kind, waitingOn, text);
    Page<Cases.Row> rows = cases.page(call.getId(), filter, page);
    model.addAttribute("call", call);
    model.addAttribute("calls", calls.findAll());
    model.addAttribute("filter", filter);
    model.addAttribute("rows", rows);
    model.addAttribute("counts", cases.counts(call.getId()));
    model.addAttribute("statuses", ProposalStatus.values());
    model.addAttribute("kinds", ProposalKind.values());
    model.addAttribute("waiting", Cases.WaitingOn.values());
    return "coordination/cases";
  }

  /** The filtered table as CSV (UTF-8 with a byte order mark, semicolons, as the programme's export). */
  @GetMapping("/coordination/dossiers.csv")
  ResponseEntity<byte[]> csv(@RequestParam(name = "appel", required = false) Long callId,
      @RequestParam(name = "etat", required = false) String status,
      @RequestParam(name = "type", required = false) String kind,
      @RequestParam(name = "attente", required = false) String waitingOn,
      @RequestParam(name = "q", required = false) String text, HttpServletRequest request) {
    StaffSession.coordinator(request);
    Call call = chosenCall.of(callId);
    List<Cases.Row> rows = cases.all(call.getId(), filter(status, kind, waitingOn, text));
    StringWriter out = new StringWriter();
    out.write(ProgrammeExports.BYTE_ORDER_MARK);
    try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';')
        .setHeader("Référence", "Titre", "Structure", "Nature", "État", "Étape en cours", "Tenue par", "Échéance",
            "En retard", "Jours dans l'étape", "En attente de", "Priorité", "Dernier courriel", "Envoi")
        .get())) {
      for (Cases.Row row : rows) {
        csv.printRecord(row.reference(), row.title(), row.organisation(), french("kind." + row.kind()),
            french("case.status." + row.status()), row.step(), row.holder(),
            row.due() == null ? null : parisTime.format(row.due(), "dd/MM/yyyy"), row.overdue() ? "oui" : "non",
            row.daysInStep(), french("case.waiting." + row.waitingOn()), row.priority(), row.lastMail(),
            row.lastMailStatus());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
            .filename("dossiers-" + call.getSlug() + ".csv").build().toString())
        .body(out.toString().getBytes(StandardCharsets.UTF_8));
  }

  @GetMapping("/coordination/dossiers/{id}")
  String show(@PathVariable Long id, HttpServletRequest request, Model model, Locale locale) {
    model.addAttribute("coordinator", StaffSession.coordinator(request));
    Proposal proposal = cases.proposal(id);
    if (proposal == null) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND, "Aucun dossier n°" + id + ".");
    }
    Task task = cases.openTask(proposal);
    model.addAttribute("proposal", proposal);
    model.addAttribute("row", cases.page(proposal.getCall().getId(),
        new Cases.Filter(null, null, null, proposal.getReference()), 0).getContent().stream()
        .filter(r -> r.id().equals(id)).findFirst().orElseThrow());
    model.addAttribute("task", task);
    model.addAttribute("story", cases.story(proposal, locale));
    return "coordination/case";
  }

  /** The call's processing figures: funnel, time in each step and whose it was, load, weekly submissions. */
  @GetMapping("/coordination/analyse")
  String analyse(@RequestParam(name = "appel", required = false) Long callId, HttpServletRequest request,
      Model model) {
    model.addAttribute("coordinator", StaffSession.coordinator(request));
    Call call = chosenCall.of(callId);
    CallAnalytics.Figures figures = analytics.of(call.getId());
    model.addAttribute("call", call);
    model.addAttribute("calls", calls.findAll());
    model.addAttribute("figures", figures);
    model.addAttribute("widest", Math.max(1, figures.funnel().get(0).count()));
    model.addAttribute("busiestWeek", figures.weeks().stream().mapToLong(CallAnalytics.Week::submissions).max()
        .orElse(1));
    return "coordination/analyse";
  }

  private String french(String key) {
    return messages.getMessage(key, null, key, Locale.FRENCH);
  }

  private static Cases.Filter filter(String status, String kind, String waitingOn, String text) {
    try {
      return new Cases.Filter(blank(status) ? null : ProposalStatus.valueOf(status),
          blank(kind) ? null : ProposalKind.valueOf(kind), blank(waitingOn) ? null : Cases.WaitingOn.valueOf(waitingOn),
          blank(text) ? null : text.strip());
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Filtre inconnu : " + e.getMessage());
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
