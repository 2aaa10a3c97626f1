package jixiao.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;

/** After a successful form post, pages answer 303 See Other, so reloading does not post again. */
public final class Redirects {

    private Redirects() {
    }

    public static MutableHttpResponse<?> seeOther(String location) {
        return HttpResponse.status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION, location);
    }

    /** To {@code location}, whose page then says what was done. */
    public static MutableHttpResponse<?> seeOther(String location, Notice done) {
        return seeOther(location + (location.contains("?") ? "&" : "?") + "done=" + done.code());
    }
}
