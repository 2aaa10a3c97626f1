package jixiao.access;

import java.security.Principal;
import java.util.Set;

/**
 * Who is asking, and which units' data they may see. Every service method that reads or
 * changes business data takes a Caller, so scoping is decided in the data layer and a new
 * controller cannot forget it.
 *
 * @param userId   null for the system itself (scheduled monitoring)
 * @param unitIds  the units a BUREAU caller is bound to; ignored for roles that see all units
 * @param address  the client address, for the audit trail
 * @param via      how the caller came in when not by password or session, e.g. {@code token 月报脚本}; null
 *                 otherwise. Written with every audit entry of the request.
 */
public record Caller(Long userId, String username, Role role, Set<Long> unitIds, String address, String via) implements Principal {

    public Caller {
        unitIds = Set.copyOf(unitIds);
    }

    /** The scheduler and other work no person started. Sees every unit. */
    public static Caller system(String name) {
        return new Caller(null, name, Role.ADMIN, Set.of(), null, null);
    }

    /**
     * The username. Being a {@link Principal} also tells micronaut-openapi that a Caller is bound from the
     * authentication, not sent by the client, so it stays out of the API document.
     */
    @Override
    public String getName() {
        return username;
    }

    public boolean seesAllUnits() {
        return role.seesAllUnits();
    }

    public boolean canSee(long unitId) {
        return seesAllUnits() || unitIds.contains(unitId);
    }

    public boolean isFinance() {
        return role == Role.FINANCE || role == Role.ADMIN;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }
}
