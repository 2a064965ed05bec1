package com.hallqueue.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StateFileTest {

    @TempDir
    Path dir;

    @Test
    void aFileNeverWrittenHasNoLinesAndWritesReplaceTheWholeFile() throws Exception {
        StateFile state = new StateFile(dir.resolve("agent/copies"));
        assertThat(state.read()).isEmpty();

        state.write(List.of("t1#1", "t2#1"));
        state.write(List.of("t2#1"));

        assertThat(state.read()).containsExactly("t2#1");
        assertThat(new StateFile(state.path()).read()).containsExactly("t2#1");
        assertThat(Files.list(state.path().getParent())).containsExactly(state.path());
    }

    @Test
    void aTemporaryFileLeftByAKilledWriterIsNotRead() throws Exception {
        StateFile state = new StateFile(dir.resolve("copies"));
        state.write(List.of("t1#1"));
        Files.writeString(dir.resolve("copies.tmp"), "t1#1\nt9#");

        assertThat(state.read()).containsExactly("t1#1");
        state.write(List.of());
        assertThat(state.read()).isEmpty();
    }
}
