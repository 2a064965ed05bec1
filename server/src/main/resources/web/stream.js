// The hall's event stream: a snapshot, then one message per committed change. When the
// connection drops the page says so, reconnects by itself and starts again from a fresh snapshot.
export function follow(token, { snapshot, event, online }) {
  let delay = 500;
  let socket;
  const open = () => {
    const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
    socket = new WebSocket(`${scheme}://${location.host}/ws?token=${encodeURIComponent(token)}`);
    socket.onmessage = m => {
      const msg = JSON.parse(m.data);
      if (msg.type === 'snapshot') {
        delay = 500;
        online(true);
        snapshot(msg);
      } else {
        event(msg);
      }
    };
    socket.onclose = () => {
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
