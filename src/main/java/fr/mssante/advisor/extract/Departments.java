package fr.mssante.advisor.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * French departments as the extracts write them, brought to one form, the INSEE code: {@code 01}–{@code 95}
 * with {@code 2A}/{@code 2B}, and three characters overseas ({@code 971}…). The legacy FINESS CSV writes
 * the overseas ones {@code 9A}–{@code 9J}; the FINESS JSON gives a commune code ({@code cogCommune}) whose
 * first two characters, three for {@code 97x}/{@code 98x}, are the department.
 */
public final class Departments {

    /** The FINESS letters of the overseas departments and collectivities. */
    private static final Map<String, String> FINESS_OVERSEAS = Map.of("9A", "971", "9B", "972", "9C", "973",
            "9D", "974", "9E", "975", "9F", "976", "9G", "977", "9H", "978", "9J", "986");

    private static final Map<String, String> NAMES = names();

    private Departments() {
    }

    /** Every known department, INSEE code → name, in code order (Corsica after 19). */
    public static Map<String, String> all() {
        return NAMES;
    }

    /**
     * The INSEE code of a department as written in an extract or by a user: {@code 1} and {@code 01},
     * {@code 2a} and {@code 2A}, {@code 9A} and {@code 971} are the same. Empty when it is no department.
     */
    public static Optional<String> normalise(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String c = code.trim().toUpperCase(Locale.ROOT);
        if (c.length() == 1 && Character.isDigit(c.charAt(0))) {
            c = "0" + c;
        }
        if (c.length() == 3 && c.charAt(0) == '0') {
            c = c.substring(1); // 093, as some files pad it
        }
        c = FINESS_OVERSEAS.getOrDefault(c, c);
        return NAMES.containsKey(c) ? Optional.of(c) : Optional.empty();
    }

    /** The department of an INSEE commune code ({@code 93066} → {@code 93}, {@code 97411} → {@code 974}). */
    public static Optional<String> ofCommune(String cog) {
        if (cog == null || cog.trim().length() < 4) {
            return Optional.empty();
        }
        String c = cog.trim().toUpperCase(Locale.ROOT);
        return normalise(c.startsWith("97") || c.startsWith("98") ? c.substring(0, 3) : c.substring(0, 2));
    }

    /** The department's name ({@code Seine-Saint-Denis}), or null for an unknown code. */
    public static String nameOf(String inseeCode) {
        return NAMES.get(inseeCode);
    }

    private static Map<String, String> names() {
        String[] list = {"01:Ain", "02:Aisne", "03:Allier", "04:Alpes-de-Haute-Provence", "05:Hautes-Alpes",
            "06:Alpes-Maritimes", "07:Ardèche", "08:Ardennes", "09:Ariège", "10:Aube", "11:Aude", "12:Aveyron",
            "13:Bouches-du-Rhône", "14:Calvados", "15:Cantal", "16:Charente", "17:Charente-Maritime", "18:Cher",
            "19:Corrèze", "2A:Corse-du-Sud", "2B:Haute-Corse", "21:Côte-d'Or", "22:Côtes-d'Armor", "23:Creuse",
            "24:Dordogne", "25:Doubs", "26:Drôme", "27:Eure", "28:Eure-et-Loir", "29:Finistère", "30:Gard",
            "31:Haute-Garonne", "32:Gers", "33:Gironde", "34:Hérault", "35:Ille-et-Vilaine", "36:Indre",
            "37:Indre-et-Loire", "38:Isère", "39:Jura", "40:Landes", "41:Loir-et-Cher", "42:Loire", "43:Haute-Loire",
            "44:Loire-Atlantique", "45:Loiret", "46:Lot", "47:Lot-et-Garonne", "48:Lozère", "49:Maine-et-Loire",
            "50:Manche", "51:Marne", "52:Haute-Marne", "53:Mayenne", "54:Meurthe-et-Moselle", "55:Meuse",
            "56:Morbihan", "57:Moselle", "58:Nièvre", "59:Nord", "60:Oise", "61:Orne", "62:Pas-de-Calais",
            "63:Puy-de-Dôme", "64:Pyrénées-Atlantiques", "65:Hautes-Pyrénées", "66:Pyrénées-Orientales",
            "67:Bas-Rhin", "68:Haut-Rhin", "69:Rhône", "70:Haute-Saône", "71:Saône-et-Loire", "72:Sarthe",
            "73:Savoie", "74:Haute-Savoie", "75:Paris", "76:Seine-Maritime", "77:Seine-et-Marne", "78:Yvelines",
            "79:Deux-Sèvres", "80:Somme", "81:Tarn", "82:Tarn-et-Garonne", "83:Var", "84:Vaucluse", "85:Vendée",
            "86:Vienne", "87:Haute-Vienne", "88:Vosges", "89:Yonne", "90:Territoire de Belfort", "91:Essonne",
            "92:Hauts-de-Seine", "93:Seine-Saint-Denis", "94:Val-de-Marne", "95:Val-d'Oise", "971:Guadeloupe",
            "972:Martinique", "973:Guyane", "974:La Réunion", "975:Saint-Pierre-et-Miquelon", "976:Mayotte",
            "977:Saint-Barthélemy", "978:Saint-Martin", "986:Wallis-et-Futuna", "987:Polynésie française",
            "988:Nouvelle-Calédonie"};
        Map<String, String> out = new LinkedHashMap<>();
        for (String d : list) {
            int colon = d.indexOf(':');
            out.put(d.substring(0, colon), d.substring(colon + 1));
        }
        return Collections.unmodifiableMap(out);
    }
}
