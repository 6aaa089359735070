package org.constellation.coordination;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * The coordinators' pages (/coordination/**) beside Camunda's webapps: who is signed in comes from the Camunda webapp
 * session ({@link StaffSession}); Spring Security adds a CSRF token to their forms and strict headers. A mail shown as
 * sent is rendered in a sandboxed frame of its own, so the pages never run anything from a mail.
 */
@Configuration
class CoordinationSecurityConfiguration {

    @Bean
    @Order(1)
    SecurityFilterChain coordination(HttpSecurity http) throws Exception {
        return http.securityMatcher("/coordination/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.NEVER))
                .requestCache(cache -> cache.disable())
                .headers(headers -> headers.contentSecurityPolicy(
                                csp -> csp.policyDirectives(
                                        "default-src 'none'; style-src 'self' 'unsafe-inline'; "
                                                + "img-src 'self'; frame-src 'self'; form-action 'self'; frame-ancestors 'self'; base-uri 'none'"))
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .frameOptions(frames -> frames.sameOrigin()))
                .build();
    }
}
