package org.constellation.coordination;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * An expert's desk: the seats they hold in juries, where each stands, their own scores, and the other experts' once
 * they gave theirs, if the call lets them (`selection.PeerScores`). The work itself is done in Tasklist.
 */
@Controller
class ExpertDeskController {

    private final JuryBoard board;

    ExpertDeskController(JuryBoard board) {
        this.board = board;
    }

    @GetMapping("/coordination/expertise")
    String desk(HttpServletRequest request, Model model) {
        model.addAttribute("seats", board.desk(StaffSession.member(request).id()));
        return "coordination/expertise";
    }
}
