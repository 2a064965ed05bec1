// One staff member's appraisal sheet for a period, for printing: every item of the hall's
// rubric with its score, the manager's note or how the records gave it, the total and grade,
// and every mark given on it. A manager's login of this tab sees anyone's; staff their own.
import { api } from './api.js';
import { langSwitch, pick, applyTexts } from './i18n.js';
import { gradeName } from './manager-scores.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const query = new URLSearchParams(location.search);
const managerToken = sessionStorage.getItem('hallqueue.manager');
const token = managerToken ?? JSON.parse(sessionStorage.getItem('hallqueue.counter') ?? 'null')?.token;
let sheet = null;

function render() {
  const row = sheet.row;
  $('who').textContent = `${row.name}（${row.badge}） · ${sheet.period}`;
  show($('items'), html`<thead><tr><th>${pick('考核内容', 'Part')}</th><th>${pick('项目', 'Item')}</th><th>${pick('分值', 'Points')}</th>
    <th>${pick('得分', 'Score')}</th><th>${pick('说明 / 计分依据', 'Note / how')}</th></tr></thead>
    <tbody>${sheet.rubric.parts.map(part => part.items.map((item, i) => {
      const e = row.items[item.id];
      return html`<tr data-item="${item.id}">${i === 0 ? html`<td rowspan="${part.items.length}">${part.name} ${part.points}</td>` : ''}
        <td>${item.name}</td><td>${item.points}</td><td>${e.score ?? '—'}</td>
        <td>${item.source === 'measured' ? html`${e.how}<br><small>${item.method}</small>` : e.note ?? ''}</td></tr>`;
    }))}</tbody>`);
  $('total').textContent = `${pick('总分', 'Total')} ${row.total} · ${gradeName(row.grade)}${row.complete ? ''
    : pick(' · 尚有项目未评分', ' · some items not yet scored')}`;
  show($('history'), html`<thead><tr><th>${pick('时间', 'When')}</th><th>${pick('项目', 'Item')}</th><th>${pick('得分', 'Score')}</th>
    <th>${pick('说明', 'Note')}</th><th>${pick('评分人', 'By')}</th></tr></thead>
    <tbody>${sheet.history.map(m => html`<tr><td>${new Date(m.markedAt).toLocaleString()}</td><td>${m.item}</td><td>${m.score}</td>
      <td>${m.note ?? ''}</td><td>${m.markedBy}</td></tr>`)}</tbody>`);
}

async function start() {
  document.body.appendChild(langSwitch(() => sheet && render()));
  $('print').addEventListener('click', () => window.print());
  // Staff come from their counter page and go back to it; the counter keeps its login in this tab.
  if (!managerToken && token) {
    $('back').href = '/counter';
    $('back').dataset.zh = '← 返回窗口';
    $('back').dataset.en = '← Back to the counter';
    applyTexts();
  }
  try {
    const hall = await api('/api/v1/hall');
    $('hall-name').textContent = pick(hall.name, hall.nameEn || hall.name);
    sheet = await api(`/api/v1/appraisal/${encodeURIComponent(query.get('period') ?? '')}/${encodeURIComponent(query.get('badge') ?? '')}`,
      { token });
    render();
  } catch (err) {
    $('error').textContent = err.text ?? String(err);
    $('error').classList.remove('hidden');
  }
}

applyTexts();
start();
