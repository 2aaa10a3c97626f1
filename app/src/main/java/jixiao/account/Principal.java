package jixiao.account;

import io.micronaut.security.authentication.Authentication;
import jixiao.access.Role;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A logged-in account as the security layer carries it between requests. */
record Principal(long userId, String username, String displayName, Role role, Set<Long> unitIds,
                 boolean mustChangePassword) {

    static final String USER_ID = "userId";
    static final String UNIT_IDS = "unitIds";
    static final String DISPLAY_NAME = "displayName";
    /** Set while the password is one an administrator chose: pages lead to the password form first. */
    public static final String MUST_CHANGE_PASSWORD = "mustChangePassword";

    /** How the request came in when not by password or session (a token): written into its audit entries. */
    static final String VIA = "via";

    Authentication toAuthentication() {
        return Authentication.build(username, List.of(role.name()), attributes());
    }

    /** The same person, come in through {@code via} (e.g. an API token). */
    Authentication toAuthentication(String via) {
        Map<String, Object> attributes = new HashMap<>(attributes());
        attributes.put(VIA, via);
        return Authentication.build(username, List.of(role.name()), attributes);
    }

    private Map<String, Object> attributes() {
        return Map.of(
                USER_ID, userId,
                UNIT_IDS, List.copyOf(unitIds),
                DISPLAY_NAME, displayName == null ? username : displayName,
                MUST_CHANGE_PASSWORD, mustChangePassword);
    }
}
