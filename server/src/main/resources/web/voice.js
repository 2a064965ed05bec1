// Announcements one at a time, in order: each is a WAV the server joins from recorded clips
// (chime, then the sentence twice), so no speech synthesis is needed on the screen.
import { server } from './servers.js';

export class Announcer {
  constructor({ lang, onSpeaking, onBlocked }) {
    this.queue = [];
    this.playing = false;
    this.lang = lang;
    this.onSpeaking = onSpeaking;
    this.onBlocked = onBlocked;
  }

  say(number, counter) {
    this.queue.push({ number, counter });
    this.next();
  }

  /** After the browser refused to play without a tap: try again now. */
  resume() {
    this.playing = false;
    this.next();
  }

  next() {
    if (this.playing || this.queue.length === 0) return;
    const call = this.queue[0];
    this.playing = true;
    this.onSpeaking(call);
    const url = `${server()}/api/v1/announcements/call.wav?number=${encodeURIComponent(call.number)}`
      + `&counter=${call.counter}&lang=${this.lang()}`;
    const audio = new Audio(url);
    const done = () => { this.queue.shift(); this.playing = false; this.onSpeaking(null); this.next(); };
    audio.onended = done;
    audio.onerror = done;
    audio.play().catch(e => {
      if (e.name === 'NotAllowedError') this.onBlocked(); else done();
    });
  }
}
