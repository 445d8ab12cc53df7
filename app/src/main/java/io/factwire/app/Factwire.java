package io.factwire.app;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The factwire command line: one entry point, one subcommand per job. */
@Command(name = "factwire", mixinStandardHelpOptions = true, version = "factwire 0.1.0",
        description = "Turns a stream of news articles into live, sourced casualty figures.",
        subcommands = {StackCommand.class, CommandLine.HelpCommand.class})
public final class Factwire implements Runnable {

    public static void main(String[] args) {
        System.exit(new CommandLine(new Factwire()).execute(args));
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
