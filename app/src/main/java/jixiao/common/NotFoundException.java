package jixiao.common;

/**
 * The record does not exist or the caller may not see it. Both answer 404, so that guessing
 * another unit's ids reveals nothing.
 */
public class NotFoundException extends RefusedException {

    public NotFoundException(String what) {
        super(what);
    }

    @Override
    public int status() {
        return 404;
    }

    @Override
    public String userMessage() {
        return Messages.text("error.notFound");
    }
}
