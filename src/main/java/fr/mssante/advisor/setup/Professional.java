package fr.mssante.advisor.setup;

/**
 * A professional of the structure. Names are personal data: {@link #toString()} leaves them out so
 * that no log line can carry them.
 */
public record Professional(String id, String firstName, String lastName, String profession, String role,
                           String rpps, String adeli, String registeredBy, String card,
                           boolean establishmentAdmin, String path) {

    public boolean hasRpps() {
        return rpps != null && !rpps.isBlank();
    }

    @Override
    public String toString() {
        return "Professional[id=" + id + ", profession=" + profession + ", role=" + role + "]";
    }
}
