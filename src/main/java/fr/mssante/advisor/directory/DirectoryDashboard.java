package fr.mssante.advisor.directory;

import fr.mssante.advisor.extract.ExtractException;
import fr.mssante.advisor.extract.ExtractSelector;
import fr.mssante.advisor.extract.Extracts;
import fr.mssante.advisor.extract.Progress;
import fr.mssante.advisor.extract.SelectedExtracts;
import fr.mssante.advisor.extract.Selection;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.ReferenceData;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.TrustList;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/**
 * Makes the dashboard from the extracts: reference data, selection (departments and categories),
 * trust space, the extracts read through {@link ExtractSelector}, rules, counts. What the
 * {@code directory} command calls; it prints nothing.
 */
public final class DirectoryDashboard {

    /**
     * @param finess      the FINESS, either publication
     * @param rpps        the RPPS activity extraction, or null: with it, the rules that need professionals run
     * @param trustList   the official whitelist to use instead of the pack's trust space, or null
     * @param categories  FINESS category codes in scope, or empty for the ESSMS of the reference data
     * @param departments department codes in scope (any form: {@code 1}, {@code 2a}, {@code 9A}), or empty for all
     * @param asOf        the day establishments must be open on
     */
    public record Request(Path finess, Path mailboxes, Path rpps, Path trustList, List<String> categories,
                          List<String> departments, Lang lang, LocalDate asOf) {

        public Request {
            categories = List.copyOf(categories);
            departments = List.copyOf(departments);
        }

        /** A request for today. */
        public Request(Path finess, Path mailboxes, Path rpps, Path trustList, List<String> categories,
                       List<String> departments, Lang lang) {
            this(finess, mailboxes, rpps, trustList, categories, departments, lang, LocalDate.now());
        }

        /** A request for today, without the RPPS. */
        public Request(Path finess, Path mailboxes, Path trustList, List<String> categories, List<String> departments,
                       Lang lang) {
            this(finess, mailboxes, null, trustList, categories, departments, lang, LocalDate.now());
        }
    }

    private DirectoryDashboard() {
    }

    /**
     * @throws fr.mssante.advisor.extract.ExtractException when an input file cannot be used, or a
     *                                                       department or category is unknown
     * @throws fr.mssante.advisor.pack.RulePackException when the pack's dashboard reference data is broken
     */
    public static Dashboard make(RulePack pack, Request request, Progress progress) {
        DirectoryReference reference = DirectoryReference.of(pack);
        List<String> categories = request.categories().isEmpty() ? reference.defaultCategories()
                : request.categories().stream().map(String::trim).toList();
        Selection.Area selection = (Selection.Area) Selection.area(request.departments(), categories,
                reference.extracts());
        ReferenceData trust = pack.reference();
        Dashboard.TrustSpace trustSpace = new Dashboard.TrustSpace(null, trust.trustDomains().size(),
                trust.trustSuffixes(), null);
        if (request.trustList() != null) {
            TrustList list;
            try {
                list = TrustList.read(request.trustList());
            } catch (TrustList.Unreadable e) {
                throw ExtractException.of(ExtractException.Kind.UNREADABLE, request.trustList(), e.getMessage(), e.getMessage());
            }
            trust = trust.withTrustList(list);
            trustSpace = new Dashboard.TrustSpace(request.trustList().toString(), list.domains().size(), List.of(),
                    list.generatedAt());
        }
        SelectedExtracts selected = new ExtractSelector(reference.extracts(), request.asOf(), progress)
                .select(new Extracts(request.finess(), request.mailboxes(), request.rpps()), selection);
        Dashboard.Inputs inputs = new Dashboard.Inputs(request.finess().toString(), request.mailboxes().toString(),
                request.rpps() == null ? null : request.rpps().toString(), selected.counts(), categories,
                selection.departments().stream().sorted().toList());
        DirectoryRuleRun rules = new DirectoryRuleRun(pack, reference, trust, request.rpps() != null);
        return new DashboardBuilder(pack, reference, rules, request.lang()).build(selected, trustSpace, inputs, progress);
    }
}
