#!/usr/bin/env bash
# Makes the default voice clip pack the server joins into call announcements.
# Run once from this directory; the clips are committed. A hall that records its own
# voice keeps the same file names in its own directory and sets voice.clips in its config.
# Needs: espeak-ng and sox (Debian packages of the same names).
# Every clip: 16 kHz, mono, 16-bit PCM WAV, silence trimmed at both ends.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p zh en
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

trim() {   # trim IN OUT: resample, trim leading and trailing silence
  sox "$1" -r 16000 -c 1 -b 16 "$2" silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse
}
say() {    # say VOICE TEXT OUT
  espeak-ng -v "$1" -s 150 -w "$tmp/raw.wav" "$2"
  trim "$tmp/raw.wav" "$3"
}

# Mandarin: pinyin with tone numbers, so no character is read by English rules.
say cmn-latn-pinyin "qing3" zh/qing.wav
say cmn-latn-pinyin "hao4" zh/hao.wav
say cmn-latn-pinyin "dao4" zh/dao.wav
say cmn-latn-pinyin "chuang1 kou3" zh/chuangkou.wav
say cmn-latn-pinyin "ban4 li3" zh/banli.wav
say cmn-latn-pinyin "shi2" zh/shi.wav
say cmn-latn-pinyin "bai3" zh/bai.wav
digits=(ling2 yi1 er4 san1 si4 wu3 liu4 qi1 ba1 jiu3)
for d in 0 1 2 3 4 5 6 7 8 9; do say cmn-latn-pinyin "${digits[$d]}" "zh/$d.wav"; done
# Halls read the service letter as the English letter name, in the Mandarin voice.
for l in {A..Z}; do say cmn "$l" "zh/$l.wav"; done

# English
say en "number" en/number.wav
say en "please go to counter" en/please-go-to-counter.wav
words=(zero one two three four five six seven eight nine)
for d in 0 1 2 3 4 5 6 7 8 9; do say en "${words[$d]}" "en/$d.wav"; done
for l in {A..Z}; do say en "$l" "en/$l.wav"; done

# The chime: a soft two-tone ding-dong.
sox -n -r 16000 -c 1 -b 16 "$tmp/ding.wav" synth 0.45 sine 880 fade q 0.01 0.45 0.4 vol 0.5
sox -n -r 16000 -c 1 -b 16 "$tmp/dong.wav" synth 0.7 sine 698.5 fade q 0.01 0.7 0.65 vol 0.5
sox "$tmp/ding.wav" "$tmp/dong.wav" chime.wav
