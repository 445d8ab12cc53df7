package io.factwire.stack.junit;

import io.factwire.stack.LocalStack;
import io.factwire.stack.RunningStack;
import io.factwire.stack.StackEndpoints;
import io.factwire.stack.StackOptions;
import io.factwire.stack.TestcontainersStack;
import io.factwire.stack.junit.StackSelection.Backend;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Resolves {@link StackEndpoints}, {@link RunningStack} and {@link LocalStack} parameters with one stack per test run
 * and broker count, started on first use, on the backend {@code -Dfactwire.stack} chooses ({@link StackSelection}).
 * The stack lives in the root context's store, which closes it (an {@link AutoCloseable} value, JUnit 5.13+) when the
 * whole run ends, whether tests passed or failed; the local stack's shutdown hook and child-process watchdog, and
 * Testcontainers' own reaper, cover a test JVM that dies instead.
 *
 * <p>A test the chosen backend cannot serve is disabled by this extension's {@link ExecutionCondition}, so build tools
 * count it as skipped and show why: every test when the Testcontainers stack is chosen and Docker is missing, and on
 * that stack the 3-broker tests and tests that take a {@link LocalStack}. A condition, not an assumption: JUnit
 * reports an assumption thrown while resolving a parameter as a failure, and Maven counts a class aborted in its
 * before-all phase as neither run nor skipped. A class is judged before its {@code @BeforeAll} methods ask for a stack.
 */
public final class RealStackExtension implements ExecutionCondition, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(RealStackExtension.class);
    private static final String SELECTION_KEY = "selection";
    private static final String LOCAL_STACK_PARAMETER = "a LocalStack parameter needs the local stack and this run uses"
            + " the Testcontainers one: take StackEndpoints or RunningStack to run on both, or -Dfactwire.stack=local";

    private final Supplier<StackSelection> selectionSource;

    public RealStackExtension() {
        this(StackSelection::fromSystemProperty);
    }

    /** With a given selection instead of the system property's: for testing the extension itself. */
    RealStackExtension(Supplier<StackSelection> selectionSource) {
        this.selectionSource = selectionSource;
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return skipReason(context).map(ConditionEvaluationResult::disabled)
                .orElseGet(() -> ConditionEvaluationResult.enabled("the chosen stack can run here"));
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == StackEndpoints.class || type == RunningStack.class || type == LocalStack.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        // A disabled test never gets here; a constructor or @BeforeAll method taking a LocalStack can.
        Optional<String> skip = skipReason(context);
        if (skip.isEmpty() && parameter.getParameter().getType() == LocalStack.class
                && selection(context).backend() != Backend.LOCAL) {
            skip = Optional.of(LOCAL_STACK_PARAMETER);
        }
        if (skip.isPresent()) {
            throw new ParameterResolutionException(skip.get());
        }
        RunningStack stack = sharedStack(context, selection(context).backend(), brokers(context));
        return parameter.getParameter().getType() == StackEndpoints.class ? stack.endpoints() : stack;
    }

    /** Why the tests of {@code context} cannot run on this run's stack, or empty when they can. */
    private Optional<String> skipReason(ExtensionContext context) {
        StackSelection selection = selection(context);
        if (selection.skipReason().isPresent() || selection.backend() == Backend.LOCAL) {
            return selection.skipReason();
        }
        if (brokers(context) != 1) {
            return Optional.of("@RealStack(brokers = " + brokers(context) + ") needs the local stack: skipped on the"
                    + " one-broker Testcontainers stack (-Dfactwire.stack=local)");
        }
        boolean takesLocalStack = context.getTestMethod()
                .map(method -> Arrays.asList(method.getParameterTypes()).contains(LocalStack.class))
                .orElse(false);
        return takesLocalStack ? Optional.of(LOCAL_STACK_PARAMETER) : Optional.empty();
    }

    /** Decided once per test run: the Docker probe behind the Testcontainers choice takes a moment. */
    private StackSelection selection(ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SELECTION_KEY, key -> selectionSource.get(), StackSelection.class);
    }

    /**
     * The shared stack with {@code brokers} brokers on the backend {@code -Dfactwire.stack} chooses, started the
     * first time any test asks for it. A failed start is remembered too: every later test fails at once with the
     * same cause instead of waiting out another start. For callers outside a {@link RealStack} test nothing is
     * skipped: where the chosen stack cannot run here (no Docker), this throws an {@link IllegalStateException} saying
     * why.
     */
    public static RunningStack stack(ExtensionContext context, int brokers) {
        StackSelection selection = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SELECTION_KEY, key -> StackSelection.fromSystemProperty(), StackSelection.class);
        selection.skipReason().ifPresent(reason -> {
            throw new IllegalStateException(reason);
        });
        return sharedStack(context, selection.backend(), brokers);
    }

    private static RunningStack sharedStack(ExtensionContext context, Backend backend, int brokers) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent("stack-" + brokers, key -> SharedStack.start(backend, brokers), SharedStack.class)
                .get();
    }

    /** Either the running stack or why it did not start; closed by JUnit with the root store. */
    private record SharedStack(RunningStack stack, RuntimeException failure) implements AutoCloseable {

        static SharedStack start(Backend backend, int brokers) {
            try {
                return new SharedStack(switch (backend) {
                    case LOCAL -> LocalStack.start(StackOptions.builder().brokers(brokers).build());
                    case TESTCONTAINERS -> TestcontainersStack.start();
                }, null);
            } catch (RuntimeException e) {
                return new SharedStack(null, e);
            }
        }

        RunningStack get() {
            if (failure != null) {
                throw new IllegalStateException("the shared stack did not start: " + failure.getMessage(), failure);
            }
            return stack;
        }

        @Override
        public void close() {
            if (stack != null) {
                stack.close();
            }
        }
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
