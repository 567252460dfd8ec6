package fr.mssante.advisor.extract;

/**
 * The professional's identifiers of the Annuaire Santé files: {@code Type d'identifiant PP} ({@code 8}
 * RPPS, {@code 0} ADELI), {@code Identifiant PP}, and {@code Identification nationale PP}, the type
 * digit followed by the identifier.
 */
final class NationalIds {

    static final String RPPS = "8";
    static final String ADELI = "0";

    private NationalIds() {
    }

    /** The RPPS number, from the national id ({@code 8} + RPPS) or else the typed identifier; or null. */
    static String rpps(String idType, String id, String nationalId) {
        return of(RPPS, idType, id, nationalId);
    }

    /** The ADELI number, likewise ({@code 0} + ADELI); or null. */
    static String adeli(String idType, String id, String nationalId) {
        return of(ADELI, idType, id, nationalId);
    }

    private static String of(String type, String idType, String id, String nationalId) {
        if (nationalId != null && nationalId.length() > 1 && nationalId.startsWith(type)) {
            return nationalId.substring(1);
        }
        if (type.equals(idType) && id != null && !id.isEmpty()) {
            return id;
        }
        return null;
    }
}
