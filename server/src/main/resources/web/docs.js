// The API reference, drawn from the server's own OpenAPI document: the routes as served.
// Every text from the document goes through `html`, so it is shown as text.
import { html, show } from './markup.js';

const base = location.pathname.replace(/\/docs\/?$/, '');

function operation(path, method, op) {
  const params = (op.parameters || []).map(p => `${p.name} (${p.in}${p.required ? ', required' : ''})`);
  return html`<div class="op" data-route="${method.toUpperCase()} ${path}">
    <span class="method ${method}">${method.toUpperCase()}</span><span class="path">${path}</span>
    <span class="who">${op.summary}</span>
    ${op.description ? html`<span class="who">${op.description}</span>` : ''}
    ${params.length ? html`<span class="params">${params.join(' · ')}</span>` : ''}
  </div>`;
}

function byTag(doc) {
  const groups = new Map();
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const tag = (op.tags && op.tags[0]) || 'other';
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag).push(operation(path, method, op));
    }
  }
  return [...groups.entries()].map(([tag, ops]) => html`<section><h2>${tag}</h2>${ops}</section>`);
}

async function load() {
  const url = `${base}/api/v1/openapi.json`;
  document.getElementById('raw').href = url;
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`HTTP ${res.status}`);
    const doc = await res.json();
    show(document.getElementById('version'), html`${doc.info.version}`);
    show(document.getElementById('about'), html`${doc.info.description}`);
    show(document.getElementById('routes'), html`${byTag(doc)}`);
  } catch (e) {
    const box = document.getElementById('error');
    box.classList.remove('hidden');
    show(box, html`接口文档读取失败 / Could not load the API document: ${e.message}`);
  }
}

for (const el of document.querySelectorAll('[data-zh]')) {
  el.textContent = `${el.dataset.zh} · ${el.dataset.en}`;
}
load();
