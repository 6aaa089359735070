package org.constellation.security;

import jakarta.servlet.Filter;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * SEC-01: the REST API is open by default. Every call to /engine-rest must authenticate against the engine's users
 * (HTTP Basic); the engine's authorizations then apply to that user as they do in the webapps.
 */
@Configuration
public class RestApiAuthenticationConfiguration {

    @Bean
    FilterRegistrationBean<Filter> restApiAuthentication() {
        FilterRegistrationBean<Filter> registration =
                new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setName("constellation-rest-authentication");
        registration.addUrlPatterns("/engine-rest/*");
        registration.addInitParameter(
                ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
        return registration;
    }
}
