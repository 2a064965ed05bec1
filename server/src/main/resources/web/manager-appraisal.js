// The appraisal sheets (考核评分表) on the manager's desk: each staff member's total, grade and
// whether every assessed item is scored; the sheet editor, where the manager scores the assessed
// items with a note (明察暗访, spot checks) and reads how each measured item was worked out;
// downloads (CSV, Excel) and the printable sheet. Scores are saved one item at a time.
import { api } from './api.js';
import { pick } from './i18n.js';
import { html, show } from './markup.js';
import { gradeName } from './manager-scores.js';
import { page, server } from './servers.js';

const $ = id => document.getElementById(id);
const state = { token: null, rubric: null, rows: [], badge: null };

function thisMonth() {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
}

function period() {
  return $('appraisal-period').value.trim();
}

export async function loadAppraisal(token) {
  state.token = token;
  $('appraisal-period').value = $('appraisal-period').value || thisMonth();
  $('appraisal-form').onsubmit = e => { e.preventDefault(); loadSheet().catch(showError); };
  $('appraisal-csv').onclick = () => download('csv');
  $('appraisal-xlsx').onclick = () => download('xlsx');
  state.rubric = await api('/api/v1/appraisal/rubric', { token });
  await loadSheet();
}

async function loadSheet() {
  const res = await api(`/api/v1/appraisal/${encodeURIComponent(period())}`, { token: state.token });
  $('appraisal-error').classList.add('hidden');
  state.rows = res.rows;
  renderOverview();
  if (state.badge) renderEditor();
}

function showError(err) {
  $('appraisal-error').textContent = err.text ?? String(err);
  $('appraisal-error').classList.remove('hidden');
}

function renderOverview() {
  show($('appraisal-rows'), html`${state.rows.map(r => html`<tr data-badge="${r.badge}">
    <td>${r.badge}</td><td>${r.name}</td><td class="total"><b>${r.total}</b></td><td class="grade-${r.grade}">${gradeName(r.grade)}</td>
    <td class="complete">${r.complete ? pick('已完成', 'complete') : pick('待评分', 'to score')}</td>
    <td><button type="button" class="edit-sheet">${pick('评分', 'Score')}</button></td></tr>`)}`);
  $('appraisal-rows').querySelectorAll('.edit-sheet').forEach(b => b.addEventListener('click', () => {
    state.badge = b.closest('tr').dataset.badge;
    renderEditor();
  }));
}

function renderEditor() {
  const row = state.rows.find(r => r.badge === state.badge);
  if (!row) return;
  $('appraisal-editor').classList.remove('hidden');
  $('appraisal-print').href = page(`/appraisal?period=${encodeURIComponent(period())}&badge=${encodeURIComponent(row.badge)}`);
  show($('appraisal-who'), html`${row.name}（${row.badge}） · ${period()} · ${pick('总分', 'Total')} <b id="sheet-total">${row.total}</b>
    · <span id="sheet-grade">${gradeName(row.grade)}</span> · <span id="sheet-complete">${row.complete
    ? pick('已完成', 'complete') : pick('待评分', 'to score')}</span>`);
  show($('appraisal-items'), html`${state.rubric.parts.map(part => part.items.map((item, i) => {
    const entry = row.items[item.id];
    const partCell = i === 0 ? html`<td rowspan="${part.items.length}">${part.name} ${part.points}</td>` : '';
    return item.source === 'measured'
      ? html`<tr data-item="${item.id}" class="measured">${partCell}<td>${item.name} (${item.points})</td>
          <td>${pick('记录计算', 'measured')}</td><td class="score">${entry.score}</td><td class="how">${entry.how}
          <details><summary>${pick('计算方法', 'method')}</summary>${item.method}</details></td><td></td></tr>`
      : html`<tr data-item="${item.id}" class="assessed">${partCell}<td>${item.name} (${item.points})</td>
          <td>${pick('管理人员评定', 'assessed')}</td>
          <td><input type="number" class="score" min="0" max="${item.points}" step="1" value="${entry.score ?? ''}" required></td>
          <td><input class="note" maxlength="500" value="${entry.note ?? ''}" placeholder="${pick('说明（明察暗访、抽查）', 'Note (visits, spot checks)')}"></td>
          <td><button type="button" class="save">${pick('保存', 'Save')}</button> <span class="saved"></span></td></tr>`;
  }))}`);
  $('appraisal-items').querySelectorAll('tr.assessed .save').forEach(b => b.addEventListener('click', () => save(b.closest('tr'))));
}

async function save(tr) {
  const input = tr.querySelector('input.score');
  input.setCustomValidity('');
  if (!input.reportValidity()) return;
  const body = { score: Number(input.value), note: tr.querySelector('input.note').value };
  try {
    const row = await api(`/api/v1/appraisal/${encodeURIComponent(period())}/${encodeURIComponent(state.badge)}/${tr.dataset.item}`,
      { method: 'PUT', token: state.token, body });
    state.rows = state.rows.map(r => r.badge === row.badge ? row : r);
    renderOverview();
    $('sheet-total').textContent = row.total;
    $('sheet-grade').textContent = gradeName(row.grade);
    $('sheet-complete').textContent = row.complete ? pick('已完成', 'complete') : pick('待评分', 'to score');
    tr.querySelector('.saved').textContent = pick('已保存', 'saved');
  } catch (err) {
    input.setCustomValidity(err.text ?? String(err));
    input.reportValidity();
  }
}

/** The API wants the token in a header, so a download is fetched and handed over as a file. */
async function download(format) {
  const res = await fetch(`${server()}/api/v1/appraisal/${encodeURIComponent(period())}?format=${format}`,
    { headers: { Authorization: `Bearer ${state.token}` } });
  if (!res.ok) return;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await res.blob());
  link.download = `hallqueue-appraisal-${period()}.${format}`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}
