package fr.mssante.advisor.directory;

import static fr.mssante.advisor.report.HtmlText.escape;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.mssante.advisor.extract.Departments;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The map of the HTML dashboard: every department as an SVG shape coloured by its equipment rate, with
 * a {@code <title>} (name, rate) and a link to its section, and a legend. The outlines are public data
 * (CC BY 4.0, {@code map/NOTICE.md} beside {@code map/departments.json}); overseas departments and
 * collectivities, and Paris with its inner ring enlarged, sit in boxes. The table beside it stays the
 * accessible source of the figures.
 *
 * <p>Colours: up to five classes of the rounded percentage fitted to the departments shown
 * ({@link RateScale}), every colour at least 4.4:1 against the white page and the white borders (WCAG
 * 2.1 non-text contrast asks 3:1), ordered from orange (fewest equipped) to navy (most); a department
 * without any establishment in scope is pale grey with a darker outline.
 */
final class DepartmentMap {

    static final String EMPTY_FILL = "#f2f4f7";
    static final String EMPTY_STROKE = "#667085";

    /**
     * One outline of the map data.
     *
     * @param inset  an enlarged copy (Paris and its inner ring)
     * @param specks islands too small to see at their box's scale: drawn with a thick outline
     */
    record Shape(String code, String name, String path, boolean inset, boolean specks) {
    }

    /** A box of the drawing holding overseas departments, or Paris enlarged. */
    record Box(double x, double y, double w, double h, String label) {
    }

    record Data(String viewBox, List<Box> boxes, List<Shape> shapes) {
    }

    private static final Data DATA = load();

    private DepartmentMap() {
    }

    static Data data() {
        return DATA;
    }

    /** The figure, then the legend and the attribution, as one {@code <figure>}. */
    static void render(StringBuilder h, DashboardLabels t, List<Dashboard.Area> departments) {
        Map<String, Dashboard.Area> byCode = departments.stream()
                .collect(Collectors.toMap(Dashboard.Area::code, Function.identity(), (a, b) -> a));
        RateScale scale = RateScale.of(departments.stream().map(Dashboard.Area::equipmentRate).toList());
        h.append("<figure class=\"map\">\n<svg viewBox=\"").append(DATA.viewBox())
                .append("\" role=\"group\" aria-labelledby=\"map-title\">\n<title id=\"map-title\">")
                .append(escape(t.mapTitle())).append("</title>\n");
        for (Box b : DATA.boxes()) {
            h.append("<rect class=\"box\" x=\"").append(num(b.x())).append("\" y=\"").append(num(b.y()))
                    .append("\" width=\"").append(num(b.w())).append("\" height=\"").append(num(b.h())).append("\"/>")
                    .append("<text class=\"box\" x=\"").append(num(b.x() + 3)).append("\" y=\"")
                    .append(num(b.y() + b.h() - 3)).append("\">").append(escape(b.label())).append("</text>\n");
        }
        for (Shape s : DATA.shapes()) {
            Dashboard.Area a = byCode.get(s.code());
            String name = Departments.nameOf(s.code()) != null ? Departments.nameOf(s.code()) : s.name();
            String title = s.code() + " " + name + t.colon() + (a == null ? t.mapNoEstablishment() : t.mapRate(a));
            if (a != null) {
                h.append("<a href=\"#dep-").append(escape(s.code())).append("\">");
            }
            String fill = a == null ? EMPTY_FILL : scale.colourOf(a.equipmentRate());
            List<String> classes = new ArrayList<>(3);
            if (a == null) {
                classes.add("empty");
            }
            if (s.inset()) {
                classes.add("zoom");
            }
            if (s.specks()) {
                classes.add("specks");
            }
            h.append("<path data-dep=\"").append(escape(s.code())).append('"')
                    .append(classes.isEmpty() ? "" : " class=\"" + String.join(" ", classes) + "\"")
                    .append(" fill=\"").append(fill).append('"')
                    .append(s.specks() ? " style=\"stroke:" + (a == null ? EMPTY_STROKE : fill) + "\"" : "");
            h.append(" d=\"").append(s.path()).append("\"><title>").append(escape(title)).append("</title></path>");
            h.append(a == null ? "\n" : "</a>\n");
        }
        h.append("</svg>\n");
        legend(h, t, scale);
        h.append("<figcaption class=\"meta\">").append(t.mapAttributionHtml()).append("</figcaption>\n</figure>\n");
    }

    private static void legend(StringBuilder h, DashboardLabels t, RateScale scale) {
        h.append("<p class=\"legend-title\">").append(escape(t.equipmentRate())).append(" <span class=\"meta\">")
                .append(escape(t.scaleHint(scale.step()))).append("</span></p>\n<ul class=\"legend\">\n");
        for (int c = 0; c < scale.classes(); c++) {
            h.append("<li><span class=\"swatch\" style=\"background:").append(scale.colour(c)).append("\"></span>")
                    .append(escape(t.percentRange(scale.from(c), scale.to(c)))).append("</li>\n");
        }
        h.append("<li><span class=\"swatch\" style=\"background:").append(EMPTY_FILL).append(";border-color:")
                .append(EMPTY_STROKE).append("\"></span>").append(escape(t.mapNoEstablishment())).append("</li>\n</ul>\n");
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }

    private static Data load() {
        try (InputStream in = DepartmentMap.class.getResourceAsStream("map/departments.json")) {
            if (in == null) {
                throw new IllegalStateException("map/departments.json is missing from the jar");
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<Box> boxes = new ArrayList<>();
            root.path("insets").forEach(b -> boxes.add(new Box(b.path("x").asDouble(), b.path("y").asDouble(),
                    b.path("w").asDouble(), b.path("h").asDouble(), b.path("label").asText())));
            List<Shape> shapes = new ArrayList<>();
            root.path("departments").forEach(d -> shapes.add(new Shape(d.path("code").asText(), d.path("name").asText(),
                    d.path("path").asText(), d.path("inset").asBoolean(false), d.path("specks").asBoolean(false))));
            return new Data(root.path("viewBox").asText(), List.copyOf(boxes), List.copyOf(shapes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
