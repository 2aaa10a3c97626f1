package jixiao.web;

import io.micronaut.core.annotation.Introspected;

/**
 * What the navigation bar shows: the sections a role may open, the page's own marked. The same for everyone of a
 * role on a section, so it is rendered once for each ({@link RenderedFragments}): a page's bar was a third of the
 * expressions a light page evaluates.
 *
 * @param section the page's section ({@link PageContext#sectionOf})
 * @param home    the section is the start page ("/"; OGNL reads {@code '/'} as a character, not a string)
 */
@Introspected
record Navigation(String section, boolean home, boolean finance, boolean admin) {

    static Navigation of(String path, String role) {
        String section = PageContext.sectionOf(path);
        return new Navigation(section, section.equals("/"), "FINANCE".equals(role) || "ADMIN".equals(role),
                "ADMIN".equals(role));
    }
}
