package jixiao.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import jixiao.common.LastUsed;
import org.unbescape.html.HtmlEscape;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A part of a page rendered once for the data it shows and reused while that data is the same. The key is the
 * data itself (records compared by value), so a hit can never show anything other than what rendering those values
 * would: nothing to invalidate, nothing shared between instances. Rendering with Thymeleaf is most of what a
 * data-heavy page costs (issue 15: four fifths of the finance dashboard's time went to evaluating its expressions),
 * while the rows it shows change once a monitoring run.
 */
@Singleton
public class RenderedFragments {

    /**
     * Kept parts, and as many kept pages: a dashboard part or page is some 50 KB of text, so this bounds each to a
     * few megabytes (pages are kept per person: the header names them).
     */
    static final int KEPT = 96;

    private final ThymeleafViewsRenderer<Object> renderer;
    private final HttpLocaleResolver locales;
    private final LastUsed<Key, String> kept = new LastUsed<>(KEPT);
    private final LastUsed<Key, PageParts> pages = new LastUsed<>(KEPT);

    RenderedFragments(ThymeleafViewsRenderer<Object> renderer, HttpLocaleResolver locales) {
        this.renderer = renderer;
        this.locales = locales;
    }

    private record Key(String view, Object data, Locale locale) {
    }

    /**
     * Stands for the CSRF token in a page rendered to be kept ({@link #page}): each request's own token replaces
     * it. Random per instance, so no stored text can be made to match it.
     */
    public static final String CSRF_PLACEHOLDER = "csrf-" + UUID.randomUUID();

    /**
     * The view {@code view} rendered for {@code data} (a record whose components are the template's variables),
     * reused when the same data, equal by value, was rendered in the same language before.
     */
    public String render(String view, Record data, HttpRequest<?> request) {
        return kept.get(new Key(view, data, locales.resolveOrDefault(request)),
                key -> toText(renderer.render(view, data, request)));
    }

    /**
     * The view rendered for the data {@code data} builds, reused while the same {@code key} (the values the data
     * is read from, which the caller knows more cheaply than the data itself) is asked for in the same language.
     */
    public String render(String view, Object key, Supplier<? extends Record> data, HttpRequest<?> request) {
        return kept.get(new Key(view, key, locales.resolveOrDefault(request)),
                k -> toText(renderer.render(view, data.get(), request)));
    }

    /**
     * A whole page rendered for {@code data}, whose {@link PageContext} carries {@link #CSRF_PLACEHOLDER} as its
     * token, reused for the same data and given {@code csrfToken} in place of the placeholder: the page around a
     * kept part is most of what rendering it still costs (issue 15). Kept as UTF-8 between the token's places, so
     * that a view copies bytes instead of replacing and encoding some 40,000 characters.
     */
    public byte[] page(String view, Record data, HttpRequest<?> request, String csrfToken) {
        return pages.get(new Key(view, data, locales.resolveOrDefault(request)),
                        key -> PageParts.of(toText(renderer.render(view, data, request))))
                .joinedWith(HtmlEscape.escapeHtml5Xml(csrfToken).getBytes(StandardCharsets.UTF_8));
    }

    /** A page's UTF-8 bytes before, between and after the places of its CSRF token. */
    private record PageParts(List<byte[]> parts, int length) {

        static PageParts of(String page) {
            List<byte[]> parts = new ArrayList<>();
            int from = 0;
            for (int at = page.indexOf(CSRF_PLACEHOLDER); at >= 0; at = page.indexOf(CSRF_PLACEHOLDER, from)) {
                parts.add(page.substring(from, at).getBytes(StandardCharsets.UTF_8));
                from = at + CSRF_PLACEHOLDER.length();
            }
            parts.add(page.substring(from).getBytes(StandardCharsets.UTF_8));
            return new PageParts(List.copyOf(parts), parts.stream().mapToInt(p -> p.length).sum());
        }

        byte[] joinedWith(byte[] token) {
            byte[] page = new byte[length + (parts.size() - 1) * token.length];
            int at = 0;
            for (int i = 0; i < parts.size(); i++) {
                if (i > 0) {
                    System.arraycopy(token, 0, page, at, token.length);
                    at += token.length;
                }
                byte[] part = parts.get(i);
                System.arraycopy(part, 0, page, at, part.length);
                at += part.length;
            }
            return page;
        }
    }

    private static String toText(Writable writable) {
        StringWriter out = new StringWriter();
        try {
            writable.writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
