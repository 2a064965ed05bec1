// Text from the server (names from the hall's file, pause reasons, notes, booking names) is
// shown as text, never run as markup. Pages build their markup with `html`, which escapes
// everything put into it except markup that `html` itself made, and hand it to the page with
// `show`: the one place a page's markup is written, so nothing else may set innerHTML.
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

class Markup {
  constructor(text) {
    this.text = text;
  }
}

export const esc = value => String(value ?? '').replace(/[&<>"']/g, c => ESCAPES[c]);

function part(value) {
  if (value instanceof Markup) return value.text;
  if (Array.isArray(value)) return value.map(part).join('');
  return esc(value);
}

/** A tagged template: html`<b>${name}</b>` is markup with name escaped; lists of markup join. */
export function html(strings, ...values) {
  return new Markup(strings.reduce((out, s, i) => out + part(values[i - 1]) + s));
}

function checked(markup) {
  if (!(markup instanceof Markup)) throw new TypeError('only markup made by html`…` may be shown');
  return markup.text;
}

/** Replaces what {@code el} holds with {@code markup}. */
export function show(el, markup) {
  el.innerHTML = checked(markup);
}

/** Replaces {@code el} itself with {@code markup}. */
export function showInstead(el, markup) {
  el.outerHTML = checked(markup);
}

/** Whether two pieces of markup read the same, so a redraw can skip what did not change. */
export function sameMarkup(a, b) {
  return a instanceof Markup && b instanceof Markup && a.text === b.text;
}
