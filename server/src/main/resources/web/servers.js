// The hall's servers as the page was given them, ?servers=http://a:8080,http://b:8080, or
// else just the page's own. Each is the hall's address on one server, with /halls/<id> where
// a server hosts several halls (as the page's own address has it). API calls and the event
// stream go to the current one; when it cannot be reached they move on to the next, round
// the list, and stay there.
const hallPrefix = location.pathname.match(/^\/halls\/[^/]+/)?.[0] ?? '';
const own = location.origin + hallPrefix;
const given = (new URLSearchParams(location.search).get('servers') ?? '').split(',')
  .map(s => s.trim().replace(/\/+$/, '')).filter(s => /^https?:\/\/[^/]/.test(s));
const all = given.length ? given : [own];
let current = Math.max(0, all.indexOf(own));

export const count = all.length;

/** The base address of the hall on the server in use, e.g. http://10.0.0.2:8080. */
export function server() {
  return all[current];
}

/** {@code base} could not be reached: the next server is tried, unless a caller moved on already. */
export function unreachable(base) {
  if (all[current] === base) current = (current + 1) % all.length;
}

/** A page of this hall on this server: {@code /t/ID} is {@code /halls/<id>/t/ID} under a hall's address. */
export function page(path) {
  return hallPrefix + path;
}
