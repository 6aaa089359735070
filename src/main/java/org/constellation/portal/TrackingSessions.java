package org.constellation.portal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import org.constellation.proposal.TrackingLinks;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The applicant's session, opened by a tracking link: it knows one proposal, through one link, and ends as soon as that
 * link is revoked or expires. Handlers take a {@link Tracked} argument; without a valid session they are not called and
 * the visitor is told how to get a new link.
 */
@Component
class TrackingSessions implements HandlerMethodArgumentResolver {

    /** What a session may see: one proposal, through one link. */
    /** Who the session follows, and in which language the proposal was written (its pages' language by default). */
    record Tracked(Long proposalId, Long tokenId, Locale language) implements Serializable {}

    /** No session, or one whose link no longer stands. */
    static class Missing extends RuntimeException {
        Missing() {
            super("No tracking session", null, false, false);
        }
    }

    private static final String SESSION_KEY = "constellation.tracked";

    private final TrackingLinks links;

    TrackingSessions(TrackingLinks links) {
        this.links = links;
    }

    void open(HttpServletRequest request, TrackingLinks.OpenedLink link) {
        if (request.getSession(false) != null) {
            // A new identity for the session: a session id known before the link was opened is worth nothing after.
            request.changeSessionId();
        }
        request.getSession(true)
                .setAttribute(SESSION_KEY, new Tracked(link.proposalId(), link.tokenId(), link.language()));
    }

    /** The language of the proposal this browser follows, if it follows one: the tracking pages speak it first. */
    static Optional<Locale> proposalLanguage(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session != null && session.getAttribute(SESSION_KEY) instanceof Tracked tracked
                ? Optional.ofNullable(tracked.language())
                : Optional.empty();
    }

    Optional<Tracked> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_KEY) instanceof Tracked tracked)) {
            return Optional.empty();
        }
        if (!links.isUsable(tracked.tokenId())) {
            session.invalidate();
            return Optional.empty();
        }
        return Optional.of(tracked);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Tracked.class;
    }

    @Override
    public Tracked resolveArgument(
            MethodParameter parameter,
            ModelAndViewContainer container,
            NativeWebRequest request,
            WebDataBinderFactory binders) {
        return current(request.getNativeRequest(HttpServletRequest.class)).orElseThrow(Missing::new);
    }
}
