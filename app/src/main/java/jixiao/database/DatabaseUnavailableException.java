package jixiao.database;

import jixiao.common.RefusedException;

/**
 * The database could not be reached, or stayed busy, for longer than the retries wait: answered
 * 503 with a sentence saying whether the change was made, so nobody gets a 500 or a hang while a
 * node fails over.
 */
public class DatabaseUnavailableException extends RefusedException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message);
        initCause(cause);
    }

    @Override
    public int status() {
        return 503;
    }
}
