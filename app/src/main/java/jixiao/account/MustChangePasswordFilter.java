package jixiao.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.security.authentication.Authentication;
import jixiao.web.Redirects;
import jixiao.web.Requests;

/**
 * A person logged in with a password an administrator chose sees the password form before any other page.
 * Scripts (the JSON API) are not redirected: they change it with {@code PUT /api/me/password}.
 */
@ServerFilter("/**")
class MustChangePasswordFilter implements Ordered {

    @RequestFilter
    @Nullable
    HttpResponse<?> leadToPasswordForm(HttpRequest<?> request) {
        if (request.getMethod() != HttpMethod.GET || Requests.isApi(request)) {
            return null;
        }
        String path = request.getPath();
        if (path.startsWith("/static/") || path.equals(PasswordController.FORM) || path.equals("/login")
                || path.startsWith("/health")) {
            return null;
        }
        return request.getUserPrincipal(Authentication.class)
                .filter(PasswordController::mustChange)
                .map(a -> (HttpResponse<?>) Redirects.seeOther(PasswordController.formFor(LoginController.safeNext(
                        request.getUri().getRawQuery() == null ? path : path + "?" + request.getUri().getRawQuery()))))
                .orElse(null);
    }

    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after();
    }
}
