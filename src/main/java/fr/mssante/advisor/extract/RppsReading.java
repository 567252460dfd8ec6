package fr.mssante.advisor.extract;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a reading of the RPPS activity extraction saw.
 *
 * @param publishedOn     the extraction date in the file's name, or null
 * @param lines           every line, the header included
 * @param columns         columns of the header (48, 52 or 56 by year)
 * @param activities      well-formed activity lines
 * @param withFinessSite  those with a {@code Numéro FINESS site}
 */
public record RppsReading(Path file, Charset charset, LocalDate publishedOn, long lines, int columns,
                          long activities, long withFinessSite, MalformedLines malformed) {
}
