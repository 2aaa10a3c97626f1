package jixiao.account;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.access.Role;
import jixiao.audit.AuditTrail;
import jixiao.audit.AuditedRecord;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.NotFoundException;
import jixiao.common.Problem;
import jixiao.common.TextLimit;
import jixiao.unit.UnitService;
import jixiao.unit.UnitView;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Accounts as an administrator manages them: create, bind to units, reset, disable. */
@Singleton
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9_.@-]{2,64}");
    /**
     * An address mail can be sent to: one @, something before it, a domain with a dot after it, no spaces.
     * Deliberately loose: whether the mailbox exists only a mail can tell.
     */
    private static final Pattern EMAIL = Pattern.compile("[^\\s@\"<>,;]+@[^\\s@\"<>,;]+\\.[^\\s@\"<>,;.]+");
    static final int MIN_PASSWORD_LENGTH = 8;

    private final AppUserRepository users;
    private final UserUnitRepository userUnits;
    private final UnitService units;
    private final PasswordHasher hasher;
    private final SessionStore sessions;
    private final AuditTrail audit;
    private final LoginGuard guard;
    private final Clock clock;

    UserAdministration(AppUserRepository users, UserUnitRepository userUnits, UnitService units, PasswordHasher hasher,
                       SessionStore sessions, AuditTrail audit, LoginGuard guard, Clock clock) {
        this.guard = guard;
        this.users = users;
        this.userUnits = userUnits;
        this.units = units;
        this.hasher = hasher;
        this.sessions = sessions;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<UserView> list() {
        List<AppUser> all = users.listOrderByUsername();
        Map<Long, List<Long>> unitsByUser = userUnits.findByUserIdIn(all.stream().map(AppUser::id).toList()).stream()
                .collect(Collectors.groupingBy(UserUnit::userId, Collectors.mapping(UserUnit::unitId, Collectors.toList())));
        Map<Long, UnitView> unitViews = units.byIds(unitsByUser.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        return all.stream().map(u -> view(u, codes(unitsByUser.getOrDefault(u.id(), List.of()), unitViews))).toList();
    }

    @Transactional(readOnly = true)
    public UserView get(long id) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        return view(user, unitCodesOf(user.id()));
    }

    @Transactional
    public UserView create(Caller caller, UserForm form) {
        return create(caller, form, true);
    }

    /** @param mustChangePassword whether the password was chosen by someone else than the account's owner */
    private UserView create(Caller caller, UserForm form, boolean mustChangePassword) {
        List<Problem> problems = new ArrayList<>();
        String username = form.username() == null ? null : form.username().strip();
        if (username == null || !USERNAME.matcher(username).matches()) {
            problems.add(new Problem("username", Messages.text("user.usernameInvalid")));
        } else if (users.findByUsername(username).isPresent()) {
            problems.add(new Problem("username", Messages.text("user.usernameTaken", username)));
        }
        checkPassword(form.password(), true, problems);
        TextLimit.USER_DISPLAY_NAME.check(blankToNull(form.displayName()), "displayName", Messages.text("field.displayName"), problems);
        checkEmail(blankToNull(form.email()), problems);
        Role role = role(form.role(), problems);
        List<UnitView> boundUnits = boundUnits(caller, role, form.unitCodes(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        LocalDateTime now = LocalDateTime.now(clock);
        AppUser saved = users.save(new AppUser(null, username, blankToNull(form.displayName()), hasher.hash(form.password()),
                role, form.enabled() == null || form.enabled(), 0, null, mustChangePassword, null, now, now,
                blankToNull(form.email()), true, false));
        bind(saved.id(), boundUnits);
        UserView view = view(saved, boundUnits.stream().map(UnitView::code).toList());
        audit.created(caller, record(view), snapshot(view, false));
        return view;
    }

    @Transactional
    public UserView update(Caller caller, long id, UserForm form) {
        AppUser current = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        UserView before = view(current, unitCodesOf(id));
        List<Problem> problems = new ArrayList<>();
        boolean passwordReset = form.password() != null && !form.password().isEmpty();
        if (passwordReset) {
            checkPassword(form.password(), true, problems);
        }
        TextLimit.USER_DISPLAY_NAME.check(blankToNull(form.displayName()), "displayName", Messages.text("field.displayName"), problems);
        checkEmail(blankToNull(form.email()), problems);
        Role role = form.role() == null ? current.role() : role(form.role(), problems);
        List<String> codes = form.unitCodes() == null ? before.unitCodes() : form.unitCodes();
        List<UnitView> boundUnits = boundUnits(caller, role, codes, problems);
        boolean enabled = form.enabled() == null ? current.enabled() : form.enabled();
        if (current.id().equals(caller.userId()) && (!enabled || role != Role.ADMIN) && current.role() == Role.ADMIN) {
            problems.add(new Problem("role", Messages.text("user.cannotDemoteSelf")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String displayName = form.displayName() == null ? current.displayName() : blankToNull(form.displayName());
        String hash = passwordReset ? hasher.hash(form.password()) : current.passwordHash();
        // a password an administrator set is the administrator's, not the owner's: it must be changed at login
        boolean mustChange = passwordReset ? !current.id().equals(caller.userId()) : current.mustChangePassword();
        String email = form.email() == null ? current.email() : blankToNull(form.email());
        AppUser saved = users.update(current.withChanges(displayName, hash, role, enabled, mustChange, LocalDateTime.now(clock))
                .withEmail(email));
        userUnits.deleteByUserId(id);
        bind(id, boundUnits);
        if (passwordReset || !enabled || role != current.role()) {
            sessions.closeAllOf(id);
        }
        UserView after = view(saved, boundUnits.stream().map(UnitView::code).toList());
        Map<String, Object> afterSnapshot = snapshot(after, passwordReset);
        audit.updated(caller, record(after), snapshot(before, false), afterSnapshot);
        return after;
    }

    /** Lifts a lock raised by failed logins (ADMIN). */
    @Transactional
    public void unlock(Caller caller, long id) {
        AppUser user = users.findById(id).orElseThrow(() -> new NotFoundException("user " + id));
        UserView before = view(user, unitCodesOf(id));
        guard.unlock(id);
        audit.transition(caller, "UNLOCK", record(before), Map.of("lockedUntil", String.valueOf(before.lockedUntil())),
                Map.of("lockedUntil", ""));
    }

    /**
     * The account's owner changes its own password: the current one must be given, the new one must differ. Other
     * sessions of the account end; the one making the change stays.
     */
    @Transactional
    public void changeOwnPassword(Caller caller, String currentPassword, String newPassword, String keepSessionToken) {
        AppUser user = users.findById(caller.userId()).orElseThrow(() -> new NotFoundException("user " + caller.userId()));
        List<Problem> problems = new ArrayList<>();
        if (currentPassword == null || currentPassword.isEmpty() || !hasher.matches(currentPassword, user.passwordHash())) {
            problems.add(new Problem("currentPassword", Messages.text("user.currentPasswordWrong")));
        }
        List<Problem> fresh = new ArrayList<>();
        checkPassword(newPassword, true, fresh);
        fresh.forEach(p -> problems.add(new Problem("newPassword", p.message())));
        if (fresh.isEmpty() && newPassword.equals(currentPassword)) {
            problems.add(new Problem("newPassword", Messages.text("user.passwordUnchanged")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UserView view = view(user, unitCodesOf(user.id()));
        users.update(user.withChanges(user.displayName(), hasher.hash(newPassword), user.role(), user.enabled(), false,
                LocalDateTime.now(clock)));
        sessions.closeAllOfExcept(user.id(), keepSessionToken);
        audit.updated(caller, record(view), snapshot(view, false), snapshot(view, true));
    }

    /** The caller's own settings. */
    @Transactional(readOnly = true)
    public MySettings ownSettings(Caller caller) {
        AppUser user = users.findById(caller.userId()).orElseThrow(() -> new NotFoundException("user " + caller.userId()));
        return MySettings.of(user);
    }

    /**
     * The caller changes how they are named and told: 姓名, e-mail address, mail at all, one mail a day. A null
     * field keeps its value; a blank name or address clears it.
     */
    @Transactional
    public MySettings changeOwnSettings(Caller caller, MySettings input) {
        AppUser current = users.findById(caller.userId()).orElseThrow(() -> new NotFoundException("user " + caller.userId()));
        List<Problem> problems = new ArrayList<>();
        TextLimit.USER_DISPLAY_NAME.check(blankToNull(input.displayName()), "displayName", Messages.text("field.displayName"), problems);
        checkEmail(blankToNull(input.email()), problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        MySettings before = MySettings.of(current);
        AppUser saved = users.update(current.withSettings(
                input.displayName() == null ? current.displayName() : blankToNull(input.displayName()),
                input.email() == null ? current.email() : blankToNull(input.email()),
                input.emailNotifications() == null ? current.emailNotifications() : input.emailNotifications(),
                input.emailDigest() == null ? current.emailDigest() : input.emailDigest(),
                LocalDateTime.now(clock)));
        MySettings after = MySettings.of(saved);
        AuditedRecord record = new AuditedRecord("USER", saved.id(), saved.username(), null);
        audit.updated(caller, record, before.snapshot(), after.snapshot());
        return after;
    }

    /** Creates the first administrator; used once, at first start. */
    @Transactional
    Optional<UserView> createFirstAdmin(String username, String password, boolean generated) {
        if (users.existsByRoleAndEnabled(Role.ADMIN, true) || users.findByUsername(username).isPresent()) {
            return Optional.empty();
        }
        return Optional.of(create(Caller.system("system"),
                new UserForm(username, password, Role.ADMIN.name(), List.of(), null, true, null), generated));
    }

    @Transactional(readOnly = true)
    boolean hasAdmin() {
        return users.existsByRoleAndEnabled(Role.ADMIN, true);
    }

    private void checkPassword(String password, boolean required, List<Problem> problems) {
        if (password == null || password.isEmpty()) {
            if (required) {
                problems.add(new Problem("password", Messages.text("user.passwordRequired")));
            }
        } else if (password.length() < MIN_PASSWORD_LENGTH) {
            problems.add(new Problem("password", Messages.text("user.passwordTooShort", MIN_PASSWORD_LENGTH)));
        } else if (password.length() > PasswordHasher.MAX_LENGTH) {
            problems.add(new Problem("password", Messages.text("user.passwordTooLong", PasswordHasher.MAX_LENGTH)));
        }
    }

    private static void checkEmail(String email, List<Problem> problems) {
        if (email == null) {
            return;
        }
        int before = problems.size();
        TextLimit.USER_EMAIL.check(email, "email", Messages.text("field.email"), problems);
        if (problems.size() == before && !EMAIL.matcher(email).matches()) {
            problems.add(new Problem("email", Messages.text("user.emailInvalid", email)));
        }
    }

    private static Role role(String text, List<Problem> problems) {
        try {
            return Role.valueOf(text == null ? "" : text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(new Problem("role", Messages.text("user.roleInvalid", String.valueOf(text))));
            return null;
        }
    }

    private List<UnitView> boundUnits(Caller caller, Role role, Collection<String> codes, List<Problem> problems) {
        if (role != Role.BUREAU) {
            return List.of();
        }
        if (codes == null || codes.isEmpty()) {
            problems.add(new Problem("unitCodes", Messages.text("user.unitsRequired")));
            return List.of();
        }
        List<UnitView> found = new ArrayList<>();
        for (String code : codes) {
            Optional<UnitView> unit = units.find(caller, code.strip());
            if (unit.isEmpty()) {
                problems.add(new Problem("unitCodes", Messages.text("user.unitUnknown", code)));
            } else {
                found.add(unit.get());
            }
        }
        return found;
    }

    private void bind(long userId, List<UnitView> boundUnits) {
        userUnits.saveAll(boundUnits.stream().map(u -> new UserUnit(null, userId, u.id())).toList());
    }

    private List<String> unitCodesOf(long userId) {
        List<Long> ids = userUnits.findByUserId(userId).stream().map(UserUnit::unitId).toList();
        return codes(ids, units.byIds(ids));
    }

    private static List<String> codes(List<Long> unitIds, Map<Long, UnitView> unitViews) {
        return unitIds.stream().map(unitViews::get).map(UnitView::code).sorted().toList();
    }

    private UserView view(AppUser user, List<String> unitCodes) {
        LocalDateTime lockedUntil = user.lockedUntil() != null && user.lockedUntil().isAfter(LocalDateTime.now(clock))
                ? user.lockedUntil() : null;
        return new UserView(user.id(), user.username(), user.displayName(), user.role().name(), user.enabled(), unitCodes, lockedUntil,
                user.email());
    }

    private static AuditedRecord record(UserView user) {
        return new AuditedRecord("USER", user.id(), user.username(), null);
    }

    private static Map<String, Object> snapshot(UserView user, boolean passwordReset) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("username", user.username());
        m.put("displayName", user.displayName());
        m.put("role", user.role());
        m.put("enabled", user.enabled());
        m.put("unitCodes", String.join(",", user.unitCodes()));
        m.put("email", user.email());
        if (passwordReset) {
            // The fact of a reset is audited, never the password or its hash.
            m.put("password", Messages.text("user.passwordWasReset"));
        }
        return m;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
