package fr.mssante.advisor.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The "did you mean" of an unknown FINESS: one or two digits off, the nearest first. */
class ClosestCodeTest {

    @Test
    void aSwapOrAWrongDigitIsNearTwoAreTheLimit() {
        assertThat(ClosestCode.distance("930000012", "930000021", 3)).isEqualTo(1);
        assertThat(ClosestCode.distance("930000012", "930000013", 3)).isEqualTo(1);
        assertThat(ClosestCode.distance("93000012", "930000012", 3)).isEqualTo(1);
        assertThat(ClosestCode.distance("930000012", "930000099", 3)).isEqualTo(2);
        assertThat(ClosestCode.distance("930000012", "750000099", 3)).isEqualTo(3);
    }

    @Test
    void theNearestWinsAndFarOnesAreNotSuggested() {
        ClosestCode c = new ClosestCode("930000012");
        c.offer("750000001");
        assertThat(c.best()).isNull();
        c.offer("930000099");
        c.offer("930000021");
        c.offer("930000013");
        c.offer("930000012");   // itself: not a suggestion
        assertThat(c.best()).isEqualTo("930000021");
    }
}
