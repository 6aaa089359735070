package org.constellation.proposal;

import static org.constellation.workflow.FormValues.list;
import static org.constellation.workflow.FormValues.text;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.constellation.workflow.ModelKey;
import org.constellation.workflow.ProcessVariables;

/**
 * A proposal as submitted through forms/proposal-submission.form, whoever renders it (Tasklist for staff, the public
 * portal for applicants). Keys are the form's field keys; values are raw and still to be validated. A labelling call's
 * charter is the call's own, not the form's: the portal adds it after the form's fields, and {@code commitments} holds
 * its answers in the charter's order (none from Tasklist, whose form cannot list a call's commitments). So is a funding
 * call's forecast budget, by the call's categories: {@code budget} holds it as the portal posts it, whatever the call,
 * and is null from Tasklist.
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
        String introductionConsent,
        List<Answer> commitments,
        BudgetAnswers budget) {

    /**
     * An answer to a commitment of the charter, as posted: {@link #ACCEPTED}, {@link #REFUSED} or nothing, and how the
     * applicant keeps it.
     */
    public record Answer(String answer, String how) {

        public static final String ACCEPTED = "ACCEPTED";
        public static final String REFUSED = "REFUSED";
        /** How the applicant keeps a commitment: a short text, on one line. */
        public static final int LONGEST_HOW = 500;

        public boolean accepted() {
            return ACCEPTED.equals(answer);
        }
    }

    /** The portal's field of the answer to the charter's commitment at {@code position}, from 1. */
    public static String answerField(int position) {
        return "commitment" + position;
    }

    /** The portal's field of how the applicant keeps the commitment at {@code position}, from 1. */
    public static String howField(int position) {
        return answerField(position) + "How";
    }

    public ProposalSubmission {
        commitments = commitments == null ? List.of() : List.copyOf(commitments);
    }

    /** The start form, forms/{FORM_ID}.form: Tasklist shows it to staff, the portal to applicants. */
    public static final String FORM_ID = "proposal-submission";

    /** The form's fields, read into a submission here. */
    public static final ModelKey CALL_SLUG = ModelKey.field("callSlug", String.class);

    public static final ModelKey KIND = ModelKey.field("kind", ProposalKind.class);
    public static final ModelKey ORGANISATION_NAME = ModelKey.field("organisationName", String.class);
    public static final ModelKey ORGANISATION_TYPE = ModelKey.field("organisationType", OrganisationType.class);
    public static final ModelKey ORGANISATION_COMMUNE = ModelKey.field("organisationCommune", String.class);
    public static final ModelKey CONTACT_NAME = ModelKey.field(ProcessVariables.CONTACT_NAME, String.class);
    public static final ModelKey CONTACT_EMAIL = ModelKey.field(ProcessVariables.CONTACT_EMAIL, String.class);
    public static final ModelKey CONTACT_PHONE = ModelKey.field(ProcessVariables.CONTACT_PHONE, String.class);
    public static final ModelKey LANGUAGE = ModelKey.field("language", String.class);
    public static final ModelKey TITLE = ModelKey.field("title", String.class);
    public static final ModelKey SUMMARY = ModelKey.field("summary", String.class);
    public static final ModelKey DESCRIPTION = ModelKey.field("description", String.class);
    public static final ModelKey THEMES = ModelKey.field("themes", List.class);
    public static final ModelKey AUDIENCES = ModelKey.field("audiences", List.class);
    public static final ModelKey PLANNED_START = ModelKey.field("plannedStart", LocalDate.class);
    public static final ModelKey PLANNED_END = ModelKey.field("plannedEnd", LocalDate.class);
    public static final ModelKey COMMUNE = ModelKey.field("commune", String.class);
    public static final ModelKey PLACE = ModelKey.field("place", String.class);
    public static final ModelKey UMBRELLA_EVENT = ModelKey.field("umbrellaEvent", String.class);
    public static final ModelKey NEEDS = ModelKey.field("needs", List.class);
    public static final ModelKey OFFERS = ModelKey.field("offers", List.class);
    public static final ModelKey OFFER_DESCRIPTION = ModelKey.field("offerDescription", String.class);
    public static final ModelKey BONUS_CRITERIA = ModelKey.field("bonusCriteria", List.class);
    public static final ModelKey SCHOOL_INVOLVEMENT = ModelKey.field("schoolInvolvement", SchoolInvolvement.class);
    public static final ModelKey ROOM_CAPACITY = ModelKey.field("roomCapacity", String.class);
    public static final ModelKey INTRODUCTION_CONSENT = ModelKey.field("introductionConsent", String.class);

    /** Field keys of the submission form, in the order of the record's components. */
    public static final List<String> FIELDS = Stream.of(
                    CALL_SLUG,
                    KIND,
                    ORGANISATION_NAME,
                    ORGANISATION_TYPE,
                    ORGANISATION_COMMUNE,
                    CONTACT_NAME,
                    CONTACT_EMAIL,
                    CONTACT_PHONE,
                    LANGUAGE,
                    TITLE,
                    SUMMARY,
                    DESCRIPTION,
                    THEMES,
                    AUDIENCES,
                    PLANNED_START,
                    PLANNED_END,
                    COMMUNE,
                    PLACE,
                    UMBRELLA_EVENT,
                    NEEDS,
                    OFFERS,
                    OFFER_DESCRIPTION,
                    BONUS_CRITERIA,
                    SCHOOL_INVOLVEMENT,
                    ROOM_CAPACITY,
                    INTRODUCTION_CONSENT)
            .map(ModelKey::name)
            .toList();

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
                p.isIntroductionConsent() ? "YES" : "NO",
                p.getCommitments().stream()
                        .map(answer -> new Answer(answer.accepted() ? Answer.ACCEPTED : Answer.REFUSED, answer.how()))
                        .toList(),
                p.forecastBudget()
                        .map(budget -> BudgetAnswers.of(p.getOrganisation().getSiret(), budget))
                        .orElse(null));
    }

    /** The same answers with the charter's as the portal posted them. */
    public ProposalSubmission withCommitments(List<Answer> answers) {
        return with(answers, budget);
    }

    /** The same answers with a forecast budget, as the portal posted it or as a new call's form starts it. */
    public ProposalSubmission withBudget(BudgetAnswers answers) {
        return with(commitments, answers);
    }

    private ProposalSubmission with(List<Answer> answers, BudgetAnswers budgetAnswers) {
        return new ProposalSubmission(
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
                introductionConsent,
                answers,
                budgetAnswers);
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
                text(values.get(CALL_SLUG.name())),
                text(values.get(KIND.name())),
                text(values.get(ORGANISATION_NAME.name())),
                text(values.get(ORGANISATION_TYPE.name())),
                text(values.get(ORGANISATION_COMMUNE.name())),
                text(values.get(CONTACT_NAME.name())),
                text(values.get(CONTACT_EMAIL.name())),
                text(values.get(CONTACT_PHONE.name())),
                text(values.get(LANGUAGE.name())),
                text(values.get(TITLE.name())),
                text(values.get(SUMMARY.name())),
                text(values.get(DESCRIPTION.name())),
                list(values.get(THEMES.name())),
                list(values.get(AUDIENCES.name())),
                text(values.get(PLANNED_START.name())),
                text(values.get(PLANNED_END.name())),
                text(values.get(COMMUNE.name())),
                text(values.get(PLACE.name())),
                text(values.get(UMBRELLA_EVENT.name())),
                list(values.get(NEEDS.name())),
                list(values.get(OFFERS.name())),
                text(values.get(OFFER_DESCRIPTION.name())),
                list(values.get(BONUS_CRITERIA.name())),
                text(values.get(SCHOOL_INVOLVEMENT.name())),
                text(values.get(ROOM_CAPACITY.name())),
                text(values.get(INTRODUCTION_CONSENT.name())),
                List.of(),
                null);
    }
}
