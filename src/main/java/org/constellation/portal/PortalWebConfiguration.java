package org.constellation.portal;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.thymeleaf.spring6.view.ThymeleafViewResolver;

/**
 * The portal's web settings. French first, English second: the switch (?lang=en) is remembered in a cookie; without it
 * the followed proposal's language decides, then the browser's preferred language among the two, then French.
 */
@Configuration
class PortalWebConfiguration implements WebMvcConfigurer {

    static final List<Locale> LANGUAGES = List.of(Locale.FRENCH, Locale.ENGLISH);

    /** Post/Redirect/Get with 303 See Other: the browser follows with a GET, and reloading never re-sends a form. */
    @Bean
    static BeanPostProcessor seeOtherRedirects() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String beanName) {
                if (bean instanceof ThymeleafViewResolver resolver) {
                    resolver.setRedirectHttp10Compatible(false);
                }
                return bean;
            }
        };
    }

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver("constellation-lang");
        resolver.setDefaultLocaleFunction(PortalWebConfiguration::preferredLanguage);
        return resolver;
    }

    private final TrackingSessions trackingSessions;

    PortalWebConfiguration(TrackingSessions trackingSessions) {
        this.trackingSessions = trackingSessions;
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(trackingSessions);
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor switchLanguage = new LocaleChangeInterceptor();
        switchLanguage.setParamName("lang");
        switchLanguage.setIgnoreInvalidLocale(true);
        registry.addInterceptor(new SupportedLanguageOnly(switchLanguage));
        registry.addInterceptor(new ErrorPageHeaders()).addPathPatterns("/error");
    }

    /**
     * The error page gets the portal's headers itself: Tomcat resets a response before it forwards to it, and Spring
     * Security writes no headers on an error dispatch. It may follow a personal page, so it is never stored.
     */
    private static final class ErrorPageHeaders implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
            response.setHeader("Content-Security-Policy", PortalSecurityConfiguration.CONTENT_SECURITY_POLICY);
            response.setHeader("Referrer-Policy", "no-referrer");
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setHeader("X-Frame-Options", "DENY");
            response.setHeader("Cache-Control", "no-store");
            return true;
        }
    }

    /**
     * Without a switch: the language of the proposal the browser follows (an English applicant reads their tracking
     * pages in English, whatever the browser asks), else the browser's preference among the two, else French.
     */
    private static Locale preferredLanguage(HttpServletRequest request) {
        Optional<Locale> proposal = TrackingSessions.proposalLanguage(request);
        if (proposal.isPresent()
                && LANGUAGES.stream()
                        .anyMatch(l -> l.getLanguage().equals(proposal.get().getLanguage()))) {
            return proposal.get();
        }
        if (request.getHeader("Accept-Language") == null) {
            return Locale.FRENCH;
        }
        for (Locale wanted : Collections.list(request.getLocales())) {
            for (Locale offered : LANGUAGES) {
                if (offered.getLanguage().equals(wanted.getLanguage())) {
                    return offered;
                }
            }
        }
        return Locale.FRENCH;
    }

    /** Only fr and en may be switched to: ?lang=de keeps the current language. */
    private static final class SupportedLanguageOnly implements HandlerInterceptor {

        private final LocaleChangeInterceptor delegate;

        SupportedLanguageOnly(LocaleChangeInterceptor delegate) {
            this.delegate = delegate;
        }

        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws ServletException {
            String wanted = request.getParameter("lang");
            if (wanted == null
                    || LANGUAGES.stream().noneMatch(l -> l.getLanguage().equals(wanted))) {
                return true;
            }
            return delegate.preHandle(request, response, handler);
        }
    }
}
