package fr.mssante.advisor.pack;

import fr.mssante.advisor.i18n.Lang;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * An informational answer of the FAQ that is not a rule (what a DUI is, MSSanté versus the DMP…), written
 * by analysts beside the rules in {@code topics/*.yaml} and shown by {@code explain TOPIC}.
 *
 * @param faqDate the date of the FAQ the answer comes from
 * @param related ids of rules of the pack that touch the same subject
 * @param file    where it is written, as a person names the file; {@code line} its first line
 */
public record Topic(String id, LocalDate faqDate, Map<Lang, Text> texts, List<String> related, String file,
                    int line) {

    public Topic {
        texts = Map.copyOf(texts);
        related = List.copyOf(related);
    }

    /**
     * A topic's words in one language.
     *
     * @param question the subject of the FAQ question, in our words
     */
    public record Text(String title, String question, String answer) {
    }

    public Text text(Lang lang) {
        return texts.get(lang);
    }
}
