package com.hallqueue.display;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** What a counter's strip says when paused: with the resume time only while the hall's lunch break holds it. */
class LedTextTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void aCounterOnTheHallsLunchBreakSaysWhenItResumes() throws Exception {
        JsonNode lunch = JSON.readTree("""
                {"number":1,"state":"PAUSED","pauseReason":"午休 / Lunch break",
                 "resumesAt":"2026-11-27T05:30:00Z","resumeTime":"13:30"}""");
        assertThat(LedText.forCounter(lunch)).isEqualTo("暂停服务 13:30恢复");
        assertThat(LedText.ascii(lunch)).isEqualTo("PAUSED TILL 13:30");
        assertThat(LedText.paused(LedText.forCounter(lunch))).isTrue();
    }

    @Test
    void aCounterPausedByItsStaffSaysOnlyThatItIsPaused() throws Exception {
        JsonNode paused = JSON.readTree("""
                {"number":1,"state":"PAUSED","pauseReason":"临时离开","resumesAt":null,"resumeTime":null}""");
        assertThat(LedText.forCounter(paused)).isEqualTo("暂停服务");
        assertThat(LedText.ascii(paused)).isEqualTo("PAUSED");
        assertThat(LedText.paused(LedText.forCounter(JSON.readTree("{\"number\":2,\"state\":\"IDLE\"}")))).isFalse();
    }
}
