package io.factwire.stack.junit;

import io.factwire.stack.LocalStack;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.StackOptions;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.Optional;

/**
 * Resolves {@link StackEndpoints} and {@link LocalStack} parameters with one stack per test run and broker count,
 * started on first use. The stack lives in the root context's store, which closes it (an {@link AutoCloseable}
 * value, JUnit 5.13+) when the whole run ends, whether tests passed or failed; the stack's shutdown hook and its
 * child-process watchdog cover a test JVM that dies instead.
 */
public final class RealStackExtension implements ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealStackExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == StackEndpoints.class || type == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        LocalStack stack = stack(context, brokers(context));
        return parameter.getParameter().getType() == LocalStack.class ? stack : stack.endpoints();
    }

    /** The shared stack with {@code brokers} brokers, started the first time any test asks for it. */
    public static LocalStack stack(ExtensionContext context, int brokers) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent("stack-" + brokers,
                key -> LocalStack.start(StackOptions.builder().brokers(brokers).build()), LocalStack.class);
    }

    /** The nearest {@link RealStack#brokers()}: on the method, its class, or an enclosing class; else 1. */
    private static int brokers(ExtensionContext context) {
        for (ExtensionContext current = context; current != null; current = current.getParent().orElse(null)) {
            Optional<RealStack> annotation = current.getElement()
                    .flatMap(element -> AnnotationSupport.findAnnotation(element, RealStack.class));
            if (annotation.isPresent()) {
                return annotation.get().brokers();
            }
        }
        return 1;
    }
}
