package io.factwire.stack.junit;

import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs the annotated tests against a real stack: parameters of type {@link io.factwire.stack.StackEndpoints},
 * {@link io.factwire.stack.RunningStack} or {@link io.factwire.stack.LocalStack} receive one shared stack per test run
 * (one per broker count), local by default or on Docker with {@code -Dfactwire.stack=testcontainers}, where tests
 * are skipped when Docker is missing.
 */
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(RealStackExtension.class)
public @interface RealStack {

    /** 1, or 3 for fault tests (a separate stack: three brokers and a dedicated controller). */
    int brokers() default 1;
}
