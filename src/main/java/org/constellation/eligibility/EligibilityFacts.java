package org.constellation.eligibility;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.constellation.call.Call;
import org.constellation.call.Commune;
import org.constellation.proposal.Proposal;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.WrittenDates;

/**
 * The facts processes/eligibility.dmn decides on, named and typed once: the delegate takes them from a proposal and its
 * call, the decision table's tests from a few values. No contact details. A commune outside the territory is near it
 * when the call lists it among its nearby territories (the Grésivaudan and the Pays voironnais for the Métropole),
 * which a person then judges.
 */
record EligibilityFacts(
        LocalDate seasonStart,
        LocalDate seasonEnd,
        List<String> territory,
        LocalDate plannedStart,
        LocalDate plannedEnd,
        String commune,
        String communeInsee,
        boolean communeNearby,
        long themeCount,
        int minThemes,
        String kind,
        List<String> audiences) {

    static final String DECISION = "eligibility";

    static final ModelKey SEASON_START = input("seasonStart", LocalDate.class);
    static final ModelKey SEASON_END = input("seasonEnd", LocalDate.class);
    /** The INSEE codes of the call's communes. */
    static final ModelKey TERRITORY = input("territory", List.class);

    static final ModelKey PLANNED_START = input("plannedStart", LocalDate.class);
    static final ModelKey PLANNED_END = input("plannedEnd", LocalDate.class);
    /** The explanations' dates, as each language writes them ("du 1er septembre 2027 au 31 août 2028"). */
    static final ModelKey DATES_FR = input("datesFr", Map.class);

    static final ModelKey DATES_EN = input("datesEn", Map.class);
    static final ModelKey COMMUNE = input("commune", String.class);
    static final ModelKey COMMUNE_INSEE = input("communeInsee", String.class);
    /** A commune the registry knows, which has an INSEE code. */
    static final ModelKey COMMUNE_KNOWN = input("communeKnown", Boolean.class);

    static final ModelKey COMMUNE_NEARBY = input("communeNearby", Boolean.class);
    /** How many of the call's themes the proposal chose, and how many the call asks for. */
    static final ModelKey THEME_COUNT = input("themeCount", Long.class);

    static final ModelKey MIN_THEMES = input("minThemes", Integer.class);
    static final ModelKey KIND = input("kind", String.class);
    static final ModelKey AUDIENCES = input("audiences", List.class);

    static EligibilityFacts of(Proposal proposal) {
        Call call = proposal.getCall();
        String insee = proposal.getCommuneInsee();
        return new EligibilityFacts(
                call.getSeasonStartsOn(),
                call.getSeasonEndsOn(),
                call.getTerritory().stream().map(Commune::inseeCode).toList(),
                proposal.getPlannedStart(),
                proposal.getPlannedEnd(),
                proposal.getCommuneName(),
                insee,
                insee != null && call.isNearby(insee),
                proposal.getThemes().stream().filter(call::hasTheme).count(),
                call.getMinThemes(),
                proposal.getKind().name(),
                proposal.getAudiences().stream().map(Enum::name).toList());
    }

    /** The decision's variables. */
    Map<String, Object> variables() {
        Map<String, Object> facts = new HashMap<>();
        facts.put(SEASON_START.name(), seasonStart);
        facts.put(SEASON_END.name(), seasonEnd);
        facts.put(TERRITORY.name(), territory);
        facts.put(PLANNED_START.name(), plannedStart);
        facts.put(PLANNED_END.name(), plannedEnd);
        facts.put(DATES_FR.name(), writtenDates(Locale.FRENCH));
        facts.put(DATES_EN.name(), writtenDates(Locale.ENGLISH));
        facts.put(COMMUNE.name(), commune);
        facts.put(COMMUNE_INSEE.name(), communeInsee);
        facts.put(COMMUNE_KNOWN.name(), communeInsee != null);
        facts.put(COMMUNE_NEARBY.name(), communeNearby);
        facts.put(THEME_COUNT.name(), themeCount);
        facts.put(MIN_THEMES.name(), minThemes);
        facts.put(KIND.name(), kind);
        facts.put(AUDIENCES.name(), audiences);
        return facts;
    }

    /** The season's and the proposal's dates, under the facts' names ({@code datesFr.seasonStart}). */
    private Map<String, Object> writtenDates(Locale locale) {
        Map<String, Object> dates = new HashMap<>();
        dates.put(SEASON_START.name(), WrittenDates.day(seasonStart, locale));
        dates.put(SEASON_END.name(), WrittenDates.day(seasonEnd, locale));
        dates.put(PLANNED_START.name(), WrittenDates.day(plannedStart, locale));
        dates.put(PLANNED_END.name(), WrittenDates.day(plannedEnd, locale));
        return dates;
    }

    private static ModelKey input(String name, Class<?> type) {
        return ModelKey.ofDecision(DECISION, name, type);
    }
}
