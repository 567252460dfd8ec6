package fr.mssante.advisor.serve;

import fr.mssante.advisor.setup.read.Sizes;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * A request body read into memory, never to disk, and never beyond a limit: a declared length over it is
 * refused before anything is read, a body that grows past it is cut there (413).
 */
final class Bodies {

    private Bodies() {
    }

    /** At most {@code limit} bytes; {@code what} names the limit in the 413 ("un fichier", "un envoi"…). */
    static byte[] read(Context ctx, long limit, String whatFr, String whatEn) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            throw tooLarge(limit, whatFr, whatEn);
        }
        try (InputStream in = ctx.bodyInputStream()) {
            byte[] body = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
            if (body.length > limit) {
                throw tooLarge(limit, whatFr, whatEn);
            }
            return body;
        } catch (IOException e) {
            if (causedBy(e, TimeoutException.class)) {
                throw new ProblemException(Problem.REQUEST_TIMEOUT,
                        "L'envoi s'est interrompu ou est arrivé trop lentement ; réessayez.",
                        "The upload stopped or arrived too slowly; try again.");
            }
            throw new ProblemException(Problem.BAD_REQUEST, "L'envoi a été coupé avant sa fin ; réessayez.",
                    "The upload was cut before its end; try again.");
        }
    }

    static ProblemException tooLarge(long limit, String whatFr, String whatEn) {
        return new ProblemException(Problem.TOO_LARGE,
                "La taille permise pour " + whatFr + " est de " + Sizes.fr(limit) + " ; un fichier de configuration"
                        + " réel pèse quelques Kio. Pour un fichier plus gros : serve --max-file-size.",
                "The size allowed for " + whatEn + " is " + Sizes.en(limit) + "; a real setup file weighs a few"
                        + " KiB. For a larger file: serve --max-file-size.",
                Map.of("limit", limit));
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
