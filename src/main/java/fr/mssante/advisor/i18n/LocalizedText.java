package fr.mssante.advisor.i18n;

/** A sentence in both languages; chosen only when a report is rendered. */
public record LocalizedText(String fr, String en) {

    public static LocalizedText of(String fr, String en) {
        return new LocalizedText(fr, en);
    }

    public String in(Lang lang) {
        return lang == Lang.EN ? en : fr;
    }
}
