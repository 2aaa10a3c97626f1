package jixiao.web;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;

/** Builds the {@link PageContext} of a request; also binds it as a controller argument. */
@Singleton
public class PageContexts implements TypedRequestArgumentBinder<PageContext> {

    private static final Logger LOG = LoggerFactory.getLogger(PageContexts.class);

    private final CsrfCookieFilter csrf;
    private final UnreadNotifications unread;
    private final RenderedFragments fragments;

    PageContexts(CsrfCookieFilter csrf, UnreadNotifications unread, RenderedFragments fragments) {
        this.csrf = csrf;
        this.unread = unread;
        this.fragments = fragments;
    }

    @Override
    public Argument<PageContext> argumentType() {
        return Argument.of(PageContext.class);
    }

    @Override
    public BindingResult<PageContext> bind(ArgumentConversionContext<PageContext> context, HttpRequest<?> request) {
        PageContext page = of(request);
        return () -> Optional.of(page);
    }

    public PageContext of(HttpRequest<?> request) {
        Optional<Authentication> auth = request.getUserPrincipal(Authentication.class);
        String role = auth.flatMap(a -> a.getRoles().stream().findFirst()).orElse(null);
        String navigation = auth.isEmpty() ? "" : fragments.render("navigation", Navigation.of(request.getPath(), role),
                request);
        return new PageContext(
                csrf.tokenOf(request),
                auth.map(Authentication::getName).orElse(null),
                auth.map(a -> (String) a.getAttributes().get("displayName")).orElse(null),
                role,
                request.getPath(),
                request.getParameters().getFirst("done").flatMap(Notice::of).map(Notice::text).orElse(null),
                auth.map(a -> a.getAttributes().get("userId")).filter(Number.class::isInstance)
                        .map(id -> unreadOf(((Number) id).longValue())).orElse(0),
                navigation);
    }

    /** An error page must still show when the database does not answer: then without the count. */
    private int unreadOf(long userId) {
        try {
            return unread.count(userId);
        } catch (RuntimeException e) {
            LOG.warn("Unread notifications of user {} not counted: {}", userId, e.toString());
            return 0;
        }
    }
}
