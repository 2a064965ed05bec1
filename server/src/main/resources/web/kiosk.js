// The ticket dispenser: a button per service with its queue, the issued number with its QR
// link, the hours when closed. If the printer cannot print, the number stays on screen.
import { api, deviceToken } from './api.js';
import { follow } from './stream.js';
import { server } from './servers.js';
import { langSwitch, pick, serviceName, hallClock, weekdayName, half, applyTexts, waitText } from './i18n.js';
import { html, show } from './markup.js';
import { broadcastBanner } from './broadcast.js';
import { ratingButtons, INDICATORS, LEVELS } from './rating.js';

const $ = id => document.getElementById(id);
const PRINTER_DOWN = ['PAPER_OUT', 'OFFLINE'];
/** However long the printer is down, a number left on screen gives way to the menu after this. */
const LONGEST_HOLD_SECONDS = 180;
/** The rating screen waits this long for a scan, or for a level once the ticket is shown, then gives way to the menu. */
const RATING_IDLE_SECONDS = 90;
const state = { hall: null, queue: [], priority: false, printer: 'OK', ticket: null, backAt: 0 };
const token = deviceToken('kiosk');

function printerDown() {
  return PRINTER_DOWN.includes(state.printer);
}

function showScreen(screen) {
  for (const id of ['menu', 'issued', 'checkin', 'rate', 'closed']) $(id).classList.toggle('hidden', id !== screen);
  document.body.dataset.screen = screen;
}

function renderServices() {
  show($('services'), html`${state.hall.services.map(s => {
    const q = state.queue.find(x => x.service === s.code) ?? { waiting: 0, estimatedWaitSeconds: 0 };
    return html`<button class="service" type="button" data-service="${s.code}">
      <span class="code">${s.code}</span>
      <span class="name">${pick(s.name, s.nameEn)}</span>
      <span class="wait">${pick('等候', 'Waiting')} <b>${q.waiting}</b> ${pick('人', '')}<br>${waitText(q)}</span>
    </button>`;
  })}`);
}

function renderPriority() {
  const kinds = state.hall.priorityKinds.join('、');
  $('priority-text').textContent = pick(`优先办理（${kinds}）`, 'Priority (elderly, disabled, pregnant, veterans…)');
  $('priority').setAttribute('aria-pressed', String(state.priority));
}

function renderClosed() {
  $('closed-notice').textContent = half(state.hall.closedNotice);
  show($('hours'), html`${state.hall.week.map((d, i) => html`<tr class="${i === 0 ? 'today' : ''}">
    <td>${i === 0 ? pick('今天', 'Today') : d.date.slice(5)}</td><td>${weekdayName(d.weekday)}</td>
    <td>${d.hours ?? pick('休息', 'Closed')}${d.breaks.length ? html`<br><small>${pick('午休', 'Break')} ${d.breaks.join(', ')}</small>` : ''}</td></tr>`)}`);
}

/** The hall's one missed-call rule, worded as on the ticket, the printout and the screens. */
function renderRule() {
  const rule = state.hall.missedCall ? pick(state.hall.missedCall.zh, state.hall.missedCall.en) : '';
  $('tips').textContent = pick('温馨提示：取号后请留意叫号和显示屏。', 'After taking a number, please wait in the hall and watch the screens. ') + rule;
  $('listen').textContent = pick('请在等候区留意叫号。', 'Please wait in the hall and listen for your number. ') + rule;
}

function renderFooter() {
  const h = state.hall;
  $('hall-name').textContent = pick(h.name, h.nameEn || h.name);
  show($('footer'), html`<span>${pick('服务热线', 'Hotline')} <b>${h.hotline}</b></span>${
    h.complaintPhone ? html`<span>${pick('投诉电话', 'Complaints')} <b>${h.complaintPhone}</b></span>` : ''}`);
}

function renderTicket() {
  const t = state.ticket;
  if (!t) return;
  $('number').textContent = t.number;
  const mark = state.checkedIn ? pick('（预约）', ' (appointment)') : t.returnOf ? pick(`（再次办理 ${t.returnOf}）`, ` (back after ${t.returnOf})`)
    : t.priority ? pick('（优先）', ' (priority)') : '';
  $('issued-service').textContent = serviceName(state.hall, t.service) + mark;
  $('ahead').textContent = pick(`${t.ahead} 人`, `${t.ahead}`);
  $('forecast').textContent = waitText(t);
  $('remember').classList.toggle('hidden', !printerDown());
}

/**
 * 预约时段: in the hours kept for the booked the menu stays for check-in, with a banner that
 * says so and when walk-ins are next taken; a service tapped is refused politely by the server.
 */
function renderBookedOnly() {
  const only = state.hall.appointmentOnly;
  $('booked-only').classList.toggle('hidden', !only);
  if (!only) $('booked-refusal').classList.add('hidden');
  if (!only) return;
  const next = only.nextWalkInOpening ? only.nextWalkInOpening.slice(0, 16).replace('T', ' ') : null;
  $('booked-only').textContent = pick(
    `预约时段 · 仅为已预约的群众办理，请点“预约签到”${next ? `。普通取号 ${next} 起` : ''}`,
    `Appointment-only hours · booked citizens only: tap “Check in”${next ? `. Walk-in tickets from ${next}` : ''}`);
}

function render() {
  if (!state.hall) return;
  renderFooter();
  renderRule();
  renderServices();
  renderPriority();
  renderClosed();
  renderBookedOnly();
  renderTicket();
  $('printer-warning').classList.toggle('hidden', !printerDown());
  if (!state.ticket) showScreen(state.rating ? 'rate' : state.checkingIn ? 'checkin'
    : state.hall.issuing || state.hall.appointmentOnly ? 'menu' : 'closed');
}

async function take(service) {
  $('error').classList.add('hidden');
  $('booked-refusal').classList.add('hidden');
  try {
    state.ticket = await api('/api/v1/tickets', { method: 'POST', token, body: { service, priority: state.priority } });
  } catch (e) {
    // 预约时段: the apology and the next walk-in time go right under the banner, where the eye is.
    const box = e.reason === 'appointment-only' ? $('booked-refusal') : $('error');
    box.textContent = e.text;
    box.classList.remove('hidden');
    if (e.status === 409) refreshHall();
    return;
  }
  state.priority = false;
  showIssued(false);
}

/** The issued number on screen, with its QR code and the countdown back to the menu. */
function showIssued(checkedIn) {
  state.checkedIn = checkedIn;
  state.checkingIn = false;
  $('qr').src = `${server()}/api/v1/tickets/${encodeURIComponent(state.ticket.id)}/qr.svg`;
  state.backAt = Date.now() + state.hall.kioskReturnSeconds * 1000;
  state.holdUntil = Date.now() + LONGEST_HOLD_SECONDS * 1000;
  renderTicket();
  renderPriority();
  showScreen('issued');
  countdown();
}

function backToMenu() {
  state.ticket = null;
  state.checkingIn = false;
  state.rating = null;
  render();
}

/** Counts down to the menu, except while the printer is down: then the number stays. */
function countdown() {
  if (!state.ticket) return;
  const held = printerDown() && Date.now() < state.holdUntil;
  if (held) state.backAt = Math.max(state.backAt, Date.now() + 1000);
  const left = Math.max(0, Math.ceil((state.backAt - Date.now()) / 1000));
  $('back').textContent = held ? pick('我已记住号码，返回', 'I have my number — back')
    : pick(`返回首页（${left}秒）`, `Back to start (${left}s)`);
  if (left === 0) backToMenu();
}

async function refreshHall() {
  try {
    state.hall = await api('/api/v1/hall', { token });
    render();
  } catch (e) {
    // the next refresh tries again; the screen keeps what it knew
  }
}

function tick() {
  if (!state.hall) return;
  const c = hallClock(state.hall.timeZone);
  $('time').textContent = c.time.slice(0, 5);
  $('date').textContent = c.date;
  countdown();
}

function wire() {
  $('services').addEventListener('click', e => {
    const b = e.target.closest('[data-service]');
    if (b) take(b.dataset.service);
  });
  $('priority').addEventListener('click', () => { state.priority = !state.priority; renderPriority(); });
  $('back').addEventListener('click', backToMenu);
  wireCheckIn();
  wireRating();
}

// ---- appointment check-in: typed on the keypad, or scanned (a scanner types the QR's text and Enter)

const CODE_KEYS = '23456789ABCDEFGHJKMNPQRSTWXYZ';

/** The code in what was typed or scanned: the code itself, or a page's address with ?code= or ?notice=. */
function codeOf(text) {
  const inAddress = text.match(/[?&](?:code|notice)=([^&#]+)/);
  return (inAddress ? inAddress[1] : text).replace(/[\s-]/g, '').toUpperCase();
}

function openCheckIn(first = '') {
  state.checkingIn = true;
  $('checkin-code').value = first;
  $('checkin-error').classList.add('hidden');
  $('late-ticket').classList.add('hidden');
  showScreen('checkin');
  $('checkin-code').focus();
}

/** A 告知单's code is longer than a booking's: the citizen is back with what was missing. */
const NOTICE_CODE_LENGTH = 10;

async function returnWithNotice(code) {
  try {
    const notice = await api(`/api/v1/notices/${encodeURIComponent(code)}`, { token });
    state.ticket = await api('/api/v1/tickets', { method: 'POST', token, body: { service: notice.service, notice: code } });
  } catch (e) {
    $('checkin-error').textContent = e.status === 404
      ? pick('对不起，没有此告知单，请核对编号或到咨询台询问', 'Sorry, no such notice: please check the code or ask at the desk') : e.text;
    $('checkin-error').classList.remove('hidden');
    return;
  }
  showIssued(false);
}

async function checkIn() {
  const scanned = ticketIdOf($('checkin-code').value);
  if (scanned) return openRating(scanned);
  const code = codeOf($('checkin-code').value);
  $('late-ticket').classList.add('hidden');
  if (code.length === NOTICE_CODE_LENGTH) return returnWithNotice(code);
  try {
    state.ticket = await api(`/api/v1/appointments/${encodeURIComponent(code)}/check-in`, { method: 'POST', token });
  } catch (e) {
    $('checkin-error').textContent = e.status === 404 ? pick('对不起，没有此预约，请核对预约码', 'Sorry, no such booking: please check the code') : e.text;
    $('checkin-error').classList.remove('hidden');
    if (e.reason === 'too-late') offerNormalTicket(code);
    return;
  }
  showIssued(true);
}

/** Too late for the appointment: a normal ticket of the same service, one tap away. */
async function offerNormalTicket(code) {
  try {
    const booking = await api(`/api/v1/appointments/${encodeURIComponent(code)}`, { token });
    const b = $('late-ticket');
    b.dataset.service = booking.service;
    b.textContent = pick(`取${serviceName(state.hall, booking.service)}普通号`, `Take a normal ${serviceName(state.hall, booking.service)} ticket`);
    b.classList.remove('hidden');
  } catch (e) {
    // the refusal on screen still tells the citizen what to do
  }
}

function wireCheckIn() {
  show($('keypad'), html`${[...CODE_KEYS].map(k => html`<button type="button" data-key="${k}">${k}</button>`)}<button
    type="button" data-key="back">⌫</button>`);
  $('keypad').addEventListener('click', e => {
    const k = e.target.closest('[data-key]')?.dataset.key;
    if (!k) return;
    const input = $('checkin-code');
    input.value = k === 'back' ? input.value.slice(0, -1) : input.value + k;
  });
  $('checkin-open').addEventListener('click', () => openCheckIn());
  $('checkin-form').addEventListener('submit', e => { e.preventDefault(); checkIn(); });
  $('checkin-back').addEventListener('click', backToMenu);
  $('late-ticket').addEventListener('click', async () => {
    state.checkingIn = false;
    await take($('late-ticket').dataset.service);
    if (!state.ticket) render();
  });
  // A scanner on the menu: its first character opens the check-in screen and the rest follows into the field
  // (a ticket's QR there opens the rating). While the hall issues no numbers only the rating is open.
  document.addEventListener('keydown', e => {
    const screen = document.body.dataset.screen;
    if ((screen === 'menu' || screen === 'closed') && e.key.length === 1 && !e.ctrlKey && !e.altKey) {
      e.preventDefault();
      if (screen === 'menu') openCheckIn(e.key);
      else openRating(null, e.key);
    }
  });
}

// ---- the citizen rates a served ticket (好差评, 一次一评) by scanning the QR code printed on it

/**
 * The ticket's id in what was scanned: the printed QR is the ticket's page, …/t/{id}. The
 * number on the ticket (A012) is not enough: numbers repeat every day and anyone can read
 * one off a screen, while the id is known only to whoever holds the ticket.
 */
function ticketIdOf(text) {
  const found = text.trim().match(/(?:^|\/t\/)([A-Za-z0-9_-]{22})(?:[?#].*)?$/);
  return found ? found[1] : null;
}

/** The rating screen: with an id the scanned ticket at once, else the field waits for the scanner. */
function openRating(id, first = '') {
  state.checkingIn = false;
  state.rating = { id: null };
  $('rate-code').value = first;
  for (const m of ['rate-error', 'rate-thanks', 'rate-panel']) $(m).classList.add('hidden');
  $('rate-form').classList.remove('hidden');
  showScreen('rate');
  leaveRatingSoon(RATING_IDLE_SECONDS);
  if (id) findTicket(id); else $('rate-code').focus();
}

async function findTicket(id) {
  $('rate-error').classList.add('hidden');
  let ticket;
  try {
    ticket = await api(`/api/v1/tickets/${encodeURIComponent(id)}`, { token });
  } catch (e) {
    return rateRefused(e.status === 404 ? pick('没有此号，请扫描号票上的二维码', 'No such ticket: please scan the QR code on your ticket') : e.text);
  }
  state.rating = { id, at: Date.now() };
  $('rate-form').classList.add('hidden');
  $('rate-ticket').textContent = `${ticket.number} · ${serviceName(state.hall, ticket.service)}`
    + (ticket.counter ? pick(` · ${ticket.counter}号窗口`, ` · counter ${ticket.counter}`) : '');
  $('rate-opinion').value = '';
  renderIndicators();
  ratingButtons($('rate-buttons'), id, { token, more: indicatorValues, done: rated, failed: e => rateRefused(e.text) });
  $('rate-panel').classList.remove('hidden');
  leaveRatingSoon(RATING_IDLE_SECONDS);
}

/** Each indicator as a row of five keys; tapping the chosen one again leaves it out. */
function renderIndicators() {
  show($('rate-indicators'), html`${INDICATORS.map(([field, zh, en]) => html`<div class="indicator" data-field="${field}">
    <span class="indicator-name">${pick(zh, en)}</span>${LEVELS.map(([score, lzh, len]) =>
    html`<button type="button" data-value="${score}" aria-pressed="false" title="${pick(lzh, len)}">${score}</button>`)}</div>`)}`);
}

function indicatorValues() {
  const out = {};
  $('rate-indicators').querySelectorAll('button[aria-pressed="true"]').forEach(b => {
    out[b.closest('[data-field]').dataset.field] = +b.dataset.value;
  });
  const opinion = $('rate-opinion').value.trim();
  if (opinion) out.opinion = opinion;
  return out;
}

function rated() {
  $('rate-panel').classList.add('hidden');
  $('rate-thanks').textContent = pick('谢谢您的评价！', 'Thank you for your rating!');
  $('rate-thanks').classList.remove('hidden');
  leaveRatingSoon();
}

/** The server's refusal (not yet served, already rated, no such ticket), worded politely. */
function rateRefused(text) {
  $('rate-panel').classList.add('hidden');
  $('rate-error').textContent = pick('对不起，', 'Sorry: ') + text;
  $('rate-error').classList.remove('hidden');
  $('rate-form').classList.remove('hidden');
  $('rate-code').value = '';
  $('rate-code').focus();
  leaveRatingSoon();
}

/** The next citizen finds the menu, not this one's screen (nor a ticket left open for anyone to rate). */
function leaveRatingSoon(seconds = state.hall.kioskReturnSeconds) {
  const shown = state.rating;
  setTimeout(() => { if (state.rating === shown) backToMenu(); }, seconds * 1000);
}

function wireRating() {
  $('rate-open').addEventListener('click', () => openRating(null));
  $('rate-back').addEventListener('click', backToMenu);
  $('rate-form').addEventListener('submit', e => {
    e.preventDefault();
    const id = ticketIdOf($('rate-code').value);
    if (id) findTicket(id);
    else rateRefused(pick('请扫描号票上的二维码', 'please scan the QR code on your ticket'));
  });
  $('rate-indicators').addEventListener('click', e => {
    const b = e.target.closest('button[data-value]');
    if (!b) return;
    const was = b.getAttribute('aria-pressed') === 'true';
    b.parentElement.querySelectorAll('button').forEach(x => x.setAttribute('aria-pressed', 'false'));
    b.setAttribute('aria-pressed', String(!was));
  });
}

async function start() {
  document.body.appendChild(langSwitch(render));
  wire();
  if (!token) {
    $('error').textContent = pick('请在地址中提供取号机令牌 ?token=…', 'Add the kiosk token to the address: ?token=…');
    $('error').classList.remove('hidden');
    return;
  }
  await refreshHall();
  tick();
  setInterval(tick, 1000);
  setInterval(refreshHall, 60_000);
  const banner = broadcastBanner();
  follow(token, {
    snapshot: s => {
      state.queue = s.queue.services;
      state.printer = printerOf(s) ?? state.printer;
      render();
      banner.snapshot();
    },
    event: e => {
      banner.event(e);
      if (e.queue) state.queue = e.queue.services;
      if (e.type === 'printer.status' && e.printer?.kiosk === state.hall.kiosk) state.printer = e.printer.status;
      render();
    },
    online: () => {},
  });
}

/** A snapshot may carry the printers' last statuses; older servers send none. */
function printerOf(snapshot) {
  return snapshot.printers?.find(p => p.kiosk === state.hall.kiosk)?.status;
}

applyTexts();
start();
