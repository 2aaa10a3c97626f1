package jixiao.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import jixiao.common.LastUsed;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/**
 * A part of a page rendered once for the data it shows and reused while that data is the same. The key is the
 * data itself (records compared by value), so a hit can never show anything other than what rendering those values
 * would: nothing to invalidate, nothing shared between instances. Rendering with Thymeleaf is most of what a
 * data-heavy page costs (issue 15: four fifths of the finance dashboard's time went to evaluating its expressions),
 * while the rows it shows change once a monitoring run.
 */
@Singleton
public class RenderedFragments {

    /** Kept parts: a dashboard part is some 50 KB of text, so this bounds the cache to a few megabytes. */
    static final int KEPT = 48;

    private final ThymeleafViewsRenderer<Object> renderer;
    private final HttpLocaleResolver locales;
    private final LastUsed<Key, String> kept = new LastUsed<>(KEPT);

    RenderedFragments(ThymeleafViewsRenderer<Object> renderer, HttpLocaleResolver locales) {
        this.renderer = renderer;
        this.locales = locales;
    }

    private record Key(String view, Object data, Locale locale) {
    }

    /**
     * The view {@code view} rendered for {@code data} (a record whose components are the template's variables),
     * reused when the same data, equal by value, was rendered in the same language before.
     */
    public String render(String view, Record data, HttpRequest<?> request) {
        return kept.get(new Key(view, data, locales.resolveOrDefault(request)),
                key -> toText(renderer.render(view, data, request)));
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
