package jixiao.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Role;
import jixiao.database.RenderedOnce;
import jixiao.database.ShortReads;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import static jixiao.db.Tables.APP_USER;
import static jixiao.db.Tables.USER_UNIT;

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
    private final DSLContext db;
    private final ShortReads reads;
    private final RenderedOnce principalSql;

    AccountService(AppUserRepository users, UserUnitRepository userUnits, PasswordHasher hasher, LoginGuard guard,
                   Clock clock, DSLContext db, ShortReads reads) {
        this.users = users;
        this.userUnits = userUnits;
        this.hasher = hasher;
        this.guard = guard;
        this.clock = clock;
        this.db = db;
        this.reads = reads;
        this.principalSql = new RenderedOnce(db, 1, id -> db.select(PRINCIPAL)
                .from(APP_USER).where(APP_USER.ID.eq(id.get(0))));
    }

    /**
     * The units of a person, comma-separated: read with the account in the same statement (plain SQL, since jOOQ
     * wraps its GROUP_CONCAT in session variable settings: three statements).
     */
    private static final Field<String> UNIT_IDS = DSL.field("(SELECT GROUP_CONCAT({0}) FROM {1} WHERE {2} = {3})",
            String.class, USER_UNIT.UNIT_ID, USER_UNIT, USER_UNIT.USER_ID, APP_USER.ID).as("unit_ids");

    /** What {@link #principalFrom} reads of an account, for the statements that read one with something else. */
    static final List<Field<?>> PRINCIPAL = List.of(APP_USER.ID, APP_USER.USERNAME, APP_USER.DISPLAY_NAME,
            APP_USER.ROLE, APP_USER.MUST_CHANGE_PASSWORD, APP_USER.ENABLED, AccountService.UNIT_IDS);

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

    /**
     * The enabled account of a session or token as {@link #principalOf} makes it, asked on every request: one
     * statement without a transaction ({@link ShortReads}).
     */
    Optional<Principal> principal(long userId) {
        return reads.read(() -> principalSql.fetch(db, List.of(userId), AccountService::principalFrom)
                .stream().findFirst().flatMap(p -> p));
    }

    /** The principal of a row read with {@link #PRINCIPAL}; empty when the account is disabled. */
    static Optional<Principal> principalFrom(org.jooq.Record r) {
        if (!Boolean.TRUE.equals(r.get(APP_USER.ENABLED))) {
            return Optional.empty();
        }
        Role role = Role.valueOf(r.get(APP_USER.ROLE));
        String units = r.get(UNIT_IDS);
        Set<Long> unitIds = role != Role.BUREAU || units == null || units.isEmpty() ? Set.of()
                : Arrays.stream(units.split(",")).map(Long::valueOf).collect(Collectors.toSet());
        return Optional.of(new Principal(r.get(APP_USER.ID), r.get(APP_USER.USERNAME), r.get(APP_USER.DISPLAY_NAME),
                role, unitIds, Boolean.TRUE.equals(r.get(APP_USER.MUST_CHANGE_PASSWORD))));
    }

    /** Also written in one statement for every request's check ({@link #principal}): the same fields. */
    private Principal principalOf(AppUser user) {
        Set<Long> unitIds = user.role() == Role.BUREAU
                ? userUnits.findByUserId(user.id()).stream().map(UserUnit::unitId).collect(Collectors.toSet())
                : Set.of();
        return new Principal(user.id(), user.username(), user.displayName(), user.role(), unitIds,
                user.mustChangePassword());
    }
}
