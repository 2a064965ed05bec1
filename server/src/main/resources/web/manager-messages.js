// 短信提醒 for the manager: how today's messages to citizens went (sent, failed, waiting) and
// the latest of them, phones masked. Asked for now and then: delivery goes on off the event stream.
import { api } from './api.js';
import { pick } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const EVERY_MS = 20_000;
const STATES = { PENDING: ['待发送', 'Waiting'], SENDING: ['发送中', 'Sending'], SENT: ['已发送', 'Sent'],
  FAILED: ['发送失败', 'Failed'], DROPPED: ['无需发送', 'Not needed'] };
let report = null;
let token = null;

export function followMessages(t) {
  token = t;
  load();
  setInterval(load, EVERY_MS);
}

async function load() {
  try {
    report = await api('/api/v1/notifications?limit=20', { token });
    renderMessages();
  } catch (e) {
    // the next round tries again
  }
}

export function renderMessages() {
  if (!report) return;
  const c = report.counts;
  const off = report.adapter === 'none';
  show($('message-counts'), off ? pick('本厅未开通短信提醒', 'This hall sends no messages') : html`${
    ['SENT', 'FAILED', 'PENDING'].map(s => html`<span class="count-${s.toLowerCase()}" id="messages-${s.toLowerCase()}">${
      pick(STATES[s][0], STATES[s][1])} <b>${s === 'PENDING' ? c.PENDING + c.SENDING : c[s]}</b></span> `)}`);
  show($('messages'), html`${report.messages.map(m => html`<tr class="${m.state === 'FAILED' ? 'overdue' : ''}">
    <td>${m.ticketNumber}</td><td>${m.kind === 'AHEAD' ? pick(`前面${m.place}位`, `${m.place} ahead`) : pick(`叫号 ${m.place}号窗口`, `Called to ${m.place}`)}</td>
    <td>${m.phone ?? ''}</td><td>${pick(...STATES[m.state])}</td><td>${m.attempts}</td><td>${m.lastError ?? ''}</td></tr>`)}`);
}
