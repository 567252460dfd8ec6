package fr.mssante.advisor.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Streams the RPPS activity extraction ({@link RppsFormat}): about 2.2 million lines, so a line is
 * split once and an activity is built only when its {@code Numéro FINESS site} is wanted. A line whose
 * field count is not the header's (its trailing {@code |} optional) or without {@code Identifiant PP}
 * is malformed: counted with its number, never fatal.
 */
public final class RppsReader {

    private static final int PROGRESS_EVERY = 200_000;

    private final Progress progress;

    public RppsReader(Progress progress) {
        this.progress = progress;
    }

    /** Every well-formed activity, in file order. */
    public RppsReading read(Path file, Consumer<RppsActivity> sink) {
        return read(file, site -> true, sink);
    }

    /**
     * The activities whose {@code Numéro FINESS site} (null when empty) {@code wanted} accepts.
     *
     * @throws ExtractException when the file is missing, another file (a ZIP included), or lacks a
     *                          required column
     */
    public RppsReading read(Path file, Predicate<String> wanted, Consumer<RppsActivity> sink) {
        Sniffer.expect(file, EnumSet.of(ExtractKind.RPPS_ACTIVITY), false, RppsFormat.NAME_FR, RppsFormat.NAME_EN);
        try (OpenedExtract opened = OpenedExtract.open(file); ByteLines lines = new ByteLines(opened.stream())) {
            LineDecoder decoder = new LineDecoder();
            SplitLine f = new SplitLine('|');
            ByteFields bytes = new ByteFields('|');
            Header header = new Header(f.parse(lines.next() ? decoder.decode(lines.buffer(), lines.start(), lines.end()) : ""));
            Columns c = new Columns(header, file);
            MalformedLines malformed = new MalformedLines();
            long activities = 0;
            long withSite = 0;
            while (lines.next()) {
                long n = lines.lineNumber();
                if (n % PROGRESS_EVERY == 0) {
                    progress.update("RPPS", n);
                }
                if (lines.end() == lines.start()) {
                    continue;
                }
                // Split as bytes: only the lines of a wanted site are decoded and built.
                bytes.parse(lines.buffer(), lines.start(), lines.end());
                if (bytes.countWithoutTrailing() != header.columns() || bytes.isBlank(c.ppId)) {
                    malformed.add(n);
                    continue;
                }
                activities++;
                String site = bytes.ascii(c.finessSite);
                if (site != null) {
                    withSite++;
                }
                if (wanted.test(site)) {
                    f.parse(decoder.decode(lines.buffer(), lines.start(), lines.end()));
                    sink.accept(c.activity(f, n, site));
                }
            }
            return new RppsReading(file, decoder.charset(), RppsFormat.dateInName(String.valueOf(file.getFileName())),
                    lines.lineNumber(), header.columns(), activities, withSite, malformed);
        } catch (IOException e) {
            throw OpenedExtract.failure(file, e);
        }
    }

    /** Distinct shared values kept at most (sites and legal entities are the many ones): past it, start again. */
    private static final int MAX_SHARED = 200_000;

    /** Where each column is in this file's header; -1 for an optional column it does not have. */
    private static final class Columns {
        final int ppIdType;
        final int ppId;
        final int nationalId;
        final int civilityCode;
        final int civilityLabel;
        final int lastName;
        final int firstName;
        final int professionCode;
        final int professionLabel;
        final int categoryCode;
        final int categoryLabel;
        final int savoirFaireTypeCode;
        final int savoirFaireCode;
        final int savoirFaireLabel;
        final int modeCode;
        final int modeLabel;
        final int finessSite;
        final int finessLegalEntity;
        final int siteName;
        final int departmentCode;
        final int departmentLabel;

        Columns(Header h, Path file) {
            for (Column required : RppsFormat.REQUIRED) {
                h.require(required, RppsFormat.ALL, file, RppsFormat.NAME_FR, RppsFormat.NAME_EN);
            }
            ppIdType = h.find(RppsFormat.PP_ID_TYPE);
            ppId = h.find(RppsFormat.PP_ID);
            nationalId = h.find(RppsFormat.NATIONAL_ID);
            civilityCode = h.find(RppsFormat.CIVILITY_CODE);
            civilityLabel = h.find(RppsFormat.CIVILITY_LABEL);
            lastName = h.find(RppsFormat.LAST_NAME);
            firstName = h.find(RppsFormat.FIRST_NAME);
            professionCode = h.find(RppsFormat.PROFESSION_CODE);
            professionLabel = h.find(RppsFormat.PROFESSION_LABEL);
            categoryCode = h.find(RppsFormat.CATEGORY_CODE);
            categoryLabel = h.find(RppsFormat.CATEGORY_LABEL);
            savoirFaireTypeCode = h.find(RppsFormat.SAVOIR_FAIRE_TYPE_CODE);
            savoirFaireCode = h.find(RppsFormat.SAVOIR_FAIRE_CODE);
            savoirFaireLabel = h.find(RppsFormat.SAVOIR_FAIRE_LABEL);
            modeCode = h.find(RppsFormat.MODE_CODE);
            modeLabel = h.find(RppsFormat.MODE_LABEL);
            finessSite = h.find(RppsFormat.FINESS_SITE);
            finessLegalEntity = h.find(RppsFormat.FINESS_LEGAL_ENTITY);
            siteName = h.find(RppsFormat.SITE_NAME);
            departmentCode = h.find(RppsFormat.DEPARTMENT_CODE);
            departmentLabel = h.find(RppsFormat.DEPARTMENT_LABEL);
        }

        /**
         * Codes and labels repeat from one line to the next (professions, modes, sites, departments): each
         * value is kept once, so that the activities of a national selection hold a third of the memory.
         */
        private final java.util.Map<String, String> shared = new java.util.HashMap<>();

        private String shared(String value) {
            if (value == null) {
                return null;
            }
            String known = shared.putIfAbsent(value, value);
            if (known == null && shared.size() > MAX_SHARED) {
                shared.clear();
            }
            return known != null ? known : value;
        }

        RppsActivity activity(SplitLine f, long n, String site) {
            return new RppsActivity(n, shared(f.getOrNull(ppIdType)), f.get(ppId), f.getOrNull(nationalId),
                    shared(f.getOrNull(civilityCode)), shared(f.getOrNull(civilityLabel)), f.getOrNull(lastName),
                    f.getOrNull(firstName), shared(f.getOrNull(professionCode)), shared(f.getOrNull(professionLabel)),
                    shared(f.getOrNull(categoryCode)), shared(f.getOrNull(categoryLabel)),
                    shared(f.getOrNull(savoirFaireTypeCode)), shared(f.getOrNull(savoirFaireCode)),
                    shared(f.getOrNull(savoirFaireLabel)), shared(f.getOrNull(modeCode)), shared(f.getOrNull(modeLabel)),
                    shared(site), shared(f.getOrNull(finessLegalEntity)), shared(f.getOrNull(siteName)),
                    shared(f.getOrNull(departmentCode)), shared(f.getOrNull(departmentLabel)));
        }
    }
}
