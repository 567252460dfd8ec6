package fr.mssante.advisor.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Reads the three extracts once each, in that order, for one {@link Selection}: the FINESS (which
 * establishments, open on the selection's date), the Annuaire Santé mailboxes whose structure is one of
 * them (each address once per establishment), the RPPS activities at one of them. Only the selected
 * establishments and what attaches to them are held; a national run stays within {@code -Xmx1g}.
 *
 * <p>What {@code init} and {@code directory} share: both build on {@link #select}. Wrong files are
 * named before anything is read (swapped arguments included); an unknown FINESS, legal entity or
 * category is an {@link ExtractException} of kind {@link ExtractException.Kind#UNKNOWN_CODE}.
 */
public final class ExtractSelector {

    private final ExtractReference reference;
    private final LocalDate asOf;
    private final Progress progress;

    /**
     * @param asOf the day establishments must be open on (today for a command run without {@code --as-of})
     */
    public ExtractSelector(ExtractReference reference, LocalDate asOf, Progress progress) {
        this.reference = reference;
        this.asOf = asOf;
        this.progress = progress;
    }

    /** One establishment while it is being gathered. */
    private static final class Gathering {
        final FinessEstablishment finess;
        final List<MailboxRecord> mailboxes = new ArrayList<>(2);
        final Set<String> addresses = new HashSet<>(4);
        final List<RppsActivity> activities = new ArrayList<>(0);
        int folded;

        Gathering(FinessEstablishment finess) {
            this.finess = finess;
        }
    }

    /** What the FINESS reading noticed beside the selected establishments. */
    private static final class FinessSeen {
        long closed;
        long repeated;
        FinessEstablishment closedOne;
        boolean askedIsLegalEntity;
        boolean askedIsEstablishment;
        final Set<String> categories = new HashSet<>();
    }

    /**
     * @throws ExtractException a file missing, broken, of the wrong kind (or swapped with another), or a
     *                          selection code the extracts do not know
     */
    public SelectedExtracts select(Extracts files, Selection selection) {
        Preflight.check(files);
        Map<String, Gathering> selected = new LinkedHashMap<>();
        FinessSeen seen = new FinessSeen();
        FinessReading finess = new FinessReader(progress).read(files.finess(), e -> {
            seen.categories.add(e.categoryCode());
            noticeOtherKind(selection, e, seen);
            if (!selection.includes(e)) {
                return;
            }
            if (!e.isOpenOn(asOf)) {
                seen.closed++;
                seen.closedOne = e;
            } else if (selected.putIfAbsent(e.finess(), new Gathering(e)) != null) {
                seen.repeated++;
            }
        });
        SelectionErrors.checkFound(selection, files.finess(), finess, selected.isEmpty(), seen.closedOne,
                seen.askedIsLegalEntity, seen.askedIsEstablishment);
        if (selection instanceof Selection.Area area) {
            SelectionErrors.checkCategories(area, reference, seen.categories);
        }

        long[] attached = {0, 0};
        MailboxReading mailboxes = new MailboxReader(progress).read(files.mailboxes(),
                f -> f != null && selected.containsKey(f), m -> {
                    Gathering g = selected.get(m.finess());
                    if (g.addresses.add(m.address().toLowerCase(java.util.Locale.ROOT))) {
                        g.mailboxes.add(m);
                        attached[0]++;
                    } else {
                        g.folded++;
                    }
                });
        RppsReading rpps = null;
        if (files.rpps() != null) {
            rpps = new RppsReader(progress).read(files.rpps(), site -> site != null && selected.containsKey(site), a -> {
                selected.get(a.finessSite()).activities.add(a);
                attached[1]++;
            });
        }

        List<SelectedEstablishment> out = new ArrayList<>(selected.size());
        long folded = 0;
        for (Gathering g : selected.values()) {
            out.add(new SelectedEstablishment(g.finess, g.mailboxes, g.activities, g.folded));
            folded += g.folded;
        }
        ReadingCounts counts = new ReadingCounts(finess, mailboxes, rpps, out.size(), seen.closed, seen.repeated,
                attached[0], folded, mailboxes.mailboxes() - attached[0] - folded, attached[1],
                rpps == null ? 0 : rpps.activities() - attached[1], unmapped(out));
        return new SelectedExtracts(selection, out, counts, reference);
    }

    /** Asked for an establishment by its legal entity's number, or the other way round: worth saying. */
    private static void noticeOtherKind(Selection selection, FinessEstablishment e, FinessSeen seen) {
        if (selection instanceof Selection.Establishment s && s.finess().equals(e.legalEntityFiness())) {
            seen.askedIsLegalEntity = true;
        } else if (selection instanceof Selection.LegalEntity l && l.finess().equals(e.finess())) {
            seen.askedIsEstablishment = true;
        }
    }

    /** Categories and professions of the selection that the reference data does not map. */
    private List<UnmappedCode> unmapped(List<SelectedEstablishment> establishments) {
        Map<String, long[]> categories = new TreeMap<>();
        Map<String, String> categoryLabels = new LinkedHashMap<>();
        Map<String, long[]> professions = new TreeMap<>();
        Map<String, String> professionLabels = new LinkedHashMap<>();
        for (SelectedEstablishment s : establishments) {
            String category = s.finess().categoryCode();
            if (category != null && reference.category(category).isEmpty()) {
                categories.computeIfAbsent(category, k -> new long[1])[0]++;
                categoryLabels.putIfAbsent(category, s.finess().categoryLabel());
            }
            for (RppsActivity a : s.activities()) {
                if (a.professionCode() != null && reference.profession(a.professionCode()).isEmpty()) {
                    professions.computeIfAbsent(a.professionCode(), k -> new long[1])[0]++;
                    professionLabels.putIfAbsent(a.professionCode(), a.professionLabel());
                }
            }
        }
        List<UnmappedCode> out = new ArrayList<>();
        categories.forEach((code, n) -> out.add(new UnmappedCode(UnmappedCode.Kind.FINESS_CATEGORY, code,
                categoryLabels.get(code), n[0])));
        professions.forEach((code, n) -> out.add(new UnmappedCode(UnmappedCode.Kind.RPPS_PROFESSION, code,
                professionLabels.get(code), n[0])));
        return out;
    }
}
