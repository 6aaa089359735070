package org.constellation.demo;

import static org.constellation.demo.DemoData.COORDINATOR;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.constellation.call.Call;
import org.constellation.call.Season;
import org.constellation.label.LabelKit;
import org.constellation.label.Labels;
import org.constellation.proposal.Proposal;
import org.constellation.security.StaffAccessSetup;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Last season's labelling call (issue 31), as La Casemate runs the Fête de la Science in Isère: a call whose
 * eligibility is its label's charter of five commitments, two taken on the form and three checked by the reviewer, its
 * communication kit (the logo, drawn here rather than shipped) uploaded on the call's page, and the obligations of a
 * labelled event. Its events come in through {@link DemoLastSeason}; one label is withdrawn once the programme is out.
 */
@Component
@ConditionalOnProperty(name = "constellation.demo.enabled", havingValue = "true")
class DemoLabelling {

    static final String LABEL = "Fête de la Science en Isère";
    /** The event of {@link DemoProposals#LABELLED} whose label is withdrawn. */
    static final int WITHDRAWN = 2;

    static final String WITHDRAWAL_REASON = "La billetterie en ligne demande 8 € par joueur, contrairement à "
            + "l’engagement « Gratuit pour le public » de la charte. Le label pourra être demandé de nouveau pour une "
            + "édition en entrée libre.";

    private final DemoCalls demoCalls;
    private final LabelKit kit;
    private final Labels labels;

    DemoLabelling(DemoCalls demoCalls, LabelKit kit, Labels labels) {
        this.demoCalls = demoCalls;
        this.kit = kit;
        this.labels = labels;
    }

    /**
     * The label's call of the season starting in {@code year}, written as the coordinator writes it on the call's page:
     * applications from December to early January, for the Fête de la Science of October; no criterion but the charter.
     * A draft, with its kit: its events come in as last season's did.
     */
    Call draft(Season season, int year) {
        Map<String, String> form = new HashMap<>();
        form.put("season", season.getId().toString());
        form.put("title", "Label " + LABEL);
        form.put("slug", DemoData.LABEL_CALL_SLUG);
        form.put(
                "introduction",
                "La Casemate coordonne la Fête de la Science en Isère : les événements gratuits, ouverts à tous et "
                        + "animés par des scientifiques, tenus pendant la Fête de la Science, reçoivent son label, "
                        + "son kit de communication et une place au programme de la saison.");
        form.put(
                "themes",
                String.join(
                        "\n",
                        "vivant | Sciences du vivant et santé | Life sciences and health",
                        "physique-chimie | Physique, chimie et matériaux | Physics, chemistry and materials",
                        "univers | Astronomie et sciences de l'Univers | Astronomy and space sciences",
                        "terre-environnement | Sciences de la Terre et environnement | Earth sciences and environment",
                        "numerique | Mathématiques, informatique et numérique | Mathematics and computing",
                        "societes | Sciences humaines et sociales | Humanities and social sciences"));
        form.put("opensOn", LocalDate.of(year - 1, 12, 1).toString());
        form.put("deadline", LocalDate.of(year, 1, 10) + "T23:59");
        form.put("contactName", "Claire Dumas");
        form.put("contactEmail", "fete-de-la-science@example.org");
        form.put("communityUrl", "https://www.echosciences-grenoble.fr/communautes/fete-de-la-science");
        form.put("reviewerGroup", StaffAccessSetup.REVIEWERS);
        form.put("umbrellaEvents", "Fête de la Science | " + year + "-10-02 | " + year + "-10-12");
        form.put("label", "on");
        form.put("labelName", LABEL);
        form.put(
                "labelUsageRules",
                "Le logo figure sur chaque support de l’événement (affiche, programme, page web), à sa taille "
                        + "d’origine et sans modification. Le kit ne sert qu’aux événements labellisés de cette "
                        + "édition.");
        form.put(
                "labelCommitments",
                String.join(
                        "\n",
                        "Gratuit pour le public ; formulaire",
                        "Ouvert à tous ; formulaire",
                        "Dans les dates de la Fête de la Science",
                        "Un scientifique présent pendant l'événement",
                        "Le kit de communication du label affiché sur le lieu"));
        form.put(
                "obligations",
                String.join(
                        "\n",
                        "Annonce dans l'agenda national de la Fête de la Science ; annonce ; 15 ; avant",
                        "Photo de l'affiche du label sur le lieu de l'événement ; photo ; 2 ; après"));
        Call call = demoCalls.draft(form);
        kit.add(call.getId(), "logo-fete-de-la-science.svg", logoSvg(), COORDINATOR);
        kit.add(call.getId(), "logo-fete-de-la-science.png", logoPng(), COORDINATOR);
        return call;
    }

    /** A labelled event found charging for its tickets loses its label; its holder is told why by mail. */
    void withdraw(Proposal labelled) {
        labels.withdraw(labelled.getId(), WITHDRAWAL_REASON, COORDINATOR);
    }

    /** The logo as a vector file: the label's name around an atom. */
    private static byte[] logoSvg() {
        return """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 240" role="img" aria-label="%s">
                  <circle cx="120" cy="120" r="116" fill="#1d3c78"/>
                  <g fill="none" stroke="#ffd23f" stroke-width="6">
                    <ellipse cx="120" cy="100" rx="70" ry="24"/>
                    <ellipse cx="120" cy="100" rx="70" ry="24" transform="rotate(60 120 100)"/>
                    <ellipse cx="120" cy="100" rx="70" ry="24" transform="rotate(120 120 100)"/>
                  </g>
                  <circle cx="120" cy="100" r="12" fill="#ffd23f"/>
                  <g fill="#ffffff" font-family="sans-serif" text-anchor="middle">
                    <text x="120" y="186" font-size="17">Fête de la Science</text>
                    <text x="120" y="208" font-size="15">en Isère</text>
                  </g>
                </svg>
                """.formatted(LABEL).getBytes(StandardCharsets.UTF_8);
    }

    /** The same atom as a picture, without its words (no font to depend on), drawn rather than shipped. */
    private static byte[] logoPng() {
        BufferedImage image = new BufferedImage(480, 480, BufferedImage.TYPE_INT_ARGB);
        Graphics2D logo = image.createGraphics();
        logo.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        logo.setColor(new Color(29, 60, 120));
        logo.fillOval(8, 8, 464, 464);
        logo.setColor(new Color(255, 210, 63));
        logo.setStroke(new BasicStroke(12));
        for (int turn = 0; turn < 3; turn++) {
            logo.draw(AffineTransform.getRotateInstance(Math.toRadians(60 * turn), 240, 240)
                    .createTransformedShape(new Ellipse2D.Double(100, 192, 280, 96)));
        }
        logo.fillOval(216, 216, 48, 48);
        logo.dispose();
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
