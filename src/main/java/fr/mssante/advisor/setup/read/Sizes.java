package fr.mssante.advisor.setup.read;

import java.util.Locale;

/** File sizes as people read them: "12,5 Mio" in French, "12.5 MiB" in English. */
public final class Sizes {

    private Sizes() {
    }

    public static String fr(long bytes) {
        return format(bytes, Locale.FRANCE, "o", "Kio", "Mio", "Gio");
    }

    public static String en(long bytes) {
        return format(bytes, Locale.ENGLISH, "bytes", "KiB", "MiB", "GiB");
    }

    private static String format(long bytes, Locale locale, String... units) {
        double value = bytes;
        int unit = 0;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        String number = unit == 0 ? Long.toString(bytes) : String.format(locale, "%.1f", value);
        return number.replaceAll("[.,]0$", "") + " " + units[unit];
    }
}
