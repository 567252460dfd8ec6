package fr.mssante.advisor.extract;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * The bytes of an extract: the file itself, or the single entry of the ZIP it is (the Annuaire Santé
 * serves its mailbox extraction zipped). Whether a ZIP is acceptable is the reader's choice.
 */
final class OpenedExtract implements Closeable {

    private final InputStream in;
    private final String zipEntry;
    private final ZipFile zip;

    private OpenedExtract(InputStream in, String zipEntry, ZipFile zip) {
        this.in = in;
        this.zipEntry = zipEntry;
        this.zip = zip;
    }

    /** The content, buffered. */
    InputStream stream() {
        return in;
    }

    /** The ZIP entry read, or null for a plain file. */
    String zipEntry() {
        return zipEntry;
    }

    static boolean isZip(byte[] head) {
        return head.length >= 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
    }

    /** Opens the file; a ZIP is unwrapped to its single entry (or its only {@code .txt} entry). */
    static OpenedExtract open(Path file) {
        try {
            InputStream raw = new BufferedInputStream(newInputStream(file), 1 << 16);
            raw.mark(4);
            byte[] head = raw.readNBytes(4);
            raw.reset();
            if (!isZip(head)) {
                return new OpenedExtract(raw, null, null);
            }
            raw.close();
            ZipFile zip = new ZipFile(file.toFile());
            ZipEntry entry = entryOf(file, zip);
            return new OpenedExtract(new BufferedInputStream(zip.getInputStream(entry), 1 << 16), entry.getName(), zip);
        } catch (ZipException e) {
            throw ExtractException.of(ExtractException.Kind.BROKEN, file, file + " : archive ZIP abîmée ou incomplète.",
                    file + ": damaged or incomplete ZIP archive.");
        } catch (IOException e) {
            throw failure(file, e);
        }
    }

    /** The file's raw bytes; a folder, a missing or forbidden file is an {@link ExtractException}. */
    static InputStream newInputStream(Path file) throws IOException {
        if (Files.isDirectory(file)) {
            throw ExtractException.of(ExtractException.Kind.UNREADABLE, file,
                    file + " : c'est un dossier ; donnez le fichier de l'extraction lui-même.",
                    file + ": this is a folder; give the extract file itself.");
        }
        return Files.newInputStream(file);
    }

    /** The sentence for a file that cannot be read. */
    static ExtractException failure(Path file, IOException e) {
        if (e instanceof NoSuchFileException) {
            return ExtractException.of(ExtractException.Kind.UNREADABLE, file, file + " : fichier introuvable.",
                    file + ": file not found.");
        }
        if (e instanceof AccessDeniedException) {
            return ExtractException.of(ExtractException.Kind.UNREADABLE, file,
                    file + " : lecture refusée (droits du fichier).", file + ": permission denied.");
        }
        return ExtractException.of(ExtractException.Kind.UNREADABLE, file, file + " : illisible (" + e.getMessage() + ").",
                file + ": unreadable (" + e.getMessage() + ").");
    }

    private static ZipEntry entryOf(Path file, ZipFile zip) throws IOException {
        List<? extends ZipEntry> files = Collections.list(zip.entries()).stream().filter(e -> !e.isDirectory()).toList();
        List<? extends ZipEntry> texts = files.stream()
                .filter(e -> e.getName().toLowerCase(Locale.ROOT).endsWith(".txt")).toList();
        if (files.size() == 1) {
            return files.get(0);
        }
        if (texts.size() == 1) {
            return texts.get(0);
        }
        String names = String.join(", ", files.stream().limit(5).map(ZipEntry::getName).toList())
                + (files.size() > 5 ? ", …" : "");
        zip.close();
        if (texts.isEmpty()) {
            throw ExtractException.of(ExtractException.Kind.WRONG_FILE, file,
                    file + " : l'archive ZIP ne contient aucun fichier .txt (" + (files.isEmpty() ? "elle est vide" : names)
                            + ") ; l'extraction publiée en contient un seul.",
                    file + ": the ZIP archive holds no .txt file (" + (files.isEmpty() ? "it is empty" : names)
                            + "); the published extract holds exactly one.");
        }
        throw ExtractException.of(ExtractException.Kind.WRONG_FILE, file,
                file + " : l'archive ZIP contient plusieurs fichiers .txt (" + names
                        + ") ; décompressez-la et donnez celui de l'extraction.",
                file + ": the ZIP archive holds several .txt files (" + names + "); unzip it and give the extract's one.");
    }

    @Override
    public void close() throws IOException {
        in.close();
        if (zip != null) {
            zip.close();
        }
    }
}
