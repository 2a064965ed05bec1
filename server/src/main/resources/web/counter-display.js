// One counter's own screen: its number, who works there (the 胸牌: photo, name, 工号 and 职务,
// a neutral placeholder without a photo), and the number being served, 暂停服务 with the
// reason, 欢迎光临 when free, or closed. The 胸牌 is asked for when someone starts work here and
// again every minute, so a manager's new photo or title shows without a restart.
import { api, deviceToken } from './api.js';
import { follow } from './stream.js';
import { langSwitch, pick, serviceName, applyTexts } from './i18n.js';
import { html, show } from './markup.js';
import { broadcastBanner } from './broadcast.js';
import { server } from './servers.js';

const $ = id => document.getElementById(id);
const number = Number(location.pathname.split('/').pop());
const CARD_EVERY_MS = 60_000;
const state = { hall: null, counter: null, card: null };

function face(c) {
  switch (c.state) {
    case 'CALLING':
    case 'SERVING':
      return html`<div class="label">${pick(c.state === 'CALLING' ? '请' : '正在办理', c.state === 'CALLING' ? 'Now calling' : 'Now serving')}</div>
        <div class="num">${c.ticket.number}</div>
        <div class="label">${pick(c.state === 'CALLING' ? '号到本窗口办理' : '', c.state === 'CALLING' ? 'please come to this counter' : '')}</div>`;
    case 'PAUSED':
      return html`<div class="big">${pick('暂停服务', 'Paused')}</div><div class="reason">${c.pauseReason ?? ''}</div>${
        c.resumeTime ? html`<div class="reason resume">${pick(`${c.resumeTime} 恢复服务`, `Back at ${c.resumeTime}`)}</div>` : html``}`;
    case 'IDLE':
      return html`<div class="big">${pick('欢迎光临', 'Welcome')}</div>`;
    default:
      return html`<div class="big">${pick('本窗口暂不办理业务', 'This counter is closed')}</div>`;
  }
}

function render() {
  const c = state.counter;
  if (!c) return;
  document.body.className = c.state;
  $('counter-no').textContent = pick(c.name, `Counter ${c.number}`);
  $('services').textContent = c.services.map(s => serviceName(state.hall, s)).join(' · ');
  show($('face'), face(c));
  show($('staff'), c.staff ? badge(c.staff, state.card?.badge === c.staff.badge ? state.card : null) : html``);
  if (c.staff && state.card?.badge !== c.staff.badge) askCard();
}

function photo(card) {
  if (!card?.photo) return html`<div class="photo none" id="staff-photo" title="${pick('暂无照片', 'No photo')}"></div>`;
  const src = `${server()}/api/v1/staff/${encodeURIComponent(card.badge)}/photo?v=${Date.parse(card.photoChangedAt)}`;
  return html`<img class="photo" id="staff-photo" alt="${card.name}" src="${src}">`;
}

function badge(staff, card) {
  return html`${photo(card)}<span>${pick('工作人员', 'Officer')} <b id="staff-name">${staff.name}</b></span>
    <span>${pick('工号', 'Badge')} <b>${staff.badge}</b></span>
    ${card?.title ? html`<span>${pick('职务', 'Title')} <b id="staff-title">${card.title}</b></span>` : ''}`;
}

async function askCard() {
  const badgeNow = state.counter?.staff?.badge;
  if (!badgeNow || state.asking === badgeNow) return;
  state.asking = badgeNow;
  try {
    const card = await api(`/api/v1/staff/${encodeURIComponent(badgeNow)}/card`);
    if (state.counter?.staff?.badge === badgeNow) state.card = card;
  } catch {
    state.card = { badge: badgeNow }; // no 胸牌 to show beyond name and 工号; asked again in a minute
  }
  state.asking = null;
  render();
}

async function start() {
  document.body.appendChild(langSwitch(render));
  const token = deviceToken('display');
  if (!token) {
    $('face').textContent = pick('请在地址中提供显示屏令牌 ?token=…', 'Add the display token to the address: ?token=…');
    return;
  }
  state.hall = await api('/api/v1/hall');
  const banner = broadcastBanner();
  setInterval(askCard, CARD_EVERY_MS);
  follow(token, {
    snapshot: s => { state.counter = s.counters.find(c => c.number === number); render(); banner.snapshot(); },
    event: e => {
      banner.event(e);
      if (e.counter?.number === number) {
        state.counter = e.counter;
        render();
      }
    },
    online: up => $('offline').classList.toggle('hidden', up),
  });
}

applyTexts();
start();
