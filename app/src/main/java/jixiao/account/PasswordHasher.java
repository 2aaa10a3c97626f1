package jixiao.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/** bcrypt (adaptive) password hashes. Passwords are never logged or stored in clear. */
@Singleton
class PasswordHasher {

    private static final int COST = 10;
    /** Compared against when the username does not exist, so both paths cost the same time. */
    private static final String DUMMY_HASH = BCrypt.withDefaults().hashToString(COST, "jixiao-dummy".toCharArray());

    String hash(String password) {
        return BCrypt.withDefaults().hashToString(COST, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        return BCrypt.verifyer().verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    void burnTime(String password) {
        matches(password, DUMMY_HASH);
    }
}
