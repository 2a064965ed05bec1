// One counter's own screen: its number, who works there (name and badge), and the number
// being served, 暂停服务 with the reason, 欢迎光临 when free, or closed.
import { api, deviceToken } from './api.js';
import { follow } from './stream.js';
import { langSwitch, pick, serviceName, applyTexts } from './i18n.js';
import { html, show } from './markup.js';
import { broadcastBanner } from './broadcast.js';

const $ = id => document.getElementById(id);
const number = Number(location.pathname.split('/').pop());
const state = { hall: null, counter: null };

function face(c) {
  switch (c.state) {
    case 'CALLING':
    case 'SERVING':
      return html`<div class="label">${pick(c.state === 'CALLING' ? '请' : '正在办理', c.state === 'CALLING' ? 'Now calling' : 'Now serving')}</div>
        <div class="num">${c.ticket.number}</div>
        <div class="label">${pick(c.state === 'CALLING' ? '号到本窗口办理' : '', c.state === 'CALLING' ? 'please come to this counter' : '')}</div>`;
    case 'PAUSED':
      return html`<div class="big">${pick('暂停服务', 'Paused')}</div><div class="reason">${c.pauseReason ?? ''}</div>`;
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
  show($('staff'), c.staff
    ? html`<span>${pick('工作人员', 'Officer')} <b>${c.staff.name}</b></span><span>${pick('工号', 'Badge')} <b>${c.staff.badge}</b></span>`
    : html``);
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
