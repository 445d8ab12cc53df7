package io.factwire.ingest;

import java.util.Locale;
import picocli.CommandLine;

/** The order articles are published in ({@code --order}). */
public enum ArticleOrder {
    /** As read: paths in the order given, folders sorted, lines in file order. */
    INPUT,
    /** By publication time, oldest first; undated articles last; ties keep their input order. */
    PUBLISHED;

    /** Accepts {@code input} and {@code published}, as the option is written, in any case. */
    static final class Converter implements CommandLine.ITypeConverter<ArticleOrder> {
        @Override
        public ArticleOrder convert(String value) {
            try {
                return valueOf(value.strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not an order; use published or input");
            }
        }
    }
}
