package jixiao.account;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.jooq.DSLContext;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static jixiao.db.Tables.APP_USER;

/**
 * Records keep who acted by username (it never changes and survives a deleted account); pages show the person's
 * 姓名. A username without a 姓名, or of an account that is gone, is shown as it is.
 */
@Singleton
public class PeopleNames {

    /** The names of the people one page mentions. */
    @Introspected
    public record Names(Map<String, String> byUsername) {

        public Names {
            byUsername = Map.copyOf(byUsername);
        }

        /** 姓名 where the account has one, else the username; null stays null. */
        public String of(@Nullable String username) {
            return username == null ? null : byUsername.getOrDefault(username, username);
        }
    }

    private final DSLContext db;

    PeopleNames(DSLContext db) {
        this.db = db;
    }

    @Transactional(readOnly = true)
    public Names of(String... usernames) {
        Set<String> wanted = Arrays.stream(usernames).filter(Objects::nonNull).collect(Collectors.toSet());
        if (wanted.isEmpty()) {
            return new Names(Map.of());
        }
        Map<String, String> names = new HashMap<>();
        db.select(APP_USER.USERNAME, APP_USER.DISPLAY_NAME).from(APP_USER).where(APP_USER.USERNAME.in(wanted))
                .fetch().forEach(r -> {
                    String name = r.get(APP_USER.DISPLAY_NAME);
                    if (name != null && !name.isBlank()) {
                        names.put(r.get(APP_USER.USERNAME), name.strip());
                    }
                });
        return new Names(names);
    }
}
