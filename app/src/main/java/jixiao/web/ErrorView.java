package jixiao.web;

import io.micronaut.core.annotation.Introspected;

/** The model of the error page. */
@Introspected
public record ErrorView(PageContext page, int status, String title, String message) {
}
