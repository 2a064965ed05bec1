// The hall's event stream: a snapshot, then one message per committed change. When the
// connection drops the page says so, reconnects by itself and starts again from a fresh snapshot.
// A connection that cannot be made moves the page on to the next of its servers (servers.js).
import * as servers from './servers.js';

const CONNECT_MS = 5000;

export function follow(token, { snapshot, event, online }) {
  let delay = 500;
  let socket;
  const open = () => {
    const base = servers.server();
    const ws = new WebSocket(`${base.replace(/^http/, 'ws')}/ws?token=${encodeURIComponent(token)}`);
    const slow = setTimeout(() => ws.close(), CONNECT_MS);
    let opened = false;
    socket = ws;
    ws.onopen = () => {
      opened = true;
      clearTimeout(slow);
    };
    ws.onmessage = m => {
      const msg = JSON.parse(m.data);
      if (msg.type === 'snapshot') {
        delay = 500;
        online(true);
        snapshot(msg);
      } else {
        event(msg);
      }
    };
    ws.onclose = () => {
      clearTimeout(slow);
      if (!opened) servers.unreachable(base);
      online(false);
      setTimeout(open, delay);
      delay = Math.min(delay * 2, 5000);
    };
  };
  open();
  return { close: () => { socket.onclose = null; socket.close(); } };
}

/** Counters by number, kept current from the snapshot and each event's counter. */
export function countersFrom(list) {
  return new Map(list.map(c => [c.number, c]));
}
