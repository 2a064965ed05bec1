// The hall screen's notice area (通知公告): the notices managers keep (办事指南, 廉政规定,
// 收费标准, opening hours) one after another, and beside them, always, the hall's hotline and
// complaint number, and the duty manager (值班主任) a citizen may ask for. Notices and the duty
// manager are asked for again every minute, so a manager's change reaches
// every screen of the hall without a restart; their text is shown as text, never markup.
import { api } from './api.js';
import { pick } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const SHOW_EACH_MS = 12_000;
const ASK_EVERY_MS = 60_000;
const KINDS = { GUIDE: ['办事指南', 'Service guide'], INTEGRITY: ['廉政规定', 'Integrity rules'],
  FEES: ['收费标准', 'Fees'], HOURS: ['开放时间', 'Opening hours'], NOTICE: ['通知公告', 'Notice'] };
const state = { notices: [], at: 0, hall: null, duty: null };

function renderNotice() {
  const n = state.notices[state.at % Math.max(1, state.notices.length)];
  $('notice').classList.toggle('hidden', !n);
  if (!n) return;
  show($('notice'), html`<span class="notice-kind">${pick(...(KINDS[n.kind] ?? KINDS.NOTICE))}</span>
    <b class="notice-title">${n.title}</b><span class="notice-body">${n.body}</span>`);
}

function renderContacts() {
  const h = state.hall;
  if (!h) return;
  show($('contacts'), html`${h.hotline ? html`<div>${pick('服务热线', 'Hotline')} <b>${h.hotline}</b></div>` : ''}
    ${h.complaintPhone ? html`<div>${pick('举报投诉', 'Complaints')} <b>${h.complaintPhone}</b></div>` : ''}
    ${state.duty ? html`<div id="duty">${pick('值班主任', 'Duty manager')} <b>${state.duty.name}</b>
      ${state.duty.phone ? html`<b>${state.duty.phone}</b>` : ''}</div>` : ''}`);
}

async function ask() {
  try {
    state.notices = await api('/api/v1/bulletins');
    state.duty = (await api('/api/v1/duty')).onDuty;
  } catch {
    // the notices shown stay until the server answers again
  }
  renderNotice();
  renderContacts();
}

async function start() {
  try {
    state.hall = await api('/api/v1/hall');
  } catch {
    state.hall = null;
  }
  renderContacts();
  await ask();
  setInterval(() => { state.at++; renderNotice(); }, SHOW_EACH_MS);
  setInterval(ask, ASK_EVERY_MS);
  document.addEventListener('langchange', () => { renderNotice(); renderContacts(); });
}

start();
