package fr.mssante.advisor.directory;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Streams the establishments of the FINESS extraction ({@code etalab-cs1100507-stock-…csv}):
 * {@code ;}-separated without quoting, a first line {@code finess;etalab;…}, establishment lines
 * starting with {@code structureet} and holding 32 fields, other lines ({@code geolocalisation;…})
 * skipped. UTF-8 or Latin-1, detected ({@link TextLines}).
 */
public final class FinessExtractReader {

    /** Fields of a {@code structureet} line. */
    static final int FIELDS = 32;
    private static final int NOFINESSET = 1;
    private static final int RS = 3;
    private static final int RSLONGUE = 4;
    private static final int DEPARTEMENT = 13;
    private static final int LIBDEPARTEMENT = 14;
    private static final int CATEGETAB = 18;
    private static final int LIBCATEGETAB = 19;
    private static final int PROGRESS_EVERY = 20_000;

    /**
     * What a reading saw.
     *
     * @param lines          every line of the file
     * @param establishments well-formed {@code structureet} lines
     */
    public record Result(Charset charset, long lines, long establishments, MalformedLines malformed) {
    }

    /** Reads {@code file} and hands every well-formed establishment to {@code sink}, in file order. */
    public Result read(Path file, Consumer<FinessEstablishment> sink, Progress progress) {
        MalformedLines malformed = new MalformedLines();
        long establishments = 0;
        Fields f = new Fields(';');
        try (InputStream in = Files.newInputStream(file); TextLines lines = new TextLines(in)) {
            for (String line = lines.next(); line != null; line = lines.next()) {
                long n = lines.lineNumber();
                if (n % PROGRESS_EVERY == 0) {
                    progress.update("FINESS", n);
                }
                if (!line.startsWith("structureet;")) {
                    continue; // the header, geolocalisation lines…
                }
                f.parse(line);
                String finess = f.count() == FIELDS ? f.get(NOFINESSET) : "";
                if (finess.isEmpty()) {
                    malformed.add(n);
                    continue;
                }
                String name = f.get(RS).isEmpty() ? f.get(RSLONGUE) : f.get(RS);
                sink.accept(new FinessEstablishment(finess, name, f.get(CATEGETAB), f.get(LIBCATEGETAB),
                        f.get(DEPARTEMENT), f.get(LIBDEPARTEMENT)));
                establishments++;
            }
            return new Result(lines.charset(), lines.lineNumber(), establishments, malformed);
        } catch (NoSuchFileException e) {
            throw new ExtractException(file, "fichier introuvable / file not found");
        } catch (IOException e) {
            throw new ExtractException(file, "illisible / unreadable: " + e.getMessage());
        }
    }
}
