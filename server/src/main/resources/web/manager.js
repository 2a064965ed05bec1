// The manager's screen: the hall live (queues with their longest wait, counters), today's
// figures and hourly charts from the statistics, and alerts when a service passes its
// thresholds, the hall's cue to open more counters.
import { api } from './api.js';
import { follow, countersFrom } from './stream.js';
import { langSwitch, pick, serviceName, counterName, minutes, applyTexts, half, resumeNote } from './i18n.js';
import { loadCases, caseEvent, renderCases } from './manager-cases.js';
import { renderScores } from './manager-scores.js';
import { loadMatters, matterEvent, renderMatters } from './manager-matters.js';
import { loadEarlyCloses, earlyCloseEvent, renderEarlyCloses } from './manager-early-closes.js';
import { followMessages, renderMessages } from './manager-messages.js';
import { wireExports } from './manager-exports.js';
import { loadAppraisal } from './manager-appraisal.js';
import { loadComplaints, complaintEvent } from './manager-complaints.js';
import { html, show } from './markup.js';
import { watchPadFaults, renderPadFaults } from './manager-devices.js';

const $ = id => document.getElementById(id);
const SESSION = 'hallqueue.manager';
const state = { hall: null, token: null, counters: new Map(), queue: [], byService: [], byHour: [], byCounter: [] };
const charts = {};

function longestWait(q) {
  return q.oldestIssuedAt ? Math.max(0, (Date.now() - Date.parse(q.oldestIssuedAt)) / 1000) : 0;
}

/**
 * One warning per busy service, however many reasons: the hall's own thresholds and the
 * server's forecast (请增开B类窗口) often say the same wait twice, so their reasons share a line.
 */
function alertsNow() {
  const forecast = new Map((state.alerts ?? []).map(a => [a.service, a]));
  return state.queue.flatMap(q => {
    const reasons = reasonsFor(q, state.hall.alerts[q.service], forecast.get(q.service));
    if (!reasons.length) return [];
    const name = `${q.service} ${serviceName(state.hall, q.service)}`;
    const unserved = forecast.get(q.service)?.estimatedWaitSeconds < 0;
    const zh = `${name}：${reasons.map(r => r[0]).join('；')}，${unserved ? '请开放窗口' : '建议增开窗口'}`;
    const en = `${name}: ${reasons.map(r => r[1]).join('; ')}: ${unserved ? 'open a counter' : 'open more counters'}`;
    return [pick(zh, en)];
  });
}

/** Why a service is busy, each reason as [中文, English]; the forecast's wait only where no threshold said it. */
function reasonsFor(q, limit, forecast) {
  const out = [];
  if (q.waiting >= limit.waiting) {
    out.push([`等候 ${q.waiting} 人，已达 ${limit.waiting} 人`, `${q.waiting} waiting, threshold ${limit.waiting}`]);
  }
  const wait = Math.max(longestWait(q), q.estimatedWaitSeconds);
  const overWait = q.waiting > 0 && wait >= limit.waitSeconds;
  if (overWait) {
    const over = Math.round(limit.waitSeconds / 60);
    out.push([`等候时间${minutes(wait)}，超过 ${over} 分钟`, `wait ${minutes(wait)}, over ${over} min`]);
  }
  if (forecast && forecast.estimatedWaitSeconds < 0) {
    out.push(['有人等候但无窗口办理', 'people wait and no counter serves them']);
  } else if (forecast && !overWait) {
    const target = Math.round(forecast.targetSeconds / 60);
    out.push([`预计等候${minutes(forecast.estimatedWaitSeconds)}，超过目标 ${target} 分钟`,
      `forecast wait ${minutes(forecast.estimatedWaitSeconds)}, over the ${target} min target`]);
  }
  return out;
}

function renderLive() {
  const alerts = alertsNow();
  show($('alerts'), html`${alerts.map(a => html`<div class="alert">⚠ ${a}</div>`)}`);
  show($('queues'), html`${state.queue.map(q => {
    const limit = state.hall.alerts[q.service];
    const over = q.waiting >= limit.waiting || (q.waiting > 0 && Math.max(longestWait(q), q.estimatedWaitSeconds) >= limit.waitSeconds);
    return html`<tr class="${over ? 'over' : ''}" data-service="${q.service}"><td>${q.service} ${serviceName(state.hall, q.service)}</td>
      <td>${q.waiting}</td><td>${q.waiting ? minutes(longestWait(q)) : '—'}</td><td>${minutes(q.estimatedWaitSeconds)}</td></tr>`;
  })}`);
  show($('counters'), html`${[...state.counters.values()].map(c => html`<tr data-counter="${c.number}"><td>${counterName(c.number)}</td>
    <td>${c.staff ? `${c.staff.name}（${c.staff.badge}）` : '—'}</td>
    <td class="${c.state}">${stateName(c)}</td><td>${c.ticket?.number ?? ''}</td></tr>`)}`);
}

function stateName(c) {
  const names = { CLOSED: pick('未开窗', 'Closed'), IDLE: pick('空闲', 'Idle'), CALLING: pick('呼叫中', 'Calling'),
    SERVING: pick('办理中', 'Serving'), PAUSED: pick('暂停服务', 'Paused') };
  return names[c.state] + (c.pauseReason ? ` · ${c.pauseReason}` : '') + resumeNote(c);
}

function renderTiles() {
  const rows = state.byService;
  const sum = k => rows.reduce((n, r) => n + (r[k] ?? 0), 0);
  const called = rows.reduce((n, r) => n + r.served + r.noShow, 0);
  const avgWait = called ? rows.reduce((n, r) => n + (r.avgWaitSeconds ?? 0) * (r.served + r.noShow), 0) / called : null;
  const rated = rows.filter(r => r.satisfaction != null);
  const satisfaction = rated.length ? rated.reduce((n, r) => n + r.satisfaction * r.served, 0) / Math.max(1, rated.reduce((n, r) => n + r.served, 0)) : null;
  const tiles = [[sum('issued'), pick('今日取号', 'Issued today')], [sum('served'), pick('已办结', 'Served')],
    [sum('noShow'), pick('过号', 'No-shows')], [minutes(avgWait), pick('平均等候', 'Average wait')],
    [satisfaction == null ? '—' : `${Math.round(satisfaction * 100)}%`, pick('满意率', 'Satisfied')]];
  show($('tiles'), html`${tiles.map(([v, l]) => html`<div class="tile"><b>${v}</b><span>${l}</span></div>`)}`);
}

function renderCharts() {
  if (!window.Chart) return;
  const hours = Array.from({ length: 24 }, (_, h) => String(h).padStart(2, '0'));
  const row = h => state.byHour.find(r => r.key === h);
  draw('arrivals', 'bar', hours, hours.map(h => row(h)?.issued ?? 0), '#1565c0', pick('取号', 'Issued'));
  draw('waits', 'line', hours, hours.map(h => row(h)?.avgWaitSeconds != null ? +(row(h).avgWaitSeconds / 60).toFixed(1) : null),
    '#c62828', pick('平均等候', 'Average wait'));
  const counters = state.byCounter;
  draw('served', 'bar', counters.map(r => counterName(r.key)), counters.map(r => r.served), '#2e7d32', pick('办结', 'Served'), null,
    { label: pick('过号', 'No-shows'), data: counters.map(r => r.noShow), backgroundColor: '#c62828' });
  renderScores(counters, draw);
}

function draw(id, type, labels, data, colour, label, max = null, second = null) {
  charts[id]?.destroy();
  const datasets = [{ label, data, backgroundColor: colour, borderColor: colour, spanGaps: true, tension: 0.3 }];
  if (second) datasets.push(second);
  charts[id] = new window.Chart($(id), {
    type,
    data: { labels, datasets },
    options: { animation: false, maintainAspectRatio: false, plugins: { legend: { display: second != null } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 }, ...(max ? { max } : {}) } } },
  });
}

async function loadStats() {
  const [byService, byHour, byCounter] = await Promise.all(['service', 'hour', 'counter'].map(by =>
    api(`/api/v1/stats?by=${by}`, { token: state.token })));
  state.byService = byService.rows;
  state.byHour = byHour.rows;
  state.byCounter = byCounter.rows;
  $('today').textContent = byService.from;
  renderTiles();
  renderCharts();
}

let statsTimer = null;
function statsSoon() {
  clearTimeout(statsTimer);
  statsTimer = setTimeout(() => loadStats().catch(() => {}), 2000);
}

function reportDay() {
  return $('today').textContent;
}

async function enter() {
  await loadStats();
  $('login').classList.add('hidden');
  $('dash').classList.remove('hidden');
  $('hall-name').textContent = pick(state.hall.name, state.hall.nameEn || state.hall.name);
  wireExports(state.token, reportDay());
  loadAppraisal(state.token).catch(() => {});
  loadComplaints(state.token).catch(() => {});
  watchPadFaults(state.token, state.hall);
  followMessages(state.token);
  follow(state.token, {
    snapshot: s => {
      state.counters = countersFrom(s.counters); state.queue = s.queue.services; state.alerts = s.queue.alerts; renderLive();
      loadCases(state.token).catch(() => {});
      loadMatters(state.token, state.hall).catch(() => {});
      loadEarlyCloses(state.token, state.hall.timeZone).catch(() => {});
    },
    event: e => {
      caseEvent(e);
      complaintEvent(e);
      matterEvent(e);
      earlyCloseEvent(e);
      if (e.counter) state.counters.set(e.counter.number, e.counter);
      if (e.queue) { state.queue = e.queue.services; state.alerts = e.queue.alerts; }
      renderLive();
      statsSoon();
    },
    online: () => {},
  });
  setInterval(() => { renderLive(); renderCases(); renderMatters(); }, 15_000);
}

async function login(e) {
  e.preventDefault();
  try {
    const res = await api('/api/v1/auth/login', { method: 'POST', body: { badge: $('badge').value, password: $('password').value } });
    state.token = res.token;
    await enter();
    sessionStorage.setItem(SESSION, state.token);
  } catch (err) {
    $('login-error').textContent = err.text ?? half(String(err));
    $('login-error').classList.remove('hidden');
  }
}

async function start() {
  document.body.appendChild(langSwitch(() => { renderLive(); renderPadFaults(); renderTiles(); renderCharts(); renderCases(); renderMatters();
    renderEarlyCloses(); renderMessages(); }));
  $('login').addEventListener('submit', login);
  $('logout').addEventListener('click', () => { sessionStorage.removeItem(SESSION); location.reload(); });
  state.hall = await api('/api/v1/hall');
  const saved = sessionStorage.getItem(SESSION);
  if (saved) {
    state.token = saved;
    enter().catch(() => sessionStorage.removeItem(SESSION));
  }
}

applyTexts();
start();
