package fr.mssante.advisor.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.TestPacks;
import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The committed catalogue {@code docs/rules.md} is what {@code rules doc} generates from the pack today. */
class RuleDocsTest {

    @Test
    void committedCatalogueIsCurrent() throws IOException {
        String committed = Files.readString(Path.of("docs/rules.md"));
        assertThat(new RuleDocs(TestPacks.pack(), Lang.FR).markdown())
                .as("docs/rules.md is stale: run `java -jar target/mssante-advisor.jar rules doc --output docs/rules.md`")
                .isEqualTo(committed);
    }

    @Test
    void everyRuleIsListedAndDocumentedInBothFormats() {
        RuleDocs fr = new RuleDocs(TestPacks.pack(), Lang.FR);
        RuleDocs en = new RuleDocs(TestPacks.pack(), Lang.EN);
        for (RuleInfo r : TestPacks.pack().sortedRules()) {
            assertThat(fr.list()).contains(r.id());
            assertThat(fr.markdown()).contains("### " + r.id());
            assertThat(en.html()).contains("id=\"" + r.id() + "\"");
        }
        assertThat(en.markdown()).startsWith("# MSSanté rule catalogue");
        assertThat(fr.html()).startsWith("<!DOCTYPE html>").contains("lang=\"fr\"");
    }
}
