// Device faults on the manager's desk: call pads (呼叫器) and evaluators (评价器) that stopped
// answering their gateway, as the gateway reports them, each with its counter and since when,
// and for an hour after, the ones back in service. Read every few seconds: a fault is rare and
// a few seconds late is soon enough for somebody to go and look at the pad.
import { api } from './api.js';
import { pick, counterName } from './i18n.js';
import { html, show } from './markup.js';

const $ = id => document.getElementById(id);
const EVERY_MS = 5000;
const CLEARED_SHOWN_MS = 60 * 60 * 1000;
let state = { faults: [], cleared: [] };
let zone = 'Asia/Shanghai';

export function watchPadFaults(token, hall) {
  zone = hall.timeZone ?? zone;
  const read = () => api('/api/v1/call-pads/faults', { token }).then(s => { state = s; renderPadFaults(); }).catch(() => {});
  read();
  setInterval(read, EVERY_MS);
}

function clock(iso) {
  return new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit', hour12: false })
    .format(new Date(iso));
}

function device(f) {
  return f.role === 'evaluator'
    ? [`${counterName(f.counter)}评价器（地址 ${f.unit}）`, `${counterName(f.counter)} evaluator (unit ${f.unit})`]
    : [`${counterName(f.counter)}呼叫器（地址 ${f.unit}）`, `${counterName(f.counter)} call pad (unit ${f.unit})`];
}

export function renderPadFaults() {
  const recent = state.cleared.filter(f => Date.now() - Date.parse(f.clearedAt) < CLEARED_SHOWN_MS);
  show($('pad-faults'), html`${state.faults.map(f => {
    const [zh, en] = device(f);
    return html`<div class="alert pad-fault" data-counter="${f.counter}" data-unit="${f.unit}">⚠ ${pick(
      `设备故障：${zh}自 ${clock(f.since)} 起无应答，请检查电源、接线和地址`,
      `Device fault: ${en} not answering since ${clock(f.since)}; check its power, wiring and address`)}</div>`;
  })}${recent.map(f => {
    const [zh, en] = device(f);
    return html`<div class="alert cleared" data-counter="${f.counter}" data-unit="${f.unit}">✓ ${pick(
      `已恢复：${zh} ${clock(f.clearedAt)} 起恢复应答（${clock(f.since)} 起故障）`,
      `Back in service: ${en} answering again since ${clock(f.clearedAt)} (fault since ${clock(f.since)})`)}</div>`;
  })}`);
}
