package jixiao.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;

/**
 * Headers on every answer: no page may be framed by another site (clickjacking), no answer is sniffed into
 * another content type, and nothing but the static files is kept in a browser's or proxy's cache: pages, JSON
 * and exports hold a unit's data and must not outlive the session on a shared office computer.
 */
@ServerFilter("/**")
class SecurityHeadersFilter {

    @ResponseFilter
    void addHeaders(HttpRequest<?> request, MutableHttpResponse<?> response) {
        response.header("X-Content-Type-Options", "nosniff");
        response.header("X-Frame-Options", "DENY");
        response.header("Content-Security-Policy", "frame-ancestors 'none'");
        response.header("Referrer-Policy", "same-origin");
        if (!request.getPath().startsWith("/static/")) {
            response.header("Cache-Control", "no-store");
        }
    }
}
