package org.constellation.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * SEC-04, compensating control for CVE-2026-77226 on Camunda CE 7.24.0: the Admin webapp's first-run endpoint lets
 * anyone create an administrator while camunda-admin has no direct member. Our administrator is created at start-up
 * (camunda.bpm.admin-user, checked by StaffAccessSetup), so the endpoint has no legitimate use and is closed for good.
 */
@Configuration
public class SetupEndpointGuard {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> adminSetupEndpointGuard() {
        FilterRegistrationBean<OncePerRequestFilter> registration =
                new FilterRegistrationBean<>(new OncePerRequestFilter() {
                    @Override
                    protected void doFilterInternal(
                            HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                            throws IOException {
                        response.sendError(HttpServletResponse.SC_FORBIDDEN);
                    }
                });
        registration.setName("constellation-admin-setup-guard");
        registration.addUrlPatterns("/camunda/api/admin/setup/*");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }
}
