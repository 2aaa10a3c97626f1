package jixiao.account;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import jixiao.access.Caller;
import jixiao.audit.AuditTrail;
import jixiao.audit.AuditedRecord;
import jixiao.common.ForbiddenException;
import jixiao.common.InvalidInputException;
import jixiao.common.Messages;
import jixiao.common.NotFoundException;
import jixiao.common.Problem;
import org.jooq.DSLContext;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static jixiao.db.Tables.API_TOKEN;

/**
 * Personal API tokens: a person gives each script its own secret instead of their password, and can take it back
 * without changing the password. A token acts as its owner with the owner's role and units as they are now; only
 * its SHA-256 is kept, so the token is shown once, when it is created.
 */
@Singleton
public class ApiTokens {

    /** Tokens carry this prefix so that a leaked one is recognisable (and scanners can find it). */
    static final String PREFIX = "jxt_";
    static final int NAME_MAX = 100;
    private static final Duration TOUCH_GRANULARITY = Duration.ofMinutes(1);

    /** What a request authenticated by a token carries into the audit trail. */
    static String via(String tokenName) {
        return "token " + tokenName;
    }

    @Serdeable
    public record TokenRequest(@Nullable String name, @Nullable LocalDate expiresOn) {
    }

    /** Answered once, on creation: the only time the token itself is seen. */
    @Serdeable
    public record CreatedToken(long id, String name, String token, @Nullable LocalDate expiresOn) {
    }

    @Serdeable
    public record TokenView(long id, String name, LocalDateTime createdAt, @Nullable LocalDate expiresOn,
                            @Nullable LocalDateTime lastUsedAt) {
    }

    /** The owner of a valid token, and the token's name. */
    record Use(long userId, String name) {
    }

    private final DSLContext db;
    private final AuditTrail audit;
    private final Clock clock;

    ApiTokens(DSLContext db, AuditTrail audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public CreatedToken create(Caller caller, TokenRequest request) {
        if (caller.via() != null && caller.via().startsWith(via(""))) {
            // A leaked token must not be able to mint others that outlive its revocation.
            throw new ForbiddenException(Messages.text("token.notFromToken"));
        }
        String name = request.name() == null ? "" : request.name().strip();
        List<Problem> problems = new ArrayList<>();
        if (name.isEmpty()) {
            problems.add(new Problem("name", Messages.text("token.nameRequired")));
        } else if (name.length() > NAME_MAX) {
            problems.add(new Problem("name", Messages.text("token.nameTooLong", NAME_MAX)));
        } else if (db.fetchExists(API_TOKEN, API_TOKEN.USER_ID.eq(caller.userId()).and(API_TOKEN.NAME.eq(name)))) {
            // the name is what the audit trail shows, so it must tell the caller's tokens apart
            problems.add(new Problem("name", Messages.text("token.nameTaken", name)));
        }
        LocalDateTime now = LocalDateTime.now(clock);
        if (request.expiresOn() != null && request.expiresOn().isBefore(now.toLocalDate())) {
            problems.add(new Problem("expiresOn", Messages.text("token.expiresInPast")));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        String token = PREFIX + Secrets.newSecret();
        long id = db.insertInto(API_TOKEN)
                .set(API_TOKEN.USER_ID, caller.userId())
                .set(API_TOKEN.NAME, name)
                .set(API_TOKEN.TOKEN_HASH, Secrets.hash(token))
                .set(API_TOKEN.CREATED_AT, now)
                .set(API_TOKEN.EXPIRES_ON, request.expiresOn())
                .returningResult(API_TOKEN.ID)
                .fetchOne(API_TOKEN.ID);
        audit.created(caller, record(id, name), snapshot(name, request.expiresOn()));
        return new CreatedToken(id, name, token, request.expiresOn());
    }

    @Transactional(readOnly = true)
    public List<TokenView> list(Caller caller) {
        return db.selectFrom(API_TOKEN).where(API_TOKEN.USER_ID.eq(caller.userId()))
                .orderBy(API_TOKEN.CREATED_AT.desc(), API_TOKEN.ID.desc())
                .fetch(r -> new TokenView(r.getId(), r.getName(), r.getCreatedAt(), r.getExpiresOn(), r.getLastUsedAt()));
    }

    /** Revokes one of the caller's own tokens; another person's token is not found. */
    @Transactional
    public void revoke(Caller caller, long id) {
        var token = db.selectFrom(API_TOKEN).where(API_TOKEN.ID.eq(id).and(API_TOKEN.USER_ID.eq(caller.userId())))
                .fetchOptional().orElseThrow(() -> new NotFoundException("token " + id));
        db.deleteFrom(API_TOKEN).where(API_TOKEN.ID.eq(id)).execute();
        audit.deleted(caller, record(id, token.getName()), snapshot(token.getName(), token.getExpiresOn()));
    }

    /**
     * The owner of a token that exists and has not expired (valid through its last day, Chinese civil time),
     * noting when it was used at most once a minute. Whether the owner may still log in is the caller's check.
     */
    @Transactional
    Optional<Use> use(String token) {
        if (!token.startsWith(PREFIX)) {
            return Optional.empty();
        }
        var row = db.selectFrom(API_TOKEN).where(API_TOKEN.TOKEN_HASH.eq(Secrets.hash(token))).fetchOne();
        LocalDateTime now = LocalDateTime.now(clock);
        if (row == null || row.getExpiresOn() != null && row.getExpiresOn().isBefore(now.toLocalDate())) {
            return Optional.empty();
        }
        if (row.getLastUsedAt() == null || row.getLastUsedAt().isBefore(now.minus(TOUCH_GRANULARITY))) {
            db.update(API_TOKEN).set(API_TOKEN.LAST_USED_AT, now).where(API_TOKEN.ID.eq(row.getId())).execute();
        }
        return Optional.of(new Use(row.getUserId(), row.getName()));
    }

    private static AuditedRecord record(long id, String name) {
        return new AuditedRecord("API_TOKEN", id, name, null);
    }

    private static Map<String, Object> snapshot(String name, LocalDate expiresOn) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("tokenName", name);
        map.put("expiresOn", expiresOn);
        return map;
    }
}
