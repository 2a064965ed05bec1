// Each counter's score for the day (the rubric's measured items scaled to 100) with its grade,
// charted, and the items beside it so a manager (and the staff) can see why; a click shows how
// each item was measured.
import { pick, counterName, minutes } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const GRADE_COLOURS = { 优秀: '#2e7d32', 良好: '#1565c0', 合格: '#f9a825', 不合格: '#c62828' };
const GRADE_EN = { 优秀: 'Excellent', 良好: 'Good', 合格: 'Pass', 不合格: 'Fail' };

export function gradeName(g) {
  return g ? pick(g, GRADE_EN[g]) : '—';
}

function part(row, name) {
  const p = row.scoreParts.find(x => x.part === name);
  return p == null || p.points == null ? '—' : `${p.points}/${p.weight}`;
}

export function renderScores(rows, draw) {
  const scored = rows.filter(r => r.score != null);
  draw('scores', 'bar', scored.map(r => counterName(r.key)), scored.map(r => r.score),
    scored.map(r => GRADE_COLOURS[r.grade]), pick('评分', 'Score'), 100);
  show($('scores-table'), html`${rows.map(r => html`<tr class="score-row" data-counter="${r.key}">
    <td>${counterName(r.key)}</td><td><b>${r.score ?? '—'}</b></td><td class="grade-${r.grade}">${gradeName(r.grade)}</td>
    <td>${part(r, 'efficiency')}</td><td>${part(r, 'survey')}</td><td>${part(r, 'ratings')}</td>
    <td>${r.time ? minutes(r.time.pausedSeconds) : '—'}</td><td>${r.time ? minutes(r.time.idleWhileWaitingSeconds) : '—'}</td></tr>
    <tr class="how hidden" data-how="${r.key}"><td colspan="8">${r.scoreParts.map((p, i) => html`${i ? html`<br>` : ''}${p.name}：${p.how}`)}</td></tr>`)}`);
  $('scores-table').querySelectorAll('.score-row').forEach(tr => tr.addEventListener('click', () =>
    $('scores-table').querySelector(`[data-how="${tr.dataset.counter}"]`).classList.toggle('hidden')));
}
