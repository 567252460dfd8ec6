package fr.mssante.advisor.directory;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.ReferenceData;
import fr.mssante.advisor.pack.RulePack;
import fr.mssante.advisor.pack.TrustList;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/**
 * Makes the dashboard from the two extractions: reference data, scope, trust space, join, rules,
 * counts. What the {@code directory} command calls; it prints nothing.
 */
public final class DirectoryDashboard {

    /**
     * @param trustList   the official whitelist to use instead of the pack's trust space, or null
     * @param categories  FINESS category codes in scope, or empty for the pack's ESSMS list
     * @param departments department codes in scope, or empty for all
     */
    public record Request(Path finess, Path mailboxes, Path trustList, List<String> categories,
                          List<String> departments, Lang lang) {

        public Request {
            categories = List.copyOf(categories);
            departments = List.copyOf(departments);
        }
    }

    private DirectoryDashboard() {
    }

    /**
     * @throws ExtractException when an input file cannot be read at all
     * @throws fr.mssante.advisor.pack.RulePackException when the pack's dashboard reference data is broken
     */
    public static Dashboard make(RulePack pack, Request request, Progress progress) {
        DirectoryReference reference = DirectoryReference.of(pack);
        List<String> categories = request.categories().isEmpty()
                ? new ArrayList<>(reference.categories().keySet()) : request.categories();
        Scope scope = new Scope(new HashSet<>(categories), new HashSet<>(request.departments()));
        ReferenceData trust = pack.reference();
        Dashboard.TrustSpace trustSpace = new Dashboard.TrustSpace(null, trust.trustDomains().size(),
                trust.trustSuffixes(), null);
        if (request.trustList() != null) {
            TrustList list;
            try {
                list = TrustList.read(request.trustList());
            } catch (TrustList.Unreadable e) {
                throw ExtractException.naming(request.trustList(), e.getMessage());
            }
            trust = trust.withTrustList(list);
            trustSpace = new Dashboard.TrustSpace(request.trustList().toString(), list.domains().size(), List.of(),
                    list.generatedAt());
        }
        EquipmentJoin.Result join = new EquipmentJoin(scope).join(request.finess(), request.mailboxes(), progress);
        long attached = join.establishments().stream().mapToLong(e -> e.mailboxes().size()).sum();
        Dashboard.Inputs inputs = new Dashboard.Inputs(request.finess().toString(), join.finess(),
                join.establishments().size(), request.mailboxes().toString(), join.mailboxes(), attached,
                join.otherMailboxes(), categories.stream().map(String::trim).toList(),
                scope.departments().stream().sorted().toList());
        DirectoryRuleRun rules = new DirectoryRuleRun(pack, reference, trust);
        return new DashboardBuilder(pack, reference, rules, request.lang()).build(join, trustSpace, inputs, progress);
    }
}
