// The printable daily report (服务日报): one hall day's figures by service, counter (with the
// efficiency score and grade), staff and hour, and the follow-up cases opened that day.
// It uses the manager's login of this browser tab.
import { api } from './api.js';
import { langSwitch, pick, serviceName, counterName, minutes, applyTexts } from './i18n.js';
import { gradeName } from './manager-scores.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const token = sessionStorage.getItem('hallqueue.manager');
const state = { hall: null, day: null, rows: {}, cases: [] };
const pct = x => x == null ? '—' : `${Math.round(x * 100)}%`;
const mins = s => s == null ? '—' : minutes(s);

const columns = () => [
  [pick('取号', 'Issued'), r => r.issued], [pick('办结', 'Served'), r => r.served], [pick('过号', 'No-shows'), r => r.noShow],
  [pick('转办', 'Transfers'), r => r.transfers], [pick('平均等候', 'Avg wait'), r => mins(r.avgWaitSeconds)],
  [pick('等候中位', 'Median wait'), r => mins(r.medianWaitSeconds)], [pick('90%等候', 'p90 wait'), r => mins(r.p90WaitSeconds)],
  [pick('超时占比', 'Over target'), r => pct(r.overTargetShare)], [pick('平均办理', 'Avg handle'), r => mins(r.avgHandleSeconds)],
  [pick('满意率', 'Satisfied'), r => pct(r.satisfaction)], [pick('暂停', 'Paused'), r => r.time ? mins(r.time.pausedSeconds) : '—'],
];
const scored = () => [[pick('评分', 'Score'), r => r.score ?? '—'], [pick('等级', 'Grade'), r => gradeName(r.grade)]];

function table(id, keyName, label, rows, extra = []) {
  const cols = columns().concat(extra);
  show($(id), html`<thead><tr><th>${keyName}</th>${cols.map(c => html`<th>${c[0]}</th>`)}</tr></thead>
    <tbody>${rows.map(r => html`<tr data-key="${r.key}"><td>${label(r.key)}</td>${cols.map(c => html`<td>${c[1](r)}</td>`)}</tr>`)}</tbody>`);
}

function render() {
  const day = state.rows.day[0];
  const totals = day ? [[day.issued, pick('取号', 'Issued')], [day.served, pick('办结', 'Served')], [day.noShow, pick('过号', 'No-shows')],
    [mins(day.avgWaitSeconds), pick('平均等候', 'Avg wait')], [pct(day.overTargetShare), pick('超时等候', 'Over target')],
    [pct(day.satisfaction), pick('满意率', 'Satisfied')]] : [];
  show($('totals'), html`${totals.map(([v, l]) => html`<div><b>${v}</b>${l}</div>`)}`);
  $('hall-name').textContent = pick(state.hall.name, state.hall.nameEn || state.hall.name);
  $('day').textContent = state.day;
  table('by-service', pick('业务', 'Service'), k => `${k} ${serviceName(state.hall, k)}`, state.rows.service);
  table('by-counter', pick('窗口', 'Counter'), counterName, state.rows.counter, scored());
  table('by-staff', pick('工号', 'Badge'), k => k, state.rows.staff, scored());
  table('by-hour', pick('时段', 'Hour'), k => `${k}:00`, state.rows.hour.filter(r => r.issued || r.served || r.noShow));
  show($('cases'), html`<thead><tr><th>#</th><th>${pick('号码', 'Ticket')}</th><th>${pick('窗口', 'Counter')}</th><th>${pick('评价', 'Rating')}</th>
    <th>${pick('期限', 'Due')}</th><th>${pick('处理情况', 'What was done')}</th></tr></thead><tbody>${state.cases.map(c =>
    html`<tr class="${c.overdue ? 'overdue' : ''}"><td>${c.id}</td><td>${c.number}</td><td>${c.counter ?? ''}</td><td>${c.score}</td>
    <td>${c.dueDate}</td><td>${c.note ?? pick('待处理', 'open')}</td></tr>`)}</tbody>`);
}

async function load(day) {
  const q = day ? `from=${day}&to=${day}` : '';
  const bys = ['day', 'service', 'counter', 'staff', 'hour'];
  const results = await Promise.all(bys.map(by => api(`/api/v1/stats?${q}&by=${by}`, { token })));
  bys.forEach((by, i) => { state.rows[by] = results[i].rows; });
  state.day = results[0].from;
  state.cases = (await api(`/api/v1/cases?from=${state.day}&to=${state.day}`, { token })).cases;
  $('date').value = state.day;
  document.body.dataset.loaded = state.day;
  render();
}

async function start() {
  document.body.appendChild(langSwitch(() => { applyTexts(); if (state.day) render(); }));
  $('print').addEventListener('click', () => window.print());
  $('date').addEventListener('change', () => load($('date').value).catch(fail));
  state.hall = await api('/api/v1/hall');
  if (!token) {
    fail({ text: pick('请先在管理页登录', 'Log in on the manager page first') });
    return;
  }
  const given = new URLSearchParams(location.search).get('date');
  await load(given).catch(fail);
}

function fail(e) {
  $('error').textContent = e.text ?? String(e);
  $('error').classList.remove('hidden');
}

applyTexts();
start();
