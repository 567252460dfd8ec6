package fr.mssante.advisor.report;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.i18n.Lang;
import fr.mssante.advisor.pack.Severity;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The JUnit XML parses and maps findings, accepted findings and input errors as its javadoc says. */
class JunitRendererTest {

    /** Failing at WARNING, as with {@code --fail-on WARNING}. */
    private final Document xml = parse(new JunitRenderer(Severity.WARNING).render(ReportFixture.run(Lang.FR), Lang.FR));

    @Test
    void hasOneSuitePerFileThenThePortfolio() {
        assertThat(names(xml.getElementsByTagName("testsuite"))).containsExactly("samples/ehpad-clean.yaml",
                "samples/saad-broken.yaml", "samples/ssiad-les-tilleuls.yaml", "portfolio");
    }

    @Test
    void errorsAndWarningsFailWithTitleTextAndPosition() {
        NodeList failures = xml.getElementsByTagName("failure");
        assertThat(failures.getLength()).isEqualTo(4);
        Element first = (Element) failures.item(0);
        assertThat(first.getAttribute("type")).isEqualTo("ERROR");
        assertThat(first.getAttribute("message")).isEqualTo("Transfert vers une adresse hors MSSanté");
        assertThat(first.getTextContent()).contains(ReportFixture.SCRIPT, "→ Supprimez ce transfert.",
                "samples/ssiad-les-tilleuls.yaml:31:9");
        Element testcase = (Element) first.getParentNode();
        assertThat(testcase.getAttribute("classname")).isEqualTo("FWD-OUTSIDE-TRUST-SPACE");
        assertThat(testcase.getAttribute("name")).isEqualTo("bal-soins");
        assertThat(first.getTextContent()).contains("[mailboxes[0].forwarding[0]]");
        assertThat(testcase.getAttribute("line")).isEqualTo("31");
    }

    @Test
    void infoAndAcceptedFindingsPassWithTheirTextsInSystemOut() {
        Element info = testcase("GOV-NO-USAGE-PROTOCOL");
        Element waived = testcase("FWD-AUTOMATIC");
        for (Element passing : List.of(info, waived)) {
            assertThat(passing.getElementsByTagName("failure").getLength()).isZero();
            assertThat(passing.getElementsByTagName("system-out").getLength()).isEqualTo(1);
        }
        assertThat(waived.getTextContent()).contains("Constat accepté", "Motif : Intérim de direction · Dérogation jusqu'au 31 mars 2026");
    }

    @Test
    void theThresholdDecidesWhatFailsLikeTheExitStatus() {
        Document errorsOnly = parse(new JunitRenderer().render(ReportFixture.run(Lang.FR), Lang.FR));
        Document never = parse(new JunitRenderer(null).render(ReportFixture.run(Lang.FR), Lang.FR));
        NodeList failures = errorsOnly.getElementsByTagName("failure");
        assertThat(failures.getLength()).isPositive().isLessThan(xml.getElementsByTagName("failure").getLength());
        for (int i = 0; i < failures.getLength(); i++) {
            assertThat(((Element) failures.item(i)).getAttribute("type")).isEqualTo("ERROR");
        }
        assertThat(never.getElementsByTagName("failure").getLength()).isZero();
        assertThat(never.getElementsByTagName("testcase").getLength())
                .isEqualTo(xml.getElementsByTagName("testcase").getLength());
    }

    @Test
    void oneTestcasePerRuleAndSubject() {
        NodeList cases = xml.getElementsByTagName("testcase");
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            String suite = ((Element) c.getParentNode()).getAttribute("name");
            assertThat(seen.add(suite + "/" + c.getAttribute("classname") + "/" + c.getAttribute("name")))
                    .as("duplicate testcase %s %s in %s", c.getAttribute("classname"), c.getAttribute("name"), suite)
                    .isTrue();
        }
    }

    @Test
    void anUnreadableFileIsAnErrorListingItsInputErrors() {
        Element suite = suite("samples/saad-broken.yaml");
        NodeList errors = suite.getElementsByTagName("error");
        assertThat(errors.getLength()).isEqualTo(1);
        assertThat(errors.item(0).getTextContent()).contains(
                "samples/saad-broken.yaml:12:11: [mailboxes[1].type] valeur « staff|usager »",
                "samples/saad-broken.yaml: while parsing a block mapping\n expected <block end>");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
    }

    @Test
    void suiteCountsMatchTheirTestcases() {
        NodeList suites = xml.getElementsByTagName("testsuite");
        int total = 0;
        for (int i = 0; i < suites.getLength(); i++) {
            Element suite = (Element) suites.item(i);
            int cases = suite.getElementsByTagName("testcase").getLength();
            total += cases;
            assertThat(suite.getAttribute("tests")).as(suite.getAttribute("name")).isEqualTo(String.valueOf(cases));
            assertThat(suite.getAttribute("failures"))
                    .isEqualTo(String.valueOf(suite.getElementsByTagName("failure").getLength()));
            assertThat(suite.getAttribute("errors"))
                    .isEqualTo(String.valueOf(suite.getElementsByTagName("error").getLength()));
        }
        assertThat(xml.getDocumentElement().getAttribute("tests")).isEqualTo(String.valueOf(total));
    }

    private Element suite(String name) {
        NodeList suites = xml.getElementsByTagName("testsuite");
        for (int i = 0; i < suites.getLength(); i++) {
            if (((Element) suites.item(i)).getAttribute("name").equals(name)) {
                return (Element) suites.item(i);
            }
        }
        throw new AssertionError("no testsuite " + name);
    }

    private Element testcase(String classname) {
        NodeList cases = xml.getElementsByTagName("testcase");
        for (int i = 0; i < cases.getLength(); i++) {
            if (((Element) cases.item(i)).getAttribute("classname").equals(classname)) {
                return (Element) cases.item(i);
            }
        }
        throw new AssertionError("no testcase " + classname);
    }

    private static List<String> names(NodeList nodes) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            out.add(((Element) nodes.item(i)).getAttribute("name"));
        }
        return out;
    }

    private static Document parse(String text) {
        try {
            return HtmlRendererTest.parse(text);
        } catch (Exception e) {
            throw new AssertionError("JUnit output is not well-formed XML", e);
        }
    }
}
