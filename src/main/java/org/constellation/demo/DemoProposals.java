package org.constellation.demo;

import java.time.LocalTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.constellation.proposal.ProposalSubmission;

/**
 * Thirteen invented answers to this season's call ("Environnement et biodiversité, sciences de la Terre"), as the
 * submission form would send them, three to last season's and three to last season's label. All holders agreed to
 * introductions but the Maison des habitants Teisseire, whose room the matching must never reveal.
 */
final class DemoProposals {

    /**
     * The season this season's proposals were written for (September 2027 to August 2028); last season's, a year
     * before.
     */
    static final int SEASON_START_YEAR = 2027;

    private DemoProposals() {}

    static final List<Map<String, Object>> ALL = List.of(
            proposal(
                    "PROJECT",
                    "Planète Sciences Auvergne-Rhône-Alpes",
                    "ASSOCIATION",
                    "Léa Moreau",
                    "Nuit de la chauve-souris au parc Paul Mistral",
                    "Écoute des chauves-souris aux détecteurs d'ultrasons avec des naturalistes.",
                    List.of("biodiversity", "nature-in-town"),
                    "Grenoble",
                    "2028-08-05",
                    "2028-08-05",
                    List.of("SPEAKERS", "AUDIENCES"),
                    "Fête de la nature"),
            proposal(
                    "PROJECT",
                    "Muséum de Grenoble",
                    "MUSEUM_OR_VENUE",
                    "Hugo Bernard",
                    "Roches et fossiles des Alpes",
                    "Exposition et ateliers autour des collections de géologie du Muséum.",
                    List.of("earth-sciences"),
                    "Grenoble",
                    "2027-10-02",
                    "2028-01-15",
                    List.of("FUNDING"),
                    "Fête de la Science"),
            intention(
                    "Le Labo des histoires",
                    "ASSOCIATION",
                    "Inès Petit",
                    "Écrire les récits du climat de demain",
                    "Ateliers d'écriture de nouvelles d'anticipation avec des climatologues.",
                    "Échirolles",
                    "climate",
                    "nature-and-society"),
            proposal(
                    "PROJECT",
                    "MJC Bulles d'Hères",
                    "ASSOCIATION",
                    "Nathan Roux",
                    "Hôtels à insectes",
                    "Construction d'hôtels à insectes avec les jeunes du quartier.",
                    List.of("biodiversity"),
                    "Saint-Martin-d'Hères",
                    "2027-11-20",
                    "2027-11-20",
                    List.of("FAB_LAB"),
                    null),
            proposal(
                    "PROJECT",
                    "Association Lyon Nature",
                    "ASSOCIATION",
                    "Chloé Lambert",
                    "Nature à Lyon",
                    "Conférences sur la biodiversité au cœur de Lyon.",
                    List.of("biodiversity"),
                    "Lyon",
                    "2027-10-10",
                    "2027-10-10",
                    List.of(),
                    null),
            proposal(
                    "CONTRIBUTION",
                    "Hexagone Scène nationale Arts Sciences",
                    "MUSEUM_OR_VENUE",
                    "Paul Girard",
                    "Une salle de spectacle pour la saison",
                    "Prêt de la grande salle (300 places) pour un spectacle arts-sciences.",
                    List.of("nature-and-society"),
                    "Meylan",
                    null,
                    null,
                    List.of(),
                    null),
            proposal(
                    "PROJECT",
                    "La Grange des Maths",
                    "ASSOCIATION",
                    "Emma Fontaine",
                    "Mesurer la Terre comme Ératosthène",
                    "Expérience collective de mesure de la circonférence terrestre avec des classes.",
                    List.of("earth-sciences"),
                    "Varces-Allières-et-Risset",
                    "2028-03-20",
                    "2028-03-20",
                    List.of("AUDIENCES"),
                    null),
            proposal(
                    "PROJECT",
                    "Observatoire des Sciences de l'Univers de Grenoble",
                    "RESEARCH",
                    "Louis Mercier",
                    "Rencontre avec des glaciologues",
                    "Rencontres entre chercheurs de l'OSUG et le public autour des glaciers alpins.",
                    List.of("water", "climate"),
                    "Saint-Martin-d'Hères",
                    "2027-10-05",
                    "2027-10-09",
                    List.of("AUDIENCES"),
                    "Fête de la Science"),
            proposal(
                    "PROJECT",
                    "Aconit",
                    "ASSOCIATION",
                    "Sarah Chevalier",
                    "Les ordinateurs qui prévoient le temps",
                    "Exposition d'ordinateurs historiques qui ont servi à la météorologie et au climat.",
                    List.of("climate"),
                    "Grenoble",
                    "2028-05-16",
                    "2028-05-16",
                    List.of("ROOM", "EXHIBITION"),
                    "Nuit des musées"),
            intention(
                    "Collège Fantin-Latour",
                    "SCHOOL",
                    "Julien Faure",
                    "Une classe rencontre une glaciologue",
                    "Une classe de 4e souhaite construire un projet sur les glaciers qui fondent.",
                    "Grenoble",
                    "water"),
            proposal(
                    "PROJECT",
                    "Ville de Pont-de-Claix",
                    "LOCAL_AUTHORITY",
                    "Manon Blanc",
                    "Le sentier de l'eau",
                    "Balades commentées le long du Drac avec les écoles et la médiathèque.",
                    List.of("water"),
                    "Le Pont-de-Claix",
                    "2028-02-05",
                    "2028-02-12",
                    List.of("BUDGET"),
                    null),
            proposal(
                    "PROJECT",
                    "Les Amis du Muséum",
                    "ASSOCIATION",
                    "Théo Garnier",
                    "Contes de la forêt",
                    "Contes et récits de la forêt pour les familles.",
                    List.of("nature-and-society", "biodiversity"),
                    "Seyssinet-Pariset",
                    "2027-12-11",
                    "2027-12-11",
                    List.of(),
                    null),
            withoutConsent(proposal(
                    "CONTRIBUTION",
                    "Maison des habitants Teisseire",
                    "LOCAL_AUTHORITY",
                    "Lucas Perrin",
                    "Une salle de quartier",
                    "Prêt de la salle polyvalente (80 places) en soirée.",
                    List.of("nature-in-town"),
                    "Grenoble",
                    null,
                    null,
                    List.of(),
                    null)));

    /** Last season's proposal the Muséum renews into this call (the second one above). */
    static final int RENEWED = 1;

    /**
     * One of last season's answers with the hours its programme entry gave it, the same each day from its first to its
     * last: none for an exhibition, open on its days; an end at midnight or before the start ends the next day. An
     * answer to the label's call carries its answers to the charter, in the charter's order.
     */
    record Programmed(
            Map<String, Object> proposal, LocalTime from, LocalTime to, List<ProposalSubmission.Answer> charter) {

        Programmed(Map<String, Object> proposal, LocalTime from, LocalTime to) {
            this(proposal, from, to, List.of());
        }
    }

    /**
     * Three answers to last season's call, "Une saison dans les étoiles", whose programme the public agenda shows;
     * written for September 2026 to August 2027.
     */
    static final List<Programmed> LAST_SEASON = List.of(
            new Programmed(
                    at(
                            proposal(
                                    "PROJECT",
                                    "Planète Sciences Auvergne-Rhône-Alpes",
                                    "ASSOCIATION",
                                    "Léa Moreau",
                                    "Nuit des étoiles au parc Paul Mistral",
                                    "Observation du ciel aux télescopes avec des animateurs et des astronomes amateurs.",
                                    List.of("astronomy"),
                                    "Grenoble",
                                    "2027-08-07",
                                    "2027-08-07",
                                    List.of("SPEAKERS", "AUDIENCES"),
                                    "Nuit des étoiles"),
                            "Parc Paul Mistral",
                            "Saturne, Jupiter et les Perséides : des télescopes sont installés sur la pelouse "
                                    + "du parc, des astronomes amateurs les règlent et racontent ce que l'on voit. Apportez une couverture."),
                    LocalTime.of(21, 0),
                    LocalTime.MIDNIGHT),
            new Programmed(
                    at(
                            proposal(
                                    "PROJECT",
                                    "Muséum de Grenoble",
                                    "MUSEUM_OR_VENUE",
                                    "Hugo Bernard",
                                    "Météorites : pierres tombées du ciel",
                                    "Exposition et ateliers autour des météorites de la collection du Muséum.",
                                    List.of("astronomy", "space-history"),
                                    "Grenoble",
                                    "2026-10-03",
                                    "2027-01-16",
                                    List.of("FUNDING"),
                                    "Fête de la Science"),
                            "Muséum, jardin des Plantes",
                            "Une quarantaine de météorites de la collection du Muséum, dont des "
                                    + "fragments lunaires et martiens, racontent la naissance du système solaire. Entrée libre aux heures "
                                    + "d'ouverture du Muséum."),
                    null,
                    null),
            new Programmed(
                    at(
                            proposal(
                                    "PROJECT",
                                    "Observatoire des Sciences de l'Univers de Grenoble",
                                    "RESEARCH",
                                    "Louis Mercier",
                                    "Rencontre avec des astrophysiciens",
                                    "Rencontres entre chercheurs de l'OSUG et le public autour des exoplanètes.",
                                    List.of("astronomy", "space-applications"),
                                    "Saint-Martin-d'Hères",
                                    "2026-10-06",
                                    "2026-10-10",
                                    List.of("AUDIENCES"),
                                    "Fête de la Science"),
                            "Amphithéâtre Weil, campus universitaire",
                            "Chaque soir, une chercheuse ou un chercheur de l'OSUG présente "
                                    + "une exoplanète et la façon dont on l'a trouvée, puis répond aux questions du public."),
                    LocalTime.of(18, 30),
                    LocalTime.of(20, 0)));

    /**
     * Three events of last season's Fête de la Science that asked for its label (DemoLabelling), each taking the five
     * commitments of the charter and saying how it keeps them; written for September 2026 to August 2027. The escape
     * game's label is withdrawn: its tickets were not free ({@link DemoLabelling#WITHDRAWN}).
     */
    static final List<Programmed> LABELLED = List.of(
            new Programmed(
                    at(
                            proposal(
                                    "PROJECT",
                                    "Les Petits Débrouillards Auvergne-Rhône-Alpes",
                                    "ASSOCIATION",
                                    "Julie Marchand",
                                    "Village des sciences à La Rampe",
                                    "Expériences, démonstrations et ateliers tenus par des chercheurs et des étudiants,"
                                            + " pour les classes puis pour les familles.",
                                    List.of("physique-chimie", "vivant"),
                                    "Échirolles",
                                    "2026-10-09",
                                    "2026-10-10",
                                    List.of("AUDIENCES"),
                                    "Fête de la Science"),
                            "La Rampe",
                            "Une vingtaine de stands tenus par des chercheurs, des doctorants et des étudiants : "
                                    + "la lumière, les sons, les cristaux, la cellule. Les classes inscrites viennent "
                                    + "le premier jour, les familles le second ; l'entrée est libre les deux jours."),
                    LocalTime.of(10, 0),
                    LocalTime.of(17, 0),
                    accepted(
                            "Entrée libre et gratuite, sans réservation.",
                            "Tous publics ; le lieu est accessible en fauteuil roulant.",
                            "Les 9 et 10 octobre, pendant la Fête de la Science.",
                            "Des chercheurs et des doctorants de l'université Grenoble Alpes tiennent chaque stand.",
                            "L'affiche du label à l'entrée et sur chaque stand.")),
            new Programmed(
                    at(
                            proposal(
                                    "PROJECT",
                                    "Institut Néel",
                                    "RESEARCH",
                                    "Karim Benali",
                                    "Portes ouvertes : voyage vers le zéro absolu",
                                    "Visite des laboratoires de physique du froid et démonstrations de "
                                            + "supraconductivité avec les chercheurs de l'institut.",
                                    List.of("physique-chimie"),
                                    "Grenoble",
                                    "2026-10-03",
                                    "2026-10-03",
                                    List.of("AUDIENCES"),
                                    "Fête de la Science"),
                            "Institut Néel, avenue des Martyrs",
                            "Des aimants qui lévitent, de l'azote liquide à moins 196 degrés et les cryostats qui "
                                    + "approchent le zéro absolu : les chercheurs de l'institut ouvrent leurs "
                                    + "laboratoires et guident une visite toutes les demi-heures."),
                    LocalTime.of(13, 30),
                    LocalTime.of(18, 0),
                    accepted(
                            "Visites gratuites.",
                            "Ouvert à tous, sans inscription.",
                            "Le 3 octobre, pendant la Fête de la Science.",
                            "Les chercheurs de l'institut guident chaque visite.",
                            "L'affiche du label à l'accueil et dans chaque laboratoire visité.")),
            new Programmed(
                    at(
                            proposal(
                                    "PROJECT",
                                    "Les Chimistes en herbe",
                                    "ASSOCIATION",
                                    "Anne Roussel",
                                    "Escape game : le secret du laboratoire",
                                    "Une heure pour sortir d'un laboratoire de chimie en résolvant ses énigmes, par "
                                            + "équipes de cinq.",
                                    List.of("physique-chimie"),
                                    "Meylan",
                                    "2026-10-06",
                                    "2026-10-07",
                                    List.of(),
                                    "Fête de la Science"),
                            "Maison des associations",
                            "Des énigmes de chimie à résoudre en équipe, avec une chimiste de l'association pour "
                                    + "maître du jeu."),
                    LocalTime.of(19, 0),
                    LocalTime.of(21, 30),
                    accepted(
                            "Gratuit pour tous les joueurs.",
                            "Ouvert à tous dès douze ans, par équipes de cinq.",
                            "Les 6 et 7 octobre, pendant la Fête de la Science.",
                            "Une chimiste de l'association anime chaque partie.",
                            "L'affiche du label dans la salle de jeu.")));

    /** Each commitment of the charter taken, in its order, and how the holder keeps it. */
    private static List<ProposalSubmission.Answer> accepted(String... hows) {
        return Arrays.stream(hows)
                .map(how -> new ProposalSubmission.Answer(ProposalSubmission.Answer.ACCEPTED, how))
                .toList();
    }

    /** The venue and the long description the holder wrote, as the programme entry takes them up. */
    private static Map<String, Object> at(Map<String, Object> values, String place, String description) {
        values.put("place", place);
        values.put("description", description);
        return values;
    }

    private static Map<String, Object> withoutConsent(Map<String, Object> values) {
        values.put("introductionConsent", "NO");
        return values;
    }

    /** An intention: no dates yet, it looks for speakers and for partners to be introduced to. */
    private static Map<String, Object> intention(
            String organisation,
            String type,
            String contact,
            String title,
            String summary,
            String commune,
            String... themes) {
        return proposal(
                "INTENTION",
                organisation,
                type,
                contact,
                title,
                summary,
                List.of(themes),
                commune,
                null,
                null,
                List.of("SPEAKERS", "INTRODUCTIONS"),
                null);
    }

    private static Map<String, Object> proposal(
            String kind,
            String organisation,
            String type,
            String contact,
            String title,
            String summary,
            List<String> themes,
            String commune,
            String start,
            String end,
            List<String> needs,
            String umbrella) {
        Map<String, Object> values = new HashMap<>();
        values.put("kind", kind);
        values.put("organisationName", organisation);
        values.put("organisationType", type);
        values.put("contactName", contact);
        values.put(
                "contactEmail",
                contact.toLowerCase().replace(' ', '.').replace("é", "e").replace("è", "e") + "@example.org");
        values.put("title", title);
        values.put("summary", summary);
        values.put("themes", themes);
        values.put("audiences", List.of("GENERAL_PUBLIC"));
        values.put("commune", commune);
        values.put("plannedStart", start);
        values.put("plannedEnd", end);
        values.put("needs", needs);
        values.put("umbrellaEvent", umbrella);
        values.put("introductionConsent", "YES");
        if ("CONTRIBUTION".equals(kind)) {
            values.put("offers", List.of("ROOM"));
            values.put("offerDescription", summary);
            values.put("roomCapacity", summary.replaceAll("\\D+", ""));
        }
        return values;
    }
}
