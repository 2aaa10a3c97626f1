package jixiao.todo;

import io.micronaut.serde.annotation.Serdeable;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code {"items":[…]}}, most urgent first.
 *
 * @param truncated whether lines beyond {@code jixiao.notifications.todo-limit} were left out (the least urgent)
 */
@Serdeable
public record TodoList(LocalDate today, List<TodoItem> items, boolean truncated) {
}
