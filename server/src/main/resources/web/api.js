// The HTTP API from the pages: JSON in and out, refusals as errors carrying the server's words.
import { half } from './i18n.js';
import * as servers from './servers.js';

export class Refused extends Error {
  constructor(status, detail, reason) {
    super(detail);
    this.status = status;
    this.detail = detail;
    this.reason = reason;
  }

  /** The refusal in the reader's language. */
  get text() {
    return half(this.detail);
  }
}

/** A Blob body (a staff photo) is sent as it is, with its own type; anything else as JSON. */
export async function api(path, { method = 'GET', token, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  const raw = body instanceof Blob;
  if (body !== undefined) headers['Content-Type'] = raw ? body.type : 'application/json';
  // Every change carries its own key, so sending it again after a broken connection is safe:
  // the server answers a repeat with the first answer instead of acting twice.
  if (method !== 'GET') headers['Idempotency-Key'] = retryKey();
  const sent = body === undefined || raw ? body : JSON.stringify(body);
  const res = await reach(path, { method, headers, body: sent });
  if (res.status === 204) return null;
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) throw new Refused(res.status, json?.detail ?? `HTTP ${res.status}`, json?.reason);
  return json;
}

/** 128 random bits as hex; crypto.getRandomValues works on plain-http hall networks too. */
function retryKey() {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, b => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Sends the request to the current server. When it cannot be reached the next one is current
 * and the request goes round the servers: a GET at once, a change with its Idempotency-Key
 * too (a repeat of one already carried out gets the first answer), up to three tries.
 */
async function reach(path, init) {
  const tries = Math.max(servers.count, init.method === 'GET' ? 1 : 3);
  for (let tried = 1; ; tried++) {
    const base = servers.server();
    try {
      return await fetch(base + path, init);
    } catch (e) {
      servers.unreachable(base);
      if (tried >= tries) {
        throw new Refused(0, '无法连接服务器，请稍后再试 / Cannot reach the server, please try again');
      }
      if (servers.count === 1) await new Promise(r => setTimeout(r, 300 * tried));
    }
  }
}

/**
 * A device token from ?token=…, kept for this tab in sessionStorage so a reload needs no typing.
 * It leaves the address bar at once: an address is shown, bookmarked and sent on in Referer,
 * a token must not be.
 */
export function deviceToken(kind) {
  const key = `hallqueue.token.${kind}`;
  localStorage.removeItem(key); // where older pages kept it, beyond the tab's life
  const query = new URLSearchParams(location.search);
  const given = query.get('token');
  if (given) {
    sessionStorage.setItem(key, given);
    query.delete('token');
    const rest = query.toString();
    history.replaceState(history.state, '', location.pathname + (rest ? `?${rest}` : '') + location.hash);
  }
  return sessionStorage.getItem(key);
}
