package jixiao.web;

import io.micronaut.core.annotation.Nullable;

/**
 * What every page's layout needs: who is logged in (for the navigation) and the CSRF token every
 * form posts back. Each page's view record carries one.
 */
public record PageContext(
        String csrfToken,
        @Nullable String username,
        @Nullable String displayName,
        @Nullable String role,
        String path) {

    public boolean loggedIn() {
        return username != null;
    }

    public boolean finance() {
        return "FINANCE".equals(role) || "ADMIN".equals(role);
    }

    public boolean admin() {
        return "ADMIN".equals(role);
    }

    public boolean bureau() {
        return "BUREAU".equals(role);
    }

    /** For the navigation: whether this page is under {@code prefix}. */
    public boolean at(String prefix) {
        return path.equals(prefix) || path.startsWith(prefix + "/");
    }
}
