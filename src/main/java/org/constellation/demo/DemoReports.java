package org.constellation.demo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.constellation.proposal.Proposal;
import org.constellation.report.EventReports;
import org.constellation.report.ReportForm;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Last season's holders gave the evidence of their obligations (DemoObligations), then their reports once their events
 * were over, as they would on their tracking page: the season's bilan, its map and the brochure of supported projects
 * hold every event already held at the first start, its label's too (the demo's seasons move with today's date: an
 * event still to come has no report yet).
 */
@Component
@ConditionalOnProperty(name = "constellation.demo.enabled", havingValue = "true")
class DemoReports {

    /**
     * Per event of last season, in DemoLastSeason's order (the reference call's, then the label's): the publics
     * reached, the partners and a short account, in the holders' words.
     */
    private static final List<List<String>> PUBLICS = List.of(
            List.of("FAMILIES", "CHILDREN", "GENERAL_PUBLIC"),
            List.of("SCHOOL_CLASSES", "TEENAGERS"),
            List.of("ADULTS", "SENIORS", "GENERAL_PUBLIC"),
            List.of("SCHOOL_CLASSES", "FAMILIES", "CHILDREN"),
            List.of("GENERAL_PUBLIC", "ADULTS", "STUDENTS"),
            List.of("TEENAGERS", "ADULTS"));

    private static final List<String> PARTNERS = List.of(
            "Club d'astronomie de Grenoble, Observatoire des sciences de l'Univers",
            "Collège Champollion, Planétarium de Vaulx-en-Velin",
            "Médiathèque Kateb Yacine, Société astronomique de France",
            "Université Grenoble Alpes, médiathèques d'Échirolles",
            "Université Grenoble Alpes",
            "Ville de Meylan");

    private static final List<String> ACCOUNTS = List.of(
            "Beau temps les deux soirs : les télescopes n'ont pas désempli, les enfants sont repartis avec une carte du ciel.",
            "Les classes ont construit leurs fusées à eau le matin et les ont lancées l'après-midi ; un lancement raté a "
                    + "donné la meilleure leçon de la journée.",
            "Une salle comble pour la conférence ; les questions ont duré plus longtemps que l'exposé.",
            "Cinq classes le premier jour, les familles le second : le stand des cristaux a manqué de sel avant midi.",
            "Les visites étaient complètes dès le début de l'après-midi ; l'aimant en lévitation a eu son public.",
            "Les équipes sont sorties en cinquante minutes en moyenne. Les places payantes nous ont coûté le label :"
                    + " nous reviendrons l'an prochain en entrée libre.");

    private final EventReports reports;
    private final DemoObligations obligations;

    DemoReports(EventReports reports, DemoObligations obligations) {
        this.reports = reports;
        this.obligations = obligations;
    }

    void give(List<Proposal> lastSeason) {
        obligations.give(lastSeason);
        for (int i = 0; i < lastSeason.size(); i++) {
            Long proposalId = lastSeason.get(i).getId();
            if (!reports.isOpenFor(proposalId)) {
                continue;
            }
            int sessions = reports.sessionsOf(proposalId).size();
            List<ReportForm.Typed> counted = new ArrayList<>();
            for (int session = 0; session < sessions; session++) {
                int people = 60 + 35 * i + 12 * session;
                int pupils = pupils(i, session, people);
                counted.add(new ReportForm.Typed(
                        Integer.toString(people), Integer.toString(pupils), Integer.toString(pupils / 25)));
            }
            ReportForm form = ReportForm.read(
                    counted,
                    PUBLICS.get(i),
                    PARTNERS.get(i),
                    ACCOUNTS.get(i),
                    List.of(new ReportForm.Upload("soiree-" + (i + 1) + ".png", photo(i))));
            reports.give(proposalId, form, null);
        }
    }

    /**
     * The school pupils among the {@code people} of an event's session: the exhibition's visitors were mostly classes,
     * the night of stars had a few, and the village of sciences kept its first day for the classes.
     */
    private static int pupils(int event, int session, int people) {
        return switch (event) {
            case 0 -> 15;
            case 1 -> people - 8;
            case 3 -> session == 0 ? people - 20 : 0;
            default -> 0;
        };
    }

    /** A night sky of its own for each event, drawn rather than shipped: the brochure needs a picture. */
    static byte[] photo(int seed) {
        BufferedImage image = new BufferedImage(640, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D sky = image.createGraphics();
        sky.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        sky.setColor(new Color(12, 20, 58));
        sky.fillRect(0, 0, 640, 400);
        Random stars = new Random(seed);
        for (int star = 0; star < 220; star++) {
            int size = 1 + stars.nextInt(3);
            sky.setColor(new Color(255, 255, 220 + stars.nextInt(36)));
            sky.fillOval(stars.nextInt(640), stars.nextInt(330), size, size);
        }
        sky.setColor(new Color(30, 40, 30));
        sky.fillRect(0, 340, 640, 60);
        sky.dispose();
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
