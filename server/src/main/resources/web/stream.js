// The hall's event stream: a snapshot, then one message per committed change. When the
// connection drops the page says so, reconnects by itself and starts again from a fresh snapshot.
// A connection that cannot be made moves the page on to the next of its servers (servers.js).
// The server pings every stream, but a page cannot see pings: a stream quiet for QUIET_MS asks
// the server with {"type":"ping"}, and one that still hears nothing ANSWER_MS later is taken
// for dead (a server gone without a word leaves the socket open) and opened afresh.
import * as servers from './servers.js';

const CONNECT_MS = 5000;
const QUIET_MS = 20000;
const ANSWER_MS = 10000;

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
    const watch = setInterval(() => {
      if (!opened) return;
      if (asked && Date.now() - asked > ANSWER_MS) {
        ws.onclose = null; // a dead socket may take long to confirm its close: move on now
        ws.close();
        lost();
      } else if (!asked && Date.now() - heard > QUIET_MS) {
        asked = Date.now();
        ws.send('{"type":"ping"}');
      }
    }, 1000);
    stopWatch = () => clearInterval(watch);
    socket = ws;
    ws.onopen = () => {
      opened = true;
      clearTimeout(slow);
    };
    ws.onmessage = m => {
      heard = Date.now();
      asked = 0;
      const msg = JSON.parse(m.data);
      if (msg.type === 'pong') {
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
      clearInterval(watch);
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
