// 不提前结束营业 on the manager's page: each counter closed today before closing time while
// citizens still waited whom no other open counter could serve, with who closed it and the
// reason they gave. A counter.closed_early event on the stream reads the list again.
import { api } from './api.js';
import { pick, counterName } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
let token = null;
let zone = undefined;
let closes = [];

/** hallZone: the times are shown on the hall's clock. */
export async function loadEarlyCloses(t, hallZone) {
  token = t;
  zone = hallZone ?? zone;
  closes = (await api('/api/v1/early-closes', { token })).closes;
  renderEarlyCloses();
}

export function earlyCloseEvent(e) {
  if (e.type === 'counter.closed_early') loadEarlyCloses(token).catch(() => {});
}

function time(at) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hour12: false })
    .format(new Date(at));
}

export function renderEarlyCloses() {
  show($('early-closes'), html`${closes.map(c => html`<div class="alert" data-early-close="${c.counter}">⚠ ${
    pick(`${counterName(c.counter)}于 ${time(c.at)} 提前结束营业，仍有群众等候`,
      `${counterName(c.counter)} closed early at ${time(c.at)} while citizens still waited`)} · ${
    c.staff ? `${c.staff.name}（${c.staff.badge}）` : ''} · ${pick('原因：', 'Reason: ')}${c.reason ?? ''}</div>`)}`);
}
