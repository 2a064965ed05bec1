// The manager's Settings tab: what changes often, changed while the hall runs. The hall's
// staff: add a member, change a role, reset a password, take a member off the hall or bring
// them back; the calendar, year by year: holidays and 调休 working days; and the notices the
// hall screen rotates (通知公告: 办事指南, 廉政规定, 收费标准, 开放时间); and how many may book each
// appointment slot of a service (预约名额); and which services each counter calls (窗口业务). The server keeps
// every change in the database, audits it and applies it at once on every server of the
// hall; this page only asks and shows.
import { api } from './api.js';
import { pick, half } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const SESSION = 'hallqueue.manager';
const ROLES = { STAFF: ['工作人员', 'Staff'], MANAGER: ['管理人员', 'Manager'], DISTRICT_MANAGER: ['区域管理', 'District manager'] };
const KINDS = { HOLIDAY: ['节假日（闭厅）', 'Holiday (closed)'], WORKDAY: ['调休上班', 'Make-up working day'],
  ORDINARY: ['平常日', 'Ordinary day'] };
const NOTICE_KINDS = { GUIDE: ['办事指南', 'Service guide'], INTEGRITY: ['廉政规定', 'Integrity rules'],
  FEES: ['收费标准', 'Fees'], HOURS: ['开放时间', 'Opening hours'], NOTICE: ['通知公告', 'Notice'] };
const state = { members: [], said: null, year: new Date().getFullYear(), days: [], notices: [], capacity: {},
  services: [], counters: [] };

const token = () => sessionStorage.getItem(SESSION);
const roleName = role => pick(...(ROLES[role] ?? [role, role]));

function showTab(name) {
  document.querySelectorAll('[data-tab]').forEach(el => el.classList.toggle('hidden', el.dataset.tab !== name));
  $('tab-live').classList.toggle('on', name === 'live');
  $('tab-settings').classList.toggle('on', name === 'settings');
  if (name === 'settings') loadStaff();
}

async function loadStaff() {
  try {
    const [members, calendar, notices, capacity, hall, counters] = await Promise.all([api('/api/v1/staff', { token: token() }),
      api(`/api/v1/calendar?year=${state.year}`, { token: token() }), api('/api/v1/bulletins', { token: token() }),
      api('/api/v1/slot-capacity', { token: token() }), api('/api/v1/hall'), api('/api/v1/counters')]);
    state.capacity = capacity;
    state.services = hall.services;
    state.counters = counters;
    state.members = members;
    state.days = calendar.days;
    state.notices = notices;
  } catch (err) {
    state.said = { bad: true, text: err.text ?? half(String(err)) };
  }
  render();
}

function roleChoice(m) {
  if (m.role === 'DISTRICT_MANAGER') return roleName(m.role); // set in the hall's file only
  return html`<select data-role="${m.badge}">${['STAFF', 'MANAGER'].map(r =>
    html`<option value="${r}" ${r === m.role ? 'selected' : ''}>${roleName(r)}</option>`)}</select>`;
}

function memberRow(m) {
  return html`<tr data-badge="${m.badge}" class="${m.active ? '' : 'inactive'}"><td>${m.badge}</td><td>${m.name}</td>
    <td>${roleChoice(m)}</td><td>${m.active ? pick('在岗', 'Active') : pick('已停用', 'Off the hall')}</td>
    <td class="acts"><input type="password" data-password="${m.badge}" autocomplete="new-password"
      placeholder="${pick('新密码', 'New password')}"><button type="button" data-reset="${m.badge}">${pick('重置密码', 'Reset password')}</button>
    ${m.active ? html`<button type="button" class="off" data-off="${m.badge}">${pick('停用', 'Take off')}</button>`
      : html`<button type="button" data-on="${m.badge}">${pick('重新启用', 'Bring back')}</button>`}</td></tr>`;
}

function render() {
  const said = state.said;
  show($('settings'), html`<div class="message wide ${said?.bad ? 'bad' : 'good'} ${said ? '' : 'hidden'}" id="staff-said">${said?.text ?? ''}</div>
    <section class="wide"><h2>${pick('工作人员（即时生效，无需重启）', 'Staff (takes effect at once, no restart)')}</h2>
    <table id="staff"><thead><tr><th>${pick('工号', 'Badge')}</th><th>${pick('姓名', 'Name')}</th><th>${pick('角色', 'Role')}</th>
      <th>${pick('状态', 'State')}</th><th></th></tr></thead><tbody>${state.members.map(memberRow)}</tbody></table>
    <form class="settings-form" id="staff-add">
      <input id="new-badge" required maxlength="16" placeholder="${pick('工号', 'Badge')}">
      <input id="new-name" required maxlength="64" placeholder="${pick('姓名', 'Name')}">
      <select id="new-role">${['STAFF', 'MANAGER'].map(r => html`<option value="${r}">${roleName(r)}</option>`)}</select>
      <input id="new-password" type="password" required minlength="8" autocomplete="new-password"
        placeholder="${pick('初始密码（至少8位）', 'First password (8 or more)')}">
      <button type="submit">${pick('添加工作人员', 'Add member')}</button></form></section>
    ${counterServicesSection()}${calendarSection()}${noticeSection()}${capacitySection()}`);
}

// A counter's services change from its next call on; a ticket it holds finishes as usual.
function counterServicesSection() {
  if (!state.counters.length) return '';
  const box = (c, s) => html`<label class="service-box"><input type="checkbox" data-serves="${c.number}" value="${s.code}"
    ${c.services.includes(s.code) ? 'checked' : ''}> ${s.code} ${pick(s.name, s.nameEn ?? s.name)}</label>`;
  return html`<section class="wide"><h2>${pick('窗口业务（即时生效，无需重启）', 'Counter services (takes effect at once, no restart)')}</h2>
    <table id="counter-services"><thead><tr><th>${pick('窗口', 'Counter')}</th><th>${pick('办理业务', 'Services')}</th><th></th></tr></thead>
    <tbody>${state.counters.map(c => html`<tr data-counter-services="${c.number}"><td>${c.name ?? c.number}</td>
      <td>${state.services.map(s => box(c, s))}</td>
      <td class="acts"><button type="button" data-keep-services="${c.number}">${pick('保存', 'Save')}</button></td></tr>`)}</tbody></table></section>`;
}

function capacitySection() {
  const services = Object.entries(state.capacity);
  if (!services.length) return '';
  return html`<section class="wide"><h2>${pick('预约名额（每个时段可预约人数）', 'Appointments: bookings per slot')}</h2>
    <form class="settings-form" id="capacity">${services.map(([service, n]) => html`<label>${service}
      <input type="number" min="0" max="10000" value="${n}" data-capacity="${service}"></label>
      <button type="button" data-keep-capacity="${service}">${pick('保存', 'Save')}</button>`)}</form></section>`;
}

function noticeSection() {
  const kindName = k => pick(...(NOTICE_KINDS[k] ?? NOTICE_KINDS.NOTICE));
  return html`<section class="wide"><h2>${pick('通知公告（大厅综合屏轮播）', 'Notices (rotating on the hall screen)')}</h2>
    <table id="notices"><thead><tr><th>${pick('类别', 'Kind')}</th><th>${pick('标题', 'Title')}</th><th>${pick('内容', 'Text')}</th>
      <th></th></tr></thead><tbody>${state.notices.map(n => html`<tr data-notice="${n.id}"><td>${kindName(n.kind)}</td>
      <td>${n.title}</td><td class="notice-text">${n.body}</td>
      <td class="acts"><button type="button" class="off" data-drop="${n.id}">${pick('删除', 'Remove')}</button></td></tr>`)}</tbody></table>
    <form class="settings-form" id="notice-add">
      <select id="notice-kind">${Object.keys(NOTICE_KINDS).map(k => html`<option value="${k}">${kindName(k)}</option>`)}</select>
      <input id="notice-title" required maxlength="64" placeholder="${pick('标题', 'Title')}">
      <textarea id="notice-body" required maxlength="1000" rows="2" placeholder="${pick('内容', 'Text')}"></textarea>
      <button type="submit">${pick('发布', 'Publish')}</button></form></section>`;
}

const kindName = kind => pick(...KINDS[kind]);

function calendarSection() {
  const weekday = d => new Date(`${d}T12:00:00`).toLocaleDateString(pick('zh-CN', 'en-GB'), { weekday: 'short' });
  return html`<section class="wide"><h2>${pick('节假日与调休', 'Holidays and make-up working days')}
      <button type="button" class="year-step" data-year="-1">◀</button> <b id="calendar-year">${state.year}</b>
      <button type="button" class="year-step" data-year="1">▶</button></h2>
    <table id="calendar"><thead><tr><th>${pick('日期', 'Date')}</th><th>${pick('星期', 'Weekday')}</th><th>${pick('类别', 'Kind')}</th>
      <th>${pick('名称', 'Name')}</th><th></th></tr></thead><tbody>${state.days.map(d => html`<tr data-date="${d.date}" class="${d.kind}">
      <td>${d.date}</td><td>${weekday(d.date)}</td><td>${kindName(d.kind)}</td><td>${d.name ?? ''}</td>
      <td class="acts">${d.kind === 'ORDINARY' ? '' : html`<button type="button" data-ordinary="${d.date}">${pick('恢复为平常日', 'Make ordinary')}</button>`}</td></tr>`)}</tbody></table>
    <form class="settings-form" id="day-set">
      <input id="day-date" type="date" required>
      <select id="day-kind">${['HOLIDAY', 'WORKDAY'].map(k => html`<option value="${k}">${kindName(k)}</option>`)}</select>
      <input id="day-name" maxlength="64" placeholder="${pick('名称，如 国庆节', 'Name, e.g. National Day')}">
      <button type="submit">${pick('保存', 'Save')}</button></form></section>`;
}

/** Sends one change, says how it went in the reader's language, and shows the staff as they are now. */
async function change(path, method, body, done) {
  try {
    await api(path, { method, token: token(), body });
    state.said = { bad: false, text: done };
  } catch (err) {
    state.said = { bad: true, text: err.text ?? half(String(err)) };
  }
  await loadStaff();
}

function onClick(e) {
  const b = e.target.closest('button');
  if (!b) return;
  if (b.dataset.off) {
    change(`/api/v1/staff/${encodeURIComponent(b.dataset.off)}`, 'DELETE', undefined, pick('已停用', 'Taken off the hall'));
  } else if (b.dataset.on) {
    change(`/api/v1/staff/${encodeURIComponent(b.dataset.on)}`, 'PUT', { active: true }, pick('已重新启用', 'Brought back'));
  } else if (b.dataset.keepCapacity) {
    const service = b.dataset.keepCapacity;
    const capacity = Number(document.querySelector(`[data-capacity="${CSS.escape(service)}"]`).value);
    change(`/api/v1/slot-capacity/${encodeURIComponent(service)}`, 'PUT', { capacity }, pick('预约名额已保存', 'Capacity saved'));
  } else if (b.dataset.keepServices) {
    const n = b.dataset.keepServices;
    const services = [...document.querySelectorAll(`[data-serves="${CSS.escape(n)}"]:checked`)].map(i => i.value);
    change(`/api/v1/counters/${encodeURIComponent(n)}/services`, 'PUT', { services },
      pick('窗口业务已保存', 'Counter services saved'));
  } else if (b.dataset.drop) {
    change(`/api/v1/bulletins/${encodeURIComponent(b.dataset.drop)}`, 'DELETE', undefined, pick('公告已删除', 'Notice removed'));
  } else if (b.dataset.ordinary) {
    change(`/api/v1/calendar/${b.dataset.ordinary}`, 'PUT', { kind: 'ORDINARY' }, pick('已恢复为平常日', 'Made ordinary'));
  } else if (b.dataset.year) {
    state.year += Number(b.dataset.year);
    state.said = null;
    loadStaff();
  } else if (b.dataset.reset) {
    const password = document.querySelector(`[data-password="${CSS.escape(b.dataset.reset)}"]`).value;
    change(`/api/v1/staff/${encodeURIComponent(b.dataset.reset)}`, 'PUT', { password }, pick('密码已重置', 'Password reset'));
  }
}

function onRole(e) {
  const badge = e.target.dataset.role;
  if (badge) change(`/api/v1/staff/${encodeURIComponent(badge)}`, 'PUT', { role: e.target.value }, pick('角色已更改', 'Role changed'));
}

function onSubmit(e) {
  e.preventDefault();
  if (e.target.id === 'notice-add') {
    change('/api/v1/bulletins', 'POST', { kind: $('notice-kind').value, title: $('notice-title').value,
      body: $('notice-body').value }, pick('公告已发布', 'Notice published'));
    return;
  }
  if (e.target.id === 'day-set') {
    const date = $('day-date').value;
    state.year = Number(date.slice(0, 4)) || state.year;
    change(`/api/v1/calendar/${encodeURIComponent(date)}`, 'PUT', { kind: $('day-kind').value, name: $('day-name').value },
      pick('日历已保存', 'Calendar saved'));
    return;
  }
  change('/api/v1/staff', 'POST', { badge: $('new-badge').value.trim(), name: $('new-name').value,
    role: $('new-role').value, password: $('new-password').value }, pick('已添加，可立即登录', 'Added; they can log in now'));
}

function start() {
  $('tab-live').addEventListener('click', () => showTab('live'));
  $('tab-settings').addEventListener('click', () => { state.said = null; showTab('settings'); });
  $('settings').addEventListener('click', onClick);
  $('settings').addEventListener('change', onRole);
  $('settings').addEventListener('submit', onSubmit);
  document.addEventListener('langchange', () => { if (!$('settings').classList.contains('hidden')) render(); });
}

start();
