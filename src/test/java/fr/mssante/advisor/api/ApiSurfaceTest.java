package fr.mssante.advisor.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The public API is this package alone: nothing a caller can reach from it names an internal type, so
 * the internals can change without breaking an application that embeds the advisor.
 */
class ApiSurfaceTest {

    private static final Path API_SOURCES = Path.of("src/main/java/fr/mssante/advisor/api");
    private static final Pattern PROJECT_TYPE = Pattern.compile("fr\\.mssante\\.advisor\\.(?!api\\b)[\\w.$]+");

    @Test
    void publicSignaturesOnlyUseApiAndJdkTypes() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : publicApiTypes()) {
            for (Method m : type.getMethods()) {
                if (m.getDeclaringClass() != Object.class && !m.getDeclaringClass().isEnum()
                        || m.getDeclaringClass() == type) {
                    check(type, m, m.getGenericReturnType(), leaks);
                    checkParameters(type, m, leaks);
                }
            }
            for (Constructor<?> c : type.getConstructors()) {
                checkParameters(type, c, leaks);
            }
            for (Field f : type.getFields()) {
                check(type, f, f.getGenericType(), leaks);
            }
        }
        assertThat(leaks).as("internal types reachable from the public API").isEmpty();
    }

    @Test
    void theApiPackageIsSmallAndItsHelpersAreNotPublic() throws Exception {
        List<String> names = publicApiTypes().stream().map(Class::getSimpleName).sorted().toList();
        assertThat(names).contains("Advisor", "AuditRequest", "SetupModel", "Report", "Finding", "PortfolioReport")
                .hasSizeLessThanOrEqualTo(20);
        assertThat(Modifier.isPublic(ReportConverter.class.getModifiers())).isFalse();
    }

    @Test
    void theEmbeddingExampleOnlyImportsTheApi() throws IOException {
        String source = Files.readString(Path.of("src/test/java/org/example/dui/EmbeddingTest.java"),
                StandardCharsets.UTF_8);
        Matcher m = PROJECT_TYPE.matcher(source);
        assertThat(m.find()).as("an internal type in the embedding example").isFalse();
    }

    private static List<Class<?>> publicApiTypes() throws IOException, ClassNotFoundException {
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(API_SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") && !f.endsWith("package-info.java")).sorted().toList()) {
                String name = file.getFileName().toString().replace(".java", "");
                Class<?> type = Class.forName("fr.mssante.advisor.api." + name);
                if (Modifier.isPublic(type.getModifiers())) {
                    out.add(type);
                    Stream.of(type.getDeclaredClasses()).filter(n -> Modifier.isPublic(n.getModifiers()))
                            .forEach(out::add);
                }
            }
        }
        return out;
    }

    private static void checkParameters(Class<?> owner, Executable e, List<String> leaks) {
        for (Type p : e.getGenericParameterTypes()) {
            check(owner, e, p, leaks);
        }
        for (Type x : e.getGenericExceptionTypes()) {
            check(owner, e, x, leaks);
        }
    }

    private static void check(Class<?> owner, Object member, Type type, List<String> leaks) {
        Matcher m = PROJECT_TYPE.matcher(type.getTypeName());
        if (m.find()) {
            leaks.add(owner.getSimpleName() + "." + member + " uses " + m.group());
        }
    }
}
