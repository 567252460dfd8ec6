package fr.mssante.advisor.extract;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a reading of the mailbox extraction saw.
 *
 * @param zipEntry    the ZIP entry read, null for a plain text file
 * @param publishedOn the extraction date in the file's (or entry's) name, or null
 * @param lines       every line, the header included
 * @param columns     columns of the header (31 today)
 * @param mailboxes   well-formed mailbox lines
 * @param withFiness  those whose structure is identified by a FINESS
 */
public record MailboxReading(Path file, String zipEntry, Charset charset, LocalDate publishedOn, long lines,
                             int columns, long mailboxes, long withFiness, MalformedLines malformed) {
}
