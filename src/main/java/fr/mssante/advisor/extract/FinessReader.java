package fr.mssante.advisor.extract;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.function.Consumer;

/**
 * Streams either FINESS publication, told apart by its content (not its name): the legacy Etalab CSV
 * ({@code finess;etalab;…} first line) or the new daily JSON flux (an object with {@code pmej}).
 */
public final class FinessReader {

    static final String NAME_FR = "l'extraction FINESS (fichier Etalab .csv ou flux JSON)";
    static final String NAME_EN = "the FINESS extract (Etalab .csv file or JSON flux)";

    private final Progress progress;

    public FinessReader(Progress progress) {
        this.progress = progress;
    }

    /**
     * Hands every well-formed establishment to {@code sink}, in file order, open or closed.
     *
     * @throws ExtractException when the file is missing, broken, or not a FINESS publication
     */
    public FinessReading read(Path file, Consumer<FinessEstablishment> sink) {
        Sniffer.Sniff sniff = Sniffer.expect(file, EnumSet.of(ExtractKind.FINESS_CSV, ExtractKind.FINESS_JSON), false,
                NAME_FR, NAME_EN);
        return sniff.kind() == ExtractKind.FINESS_JSON ? FinessJsonReader.read(file, progress, sink)
                : FinessCsvReader.read(file, progress, sink);
    }
}
