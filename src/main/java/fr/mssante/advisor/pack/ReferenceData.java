package fr.mssante.advisor.pack;

import fr.mssante.advisor.identifiers.EmailAddress;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The lists rules consult, read from the pack's {@code reference/} folder so that analysts update
 * them without Java: the trust-space domains and the profession groups. DRL files reach it through
 * the global {@code ref}.
 *
 * @param trustSuffixes domain endings in the trust space, e.g. {@code .mssante.fr}
 * @param trustDomains  exact domains in the trust space, e.g. {@code interop-mssante.apicrypt.org}
 */
public record ReferenceData(List<String> trustSuffixes, Set<String> trustDomains, String citizenDomain,
                            Set<String> healthProfessions, Set<String> socialProfessions,
                            Set<String> notEligibleProfessions) {

    public ReferenceData {
        trustSuffixes = trustSuffixes.stream().map(ReferenceData::lower).toList();
        trustDomains = trustDomains.stream().map(ReferenceData::lower).collect(Collectors.toUnmodifiableSet());
        citizenDomain = lower(citizenDomain);
        healthProfessions = Set.copyOf(healthProfessions);
        socialProfessions = Set.copyOf(socialProfessions);
        notEligibleProfessions = Set.copyOf(notEligibleProfessions);
    }

    /**
     * The same data with the official whitelist as the whole trust space: its domains, exactly, and no
     * suffix rule any more.
     */
    public ReferenceData withTrustList(TrustList list) {
        return new ReferenceData(List.of(), list.domains(), citizenDomain, healthProfessions, socialProfessions,
                notEligibleProfessions);
    }

    /** A syntactically valid address whose domain belongs to the trust space. */
    public boolean inTrustSpace(String address) {
        return EmailAddress.isValid(address) && domainInTrustSpace(EmailAddress.domainOf(address));
    }

    /** True for any address that is not a valid address in the trust space (invalid ones included). */
    public boolean outsideTrustSpace(String address) {
        return address != null && !inTrustSpace(address);
    }

    public boolean domainInTrustSpace(String domain) {
        if (domain == null) {
            return false;
        }
        String d = lower(domain);
        return trustDomains.contains(d) || trustSuffixes.stream().anyMatch(d::endsWith);
    }

    /** An address of the citizen messaging of Mon Espace Santé ({@code INS@patient.mssante.fr}). */
    public boolean isCitizenAddress(String address) {
        return address != null && citizenDomain != null && citizenDomain.equals(EmailAddress.domainOf(address));
    }

    public boolean isHealthProfession(String profession) {
        return profession != null && healthProfessions.contains(profession);
    }

    public boolean isSocialProfession(String profession) {
        return profession != null && socialProfessions.contains(profession);
    }

    /** A professionnel habilité: a health, social or medico-social profession. */
    public boolean isQualified(String profession) {
        return isHealthProfession(profession) || isSocialProfession(profession);
    }

    private static String lower(String s) {
        return s == null ? null : s.trim().toLowerCase(Locale.ROOT);
    }
}
