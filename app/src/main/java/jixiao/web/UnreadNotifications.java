package jixiao.web;

/** The count beside the bell in every page's header; the notification feature provides it. */
public interface UnreadNotifications {

    /** The person's unread notifications, counted up to {@link #MAX_COUNTED} (the bell shows 99+ beyond). */
    int count(long userId);

    int MAX_COUNTED = 100;
}
