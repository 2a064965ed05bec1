#!/usr/bin/env bash
# Makes the emergency broadcast recordings the gateway plays: an alarm tone, then the kind's
# sentence twice. Run once from this directory; the recordings are committed. The free text a
# manager adds is shown on the screens and strips; the voice asks everyone to read them.
# Needs: espeak-ng and sox (Debian packages of the same names).
# Every recording: 16 kHz, mono, 16-bit PCM WAV, like the call announcements.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p zh en
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# Three short high beeps, unlike the call chime, so nobody takes it for a call.
sox -n -r 16000 -c 1 -b 16 "$tmp/beep.wav" synth 0.18 sine 1320 fade q 0.01 0.18 0.03 vol 0.5
sox -n -r 16000 -c 1 -b 16 "$tmp/gap.wav" trim 0 0.12
sox "$tmp/beep.wav" "$tmp/gap.wav" "$tmp/beep.wav" "$tmp/gap.wav" "$tmp/beep.wav" "$tmp/alarm.wav"
sox -n -r 16000 -c 1 -b 16 "$tmp/pause.wav" trim 0 0.6

record() {   # record VOICE TEXT OUT
  espeak-ng -v "$1" -s 140 -w "$tmp/raw.wav" "$2"
  sox "$tmp/raw.wav" -r 16000 -c 1 -b 16 "$tmp/said.wav" silence 1 0.02 0.5% reverse silence 1 0.02 0.5% reverse
  sox "$tmp/alarm.wav" "$tmp/pause.wav" "$tmp/said.wav" "$tmp/pause.wav" "$tmp/said.wav" "$3"
}

# Mandarin: pinyin with tone numbers, so no character is read by English rules.
record cmn-latn-pinyin "jin3 ji2 qing2 kuang4, qing3 ting1 cong2 gong1 zuo4 ren2 yuan2 zhi3 hui1, cong2 zui4 jin4 de5 an1 quan2 chu1 kou3 you3 xu4 che4 li2." zh/EVACUATION.wav
record cmn-latn-pinyin "xiao1 fang2 yan3 lian4, qing3 ting1 cong2 gong1 zuo4 ren2 yuan2 zhi3 hui1, you3 xu4 che4 li2." zh/FIRE_DRILL.wav
record cmn-latn-pinyin "xi4 tong3 gu4 zhang4, ye4 wu4 zan4 ting2 ban4 li3, dui4 bu4 qi3, qing3 shao1 hou4." zh/SYSTEM_FAILURE.wav
record cmn-latn-pinyin "qing3 zhu4 yi4, jin3 ji2 tong1 zhi1, qing3 kan4 da4 ting1 ping2 mu4." zh/NOTICE.wav

record en "Emergency. Please follow the staff and leave calmly by the nearest exit." en/EVACUATION.wav
record en "Fire drill. Please follow the staff and leave calmly." en/FIRE_DRILL.wav
record en "System failure. Service is paused. We are sorry, please wait." en/SYSTEM_FAILURE.wav
record en "Attention please. An urgent notice is on the hall screens." en/NOTICE.wav
