// One card per hall of the district: waiting per service with the forecast, how many
// counters are open, paused and closed with each counter's state and current ticket, and
// the hall's alerts (请增开B类窗口).
import { pick, half, waitText, counterName, resumeNote } from './i18n.js';
import { html, show, showInstead, sameMarkup } from './markup.js';

export const hallName = h => pick(h.name, h.nameEn || h.name);

const OPEN = ['IDLE', 'CALLING', 'SERVING'];

function stateName(c) {
  const names = { CLOSED: pick('未开窗', 'Closed'), IDLE: pick('空闲', 'Idle'), CALLING: pick('呼叫中', 'Calling'),
    SERVING: pick('办理中', 'Serving'), PAUSED: pick('暂停服务', 'Paused') };
  return names[c.state] + (c.pauseReason ? ` · ${c.pauseReason}` : '') + resumeNote(c);
}

function sums(h) {
  const count = states => h.counters.filter(c => states.includes(c.state)).length;
  const waiting = h.queue.services.reduce((n, s) => n + s.waiting, 0);
  const tile = (cls, n, zh, en) => html`<span class="${cls}"><b>${n}</b>${pick(zh, en)}</span>`;
  return html`<div class="sums">${tile('waiting-total', waiting, '人等候', 'waiting')}${tile('open', count(OPEN), '窗口开放', 'open')}
    ${tile('paused', count(['PAUSED']), '暂停', 'paused')}${tile('closed', count(['CLOSED']), '未开窗', 'closed')}</div>`;
}

function queues(h) {
  const rows = h.queue.services.map(s => html`<tr data-service="${s.service}">
    <td>${s.service} ${pick(s.name, s.nameEn || s.name)}</td><td class="waiting">${s.waiting}</td>
    <td class="forecast">${s.estimatedWaitSeconds == null ? pick('无窗口办理', 'no counter open') : waitText(s)}</td></tr>`);
  return html`<table class="queues"><thead><tr><th>${pick('业务', 'Service')}</th><th>${pick('等候', 'Waiting')}</th>
    <th>${pick('预计等候', 'Forecast')}</th></tr></thead><tbody>${rows}</tbody></table>`;
}

function counters(h) {
  return html`<ul class="counters">${h.counters.map(c => html`<li class="counter ${c.state}" data-counter="${c.number}">
    <b>${counterName(c.number)}</b><span class="state">${stateName(c)}</span>
    <span class="ticket">${c.ticket?.number ?? ''}</span>
    <span class="staff">${c.staff ? c.staff.name : ''}</span></li>`)}</ul>`;
}

function card(h) {
  const alerts = h.queue.alerts.map(a => html`<div class="alert" data-service="${a.service}">⚠ ${half(a.message)}</div>`);
  return html`<article class="hall" data-hall="${h.id}"><h2>${hallName(h)}</h2>${sums(h)}
    <div class="alerts">${alerts}</div>${queues(h)}${counters(h)}</article>`;
}

let shown = [];

/** Redraws only the cards that changed, so a card being read or selected stays put between polls. */
export function renderHalls(el, halls) {
  const cards = halls.map(card);
  if (cards.length !== el.children.length) {
    show(el, html`${cards}`);
  } else {
    cards.forEach((next, i) => { if (!sameMarkup(next, shown[i])) showInstead(el.children[i], next); });
  }
  shown = cards;
}
