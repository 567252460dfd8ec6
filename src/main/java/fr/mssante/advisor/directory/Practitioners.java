package fr.mssante.advisor.directory;

import fr.mssante.advisor.extract.ExtractReference;
import fr.mssante.advisor.extract.MailboxRecord;
import fr.mssante.advisor.extract.RppsActivity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registered professionals practising at one establishment, as the RPPS says: its activity lines
 * whose {@code Numéro FINESS site} is the establishment, one person per national id (someone with two
 * activities there counts once). Their profession comes from {@code reference/rpps-professions.yaml};
 * a code it does not map is {@code AUTRE}. Names are never kept: a person is known by the line of
 * their first activity, which is all the dashboard shows.
 */
final class Practitioners {

    /** The setup profession of an RPPS code the reference data does not map. */
    static final String OTHER = "AUTRE";

    /**
     * One person.
     *
     * @param id             how findings name them: {@code RPPS:L} and the line of their first activity
     * @param professionCode the RPPS code (of their first activity with a mapped code, else their first)
     * @param profession     the setup profession, {@link #OTHER} when unmapped
     * @param registeredBy   {@code ORDER} or {@code RPPS_PLUS} from the reference data; null when unmapped
     */
    record Person(String id, String nationalId, String rpps, String adeli, String professionCode,
                  String professionLabel, String profession, String registeredBy) {

        /** No names, no numbers: a log line can never carry them. */
        @Override
        public String toString() {
            return "Person[id=" + id + ", profession=" + profession + "]";
        }
    }

    private Practitioners() {
    }

    static List<Person> of(List<RppsActivity> activities, ExtractReference reference) {
        Map<String, List<RppsActivity>> people = new LinkedHashMap<>();
        for (RppsActivity a : activities) {
            String key = a.nationalId() == null || a.nationalId().isBlank() ? "line " + a.line() : a.nationalId();
            people.computeIfAbsent(key, k -> new ArrayList<>(1)).add(a);
        }
        List<Person> out = new ArrayList<>(people.size());
        for (List<RppsActivity> person : people.values()) {
            RppsActivity first = person.stream().filter(a -> reference.profession(a.professionCode()).isPresent())
                    .findFirst().orElse(person.get(0));
            Optional<ExtractReference.Profession> mapped = reference.profession(first.professionCode());
            String label = mapped.map(ExtractReference.Profession::label).filter(l -> !l.isBlank())
                    .orElse(first.professionLabel());
            out.add(new Person("RPPS:L" + person.get(0).line(), first.nationalId(), first.rpps(), first.adeli(),
                    first.professionCode(), label, mapped.map(ExtractReference.Profession::profession).orElse(OTHER),
                    mapped.map(ExtractReference.Profession::registeredBy).orElse(null)));
        }
        return out;
    }

    /**
     * The professional of the establishment who holds a personal mailbox: the one whose national id the
     * mailbox line gives ({@code Identification nationale PP}, else {@code 8} and its RPPS number).
     */
    static Optional<Person> ownerOf(MailboxRecord m, List<Person> people) {
        String national = m.nationalPpId();
        String rpps = m.rpps();
        return people.stream().filter(p -> p.nationalId() != null
                && (p.nationalId().equals(national) || rpps != null && p.nationalId().equals("8" + rpps))).findFirst();
    }
}
