// The hall's servers as the page was given them, ?servers=http://a:8080,http://b:8080, or
// else just the page's own. API calls and the event stream go to the current one; when it
// cannot be reached they move on to the next, round the list, and stay there.
const given = (new URLSearchParams(location.search).get('servers') ?? '').split(',')
  .map(s => s.trim().replace(/\/+$/, '')).filter(s => /^https?:\/\/[^/]/.test(s));
const all = given.length ? given : [location.origin];
let current = Math.max(0, all.indexOf(location.origin));

export const count = all.length;

/** The base address of the server in use, e.g. http://10.0.0.2:8080. */
export function server() {
  return all[current];
}

/** {@code base} could not be reached: the next server is tried, unless a caller moved on already. */
export function unreachable(base) {
  if (all[current] === base) current = (current + 1) % all.length;
}
