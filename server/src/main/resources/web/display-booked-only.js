// The hall screen in the hours kept for the booked (预约时段, 预约通关): a banner in both
// languages saying so, which counters serve and when walk-ins are next taken. The hall's
// facts are asked for every half minute, so the banner comes and goes with the hours.
import { api } from './api.js';

const $ = id => document.getElementById(id);
const ASK_EVERY_MS = 30_000;

function render(only) {
  const el = $('booked-only');
  el.classList.toggle('hidden', !only);
  document.body.dataset.appointmentOnly = String(Boolean(only));
  if (!only) return;
  const counters = (only.appointmentCounters ?? []).join('、');
  const next = only.nextWalkInOpening ? only.nextWalkInOpening.slice(0, 16).replace('T', ' ') : null;
  el.textContent = `预约时段 · 仅为已预约群众办理${counters ? `，请到 ${counters} 号窗口` : ''}${next ? `，普通取号 ${next} 起` : ''}`
    + `　/　Appointment-only hours · booked citizens only${counters ? `, counters ${counters.replaceAll('、', ', ')}` : ''}`
    + `${next ? `; walk-in tickets from ${next}` : ''}`;
}

async function ask() {
  try {
    render((await api('/api/v1/hall')).appointmentOnly);
  } catch {
    // the banner stays as it was until the server answers again
  }
}

ask();
setInterval(ask, ASK_EVERY_MS);
