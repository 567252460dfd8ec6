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
            ByteFields bytes = new ByteFields('|');
            Header header = lines.next() ? Header.of(bytes.parse(lines.buffer(), lines.start(), lines.end()), decoder)
                    : new Header(java.util.List.of());
            Columns c = new Columns(header, file);
            MalformedLines malformed = new MalformedLines();
            long activities = 0;
            long withSite = 0;
            while (lines.next()) {
                long n = lines.lineNumber();
                if (n % PROGRESS_EVERY == 0) {
                    progress.update("RPPS", n);
                }
                // Split as bytes: only the fields of a wanted site's lines are decoded.
                bytes.parse(lines.buffer(), lines.start(), lines.end());
                if (bytes.count() == 1 && bytes.isBlank(0)) {
                    continue; // a blank line holds nothing
                }
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
                    sink.accept(c.activity(bytes, decoder, n, site));
                }
            }
            return new RppsReading(file, decoder.charset(), RppsFormat.dateInName(String.valueOf(file.getFileName())),
                    lines.lineNumber(), header.columns(), activities, withSite, malformed);
        } catch (IOException e) {
            throw OpenedExtract.failure(file, e);
        }
    }

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
         * Codes, labels and the site's names repeat on every activity: kept once each, so that the
         * hundreds of thousands of activities of a national selection cost a fraction of their text.
         */
        private final java.util.Map<String, String> shared = new java.util.HashMap<>();

        private String common(ByteFields f, int column, LineDecoder d) {
            String v = f.textOrNull(column, d);
            return v == null ? null : shared.computeIfAbsent(v, k -> k);
        }

        RppsActivity activity(ByteFields f, LineDecoder d, long n, String site) {
            return new RppsActivity(n, common(f, ppIdType, d), f.text(ppId, d), f.textOrNull(nationalId, d),
                    common(f, civilityCode, d), common(f, civilityLabel, d), f.textOrNull(lastName, d),
                    common(f, firstName, d), common(f, professionCode, d), common(f, professionLabel, d),
                    common(f, categoryCode, d), common(f, categoryLabel, d), common(f, savoirFaireTypeCode, d),
                    common(f, savoirFaireCode, d), common(f, savoirFaireLabel, d), common(f, modeCode, d),
                    common(f, modeLabel, d), site == null ? null : shared.computeIfAbsent(site, k -> k),
                    common(f, finessLegalEntity, d), common(f, siteName, d), common(f, departmentCode, d),
                    common(f, departmentLabel, d));
        }
    }
}
