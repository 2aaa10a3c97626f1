package jixiao.mail;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

/**
 * The SMTP server mail goes out through ({@code JIXIAO_SMTP_*}). Without a host no mail is sent:
 * the outbox keeps it, and it goes out once a host is configured.
 */
@ConfigurationProperties("jixiao.smtp")
public class SmtpSettings {

    private String host = "";
    private int port = 25;
    private String from = "";
    private String username = "";
    private String password = "";
    private boolean starttls;
    /** A server that does not answer must not hold the sender: every socket operation is bounded. */
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration timeout = Duration.ofSeconds(30);

    /** Both a host and a sender address; mail without a From is refused by most servers. */
    public boolean configured() {
        return !host.isBlank() && !from.isBlank();
    }

    public boolean authenticated() {
        return !username.isBlank();
    }

    public String getHost() { return host; }
    public void setHost(String host) { this.host = host == null ? "" : host.trim(); }
    public int getPort() { return port; }
    public void setPort(int port) { this.port = port; }
    public String getFrom() { return from; }
    public void setFrom(String from) { this.from = from == null ? "" : from.trim(); }
    public String getUsername() { return username; }
    public void setUsername(String username) { this.username = username == null ? "" : username.trim(); }
    public String getPassword() { return password; }
    public void setPassword(String password) { this.password = password == null ? "" : password; }
    public boolean isStarttls() { return starttls; }
    public void setStarttls(boolean starttls) { this.starttls = starttls; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getTimeout() { return timeout; }
    public void setTimeout(Duration timeout) { this.timeout = timeout; }
}
