package org.constellation.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.constellation.TestDatabase;
import org.constellation.notification.MailTemplate;
import org.constellation.proposal.Proposal;
import org.constellation.proposal.ProposalRepository;
import org.constellation.proposal.TrackingLinks;
import org.constellation.workflow.StaffNames;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 27, words not codes: with the demo loaded, each kind of reader walks every page their starting page leads to by
 * its links (the public from the portal's home, in French and in English; every holder from their tracking link; a
 * reviewer and the coordinator from the case workspace, the coordinator through every mail's preview and every mail of
 * the outbox too) and reads words where the application keeps codes ({@link PageWords}). A page that fails to show
 * (5xx) counts as one that shows no words at all. Each offending page is named by its address.
 */
@TestPropertySource(
        properties = {"constellation.demo.enabled=true", "constellation.demo.password=" + WordsNotCodesIT.PASSWORD})
class WordsNotCodesIT extends PostgresIntegrationTest {

    static final String PASSWORD = "Des-Mots-Pas-Des-Codes-2026!";
    /** A walk reads at most this many pages, and at most as many of one kind: the same address but for its numbers. */
    private static final int MOST_PAGES = 600;

    private static final int MOST_OF_A_KIND = 80;
    /** Addresses that are not the application's pages: Camunda's webapps and the APIs. */
    private static final List<String> NOT_OURS = List.of("/camunda/", "/engine-rest/", "/actuator/");
    /** Links that act rather than show: a single-use confirmation, a sign-out. */
    private static final Pattern ACTIONS = Pattern.compile("/suivi/confirmer/|/logout");

    @DynamicPropertySource
    static void demoDatabase(DynamicPropertyRegistry registry) {
        registry.add("constellation.it.database", () -> TestDatabase.created("constellation_words_it"));
    }

    @LocalServerPort
    int port;

    @Autowired
    ProposalRepository proposals;

    @Autowired
    TrackingLinks trackingLinks;

    @Autowired
    IdentityService identity;

    /** The pages a walk read, and the codes found on each, by address. */
    record Walk(List<String> read, Map<String, List<String>> offences) {}

    @Test
    void thePublicReadsWordsInFrenchAndInEnglish() throws Exception {
        Predicate<String> portal = path -> !path.startsWith("/coordination") && !path.startsWith("/suivi");
        Walk french = walk(new PortalClient(port, "10.27.0.1"), "/", portal);
        assertThat(french.read())
                .contains(
                        "/appels/" + DemoData.CALL_SLUG,
                        "/appels/" + DemoData.CALL_SLUG + "/delais",
                        // The public service's pages, from every footer (issue 28).
                        "/accessibilite",
                        "/mentions-legales",
                        "/donnees-personnelles");
        assertReadsWords("The public, in French,", french);
        // The switch is kept in a cookie: every page after the first is in English.
        Walk english = walk(new PortalClient(port, "10.27.0.2"), "/?lang=en", portal);
        assertThat(english.read())
                .contains(
                        "/appels/" + DemoData.CALL_SLUG,
                        "/accessibilite",
                        "/mentions-legales",
                        "/donnees-personnelles");
        assertReadsWords("The public, in English,", english);
    }

    @Test
    void everyHolderReadsWordsOnTheirTrackingPages() throws Exception {
        List<Proposal> all = proposals.findAll();
        assertThat(all)
                .as("this season's thirteen, last season's three and its label's three")
                .hasSize(19);
        Map<String, List<String>> offences = new LinkedHashMap<>();
        List<String> read = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            String reference = all.get(i).getReference();
            PortalClient holder = new PortalClient(port, "10.27.1." + (i + 1));
            HttpResponse<String> exchange =
                    holder.get(trackingLinks.issue(all.get(i).getId()).getRawPath());
            assertThat(exchange.statusCode())
                    .as("the tracking link of " + reference)
                    .isEqualTo(303);
            Walk walk = walk(holder, "/suivi", path -> path.startsWith("/suivi"));
            read.addAll(walk.read());
            // The same addresses serve every holder: each page is told apart by the proposal it follows.
            walk.offences().forEach((address, found) -> offences.put(reference + " " + address, found));
        }
        assertReadsWords("Holders", new Walk(read, offences));
    }

    @Test
    void aReviewerReadsWordsOnTheirCalls() throws Exception {
        PortalClient reviewer = PortalClient.signedInToTasklist(port, "10.27.2.1", "reviewer1", PASSWORD);
        Walk walk = walk(reviewer, "/coordination/dossiers", path -> path.startsWith("/coordination"));
        assertThat(walk.read().stream().filter(address -> address.matches("/coordination/dossiers/\\d+")))
                .as("this season's cases, and last season's the renewed one links to")
                .hasSize(16);
        assertReadsWords("A reviewer", walk);
    }

    @Test
    void theCoordinatorReadsWordsOnEveryPageAndEveryMail() throws Exception {
        PortalClient coordinator = PortalClient.signedInToTasklist(port, "10.27.3.1", "coordinator", PASSWORD);
        Walk walk = walk(coordinator, "/coordination/dossiers", path -> path.startsWith("/coordination"));
        for (MailTemplate template : MailTemplate.forApplicants()) {
            for (String language : List.of("fr", "en")) {
                // The preview's page (subject, text) and the mail itself, as the page's frame shows it.
                for (String preview : List.of(
                        "/coordination/modeles/" + template.templateName() + "?langue=" + language,
                        "/coordination/modeles/" + template.templateName() + "/html?langue=" + language)) {
                    assertThat(walk.read()).as(preview).anyMatch(address -> address.startsWith(preview));
                }
            }
        }
        assertThat(walk.read())
                .contains("/coordination/appels", "/coordination/analyse", "/coordination/courriels")
                .anyMatch(address -> address.matches("/coordination/appels/\\d+"))
                .anyMatch(address -> address.matches("/coordination/courriels/\\d+"));
        assertReadsWords("The coordinator", walk);
    }

    /**
     * Reads the start page, then every page of the application its links and frames lead to and {@code within} keeps,
     * breadth first; a page read is one answered 200 with HTML (a page of another's, 403, is not theirs to read).
     */
    private Walk walk(PortalClient reader, String start, Predicate<String> within) throws Exception {
        PageWords words = new PageWords(staffIds());
        Deque<String> next = new ArrayDeque<>(List.of(start));
        Set<String> seen = new HashSet<>(next);
        Map<String, Integer> kinds = new HashMap<>();
        List<String> read = new ArrayList<>();
        Map<String, List<String>> offences = new LinkedHashMap<>();
        while (!next.isEmpty() && read.size() < MOST_PAGES) {
            String address = next.poll();
            HttpResponse<String> page = reader.get(address);
            if (page.statusCode() >= 500) {
                offences.put(address, List.of("it fails: " + page.statusCode()));
                continue;
            }
            if (page.statusCode() != 200
                    || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
                assertThat(address)
                        .as("the walk's first page answers " + page.statusCode())
                        .isNotEqualTo(start);
                continue;
            }
            read.add(address);
            List<String> found = words.codesIn(page.body());
            if (!found.isEmpty()) {
                offences.put(address, found);
            }
            for (Element link : Jsoup.parse(page.body(), base() + address).select("a[href], iframe[src]")) {
                String linked = address(link.absUrl(link.hasAttr("href") ? "href" : "src"));
                if (linked != null
                        && within.test(linked)
                        && seen.add(linked)
                        && kinds.merge(linked.replaceAll("\\d+", "#"), 1, Integer::sum) <= MOST_OF_A_KIND) {
                    next.add(linked);
                }
            }
        }
        return new Walk(read, offences);
    }

    /**
     * The address of a link to a page of this application, without its fragment; null for another site, Camunda's
     * webapps, an action, a download (a file but HTML), the switch of language (it changes the session, not the page).
     */
    private String address(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException notALink) {
            return null;
        }
        String path = uri.getRawPath();
        if (!"localhost".equals(uri.getHost()) || uri.getPort() != port || path == null || path.isEmpty()) {
            return null;
        }
        String query = uri.getRawQuery();
        String file = path.substring(path.lastIndexOf('/') + 1);
        boolean ours = NOT_OURS.stream().noneMatch(path::startsWith)
                && !ACTIONS.matcher(path).find();
        boolean download = file.contains(".") && !file.endsWith(".html");
        boolean languageSwitch = query != null && ("&" + query).contains("&lang=");
        return ours && !download && !languageSwitch ? path + (query == null ? "" : "?" + query) : null;
    }

    private String base() {
        return "http://localhost:" + port;
    }

    /** The demo team's user ids: each has a name, which pages show instead. */
    private List<String> staffIds() {
        List<String> ids = identity.createUserQuery().list().stream()
                .filter(user -> !StaffNames.of(user).equals(user.getId()))
                .map(User::getId)
                .toList();
        assertThat(ids).contains("coordinator", "reviewer1", "reviewer2");
        return ids;
    }

    private static void assertReadsWords(String reader, Walk walk) {
        String report = walk.offences().entrySet().stream()
                .map(page -> "  " + page.getKey() + "\n      " + String.join("\n      ", page.getValue()))
                .collect(Collectors.joining("\n"));
        assertThat(walk.offences())
                .withFailMessage(
                        "%s reads codes where words belong on %d of the %d pages read:%n%s",
                        reader, walk.offences().size(), walk.read().size(), report)
                .isEmpty();
    }
}
