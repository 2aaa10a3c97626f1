package jixiao.todo;

import jixiao.common.Messages;

/** The words of the to-do list, from the message bundle. */
final class TodoTexts {

    private TodoTexts() {
    }

    static String urgency(TodoItem item) {
        if (item.daysLeft() != null) {
            int d = item.daysLeft();
            return d < 0 ? Messages.text("todo.overdueDays", -d) : d == 0 ? Messages.text("todo.dueToday")
                    : Messages.text("todo.daysLeft", d);
        }
        if (item.waitingDays() != null) {
            return Messages.text("todo.waitingDays", item.waitingDays());
        }
        return "";
    }
}
