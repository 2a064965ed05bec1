// The emergency broadcast (紧急情况) over the whole screen of every hall page that follows the
// event stream: the hall display, the counter screens, the kiosk. It is asked for at every
// snapshot (a screen that connects, or reconnects, while one is up shows it at once) and taken
// from broadcast.started / broadcast.cleared in between; one with an end goes down by itself.
// Both languages always, Chinese first: in an emergency nobody should have to switch. The
// manager's text is shown as text, never markup. On the staff's counter pad it is a band
// across the top instead ({slim: true}): staff must still pause, transfer or finish under it.
import { api } from './api.js';
import { html, show } from './markup.js';

export function broadcastBanner({ onStarted, slim = false } = {}) {
  const el = document.createElement('div');
  el.id = 'broadcast';
  el.className = `broadcast hidden${slim ? ' slim' : ''}`;
  el.setAttribute('role', 'alert');
  if (slim) document.body.prepend(el); else document.body.appendChild(el);
  let current = null;
  let timer = 0;

  const live = b => b && (!b.until || Date.parse(b.until) > Date.now());
  const render = () => {
    const b = live(current) ? current : null;
    el.classList.toggle('hidden', !b);
    document.body.classList.toggle('broadcasting', !!b);
    el.dataset.kind = b?.kind ?? '';
    show(el, b ? html`<div class="broadcast-title">${b.title}<span class="en">${b.titleEn}</span></div>
      <div class="broadcast-says">${b.says}<span class="en">${b.saysEn}</span></div>
      ${b.text ? html`<div class="broadcast-text">${b.text}</div>` : ''}` : html``);
  };
  const take = b => {
    current = b;
    clearTimeout(timer);
    if (live(b) && b.until) timer = setTimeout(render, Math.min(Date.parse(b.until) - Date.now() + 50, 2 ** 31 - 1));
    render();
  };
  return {
    async snapshot() {
      try {
        take((await api('/api/v1/broadcast')).broadcast);
      } catch {
        // what is shown stays until the server answers again
      }
    },
    event(e) {
      if (e.type === 'broadcast.started') {
        take(e.broadcast);
        onStarted?.(e.broadcast);
      } else if (e.type === 'broadcast.cleared' && (!current || current.id === e.broadcast.id)) {
        take(null);
      }
    },
  };
}
