package org.constellation.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.constellation.obligation.LinkCheck.Outcome;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/**
 * The server asks an address only when anyone on the Internet could (SSRF): these refusals are decided before any
 * request, without a network. Names resolve from a table here; literal addresses need no resolver's network.
 */
class LinkCheckTest {

    static final byte[] PUBLIC = {93, (byte) 184, (byte) 215, 14};

    final HttpClient client = mock(HttpClient.class);

    /** A resolver that knows a few names, and reads literal addresses as the system does (no lookup for those). */
    static InetAddress[] resolve(String host) throws UnknownHostException {
        return switch (host) {
            case "localhost" -> new InetAddress[] {InetAddress.getByAddress(host, new byte[] {127, 0, 0, 1})};
            case "www.echosciences-grenoble.fr", "example.org" ->
                new InetAddress[] {InetAddress.getByAddress(host, PUBLIC)};
            // A name that answers with a public address and a private one: refused, whichever the client would take.
            case "both.example.org" ->
                new InetAddress[] {
                    InetAddress.getByAddress(host, PUBLIC), InetAddress.getByAddress(host, new byte[] {10, 0, 0, 5})
                };
            case "nowhere.example.org" -> throw new UnknownHostException(host);
            default -> InetAddress.getAllByName(host);
        };
    }

    LinkCheck links() {
        return new LinkCheck(LinkCheckTest::resolve, client);
    }

    @SuppressWarnings("unchecked")
    static HttpResponse<Void> answer(int status, String location) {
        HttpResponse<Void> response = mock(HttpResponse.class);
        when(response.statusCode()).thenReturn(status);
        when(response.headers())
                .thenReturn(HttpHeaders.of(
                        location == null ? Map.of() : Map.of("Location", List.of(location)), (name, value) -> true));
        return response;
    }

    @Test
    void anAddressIsHttpsWithAHostAndNothingElse() {
        assertThat(LinkCheck.address("https://www.echosciences-grenoble.fr/articles/nuit?page=2#haut"))
                .isNotNull();
        assertThat(LinkCheck.address("HTTPS://example.org/")).isNotNull();
        for (String refused : List.of(
                "http://example.org/",
                "file:///etc/passwd",
                "ftp://example.org/",
                "gopher://example.org/",
                "https:///chemin",
                "https://user@example.org/",
                "https://example.org/un espace",
                "//example.org/",
                "https://example.org/" + "a".repeat(LinkCheck.LONGEST))) {
            assertThat(LinkCheck.address(refused)).as(refused).isNull();
        }
    }

    @Test
    void addressesOfThisMachineItsNetworksAndTheCloudsMetadataAreRefusedBeforeAnyRequest() {
        for (String refused : List.of(
                "https://127.0.0.1/",
                "https://127.8.9.10/",
                "https://localhost/admin",
                "https://[::1]/",
                "https://0.0.0.0/",
                "https://[::]/",
                "https://169.254.169.254/latest/meta-data/",
                "https://10.1.2.3/",
                "https://172.16.0.1/",
                "https://172.31.255.254/",
                "https://192.168.1.10/",
                "https://100.64.0.1/",
                "https://198.18.0.1/",
                "https://224.0.0.1/",
                "https://255.255.255.255/",
                "https://[fe80::1]/",
                "https://[fd12:3456::1]/",
                "https://[fc00::1]/",
                "https://[::ffff:127.0.0.1]/",
                "https://[::ffff:10.0.0.1]/",
                "https://[64:ff9b::a00:1]/",
                "https://both.example.org/")) {
            assertThat(links().check(URI.create(refused))).as(refused).isEqualTo(Outcome.NOT_PUBLIC);
        }
        verifyNoInteractions(client);
    }

    @Test
    void anotherPortOrCredentialsOrAnotherSchemeAreRefusedBeforeAnyRequest() {
        for (String refused : List.of(
                "https://example.org:8443/",
                "https://example.org:22/",
                "https://user:secret@example.org/",
                "http://example.org/",
                "file:///etc/passwd")) {
            assertThat(links().check(URI.create(refused))).as(refused).isEqualTo(Outcome.NOT_PUBLIC);
        }
        verifyNoInteractions(client);
    }

    @Test
    void publicAddressesAreWhatTheyAre() throws Exception {
        assertThat(LinkCheck.isPublic(InetAddress.getByAddress(PUBLIC))).isTrue();
        assertThat(LinkCheck.isPublic(InetAddress.getByName("2001:41d0:302:2200::1")))
                .isTrue();
        assertThat(LinkCheck.isPublic(InetAddress.getByName("172.32.0.1"))).isTrue();
        assertThat(LinkCheck.isPublic(InetAddress.getByName("100.128.0.1"))).isTrue();
        assertThat(LinkCheck.isPublic(InetAddress.getByName("2001:db8::1")))
                .as("documentation")
                .isFalse();
    }

    @Test
    void aPublicPageThatAnswersIsAskedOnceWithHead() throws Exception {
        doReturn(answer(200, null)).when(client).send(any(), any());
        assertThat(links().check(URI.create("https://www.echosciences-grenoble.fr/articles/nuit")))
                .isEqualTo(Outcome.ANSWERS);
        ArgumentCaptor<HttpRequest> asked = ArgumentCaptor.forClass(HttpRequest.class);
        verify(client).send(asked.capture(), any());
        assertThat(asked.getValue().method()).isEqualTo("HEAD");
        assertThat(asked.getValue().timeout()).hasValue(LinkCheck.TIMEOUT);
    }

    @Test
    void aServerThatRefusesHeadIsAskedWithGet() throws Exception {
        doReturn(answer(405, null), answer(200, null)).when(client).send(any(), any());
        assertThat(links().check(URI.create("https://example.org/agenda"))).isEqualTo(Outcome.ANSWERS);
        verify(client, times(2)).send(any(), any());
    }

    @Test
    void aRedirectToAPrivateAddressOrAnotherSchemeIsNotFollowed() throws Exception {
        for (String location : List.of("https://127.0.0.1/admin", "http://169.254.169.254/", "file:///etc/passwd")) {
            HttpClient asked = mock(HttpClient.class);
            doReturn(answer(302, location)).when(asked).send(any(), any());
            assertThat(new LinkCheck(LinkCheckTest::resolve, asked).check(URI.create("https://example.org/a")))
                    .as(location)
                    .isEqualTo(Outcome.NOT_PUBLIC);
            verify(asked, times(1)).send(any(), any());
        }
    }

    @Test
    void aRedirectToAPublicPageIsFollowedButNotForever() throws Exception {
        doReturn(answer(301, "/articles/nuit"), answer(200, null)).when(client).send(any(), any());
        assertThat(links().check(URI.create("https://example.org/a"))).isEqualTo(Outcome.ANSWERS);

        HttpClient loop = mock(HttpClient.class);
        doReturn(answer(302, "https://example.org/a")).when(loop).send(any(), any());
        assertThat(new LinkCheck(LinkCheckTest::resolve, loop).check(URI.create("https://example.org/a")))
                .isEqualTo(Outcome.NO_ANSWER);
        verify(loop, times(LinkCheck.MOST_REDIRECTS + 1)).send(any(), any());
    }

    @Test
    void anErrorStatusAnUnknownHostOrNoAnswerIsNoAnswer() throws Exception {
        doReturn(answer(404, null)).when(client).send(any(), any());
        assertThat(links().check(URI.create("https://example.org/gone"))).isEqualTo(Outcome.NO_ANSWER);

        HttpClient silent = mock(HttpClient.class);
        doThrow(new IOException("timed out")).when(silent).send(any(), any());
        assertThat(new LinkCheck(LinkCheckTest::resolve, silent).check(URI.create("https://nowhere.example.org/")))
                .isEqualTo(Outcome.NO_ANSWER);
    }
}
