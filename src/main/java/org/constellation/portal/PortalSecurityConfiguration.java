package org.constellation.portal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Spring Security guards the public portal only; Camunda's webapps and REST API keep their own authentication and CSRF
 * protection, so no chain matches them. On the portal: a CSRF token on every form (WEB-12), kept in a cookie rather
 * than the session so that a long form outlives the session timeout; a strict content security policy (the pages use no
 * script at all); no Referer leaves a page (WEB-04) and no page is cached (SEC-26).
 */
@Configuration
@EnableWebSecurity
class PortalSecurityConfiguration {

    /** The pages use no script (a JSON-LD block is data, never run) and only our own stylesheet and images. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; img-src 'self'; "
            + "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";
    /** The portal's pages, its legal pages among them (accessibility statement, legal notice, personal data). */
    static final String[] PORTAL_PATHS = {
        "/",
        "/appels/**",
        "/suivi",
        "/suivi/**",
        "/portail/**",
        LegalPagesController.ACCESSIBILITY,
        LegalPagesController.LEGAL_NOTICE,
        LegalPagesController.PERSONAL_DATA
    };

    @Bean
    SecurityFilterChain portal(
            HttpSecurity http, @Value("${server.servlet.session.cookie.secure:false}") boolean secure)
            throws Exception {
        CookieCsrfTokenRepository csrfTokens = new CookieCsrfTokenRepository();
        // Not Camunda's XSRF-TOKEN: the webapps would read ours on their paths.
        csrfTokens.setCookieName("CONSTELLATION-CSRF");
        csrfTokens.setCookieCustomizer(cookie ->
                cookie.httpOnly(true).secure(secure).sameSite("Strict").path("/"));
        return http.securityMatcher(PORTAL_PATHS)
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .csrf(csrf -> csrf.csrfTokenRepository(csrfTokens))
                .exceptionHandling(errors -> errors.accessDeniedPage("/portail/refuse"))
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()))
                .build();
    }

    /**
     * The public programme (pages and feeds) and the open data (a season's awards): nothing personal and no form that
     * changes anything, but the same headers as the portal (content security policy, no referrer, no framing). Caching
     * is left to the pages: the feeds answer 304 to a revalidation, which a blanket no-store would forbid.
     */
    @Bean
    SecurityFilterChain publicProgramme(HttpSecurity http) throws Exception {
        return http.securityMatcher("/programme/**", "/donnees/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.cacheControl(cache -> cache.disable())
                        .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.deny()))
                .build();
    }
}
