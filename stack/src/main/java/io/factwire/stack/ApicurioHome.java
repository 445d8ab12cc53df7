package io.factwire.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Finds the unpacked Apicurio Registry app (the directory holding {@code quarkus-run.jar}). */
final class ApicurioHome {

    static final String PROPERTY = "factwire.apicurio.home";
    static final String ENVIRONMENT = "FACTWIRE_APICURIO_HOME";
    private static final Path UNPACKED = Path.of("stack", "target", "apicurio");

    private ApicurioHome() {
    }

    /**
     * In order: the system property {@value #PROPERTY}, the environment variable {@value #ENVIRONMENT},
     * {@code <factwire.root>/stack/target/apicurio}, then the same path under the working directory and each of its
     * parents (a module's tests run from the module's directory).
     */
    static Path find() {
        List<Path> tried = new ArrayList<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return requireApp(Path.of(property), "system property " + PROPERTY);
        }
        String environment = System.getenv(ENVIRONMENT);
        if (environment != null && !environment.isBlank()) {
            return requireApp(Path.of(environment), "environment variable " + ENVIRONMENT);
        }
        String root = System.getProperty("factwire.root");
        if (root != null && !root.isBlank()) {
            Path candidate = Path.of(root).resolve(UNPACKED);
            if (hasApp(candidate)) {
                return candidate;
            }
            tried.add(candidate);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(UNPACKED);
            if (hasApp(candidate)) {
                return candidate;
            }
            tried.add(candidate);
        }
        throw new IllegalStateException("Apicurio Registry is not unpacked: no quarkus-run.jar in " + tried
                + ". Build the stack module once (mvn -pl stack package unpacks it), or point -D" + PROPERTY
                + " or " + ENVIRONMENT + " at a directory holding quarkus-run.jar.");
    }

    static Path runJar(Path home) {
        return home.resolve("quarkus-run.jar");
    }

    private static Path requireApp(Path home, String source) {
        if (!hasApp(home)) {
            throw new IllegalStateException(source + " points at " + home + ", which holds no quarkus-run.jar");
        }
        return home.toAbsolutePath();
    }

    private static boolean hasApp(Path home) {
        return Files.isRegularFile(runJar(home));
    }
}
