package jixiao.testing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Units and accounts a test needs, created through the API as the administrator. Every call
 * makes fresh codes and names, because all test classes share one database.
 */
public final class World {

    public static final String ADMIN = "admin";
    public static final String ADMIN_PASSWORD = "test-admin-password";
    public static final String PASSWORD = "password-1234";
    /** What the administrator sets; the account's owner replaces it with {@link #PASSWORD} before anything else. */
    public static final String INITIAL_PASSWORD = "initial-5678";
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 100_000));

    private final String base;
    private final Http admin;

    public World(String base) {
        this.base = base;
        this.admin = Http.script(base, ADMIN, ADMIN_PASSWORD);
    }

    public Http admin() {
        return admin;
    }

    /** A new unique number, for codes and names. */
    public static int next() {
        return SEQUENCE.incrementAndGet();
    }

    /** Creates a unit with a fresh 6-digit code; returns the code. */
    public String unit(String name) {
        String code = String.valueOf(700000 + next() % 299999);
        Http.Response r = admin.postJson("/api/units", Json.write(Map.of("code", code, "name", name + code, "departmentName", name + "部门")));
        if (r.status() != 201) {
            throw new AssertionError("unit not created: " + r.status() + " " + r.body());
        }
        return code;
    }

    /** Creates an account; returns its username. */
    public String user(String role, List<String> unitCodes) {
        return user(role, unitCodes, null);
    }

    /** Creates an account with a 姓名; returns its username. */
    public String user(String role, List<String> unitCodes, String displayName) {
        String username = role.toLowerCase() + next();
        Map<String, Object> fields = new HashMap<>(Map.of("username", username, "password", INITIAL_PASSWORD,
                "role", role, "unitCodes", unitCodes));
        if (displayName != null) {
            fields.put("displayName", displayName);
        }
        Http.Response r = admin.postJson("/api/users", Json.write(fields));
        if (r.status() != 201) {
            throw new AssertionError("user not created: " + r.status() + " " + r.body());
        }
        Http.Response changed = Http.script(base, username, INITIAL_PASSWORD).putJson("/api/me/password",
                Json.write(Map.of("currentPassword", INITIAL_PASSWORD, "newPassword", PASSWORD)));
        if (changed.status() != 204) {
            throw new AssertionError("password not changed: " + changed.status() + " " + changed.body());
        }
        return username;
    }

    public Http script(String username) {
        return Http.script(base, username, PASSWORD);
    }

    public Http browser(String username) {
        Http browser = Http.browser(base);
        Http.Response r = browser.login(username, ADMIN.equals(username) ? ADMIN_PASSWORD : PASSWORD);
        if (r.status() != 303 || !"/projects".equals(r.location())) {
            throw new AssertionError("login failed for " + username + ": " + r.status() + " " + r.location());
        }
        return browser;
    }

    public Http anonymous() {
        return Http.browser(base);
    }
}
