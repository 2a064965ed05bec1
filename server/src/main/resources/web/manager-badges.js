// The manager's Settings tab, what citizens see of the staff: each member's 胸牌 for the counter
// screens (职务 and photo; a photo chosen here is scaled down to a 3:4 JPEG of at most 60 KB
// before it is sent) and the duty manager (值班主任) the hall display shows beside the hotline.
// The server keeps every change, audits it and every screen shows it within a minute.
import { api } from './api.js';
import { server } from './servers.js';
import { pick, half } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const SESSION = 'hallqueue.manager';
const PHOTO_W = 300;
const PHOTO_H = 400;
const PHOTO_BYTES = 60 * 1024;
const state = { members: [], cards: new Map(), duty: null, said: null };
const token = () => sessionStorage.getItem(SESSION);

async function load() {
  try {
    state.members = (await api('/api/v1/staff', { token: token() })).filter(m => m.active);
    state.duty = (await api('/api/v1/duty')).onDuty;
    const cards = await Promise.all(state.members.map(m => api(`/api/v1/staff/${encodeURIComponent(m.badge)}/card`)));
    state.cards = new Map(cards.map(c => [c.badge, c]));
  } catch (err) {
    state.said = { bad: true, text: err.text ?? half(String(err)) };
  }
  render();
}

function thumbnail(card) {
  if (!card?.photo) return html`<span class="badge-photo none">${pick('暂无照片', 'No photo')}</span>`;
  const src = `${server()}/api/v1/staff/${encodeURIComponent(card.badge)}/photo?v=${Date.parse(card.photoChangedAt)}`;
  return html`<img class="badge-photo" data-photo-of="${card.badge}" alt="" src="${src}">`;
}

function memberRow(m) {
  const card = state.cards.get(m.badge);
  return html`<tr data-card="${m.badge}"><td>${m.badge}</td><td>${m.name}</td>
    <td><input data-title="${m.badge}" maxlength="32" value="${m.title ?? ''}" placeholder="${pick('如：科员', 'e.g. Officer')}">
      <button type="button" data-keep-title="${m.badge}">${pick('保存职务', 'Save title')}</button></td>
    <td>${thumbnail(card)}</td>
    <td><input type="file" accept="image/jpeg,image/png" data-photo-file="${m.badge}">
      ${card?.photo ? html`<button type="button" class="off" data-drop-photo="${m.badge}">${pick('删除照片', 'Remove photo')}</button>` : ''}</td></tr>`;
}

function render() {
  const said = state.said;
  const d = state.duty;
  show($('public-face'), html`<div class="message wide ${said?.bad ? 'bad' : 'good'} ${said ? '' : 'hidden'}" id="badge-said">${said?.text ?? ''}</div>
    <section class="wide"><h2>${pick('值班主任（大厅屏显示）', 'Duty manager (on the hall display)')}</h2>
      <p id="duty-now">${d ? html`${pick('当前', 'Now')}: <b>${d.name}</b> ${d.phone} ${d.named ? '' : pick('（配置文件默认）', '(the hall file’s default)')}`
        : pick('未指定', 'Nobody named')}</p>
      <form class="settings-form" id="duty-form">
        <input id="duty-name" required maxlength="64" placeholder="${pick('姓名', 'Name')}">
        <input id="duty-phone" maxlength="32" placeholder="${pick('电话或分机', 'Phone or extension')}">
        <button type="submit">${pick('指定值班主任', 'Name the duty manager')}</button>
        <button type="button" id="duty-back">${pick('恢复默认', 'Back to the default')}</button></form></section>
    <section class="wide"><h2>${pick('胸牌（窗口屏显示照片、姓名、工号、职务）', 'Staff badges (photo, name, badge and title on the counter screens)')}</h2>
      <table id="badges"><thead><tr><th>${pick('工号', 'Badge')}</th><th>${pick('姓名', 'Name')}</th><th>${pick('职务', 'Title')}</th>
        <th>${pick('照片', 'Photo')}</th><th></th></tr></thead><tbody>${state.members.map(memberRow)}</tbody></table></section>`);
}

async function change(path, method, body, done) {
  try {
    await api(path, { method, token: token(), body });
    state.said = { text: done };
  } catch (err) {
    state.said = { bad: true, text: err.text ?? half(String(err)) };
  }
  await load();
}

/** The photo as a 3:4 JPEG, cropped to the middle and scaled down; less quality until it fits. */
async function scaled(file) {
  const image = await createImageBitmap(file);
  const side = Math.min(image.width / 3, image.height / 4);
  const canvas = document.createElement('canvas');
  canvas.width = PHOTO_W;
  canvas.height = PHOTO_H;
  canvas.getContext('2d').drawImage(image, (image.width - 3 * side) / 2, (image.height - 4 * side) / 2, 3 * side, 4 * side,
    0, 0, PHOTO_W, PHOTO_H);
  for (const quality of [0.9, 0.75, 0.6, 0.45]) {
    const blob = await new Promise(done => canvas.toBlob(done, 'image/jpeg', quality));
    if (blob.size <= PHOTO_BYTES) return blob;
  }
  throw new Error(pick('照片过大', 'The photo is too large'));
}

async function onPhoto(input) {
  const badge = input.dataset.photoFile;
  try {
    const blob = await scaled(input.files[0]);
    change(`/api/v1/staff/${encodeURIComponent(badge)}/photo`, 'PUT', blob, pick('照片已保存', 'Photo saved'));
  } catch (err) {
    state.said = { bad: true, text: err.text ?? half(String(err.message ?? err)) };
    render();
  }
}

function onClick(e) {
  const b = e.target.closest('button');
  if (!b) return;
  if (b.dataset.keepTitle) {
    const title = document.querySelector(`[data-title="${CSS.escape(b.dataset.keepTitle)}"]`).value;
    change(`/api/v1/staff/${encodeURIComponent(b.dataset.keepTitle)}`, 'PUT', { title }, pick('职务已保存', 'Title saved'));
  } else if (b.dataset.dropPhoto) {
    change(`/api/v1/staff/${encodeURIComponent(b.dataset.dropPhoto)}/photo`, 'DELETE', undefined, pick('照片已删除', 'Photo removed'));
  } else if (b.id === 'duty-back') {
    change('/api/v1/duty', 'DELETE', undefined, pick('已恢复默认值班主任', 'Back to the default duty manager'));
  }
}

function start() {
  $('tab-settings').addEventListener('click', () => { state.said = null; load(); });
  $('public-face').addEventListener('click', onClick);
  $('public-face').addEventListener('change', e => { if (e.target.dataset.photoFile) onPhoto(e.target); });
  $('public-face').addEventListener('submit', e => {
    e.preventDefault();
    change('/api/v1/duty', 'PUT', { name: $('duty-name').value, phone: $('duty-phone').value },
      pick('值班主任已指定', 'Duty manager named'));
  });
  document.addEventListener('langchange', () => { if (!$('public-face').classList.contains('hidden')) render(); });
}

start();
