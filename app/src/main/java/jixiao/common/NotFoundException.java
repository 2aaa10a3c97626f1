package jixiao.common;

/**
 * The record does not exist or the caller may not see it. Both answer 404, so that guessing
 * another unit's ids reveals nothing.
 */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
