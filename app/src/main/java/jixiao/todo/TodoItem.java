package jixiao.todo;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One line of a to-do list, the same for the page and {@code GET /api/me/todo}.
 *
 * @param due         the deadline it is about, when there is one
 * @param daysLeft    days from today to {@code due}; negative when overdue
 * @param since       since when it waits for the caller (a submitted report awaiting review)
 * @param waitingDays days from {@code since} to today
 * @param detail      what the line carries besides its title: a return's comment, an alert's sentence
 */
@Serdeable
public record TodoItem(
        TodoKind kind,
        String title,
        @Nullable String unitCode,
        @Nullable Long projectId,
        @Nullable String period,
        @Nullable LocalDate due,
        String href,
        @Nullable Integer daysLeft,
        @Nullable LocalDate since,
        @Nullable Integer waitingDays,
        @Nullable String detail) {

    /**
     * Most urgent first: by kind, then the earliest deadline (or the longest wait), then the title. Equal dates keep
     * the order the query gave (severity for alerts).
     */
    static final Comparator<TodoItem> URGENCY = Comparator.comparingInt((TodoItem i) -> i.kind().rank())
            .thenComparing(TodoItem::when, Comparator.nullsLast(Comparator.naturalOrder()));

    private LocalDate when() {
        return due != null ? due : since;
    }

    public String kindLabel() {
        return kind.label();
    }

    /** The list's "期限" column: 还剩 3 天, 逾期 2 天, 已等待 4 天. */
    public String urgency() {
        return TodoTexts.urgency(this);
    }
}
