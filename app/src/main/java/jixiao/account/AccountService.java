package jixiao.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Role;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks credentials, with protection against guessing that cannot be turned against the account's owner.
 *
 * <ul>
 *   <li>Every failure is counted by one atomic update ({@link LoginGuard}), by account and by client address, so
 *   parallel attempts are all counted and none answers with an error.</li>
 *   <li>An address that keeps failing waits, twice as long after each further failure.</li>
 *   <li>An account with too many failures is locked for a while, but not for addresses it has logged in from
 *   before: a stranger's guesses cannot shut its owner out. An administrator can lift the lock.</li>
 *   <li>Unknown usernames, wrong passwords, locked accounts and waiting addresses get the same answer, after
 *   the same bcrypt work, and no unlock time is shown, so nothing tells which usernames exist.</li>
 * </ul>
 */
@Singleton
class AccountService {

    enum Outcome { OK, REFUSED, DISABLED }

    record LoginResult(Outcome outcome, Principal principal) {
    }

    private final AppUserRepository users;
    private final UserUnitRepository userUnits;
    private final PasswordHasher hasher;
    private final LoginGuard guard;
    private final Clock clock;

    AccountService(AppUserRepository users, UserUnitRepository userUnits, PasswordHasher hasher, LoginGuard guard,
                   Clock clock) {
        this.users = users;
        this.userUnits = userUnits;
        this.hasher = hasher;
        this.guard = guard;
        this.clock = clock;
    }

    /** @param address the client address as {@link jixiao.web.ClientAddresses} resolves it */
    @Transactional
    LoginResult login(String username, String password, String address) {
        LocalDateTime now = LocalDateTime.now(clock);
        String given = password == null ? "" : password;
        if (guard.addressBlocked(address, now)) {
            // an attempt while waiting counts too, so hammering only makes the wait longer
            hasher.burnTime(given);
            guard.addressFailed(address, now);
            return refused();
        }
        Optional<AppUser> found = username == null || username.isBlank() ? Optional.empty()
                : users.findByUsername(username.strip());
        if (found.isEmpty() || password == null) {
            hasher.burnTime(given);
            guard.addressFailed(address, now);
            return refused();
        }
        AppUser user = found.get();
        boolean matches = hasher.matches(password, user.passwordHash());
        boolean locked = user.lockedUntil() != null && user.lockedUntil().isAfter(now)
                && !guard.knownAddress(user.id(), address);
        if (!matches) {
            guard.addressFailed(address, now);
            if (!locked) {
                guard.accountFailed(user.id(), now);
            }
            return refused();
        }
        if (locked) {
            return refused();
        }
        if (!user.enabled()) {
            return new LoginResult(Outcome.DISABLED, null);
        }
        guard.accountSucceeded(user.id());
        guard.addressSucceeded(address);
        guard.remember(user.id(), address, now);
        return new LoginResult(Outcome.OK, principalOf(user));
    }

    private static LoginResult refused() {
        return new LoginResult(Outcome.REFUSED, null);
    }

    @Transactional(readOnly = true)
    Optional<Principal> principal(long userId) {
        return users.findById(userId).filter(AppUser::enabled).map(this::principalOf);
    }

    private Principal principalOf(AppUser user) {
        Set<Long> unitIds = user.role() == Role.BUREAU
                ? userUnits.findByUserId(user.id()).stream().map(UserUnit::unitId).collect(Collectors.toSet())
                : Set.of();
        return new Principal(user.id(), user.username(), user.displayName(), user.role(), unitIds,
                user.mustChangePassword());
    }
}
