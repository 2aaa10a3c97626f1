package jixiao.mail;

import io.micronaut.email.javamail.sender.SessionProvider;
import jakarta.inject.Singleton;
import jakarta.mail.Authenticator;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;

import java.util.Properties;

/**
 * The Jakarta Mail session of micronaut-email's sender, built from {@link SmtpSettings}. In place of
 * micronaut-email's own (javamail.properties), which takes the JVM-wide default session: that one
 * keeps the settings of whoever asked first.
 */
@Singleton
class SmtpSessionProvider implements SessionProvider {

    private final Session session;

    SmtpSessionProvider(SmtpSettings smtp) {
        this.session = Session.getInstance(properties(smtp), smtp.authenticated() ? new Authenticator() {
            @Override
            protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(smtp.getUsername(), smtp.getPassword());
            }
        } : null);
    }

    @Override
    public Session session() {
        return session;
    }

    static Properties properties(SmtpSettings smtp) {
        Properties p = new Properties();
        p.setProperty("mail.transport.protocol", "smtp");
        p.setProperty("mail.smtp.host", smtp.getHost());
        p.setProperty("mail.smtp.port", String.valueOf(smtp.getPort()));
        p.setProperty("mail.smtp.from", smtp.getFrom());
        p.setProperty("mail.smtp.connectiontimeout", String.valueOf(smtp.getConnectTimeout().toMillis()));
        p.setProperty("mail.smtp.timeout", String.valueOf(smtp.getTimeout().toMillis()));
        p.setProperty("mail.smtp.writetimeout", String.valueOf(smtp.getTimeout().toMillis()));
        p.setProperty("mail.smtp.auth", String.valueOf(smtp.authenticated()));
        if (smtp.isStarttls()) {
            // Required, not merely enabled: credentials must not go out in clear when the server
            // stops offering STARTTLS.
            p.setProperty("mail.smtp.starttls.enable", "true");
            p.setProperty("mail.smtp.starttls.required", "true");
        }
        p.setProperty("mail.mime.charset", "UTF-8");
        return p;
    }
}
