package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import org.constellation.call.Call;
import org.constellation.workflow.Downloads;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The case table's exports for a selection committee (CaseExport gathers, CommitteeTable writes): the view shown, as
 * CSV and XLSX, for whoever may read the call's cases.
 */
@Controller
class CaseExportController {

    private final ChosenCall chosenCall;
    private final CaseExport export;

    CaseExportController(ChosenCall chosenCall, CaseExport export) {
        this.chosenCall = chosenCall;
        this.export = export;
    }

    /**
     * The filtered table as CSV, the columns a selection committee reads (CaseExport): UTF-8 with a byte order mark,
     * semicolons, French dates, every text cell inert.
     */
    @GetMapping("/coordination/dossiers.csv")
    ResponseEntity<byte[]> csv(CaseView view, HttpServletRequest request) {
        Call call = chosenCall.served(StaffSession.member(request), view.appel());
        String table = export.of(call.getId(), view.filter()).csv();
        return download(
                table.getBytes(StandardCharsets.UTF_8),
                new MediaType("text", "csv", StandardCharsets.UTF_8),
                "dossiers-" + call.getSlug() + ".csv");
    }

    /**
     * The same table as an XLSX workbook, one row per case: date cells, numbers as numbers, a frozen header with a
     * filter over the whole table.
     */
    @GetMapping("/coordination/dossiers.xlsx")
    ResponseEntity<byte[]> xlsx(CaseView view, HttpServletRequest request) {
        Call call = chosenCall.served(StaffSession.member(request), view.appel());
        return download(
                export.of(call.getId(), view.filter()).xlsx(),
                MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
                "dossiers-" + call.getSlug() + ".xlsx");
    }

    /** A file to download under its name: these exports', the committee's register and minutes too. */
    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return Downloads.attachment(filename, type, body);
    }
}
