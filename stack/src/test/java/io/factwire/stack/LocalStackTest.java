package io.factwire.stack;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

class LocalStackTest {

    @TempDir
    Path empty;

    @AfterEach
    void forgetTheHome() {
        System.clearProperty(ApicurioHome.PROPERTY);
    }

    @Test
    void aMisplacedRegistryFailsBeforeAnythingStarts() {
        System.setProperty(ApicurioHome.PROPERTY, empty.toString());

        assertThatThrownBy(() -> LocalStack.start(StackOptions.defaults()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining(ApicurioHome.PROPERTY)
                .hasMessageContaining(empty.toString())
                .hasMessageContaining("quarkus-run.jar");
    }
}
