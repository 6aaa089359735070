package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.constellation.call.Call;
import org.constellation.selection.Committee;
import org.constellation.selection.CommitteeMinutes;
import org.constellation.selection.CommitteeSession;
import org.constellation.selection.WithdrawalRegister;
import org.constellation.workflow.ParisTime;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * What the committee keeps on record: each sitting's minutes as a PDF, and the register of withdrawals (déports and
 * recusals) of a call, as a page and as CSV, with the sitting each belongs to.
 */
@Controller
class CommitteeRecordsController {

    /** The register's columns, as message keys; the CSV heads them in French, as the other exports. */
    static final List<String> REGISTER_COLUMNS = List.of(
            "jury.register.col.expert",
            "jury.register.col.proposal",
            "jury.register.col.kind",
            "jury.register.col.detail",
            "jury.register.col.at",
            "jury.register.col.by",
            "jury.register.col.sitting");

    private final JuryCalls juryCalls;
    private final WithdrawalRegister register;
    private final CommitteeMinutes minutes;
    private final Committee committee;
    private final CaseWords words;
    private final MessageSource messages;

    CommitteeRecordsController(
            JuryCalls juryCalls,
            WithdrawalRegister register,
            CommitteeMinutes minutes,
            Committee committee,
            CaseWords words,
            MessageSource messages) {
        this.juryCalls = juryCalls;
        this.register = register;
        this.minutes = minutes;
        this.committee = committee;
        this.words = words;
        this.messages = messages;
    }

    @ModelAttribute("pageLang")
    String pageLang(Locale locale) {
        return locale.getLanguage();
    }

    /** A sitting's minutes (« procès-verbal »), in the reader's language. */
    @GetMapping("/coordination/jury/seances/{id}/proces-verbal.pdf")
    ResponseEntity<byte[]> minutes(@PathVariable Long id, HttpServletRequest request, Locale locale) {
        StaffSession.coordinator(request);
        CommitteeSession session = committee
                .session(id)
                .orElseThrow(() -> new ResponseStatusException(
                        HttpStatus.NOT_FOUND, messages.getMessage("jury.session.unknown", null, locale)));
        byte[] pdf = minutes.pdf(id, locale).orElseThrow();
        return CaseExportController.download(pdf, MediaType.APPLICATION_PDF, CommitteeMinutes.fileName(session));
    }

    @GetMapping("/coordination/jury/deports")
    String register(
            @RequestParam(name = "appel", required = false) String asked,
            HttpServletRequest request,
            Model model,
            Locale locale) {
        model.addAttribute("coordinator", StaffSession.coordinator(request));
        Call call = juryCalls.required(asked, locale);
        model.addAttribute("wide", true);
        model.addAttribute("call", call);
        model.addAttribute("calls", juryCalls.withJury());
        model.addAttribute("entries", register.of(call.getId()));
        return "coordination/jury-register";
    }

    /** The register as CSV (CommitteeTable, CsvTable): French headers and words, moments in Paris time. */
    @GetMapping("/coordination/jury/deports.csv")
    ResponseEntity<byte[]> registerCsv(
            @RequestParam(name = "appel", required = false) String asked, HttpServletRequest request, Locale locale) {
        StaffSession.coordinator(request);
        Call call = juryCalls.required(asked, locale);
        List<List<Object>> rows = register.of(call.getId()).stream()
                .map(entry -> Arrays.<Object>asList(
                        entry.expert(),
                        entry.proposalTitle(),
                        words.of(entry.kindKey()),
                        entry.detail(),
                        entry.at() == null ? null : ParisTime.of(entry.at()).toLocalDateTime(),
                        entry.by(),
                        entry.session() == null ? null : entry.session().getHeldOn()))
                .toList();
        String csv = new CommitteeTable(REGISTER_COLUMNS.stream().map(words::of).toList(), rows).csv();
        return CaseExportController.download(
                csv.getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "deports-" + call.getSlug() + ".csv");
    }
}
