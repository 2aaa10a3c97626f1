package jixiao.web;

import io.micronaut.core.annotation.Nullable;

import java.util.regex.Pattern;

/**
 * What every page's layout needs: who is logged in (for the navigation), the CSRF token every
 * form posts back, and the notice of what the last form did ({@code 已保存}), which a redirect asks for with
 * {@link Redirects#seeOther(String, Notice)}, and the count of unread notifications beside the bell. Each page's
 * view record carries one. {@code navigation} is the navigation bar for the person's role and the page's section,
 * rendered once for each of those ({@link Navigation}); empty for nobody logged in.
 */
public record PageContext(
        String csrfToken,
        @Nullable String username,
        @Nullable String displayName,
        @Nullable String role,
        String path,
        @Nullable String notice,
        int unreadNotifications,
        String navigation) {

    private static final Pattern EVALUATION_PAGE = Pattern.compile("/projects/[^/]+/evaluation(/.*)?");

    /** The same context with {@link RenderedFragments#CSRF_PLACEHOLDER} as its token, to render a page to keep. */
    public PageContext withCsrfPlaceholder() {
        return new PageContext(RenderedFragments.CSRF_PLACEHOLDER, username, displayName, role, path, notice,
                unreadNotifications, navigation);
    }

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

    /** The bell's badge: the count, or 99+ past what is counted. */
    public String unreadBadge() {
        return unreadNotifications >= UnreadNotifications.MAX_COUNTED ? (UnreadNotifications.MAX_COUNTED - 1) + "+"
                : String.valueOf(unreadNotifications);
    }

    /**
     * The part of the application a page belongs to, as the navigation marks it: the first part of its address, two
     * under /admin. A project's 自评表 lives under its project's address but belongs to 绩效自评, where people reach it
     * from.
     */
    static String sectionOf(String path) {
        if (EVALUATION_PAGE.matcher(path).matches()) {
            return "/evaluations";
        }
        String[] parts = path.split("/");
        if (parts.length < 2 || parts[1].isEmpty()) {
            return "/";
        }
        return parts[1].equals("admin") && parts.length > 2 ? "/admin/" + parts[2] : "/" + parts[1];
    }

}
