package io.factwire.extractor;

import io.factwire.extractor.io.ArticleFiles;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@code factwire extract PATH...}: prints the claims of the articles in files, folders, JSON Lines files or
 * standard input ({@code -}), one JSON object per line, for score-claims.py. Unreadable input is reported on
 * the error stream as {@code path:line: reason}; the exit code is then 1.
 */
public final class ExtractMain {
    private ExtractMain() {
    }

    public static void main(String[] args) {
        PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), false,
                StandardCharsets.UTF_8);
        int status = run(Arrays.asList(args), out, System.err);
        out.flush();
        System.exit(status);
    }

    /** Extracts from {@code paths}; returns 0, or 1 when any input was rejected, 2 when no path was given. */
    public static int run(List<String> paths, PrintStream out, PrintStream err) {
        if (paths.isEmpty()) {
            err.println("usage: extract PATH... (article files, folders, .jsonl files, or - for JSONL on stdin)");
            return 2;
        }
        ClaimExtractor extractor = new ClaimExtractor();
        AtomicInteger rejected = new AtomicInteger();
        ArticleFiles.forEach(paths.stream().map(Path::of).toList(),
                article -> extractor.extract(article).forEach(claim -> out.println(ClaimJson.write(claim))),
                problem -> {
                    rejected.incrementAndGet();
                    err.println(problem);
                });
        out.flush();
        return rejected.get() == 0 ? 0 : 1;
    }
}
