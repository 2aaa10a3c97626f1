package jixiao.common;

/** The caller may see the record but not do this to it (e.g. edit a submitted report). 403. */
public class ForbiddenException extends RefusedException {

    public ForbiddenException(String message) {
        super(message);
    }

    @Override
    public int status() {
        return 403;
    }
}
