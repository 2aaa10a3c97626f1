package jixiao.mail;

import java.time.LocalDateTime;

/** A claimed row of the outbox. {@code attempts} counts the attempt being made. */
record OutboxMail(long id, String address, String subject, String body, int attempts, LocalDateTime createdAt) {
}
