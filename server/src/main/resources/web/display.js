// The hall screen: the newest call large and flashing, the last calls kept in view, every
// counter's state, the queues, clock and notice; voice for each call, one at a time.
import { api, deviceToken } from './api.js';
import { follow, countersFrom } from './stream.js';
import { lang, langSwitch, pick, serviceName, hallClock, applyTexts, waitText, resumeNote } from './i18n.js';
import { Announcer } from './voice.js';
import { html, show } from './markup.js';
import { broadcastBanner } from './broadcast.js';
import { server } from './servers.js';

const KEEP_CALLS = 8;
const $ = id => document.getElementById(id);
const state = { hall: null, counters: new Map(), queue: [], calls: [] };

const voice = new Announcer({
  lang,
  onSpeaking: call => {
    $('speaking').classList.toggle('hidden', !call);
    if (call) $('speaking').textContent = `${pick('正在播报', 'Announcing')} ${call.number} → ${pick(`${call.counter}号窗口`, `counter ${call.counter}`)}`;
  },
  onBlocked: () => $('sound').classList.remove('hidden'),
});
$('sound').addEventListener('click', () => { $('sound').classList.add('hidden'); voice.resume(); });

function callSentence(t) {
  return html`<div class="num">${t.number}</div>
    <div class="to">${pick(html`请到 <b>${t.counter}</b> 号窗口办理`, html`please go to counter <b>${t.counter}</b>`)}</div>`;
}

function renderNow() {
  const newest = state.calls[0];
  const el = $('now-call');
  el.dataset.number = newest?.number ?? '';
  show(el, newest ? callSentence(newest) : html`<span class="idle">${pick('欢迎光临', 'Welcome')}</span>`);
}

function renderRecent() {
  show($('recent'), html`${state.calls.map(t => html`<li data-number="${t.number}"><span class="num">${t.number}</span><span
    class="to">→ ${pick(`${t.counter}号窗口`, `Counter ${t.counter}`)}</span></li>`)}`);
}

function counterLine(c) {
  switch (c.state) {
    case 'PAUSED': return pick('暂停服务', 'Paused') + (c.pauseReason ? ` · ${c.pauseReason}` : '') + resumeNote(c);
    case 'CALLING': return pick('正在呼叫', 'Calling');
    case 'SERVING': return pick('正在办理', 'Serving');
    case 'IDLE': return pick('等待叫号', 'Ready');
    default: return pick('未开放', 'Closed');
  }
}

function renderCounters() {
  show($('counters'), html`${[...state.counters.values()].map(c => html`
    <div class="counter ${c.state}" data-counter="${c.number}">
      <div class="name">${pick(c.name, `Counter ${c.number}`)}</div>
      <div class="num">${c.ticket && c.state !== 'PAUSED' ? c.ticket.number : ''}</div>
      <div class="state">${counterLine(c)}</div>
    </div>`)}`);
}

function renderQueues() {
  show($('queues'), html`${state.queue.map(q => html`
    <div class="queue-row" data-service="${q.service}">
      <span>${serviceName(state.hall, q.service)}</span>
      <span><span class="count">${q.waiting}</span> ${pick('人', '')}<span class="eta">${waitText(q)}</span></span>
    </div>`)}`);
}

/** The hall's one missed-call rule, as the kiosk, the ticket and the printout word it. */
function missedCall(h) {
  return h.missedCall ? pick(h.missedCall.zh, h.missedCall.en) : '';
}

function renderTicker() {
  const h = state.hall;
  if (!h) return;
  const parts = [pick(`欢迎来到${h.name}`, `Welcome to ${h.nameEn || h.name}`),
    pick('请留意叫号', 'Please listen for your number'), missedCall(h)];
  if (h.hotline) parts.push(pick(`服务热线 ${h.hotline}`, `Hotline ${h.hotline}`));
  if (h.complaintPhone) parts.push(pick(`举报投诉电话 ${h.complaintPhone}`, `Complaints ${h.complaintPhone}`));
  $('ticker').textContent = parts.join('　·　');
  $('hall-name').textContent = pick(h.name, h.nameEn || h.name);
}

function renderAll() {
  renderNow();
  renderRecent();
  renderCounters();
  renderQueues();
  renderTicker();
}

function called(ticket, fresh) {
  state.calls = [ticket, ...state.calls.filter(t => t.id !== ticket.id)].slice(0, KEEP_CALLS);
  renderNow();
  renderRecent();
  if (fresh) {
    const el = $('now-call');
    el.classList.remove('flash');
    void el.offsetWidth; // restart the animation for a call that follows closely
    el.classList.add('flash');
    voice.say(ticket.number, ticket.counter);
  }
}

/** The broadcast's recording (alarm, then its sentence), on screens that speak; the gateway speaks it too. */
function sayBroadcast(b) {
  new Audio(`${server()}/api/v1/broadcast/voice.wav?kind=${encodeURIComponent(b.kind)}&lang=${lang()}`)
    .play().catch(() => {});
}

const banner = broadcastBanner({ onStarted: sayBroadcast });

function onEvent(e) {
  banner.event(e);
  if (e.counter) state.counters.set(e.counter.number, e.counter);
  if (e.queue) state.queue = e.queue.services;
  if (e.type === 'ticket.called' || e.type === 'ticket.recalled') called(e.ticket, true);
  renderCounters();
  renderQueues();
}

function tick() {
  if (!state.hall) return;
  const c = hallClock(state.hall.timeZone);
  $('time').textContent = c.time;
  $('date').textContent = c.date;
}

async function start() {
  document.body.appendChild(langSwitch(renderAll));
  const token = deviceToken('display');
  if (!token) {
    $('now-call').textContent = pick('请在地址中提供显示屏令牌 ?token=…', 'Add the display token to the address: ?token=…');
    return;
  }
  state.hall = await api('/api/v1/hall');
  renderTicker();
  setInterval(tick, 1000);
  tick();
  follow(token, {
    snapshot: s => {
      state.counters = countersFrom(s.counters);
      state.queue = s.queue.services;
      state.calls = s.recentCalls.slice(0, KEEP_CALLS);
      renderAll();
      banner.snapshot();
    },
    event: onEvent,
    online: up => { $('offline').classList.toggle('hidden', up); document.body.dataset.online = up; },
  });
}

applyTexts();
start();
