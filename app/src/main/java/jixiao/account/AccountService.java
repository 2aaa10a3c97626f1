package jixiao.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Role;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks credentials, with a lockout after repeated failures. */
@Singleton
class AccountService {

    enum Outcome { OK, BAD_CREDENTIALS, LOCKED, DISABLED }

    record LoginResult(Outcome outcome, Principal principal, LocalDateTime lockedUntil) {
    }

    private final AppUserRepository users;
    private final UserUnitRepository userUnits;
    private final PasswordHasher hasher;
    private final SecuritySettings settings;
    private final Clock clock;

    AccountService(AppUserRepository users, UserUnitRepository userUnits, PasswordHasher hasher,
                   SecuritySettings settings, Clock clock) {
        this.users = users;
        this.userUnits = userUnits;
        this.hasher = hasher;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    LoginResult login(String username, String password) {
        LocalDateTime now = LocalDateTime.now(clock);
        Optional<AppUser> found = username == null ? Optional.empty() : users.findByUsername(username.strip());
        if (found.isEmpty() || password == null) {
            hasher.burnTime(password == null ? "" : password);
            return new LoginResult(Outcome.BAD_CREDENTIALS, null, null);
        }
        AppUser user = found.get();
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            return new LoginResult(Outcome.LOCKED, null, user.lockedUntil());
        }
        if (!hasher.matches(password, user.passwordHash())) {
            int failures = user.failedLogins() + 1;
            LocalDateTime lockedUntil = failures >= settings.getMaxFailedLogins() ? now.plus(settings.getLockout()) : null;
            users.update(user.withLoginFailure(lockedUntil == null ? failures : 0, lockedUntil, now));
            return lockedUntil == null
                    ? new LoginResult(Outcome.BAD_CREDENTIALS, null, null)
                    : new LoginResult(Outcome.LOCKED, null, lockedUntil);
        }
        if (!user.enabled()) {
            return new LoginResult(Outcome.DISABLED, null, null);
        }
        if (user.failedLogins() > 0 || user.lockedUntil() != null) {
            users.update(user.withLoginFailure(0, null, now));
        }
        return new LoginResult(Outcome.OK, principalOf(user), null);
    }

    @Transactional(readOnly = true)
    Optional<Principal> principal(long userId) {
        return users.findById(userId).filter(AppUser::enabled).map(this::principalOf);
    }

    private Principal principalOf(AppUser user) {
        Set<Long> unitIds = user.role() == Role.BUREAU
                ? userUnits.findByUserId(user.id()).stream().map(UserUnit::unitId).collect(Collectors.toSet())
                : Set.of();
        return new Principal(user.id(), user.username(), user.displayName(), user.role(), unitIds);
    }
}
