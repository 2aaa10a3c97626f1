package jixiao.todo;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code {"items":[…]}}, most urgent first.
 *
 * @param truncated whether lines beyond {@code jixiao.notifications.todo-limit} of a kind were left out (its least
 *                  urgent)
 * @param limit     that limit
 */
@Serdeable
public record TodoList(LocalDate today, List<TodoItem> items, boolean truncated, int limit) {
}
