package jixiao.web;

import io.micronaut.http.HttpRequest;

/** Whether a request belongs to the JSON API or to the pages. */
public final class Requests {

    private Requests() {
    }

    public static boolean isApi(HttpRequest<?> request) {
        return request.getPath().startsWith("/api/");
    }
}
