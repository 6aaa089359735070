package org.constellation.matching;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.constellation.call.Call;
import org.constellation.call.CallTheme;
import org.constellation.call.Commune;
import org.constellation.matching.engine.GeoPoint;
import org.constellation.matching.engine.Offer;
import org.constellation.matching.engine.PartnerMatcher;
import org.constellation.matching.engine.Profile;
import org.constellation.matching.engine.Resource;
import org.constellation.matching.engine.Suggestion;
import org.constellation.proposal.AccompanimentNeed;
import org.constellation.proposal.OfferType;
import org.constellation.proposal.OrganisationType;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.SchoolInvolvement;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked partner suggestions for a proposal, among the live proposals of its call, from the matching engine. Only
 * holders who agreed to be introduced take part, on both sides: a proposal whose holder did not agree gets none, and is
 * suggested to nobody.
 */
@Component
public class PartnerSuggestions {

    private final ProposalRepository proposals;

    public PartnerSuggestions(ProposalRepository proposals) {
        this.proposals = proposals;
    }

    @Transactional(readOnly = true)
    public List<Suggestion> forProposal(Long proposalId, int limit) {
        Proposal seeker = proposals.findById(proposalId).orElseThrow();
        if (!seeker.isIntroductionConsent()) {
            return List.of();
        }
        Call call = seeker.getCall();
        Map<String, Commune> territory =
                call.getTerritory().stream().collect(Collectors.toMap(Commune::inseeCode, Function.identity()));
        Map<String, String> themeLabels =
                call.getThemes().stream().collect(Collectors.toMap(CallTheme::code, CallTheme::label));
        List<Profile> candidates = proposals.findByCallIdOrderById(call.getId()).stream()
                // Only proposals found eligible: one still under check, or whose rejection awaits confirmation, may
                // never be.
                .filter(candidate -> candidate.getStatus().hasPassedEligibility())
                .map(candidate -> profile(candidate, territory, themeLabels))
                .toList();
        return new PartnerMatcher(candidates, true).suggestionsFor(profile(seeker, territory, themeLabels), limit);
    }

    static Profile profile(Proposal proposal, Map<String, Commune> territory, Map<String, String> themeLabels) {
        Commune commune = proposal.getCommuneInsee() == null ? null : territory.get(proposal.getCommuneInsee());
        GeoPoint place =
                commune != null && commune.isLocated() ? new GeoPoint(commune.latitude(), commune.longitude()) : null;
        Set<String> themes = proposal.getThemes().stream()
                .map(code -> themeLabels.getOrDefault(code, code))
                .collect(Collectors.toSet());
        return new Profile(
                proposal.getId(),
                proposal.getTitle(),
                needs(proposal),
                offers(proposal),
                themes,
                place,
                proposal.getCommuneName(),
                proposal.getAudiences().stream().map(Enum::name).collect(Collectors.toSet()),
                proposal.getPlannedStart(),
                proposal.getPlannedEnd(),
                proposal.getOrganisation().getType().name(),
                0,
                proposal.isIntroductionConsent());
    }

    /** The accompaniment needs a partner can meet, in the engine's terms. */
    static Set<Resource> needs(Proposal proposal) {
        Set<Resource> needs = EnumSet.noneOf(Resource.class);
        for (AccompanimentNeed need : proposal.getNeeds()) {
            switch (need) {
                case ROOM -> needs.add(Resource.ROOM);
                case SPEAKERS -> needs.add(Resource.SCIENTIST);
                case AUDIENCES -> needs.addAll(List.of(Resource.AUDIENCE, Resource.SCHOOL_CLASS));
                case FAB_LAB -> needs.add(Resource.EQUIPMENT);
                case MEDIA_LAB -> needs.add(Resource.COMMUNICATION);
                case STAFF -> needs.add(Resource.STAFF);
                case BUDGET, FUNDING -> needs.add(Resource.FUNDING_LEAD);
                case EXHIBITION -> needs.add(Resource.EXHIBITION);
                case INTRODUCTIONS -> {}
            }
        }
        if (proposal.getSchoolInvolvement() == SchoolInvolvement.SEEKS_CLASS) {
            needs.add(Resource.SCHOOL_CLASS);
        }
        return needs;
    }

    /** What the proposal offers: a contribution's offers, a teacher's class, a research team's scientists. */
    static Set<Offer> offers(Proposal proposal) {
        Set<Offer> offers = new HashSet<>();
        for (OfferType offer : proposal.getOffers()) {
            switch (offer) {
                case ROOM ->
                    offers.add(new Offer(
                            Resource.ROOM, proposal.getRoomCapacity() == null ? 0 : proposal.getRoomCapacity()));
                case EXHIBITION -> offers.add(new Offer(Resource.EXHIBITION, 0));
                case ACTIVITY, SKILLS -> offers.add(new Offer(Resource.SCIENTIST, 0));
                case STAFF -> offers.add(new Offer(Resource.STAFF, 0));
            }
        }
        if (proposal.getSchoolInvolvement() == SchoolInvolvement.TEACHER_SEEKS_PARTNER) {
            offers.add(new Offer(Resource.SCHOOL_CLASS, 0));
        }
        if (proposal.getOrganisation().getType() == OrganisationType.RESEARCH) {
            offers.add(new Offer(Resource.SCIENTIST, 0));
        }
        return offers;
    }
}
