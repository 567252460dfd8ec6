package fr.mssante.advisor.extract;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Streams the Annuaire Santé extraction of MSSanté mailboxes ({@link MailboxFormat}): the text file or
 * the single entry of its ZIP, UTF-8 (Windows-1252 accepted), BOM and CRLF accepted, columns found by
 * header name, 31 fields or 32 with an empty last one. A line with another field count, no type, an
 * unknown type or no address is malformed: counted with its number, never fatal.
 */
public final class MailboxReader {

    private static final int PROGRESS_EVERY = 50_000;

    private final Progress progress;

    public MailboxReader(Progress progress) {
        this.progress = progress;
    }

    /** Every well-formed mailbox, in file order. */
    public MailboxReading read(Path file, Consumer<MailboxRecord> sink) {
        return read(file, finess -> true, sink);
    }

    /**
     * The mailboxes whose structure FINESS (null when the structure is not a FINESS) {@code wanted}
     * accepts: the others are counted but never built, which keeps a national file fast to join.
     *
     * @throws ExtractException when the file is missing, another file, or lacks a required column
     */
    public MailboxReading read(Path file, Predicate<String> wanted, Consumer<MailboxRecord> sink) {
        Sniffer.Sniff sniff = Sniffer.expect(file, EnumSet.of(ExtractKind.MAILBOXES), true, MailboxFormat.NAME_FR,
                MailboxFormat.NAME_EN);
        try (OpenedExtract opened = OpenedExtract.open(file); ByteLines lines = new ByteLines(opened.stream())) {
            LineDecoder decoder = new LineDecoder();
            ByteFields f = new ByteFields('|');
            Header header = lines.next() ? Header.of(f.parse(lines.buffer(), lines.start(), lines.end()), decoder)
                    : new Header(java.util.List.of());
            Columns c = new Columns(header, file);
            MalformedLines malformed = new MalformedLines();
            long mailboxes = 0;
            long withFiness = 0;
            while (lines.next()) {
                long n = lines.lineNumber();
                if (n % PROGRESS_EVERY == 0) {
                    progress.update("MSSanté", n);
                }
                f.parse(lines.buffer(), lines.start(), lines.end());
                if (lines.end() == lines.start() || f.count() == 1 && f.isBlank(0)) {
                    continue; // a blank line holds nothing
                }
                String typeField = f.ascii(c.type);
                MailboxType type = f.countWithoutTrailing() == header.columns() && typeField != null
                        ? MailboxType.parse(typeField) : null;
                if (type == null || f.isBlank(c.address)) {
                    malformed.add(n);
                    continue;
                }
                mailboxes++;
                String finess = MailboxFormat.FINESS_STRUCTURE.equals(f.ascii(c.structureIdType))
                        ? MailboxFormat.finessOf(f.text(c.structureId, decoder)) : null;
                if (finess != null) {
                    withFiness++;
                }
                if (wanted.test(finess)) {
                    sink.accept(c.record(f, decoder, n, type, finess));
                }
            }
            String name = opened.zipEntry() != null ? opened.zipEntry() : String.valueOf(file.getFileName());
            return new MailboxReading(file, opened.zipEntry(), decoder.charset(), MailboxFormat.dateInName(name),
                    lines.lineNumber(), header.columns(), mailboxes, withFiness, malformed);
        } catch (IOException e) {
            throw OpenedExtract.failure(file, e);
        }
    }

    /** Where each column is in this file's header; -1 for an optional column it does not have. */
    private static final class Columns {
        final int type;
        final int address;
        final int ppIdType;
        final int ppId;
        final int nationalPpId;
        final int structureIdType;
        final int structureId;
        final int service;
        final int civility;
        final int lastName;
        final int firstName;
        final int professionCode;
        final int professionLabel;
        final int savoirFaireCode;
        final int savoirFaireLabel;
        final int structureName;
        final int department;

        Columns(Header h, Path file) {
            for (Column required : MailboxFormat.REQUIRED) {
                h.require(required, MailboxFormat.ALL, file, MailboxFormat.NAME_FR, MailboxFormat.NAME_EN);
            }
            type = h.find(MailboxFormat.TYPE);
            address = h.find(MailboxFormat.ADDRESS);
            ppIdType = h.find(MailboxFormat.PP_ID_TYPE);
            ppId = h.find(MailboxFormat.PP_ID);
            nationalPpId = h.find(MailboxFormat.NATIONAL_PP_ID);
            structureIdType = h.find(MailboxFormat.STRUCTURE_ID_TYPE);
            structureId = h.find(MailboxFormat.STRUCTURE_ID);
            service = h.find(MailboxFormat.SERVICE);
            civility = h.find(MailboxFormat.CIVILITY);
            lastName = h.find(MailboxFormat.LAST_NAME);
            firstName = h.find(MailboxFormat.FIRST_NAME);
            professionCode = h.find(MailboxFormat.PROFESSION_CODE);
            professionLabel = h.find(MailboxFormat.PROFESSION_LABEL);
            savoirFaireCode = h.find(MailboxFormat.SAVOIR_FAIRE_CODE);
            savoirFaireLabel = h.find(MailboxFormat.SAVOIR_FAIRE_LABEL);
            structureName = h.find(MailboxFormat.STRUCTURE_NAME);
            department = h.find(MailboxFormat.DEPARTMENT);
        }

        MailboxRecord record(ByteFields f, LineDecoder d, long n, MailboxType type, String finess) {
            return new MailboxRecord(n, type, f.text(address, d), f.textOrNull(ppIdType, d), f.textOrNull(ppId, d),
                    f.textOrNull(nationalPpId, d), f.textOrNull(structureIdType, d), f.textOrNull(structureId, d), finess,
                    f.textOrNull(service, d), f.textOrNull(civility, d), f.textOrNull(lastName, d),
                    f.textOrNull(firstName, d), f.textOrNull(professionCode, d), f.textOrNull(professionLabel, d),
                    f.textOrNull(savoirFaireCode, d), f.textOrNull(savoirFaireLabel, d), f.textOrNull(structureName, d),
                    f.textOrNull(department, d));
        }
    }
}
