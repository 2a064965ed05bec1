// The hall's event stream: a snapshot, then one message per committed change. When the
// connection drops the page says so, reconnects by itself and starts again from a fresh snapshot.
// A connection that cannot be made moves the page on to the next of its servers (servers.js).
// The server pings every stream, but a page cannot see pings: a stream quiet for two of the
// server's ping intervals asks the server with {"type":"ping"}, and one that still hears nothing
// a ping interval later is taken for dead (a server gone without a word leaves the socket open)
// and opened afresh. The page asks once as soon as it connects: the pong tells the server's ping
// interval (hallqueue.stream.pingMillis, 10 s unless set), so a server configured to ping more
// often is watched more closely too.
import * as servers from './servers.js';

const CONNECT_MS = 5000;
const DEFAULT_PING_MS = 10000;

/** How long a stream may stay quiet, how long a ping may go unanswered, how often to look. */
function watchFor(pingMs) {
  return { quietMs: 2 * pingMs, answerMs: pingMs, everyMs: Math.max(25, Math.min(1000, pingMs / 4)) };
}

export function follow(token, { snapshot, event, online }) {
  let delay = 500;
  let socket;
  let stopWatch = () => {};
  const open = () => {
    const base = servers.server();
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/ws?token=${encodeURIComponent(token)}`);
    const slow = setTimeout(() => ws.close(), CONNECT_MS);
    let opened = false;
    let heard = Date.now();
    let asked = 0;
    let limits = watchFor(DEFAULT_PING_MS);
    let watch = null;
    const ask = () => {
      asked = Date.now();
      ws.send('{"type":"ping"}');
    };
    const look = () => {
      if (asked && Date.now() - asked > limits.answerMs) {
        ws.onclose = null; // a dead socket may take long to confirm its close: move on now
        ws.close();
        lost();
        return;
      }
      if (!asked && Date.now() - heard > limits.quietMs) ask();
      watch = setTimeout(look, limits.everyMs);
    };
    stopWatch = () => clearTimeout(watch);
    socket = ws;
    ws.onopen = () => {
      opened = true;
      clearTimeout(slow);
      ask();
      watch = setTimeout(look, limits.everyMs);
    };
    ws.onmessage = m => {
      heard = Date.now();
      asked = 0;
      const msg = JSON.parse(m.data);
      if (msg.type === 'pong') {
        if (msg.pingMillis > 0) limits = watchFor(msg.pingMillis);
        return;
      }
      if (msg.type === 'snapshot') {
        delay = 500;
        online(true);
        snapshot(msg);
      } else {
        event(msg);
      }
    };
    const lost = () => {
      clearTimeout(slow);
      clearTimeout(watch);
      if (!opened) servers.unreachable(base);
      online(false);
      setTimeout(open, delay);
      delay = Math.min(delay * 2, 5000);
    };
    ws.onclose = lost;
  };
  open();
  return { close: () => { stopWatch(); socket.onclose = null; socket.close(); } };
}

/** Counters by number, kept current from the snapshot and each event's counter. */
export function countersFrom(list) {
  return new Map(list.map(c => [c.number, c]));
}
