package fr.mssante.advisor.serve;

import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * {@code GET /healthz}: 200 once the service answers (it listens only once its pack is loaded), for
 * a supervisor or a load balancer. Open without the token: it says nothing but that it is up.
 */
final class HealthHandler implements Handler {

    @Override
    public void handle(Context ctx) {
        ctx.header("Cache-Control", "no-store").contentType(MediaTypes.ofReport("json")).result("{\"status\": \"ok\"}\n");
    }
}
