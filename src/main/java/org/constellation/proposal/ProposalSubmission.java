package org.constellation.proposal;

import static org.constellation.workflow.FormValues.list;
import static org.constellation.workflow.FormValues.text;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A proposal as submitted through forms/proposal-submission.form, whoever renders it (Tasklist for staff, the public
 * portal for applicants). Keys are the form's field keys; values are raw and still to be validated.
 */
public record ProposalSubmission(
        String callSlug,
        String kind,
        String organisationName,
        String organisationType,
        String organisationCommune,
        String contactName,
        String contactEmail,
        String contactPhone,
        String language,
        String title,
        String summary,
        String description,
        List<String> themes,
        List<String> audiences,
        String plannedStart,
        String plannedEnd,
        String commune,
        String place,
        String umbrellaEvent,
        List<String> needs,
        List<String> offers,
        String offerDescription,
        List<String> bonusCriteria,
        String schoolInvolvement,
        String roomCapacity,
        String introductionConsent) {

    /** Field keys of the submission form, in the order of the form. */
    public static final List<String> FIELDS = List.of(
            "callSlug",
            "kind",
            "organisationName",
            "organisationType",
            "organisationCommune",
            "contactName",
            "contactEmail",
            "contactPhone",
            "language",
            "title",
            "summary",
            "description",
            "themes",
            "audiences",
            "plannedStart",
            "plannedEnd",
            "commune",
            "place",
            "umbrellaEvent",
            "needs",
            "offers",
            "offerDescription",
            "bonusCriteria",
            "schoolInvolvement",
            "roomCapacity",
            "introductionConsent");

    /** What a stored proposal holds, as its form would submit it again (to correct it). */
    public static ProposalSubmission of(Proposal p) {
        return new ProposalSubmission(
                p.getCall().getSlug(),
                p.getKind().name(),
                p.getOrganisation().getName(),
                p.getOrganisation().getType().name(),
                p.getOrganisation().getCommune(),
                p.getContactName(),
                p.getContactEmail(),
                p.getContactPhone(),
                p.getLanguage(),
                p.getTitle(),
                p.getSummary(),
                p.getDescription(),
                List.copyOf(p.getThemes()),
                names(p.getAudiences()),
                p.getPlannedStart() == null ? null : p.getPlannedStart().toString(),
                p.getPlannedEnd() == null ? null : p.getPlannedEnd().toString(),
                p.getCommuneName(),
                p.getPlace(),
                p.getUmbrellaEvent(),
                names(p.getNeeds()),
                names(p.getOffers()),
                p.getOfferDescription(),
                List.copyOf(p.getBonusCriteria()),
                p.getSchoolInvolvement().name(),
                p.getRoomCapacity() == null ? null : p.getRoomCapacity().toString(),
                p.isIntroductionConsent() ? "YES" : "NO");
    }

    /** The values keyed by form field, in the form's order; absent values are left out. */
    public Map<String, Object> asFormValues() {
        Object[] values = {
            callSlug,
            kind,
            organisationName,
            organisationType,
            organisationCommune,
            contactName,
            contactEmail,
            contactPhone,
            language,
            title,
            summary,
            description,
            themes,
            audiences,
            plannedStart,
            plannedEnd,
            commune,
            place,
            umbrellaEvent,
            needs,
            offers,
            offerDescription,
            bonusCriteria,
            schoolInvolvement,
            roomCapacity,
            introductionConsent
        };
        Map<String, Object> byKey = new LinkedHashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            if (values[i] != null) {
                byKey.put(FIELDS.get(i), values[i]);
            }
        }
        return byKey;
    }

    private static List<String> names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).toList();
    }

    public static ProposalSubmission fromFormValues(Map<String, ?> values) {
        return new ProposalSubmission(
                text(values.get("callSlug")),
                text(values.get("kind")),
                text(values.get("organisationName")),
                text(values.get("organisationType")),
                text(values.get("organisationCommune")),
                text(values.get("contactName")),
                text(values.get("contactEmail")),
                text(values.get("contactPhone")),
                text(values.get("language")),
                text(values.get("title")),
                text(values.get("summary")),
                text(values.get("description")),
                list(values.get("themes")),
                list(values.get("audiences")),
                text(values.get("plannedStart")),
                text(values.get("plannedEnd")),
                text(values.get("commune")),
                text(values.get("place")),
                text(values.get("umbrellaEvent")),
                list(values.get("needs")),
                list(values.get("offers")),
                text(values.get("offerDescription")),
                list(values.get("bonusCriteria")),
                text(values.get("schoolInvolvement")),
                text(values.get("roomCapacity")),
                text(values.get("introductionConsent")));
    }
}
