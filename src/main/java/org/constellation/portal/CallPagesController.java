package org.constellation.portal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.constellation.call.Call;
import org.constellation.call.Season;
import org.constellation.call.CallRepository;
import org.constellation.call.Criterion;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The open calls, and each call as applicants read it before answering. */
@Controller
class CallPagesController {

  private final CallRepository calls;
  private final SubmissionFormView form;
  private final Clock clock;

  CallPagesController(CallRepository calls, SubmissionFormView form, Clock clock) {
    this.calls = calls;
    this.form = form;
    this.clock = clock;
  }

  @GetMapping("/")
  @Transactional(readOnly = true)
  String home(Model model) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    // Drafts and calls waiting for their opening date are the team's alone.
    List<Call> all = calls.findAll().stream().filter(Call::isPublic).sorted(Comparator.comparing(Call::getDeadline))
        .toList();
    model.addAttribute("openCalls", all.stream().filter(c -> c.acceptsSubmissionsAt(now)).toList());
    model.addAttribute("otherCalls", all.stream().filter(c -> !c.acceptsSubmissionsAt(now)).toList());
    // The public is one of our four kinds of users: every season's agenda, latest first.
    model.addAttribute("seasons", all.stream().map(Call::getSeason).distinct()
        .sorted(Comparator.comparing(Season::getStartsOn).reversed()).toList());
    return "portal/home";
  }

  @GetMapping("/appels/{slug}")
  @Transactional(readOnly = true)
  String call(@PathVariable String slug, Locale locale, Model model) {
    Call call = calls.findWholeBySlug(slug).filter(Call::isPublic)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("call", call);
    model.addAttribute("open", call.acceptsSubmissionsAt(OffsetDateTime.now(clock)));
    model.addAttribute("mandatoryCriteria", call.criteriaOfKind(Criterion.Kind.MANDATORY));
    model.addAttribute("bonusCriteria", call.criteriaOfKind(Criterion.Kind.BONUS));
    // What the team offers is what applicants may ask for: the needs of the submission form.
    model.addAttribute("accompaniment", form.form().component("needs").orElseThrow().options().stream()
        .map(option -> form.optionLabel("needs", option, locale)).toList());
    return "portal/call";
  }
}
