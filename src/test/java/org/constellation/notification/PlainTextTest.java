package org.constellation.notification;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlainTextTest {

    @Test
    void paragraphsListsAndLinksReadAsAMailClientWouldShowThem() {
        String html = """
        <!DOCTYPE html><html lang="fr"><head><title>Appel</title></head><body>
          <p>Bonjour Alice,</p>
          <p>Il nous manque :</p>
          <ul><li>les horaires</li><li>le lieu &amp; la jauge</li></ul>
          <p><span>Suivez votre proposition :</span><br>
            <a href="https://c.example.org/suivi/abc">https://c.example.org/suivi/abc</a><br>
            <small>Ce lien est personnel.</small></p>
          <p>Écrivez à <a href="mailto:appel@example.org">l'équipe</a>.</p>
          <p>Titre : Comètes &lt;b&gt;</p>
        </body></html>""";
        assertThat(PlainText.of(html)).isEqualTo("""
        Bonjour Alice,

        Il nous manque :

        - les horaires
        - le lieu & la jauge

        Suivez votre proposition :
        https://c.example.org/suivi/abc
        Ce lien est personnel.

        Écrivez à l'équipe <mailto:appel@example.org>.

        Titre : Comètes <b>
        """);
    }

    /** The rejection mail: the team's word is quoted as written, then the reference comes on its own paragraph. */
    @Test
    void aQuoteKeepsTheTeamsLineBreaksAndEndsItsParagraph() {
        String html = """
        <!DOCTYPE html><html lang="fr"><head><title>Appel</title></head><body>
          <p>Le mot de l'équipe :</p>
          <blockquote style="white-space: pre-line;">Nous serions heureux de vous retrouver.
        À la saison prochaine !</blockquote>
          <p style="color: #555;">Référence de votre proposition : P-ABCDEFGH23456789</p>
        </body></html>""";
        assertThat(PlainText.of(html)).isEqualTo("""
        Le mot de l'équipe :

        Nous serions heureux de vous retrouver.
        À la saison prochaine !

        Référence de votre proposition : P-ABCDEFGH23456789
        """);
    }
}
