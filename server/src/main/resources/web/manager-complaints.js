// The complaints register (投诉举报: 热情接待, 问明事由, 作好记录, 及时汇报) on the manager's desk:
// the manager or duty officer writes down a complaint received in person, by phone or by letter;
// open complaints are listed, the overdue ones first and in red (the hall head's to chase), and
// each is closed with what was found and done and what the complainant was told.
import { api } from './api.js';
import { pick, counterName } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const CHANNELS = { IN_PERSON: ['来访', 'In person'], PHONE: ['来电', 'Phone'], LETTER: ['来信', 'Letter'] };
let token = null;
let list = [];

export async function loadComplaints(t) {
  token = t;
  $('complaint-form').onsubmit = record;
  await refresh();
}

async function refresh() {
  list = (await api('/api/v1/complaints', { token })).complaints;
  render();
}

const overdue = c => c.status === 'OPEN' && (c.escalatedAt != null || Date.now() > Date.parse(c.dueAt));

/** complaint.escalated (超期升级, by the hall's chores): the register is read again, the escalated one red and first. */
export function complaintEvent(e) {
  if (e.type === 'complaint.escalated' && token) refresh().catch(() => {});
}

function about(c) {
  return [c.counter ? counterName(c.counter) : '', c.staff ? pick(`工号${c.staff}`, `badge ${c.staff}`) : '', c.service ?? '']
    .filter(Boolean).join(' · ');
}

function render() {
  const shown = [...list].sort((a, b) => (overdue(b) - overdue(a)) || Date.parse(a.dueAt) - Date.parse(b.dueAt));
  $('complaint-count').textContent = shown.length || '';
  show($('complaints-list'), html`${shown.map(c => html`<tr data-complaint="${c.id}" class="${overdue(c) ? 'overdue' : ''}">
    <td>${c.id}</td><td>${pick(...CHANNELS[c.channel])}</td><td>${about(c)}</td><td class="what">${c.what}</td><td>${c.contact ?? ''}</td>
    <td class="due">${c.dueDate}${overdue(c) ? pick(' · 已逾期', ' · overdue') : ''}${
      c.escalatedAt ? html`<br><b class="escalated">${pick('已升级', 'Escalated')} ${new Date(c.escalatedAt).toLocaleString()}</b>` : ''}</td>
    <td><form class="complaint-close"><input class="outcome" maxlength="500" required value="${c.outcome ?? ''}"
      placeholder="${pick('处理结果', 'Outcome')}"><input class="feedback" maxlength="500" value="${c.feedback ?? ''}"
      placeholder="${pick('向投诉人反馈', 'Told the complainant')}"><button type="submit">${pick('办结', 'Close')}</button></form></td></tr>`)}`);
  $('complaints-list').querySelectorAll('form').forEach(f => f.addEventListener('submit', close));
}

async function record(e) {
  e.preventDefault();
  const value = id => $(id).value.trim() || undefined;
  const body = {
    channel: $('complaint-channel').value, counter: value('complaint-counter') && Number(value('complaint-counter')),
    staff: value('complaint-staff'), service: value('complaint-service'), what: $('complaint-what').value,
    contactName: value('complaint-name'), contactPhone: value('complaint-phone'), dueDate: value('complaint-due'),
  };
  try {
    await api('/api/v1/complaints', { method: 'POST', token, body });
    $('complaint-form').reset();
    $('complaint-error').classList.add('hidden');
    await refresh();
  } catch (err) {
    $('complaint-error').textContent = err.text ?? String(err);
    $('complaint-error').classList.remove('hidden');
  }
}

async function close(e) {
  e.preventDefault();
  const tr = e.target.closest('tr');
  const outcome = tr.querySelector('.outcome');
  try {
    await api(`/api/v1/complaints/${tr.dataset.complaint}/close`, { method: 'POST', token,
      body: { outcome: outcome.value, feedback: tr.querySelector('.feedback').value || undefined } });
    await refresh();
  } catch (err) {
    outcome.setCustomValidity(err.text ?? String(err));
    outcome.reportValidity();
  }
}
