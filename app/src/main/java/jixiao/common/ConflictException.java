package jixiao.common;

/** The record changed since the caller read it (optimistic locking); answered with 409. */
public class ConflictException extends RefusedException {

    private final transient Object current;

    public ConflictException(String message, Object current) {
        super(message);
        this.current = current;
    }

    @Override
    public int status() {
        return 409;
    }

    @Override
    public Object current() {
        return current;
    }
}
