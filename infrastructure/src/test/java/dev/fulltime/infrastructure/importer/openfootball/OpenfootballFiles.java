package dev.fulltime.infrastructure.importer.openfootball;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/** The openfootball files copied into src/test/resources/openfootball (CC0, see LICENSE.md there). */
final class OpenfootballFiles {

    private static final String ROOT = "/openfootball/";

    private OpenfootballFiles() {
    }

    /** E.g. "champions-league/2022-23/cl.txt". */
    static String read(String path) {
        try {
            return Files.readString(resource(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every Champions League file, as paths like "champions-league/2011-12/cl_finals.txt". */
    static List<String> championsLeagueFiles() {
        Path root = resource("");
        try (Stream<Path> files = Files.walk(root.resolve("champions-league"))) {
            return files.filter(file -> file.toString().endsWith(".txt"))
                    .map(file -> root.relativize(file).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ParsedCompetition parse(String path) {
        return new FootballTxtParser().parse(read(path));
    }

    private static Path resource(String path) {
        URL url = Objects.requireNonNull(OpenfootballFiles.class.getResource(ROOT + path), () -> "no test resource " + path);
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The seasons that have a file of this name, e.g. {@code cl_finals.txt}. */
    static Stream<String> seasonsWith(String fileName) {
        return championsLeagueFiles().stream()
                .filter(file -> file.endsWith("/" + fileName))
                .map(file -> file.split("/")[1]);
    }
}
