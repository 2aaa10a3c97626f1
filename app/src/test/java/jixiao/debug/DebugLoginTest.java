package jixiao.debug;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import jixiao.testing.Http;
import jixiao.testing.World;
import org.junit.jupiter.api.Test;
import java.util.List;
import java.util.Map;

@MicronautTest
class DebugLoginTest {
    @Inject EmbeddedServer server;
    @Test
    void debug() {
        World world = new World(server.getURL().toString());
        String u = world.unit("甲");
        String user = world.user("BUREAU", List.of(u));
        Http b = Http.browser(server.getURL().toString());
        Http.Response g = b.get("/login");
        System.out.println("GET " + g.status() + " " + g.headers().get("set-cookie") + " token=" + b.csrfToken());
        Http.Response p = b.postForm("/login", Map.of("username", user, "password", World.PASSWORD, "next", "/projects"));
        System.out.println("POST " + p.status() + " " + p.headers() + " body=" + p.body());
    }
}
