package jixiao.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Status;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import jixiao.access.Caller;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.Problem;
import jixiao.web.CsrfGuard;
import jixiao.web.FormData;
import jixiao.web.PageContext;
import jixiao.web.Notice;
import jixiao.web.Redirects;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** A person's own API tokens, for scripts: the page ({@code /account/tokens}) and {@code /api/me/tokens}. */
@Controller
@Secured(SecurityRule.IS_AUTHENTICATED)
class TokenController {

    static final String PAGE = "/account/tokens";

    @Introspected
    record TokensView(PageContext page, List<ApiTokens.TokenView> tokens, @Nullable ApiTokens.CreatedToken created,
                      @Nullable String name, @Nullable String expiresOn, List<Problem> problems) {
    }

    private final ApiTokens tokens;
    private final CsrfGuard csrf;

    TokenController(ApiTokens tokens, CsrfGuard csrf) {
        this.tokens = tokens;
        this.csrf = csrf;
    }

    @Get(PAGE)
    @Produces(MediaType.TEXT_HTML)
    ModelAndView<TokensView> page(PageContext page, Caller caller) {
        return view(page, caller, null, null, null, List.of());
    }

    @Post(value = PAGE, consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> create(HttpRequest<?> request, PageContext page, Caller caller, @Body Map<String, Object> body) {
        FormData form = csrf.verified(request, body);
        String name = form.one("name");
        String expiresOn = form.one("expiresOn");
        try {
            ApiTokens.CreatedToken created = tokens.create(caller, new ApiTokens.TokenRequest(name, date(expiresOn)));
            // the one and only time the token is shown: the page is not stored (Cache-Control: no-store on pages)
            return HttpResponse.ok(view(page, caller, created, null, null, List.of()));
        } catch (InvalidInputException e) {
            return HttpResponse.badRequest(view(page, caller, null, name, expiresOn, e.problems()));
        }
    }

    @Post(value = PAGE + "/{id}/revoke", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> revoke(HttpRequest<?> request, Caller caller, long id, @Body Map<String, Object> body) {
        csrf.verified(request, body);
        tokens.revoke(caller, id);
        return Redirects.seeOther(PAGE, Notice.REVOKED);
    }

    @Post("/api/me/tokens")
    @Status(HttpStatus.CREATED)
    ApiTokens.CreatedToken createByApi(Caller caller, @Body ApiTokens.TokenRequest request) {
        return tokens.create(caller, request);
    }

    @Get("/api/me/tokens")
    List<ApiTokens.TokenView> listByApi(Caller caller) {
        return tokens.list(caller);
    }

    @Delete("/api/me/tokens/{id}")
    @Status(HttpStatus.NO_CONTENT)
    void revokeByApi(Caller caller, long id) {
        tokens.revoke(caller, id);
    }

    private ModelAndView<TokensView> view(PageContext page, Caller caller, ApiTokens.CreatedToken created, String name,
                                          String expiresOn, List<Problem> problems) {
        return new ModelAndView<>("account/tokens", new TokensView(page, tokens.list(caller), created, name, expiresOn, problems));
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("expiresOn", Messages.text("token.expiresInvalid", text.strip()));
        }
    }
}
