package org.constellation.demo;

import java.util.List;
import org.constellation.call.CallObligation;
import org.constellation.label.Labels;
import org.constellation.obligation.Evidence;
import org.constellation.obligation.ObligationView;
import org.constellation.obligation.Obligations;
import org.constellation.proposal.Proposal;
import org.constellation.report.EventReports;
import org.constellation.report.ReportForm;
import org.constellation.workflow.SearchText;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Last season's holders gave the evidence of the obligations their calls set (issue 31, part 2), as they would on their
 * tracking page: the address of their article and of their agenda announcement ahead of the event, whatever today's
 * date; the photo of the kit once the event is over. Not all of it: the Muséum's article never came (the case list's «
 * en retard » filter finds it once its day is over) and the team recorded its announcement for it; the event whose
 * label was withdrawn showed no kit. The addresses are not asked (LinkCheck): the demo starts offline too. Last
 * season's cases run no lifecycle: nothing awaits or reminds these obligations.
 */
@Component
@ConditionalOnProperty(name = "constellation.demo.enabled", havingValue = "true")
class DemoObligations {

    /** The Muséum's exhibition, in DemoLastSeason's order. */
    private static final int MUSEUM = 1;

    private final Obligations obligations;
    private final EventReports reports;
    private final Labels labels;

    DemoObligations(Obligations obligations, EventReports reports, Labels labels) {
        this.obligations = obligations;
        this.reports = reports;
        this.labels = labels;
    }

    void give(List<Proposal> lastSeason) {
        for (int i = 0; i < lastSeason.size(); i++) {
            Long proposalId = lastSeason.get(i).getId();
            boolean kitSeen = reports.isOpenFor(proposalId)
                    && labels.withdrawalOf(proposalId).isEmpty();
            for (ObligationView owed : obligations.of(proposalId)) {
                Evidence evidence = evidence(owed, lastSeason.get(i), i, kitSeen);
                if (evidence != null) {
                    boolean byTheTeam = i == MUSEUM && owed.kind() == CallObligation.Kind.ANNOUNCEMENT;
                    obligations.meet(proposalId, owed.position(), evidence, byTheTeam ? "reviewer1" : null);
                }
            }
        }
    }

    /** The evidence the holder of last season's {@code event} gave for an obligation; null for none. */
    private static Evidence evidence(ObligationView owed, Proposal proposal, int event, boolean kitSeen) {
        return switch (owed.kind()) {
            case ARTICLE -> event == MUSEUM ? null : address(owed, articleAddress(proposal));
            case ANNOUNCEMENT -> address(owed, announcementAddress(proposal));
            case PHOTO -> kitSeen ? photo(owed, event) : null;
            case OTHER -> null;
        };
    }

    private static Evidence address(ObligationView owed, String url) {
        return Evidence.read(owed.kind(), url, null, List.of(), false);
    }

    /** The project's article on the network's Echosciences, as its addresses are written. */
    private static String articleAddress(Proposal proposal) {
        return "https://www.echosciences-grenoble.fr/articles/" + pathOf(proposal.getTitle());
    }

    /** The event in the agenda its call asks for: Echosciences', or the Fête de la Science's national one. */
    private static String announcementAddress(Proposal proposal) {
        String agenda = proposal.getCall().labels()
                ? "https://openagenda.com/fete-de-la-science/events/"
                : "https://www.echosciences-grenoble.fr/evenements/";
        return agenda + pathOf(proposal.getTitle());
    }

    /** « Nuit des étoiles au parc Paul Mistral » → nuit-des-etoiles-au-parc-paul-mistral. */
    private static String pathOf(String title) {
        return SearchText.of(title).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    /** The kit at the event: a picture of the evening, drawn as the reports' photos are, each its own. */
    private static Evidence photo(ObligationView owed, int event) {
        return Evidence.read(
                owed.kind(),
                null,
                null,
                List.of(new ReportForm.Upload("kit-" + (event + 1) + ".png", DemoReports.photo(100 + event))),
                false);
    }
}
