package fr.mssante.advisor.serve;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The setup files of {@code samples/}, which the jar carries under {@link #FOLDER}, read once at start: the
 * page offers them as starting points for a setup file. Each is described by its header comment (what it
 * shows), its structure's name and its category.
 */
final class Samples {

    static final String FOLDER = "/mssante-samples";

    /** One sample: {@code name} is its file name, {@code text} the file as committed. */
    record Sample(String name, String structure, String category, String description, String text) {
    }

    private final Map<String, Sample> byName;

    private Samples(List<Sample> samples) {
        Map<String, Sample> map = new java.util.LinkedHashMap<>();
        samples.forEach(s -> map.put(s.name(), s));
        this.byName = java.util.Collections.unmodifiableMap(map);
    }

    static Samples load() {
        URL folder = Samples.class.getResource(FOLDER);
        if (folder == null) {
            return new Samples(List.of());   // a build without samples: the page offers none
        }
        try {
            URI uri = folder.toURI();
            Path root = "jar".equals(uri.getScheme()) ? jar(uri).getPath(FOLDER) : Path.of(uri);
            List<Sample> samples = new ArrayList<>();
            try (Stream<Path> files = Files.list(root)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".yaml")).sorted().toList()) {
                    samples.add(read(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8)));
                }
            }
            return new Samples(samples);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar's file system, opened once per process and shared (the rule pack's loader opens it too). */
    private static java.nio.file.FileSystem jar(URI inJar) throws IOException {
        URI jar = URI.create(inJar.toString().substring(0, inJar.toString().indexOf("!/")));
        try {
            return FileSystems.newFileSystem(jar, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(jar);
        }
    }

    static Sample read(String name, String text) throws IOException {
        StringBuilder description = new StringBuilder();
        for (String line : text.lines().toList()) {
            if (!line.startsWith("#")) {
                break;
            }
            String words = line.substring(1).strip();
            if (!words.isEmpty()) {
                description.append(description.length() == 0 ? "" : " ").append(words);
            }
        }
        JsonNode structure = new ObjectMapper(new YAMLFactory()).readTree(text).path("structure");
        return new Sample(name, structure.path("name").asText(""), structure.path("category").asText(""),
                description.toString(), text);
    }

    List<Sample> all() {
        return List.copyOf(byName.values());
    }

    Optional<Sample> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
