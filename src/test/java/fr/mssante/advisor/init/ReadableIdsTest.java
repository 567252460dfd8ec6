package fr.mssante.advisor.init;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Ids a director can read and type, unique in a file, always of the setup format's id form. */
class ReadableIdsTest {

    private static final String ID_FORM = "[\\p{L}\\p{M}\\p{Nd}_-]+";

    @Test
    void namesBecomeReadableAsciiIds() {
        ReadableIds ids = new ReadableIds();

        assertThat(ids.next("p", "x", "N'DIAYE", "Zoé")).isEqualTo("p-n-diaye-zoe");
        assertThat(ids.next("p", "x", "DE LA FONTAINE: #1", "Hélène")).isEqualTo("p-de-la-fontaine-1-helene");
        assertThat(ids.next("p", "x", "Œuvre", "Ægir")).isEqualTo("p-oeuvre-aegir");
        assertThat(ids.next("bal", "x", "jean.martin")).isEqualTo("bal-jean-martin");
    }

    @Test
    void aSecondSameNameGetsANumber() {
        ReadableIds ids = new ReadableIds();

        assertThat(ids.next("p", "x", "MARTIN", "Jean")).isEqualTo("p-martin-jean");
        assertThat(ids.next("p", "x", "Martin", "Jean")).isEqualTo("p-martin-jean-2");
        assertThat(ids.next("p", "x", "MARTIN", "JEAN")).isEqualTo("p-martin-jean-3");
        // A name that happens to look like a numbered one is still unique.
        assertThat(ids.next("p", "x", "MARTIN", "Jean 2")).isEqualTo("p-martin-jean-2-2");
    }

    @Test
    void nothingReadableFallsBackAndVeryLongNamesAreCutOnAWord() {
        ReadableIds ids = new ReadableIds();

        assertThat(ids.next("p", "professionnel", "«»", null)).isEqualTo("p-professionnel");
        assertThat(ids.next("p", "professionnel", "", "")).isEqualTo("p-professionnel-2");
        assertThat(ids.next("bal", "ligne-4", "'''")).isEqualTo("bal-ligne-4");
        String longId = ids.next("p", "x", "WOLFESCHLEGEL-STEINHAUSEN-BERGERDORFF-VONDERHÖHE-DIT-LE-LONG", "Anne");
        assertThat(longId).isEqualTo("p-wolfeschlegel-steinhausen-bergerdorff").matches(ID_FORM);
        assertThat(longId.length()).isLessThanOrEqualTo(2 + ReadableIds.MAX_BODY);
        assertThat(ids.next("p", "x", "A".repeat(300), "")).matches(ID_FORM).hasSize(2 + ReadableIds.MAX_BODY);
    }
}
