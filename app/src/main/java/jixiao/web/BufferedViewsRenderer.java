package jixiao.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.core.io.Writable;
import io.micronaut.core.io.scan.ClassPathResourceLoader;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.views.thymeleaf.ThymeleafViewsRenderer;
import jakarta.inject.Singleton;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/**
 * Renders a page completely before any byte is sent. Thymeleaf otherwise streams the page, and a
 * template failure half-way leaves the browser waiting on a half-written response instead of
 * showing the error page.
 */
@Singleton
@Replaces(ThymeleafViewsRenderer.class)
class BufferedViewsRenderer<T> extends ThymeleafViewsRenderer<T> {

    BufferedViewsRenderer(AbstractConfigurableTemplateResolver templateResolver, TemplateEngine engine,
                          ClassPathResourceLoader resourceLoader, HttpLocaleResolver httpLocaleResolver) {
        super(templateResolver, engine, resourceLoader, httpLocaleResolver);
    }

    @Override
    public Writable render(String viewName, T data, HttpRequest<?> request) {
        StringWriter html = new StringWriter();
        try {
            super.render(viewName, data, request).writeTo(html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String page = html.toString();
        return out -> out.write(page);
    }
}
