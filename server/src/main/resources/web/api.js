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

export async function api(path, { method = 'GET', token, body } = {}) {
  const headers = { Accept: 'application/json' };
  if (token) headers.Authorization = `Bearer ${token}`;
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const res = await reach(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (res.status === 204) return null;
  const text = await res.text();
  const json = text ? JSON.parse(text) : null;
  if (!res.ok) throw new Refused(res.status, json?.detail ?? `HTTP ${res.status}`, json?.reason);
  return json;
}

/**
 * Sends the request to the current server. When it cannot be reached the next one is current;
 * a GET goes round the servers at once, anything else is not sent again (it may have been
 * carried out before the connection broke): the refusal asks to try again, and that try goes
 * to the next server.
 */
async function reach(path, init) {
  for (let tried = 1; ; tried++) {
    const base = servers.server();
    try {
      return await fetch(base + path, init);
    } catch (e) {
      servers.unreachable(base);
      if (init.method !== 'GET' || tried >= servers.count) {
        throw new Refused(0, '无法连接服务器，请稍后再试 / Cannot reach the server, please try again');
      }
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
