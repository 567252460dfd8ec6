package fr.mssante.advisor.identifiers;

/** Form and check-key validation of French health identifiers (FINESS, RPPS, ADELI, SIRET, INS), so rules never re-implement them. */
public final class Identifiers {

    private Identifiers() {
    }

    /** True when {@code digits} is non-empty, only ASCII digits, and passes the Luhn check. */
    public static boolean luhn(String digits) {
        if (!allDigits(digits)) {
            return false;
        }
        int sum = 0;
        boolean doubled = false;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            if (doubled) {
                d *= 2;
                if (d > 9) {
                    d -= 9;
                }
            }
            sum += d;
            doubled = !doubled;
        }
        return sum % 10 == 0;
    }

    /** FINESS (ET or EJ): department 01-95, 97x, or 2A/2B (form only), then digits; Luhn over the 9 digits. */
    public static boolean isValidFiness(String value) {
        if (value == null || value.length() != 9) {
            return false;
        }
        String dept = value.substring(0, 2);
        if (dept.equals("2A") || dept.equals("2B")) {
            // No public reference gives the Corsican substitution for the key: check the form only.
            return allDigits(value.substring(2));
        }
        if (!allDigits(value)) {
            return false;
        }
        int d = Integer.parseInt(dept);
        return (d >= 1 && d <= 95 || d == 97) && luhn(value);
    }

    /** RPPS: 11 digits with a Luhn key. */
    public static boolean isValidRpps(String value) {
        return value != null && value.length() == 11 && luhn(value);
    }

    /**
     * The RPPS number written with separators (spaces, dots, dashes: "100 010 000 99"), when without
     * them it is a valid one; else "" (a rule then has no correction to suggest).
     */
    public static String rppsWithoutSeparators(String value) {
        return withoutSeparators(value, Identifiers::isValidRpps);
    }

    /** The FINESS written with separators ("94 003 333 5", "940.033.335"), when without them it is valid; else "". */
    public static String finessWithoutSeparators(String value) {
        return withoutSeparators(value, Identifiers::isValidFiness);
    }

    private static String withoutSeparators(String value, java.util.function.Predicate<String> valid) {
        if (value == null) {
            return "";
        }
        String digits = value.replaceAll("[\\s\\u00a0\\u202f.\\-]", "");
        return !digits.equals(value) && valid.test(digits) ? digits : "";
    }

    /** ADELI: 9 characters, digits, with at most one upper-case letter in the department part (e.g. 2A); form only. */
    public static boolean isValidAdeli(String value) {
        if (value == null || value.length() != 9 || !allDigits(value.substring(2))) {
            return false;
        }
        char a = value.charAt(0);
        char b = value.charAt(1);
        boolean aLetter = a >= 'A' && a <= 'Z';
        boolean bLetter = b >= 'A' && b <= 'Z';
        return (isDigit(a) || aLetter) && (isDigit(b) || bLetter) && !(aLetter && bLetter);
    }

    /** SIRET: 14 digits with a Luhn key. */
    public static boolean isValidSiret(String value) {
        return value != null && value.length() == 14 && luhn(value);
    }

    /** Matricule INS (NIR/NIA): 13 characters (department may be 2A/2B) + key = 97 - (N mod 97), 2A read as 19, 2B as 18. */
    public static boolean isValidIns(String value) {
        if (value == null || value.length() != 15) {
            return false;
        }
        String dept = value.substring(5, 7);
        String deptAsDigits;
        if (dept.equals("2A")) {
            deptAsDigits = "19";
        } else if (dept.equals("2B")) {
            deptAsDigits = "18";
        } else {
            deptAsDigits = dept;
        }
        String body = value.substring(0, 5) + deptAsDigits + value.substring(7, 13);
        String key = value.substring(13);
        if (!allDigits(body) || !allDigits(key)) {
            return false;
        }
        // 13 digits stay below 10^13, well within a long.
        long n = Long.parseLong(body);
        return 97 - n % 97 == Integer.parseInt(key);
    }

    /** Identifiant national PP: "8" + RPPS or "0" + ADELI. */
    public static boolean isValidNationalPpId(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        String rest = value.substring(1);
        return switch (value.charAt(0)) {
            case '8' -> isValidRpps(rest);
            case '0' -> isValidAdeli(rest);
            default -> false;
        };
    }

    private static boolean allDigits(String s) {
        if (s == null || s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (!isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    // ASCII only: Character.isDigit would also accept e.g. Arabic-Indic digits.
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
