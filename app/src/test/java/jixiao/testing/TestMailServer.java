package jixiao.testing;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A real SMTP server (GreenMail) on a free loopback port, which a test starts, stops and starts again on the same
 * port, and the application's settings that send to it. Other tests' mail may arrive too (one database), so mail is
 * looked up by its recipient.
 */
public final class TestMailServer implements AutoCloseable {

    private final int port = freePort();
    private GreenMail smtp;

    /** The application's jixiao.smtp.* settings for this server, with the sender's own firings an hour apart. */
    public Map<String, String> settings(String from) {
        return Map.of(
                "jixiao.smtp.host", "127.0.0.1",
                "jixiao.smtp.port", String.valueOf(port),
                "jixiao.smtp.from", from,
                "jixiao.smtp.connect-timeout", "3s",
                "jixiao.smtp.timeout", "5s",
                "jixiao.mail.send-interval", "1h",
                "jixiao.mail.digest-cron", "0 0 3 1 1 ? 2099");
    }

    public int port() {
        return port;
    }

    public void start() {
        smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    public void stop() {
        if (smtp != null) {
            smtp.stop();
        }
    }

    public void reset() {
        smtp.reset();
    }

    @Override
    public void close() {
        stop();
    }

    public List<MimeMessage> receivedBy(String address) {
        List<MimeMessage> mine = new ArrayList<>();
        try {
            for (MimeMessage m : smtp.getReceivedMessages()) {
                for (Address to : m.getRecipients(Message.RecipientType.TO)) {
                    if (to.toString().equals(address)) {
                        mine.add(m);
                    }
                }
            }
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
        return mine;
    }

    /** The mail to that address, once as many as expected have arrived (at most a minute). */
    public List<MimeMessage> await(String address, int count) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
        List<MimeMessage> mine = receivedBy(address);
        while (mine.size() < count) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no mail to " + address + " within a minute");
            }
            Thread.sleep(100);
            mine = receivedBy(address);
        }
        return mine;
    }

    /** The text/plain part, decoded. */
    public static String text(Part part) throws MessagingException, IOException {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String text = text(multipart.getBodyPart(i));
                if (text != null) {
                    return text;
                }
            }
        }
        return null;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
