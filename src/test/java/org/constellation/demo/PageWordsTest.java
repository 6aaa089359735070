package org.constellation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader of WordsNotCodesIT: it finds the codes issue 27 found on the pages, and takes words, attributes and typed
 * values for what they are.
 */
class PageWordsTest {

    private final PageWords reader = new PageWords(List.of("coordinator", "reviewer1"));

    @Test
    void theApplicationsCodesComeFromItsEnumsButTheAcronyms() {
        assertThat(PageWords.applicationCodes())
                .contains("SENT", "DRAFT", "SCHEDULED", "AWAITING_FORUM", "PROJECT", "PASS", "FAIL", "INTERRUPTED")
                .doesNotContain("INSEE", "CSV", "JSON");
    }

    @Test
    void theCodesPeopleReadOnTheTeamsPagesAreFound() {
        List<String> found = reader.codesIn("""
        <!DOCTYPE html><html lang="fr"><head><title>Dossier</title></head><body>
          <p>Connecté·e : coordinator</p>
          <p>Dossier ouvert. Ouvert plus de P18M après son dépôt, il est soumis aux coordinateurs.</p>
          <td>acknowledgement — SENT</td>
          <li>État : DRAFT → SCHEDULED (add Voiron…)</li>
          <p>écart sur « Sur le territoire » (automatique PASS, retenu FAIL) : vérifié.</p>
          <p>01/12/2026 10:00 — reviewer1 : non éligible</p>
          <td>??outbox.type.withdrawal-confirmation_fr??</td>
          <svg><text>2 · 0.0 j</text></svg>
          <p>Gardé jusqu'au 2027-10-12.</p>
          <option value="">ELIGIBILITY_CHECK</option>
        </body></html>""");
        assertThat(found)
                .extracting(finding -> finding.substring(0, finding.indexOf(':')))
                .containsExactlyInAnyOrder(
                        "a member of the team by their id",
                        "a member of the team by their id",
                        "an ISO duration",
                        "an ISO date",
                        "a code",
                        "a code",
                        "a code",
                        "a code",
                        "a code",
                        "a code",
                        "a missing message",
                        "a decimal point on a French page");
        assertThat(String.join("\n", found))
                .contains(
                        "Connecté·e : coordinator",
                        "plus de P18M après",
                        "acknowledgement — SENT",
                        "DRAFT → SCHEDULED",
                        "automatique PASS, retenu FAIL",
                        "— reviewer1 : non",
                        "withdrawal-confirmation_fr",
                        "2 · 0.0 j",
                        "jusqu'au 2027-10-12",
                        "ELIGIBILITY_CHECK");
    }

    @Test
    void wordsAttributesAndWhatIsTypedAreNotCodes() {
        assertThat(reader.codesIn("""
        <!DOCTYPE html><html lang="fr"><head><title>Dossiers</title>
          <script type="application/ld+json">{"startDate": "2027-10-12", "eventStatus": "SCHEDULED"}</script></head>
        <body>
          <p>Le <time datetime="2027-10-12T20:00">12 octobre 2027 à 20:00</time>, Saison 2027-2028.</p>
          <p>Référence : P-K7M2ZX9QW3RT5HY8 · Exporter ces dossiers (CSV) · Grenoble, code INSEE 38185</p>
          <a href="/coordination/dossiers?appel=2&amp;etat=AWAITING_FORUM">En attente du forum : 2</a>
          <input type="date" name="until" value="2027-10-12"><input type="hidden" name="action" value="FOLLOW_UP">
          <select name="etat"><option value="SUBMITTED">Déposée</option></select>
          <textarea name="umbrellaEvents">Fête de la Science | 2027-10-02 | 2027-10-12</textarea>
          <p>Destinataire : reviewer1@example.org · tenue par Romain Relecteur · 0,5 j en moyenne</p>
        </body></html>""")).isEmpty();
        assertThat(reader.codesIn("<html lang=\"en\"><body><p>2.5 days on average</p></body></html>"))
                .isEmpty();
        // A standard's version is written with a point in French too.
        assertThat(reader.codesIn(
                        "<html lang=\"fr\"><body><p>Partiellement conforme au référentiel (RGAA), version 4.1,"
                                + " selon les règles des WCAG 2.1 de niveaux A et AA.</p></body></html>"))
                .isEmpty();
        assertThat(reader.codesIn("<html lang=\"fr\"><body><p>RGAA 4.1 : 4.1 jours</p></body></html>"))
                .as("a number after the standard's name alone is still a decimal")
                .hasSize(2);
    }
}
