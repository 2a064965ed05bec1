package com.hallqueue.server.voice;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Which clips make a call announcement. Chinese reads the ticket number digit by digit
 * (A001 → A 零 零 一) and the counter as a number (12 → 十二): 请A001号到12号窗口办理.
 * English: "number A zero zero one, please go to counter one two".
 */
final class Phrases {

    static final String CHIME = "chime";
    static final String AFTER_CHIME = "(pause after chime)";
    static final String BETWEEN = "(pause between repeats)";
    static final Map<String, Integer> SILENCE_MILLIS = Map.of(AFTER_CHIME, 300, BETWEEN, 800);

    private static final String[] ZH_WORDS = {"qing", "hao", "dao", "chuangkou", "banli", "shi", "bai"};
    private static final String[] EN_WORDS = {"number", "please-go-to-counter"};

    private Phrases() {
    }

    /** The chime, then the sentence {@code times} times with a pause between. */
    static List<String> call(String number, int counter, String lang, int times) {
        List<String> out = new ArrayList<>(List.of(CHIME, AFTER_CHIME));
        List<String> sentence = lang.equals("en") ? english(number, counter) : chinese(number, counter);
        for (int i = 0; i < times; i++) {
            if (i > 0) {
                out.add(BETWEEN);
            }
            out.addAll(sentence);
        }
        return out;
    }

    private static List<String> chinese(String number, int counter) {
        List<String> out = new ArrayList<>(List.of("zh/qing"));
        spell(number, "zh/", out);
        out.addAll(List.of("zh/hao", "zh/dao"));
        chineseNumber(counter, out);
        out.addAll(List.of("zh/hao", "zh/chuangkou", "zh/banli"));
        return out;
    }

    private static List<String> english(String number, int counter) {
        List<String> out = new ArrayList<>(List.of("en/number"));
        spell(number, "en/", out);
        out.add("en/please-go-to-counter");
        spell(Integer.toString(counter), "en/", out);
        return out;
    }

    private static void spell(String text, String prefix, List<String> out) {
        for (char c : text.toCharArray()) {
            out.add(prefix + c);
        }
    }

    /** 1–999 as spoken: 三, 十二, 二十, 一百零五, 一百一十. */
    static void chineseNumber(int n, List<String> out) {
        int hundreds = n / 100;
        int tens = n / 10 % 10;
        int ones = n % 10;
        if (hundreds > 0) {
            out.addAll(List.of("zh/" + hundreds, "zh/bai"));
        }
        if (tens > 0) {
            if (hundreds > 0 || tens > 1) {
                out.add("zh/" + tens);
            }
            out.add("zh/shi");
        } else if (hundreds > 0 && ones > 0) {
            out.add("zh/0");
        }
        if (ones > 0 || n == 0) {
            out.add("zh/" + ones);
        }
    }

    /** Every clip a pack must hold. */
    static List<String> allClips() {
        List<String> all = new ArrayList<>(List.of(CHIME));
        for (String lang : List.of("zh/", "en/")) {
            for (char c = '0'; c <= '9'; c++) {
                all.add(lang + c);
            }
            for (char c = 'A'; c <= 'Z'; c++) {
                all.add(lang + c);
            }
        }
        for (String w : ZH_WORDS) {
            all.add("zh/" + w);
        }
        for (String w : EN_WORDS) {
            all.add("en/" + w);
        }
        return all;
    }
}
