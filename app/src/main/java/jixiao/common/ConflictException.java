package jixiao.common;

/** The record changed since the caller read it (optimistic locking); answered with 409. */
public class ConflictException extends RuntimeException {

    private final transient Object current;

    public ConflictException(String message, Object current) {
        super(message);
        this.current = current;
    }

    /** What the record looks like now, so the caller can see what changed. */
    public Object current() {
        return current;
    }
}
