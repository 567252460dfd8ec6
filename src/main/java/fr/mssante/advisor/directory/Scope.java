package fr.mssante.advisor.directory;

import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which establishments the dashboard covers: FINESS categories ({@code categetab}) and, optionally,
 * departments ({@code departement}, as the FINESS extraction writes them).
 *
 * @param departments empty for every department
 */
public record Scope(Set<String> categories, Set<String> departments) {

    public Scope {
        categories = categories.stream().map(String::trim).collect(Collectors.toUnmodifiableSet());
        departments = departments.stream().map(Scope::department).collect(Collectors.toUnmodifiableSet());
    }

    public boolean includes(FinessEstablishment e) {
        return categories.contains(e.categoryCode())
                && (departments.isEmpty() || departments.contains(department(e.department())));
    }

    /** {@code 1} and {@code 01}, {@code 2a} and {@code 2A} name the same department. */
    static String department(String code) {
        String c = code.trim().toUpperCase(Locale.ROOT);
        return c.length() == 1 ? "0" + c : c;
    }
}
