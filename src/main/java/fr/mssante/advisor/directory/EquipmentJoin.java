package fr.mssante.advisor.directory;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Joins the two extractions on the FINESS ET without holding either file: the establishments in scope
 * are kept in a map (a few tens of thousands of small records at national scale), then the mailbox
 * file is streamed and each mailbox whose structure is one of them is attached to it.
 */
public final class EquipmentJoin {

    /**
     * The establishments in scope with their mailboxes, and what each reading saw.
     *
     * @param otherMailboxes mailboxes of a structure outside the scope (or not identified by a FINESS)
     */
    public record Result(List<EstablishmentEquipment> establishments, FinessExtractReader.Result finess,
                         MailboxExtractReader.Result mailboxes, long otherMailboxes) {
    }

    private final Scope scope;

    public EquipmentJoin(Scope scope) {
        this.scope = scope;
    }

    public Result join(Path finessFile, Path mailboxFile, Progress progress) {
        Map<String, FinessEstablishment> inScope = new LinkedHashMap<>();
        FinessExtractReader.Result finess = new FinessExtractReader().read(finessFile, e -> {
            if (scope.includes(e)) {
                inScope.putIfAbsent(e.finess(), e);
            }
        }, progress);
        Map<String, List<MailboxLine>> attached = new LinkedHashMap<>();
        long[] others = {0};
        MailboxExtractReader.Result mailboxes = new MailboxExtractReader().read(mailboxFile, m -> {
            if (m.finess() != null && inScope.containsKey(m.finess())) {
                attached.computeIfAbsent(m.finess(), k -> new ArrayList<>(2)).add(m);
            } else {
                others[0]++;
            }
        }, progress);
        List<EstablishmentEquipment> out = new ArrayList<>(inScope.size());
        inScope.forEach((id, e) -> out.add(new EstablishmentEquipment(e, attached.getOrDefault(id, List.of()))));
        return new Result(out, finess, mailboxes, others[0]);
    }
}
