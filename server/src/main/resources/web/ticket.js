// The ticket's status on the citizen's phone: number, people ahead, forecast, and a clear
// "your turn, go to counter 3" when called. Phones sleep and drop sockets, so it asks every
// few seconds and at once when the page comes back into view. Nothing personal is shown.
import { api } from './api.js';
import { ratingButtons, INDICATORS, LEVELS } from './rating.js';
import { langSwitch, pick, serviceName, applyTexts, waitText } from './i18n.js';
import { html, show } from './markup.js';
import { loadRemind, renderRemind } from './ticket-remind.js';

const $ = id => document.getElementById(id);
const EVERY_MS = 3000;
const id = decodeURIComponent(location.pathname.split('/').pop());
const state = { hall: null, ticket: null };

function statusLine(t) {
  switch (t.status) {
    case 'WAITING': return pick('排队中，请在大厅内留意叫号', 'Waiting: please stay in the hall and listen for your number');
    case 'SERVING': return pick('正在办理', 'Being served');
    case 'DONE': return doneLine(t);
    case 'NO_SHOW': return pick('对不起，您已过号。', 'Sorry, your number was called and missed. ')
      + (state.hall?.missedCall ? pick(state.hall.missedCall.zh, state.hall.missedCall.en) : '');
    case 'CANCELLED': return pick('已取消', 'Cancelled');
    case 'EXPIRED': return pick('此号已过期：当日未能办理，请重新取号或预约', 'Expired: the day ended before this number was called; please take a new number or book an appointment');
    default: return '';
  }
}

/** 文明用语 after service: thanks and farewell; an apology with every refusal. */
function doneLine(t) {
  if (t.outcome === 'NOTICE') {
    return pick('请按下方告知单补齐材料，再次取号时出示告知单编号。谢谢，再见！',
      'Please bring the items on the notice below and show its code when you take a number again. Thank you, goodbye!');
  }
  if (t.outcome === 'REFUSED') {
    return pick(`对不起，此事项不予受理：${t.outcomeNote ?? ''}。谢谢，再见！`,
      `Sorry, this matter could not be accepted: ${t.outcomeNote ?? ''}. Thank you, goodbye!`);
  }
  return pick('已办结，谢谢您的光临，再见！欢迎评价', 'Done: thank you for coming, goodbye! Please rate the service');
}

/** The 告知单 of this visit, fetched once by its code: everything still missing, at once. */
const notice = { code: null, body: null };
async function loadNotice(t) {
  const code = t.notice && t.notice.code;
  if (!code || notice.code === code) return;
  notice.code = code;
  try {
    notice.body = await api(`/api/v1/notices/${encodeURIComponent(code)}`);
  } catch (e) {
    notice.code = null;
    return;
  }
  render();
}

/** The hall's date of an instant (2026-12-04), in the hall's own time zone. */
function hallDay(instant) {
  const zone = state.hall?.timeZone;
  return new Date(instant).toLocaleDateString('sv-SE', zone ? { timeZone: zone } : {});
}

function renderNotice(t) {
  const n = notice.body && t.notice && notice.body.code === t.notice.code ? notice.body : null;
  $('notice').classList.toggle('hidden', !n);
  if (!n) return;
  const staff = n.staff || {};
  const day = hallDay(n.issuedAt);
  show($('notice'), html`<h2>${pick('一次性告知单', 'Notice of what is missing')}</h2>
    <div class="code" id="notice-code">${n.code}</div>
    <ol id="notice-materials">${n.materials.map(m => html`<li>${m}</li>`)}</ol>
    ${n.note ? html`<div class="note" id="notice-note">${n.note}</div>` : ''}
    <div class="meta">${pick(`${n.counter}号窗口 · ${staff.name || ''}（工号 ${staff.badge || ''}）· ${day}`,
      `Counter ${n.counter} · ${staff.name || ''} (badge ${staff.badge || ''}) · ${day}`)}</div>
    <div class="meta">${pick(`请于 ${n.dueDate} 前补齐办结`, `Please complete by ${n.dueDate}`)}</div>`);
}

function render() {
  const t = state.ticket;
  if (!t) return;
  $('number').textContent = t.number;
  $('service').textContent = serviceName(state.hall, t.service);
  const called = t.status === 'CALLED';
  $('turn').classList.toggle('hidden', !called);
  if (called) {
    show($('turn'), pick(html`轮到您了！<br>请到 ${t.counter} 号窗口办理`, html`It's your turn!<br>Please go to counter ${t.counter}`));
  }
  $('facts').classList.toggle('hidden', t.status !== 'WAITING');
  $('ahead').textContent = pick(`${t.ahead} 人`, `${t.ahead}`);
  $('forecast').textContent = waitText(t);
  $('forecast').classList.toggle('not-today', !!t.mayNotBeServedToday);
  $('status').textContent = called ? '' : statusLine(t);
  document.body.dataset.status = t.status;
  $('return-of').classList.toggle('hidden', !t.returnOf);
  if (t.returnOf) $('return-of').textContent = pick(`凭告知单再次办理，首次办理号 ${t.returnOf}`, `Return visit after ${t.returnOf}`);
  loadNotice(t);
  renderNotice(t);
  renderRating(t);
  renderRemind(id, t);
  $('updated').textContent = pick('更新于 ', 'Updated ') + new Date().toLocaleTimeString(pick('zh-CN', 'en-GB'));
}

/** Once served, the citizen may rate the service, once; the answer is kept on the phone. */
const RATED = `hallqueue.rated.${id}`;
function renderRating(t) {
  const rated = localStorage.getItem(RATED);
  const open = t.status === 'DONE' && !rated;
  $('rate-box').classList.toggle('hidden', !open);
  $('rated').classList.toggle('hidden', !rated);
  if (rated) $('rated').textContent = pick('感谢您的评价！', 'Thank you for your rating!');
  if (open && !$('rating').childElementCount) {
    showIndicators();
    ratingButtons($('rating'), id, {
      more: indicatorValues,
      done: score => { localStorage.setItem(RATED, String(score)); renderRating(t); },
      failed: e => {
        if (e.status === 409) localStorage.setItem(RATED, '0');
        $('rating').replaceChildren();
        $('error').textContent = e.text;
        $('error').classList.remove('hidden');
        renderRating(t);
      },
    });
  }
}

/** 服务效率, 服务水平, 服务态度: each may be left out; the overall level is the button tapped. */
function showIndicators() {
  show($('indicators'), html`${INDICATORS.map(([field, zh, en]) => html`<label>${pick(zh, en)}
    <select data-field="${field}"><option value="">—</option>${LEVELS.map(([score, lzh, len]) =>
      html`<option value="${score}">${pick(lzh, len)}</option>`)}</select></label>`)}`);
}

function indicatorValues() {
  const out = {};
  $('indicators').querySelectorAll('select').forEach(s => { if (s.value) out[s.dataset.field] = +s.value; });
  const opinion = $('opinion').value.trim();
  if (opinion) out.opinion = opinion;
  return out;
}

function renderHall() {
  const h = state.hall;
  if (!h) return;
  $('hall-name').textContent = pick(h.name, h.nameEn || h.name);
  $('footer').textContent = [h.hotline && pick(`服务热线 ${h.hotline}`, `Hotline ${h.hotline}`),
    h.complaintPhone && pick(`投诉电话 ${h.complaintPhone}`, `Complaints ${h.complaintPhone}`)].filter(Boolean).join(' · ');
}

async function refresh() {
  try {
    state.ticket = await api(`/api/v1/tickets/${encodeURIComponent(id)}`);
    $('error').classList.add('hidden');
    render();
  } catch (e) {
    $('error').textContent = e.text;
    $('error').classList.remove('hidden');
  }
}

async function start() {
  document.body.appendChild(langSwitch(() => { renderHall(); render(); }));
  api('/api/v1/hall').then(h => { state.hall = h; renderHall(); render(); }).catch(() => {});
  await refresh();
  loadRemind(id).then(render);
  setInterval(() => { if (!document.hidden) refresh(); }, EVERY_MS);
  document.addEventListener('visibilitychange', () => { if (!document.hidden) refresh(); });
}

applyTexts();
start();
