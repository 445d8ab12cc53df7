package io.factwire.app;

import io.factwire.extractor.ExtractMain;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code ./factwire extract}: the claim extractor offline, no Kafka: one JSON claim per line. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extracts casualty claims offline (no Kafka), one JSON object per claim per line.",
                "Reads seeds-format files, folders or JSON Lines (- for stdin); fields as in CLAIMS.md.",
                "Errors go to stderr; exit status 1 when some input was rejected."})
final class ExtractCommand implements Callable<Integer> {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files, folders or JSON Lines files; - reads JSON Lines from stdin.")
    List<String> paths;

    @Override
    public Integer call() {
        return ExtractMain.run(paths, System.out, System.err);
    }
}
