package jixiao.web;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;

import java.util.Optional;

/** Builds the {@link PageContext} of a request; also binds it as a controller argument. */
@Singleton
public class PageContexts implements TypedRequestArgumentBinder<PageContext> {

    private final CsrfCookieFilter csrf;

    PageContexts(CsrfCookieFilter csrf) {
        this.csrf = csrf;
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
        return new PageContext(
                csrf.tokenOf(request),
                auth.map(Authentication::getName).orElse(null),
                auth.map(a -> (String) a.getAttributes().get("displayName")).orElse(null),
                auth.flatMap(a -> a.getRoles().stream().findFirst()).orElse(null),
                request.getPath(),
                request.getParameters().getFirst("done").flatMap(Notice::of).map(Notice::text).orElse(null));
    }
}
