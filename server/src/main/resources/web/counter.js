// The staff's virtual call pad: log in, open the counter, call and serve, transfer, pause.
// Every action is the API's; a refusal is shown in the server's own words.
import { api } from './api.js';
import { ratingButtons } from './rating.js';
import { follow } from './stream.js';
import { langSwitch, pick, serviceName, counterName, applyTexts, resumeNote } from './i18n.js';
import { html, show } from './markup.js';
import { broadcastBanner } from './broadcast.js';

const $ = id => document.getElementById(id);
const SESSION = 'hallqueue.counter';
const state = { hall: null, token: null, n: null, counter: null, waiting: null };
const ALLOWED = {
  CLOSED: ['open'],
  IDLE: ['call-next', 'return', 'pause', 'close'],
  CALLING: ['recall', 'start', 'finish', 'notice', 'refuse', 'no-show', 'return', 'transfer'],
  SERVING: ['finish', 'notice', 'refuse', 'return', 'transfer'],
  PAUSED: ['resume', 'return', 'close'],
};

function say(text, good) {
  const m = $('message');
  m.textContent = text;
  m.className = `message ${good ? 'good' : 'bad'}`;
}

function renderCounter() {
  const c = state.counter;
  if (!c) return;
  $('where').textContent = `${counterName(c.number)} · ${c.staff ? `${c.staff.name}（${c.staff.badge}）` : ''}`;
  ownSheetLink(c.staff?.badge);
  $('state').textContent = { CLOSED: pick('未开窗', 'Closed'), IDLE: pick('空闲', 'Idle'), CALLING: pick('呼叫中', 'Calling'),
    SERVING: pick('办理中', 'Serving'), PAUSED: pick('暂停服务', 'Paused') }[c.state] + (c.pauseReason ? ` · ${c.pauseReason}` : '')
    + resumeNote(c);
  $('state').className = `state ${c.state}`;
  const t = c.ticket;
  $('current-num').textContent = t ? t.number : '—';
  $('current-info').textContent = t ? `${serviceName(state.hall, t.service)}${t.priority ? pick(' · 优先', ' · priority') : ''}` : '';
  document.querySelectorAll('[data-act]').forEach(b => { b.disabled = !ALLOWED[c.state].includes(b.dataset.act); });
  loadMatter(t);
  tick();
}

/** The matter of the ticket in front of the counter, fetched once per ticket: 首问负责 and the notice before. */
const matter = { ticketId: null, body: null };
async function loadMatter(t) {
  if ((t?.id ?? null) === matter.ticketId) return;
  matter.ticketId = t?.id ?? null;
  matter.body = null;
  renderMatter();
  if (!t) return;
  try {
    const body = await api(`/api/v1/counters/${state.n}/matter`, { token: state.token });
    if (body.ticket?.id === matter.ticketId) {
      matter.body = body;
      renderMatter();
    }
  } catch (e) {
    matter.ticketId = null;
  }
}

function renderMatter() {
  const m = matter.body;
  const worth = m && (m.firstCounter && m.firstCounter !== state.n || m.returnOf || m.handOver);
  $('matter').classList.toggle('hidden', !worth);
  fillChecklist(m?.checklist ?? []);
  if (!worth) return;
  const n = m.returnNotice;
  show($('matter'), html`<h3>${pick('事项信息', 'The matter')}</h3>
    ${m.firstCounter ? html`<div id="first-counter">${pick(`首问负责窗口：${m.firstCounter}号窗口`, `Responsible: counter ${m.firstCounter}`)}</div>` : ''}
    ${m.handOver ? html`<div class="note" id="hand-over">${pick('转办说明：', 'Transfer note: ')}${m.handOver}</div>` : ''}
    ${m.returnOf ? html`<div id="return-of">${pick(`凭告知单再次办理，首次办理号 ${m.returnOf}`, `Return visit after ${m.returnOf}`)}</div>` : ''}
    ${n ? html`<div id="return-notice">${pick(`告知单 ${n.code}（${n.counter}号窗口 ${n.staff.name}，限 ${n.dueDate} 前办结）所缺材料：`,
      `Notice ${n.code} (counter ${n.counter}, ${n.staff.name}, due ${n.dueDate}) asked for:`)}
      <ol>${n.materials.map(x => html`<li>${x}</li>`)}</ol>${n.note ? html`<div class="note">${n.note}</div>` : ''}</div>` : ''}`);
}

function fillChecklist(items) {
  show($('notice-checklist'), html`${items.map((x, i) => html`<label><input type="checkbox" value="${x}" id="material-${i}"> ${x}</label>`)}`);
}

/** Everything missing at once: the ticked checklist items and every typed line. */
function noticeBody() {
  const ticked = [...document.querySelectorAll('#notice-checklist input:checked')].map(x => x.value);
  const typed = $('notice-typed').value.split('\n').map(x => x.trim()).filter(Boolean);
  return { outcome: 'NOTICE', materials: ticked.concat(typed), note: $('notice-note').value };
}

function renderWaiting() {
  const w = state.waiting;
  if (!w) return;
  $('waiting-count').textContent = w.waiting;
  const now = Date.now();
  const tag = (on, zh, en) => (on ? html`<span class="tag">${pick(zh, en)}</span>` : '');
  show($('waiting-list'), html`${w.next.map(t => html`<tr data-number="${t.number}"><td class="num">${t.number}${
    tag(t.priority, '优先', 'priority')}${tag(t.transferred, '转入', 'transferred')}</td><td>${serviceName(state.hall, t.service)}</td><td>${
    Math.floor((now - Date.parse(t.issuedAt)) / 60000)} ${pick('分钟', 'min')}</td></tr>`)}`);
}

function tick() {
  const t = state.counter?.ticket;
  if (!t?.calledAt) {
    $('elapsed').textContent = '';
    return;
  }
  const s = Math.max(0, Math.floor((Date.now() - Date.parse(t.calledAt)) / 1000));
  const mmss = `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
  $('elapsed').textContent = pick(`叫号后已用时 ${mmss}`, `${mmss} since called`);
}

let waitingTimer = null;
function refreshWaiting() {
  clearTimeout(waitingTimer);
  waitingTimer = setTimeout(async () => {
    try {
      state.waiting = await api(`/api/v1/counters/${state.n}/waiting`, { token: state.token });
      renderWaiting();
    } catch (e) {
      if (e.status === 401) logout();
    }
  }, 150);
}

async function act(action, body) {
  if (action === 'transfer' && body === undefined) return toggleForm('transfer-form');
  if (action === 'pause' && body === undefined) return toggleForm('pause-form');
  if (action === 'notice') return toggleForm('notice-form');
  if (action === 'refuse') return toggleForm('refuse-form');
  if (action === 'return' && body === undefined) {
    $('return-rule').textContent = state.hall.missedCall ? pick(state.hall.missedCall.zh, state.hall.missedCall.en) : '';
    return toggleForm('return-form');
  }
  if (action === 'close' && body === undefined) body = { askIfEarly: true };
  try {
    const res = await api(`/api/v1/counters/${state.n}/${action}`, { method: 'POST', token: state.token, body });
    hideForms();
    document.querySelectorAll('form.extra').forEach(f => f.reset());
    if (action === 'call-next' && res === null) say(pick('当前没有等候的号', 'Nobody is waiting for this counter'), false);
    else say(done(action, res), true);
    if (action === 'finish') askForRating(res);
    else if (action === 'call-next') hideRating();
    await loadCounter();
  } catch (e) {
    say(e.text, false);
    if (e.status === 401) logout();
    if (action === 'close' && e.reason === 'early-close') askWhyCloseEarly();
  }
}

/** 不提前结束营业: citizens only this counter can serve still wait (the message says so), so closing needs a reason. */
function askWhyCloseEarly() {
  if ($('close-form').classList.contains('hidden')) toggleForm('close-form');
}

function done(action, res) {
  const n = res?.number ?? '';
  return {
    'call-next': pick(`已呼叫 ${n}`, `Called ${n}`), recall: pick(`已重呼 ${n}`, `Recalled ${n}`),
    start: pick(`${n} 开始办理`, `Serving ${n}`), finish: finished(res),
    'no-show': pick(`${n} 已记过号`, `${n} marked no-show`), return: pick(`${n} 已过号重排`, `${n} is back in line`), transfer: pick(`${n} 已转移`, `${n} transferred`),
    pause: pick('已暂停服务', 'Paused'), resume: pick('已恢复服务', 'Resumed'),
    open: pick('已开窗', 'Counter open'), close: pick('已关窗', 'Counter closed'),
  }[action];
}

function finished(res) {
  const n = res?.number ?? '';
  if (res?.outcome === 'NOTICE') return pick(`${n} 已出具告知单 ${res.notice.code}`, `${n}: notice ${res.notice.code} issued`);
  if (res?.outcome === 'REFUSED') return pick(`${n} 不予受理`, `${n} refused`);
  return pick(`${n} 已办结`, `${n} done`);
}

/**
 * The citizen rates the ticket just finished on the counter's customer-facing panel. The rating
 * goes as the ticket's own page would send it, without the staff's login: staff may not rate.
 */
function askForRating(ticket) {
  $('rate-number').textContent = ticket.number;
  $('rate-thanks').classList.add('hidden');
  $('rate-buttons').classList.remove('hidden');
  $('rate-panel').classList.remove('hidden');
  ratingButtons($('rate-buttons'), ticket.id, {
    done: () => {
      $('rate-buttons').classList.add('hidden');
      $('rate-thanks').classList.remove('hidden');
      setTimeout(hideRating, 4000);
    },
    failed: e => { say(e.text, false); hideRating(); },
  });
}

function hideRating() {
  $('rate-panel').classList.add('hidden');
}

function toggleForm(id) {
  const hidden = $(id).classList.contains('hidden');
  hideForms();
  if (hidden) {
    $(id).classList.remove('hidden');
    $(id).querySelector('input, select').focus();
  }
}

function hideForms() {
  document.querySelectorAll('.extra').forEach(f => f.classList.add('hidden'));
}

function fillTransferChoices() {
  const services = state.hall.services.map(s => html`<option value="service:${s.code}">${pick('业务', 'Service')} ${s.code} ${pick(s.name, s.nameEn)}</option>`);
  const counters = state.hall.counters.filter(c => c.number !== state.n)
    .map(c => html`<option value="counter:${c.number}">${counterName(c.number)}</option>`);
  show($('transfer-to'), html`${services.concat(counters)}`);
}

/**
 * The logged-in staff member's own appraisal sheet of this month, read-only: the sheet page
 * reads it with this tab's login, and the server answers a staff token with its own badge's only.
 */
function ownSheetLink(badge) {
  const link = $('own-sheet');
  link.classList.toggle('hidden', !badge);
  if (!badge) return;
  const parts = new Intl.DateTimeFormat('en', { timeZone: state.hall.timeZone, year: 'numeric', month: '2-digit' })
    .formatToParts(new Date());
  const month = ['year', 'month'].map(t => parts.find(p => p.type === t).value).join('-');
  link.href = `/appraisal?period=${encodeURIComponent(month)}&badge=${encodeURIComponent(badge)}`;
}

async function loadCounter() {
  state.counter = await api(`/api/v1/counters/${state.n}`, { token: state.token });
  renderCounter();
  refreshWaiting();
  loadAfterVisit().catch(() => {});
}

/** 后台办理: matters this counter is responsible for whose work went on after the visit, closed here when done. */
async function loadAfterVisit() {
  const list = state.counter?.staff ? (await api(`/api/v1/counters/${state.n}/matters`, { token: state.token })).matters : [];
  $('after-visit').classList.toggle('hidden', !list.length);
  show($('after-visit'), html`<h3>${pick('本窗口后台办理事项', 'Matters this counter is working on')}</h3><ul>${
    list.map(m => html`<li data-after-visit="${m.code}">${m.ticket} · ${pick(`限 ${m.dueDate} 前办结`, `due ${m.dueDate}`)}${
      m.overdue ? pick(' · 已逾期', ' · overdue') : ''} <button type="button" data-close-matter="${m.code}">${
      pick('办结', 'Close as done')}</button></li>`)}</ul>`);
}

async function closeAfterVisit(e) {
  const code = e.target.closest('[data-close-matter]')?.dataset.closeMatter;
  if (!code) return;
  try {
    await api(`/api/v1/matters/${encodeURIComponent(code)}/close`, { method: 'POST', token: state.token });
    say(pick('事项已办结', 'Matter closed as done'), true);
  } catch (err) {
    say(err.text, false);
  }
  loadAfterVisit().catch(() => {});
}

function onKey(e) {
  if (e.target.closest('input, select, textarea') || e.ctrlKey || e.metaKey || e.altKey || !state.counter) return;
  const b = document.querySelector(`[data-key="${e.key.toLowerCase()}"]`);
  if (b && !b.disabled) {
    e.preventDefault();
    act(b.dataset.act);
  }
}

async function login(e) {
  e.preventDefault();
  try {
    const res = await api('/api/v1/auth/login', { method: 'POST', body: { badge: $('badge').value, password: $('password').value } });
    state.token = res.token;
    state.n = Number($('counter-no').value);
    await api(`/api/v1/counters/${state.n}/open`, { method: 'POST', token: state.token });
    sessionStorage.setItem(SESSION, JSON.stringify({ token: state.token, n: state.n }));
    enter();
  } catch (err) {
    $('login-error').textContent = err.text;
    $('login-error').classList.remove('hidden');
  }
}

function logout() {
  sessionStorage.removeItem(SESSION);
  location.reload();
}

let stream = null;
async function enter() {
  $('login').classList.add('hidden');
  $('pad').classList.remove('hidden');
  fillTransferChoices();
  await loadCounter();
  const banner = broadcastBanner({ slim: true });
  stream = follow(state.token, {
    snapshot: s => {
      state.counter = s.counters.find(c => c.number === state.n);
      renderCounter();
      refreshWaiting();
      banner.snapshot();
    },
    event: ev => {
      banner.event(ev);
      if (ev.counter?.number === state.n) { state.counter = ev.counter; renderCounter(); }
      refreshWaiting();
    },
    online: () => {},
  });
}

function wire() {
  $('login').addEventListener('submit', login);
  $('logout').addEventListener('click', () => { stream?.close(); logout(); });
  $('actions').addEventListener('click', e => { const b = e.target.closest('[data-act]'); if (b) act(b.dataset.act); });
  $('transfer-form').addEventListener('submit', e => {
    e.preventDefault();
    const [kind, value] = $('transfer-to').value.split(':');
    const note = $('transfer-note').value;
    act('transfer', kind === 'service' ? { service: value, note } : { counter: Number(value), note });
  });
  $('notice-form').addEventListener('submit', e => { e.preventDefault(); act('finish', noticeBody()); });
  $('refuse-form').addEventListener('submit', e => {
    e.preventDefault();
    act('finish', { outcome: 'REFUSED', note: $('refuse-note').value });
  });
  $('return-form').addEventListener('submit', e => {
    e.preventDefault();
    act('return', { number: $('return-number').value.trim().toUpperCase() });
  });
  $('pause-form').addEventListener('submit', e => { e.preventDefault(); act('pause', { reason: $('pause-reason').value }); });
  $('close-form').addEventListener('submit', e => { e.preventDefault(); act('close', { reason: $('close-reason').value }); });
  $('after-visit').addEventListener('click', closeAfterVisit);
  document.querySelectorAll('.extra .cancel').forEach(b => b.addEventListener('click', hideForms));
  document.addEventListener('keydown', onKey);
  setInterval(() => { tick(); renderWaiting(); }, 1000);
}

async function start() {
  document.body.appendChild(langSwitch(() => { renderCounter(); renderWaiting(); if (state.hall) fillTransferChoices(); }));
  wire();
  state.hall = await api('/api/v1/hall');
  show($('counter-no'), html`${state.hall.counters.map(c => html`<option value="${c.number}">${counterName(c.number)}</option>`)}`);
  const asked = new URLSearchParams(location.search).get('counter');
  if (asked) $('counter-no').value = asked;
  const saved = JSON.parse(sessionStorage.getItem(SESSION) ?? 'null');
  if (saved) {
    Object.assign(state, saved);
    enter().catch(logout);
  }
}

applyTexts();
start();
