// The manager's follow-up cases: every open case of a 差评 (a rating of 1 or 2), the overdue
// ones first and in red (超期升级: they are the hall head's to chase), each called back (回访,
// due the next working day) and closed here with a note of what was done.
import { api } from './api.js';
import { pick, counterName } from './i18n.js';
import { LEVELS } from './rating.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
let cases = new Map();
let token = null;

export async function loadCases(t) {
  token = t;
  const res = await api('/api/v1/cases', { token });
  cases = new Map(res.cases.map(c => [c.id, c]));
  renderCases();
}

/** case.opened adds a case, case.closed removes it: the stream keeps the list current. */
export function caseEvent(e) {
  if (['case.opened', 'case.called_back', 'case.escalated'].includes(e.type)) cases.set(e.case.id, e.case);
  if (e.type === 'case.closed') cases.delete(e.case.id);
  if (e.case) renderCases();
}

function overdue(c) {
  return Date.now() > Date.parse(c.dueAt) || callBackOverdue(c);
}

function callBackOverdue(c) {
  return !c.calledBackAt && c.callBackDueAt != null && Date.now() > Date.parse(c.callBackDueAt);
}

function callBack(c) {
  if (c.calledBackAt) return html`<div class="called-back">${pick('已回访', 'Called back')}：${c.callBackNote}</div>`;
  return html`<form class="case-call-back"><input maxlength="500" required placeholder="${pick('回访情况', 'What the citizen said')}">
    <button type="submit">${pick('记录回访', 'Called back')}</button></form>`;
}

export function renderCases() {
  const list = [...cases.values()].sort((a, b) => (overdue(b) - overdue(a)) || Date.parse(a.dueAt) - Date.parse(b.dueAt));
  $('case-count').textContent = list.length || '';
  $('no-cases').classList.toggle('hidden', list.length > 0);
  show($('cases'), html`${list.map(c => {
    const level = LEVELS.find(l => l[0] === c.score);
    const who = [c.counter ? counterName(c.counter) : '', c.staff ? `${c.staff.name ?? ''}（${c.staff.badge}）` : ''].join(' ');
    const late = Date.now() > Date.parse(c.dueAt) ? pick(' · 已逾期', ' · overdue')
      : callBackOverdue(c) ? pick(' · 回访已逾期', ' · call-back overdue') : '';
    const due = `${c.dueDate}${late}`;
    return html`<tr data-case="${c.id}" class="${overdue(c) ? 'overdue' : ''}"><td>${c.id}</td><td>${c.number}</td><td>${who}</td>
      <td>${c.score} ${pick(level[1], level[2])}</td><td class="due">${due}</td>
      <td><form class="case-close"><input maxlength="500" required placeholder="${pick('如：已电话回访并致歉', 'e.g. called back, apologised')}">
      <button type="submit">${pick('结案', 'Close')}</button></form>${callBack(c)}</td></tr>`;
  })}`);
  $('cases').querySelectorAll('form.case-close').forEach(f => f.addEventListener('submit', closeCase));
  $('cases').querySelectorAll('form.case-call-back').forEach(f => f.addEventListener('submit', recordCallBack));
}

async function recordCallBack(e) {
  e.preventDefault();
  const id = e.target.closest('tr').dataset.case;
  const input = e.target.querySelector('input');
  try {
    const c = await api(`/api/v1/cases/${id}/call-back`, { method: 'POST', token, body: { note: input.value } });
    cases.set(c.id, c);
    renderCases();
  } catch (err) {
    input.setCustomValidity(err.text);
    input.reportValidity();
  }
}

async function closeCase(e) {
  e.preventDefault();
  const id = e.target.closest('tr').dataset.case;
  const note = e.target.querySelector('input').value;
  try {
    await api(`/api/v1/cases/${id}/close`, { method: 'POST', token, body: { note } });
    cases.delete(+id);
    renderCases();
  } catch (err) {
    e.target.querySelector('input').setCustomValidity(err.text);
    e.target.querySelector('input').reportValidity();
  }
}
