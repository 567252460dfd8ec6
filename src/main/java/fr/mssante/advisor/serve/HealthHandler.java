package fr.mssante.advisor.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /healthz}: 200 once the service is ready (its pack loaded), 503 before, for a supervisor or a
 * load balancer. Open without the token: it says nothing but whether it is up.
 */
final class HealthHandler implements Handler {

    private final ServingPack pack;

    HealthHandler(ServingPack pack) {
        this.pack = pack;
    }

    @Override
    public void handle(Context ctx) {
        pack.current();   // 503 while the rules load
        ctx.header("Cache-Control", "no-store").contentType(MediaTypes.ofReport("json")).result("{\"status\": \"ok\"}\n");
    }
}
