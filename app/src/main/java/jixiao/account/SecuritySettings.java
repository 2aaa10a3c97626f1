package jixiao.account;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;

@ConfigurationProperties("jixiao.security")
public class SecuritySettings {

    /** A session unused this long is over. */
    private Duration sessionIdleTimeout = Duration.ofMinutes(30);
    /** Failed logins in a row before the account is locked for {@link #lockout}. */
    private int maxFailedLogins = 5;
    private Duration lockout = Duration.ofMinutes(15);
    /** Send the session cookie with Secure; null = only when the request came over HTTPS. */
    private Boolean secureCookie;

    public Duration getSessionIdleTimeout() { return sessionIdleTimeout; }
    public void setSessionIdleTimeout(Duration d) { this.sessionIdleTimeout = d; }
    public int getMaxFailedLogins() { return maxFailedLogins; }
    public void setMaxFailedLogins(int n) { this.maxFailedLogins = n; }
    public Duration getLockout() { return lockout; }
    public void setLockout(Duration d) { this.lockout = d; }
    public Boolean getSecureCookie() { return secureCookie; }
    public void setSecureCookie(Boolean b) { this.secureCookie = b; }
}
