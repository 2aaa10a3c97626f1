package jixiao.unit;

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
import jixiao.common.TextLimit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Units and departments, scoped to what the caller may see. */
@Singleton
public class UnitService {

    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z]{1,32}");

    private final UnitRepository units;
    private final DepartmentRepository departments;
    private final AuditTrail audit;

    UnitService(UnitRepository units, DepartmentRepository departments, AuditTrail audit) {
        this.units = units;
        this.departments = departments;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<UnitView> list(Caller caller) {
        List<Unit> visible = caller.seesAllUnits() ? units.listOrderByCode() : units.findByIdInOrderByCode(caller.unitIds());
        return views(visible);
    }

    /** A unit the caller may see, by code; 404 otherwise. */
    @Transactional(readOnly = true)
    public UnitView require(Caller caller, String code) {
        return find(caller, code).orElseThrow(() -> new NotFoundException("unit " + code));
    }

    @Transactional(readOnly = true)
    public Optional<UnitView> find(Caller caller, String code) {
        return units.findByCode(code).filter(u -> caller.canSee(u.id())).map(this::view);
    }

    @Transactional(readOnly = true)
    public Optional<UnitView> findByName(Caller caller, String name) {
        return units.findByName(name).filter(u -> caller.canSee(u.id())).map(this::view);
    }

    @Transactional(readOnly = true)
    public Map<Long, UnitView> byIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return views(units.findByIdIn(ids)).stream().collect(Collectors.toMap(UnitView::id, Function.identity()));
    }

    /**
     * The unit with this code, creating it (and its department) when it does not exist yet, as
     * the project API and the importers do for tables of a unit not registered before. Only
     * roles that see every unit may create one.
     */
    @Transactional
    public UnitView findOrCreate(Caller caller, String code, String name, String departmentName) {
        Optional<Unit> existing = units.findByCode(code);
        if (existing.isPresent()) {
            if (!caller.canSee(existing.get().id())) {
                throw new ForbiddenException(Messages.text("unit.notYours", code));
            }
            return view(existing.get());
        }
        if (!caller.seesAllUnits()) {
            throw new ForbiddenException(Messages.text("unit.createForbidden", code));
        }
        return create(caller, new UnitForm(code, name, departmentName));
    }

    @Transactional
    public UnitView create(Caller caller, UnitForm form) {
        List<Problem> problems = validate(form);
        // a missing code is already a problem; looking it up would ask the repository for a null code
        if (trim(form.code()) != null && units.findByCode(trim(form.code())).isPresent()) {
            problems.add(new Problem("code", Messages.text("unit.codeTaken", form.code())));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        Unit saved = units.save(new Unit(null, trim(form.code()), trim(form.name()), departmentId(form.departmentName())));
        UnitView view = view(saved);
        audit.created(caller, record(view), snapshot(view));
        return view;
    }

    @Transactional
    public UnitView update(Caller caller, String code, UnitForm form) {
        Unit current = units.findByCode(code).orElseThrow(() -> new NotFoundException("unit " + code));
        List<Problem> problems = validate(new UnitForm(code, form.name(), form.departmentName()));
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UnitView before = view(current);
        Unit saved = units.update(new Unit(current.id(), current.code(), trim(form.name()), departmentId(form.departmentName())));
        UnitView after = view(saved);
        audit.updated(caller, record(after), snapshot(before), snapshot(after));
        return after;
    }

    private List<Problem> validate(UnitForm form) {
        List<Problem> problems = new ArrayList<>();
        String code = trim(form.code());
        if (code == null) {
            problems.add(new Problem("code", Messages.text("unit.codeRequired")));
        } else if (!CODE.matcher(code).matches()) {
            problems.add(new Problem("code", Messages.text("unit.codeInvalid", code)));
        }
        String name = trim(form.name());
        if (name == null) {
            problems.add(new Problem("name", Messages.text("unit.nameRequired")));
        } else {
            TextLimit.UNIT_NAME.check(name, "name", Messages.text("field.unitName"), problems);
        }
        TextLimit.DEPARTMENT_NAME.check(trim(form.departmentName()), "departmentName", Messages.text("field.departmentName"), problems);
        return problems;
    }

    private Long departmentId(String name) {
        String trimmed = trim(name);
        if (trimmed == null) {
            return null;
        }
        return departments.findByName(trimmed)
                .orElseGet(() -> departments.save(new Department(null, trimmed)))
                .id();
    }

    private UnitView view(Unit unit) {
        return views(List.of(unit)).get(0);
    }

    private List<UnitView> views(List<Unit> list) {
        Map<Long, String> departmentNames = new LinkedHashMap<>();
        List<Long> ids = list.stream().map(Unit::departmentId).filter(java.util.Objects::nonNull).distinct().toList();
        if (!ids.isEmpty()) {
            departments.findByIdIn(ids).forEach(d -> departmentNames.put(d.id(), d.name()));
        }
        return list.stream()
                .map(u -> new UnitView(u.id(), u.code(), u.name(), departmentNames.get(u.departmentId())))
                .toList();
    }

    private static AuditedRecord record(UnitView unit) {
        return new AuditedRecord("UNIT", unit.id(), unit.label(), unit.id());
    }

    private static Map<String, Object> snapshot(UnitView unit) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", unit.code());
        m.put("name", unit.name());
        m.put("departmentName", unit.departmentName());
        return m;
    }

    private static String trim(String s) {
        if (s == null) {
            return null;
        }
        String t = s.strip();
        return t.isEmpty() ? null : t;
    }
}
