package fr.mssante.advisor.cli;

import fr.mssante.advisor.setup.ReadLimits;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.TypeConversionException;

/** {@code --max-file-size}: the one reading limit a user may need to raise (see {@link ReadLimits}). */
final class ReadLimitOptions {

    @Option(names = "--max-file-size", paramLabel = "SIZE", converter = SizeConverter.class,
            description = {"Taille maximale d'un fichier de configuration (défaut 10M ; 500k, 20M, 1G, ou en octets).",
                    "Largest setup file read (default 10M)."})
    Long maxFileBytes;

    ReadLimits limits() {
        return maxFileBytes == null ? ReadLimits.DEFAULTS : ReadLimits.DEFAULTS.withMaxFileBytes(maxFileBytes);
    }

    /** {@code 1048576}, {@code 500k}, {@code 20M}, {@code 20MiB}, {@code 1G} (powers of 1024). */
    static final class SizeConverter implements ITypeConverter<Long> {

        private static final Pattern SIZE = Pattern.compile("(\\d{1,12})\\s*([kmg]?)(?:i?b|o)?");

        @Override
        public Long convert(String value) {
            Matcher m = SIZE.matcher(value.trim().toLowerCase(Locale.ROOT));
            if (!m.matches() || Long.parseLong(m.group(1)) == 0) {
                throw new TypeConversionException("« " + value + " » : taille attendue, par exemple 500k, 20M ou 1G"
                        + " / expected a size such as 500k, 20M or 1G");
            }
            long unit = switch (m.group(2)) {
                case "k" -> 1024L;
                case "m" -> 1024L * 1024;
                case "g" -> 1024L * 1024 * 1024;
                default -> 1L;
            };
            return Long.parseLong(m.group(1)) * unit;
        }
    }
}
