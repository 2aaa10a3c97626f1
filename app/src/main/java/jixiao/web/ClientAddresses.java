package jixiao.web;

import io.micronaut.http.HttpRequest;
import jakarta.inject.Singleton;
import jixiao.account.SecuritySettings;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The address a request came from. {@code X-Forwarded-For} is believed only when the connection comes from a
 * configured proxy ({@code jixiao.security.trusted-proxies}), and then only up to the first address that is not
 * a trusted proxy itself: otherwise any client could name its own address and escape the login back-off, or
 * write someone else's address into the audit trail.
 */
@Singleton
public class ClientAddresses {

    private static final int MAX_LENGTH = 64;
    private final SecuritySettings settings;

    public ClientAddresses(SecuritySettings settings) {
        this.settings = settings;
    }

    public String of(HttpRequest<?> request) {
        String peer = peer(request);
        List<String> forwarded = new ArrayList<>();
        for (String header : request.getHeaders().getAll("X-Forwarded-For")) {
            for (String part : header.split(",")) {
                if (!part.isBlank()) {
                    forwarded.add(part.strip());
                }
            }
        }
        return resolve(peer, forwarded, settings.getTrustedProxies());
    }

    /**
     * The host the browser asked for: the {@code Host} header, or behind a trusted proxy that rewrites it, the
     * proxy's {@code X-Forwarded-Host}.
     */
    public List<String> requestedHosts(HttpRequest<?> request) {
        List<String> hosts = new ArrayList<>();
        String host = request.getHeaders().get("Host");
        if (host != null) {
            hosts.add(host.strip());
        }
        String forwardedHost = request.getHeaders().get("X-Forwarded-Host");
        if (forwardedHost != null && settings.getTrustedProxies().contains(peer(request))) {
            hosts.add(forwardedHost.split(",")[0].strip());
        }
        return hosts;
    }

    private static String peer(HttpRequest<?> request) {
        InetSocketAddress remote = request.getRemoteAddress();
        return remote == null ? "unknown"
                : remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
    }

    /** From the connection's peer back along {@code X-Forwarded-For}, the first address that is not a trusted proxy. */
    public static String resolve(String peer, List<String> forwardedFor, Set<String> trustedProxies) {
        String current = peer;
        for (int i = forwardedFor.size() - 1; i >= 0 && trustedProxies.contains(current); i--) {
            current = forwardedFor.get(i);
        }
        return current.length() > MAX_LENGTH ? current.substring(0, MAX_LENGTH) : current;
    }
}
