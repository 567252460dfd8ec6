package fr.mssante.advisor.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The memory budget of held bodies: within it a body is held, past it a 503, released on completion. */
class BodyBudgetTest {

    @Test
    void bodiesPastTheBudgetAre503UntilOthersAreReleased() {
        BodyBudget budget = new BodyBudget(1000);
        long a = budget.reserve(600);
        assertThatThrownBy(() -> budget.reserve(500)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem()).isEqualTo(Problem.OVERLOADED);
            assertThat(e.detail(fr.mssante.advisor.i18n.Lang.FR)).contains("1000 o");
        });
        assertThat(budget.held()).isEqualTo(600);
        budget.release(a);
        assertThat(budget.reserve(500)).isEqualTo(500);
        budget.release(500);
        // A body larger than the budget alone is held when nothing else is (its own size limit applies).
        assertThat(budget.reserve(5000)).isEqualTo(5000);
        budget.release(5000);
        assertThat(budget.held()).isZero();
    }
}
