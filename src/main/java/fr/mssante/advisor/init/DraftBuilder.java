package fr.mssante.advisor.init;

import fr.mssante.advisor.extract.ExtractReference;
import fr.mssante.advisor.extract.FinessEstablishment;
import fr.mssante.advisor.extract.MailboxRecord;
import fr.mssante.advisor.extract.MailboxType;
import fr.mssante.advisor.extract.RppsActivity;
import fr.mssante.advisor.extract.SelectedEstablishment;
import fr.mssante.advisor.identifiers.EmailAddress;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns one selected establishment into a {@link SetupDraft}: the FINESS record as the structure, the
 * RPPS activities at its site as professionals (one per person, however many activities), the
 * Annuaire Santé lines as mailboxes, a PER mailbox linked to its owner when the line's
 * {@code Identification nationale PP} is that of a professional practising there.
 */
final class DraftBuilder {

    /** Organisational mailboxes first: they are what a director has most to complete. */
    private static final List<MailboxType> TYPE_ORDER = List.of(MailboxType.ORG, MailboxType.APP, MailboxType.CAB,
            MailboxType.PER);

    private final ExtractReference reference;
    /** One per builder: a collator is not meant to be shared between threads. */
    private final Comparator<String> french = Collator.getInstance(Locale.FRENCH)::compare;

    /** One builder per thread. */
    DraftBuilder(ExtractReference reference) {
        this.reference = reference;
    }

    SetupDraft build(SelectedEstablishment selected, Source finess, Source mailboxes, Source rpps) {
        ReadableIds ids = new ReadableIds();
        List<SetupDraft.Professional> professionals = professionals(selected.activities(), ids);
        Map<String, String> byNationalId = new HashMap<>();
        for (SetupDraft.Professional p : professionals) {
            if (p.rpps() != null) {
                byNationalId.putIfAbsent("8" + p.rpps(), p.id());
            }
            if (p.adeli() != null) {
                byNationalId.putIfAbsent("0" + p.adeli(), p.id());
            }
        }
        List<MailboxRecord> lines = new ArrayList<>(selected.mailboxes());
        lines.sort(Comparator.comparingInt(m -> TYPE_ORDER.indexOf(m.type())));
        List<SetupDraft.Mailbox> boxes = new ArrayList<>(lines.size());
        for (MailboxRecord m : lines) {
            boxes.add(mailbox(m, ids, byNationalId));
        }
        return new SetupDraft(finess, mailboxes, rpps, structure(selected.finess()), professionals, boxes,
                selected.foldedMailboxes());
    }

    private SetupDraft.Structure structure(FinessEstablishment e) {
        String name = firstNonBlank(e.longName(), e.name());
        Optional<ExtractReference.Category> mapped = reference.category(e.categoryCode());
        String label = mapped.map(ExtractReference.Category::label).filter(l -> !l.isBlank()).orElse(e.categoryLabel());
        return new SetupDraft.Structure(name == null ? "Établissement FINESS " + e.finess() : name, name != null,
                e.line(), e.finess(), e.legalEntityFiness(), e.legalEntityName(),
                mapped.map(ExtractReference.Category::setupCategory).orElse("AUTRE"), e.categoryCode(), label,
                mapped.isPresent(), e.department());
    }

    /** One professional per person (by national id), sorted by name, ids given in that order. */
    private List<SetupDraft.Professional> professionals(List<RppsActivity> activities, ReadableIds ids) {
        Map<String, List<RppsActivity>> people = new LinkedHashMap<>();
        for (RppsActivity a : activities) {
            String key = a.nationalId() == null || a.nationalId().isBlank() ? "line " + a.line() : a.nationalId();
            people.computeIfAbsent(key, k -> new ArrayList<>(1)).add(a);
        }
        List<List<RppsActivity>> sorted = new ArrayList<>(people.values());
        sorted.sort(Comparator.comparing((List<RppsActivity> p) -> nullToEmpty(p.get(0).lastName()), french)
                .thenComparing(p -> nullToEmpty(p.get(0).firstName()), french));
        List<SetupDraft.Professional> out = new ArrayList<>(sorted.size());
        for (List<RppsActivity> person : sorted) {
            RppsActivity first = person.stream().filter(a -> reference.profession(a.professionCode()).isPresent())
                    .findFirst().orElse(person.get(0));
            Optional<ExtractReference.Profession> profession = reference.profession(first.professionCode());
            String label = profession.map(ExtractReference.Profession::label).filter(l -> !l.isBlank())
                    .orElse(first.professionLabel());
            out.add(new SetupDraft.Professional(ids.next("p", "professionnel", first.lastName(), first.firstName()),
                    first.firstName(), first.lastName(),
                    profession.map(ExtractReference.Profession::profession).orElse("AUTRE"), first.professionCode(),
                    label, profession.isPresent(), profession.map(ExtractReference.Profession::registeredBy).orElse(null),
                    first.rpps(), first.adeli(), person.stream().map(RppsActivity::line).toList()));
        }
        return out;
    }

    private static SetupDraft.Mailbox mailbox(MailboxRecord m, ReadableIds ids, Map<String, String> byNationalId) {
        String address = m.address().trim();
        int at = address.lastIndexOf('@');
        String id = ids.next("bal", "ligne-" + m.line(), at > 0 ? address.substring(0, at) : address);
        String owner = null;
        String hint = null;
        if (m.type() == MailboxType.PER) {
            owner = m.nationalPpId() == null ? null : byNationalId.get(m.nationalPpId());
            if (owner == null && m.rpps() != null) {
                owner = byNationalId.get("8" + m.rpps());
            }
            if (owner == null) {
                String who = String.join(" ", nonBlank(m.firstName(), m.lastName()));
                String number = m.nationalPpId() == null ? null : "identifiant national " + m.nationalPpId();
                hint = String.join(", ", nonBlank(who.isEmpty() ? null : who, number));
            }
        }
        return new SetupDraft.Mailbox(id, address, m.type(), EmailAddress.isValid(address), owner,
                hint == null || hint.isEmpty() ? null : hint, m.line(), m.service());
    }

    private static List<String> nonBlank(String... values) {
        List<String> out = new ArrayList<>(values.length);
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                out.add(v.trim());
            }
        }
        return out;
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        return b == null || b.isBlank() ? null : b.trim();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
