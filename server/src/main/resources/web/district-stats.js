// The halls' figures for the same days side by side: for each service (or counter, staff
// member, day, hour) one line per hall, so the halls can be compared line by line.
import { api } from './api.js';
import { pick, counterName, minutes } from './i18n.js';
import { gradeName } from './manager-scores.js';
import { hallName } from './district-halls.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const pct = x => x == null ? '—' : `${Math.round(x * 100)}%`;
const mins = s => s == null ? '—' : minutes(s);

const columns = () => [
  [pick('取号', 'Issued'), r => r.issued], [pick('办结', 'Served'), r => r.served], [pick('过号', 'No-shows'), r => r.noShow],
  [pick('平均等候', 'Avg wait'), r => mins(r.avgWaitSeconds)], [pick('90%等候', 'p90 wait'), r => mins(r.p90WaitSeconds)],
  [pick('满意率', 'Satisfied'), r => pct(r.satisfaction)], [pick('评分', 'Score'), r => r.score ?? '—'],
  [pick('等级', 'Grade'), r => html`<span class="grade-${r.grade}">${gradeName(r.grade)}</span>`],
];

/** The service's name as the hall itself calls it (from the live view), else its letter. */
function keyName(by, key, hall, live) {
  if (by === 'counter') return counterName(key);
  if (by === 'hour') return `${key}:00`;
  if (by !== 'service') return key;
  const s = live.find(h => h.id === hall.id)?.queue.services.find(x => x.service === key);
  return s ? `${key} ${pick(s.name, s.nameEn || s.name)}` : key;
}

const KEY_HEADS = { service: ['业务', 'Service'], counter: ['窗口', 'Counter'], staff: ['工号', 'Badge'],
  day: ['日期', 'Day'], hour: ['时段', 'Hour'] };

const active = r => r.issued || r.served || r.noShow;

export function renderStats(answer, live) {
  const keys = [...new Set(answer.halls.flatMap(h => h.rows.map(r => r.key)))]
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const lines = keys.flatMap(key => answer.halls.map(h => [h, h.rows.find(r => r.key === key)]))
    .filter(([, r]) => r && (answer.by !== 'hour' || active(r)));
  const cols = columns();
  show($('stats'), html`<thead><tr><th>${pick(...KEY_HEADS[answer.by])}</th><th>${pick('大厅', 'Hall')}</th>
    ${cols.map(c => html`<th>${c[0]}</th>`)}</tr></thead><tbody>${lines.map(([h, r], i) =>
    html`<tr data-hall="${h.id}" data-key="${r.key}" class="${i && lines[i - 1][1].key === r.key ? '' : 'first'}">
      <td>${keyName(answer.by, r.key, h, live)}</td><td>${hallName(h)}</td>${cols.map(c => html`<td>${c[1](r)}</td>`)}</tr>`)}</tbody>`);
}

/** The figures for the chosen days (the home hall's today when none are chosen). */
export async function loadStats(token) {
  const q = new URLSearchParams({ by: $('by').value });
  if ($('from').value) q.set('from', $('from').value);
  if ($('to').value) q.set('to', $('to').value);
  return api(`/api/v1/district/stats?${q}`, { token });
}
