package jixiao.web;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Pattern;

/**
 * What every page's layout needs: who is logged in (for the navigation), the CSRF token every
 * form posts back, and the notice of what the last form did ({@code 已保存}), which a redirect asks for with
 * {@link Redirects#seeOther(String, Notice)}, and the count of unread notifications beside the bell. Each page's
 * view record carries one.
 */
public record PageContext(
        String csrfToken,
        @Nullable String username,
        @Nullable String displayName,
        @Nullable String role,
        String path,
        @Nullable String notice,
        int unreadNotifications) {

    private static final Pattern EVALUATION_PAGE = Pattern.compile("/projects/[^/]+/evaluation(/.*)?");

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

    /**
     * For the navigation: whether this page is in the section {@code prefix}. A project's 自评表 lives under its
     * project's address but belongs to 绩效自评, where people reach it from.
     */
    /** The bell's badge: the count, or 99+ past what is counted. */
    public String unreadBadge() {
        return unreadNotifications >= UnreadNotifications.MAX_COUNTED ? (UnreadNotifications.MAX_COUNTED - 1) + "+"
                : String.valueOf(unreadNotifications);
    }

    public boolean at(String prefix) {
        String section = EVALUATION_PAGE.matcher(path).matches() ? "/evaluations" : path;
        return section.equals(prefix) || section.startsWith(prefix + "/");
    }

}
