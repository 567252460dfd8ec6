package fr.mssante.advisor.extract;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What a reading of a FINESS publication saw.
 *
 * @param publishedOn     the CSV's first line date, the flux's {@code generatedAt}; null when absent
 * @param lines           lines of the file
 * @param establishments  well-formed establishments (open or not)
 * @param geolocations    {@code geolocalisation} lines skipped (CSV only)
 * @param legalEntities   {@code pmej} objects (JSON flux only)
 */
public record FinessReading(Path file, FinessPublication publication, Charset charset, LocalDate publishedOn,
                            long lines, long establishments, long geolocations, long legalEntities,
                            MalformedLines malformed) {
}
