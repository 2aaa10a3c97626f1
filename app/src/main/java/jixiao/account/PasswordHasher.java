package jixiao.account;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategy;
import jakarta.inject.Singleton;

import java.nio.charset.StandardCharsets;

/**
 * bcrypt (adaptive) password hashes. Passwords are never logged or stored in clear.
 *
 * <p>bcrypt reads at most 72 bytes, and a 30-character Chinese passphrase is 90 bytes of UTF-8: longer
 * passwords are first derived with SHA-512 (the library's own strategy), so every character counts and nothing
 * fails. Passwords up to 72 bytes hash exactly as before, so stored hashes stay valid.
 */
@Singleton
class PasswordHasher {

    /** Longest password accepted anywhere; a longer one is refused on forms and never matches at login. */
    static final int MAX_LENGTH = 256;
    private static final int COST = 10;
    private static final BCrypt.Version VERSION = BCrypt.Version.VERSION_2A;
    private static final LongPasswordStrategy LONG_PASSWORDS = LongPasswordStrategies.hashSha512(VERSION);
    /** Compared against when the username does not exist, so both paths cost the same time. */
    private static final String DUMMY_HASH = BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(COST, "jixiao-dummy".toCharArray());

    String hash(String password) {
        return BCrypt.with(VERSION, LONG_PASSWORDS).hashToString(COST, password.toCharArray());
    }

    boolean matches(String password, String hash) {
        if (password.length() > MAX_LENGTH) {
            burnTime("");
            return false;
        }
        return BCrypt.verifyer(VERSION, LONG_PASSWORDS).verify(password.getBytes(StandardCharsets.UTF_8),
                hash.getBytes(StandardCharsets.UTF_8)).verified;
    }

    void burnTime(String password) {
        String p = password.length() > MAX_LENGTH ? "" : password;
        BCrypt.verifyer(VERSION, LONG_PASSWORDS).verify(p.getBytes(StandardCharsets.UTF_8),
                DUMMY_HASH.getBytes(StandardCharsets.UTF_8));
    }
}
