package fr.mssante.advisor.pack;

import fr.mssante.advisor.engine.Finding;
import fr.mssante.advisor.facts.AuditDate;
import fr.mssante.advisor.facts.PortfolioEntry;
import fr.mssante.advisor.setup.Acknowledgement;
import fr.mssante.advisor.setup.CareTeam;
import fr.mssante.advisor.setup.Deployment;
import fr.mssante.advisor.setup.DistributionList;
import fr.mssante.advisor.setup.Exchange;
import fr.mssante.advisor.setup.Forwarding;
import fr.mssante.advisor.setup.Mailbox;
import fr.mssante.advisor.setup.Notification;
import fr.mssante.advisor.setup.Professional;
import fr.mssante.advisor.setup.Programme;
import fr.mssante.advisor.setup.Structure;
import fr.mssante.advisor.setup.read.Suggestions;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Says in the analyst's words what Drools' raw English means for the slips analysts make most: a field
 * the fact type does not have ({@code Structure( categorie == … )}) and a fact type that does not exist
 * ({@code Structur( … )}), each with the closest name. Other messages are kept as Drools wrote them.
 */
final class DroolsMessages {

    /** The facts the rules match on (what rules/README.md lists). */
    static final List<Class<?>> FACT_TYPES = List.of(Structure.class, CareTeam.class, Deployment.class,
            Programme.class, Professional.class, Mailbox.class, Forwarding.class, Notification.class,
            DistributionList.class, Exchange.class, Acknowledgement.class, AuditDate.class, Finding.class,
            PortfolioEntry.class);

    private static final Pattern NO_FIELD = Pattern.compile(
            "unable to resolve method using strict-mode: ([\\w.$]+)\\.(\\w+)\\(\\)");
    private static final Pattern NO_TYPE = Pattern.compile("Unable to resolve ObjectType '([\\w.$]+)'");

    /** A message in French and in English, and the word of the DRL line it is about (to find its column). */
    record Translated(String fr, String en, String word) {
    }

    private DroolsMessages() {
    }

    static Optional<Translated> translate(String drools) {
        Matcher field = NO_FIELD.matcher(drools);
        if (field.find()) {
            return unknownField(field.group(1), field.group(2));
        }
        Matcher type = NO_TYPE.matcher(drools);
        if (type.find()) {
            return Optional.of(unknownType(type.group(1)));
        }
        return Optional.empty();
    }

    private static Optional<Translated> unknownField(String className, String name) {
        Class<?> type = FACT_TYPES.stream().filter(c -> c.getName().equals(className)).findFirst().orElse(null);
        if (type == null) {
            return Optional.empty();
        }
        Set<String> fields = fieldsOf(type);
        String simple = type.getSimpleName();
        String closest = Suggestions.closest(name, fields).orElse(null);
        String list = String.join(", ", fields);
        return Optional.of(new Translated(
                "le fait " + simple + " n'a pas de champ « " + name + " »"
                        + (closest == null ? "" : " ; vouliez-vous dire « " + closest + " » ?")
                        + " (champs de " + simple + " : " + list + ")",
                "fact " + simple + " has no field \"" + name + "\""
                        + (closest == null ? "" : "; did you mean \"" + closest + "\"?")
                        + " (fields of " + simple + ": " + list + ")",
                name));
    }

    private static Translated unknownType(String name) {
        List<String> types = FACT_TYPES.stream().map(Class::getSimpleName).toList();
        String closest = Suggestions.closest(name, types).orElse(null);
        String list = String.join(", ", types);
        return new Translated(
                "type de fait inconnu « " + name + " »" + (closest == null ? "" : " ; vouliez-vous dire « " + closest
                        + " » ?") + " (faits : " + list + ")",
                "unknown fact type \"" + name + "\"" + (closest == null ? "" : "; did you mean \"" + closest + "\"?")
                        + " (facts: " + list + ")",
                name);
    }

    /** The names a condition can use: a record's components and its other public methods without argument. */
    static Set<String> fieldsOf(Class<?> type) {
        Set<String> names = new TreeSet<>();
        RecordComponent[] components = type.getRecordComponents();
        if (components != null) {
            Stream.of(components).map(RecordComponent::getName).forEach(names::add);
        }
        List<String> ignored = List.of("toString", "hashCode", "getClass");
        for (Method m : type.getMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers()) && m.getReturnType() != void.class
                    && m.getDeclaringClass() != Object.class && !ignored.contains(m.getName())) {
                names.add(m.getName());
            }
        }
        return names;
    }

    /** The 1-based column of {@code word} in {@code line} of {@code text}, or 0 when it is not there. */
    static int columnOf(String text, int line, String word) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (line < 1 || line > lines.size()) {
            return 0;
        }
        Matcher m = Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(lines.get(line - 1));
        return m.find() ? m.start() + 1 : 0;
    }
}
