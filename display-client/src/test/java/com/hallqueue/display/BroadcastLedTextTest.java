package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What a strip says of an emergency broadcast: the heading, then the manager's text or the kind's sentence. */
class BroadcastLedTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aChineseStripShowsTheHeadingAndTheManagersText() throws Exception {
        assertThat(LedText.broadcast(broadcast("请从东门撤离"))).isEqualTo("紧急疏散：请从东门撤离");
    }

    @Test
    void withoutTextTheStripShowsTheKindsSentence() throws Exception {
        assertThat(LedText.broadcast(broadcast(""))).isEqualTo("紧急疏散：紧急情况，请有序撤离");
        assertThat(LedText.broadcastAscii(broadcast(""))).isEqualTo("EVACUATION: Please leave calmly.");
    }

    @Test
    void anAlphaSignShowsOnlyThePrintableAsciiOfTheText() throws Exception {
        assertThat(LedText.broadcastAscii(broadcast("请从东门撤离 Exit east ✓"))).isEqualTo("EVACUATION: Exit east");
        assertThat(LedText.broadcastAscii(broadcast("请从东门撤离"))).isEqualTo("EVACUATION: Please leave calmly.");
    }

    private static JsonNode broadcast(String text) throws Exception {
        return JSON.readTree("{\"id\":1,\"kind\":\"EVACUATION\",\"title\":\"紧急疏散\",\"titleEn\":\"Evacuation\","
                + "\"says\":\"紧急情况，请有序撤离\",\"saysEn\":\"Please leave calmly.\",\"text\":"
                + JSON.writeValueAsString(text) + "}");
    }
}
