package jixiao.common;

import java.util.List;

/**
 * A request the application refuses for a reason the person can act on. The HTTP status and the
 * Chinese message travel with it; one handler answers all of them (JSON for the API, the error
 * page for pages).
 */
public abstract class RefusedException extends RuntimeException {

    protected RefusedException(String message) {
        super(message);
    }

    /** The HTTP status code: 400, 403, 404 or 409. */
    public abstract int status();

    /** The Chinese sentence shown to the person. */
    public String userMessage() {
        return getMessage();
    }

    public List<Problem> problems() {
        return List.of();
    }

    /** For 409: the record as it is now, so the caller can see what changed. */
    public Object current() {
        return null;
    }
}
