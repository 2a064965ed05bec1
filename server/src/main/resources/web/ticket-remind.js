// 短信提醒 on the ticket's page: the citizen gives a mobile number and agrees to be told when
// a few are ahead and when called; they may withdraw it. The number is shown back masked only.
import { api } from './api.js';
import { pick } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const state = { enabled: false, phone: null, loaded: false, busy: false };

/** Asks once whether the hall sends messages and whether this ticket asked for them. */
export async function loadRemind(id) {
  try {
    const r = await api(`/api/v1/tickets/${encodeURIComponent(id)}/notify`);
    Object.assign(state, { enabled: r.enabled, phone: r.phone, loaded: true });
  } catch (e) {
    state.loaded = true;
  }
}

/** Shown while the ticket waits, in a hall that sends messages. */
export function renderRemind(id, ticket) {
  const box = $('remind');
  const open = state.loaded && state.enabled && ticket && ticket.status === 'WAITING';
  box.classList.toggle('hidden', !open);
  // drawn again only when something shown changes: the citizen may be typing in it
  const shown = `${pick('zh', 'en')}:${state.phone}`;
  if (!open || state.busy || box.dataset.shown === shown) return;
  box.dataset.shown = shown;
  if (state.phone) {
    show(box, html`<div class="label">${pick('短信提醒已开启', 'Text reminder on')}</div>
      <p id="remind-on">${pick(`轮到您前及叫号时将发短信至 ${state.phone}`, `A text goes to ${state.phone} before your turn and when called`)}</p>
      <button type="button" id="remind-off">${pick('取消提醒', 'Stop reminders')}</button>`);
    $('remind-off').addEventListener('click', () => withdraw(id, ticket));
    return;
  }
  show(box, html`<div class="label">${pick('短信提醒（可选）', 'Text reminder (optional)')}</div>
    <label for="remind-phone">${pick('手机号', 'Mobile number')}</label>
    <input id="remind-phone" type="tel" inputmode="numeric" maxlength="20" autocomplete="tel">
    <label for="remind-ahead">${pick('前面还剩几位时提醒', 'Tell me when this many are ahead')}</label>
    <select id="remind-ahead">${[1, 2, 3, 5, 10].map(n => html`<option value="${n}" ${n === 3 ? 'selected' : ''}>${n}</option>`)}</select>
    <label class="agree"><input id="remind-agree" type="checkbox">
      ${pick('我同意大厅仅为本次叫号向此号码发送短信，办结后即删除号码', 'I agree that the hall texts this number about this ticket only; the number is deleted afterwards')}</label>
    <button type="button" id="remind-on-button">${pick('开启提醒', 'Remind me')}</button>
    <div class="message bad hidden" id="remind-error"></div>`);
  $('remind-on-button').addEventListener('click', () => consent(id, ticket));
}

async function consent(id, ticket) {
  if (!$('remind-agree').checked) {
    return refused(pick('请先勾选同意', 'Please tick that you agree first'));
  }
  await busy(id, ticket, async () => {
    const r = await api(`/api/v1/tickets/${encodeURIComponent(id)}/notify`, { method: 'POST',
      body: { phone: $('remind-phone').value, aheadAt: +$('remind-ahead').value } });
    state.phone = r.phone;
  });
}

async function withdraw(id, ticket) {
  await busy(id, ticket, async () => {
    await api(`/api/v1/tickets/${encodeURIComponent(id)}/notify`, { method: 'DELETE' });
    state.phone = null;
  });
}

async function busy(id, ticket, work) {
  state.busy = true;
  try {
    await work();
  } catch (e) {
    state.busy = false;
    return refused(e.text);
  }
  state.busy = false;
  $('remind').dataset.shown = '';
  renderRemind(id, ticket);
}

function refused(text) {
  const el = $('remind-error');
  if (!el) return;
  el.textContent = text;
  el.classList.remove('hidden');
}
