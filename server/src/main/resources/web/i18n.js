// Chinese first, English on request. The choice is kept per device and shared by every page.
const KEY = 'hallqueue.lang';

export function lang() {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'zh' || asked === 'en') localStorage.setItem(KEY, asked);
  return localStorage.getItem(KEY) === 'en' ? 'en' : 'zh';
}

export function setLang(l) {
  localStorage.setItem(KEY, l);
  document.documentElement.lang = l === 'en' ? 'en' : 'zh-CN';
  document.dispatchEvent(new CustomEvent('langchange'));
}

/** Picks the text for the current language. */
export function pick(zh, en) {
  return lang() === 'en' ? en : zh;
}

/** Server messages read "中文 / English": keep the half for the current language. */
export function half(message) {
  if (!message) return '';
  const i = message.indexOf(' / ');
  if (i < 0) return message;
  return lang() === 'en' ? message.slice(i + 3) : message.slice(0, i);
}

/** Fills every element with data-zh / data-en from those attributes. */
export function applyTexts(root = document) {
  root.querySelectorAll('[data-zh]').forEach(el => {
    el.textContent = pick(el.dataset.zh, el.dataset.en ?? el.dataset.zh);
  });
  root.querySelectorAll('[data-ph-zh]').forEach(el => {
    el.placeholder = pick(el.dataset.phZh, el.dataset.phEn);
  });
}

/** The 中文 | EN switch in the corner of every page; redraws through onChange. */
export function langSwitch(onChange) {
  const b = document.createElement('button');
  b.className = 'lang-switch';
  b.type = 'button';
  const label = () => { b.textContent = lang() === 'en' ? '中文' : 'English'; };
  b.addEventListener('click', () => { setLang(lang() === 'en' ? 'zh' : 'en'); });
  document.addEventListener('langchange', () => { label(); applyTexts(); onChange?.(); });
  document.documentElement.lang = lang() === 'en' ? 'en' : 'zh-CN';
  label();
  applyTexts();
  return b;
}

export function serviceName(hall, code) {
  const s = hall?.services.find(x => x.code === code);
  return s ? pick(s.name, s.nameEn) : code;
}

export function counterName(n) {
  return pick(`${n}号窗口`, `Counter ${n}`);
}

/** A wait as people read it: 不足1分钟 / 约 12 分钟. */
/**
 * A forecast for citizens: a range (约 10–20 分钟) where the forecast is uncertain, so the
 * screen does not promise a false exact time; a single figure where it is narrow.
 */
export function waitText(x) {
  const low = x?.estimatedWaitLowSeconds, high = x?.estimatedWaitHighSeconds;
  if (low == null || high == null || high - low < 300) return minutes(x?.estimatedWaitSeconds);
  const lo = Math.max(0, Math.floor(low / 300) * 5), hi = Math.max(lo + 5, Math.ceil(high / 300) * 5);
  return pick(`约 ${lo}–${hi} 分钟`, `about ${lo}–${hi} min`);
}

/** " · 13:30恢复服务": when a counter on a scheduled break (午休) resumes by itself; else nothing. */
export function resumeNote(c) {
  return c?.resumeTime ? ` · ${pick(`${c.resumeTime}恢复服务`, `back at ${c.resumeTime}`)}` : '';
}

export function minutes(seconds) {
  if (seconds == null) return '—';
  const m = Math.round(seconds / 60);
  if (m < 1) return pick('不足1分钟', 'under a minute');
  return pick(`约 ${m} 分钟`, `about ${m} min`);
}

const WEEKDAYS_ZH = ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六'];

/** Date and time in the hall's own time zone. */
export function hallClock(zone, when = new Date()) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    second: '2-digit', weekday: 'short', hour12: false,
  }).formatToParts(when).map(p => [p.type, p.value]));
  const dayIndex = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'].indexOf(parts.weekday);
  return {
    time: `${parts.hour}:${parts.minute}:${parts.second}`,
    date: pick(`${parts.year}年${parts.month}月${parts.day}日 ${WEEKDAYS_ZH[dayIndex]}`,
      `${parts.weekday} ${parts.day}/${parts.month}/${parts.year}`),
  };
}

export function weekdayName(isoDay) {
  const zh = ['星期一', '星期二', '星期三', '星期四', '星期五', '星期六', '星期日'];
  const en = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
  return pick(zh[isoDay - 1], en[isoDay - 1]);
}
