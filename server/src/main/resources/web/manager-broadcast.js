// The emergency broadcast (紧急情况) on the manager's desk: send one of the hall's kinds with a
// line of text to every screen, strip and the voice at once, and take it down again. The
// server keeps it (screens that connect later show it too) and tells every screen; this page
// only asks and shows. What is up is asked for again every few seconds, so a broadcast sent
// from another desk shows here too.
import { api } from './api.js';
import { pick, half } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const SESSION = 'hallqueue.manager';
const ASK_EVERY_MS = 10_000;
const KINDS = { EVACUATION: ['紧急疏散', 'Evacuation'], FIRE_DRILL: ['消防演练', 'Fire drill'],
  SYSTEM_FAILURE: ['系统故障', 'System failure'], NOTICE: ['紧急通知（须填内容）', 'Urgent notice (text needed)'] };
const LASTS = [[0, '直至解除', 'Until cleared'], [15, '15分钟', '15 minutes'], [30, '30分钟', '30 minutes'],
  [60, '1小时', '1 hour'], [120, '2小时', '2 hours']];
const state = { up: null, said: null };

function upNow() {
  const b = state.up;
  if (!b) return html`<p class="muted" id="broadcast-none">${pick('当前无紧急广播', 'No broadcast is up')}</p>`;
  const until = b.until ? `${pick('至', 'until')} ${new Date(b.until).toLocaleTimeString()}` : pick('直至解除', 'until cleared');
  return html`<div class="broadcast-up" id="broadcast-up"><b>${pick(b.title, b.titleEn)}</b>
    <span id="broadcast-up-text">${b.text}</span><span class="muted">${until}</span>
    <button type="button" class="off" id="broadcast-clear">${pick('解除广播', 'Take it down')}</button></div>`;
}

function render() {
  const said = state.said;
  show($('broadcast-desk'), html`<h2>${pick('紧急广播（所有屏幕、条屏与语音）', 'Emergency broadcast (every screen, strip and the voice)')}</h2>
    ${upNow()}
    <form class="settings-form" id="broadcast-form">
      <select id="broadcast-kind">${Object.entries(KINDS).map(([k, [zh, en]]) => html`<option value="${k}">${pick(zh, en)}</option>`)}</select>
      <input id="broadcast-text" maxlength="120" size="40" placeholder="${pick('内容（一行，至多120字）', 'Text (one line, 120 at most)')}">
      <select id="broadcast-lasts">${LASTS.map(([m, zh, en]) => html`<option value="${m}">${pick(zh, en)}</option>`)}</select>
      <button type="submit" class="off">${pick('发布到所有屏幕', 'Send to every screen')}</button></form>
    <div class="message ${said?.bad ? 'bad' : 'good'} ${said ? '' : 'hidden'}" id="broadcast-said">${said?.text ?? ''}</div>`);
}

async function ask() {
  try {
    state.up = (await api('/api/v1/broadcast')).broadcast;
  } catch {
    // what is shown stays until the server answers again
  }
  render();
}

async function change(method, body, done) {
  try {
    await api('/api/v1/broadcast', { method, token: sessionStorage.getItem(SESSION), body });
    state.said = { text: done };
  } catch (err) {
    state.said = { bad: true, text: err.text ?? half(String(err)) };
  }
  await ask();
}

function send(e) {
  e.preventDefault();
  const minutes = Number($('broadcast-lasts').value);
  const until = minutes ? new Date(Date.now() + minutes * 60_000).toISOString() : undefined;
  change('POST', { kind: $('broadcast-kind').value, text: $('broadcast-text').value, until },
    pick('已发布到所有屏幕', 'Sent to every screen'));
}

function start() {
  $('broadcast-desk').addEventListener('submit', send);
  $('broadcast-desk').addEventListener('click', e => {
    if (e.target.id === 'broadcast-clear') change('DELETE', undefined, pick('广播已解除', 'Broadcast taken down'));
  });
  document.addEventListener('langchange', render);
  ask();
  setInterval(ask, ASK_EVERY_MS);
}

start();
