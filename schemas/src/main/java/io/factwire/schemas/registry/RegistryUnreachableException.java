package io.factwire.schemas.registry;

/** No HTTP answer from the registry: connection refused, timeout, unknown host. */
public class RegistryUnreachableException extends SchemaRegistryException {
    public RegistryUnreachableException(String location, Throwable cause) {
        super("schema registry at " + location + " is unreachable: " + describe(cause), 0, cause);
    }

    /** HttpClient's exceptions often carry a null message; the cause chain says what actually happened. */
    private static String describe(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (!text.isEmpty()) text.append(" <- ");
            text.append(t.getClass().getSimpleName());
            if (t.getMessage() != null) text.append(": ").append(t.getMessage());
            if (t.getCause() == t) break;
        }
        return text.toString();
    }
}
