package org.constellation.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;

import java.net.InetAddress;
import java.net.http.HttpClient;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.constellation.call.CallObligation.Kind;
import org.constellation.report.ReportForm;
import org.junit.jupiter.api.Test;

class EvidenceTest {

    /** The first bytes of a JPEG file, as a camera writes them. */
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0};

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0};

    static Evidence address(String typed) {
        return Evidence.read(Kind.ARTICLE, typed, null, List.of(), false);
    }

    static Evidence photos(boolean kept, byte[]... contents) {
        return Evidence.read(
                Kind.PHOTO,
                null,
                null,
                Arrays.stream(contents)
                        .map(content -> new ReportForm.Upload("kit.jpg", content))
                        .toList(),
                kept);
    }

    static Evidence text(String typed) {
        return Evidence.read(Kind.OTHER, null, typed, List.of(), false);
    }

    @Test
    void anArticleOrAnAnnouncementIsAWellFormedHttpsAddress() {
        Evidence given = address("  https://www.echosciences-grenoble.fr/articles/la-nuit-des-etoiles  ");
        assertThat(given.isValid()).isTrue();
        assertThat(given.url()).hasToString("https://www.echosciences-grenoble.fr/articles/la-nuit-des-etoiles");
        assertThat(given.text()).isNull();
        assertThat(given.field()).isEqualTo(Evidence.URL);
        assertThat(Evidence.read(Kind.ANNOUNCEMENT, "https://openagenda.com/e/nuit", null, List.of(), false)
                        .isValid())
                .isTrue();
    }

    @Test
    void anAddressMissingOrMalformedIsRefusedInWordsWhatWasTypedKept() {
        assertThat(address(" ").errors()).containsExactly(Map.entry(Evidence.URL, "obligation.error.urlRequired"));
        for (String typed : List.of(
                "http://www.echosciences-grenoble.fr/articles/nuit",
                "www.echosciences-grenoble.fr",
                "https://",
                "https://moi:secret@www.echosciences-grenoble.fr/",
                "https://www.echosciences-grenoble.fr/la nuit",
                "javascript:alert(1)",
                "ftp://example.org/article",
                "https://example.org/" + "a".repeat(500))) {
            Evidence refused = address(typed);
            assertThat(refused.errors()).as(typed).containsEntry(Evidence.URL, "obligation.error.url");
            assertThat(refused.values().get(Evidence.URL)).as(typed).isEqualTo(typed.strip());
        }
    }

    @Test
    void anAddressThatLeadsToThisMachineIsRefusedWithoutAskingIt() throws Exception {
        HttpClient client = mock(HttpClient.class);
        LinkCheck links = new LinkCheck(host -> new InetAddress[] {InetAddress.getByName("127.0.0.1")}, client);
        Evidence given = address("https://intranet.example.org/admin");
        given.checkAddress(links);
        assertThat(given.errors()).containsEntry(Evidence.URL, "obligation.error.urlNotPublic");
        verifyNoInteractions(client);
    }

    @Test
    void aMalformedAddressIsNeverAsked() {
        HttpClient client = mock(HttpClient.class);
        Evidence refused = address("http://example.org/");
        refused.checkAddress(new LinkCheck(host -> new InetAddress[0], client));
        assertThat(refused.errors()).containsEntry(Evidence.URL, "obligation.error.url");
        verifyNoInteractions(client);
    }

    @Test
    void aPhotoIsOneJpegOrPngOfFiveMegabytesAtMostKnownByItsBytes() {
        Evidence jpeg = photos(false, JPEG);
        assertThat(jpeg.isValid()).isTrue();
        assertThat(jpeg.photo().contentType()).isEqualTo("image/jpeg");
        assertThat(jpeg.field()).isEqualTo(Evidence.PHOTO);
        assertThat(photos(false, PNG).photo().contentType()).isEqualTo("image/png");

        assertThat(photos(false).errors()).containsEntry(Evidence.PHOTO, "obligation.error.photoRequired");
        assertThat(photos(false, new byte[0]).errors())
                .as("an empty file input sends no photo")
                .containsEntry(Evidence.PHOTO, "obligation.error.photoRequired");
        assertThat(photos(false, JPEG, PNG).errors()).containsEntry(Evidence.PHOTO, "obligation.error.photoCount");
        assertThat(photos(false, "%PDF-1.7".getBytes()).errors())
                .containsEntry(Evidence.PHOTO, "obligation.error.photoType");
        byte[] large = Arrays.copyOf(JPEG, ReportForm.LARGEST_PHOTO + 1);
        assertThat(photos(false, large).errors()).containsEntry(Evidence.PHOTO, "obligation.error.photoSize");
    }

    @Test
    void aPhotoGivenBeforeStaysWhenNoneIsSent() {
        Evidence kept = photos(true);
        assertThat(kept.isValid()).isTrue();
        assertThat(kept.photo()).isNull();
    }

    @Test
    void anythingElseIsAFewWordsWithoutHiddenCharacters() {
        Evidence given = text("  Le kit était à l'entrée, sur deux kakémonos.\n");
        assertThat(given.isValid()).isTrue();
        assertThat(given.text()).isEqualTo("Le kit était à l'entrée, sur deux kakémonos.");
        assertThat(given.url()).isNull();
        assertThat(given.field()).isEqualTo(Evidence.TEXT);

        assertThat(text("").errors()).containsEntry(Evidence.TEXT, "obligation.error.textRequired");
        assertThat(text("a".repeat(Evidence.LONGEST_TEXT + 1)).errors())
                .containsEntry(Evidence.TEXT, "obligation.error.textLength");
        assertThat(text("Un mot\u0000caché").errors()).containsEntry(Evidence.TEXT, "validation.controlCharacters");
        assertThat(text("a".repeat(Evidence.LONGEST_TEXT + 1)).values().get(Evidence.TEXT))
                .as("what was typed is kept")
                .hasSize(Evidence.LONGEST_TEXT + 1);
    }

    @Test
    void onlyTheFieldOfTheKindCounts() {
        Evidence article = Evidence.read(
                Kind.ARTICLE, "https://example.org/a", "des mots", List.of(new ReportForm.Upload("x", JPEG)), false);
        assertThat(article.text()).isNull();
        assertThat(article.photo()).isNull();
        Evidence other = Evidence.read(Kind.OTHER, "https://example.org/a", "des mots", List.of(), false);
        assertThat(other.url()).isNull();
        assertThat(other.text()).isEqualTo("des mots");
    }
}
