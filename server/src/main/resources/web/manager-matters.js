// The manager's matters left open (限时办结): every open 告知单, the overdue ones first and in
// red, each with its responsible counter (首问负责); a notice that asked for more than the one
// before it is marked, as 一次性告知 forbids it. A matter whose work goes on after the visit
// (后台办理) has a button to close it when the work is done. Notice events reload the list.
import { api } from './api.js';
import { pick, counterName, serviceName } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
let board = null;
let token = null;
let hall = null;

export async function loadMatters(t, h) {
  token = t;
  hall = h;
  wireClosing();
  board = await api('/api/v1/matters?state=open', { token });
  renderMatters();
}

/** Any notice event may change the list: it is read again, a few at most a second. */
let soon = null;
export function matterEvent(e) {
  if (!e.type.startsWith('notice.')) return;
  clearTimeout(soon);
  soon = setTimeout(() => loadMatters(token, hall).catch(() => {}), 300);
}

/** 后台办理办结: a matter whose work went on after the visit is closed here when the work is done. */
let wired = false;
function wireClosing() {
  if (wired) return;
  wired = true;
  $('matters').addEventListener('click', async e => {
    const code = e.target.closest('[data-close-matter]')?.dataset.closeMatter;
    if (!code) return;
    try {
      await api(`/api/v1/matters/${encodeURIComponent(code)}/close`, { method: 'POST', token });
    } finally {
      loadMatters(token, hall).catch(() => {});
    }
  });
}

function overdue(m) {
  return Date.now() > Date.parse(m.dueAt);
}

export function renderMatters() {
  if (!board) return;
  const list = [...board.matters].sort((a, b) => (overdue(b) - overdue(a)) || Date.parse(a.dueAt) - Date.parse(b.dueAt));
  const late = list.filter(overdue).length;
  const flagged = list.filter(m => m.beyondFirst.length).length;
  $('matter-count').textContent = list.length || '';
  $('no-matters').classList.toggle('hidden', list.length > 0);
  const warnings = [];
  if (late) warnings.push(pick(`${late} 件事项已超过办结时限`, `${late} matters are past their time limit`));
  if (flagged) warnings.push(pick(`${flagged} 张告知单超出首次告知的材料（违反一次性告知）`,
    `${flagged} notices asked for more than the first one did (一次性告知 broken)`));
  show($('matter-alerts'), html`${warnings.map(w => html`<div class="alert">⚠ ${w}</div>`)}`);
  show($('matters'), html`${list.map(m => html`<tr data-notice="${m.code}" class="${overdue(m) ? 'overdue' : ''}">
    <td>${m.code}</td><td>${m.ticket}</td><td>${m.service} ${serviceName(hall, m.service)}</td>
    <td>${counterName(m.firstCounter ?? m.counter)}</td><td>${m.staff.name ?? ''}（${m.staff.badge ?? ''}）</td>
    <td class="due">${m.dueDate}${overdue(m) ? pick(' · 已逾期', ' · overdue') : ''}</td>
    <td>${m.afterVisit ? html`${pick('后台办理中', 'Work goes on after the visit')} <button type="button"
      data-close-matter="${m.code}">${pick('办结', 'Close as done')}</button>` : ''}${m.materials.join('；')}${m.beyondFirst.length
      ? html`<div class="flag">${pick('超出首次告知：', 'Beyond the first notice: ')}${m.beyondFirst.join('；')}</div>` : ''}</td></tr>`)}`);
}
