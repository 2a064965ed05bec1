// The halls' appraisal sheets of one month or quarter side by side: per hall how many staff
// are appraised, how many sheets are fully scored, the average total and how many of each grade.
import { api } from './api.js';
import { pick } from './i18n.js';
import { html, show } from './markup.js';
import { gradeName } from './manager-scores.js';

const $ = id => document.getElementById(id);
const GRADES = ['优秀', '良好', '合格', '不合格'];

export async function loadDistrictAppraisal(token) {
  const d = new Date();
  $('appraisal-period').value = $('appraisal-period').value || `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}`;
  $('appraisal-form').onsubmit = e => { e.preventDefault(); load(token).catch(() => {}); };
  await load(token);
}

async function load(token) {
  const answer = await api(`/api/v1/district/appraisal/${encodeURIComponent($('appraisal-period').value)}`, { token });
  show($('appraisal'), html`<thead><tr><th>${pick('大厅', 'Hall')}</th><th>${pick('考核人数', 'Staff')}</th>
    <th>${pick('评分完成', 'Fully scored')}</th><th>${pick('平均总分', 'Average total')}</th>${GRADES.map(g => html`<th>${gradeName(g)}</th>`)}</tr></thead>
    <tbody>${answer.halls.map(h => {
      const avg = h.rows.length ? (h.rows.reduce((s, r) => s + r.total, 0) / h.rows.length).toFixed(1) : '—';
      return html`<tr data-hall="${h.id}"><td>${pick(h.name, h.nameEn || h.name)}</td><td>${h.rows.length}</td>
        <td>${h.rows.filter(r => r.complete).length}</td><td>${avg}</td>
        ${GRADES.map(g => html`<td>${h.rows.filter(r => r.grade === g).length}</td>`)}</tr>`;
    })}</tbody>`);
}
