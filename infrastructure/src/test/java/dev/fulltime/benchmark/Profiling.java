package dev.fulltime.benchmark;

import java.nio.file.Files;
import java.nio.file.Path;
import jdk.jfr.Configuration;
import jdk.jfr.Recording;

/** A Flight Recorder profile of the run when {@code -Dbench.jfr=file.jfr} names where to write it. */
final class Profiling implements AutoCloseable {

    private final Recording recording;
    private final Path file;

    private Profiling(Recording recording, Path file) {
        this.recording = recording;
        this.file = file;
    }

    static Profiling start() throws Exception {
        String file = System.getProperty("bench.jfr");
        if (file == null) {
            return new Profiling(null, null);
        }
        Recording recording = new Recording(Configuration.getConfiguration("profile"));
        recording.start();
        return new Profiling(recording, Path.of(file));
    }

    @Override
    public void close() throws Exception {
        if (recording != null) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            recording.dump(file);
            recording.close();
            System.out.println("bench: profile written to " + file.toAbsolutePath());
        }
    }
}
