// The five-level rating (非常满意 5 … 非常不满意 1) as big buttons a citizen can tap, shared
// by the counter's customer-facing panel and the ticket's page on the phone.
import { api } from './api.js';
import { pick } from './i18n.js';
import { html, show } from './markup.js';

export const LEVELS = [
  [5, '非常满意', 'Very satisfied'], [4, '满意', 'Satisfied'], [3, '基本满意', 'Fair'],
  [2, '不满意', 'Dissatisfied'], [1, '非常不满意', 'Very dissatisfied'],
];

/** The second-level indicators of the offline evaluation (服务效率, 服务水平, 服务态度), by field. */
export const INDICATORS = [['efficiency', '服务效率', 'Efficiency'], ['level', '服务水平', 'Competence'], ['attitude', '服务态度', 'Attitude']];

/**
 * Fills {@code box} with the buttons; a tap rates ticket {@code id} with the overall level and
 * whatever {@code more()} gives (the indicators and the opinion, on the ticket's page), then
 * {@code done(score)} or {@code failed(err)}. The kiosk passes its {@code token}, so the
 * rating records the kiosk as its channel; the page and the counter's panel send none.
 */
export function ratingButtons(box, id, { done, failed, more = () => ({}), token }) {
  // Stars, not emoji: the hall's fonts have no colour emoji.
  show(box, html`${LEVELS.map(([score, zh, en]) =>
    html`<button type="button" class="rate rate-${score}" data-score="${score}"><span class="face">${'★'.repeat(score)}</span>${pick(zh, en)}</button>`)}`);
  box.querySelectorAll('button').forEach(b => b.addEventListener('click', async () => {
    box.querySelectorAll('button').forEach(x => { x.disabled = true; });
    try {
      await api(`/api/v1/tickets/${encodeURIComponent(id)}/rating`, { method: 'POST', token, body: { ...more(), score: +b.dataset.score } });
      done(+b.dataset.score);
    } catch (e) {
      failed(e);
    }
  }));
}
