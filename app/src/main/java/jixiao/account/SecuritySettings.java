package jixiao.account;

import io.micronaut.context.annotation.ConfigurationProperties;

import java.time.Duration;
import java.util.List;
import java.util.Set;

@ConfigurationProperties("jixiao.security")
public class SecuritySettings {

    /** A session unused this long is over. */
    private Duration sessionIdleTimeout = Duration.ofMinutes(30);
    /** Failed logins in a row before the account is locked for {@link #lockout}. */
    private int maxFailedLogins = 5;
    private Duration lockout = Duration.ofMinutes(15);
    /** Failed logins from one address before it must wait; then the wait doubles with each failure. */
    private int addressFreeFailures = 10;
    private Duration addressBackoff = Duration.ofSeconds(1);
    private Duration addressBackoffMax = Duration.ofMinutes(15);
    /** Failures older than this no longer count against an address. */
    private Duration failureWindow = Duration.ofMinutes(15);
    /** Proxies whose X-Forwarded-For is believed (exact addresses); none by default. */
    private Set<String> trustedProxies = Set.of();
    /** Whoever submitted a report or self-evaluation may not approve it too. */
    private boolean fourEyes = true;
    /** Whether scripts may still send a username and password (HTTP Basic); personal API tokens always work. */
    private boolean basicAuth = true;
    /** Send the session cookie with Secure; null = only when the request came over HTTPS. */
    private Boolean secureCookie;

    public Duration getSessionIdleTimeout() { return sessionIdleTimeout; }
    public void setSessionIdleTimeout(Duration d) { this.sessionIdleTimeout = d; }
    public int getMaxFailedLogins() { return maxFailedLogins; }
    public void setMaxFailedLogins(int n) { this.maxFailedLogins = n; }
    public Duration getLockout() { return lockout; }
    public void setLockout(Duration d) { this.lockout = d; }
    public int getAddressFreeFailures() { return addressFreeFailures; }
    public void setAddressFreeFailures(int n) { this.addressFreeFailures = n; }
    public Duration getAddressBackoff() { return addressBackoff; }
    public void setAddressBackoff(Duration d) { this.addressBackoff = d; }
    public Duration getAddressBackoffMax() { return addressBackoffMax; }
    public void setAddressBackoffMax(Duration d) { this.addressBackoffMax = d; }
    public Duration getFailureWindow() { return failureWindow; }
    public void setFailureWindow(Duration d) { this.failureWindow = d; }
    public Set<String> getTrustedProxies() { return trustedProxies; }
    public void setTrustedProxies(List<String> proxies) { this.trustedProxies = Set.copyOf(proxies); }
    public boolean isFourEyes() { return fourEyes; }
    public void setFourEyes(boolean b) { this.fourEyes = b; }
    public boolean isBasicAuth() { return basicAuth; }
    public void setBasicAuth(boolean b) { this.basicAuth = b; }
    public Boolean getSecureCookie() { return secureCookie; }
    public void setSecureCookie(Boolean b) { this.secureCookie = b; }
}
