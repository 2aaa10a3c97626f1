package jixiao.mail;

import jixiao.common.Messages;

import java.util.List;

/** What the mail says around the notifications' own text: the footer, and the digest's layout. */
final class MailTexts {

    private MailTexts() {
    }

    /** A single mail: the notification's text and the footer. */
    static String single(String body) {
        return body.strip() + "\n\n" + Messages.text("mail.footer") + "\n";
    }

    static String digestSubject(int count) {
        return Messages.text("mail.digest.subject", count);
    }

    /** The held mail in the order it was written, numbered, each with its subject and text. */
    static String digestBody(List<OutboxMail> items) {
        StringBuilder b = new StringBuilder(Messages.text("mail.digest.intro", items.size())).append("\n\n");
        for (int i = 0; i < items.size(); i++) {
            OutboxMail item = items.get(i);
            b.append(i + 1).append(". ").append(item.subject().strip()).append('\n');
            for (String line : item.body().strip().split("\\R")) {
                b.append("   ").append(line).append('\n');
            }
            b.append('\n');
        }
        return b.append(Messages.text("mail.footer")).append('\n').toString();
    }
}
