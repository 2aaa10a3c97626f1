package jixiao.scheduler;

/**
 * What the deadline reminder job runs: the application tells bureau clerks of reporting deadlines a few days
 * ahead. Implementations must be idempotent: a job fired twice the same day tells nobody twice.
 */
public interface DeadlineReminders {

    /** Reminds of the deadlines due from today (the application clock's date); returns how many were told. */
    int remind();
}
