package jixiao.notification;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.util.List;

/**
 * {@code jixiao.notifications.*}: when people are reminded and how much the to-do list and the notification list
 * show. The reminder job's schedule, {@code reminder-cron}, is read by the scheduler module.
 */
@ConfigurationProperties("jixiao.notifications")
public class NotificationSettings {

    /** A deadline reminder is sent this many days before a reporting deadline, once for each number. */
    private List<Integer> deadlineDays = List.of(5, 1);
    /** A period's report is listed as due on the to-do list from this many days before its deadline. */
    private int todoDueDays = 30;
    /** Overdue reports are listed up to this many days after their deadline, so old years do not stay forever. */
    private int todoOverdueDays = 366;
    /** The most lines of each kind on a to-do list; the most urgent are kept. */
    private int todoLimit = 300;
    /** Notifications per page of the list and per API call. */
    private int pageSize = 50;

    public List<Integer> getDeadlineDays() { return deadlineDays; }
    public void setDeadlineDays(List<Integer> deadlineDays) { this.deadlineDays = List.copyOf(deadlineDays); }
    public int getTodoDueDays() { return todoDueDays; }
    public void setTodoDueDays(int todoDueDays) { this.todoDueDays = todoDueDays; }
    public int getTodoOverdueDays() { return todoOverdueDays; }
    public void setTodoOverdueDays(int todoOverdueDays) { this.todoOverdueDays = todoOverdueDays; }
    public int getTodoLimit() { return todoLimit; }
    public void setTodoLimit(int todoLimit) { this.todoLimit = todoLimit; }
    public int getPageSize() { return pageSize; }
    public void setPageSize(int pageSize) { this.pageSize = pageSize; }
}
