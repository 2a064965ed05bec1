// The district manager's overview of a central deployment: every hall side by side, live
// (asked again every few seconds), and the halls' figures for a range of days compared.
// Only the home hall's district managers may see it; anybody else is told so plainly.
import { api } from './api.js';
import { langSwitch, pick, applyTexts } from './i18n.js';
import { renderHalls } from './district-halls.js';
import { loadStats, renderStats } from './district-stats.js';
import { loadDistrictAppraisal } from './district-appraisal.js';

const $ = id => document.getElementById(id);
const SESSION = 'hallqueue.district';
const POLL_MS = 3000;
const STATS_MS = 60_000;
const state = { token: null, halls: null, stats: null, refusal: null, updated: null, timers: [] };

function show(id) {
  ['login', 'refused', 'dash'].forEach(x => $(x).classList.toggle('hidden', x !== id));
}

function renderLive() {
  if (state.halls) renderHalls($('halls'), state.halls);
  if (state.updated) $('updated').textContent = pick('更新于 ', 'Updated ') + state.updated.toTimeString().slice(0, 8);
}

function render() {
  if (state.refusal) $('refused-text').textContent = state.refusal.text;
  if (state.stats) renderStats(state.stats, state.halls ?? []);
  renderLive();
}

/** A refusal ends the session: 403 says who may use the page, 401 (logged out, expired) asks again. */
function refused(e) {
  if (e.status !== 401 && e.status !== 403) return false;
  state.timers.forEach(clearInterval);
  state.timers = [];
  sessionStorage.removeItem(SESSION);
  if (e.status === 403) {
    state.refusal = e;
    show('refused');
  } else {
    show('login');
    loginFailed(e);
  }
  render();
  return true;
}

async function poll() {
  state.halls = (await api('/api/v1/district/halls', { token: state.token })).halls;
  state.updated = new Date();
  $('offline').classList.add('hidden');
  renderLive();
}

let asked = 0;

/** The figures for the form's days; an answer overtaken by a later question is dropped. */
async function stats() {
  const mine = ++asked;
  try {
    const answer = await loadStats(state.token);
    if (mine !== asked) return;
    state.stats = answer;
    $('from').value = answer.from;
    $('to').value = answer.to;
    $('stats-error').classList.add('hidden');
    renderStats(state.stats, state.halls);
  } catch (e) {
    if (mine !== asked || refused(e)) return;
    $('stats-error').textContent = e.text ?? String(e);
    $('stats-error').classList.remove('hidden');
  }
}

async function enter() {
  await poll();
  show('dash');
  sessionStorage.setItem(SESSION, state.token);
  stats();
  loadDistrictAppraisal(state.token).catch(() => {});
  state.timers.push(setInterval(() => poll().catch(e => refused(e) || $('offline').classList.remove('hidden')), POLL_MS));
  state.timers.push(setInterval(stats, STATS_MS));
}

function loginFailed(err) {
  $('login-error').textContent = err.text ?? String(err);
  $('login-error').classList.remove('hidden');
}

async function login(e) {
  e.preventDefault();
  const body = { badge: $('badge').value, password: $('password').value };
  const res = await api('/api/v1/auth/login', { method: 'POST', body }).catch(loginFailed);
  if (!res) return;
  state.token = res.token;
  $('login-error').classList.add('hidden');
  await enter().catch(err => refused(err) || loginFailed(err));
}

async function logOut() {
  sessionStorage.removeItem(SESSION);
  if (state.token) await api('/api/v1/auth/logout', { method: 'POST', token: state.token }).catch(() => {});
  location.reload();
}

function start() {
  document.body.appendChild(langSwitch(render));
  $('login').addEventListener('submit', login);
  document.querySelectorAll('.again').forEach(b => b.addEventListener('click', logOut));
  $('stats-form').addEventListener('change', stats);
  const saved = sessionStorage.getItem(SESSION);
  if (saved) {
    state.token = saved;
    enter().catch(e => refused(e) || show('login'));
  }
}

applyTexts();
start();
