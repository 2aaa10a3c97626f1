package jixiao.access;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import jixiao.web.ClientAddresses;

import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Binds a controller argument of type {@link Caller} from the authenticated principal. This is
 * the only way a request turns into a Caller, so a controller cannot widen its own visibility.
 */
@Singleton
class CallerBinder implements TypedRequestArgumentBinder<Caller> {

    private final ClientAddresses addresses;

    CallerBinder(ClientAddresses addresses) {
        this.addresses = addresses;
    }

    @Override
    public Argument<Caller> argumentType() {
        return Argument.of(Caller.class);
    }

    @Override
    public BindingResult<Caller> bind(ArgumentConversionContext<Caller> context, HttpRequest<?> request) {
        Optional<Caller> caller = request.getUserPrincipal(Authentication.class).map(a -> of(a, addresses.of(request)));
        return () -> caller;
    }

    static Caller of(Authentication authentication, String address) {
        Role role = authentication.getRoles().stream().map(Role::valueOf).findFirst().orElseThrow();
        Object userId = authentication.getAttributes().get("userId");
        Object units = authentication.getAttributes().get("unitIds");
        Set<Long> unitIds = units instanceof Collection<?> c
                ? c.stream().map(o -> ((Number) o).longValue()).collect(Collectors.toSet())
                : Set.of();
        Object via = authentication.getAttributes().get("via");
        return new Caller(((Number) userId).longValue(), authentication.getName(), role, unitIds, address,
                via == null ? null : via.toString());
    }
}
