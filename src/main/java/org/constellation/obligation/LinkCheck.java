package org.constellation.obligation;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * Whether the address a holder gives as the evidence of an obligation answers: an article, an agenda announcement. The
 * server asks it on a holder's behalf, so it asks only what anyone on the Internet could ask (SSRF): an https address
 * (http or https after a redirect), on its scheme's own port, without credentials, whose host resolves to public
 * addresses only, never to this machine, its networks or the cloud's metadata service; each redirect is followed by
 * hand and checked the same way, three at most; HEAD first, then GET for a server that refuses HEAD, five seconds each.
 * The host is resolved again by the HTTP client when it connects: a name that changes its answer between the two (DNS
 * rebinding) is not caught here.
 */
@Component
public class LinkCheck {

    /** What the check found, and the words a refusal is said in (a message key; none when the address answers). */
    public enum Outcome {
        ANSWERS(null),
        /** A non-web scheme, another port, credentials, or an address that is not on the public Internet. */
        NOT_PUBLIC("obligation.error.urlNotPublic"),
        /** No such host, no answer within the time, an error status, or too many redirects. */
        NO_ANSWER("obligation.error.urlNoAnswer");

        private final String refusal;

        Outcome(String refusal) {
            this.refusal = refusal;
        }

        public String refusal() {
            return refusal;
        }
    }

    /** Finds a host's addresses: the system's resolver, or a table in tests. */
    @FunctionalInterface
    interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    static final Duration TIMEOUT = Duration.ofSeconds(5);
    static final int MOST_REDIRECTS = 3;
    /** The longest address a holder may give: as the column keeps it. */
    static final int LONGEST = 500;

    private static final String AGENT = "Constellation (link check)";

    private final Resolver resolver;
    private final HttpClient client;

    public LinkCheck() {
        this(
                InetAddress::getAllByName,
                HttpClient.newBuilder()
                        .connectTimeout(TIMEOUT)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build());
    }

    LinkCheck(Resolver resolver, HttpClient client) {
        this.resolver = resolver;
        this.client = client;
    }

    /**
     * The address as typed, if it is a well-formed https address with a host, without spaces or credentials, of
     * {@link #LONGEST} characters at most; null otherwise.
     */
    public static URI address(String typed) {
        if (typed == null || typed.length() > LONGEST || typed.chars().anyMatch(Character::isWhitespace)) {
            return null;
        }
        try {
            URI uri = new URI(typed);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null && uri.getRawUserInfo() == null
                    ? uri
                    : null;
        } catch (URISyntaxException notAnAddress) {
            return null;
        }
    }

    /** Asks the address, following its redirects; an address that is not a public web page is never asked. */
    public Outcome check(URI address) {
        if (address(address.toString()) == null) {
            return Outcome.NOT_PUBLIC;
        }
        URI next = address;
        for (int hop = 0; hop <= MOST_REDIRECTS; hop++) {
            if (!resolves(next)) {
                // Never asked: a name that does not resolve now could resolve to a private address when the client
                // looks it up again.
                return Outcome.NO_ANSWER;
            }
            if (!isPublicWeb(next)) {
                return Outcome.NOT_PUBLIC;
            }
            HttpResponse<Void> answer = ask(next, "HEAD");
            if (answer != null && (answer.statusCode() == 405 || answer.statusCode() == 501)) {
                answer = ask(next, "GET");
            }
            if (answer == null) {
                return Outcome.NO_ANSWER;
            }
            int status = answer.statusCode();
            if (status >= 200 && status < 300) {
                return Outcome.ANSWERS;
            }
            String location = answer.headers().firstValue("Location").orElse(null);
            if (status < 300 || status >= 400 || location == null) {
                return Outcome.NO_ANSWER;
            }
            try {
                next = next.resolve(new URI(location.strip()));
            } catch (URISyntaxException | IllegalArgumentException notAnAddress) {
                return Outcome.NO_ANSWER;
            }
        }
        return Outcome.NO_ANSWER;
    }

    /**
     * An http or https address on its scheme's own port, without credentials, whose host resolves, and only to public
     * addresses.
     */
    boolean isPublicWeb(URI address) {
        String scheme = address.getScheme() == null ? "" : address.getScheme().toLowerCase(Locale.ROOT);
        int port = address.getPort();
        boolean ownPort = port == -1 || port == ("https".equals(scheme) ? 443 : 80);
        if (!("https".equals(scheme) || "http".equals(scheme))
                || !ownPort
                || address.getHost() == null
                || address.getRawUserInfo() != null) {
            return false;
        }
        try {
            InetAddress[] resolved = resolver.resolve(address.getHost());
            for (InetAddress one : resolved) {
                if (!isPublic(one)) {
                    return false;
                }
            }
            return resolved.length > 0;
        } catch (UnknownHostException unknown) {
            return false;
        }
    }

    /** Whether the address's host resolves now (an address without a host is for {@link #isPublicWeb} to refuse). */
    private boolean resolves(URI address) {
        if (address.getHost() == null) {
            return true;
        }
        try {
            return resolver.resolve(address.getHost()).length > 0;
        } catch (UnknownHostException unknown) {
            return false;
        }
    }

    /** Not this machine, not a private, shared, link-local, multicast or reserved network, IPv4 or IPv6. */
    static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        int first = bytes[0] & 0xFF;
        int second = bytes[1] & 0xFF;
        if (address instanceof Inet4Address) {
            return first != 0 // "this network"
                    && !(first == 100 && second >= 64 && second <= 127) // shared, carrier-grade NAT
                    && !(first == 192 && second == 0 && (bytes[2] & 0xFF) == 0) // IETF protocol assignments
                    && !(first == 198 && (second == 18 || second == 19)) // benchmarking
                    && first < 240; // reserved, and the broadcast address
        }
        if (address instanceof Inet6Address) {
            boolean uniqueLocal = (first & 0xFE) == 0xFC; // fc00::/7
            boolean nat64 = first == 0x00 && second == 0x64 && (bytes[2] & 0xFF) == 0xFF && (bytes[3] & 0xFF) == 0x9B;
            boolean documentation =
                    first == 0x20 && second == 0x01 && (bytes[2] & 0xFF) == 0x0D && (bytes[3] & 0xFF) == 0xB8;
            boolean ipv4Compatible = true;
            for (int i = 0; i < 12; i++) {
                ipv4Compatible &= bytes[i] == 0;
            }
            return !uniqueLocal && !nat64 && !documentation && !ipv4Compatible;
        }
        return false;
    }

    /** The answer's status and headers, or null when none came (no such host, no connection, too slow). */
    private HttpResponse<Void> ask(URI address, String method) {
        try {
            HttpRequest request = HttpRequest.newBuilder(address)
                    .timeout(TIMEOUT)
                    .header("User-Agent", AGENT)
                    .method(method, HttpRequest.BodyPublishers.noBody())
                    .build();
            return client.send(request, HttpResponse.BodyHandlers.discarding());
        } catch (IOException | IllegalArgumentException noAnswer) {
            return null;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
