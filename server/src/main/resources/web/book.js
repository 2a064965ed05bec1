// Booking on the citizen's phone: service, day, a slot with its free places, name and phone;
// then the code and its QR for the kiosk, and a cancel button. The same page looks a booking
// up by its code (also from the QR, ?code=…) and takes a number for today without booking.
import { api } from './api.js';
import { page, server } from './servers.js';
import { langSwitch, pick, serviceName, applyTexts, weekdayName } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const state = { hall: null, tab: 'book', service: null, date: null, slot: null, slots: [], booking: null,
  remoteService: null };

function hallToday() {
  const p = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { timeZone: state.hall.timeZone, year: 'numeric',
    month: '2-digit', day: '2-digit' }).formatToParts(new Date(state.hall.now)).map(x => [x.type, x.value]));
  return `${p.year}-${p.month}-${p.day}`;
}

/** The days that may be booked: today and the configured number after it. */
function bookableDays() {
  const [y, m, d] = hallToday().split('-').map(Number);
  return Array.from({ length: state.hall.appointments.daysAhead + 1 }, (_, i) => {
    const day = new Date(Date.UTC(y, m - 1, d + i));
    return { date: day.toISOString().slice(0, 10), weekday: day.getUTCDay() || 7, index: i };
  });
}

function showError(e) {
  $('error').textContent = e ? e.text : '';
  $('error').classList.toggle('hidden', !e);
}

function pressed(container, attr, value) {
  container.querySelectorAll(`[${attr}]`).forEach(b => b.setAttribute('aria-pressed', String(b.getAttribute(attr) === value)));
}

function renderServices() {
  const codes = state.hall.appointments.services;
  show($('services'), html`${codes.map(c => html`<button type="button" data-service="${c}">${c} ${serviceName(state.hall, c)}</button>`)}`);
  show($('remote-services'), html`${state.hall.services.map(s => html`<button type="button" data-remote="${s.code}">${s.code} ${pick(s.name, s.nameEn)}</button>`)}`);
  pressed($('services'), 'data-service', state.service);
  pressed($('remote-services'), 'data-remote', state.remoteService);
}

function renderDays() {
  show($('days'), html`${bookableDays().map(d => html`<button type="button" data-date="${d.date}">
    ${d.index === 0 ? pick('今天', 'Today') : d.index === 1 ? pick('明天', 'Tomorrow') : weekdayName(d.weekday)}
    <small>${d.date.slice(5)}</small></button>`)}`);
  pressed($('days'), 'data-date', state.date);
}

function renderSlots() {
  show($('slots'), html`${state.slots.map(s => html`<button type="button" data-start="${s.start}" ${s.bookable ? '' : html`disabled`}>
    ${s.start}–${s.end}<small>${s.free > 0 ? pick(`余 ${s.free}`, `${s.free} free`) : pick('已满', 'full')}</small>${
    s.appointmentOnly ? html`<small class="booked-only">${pick('预约时段', 'Appointment-only')}</small>` : ''}</button>`)}`);
  $('no-slots').classList.toggle('hidden', !state.date || state.slots.length > 0);
  pressed($('slots'), 'data-start', state.slot);
}

function renderTabs() {
  document.querySelectorAll('[data-tab]').forEach(b => b.setAttribute('aria-selected', String(b.dataset.tab === state.tab)));
  for (const id of ['book', 'mine', 'remote']) $(id).classList.toggle('hidden', id !== state.tab);
  $('remote-tab').classList.toggle('hidden', !state.hall?.appointments.remoteTickets);
}

const STATUS = {
  BOOKED: ['预约成功', 'Booked'], CHECKED_IN: ['已签到', 'Checked in'], CANCELLED: ['已取消', 'Cancelled'],
  MISSED: ['已过期（未签到）', 'Missed (not checked in)'],
};

function local(instant) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: state.hall.timeZone, hour: '2-digit', minute: '2-digit',
    hour12: false }).format(new Date(instant));
}

function renderBooking() {
  const b = state.booking;
  $('booking').classList.toggle('hidden', !b);
  if (!b) return;
  $('booking-code').textContent = b.shownCode;
  $('booking-status').textContent = pick(...STATUS[b.status]);
  $('booking-status').classList.toggle('off', b.status !== 'BOOKED');
  $('booking-service').textContent = `${b.service} ${serviceName(state.hall, b.service)}`;
  $('booking-time').textContent = `${b.date} ${b.start}–${b.end}`;
  $('booking-window').textContent = `${local(b.checkInFrom)}–${local(b.checkInUntil)}`;
  $('booking-name').textContent = b.name;
  $('booking-phone').textContent = b.phone;
  $('booking-qr').src = `${server()}/api/v1/appointments/${encodeURIComponent(b.code)}/qr.svg`;
  $('cancel').classList.toggle('hidden', b.status !== 'BOOKED');
}

function render() {
  if (!state.hall) return;
  $('hall-name').textContent = pick(state.hall.name, state.hall.nameEn || state.hall.name);
  $('footer').textContent = state.hall.hotline ? pick(`服务热线 ${state.hall.hotline}`, `Hotline ${state.hall.hotline}`) : '';
  renderTabs();
  renderServices();
  renderDays();
  renderSlots();
  renderBooking();
}

async function loadSlots() {
  state.slot = null;
  state.slots = [];
  if (state.service && state.date) {
    try {
      state.slots = (await api(`/api/v1/appointments/slots?service=${state.service}&date=${state.date}`)).slots;
      showError(null);
    } catch (e) {
      showError(e);
    }
  }
  renderSlots();
  const first = $('slots').querySelector('button:not(:disabled)');
  if (first) $('slots').scrollTop = first.offsetTop - $('slots').offsetTop;
}

async function submitBooking(ev) {
  ev.preventDefault();
  if (!state.service || !state.date || !state.slot) {
    showError({ text: pick('请先选择业务、日期和时段', 'Please choose a service, a day and a time first') });
    return;
  }
  const body = { service: state.service, date: state.date, start: state.slot, name: $('name').value.trim(),
    phone: $('phone').value.trim() };
  if (state.hall.notifier?.enabled && $('remind').checked) body.notify = true;
  try {
    state.booking = await api('/api/v1/appointments', { method: 'POST', body });
    showError(null);
    $('form').reset();
    history.replaceState(null, '', page(`/book?code=${state.booking.code}`));
  } catch (e) {
    showError(e);
  }
  await loadSlots();
  renderBooking();
  $('booking').scrollIntoView({ block: 'start' });
}

async function lookUp(code) {
  try {
    state.booking = await api(`/api/v1/appointments/${encodeURIComponent(code.replace(/[\s-]/g, ''))}`);
    showError(null);
  } catch (e) {
    state.booking = null;
    showError(e);
  }
  renderBooking();
}

async function cancel() {
  if (!state.booking || !confirm(pick('确定取消此预约？', 'Cancel this booking?'))) return;
  try {
    state.booking = await api(`/api/v1/appointments/${state.booking.code}`, { method: 'DELETE' });
    showError(null);
  } catch (e) {
    showError(e);
  }
  renderBooking();
  if (state.tab === 'book') loadSlots();
}

async function takeNumber(ev) {
  ev.preventDefault();
  if (!state.remoteService) {
    showError({ text: pick('请选择业务', 'Please choose a service') });
    return;
  }
  try {
    const t = await api('/api/v1/remote-tickets', { method: 'POST',
      body: { service: state.remoteService, phone: $('remote-phone').value.trim() } });
    location.href = page(`/t/${encodeURIComponent(t.id)}`);
  } catch (e) {
    showError(e);
  }
}

function wire() {
  $('tabs').addEventListener('click', e => {
    const b = e.target.closest('[data-tab]');
    if (!b) return;
    state.tab = b.dataset.tab;
    showError(null);
    render();
  });
  $('services').addEventListener('click', e => {
    const b = e.target.closest('[data-service]');
    if (b) { state.service = b.dataset.service; renderServices(); loadSlots(); }
  });
  $('days').addEventListener('click', e => {
    const b = e.target.closest('[data-date]');
    if (b) { state.date = b.dataset.date; renderDays(); loadSlots(); }
  });
  $('slots').addEventListener('click', e => {
    const b = e.target.closest('[data-start]');
    if (b && !b.disabled) { state.slot = b.dataset.start; renderSlots(); }
  });
  $('remote-services').addEventListener('click', e => {
    const b = e.target.closest('[data-remote]');
    if (b) { state.remoteService = b.dataset.remote; renderServices(); }
  });
  $('form').addEventListener('submit', submitBooking);
  $('lookup').addEventListener('submit', e => { e.preventDefault(); lookUp($('code').value); });
  $('remote-form').addEventListener('submit', takeNumber);
  $('cancel').addEventListener('click', cancel);
}

async function start() {
  document.body.appendChild(langSwitch(render));
  wire();
  try {
    state.hall = await api('/api/v1/hall');
  } catch (e) {
    showError(e);
    return;
  }
  state.service = state.hall.appointments.services[0] ?? null;
  $('remind-row').classList.toggle('hidden', !state.hall.notifier?.enabled);
  state.date = hallToday();
  const code = new URLSearchParams(location.search).get('code');
  if (code) {
    state.tab = 'mine';
    $('code').value = code;
    lookUp(code);
  }
  render();
  document.body.dataset.ready = 'true';
  loadSlots();
}

applyTexts();
start();
