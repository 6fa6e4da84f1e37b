// Upload page: drop files, folders or archives (or pick them, or paste URLs); each
// document is then followed until it is indexed, rejected or failed.
import { apiJson, uploadFiles } from './api.js';
import { ar, h } from './dom.js';
import { reasonText, refusalText, t } from './i18n.js';

const FINAL = new Set(['indexed', 'rejected', 'failed']);
const FILES_PER_REQUEST = 50;
const POLL_MS = 1000;

/** Every file under the dropped items, folders walked (their paths kept in the names). */
async function droppedFiles(dataTransfer) {
  const entries = [...dataTransfer.items].map((item) => item.webkitGetAsEntry?.()).filter(Boolean);
  if (!entries.length) return [...dataTransfer.files].map((file) => ({ file, name: file.name }));
  const out = [];
  const walk = async (entry, path) => {
    if (entry.isFile) {
      const file = await new Promise((resolve, reject) => entry.file(resolve, reject));
      out.push({ file, name: path + file.name });
    } else if (entry.isDirectory) {
      const reader = entry.createReader();
      // readEntries answers in chunks until it returns an empty list.
      for (let chunk = await readChunk(reader); chunk.length; chunk = await readChunk(reader)) {
        for (const child of chunk) await walk(child, `${path}${entry.name}/`);
      }
    }
  };
  for (const entry of entries) await walk(entry, '');
  return out;
}

const readChunk = (reader) => new Promise((resolve, reject) => reader.readEntries(resolve, reject));

class ProgressTable {
  constructor() {
    this.rows = new Map();
    this.body = h('tbody');
    this.element = h('table', { class: 'progress' }, h('thead', {}, h('tr', {}, h('th', {}, t('doc.file')), h('th', {}, t('doc.state')), h('th', {}, ''))), this.body);
  }

  /** One row per file or document; `key` is the document id once known. */
  row(key, name) {
    let row = this.rows.get(key);
    if (!row) {
      const state = h('td', { class: 'row-state' });
      const link = h('td');
      const tr = h('tr', { 'data-name': name }, h('td', {}, h('bdi', {}, name)), state, link);
      row = { tr, state, link };
      this.rows.set(key, row);
      this.body.append(tr);
    }
    return row;
  }

  /** `words`: the state's reason for people; `detail`: the gateway's own message, shown under it. */
  show(key, name, { state, words, detail, id }) {
    const row = this.row(key, name);
    row.tr.dataset.state = state;
    if (id) row.tr.dataset.id = id;
    row.state.replaceChildren(h('span', { class: `badge state-${state}` }, t(`state.${state}`)), words ? h('span', { class: 'reason' }, ' — ', words) : '', detail ? h('div', { class: 'detail' }, h('bdi', {}, detail)) : '');
    row.link.replaceChildren(id && state === 'indexed' ? h('a', { href: `/view/${id}` }, t('upload.open')) : id && state !== 'uploading' ? h('a', { href: `/view/${id}`, class: 'secondary' }, t('upload.open')) : '');
  }
}

let watching = false;

/** Polls every pending document once a second (one loop at a time) until each is final. */
function watch(table, pending) {
  if (watching) return;
  watching = true;
  const tick = async () => {
    for (const [id, name] of [...pending]) {
      try {
        const status = await apiJson(`/documents/${id}`);
        const words = status.state === 'rejected' ? reasonText(status.reason) : status.state === 'failed' ? status.error : null;
        table.show(id, name, { state: status.state, words, id });
        if (FINAL.has(status.state)) pending.delete(id);
      } catch {
        // A network blip: try again at the next tick.
      }
    }
    if (pending.size) setTimeout(tick, POLL_MS);
    else watching = false;
  };
  void tick();
}

function accept(table, pending, result) {
  for (const d of result.documents ?? []) {
    table.show(d.id, d.name, { state: d.status === 'duplicate' ? 'duplicate' : 'queued', id: d.id });
    pending.set(d.id, d.name);
  }
  for (const r of result.rejected ?? []) {
    const name = r.name ?? r.url;
    table.show(`refused:${name}`, name, { state: 'rejected', words: refusalText(r.status), detail: r.error });
  }
}

export async function render(view) {
  const table = new ProgressTable();
  const pending = new Map();
  const sent = h('p', { class: 'sent', role: 'status' });

  const send = async (items) => {
    for (let i = 0; i < items.length; i += FILES_PER_REQUEST) {
      const batch = items.slice(i, i + FILES_PER_REQUEST);
      const form = new FormData();
      for (const { file, name } of batch) {
        form.append('files', file, name);
        table.show(`upload:${name}`, name, { state: 'uploading' });
      }
      const { status, body } = await uploadFiles(form, (share) => (sent.textContent = t('upload.sent', Math.round(share * 100))));
      for (const { name } of batch) {
        table.rows.get(`upload:${name}`)?.tr.remove();
        table.rows.delete(`upload:${name}`);
      }
      if (status >= 500 && !body.rejected) {
        for (const { name } of batch) table.show(`refused:${name}`, name, { state: 'rejected', words: refusalText(status), detail: body.message });
      } else {
        accept(table, pending, body.rejected || body.documents ? body : { rejected: batch.map(({ name }) => ({ name, status, error: body.message ?? String(status) })) });
      }
    }
    watch(table, pending);
  };

  const input = h('input', { type: 'file', multiple: true, id: 'file-input', onchange: () => send([...input.files].map((file) => ({ file, name: file.name }))) });
  const zone = h(
    'div',
    {
      class: 'drop-zone',
      id: 'drop-zone',
      tabindex: '0',
      ondragover: (e) => { e.preventDefault(); zone.classList.add('over'); },
      ondragleave: () => zone.classList.remove('over'),
      ondrop: async (e) => { e.preventDefault(); zone.classList.remove('over'); await send(await droppedFiles(e.dataTransfer)); },
    },
    h('p', {}, t('upload.drop')),
    h('label', { class: 'button' }, t('upload.choose'), input),
  );
  const urls = h('textarea', { id: 'urls', rows: '3', dir: 'ltr', placeholder: 'https://…' });
  const urlForm = h(
    'form',
    {
      class: 'url-form',
      onsubmit: async (e) => {
        e.preventDefault();
        const list = urls.value.split(/\s+/).filter(Boolean);
        if (!list.length) return;
        try {
          accept(table, pending, await apiJson('/documents/urls', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ urls: list }) }));
        } catch (err) {
          accept(table, pending, err.body?.rejected ? err.body : { rejected: list.map((url) => ({ url, status: err.status, error: err.message })) });
        }
        urls.value = '';
        watch(table, pending);
      },
    },
    h('label', { for: 'urls' }, t('upload.urls')),
    urls,
    h('button', { type: 'submit' }, t('upload.sendUrls')),
  );
  view.append(h('section', { class: 'upload' }, zone, urlForm, sent, table.element));
}
