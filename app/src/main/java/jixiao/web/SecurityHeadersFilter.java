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
        var headers = response.getHeaders();
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("X-Frame-Options", "DENY");
        headers.set("Content-Security-Policy", "frame-ancestors 'none'");
        headers.set("Referrer-Policy", "same-origin");
        if (!request.getPath().startsWith("/static/")) {
            // replaces what a download set ("private"): a unit's data stays in no cache at all
            headers.set("Cache-Control", "no-store");
        }
    }
}
