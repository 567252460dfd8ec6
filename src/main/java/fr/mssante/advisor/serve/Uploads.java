package fr.mssante.advisor.serve;

import fr.mssante.advisor.setup.read.Sizes;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;

/**
 * The files of a {@code multipart/form-data} upload, parsed by Jetty's own parser from a body already read
 * within its limit, every part kept in memory (nothing is ever written to a temporary file). Each file is
 * named by its file name without any folder (a browser may send a full path, which can hold a user's name);
 * two files of the same name are told apart as {@code name (2)}. A part that is not a file, a file over the
 * size limit and too many files are refused by name, never dropped.
 */
final class Uploads {

    /** One file of the upload; {@code json} from its part's {@code Content-Type}, else its name's ending. */
    record Upload(String name, byte[] content, boolean json) {
    }

    private Uploads() {
    }

    static List<Upload> read(Context ctx, ServeConfig.Limits limits) {
        MediaTypes.requireMultipart(ctx.contentType());
        String boundary = MediaTypes.parameter(ctx.contentType(), "boundary");
        if (boundary == null || boundary.isEmpty()) {
            throw bad("Le type multipart/form-data n'a pas de paramètre « boundary ».",
                    "The multipart/form-data type has no « boundary » parameter.");
        }
        byte[] body = Bodies.read(ctx, limits.maxUploadBytes(), "un envoi de fichiers", "one upload");
        MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
        parser.setMaxMemoryFileSize(-1);   // in memory: never a temporary file
        parser.setUseFilesForPartsWithoutFileName(false);
        MultiPartFormData.Parts parts;
        try {
            parts = parser.parse(new ByteBufferContentSource(ByteBuffer.wrap(body))).get();
        } catch (ExecutionException e) {
            throw bad("L'envoi multipart/form-data est mal formé ; envoyez les fichiers comme le fait un formulaire"
                    + " (curl -F fichier=@ehpad.yaml).", "The multipart/form-data upload is malformed; send the files"
                    + " as a form does (curl -F file=@ehpad.yaml).");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw bad("Envoi interrompu.", "Upload interrupted.");
        }
        try (parts) {
            return files(parts, limits);
        }
    }

    private static List<Upload> files(MultiPartFormData.Parts parts, ServeConfig.Limits limits) {
        List<Upload> files = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (MultiPart.Part part : parts) {
            String fileName = part.getFileName();
            if (fileName == null) {
                throw bad("La partie « " + part.getName() + " » n'est pas un fichier ; les paramètres (asOf, lang,"
                        + " format) se donnent dans l'adresse, par exemple ?lang=en.", "The part « " + part.getName()
                        + " » is not a file; parameters (asOf, lang, format) go in the address, e.g. ?lang=en.");
            }
            if (fileName.isEmpty() && part.getLength() == 0) {
                continue;   // a form's file field left empty: no file was chosen
            }
            if (files.size() == limits.maxFiles()) {
                throw new ProblemException(Problem.TOO_MANY_FILES,
                        "Un envoi compte au plus " + limits.maxFiles() + " fichiers ; envoyez-les en plusieurs fois,"
                                + " ou auditez le dossier en ligne de commande.",
                        "One upload holds at most " + limits.maxFiles() + " files; send them in several uploads, or"
                                + " audit the folder on the command line.", Map.of("limit", limits.maxFiles()));
            }
            String name = baseName(fileName);
            if (part.getLength() > limits.maxFileBytes()) {
                throw new ProblemException(Problem.TOO_LARGE,
                        "« " + name + " » dépasse la taille permise pour un fichier (" + Sizes.fr(limits.maxFileBytes())
                                + ").", "« " + name + " » is larger than a file may be ("
                                + Sizes.en(limits.maxFileBytes()) + ").", Map.of("limit", limits.maxFileBytes()));
            }
            int n = seen.merge(name, 1, Integer::sum);
            String source = n == 1 ? name : name + " (" + n + ")";
            files.add(new Upload(source, bytes(part), isJson(part, name)));
        }
        if (files.isEmpty()) {
            throw bad("L'envoi ne contient aucun fichier.", "The upload holds no file.");
        }
        return files;
    }

    private static byte[] bytes(MultiPart.Part part) {
        try {
            ByteBuffer content = Content.Source.asByteBuffer(part.createContentSource());
            byte[] out = new byte[content.remaining()];
            content.get(out);
            return out;
        } catch (IOException e) {
            throw bad("Un fichier de l'envoi n'a pas pu être lu.", "A file of the upload could not be read.");
        }
    }

    private static boolean isJson(MultiPart.Part part, String name) {
        Boolean byType = MediaTypes.SETUP_TYPES.get(MediaTypes.essence(part.getHeaders().get(HttpHeader.CONTENT_TYPE)));
        return byType != null ? byType : name.toLowerCase(Locale.ROOT).endsWith(".json");
    }

    /** The name without the folders a client may have sent with it; "fichier" when nothing is left. */
    static String baseName(String fileName) {
        String name = fileName.substring(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1).strip();
        return name.isEmpty() ? "fichier" : name;
    }

    private static ProblemException bad(String fr, String en) {
        return new ProblemException(Problem.BAD_MULTIPART, fr, en);
    }
}
