// One card per hall of the district: waiting per service with the forecast, how many
// counters are open, paused and closed with each counter's state and current ticket, and
// the hall's alerts (请增开B类窗口).
import { pick, half, waitText, counterName } from './i18n.js';

/** Text from the halls' files and staff (names, pause reasons) is shown as text, never as markup. */
export const esc = s => String(s ?? '').replace(/[&<>"']/g, c => `&#${c.charCodeAt(0)};`);

export const hallName = h => esc(pick(h.name, h.nameEn || h.name));

const OPEN = ['IDLE', 'CALLING', 'SERVING'];

function stateName(c) {
  const names = { CLOSED: pick('未开窗', 'Closed'), IDLE: pick('空闲', 'Idle'), CALLING: pick('呼叫中', 'Calling'),
    SERVING: pick('办理中', 'Serving'), PAUSED: pick('暂停服务', 'Paused') };
  return names[c.state] + (c.pauseReason ? ` · ${esc(c.pauseReason)}` : '');
}

function sums(h) {
  const count = states => h.counters.filter(c => states.includes(c.state)).length;
  const waiting = h.queue.services.reduce((n, s) => n + s.waiting, 0);
  const tile = (cls, n, zh, en) => `<span class="${cls}"><b>${n}</b>${pick(zh, en)}</span>`;
  return `<div class="sums">${tile('waiting-total', waiting, '人等候', 'waiting')}${tile('open', count(OPEN), '窗口开放', 'open')}
    ${tile('paused', count(['PAUSED']), '暂停', 'paused')}${tile('closed', count(['CLOSED']), '未开窗', 'closed')}</div>`;
}

function queues(h) {
  const rows = h.queue.services.map(s => `<tr data-service="${esc(s.service)}">
    <td>${esc(s.service)} ${esc(pick(s.name, s.nameEn || s.name))}</td><td class="waiting">${s.waiting}</td>
    <td class="forecast">${s.estimatedWaitSeconds == null ? pick('无窗口办理', 'no counter open') : waitText(s)}</td></tr>`);
  return `<table class="queues"><thead><tr><th>${pick('业务', 'Service')}</th><th>${pick('等候', 'Waiting')}</th>
    <th>${pick('预计等候', 'Forecast')}</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function counters(h) {
  return `<ul class="counters">${h.counters.map(c => `<li class="counter ${c.state}" data-counter="${c.number}">
    <b>${counterName(c.number)}</b><span class="state">${stateName(c)}</span>
    <span class="ticket">${esc(c.ticket?.number ?? '')}</span>
    <span class="staff">${c.staff ? esc(c.staff.name) : ''}</span></li>`).join('')}</ul>`;
}

function card(h) {
  const alerts = h.queue.alerts.map(a => `<div class="alert" data-service="${esc(a.service)}">⚠ ${esc(half(a.message))}</div>`);
  return `<article class="hall" data-hall="${esc(h.id)}"><h2>${hallName(h)}</h2>${sums(h)}
    <div class="alerts">${alerts.join('')}</div>${queues(h)}${counters(h)}</article>`;
}

let shown = [];

/** Redraws only the cards that changed, so a card being read or selected stays put between polls. */
export function renderHalls(el, halls) {
  const cards = halls.map(card);
  if (cards.length !== el.children.length) {
    el.innerHTML = cards.join('');
  } else {
    cards.forEach((html, i) => { if (html !== shown[i]) el.children[i].outerHTML = html; });
  }
  shown = cards;
}
