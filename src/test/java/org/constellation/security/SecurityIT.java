package org.constellation.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.script.ScriptEngineManager;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.constellation.PortalClient;
import org.constellation.PostgresIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.env.Environment;

/** The items of the security checklist (SEC-xx) that apply to the foundation, each checked over HTTP or the engine. */
class SecurityIT extends PostgresIntegrationTest {

    static final String REVIEWER_PASSWORD = "Nebuleuse-Crabe-2026!";

    @LocalServerPort
    int port;

    @Autowired
    IdentityService identity;

    @Autowired
    ProcessEngine engine;

    final HttpClient http =
            HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @BeforeEach
    void reviewer() {
        if (identity.createUserQuery().userId("reviewerit").count() == 0) {
            User user = identity.newUser("reviewerit");
            user.setPassword(REVIEWER_PASSWORD);
            identity.saveUser(user);
            identity.createMembership("reviewerit", StaffAccessSetup.REVIEWERS);
        }
    }

    HttpResponse<String> send(String method, String path, String body, boolean asReviewer) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (asReviewer) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString(
                                            ("reviewerit:" + REVIEWER_PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sec01TheRestApiRefusesAnonymousCalls() throws Exception {
        assertThat(send("GET", "/engine-rest/task", null, false).statusCode()).isEqualTo(401);
        assertThat(send("GET", "/engine-rest/process-instance", null, false).statusCode())
                .isEqualTo(401);
        assertThat(send("POST", "/engine-rest/deployment/create", "{}", false).statusCode())
                .isEqualTo(401);
        assertThat(send("GET", "/engine-rest/task?maxResults=10", null, true).statusCode())
                .isEqualTo(200);
    }

    @Test
    void sec02AndSec12AReviewerCannotDeployOrAdministerIdentities() throws Exception {
        assertThat(engine.getProcessEngineConfiguration().isAuthorizationEnabled())
                .isTrue();
        identity.setAuthentication("reviewerit", List.of(StaffAccessSetup.REVIEWERS));
        try {
            assertThatThrownBy(() -> engine.getRepositoryService()
                            .createDeployment()
                            .addString("x.bpmn", "<definitions/>")
                            .deploy())
                    .hasMessageContaining("CREATE");
            assertThatThrownBy(() -> identity.saveUser(identity.newUser("intruder")))
                    .hasMessageContaining("CREATE");
        } finally {
            identity.clearAuthentication();
        }
    }

    @Test
    void sec04TheFirstRunSetupEndpointIsClosedAndAnAdministratorExists() throws Exception {
        String body = "{\"profile\":{\"id\":\"evil\"},\"credentials\":{\"password\":\"Evil-Password-2026!\"}}";
        assertThat(send("POST", "/camunda/api/admin/setup/default/user/create", body, false)
                        .statusCode())
                .isEqualTo(403);
        assertThat(identity.createUserQuery().userId("evil").count()).isZero();
        assertThat(identity.createUserQuery()
                        .memberOfGroup(Groups.CAMUNDA_ADMIN)
                        .count())
                .isPositive();
    }

    @Test
    void sec05AFailedLoginDelaysTheNextAttempt() {
        User user = identity.newUser("throttled");
        user.setPassword("Galaxie-Spirale-2026!");
        identity.saveUser(user);
        assertThat(identity.checkPassword("throttled", "wrong")).isFalse();
        assertThat(identity.checkPassword("throttled", "Galaxie-Spirale-2026!"))
                .as("refused during the delay")
                .isFalse();
        identity.unlockUser("throttled");
        assertThat(identity.checkPassword("throttled", "Galaxie-Spirale-2026!")).isTrue();
    }

    @Test
    void sec07WeakPasswordsAreRefused() {
        User weak = identity.newUser("weak");
        weak.setPassword("abc");
        assertThatThrownBy(() -> identity.saveUser(weak)).isInstanceOf(ProcessEngineException.class);
    }

    @Test
    void sec08AndSec16AndSec18EngineHardening() {
        ProcessEngineConfigurationImpl configuration =
                (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(configuration.isWebappsAuthenticationLoggingEnabled()).isTrue();
        assertThat(configuration.isJavaSerializationFormatEnabled()).isFalse();
        assertThat(configuration.isDeserializationTypeValidationEnabled()).isTrue();
        assertThat(configuration.isEnableXxeProcessing()).isFalse();
        assertThat(configuration.isEnableExpressionsInAdhocQueries()).isFalse();
    }

    @Test
    void sec11NothingButHealthIsExposedAndErrorsTellNothing() throws Exception {
        assertThat(send("GET", "/actuator/health", null, false).body()).contains("\"status\":\"UP\"");
        assertThat(send("GET", "/actuator/env", null, false).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/h2-console", null, false).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/programme/none.ics", null, false).body()).doesNotContain("Exception");
    }

    @Test
    void sec13NoScriptEngineIsOnTheClasspath() {
        ScriptEngineManager scripts = new ScriptEngineManager();
        for (String name : new String[] {"groovy", "graal.js", "javascript", "python"}) {
            assertThat(scripts.getEngineByName(name)).as(name).isNull();
        }
    }

    @Test
    void sec14ExpressionsInOrQueriesAreRefused() throws Exception {
        HttpResponse<String> orQuery =
                send("POST", "/engine-rest/task", "{\"orQueries\":[{\"dueAfterExpression\":\"${now()}\"}]}", true);
        assertThat(orQuery.statusCode()).isEqualTo(400);
        HttpResponse<String> topLevel =
                send("POST", "/engine-rest/task", "{\"dueAfterExpression\":\"${now()}\"}", true);
        assertThat(topLevel.statusCode()).isEqualTo(400);
        assertThat(send("POST", "/engine-rest/task?maxResults=10", "{\"orQueries\":[{\"name\":\"x\"}]}", true)
                        .statusCode())
                .as("or-queries without expressions still work")
                .isEqualTo(200);
    }

    @Test
    void sec17UnboundedQueriesAreRefused() throws Exception {
        assertThat(send("GET", "/engine-rest/task?maxResults=100000", null, true)
                        .statusCode())
                .isEqualTo(400);
    }

    @Test
    void sec21WebappCallsNeedTheCsrfToken() throws Exception {
        HttpResponse<String> login = send(
                "POST",
                "/camunda/api/admin/auth/user/default/login/tasklist",
                "username=reviewerit&password=" + REVIEWER_PASSWORD,
                false);
        assertThat(login.statusCode()).isEqualTo(403);
        HttpResponse<String> page = send("GET", "/camunda/app/tasklist/default/", null, false);
        assertThat(page.headers().allValues("Set-Cookie"))
                .anySatisfy(cookie -> assertThat(cookie)
                        .startsWith("XSRF-TOKEN=")
                        .contains("SameSite=Strict")
                        .contains("Secure"));
        // SEC-10: the session cookie is Secure, HttpOnly and SameSite.
        // One SameSite attribute, Lax: the portal's tracking links are opened from mails, cross-site.
        assertThat(page.headers().allValues("Set-Cookie")).anySatisfy(cookie -> {
            assertThat(cookie)
                    .startsWith("JSESSIONID=")
                    .contains("Secure")
                    .contains("HttpOnly")
                    .contains("SameSite=Lax");
            assertThat(cookie.split("SameSite", -1)).as(cookie).hasSize(2);
            assertThat(cookie.split("Secure", -1)).as(cookie).hasSize(2);
        });
        assertThat(page.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("includeSubDomains");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertThat(send("GET", "/engine-rest/task?maxResults=1", null, true)
                        .headers()
                        .firstValue("Cache-Control"))
                .hasValue("no-store");
        assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
                .contains("frame-ancestors 'none'");
    }

    HttpResponse<String> basic(String user, String password, String client) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/task?maxResults=1"))
                        .header("X-Forwarded-For", client)
                        .header(
                                "Authorization",
                                "Basic "
                                        + Base64.getEncoder()
                                                .encodeToString(
                                                        (user + ":" + password).getBytes(StandardCharsets.UTF_8)))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void sec05AStrangerCannotLockAColleagueOut() throws Exception {
        User user = identity.newUser("lockme");
        user.setPassword("Amas-Globulaire-2026!");
        identity.saveUser(user);
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(basic("lockme", "wrong-" + attempt, "10.66.0.1").statusCode())
                    .isEqualTo(401);
        }
        // The stranger's client is stopped before the engine counts anything more against the account.
        HttpResponse<String> throttled = basic("lockme", "wrong-again", "10.66.0.1");
        assertThat(throttled.statusCode()).isEqualTo(429);
        assertThat(throttled.headers().firstValue("Retry-After")).isPresent();
        assertThat(basic("lockme", "Amas-Globulaire-2026!", "10.66.0.1").statusCode())
                .isEqualTo(429);
        // The engine only delays the account (60 s at most), it never locks it until an administrator comes.
        Date inALittleWhile = new Date(System.currentTimeMillis() + 61_000);
        ClockUtil.setCurrentTime(inALittleWhile);
        try {
            assertThat(identity.checkPassword("lockme", "Amas-Globulaire-2026!"))
                    .isTrue();
        } finally {
            ClockUtil.reset();
        }
        assertThat(basic("lockme", "Amas-Globulaire-2026!", "10.66.0.2").statusCode())
                .isEqualTo(200);
    }

    @Test
    void sec05TasklistsLoginIsThrottledTheSameWay() throws Exception {
        PortalClient stranger = new PortalClient(port, "10.66.1.1");
        stranger.get("/camunda/app/tasklist/default/");
        stranger.header("X-XSRF-TOKEN", stranger.cookie("XSRF-TOKEN"))
                .header("Origin", "https://constellation.example.org")
                .header("Accept", "application/json");
        for (int attempt = 0; attempt < 10; attempt++) {
            assertThat(stranger.post(
                                    "/camunda/api/admin/auth/user/default/login/tasklist",
                                    List.of(Map.entry("username", "reviewerit"), Map.entry("password", "wrong")))
                            .statusCode())
                    .isEqualTo(401);
        }
        assertThat(stranger.post(
                                "/camunda/api/admin/auth/user/default/login/tasklist",
                                List.of(Map.entry("username", "reviewerit"), Map.entry("password", REVIEWER_PASSWORD)))
                        .statusCode())
                .isEqualTo(429);
        ClockUtil.setCurrentTime(new Date(System.currentTimeMillis() + 61_000));
        try {
            assertThat(identity.checkPassword("reviewerit", REVIEWER_PASSWORD))
                    .as("never locked for good")
                    .isTrue();
        } finally {
            ClockUtil.reset();
        }
    }

    @Autowired
    Environment environment;

    @Test
    void onlyAProxyOnThisMachineIsTrustedForTheClientAddress() {
        Pattern trusted = Pattern.compile(environment.getRequiredProperty("server.tomcat.remoteip.internal-proxies"));
        assertThat(trusted.matcher("127.0.0.1").matches()).isTrue();
        // Tomcat's default trusts these; any client behind the same container network or NAT would choose its bucket.
        for (String peer : new String[] {"172.18.0.5", "10.0.0.7", "192.168.1.20", "169.254.0.1", "100.64.0.1"}) {
            assertThat(trusted.matcher(peer).matches()).as(peer).isFalse();
        }
    }

    @Test
    void theProgrammeFeedsAndErrorPagesCarryThePortalsHeaders() throws Exception {
        for (String path :
                new String[] {"/programme/none", "/programme/none.ics", "/programme/none.json", "/nowhere"}) {
            HttpResponse<String> response = send("GET", path, null, false);
            assertThat(response.headers().firstValue("Referrer-Policy"))
                    .as(path)
                    .hasValue("no-referrer");
            assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow())
                    .as(path)
                    .contains("default-src 'none'", "frame-ancestors 'none'");
            assertThat(response.headers().firstValue("X-Content-Type-Options"))
                    .as(path)
                    .hasValue("nosniff");
            assertThat(response.body()).as(path).doesNotContain("Exception");
        }
    }
}
