// Document page: metadata, body with entities highlighted by type, entity list,
// removed lines with their reasons (folded), stage timeline, and actions.
import { apiFetch, apiJson } from './api.js';
import { ar, h } from './dom.js';
import { formatDate, reasonText, t } from './i18n.js';

const STAGES = ['fetch', 'strip', 'tag', 'index'];
const FACET_OF = { PER: 'persons', ORG: 'organizations', LOC: 'locations' };
const PARAGRAPH_SEPARATOR = '\n\n';

/** A search for one entity: canonical names are the facet values; dates become a one-day range. */
export function entitySearchUrl(entity) {
  const facet = FACET_OF[entity.type];
  if (facet) return `/?${new URLSearchParams({ [facet]: entity.normalized })}`;
  const day = /^\d{4}-\d{2}-\d{2}/.exec(entity.normalized ?? '')?.[0];
  return day ? `/?${new URLSearchParams({ from: day, to: day })}` : null;
}

/** `text` with its entities (offsets into it) wrapped in <mark class="ent ent-TYPE">. */
function highlighted(text, entities, offset = 0) {
  const out = [];
  let at = 0;
  const inside = entities
    .filter((e) => e.start >= offset && e.end <= offset + text.length)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  for (const e of inside) {
    const start = e.start - offset;
    if (start < at) continue; // overlapping mention: the first one wins
    if (start > at) out.push(text.slice(at, start));
    out.push(h('mark', { class: `ent ent-${e.type}`, title: `${t(`entity.${e.type}`)}: ${e.normalized}`, 'data-type': e.type }, text.slice(start, e.end - offset)));
    at = e.end - offset;
  }
  if (at < text.length) out.push(text.slice(at));
  return out;
}

function bodyParagraphs(doc) {
  const out = [];
  let offset = 0;
  for (const paragraph of doc.body.split(PARAGRAPH_SEPARATOR)) {
    out.push(ar('p', {}, highlighted(paragraph, doc.entities, offset)));
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length;
  }
  return out;
}

function entityList(doc) {
  const byType = new Map();
  for (const e of [...doc.titleEntities, ...doc.entities]) {
    const names = byType.get(e.type) ?? new Map();
    names.set(e.normalized, (names.get(e.normalized) ?? 0) + 1);
    byType.set(e.type, names);
  }
  return h(
    'section',
    { class: 'entities' },
    h('h2', {}, t('doc.entities')),
    ['PER', 'ORG', 'LOC', 'DATE']
      .filter((type) => byType.has(type))
      .map((type) =>
        h(
          'div',
          { class: 'entity-group', 'data-type': type },
          h('h3', {}, h('span', { class: `swatch ent-${type}` }), t(`entity.${type}`)),
          h(
            'ul',
            {},
            [...byType.get(type)].map(([name, count]) => {
              const url = entitySearchUrl({ type, normalized: name });
              return h('li', {}, url ? ar('a', { href: url }, name) : ar('span', {}, name), ' ', h('span', { class: 'count' }, String(count)));
            }),
          ),
        ),
      ),
  );
}

function removedLines(doc) {
  const removed = (doc.removed ?? []).filter((r) => r.reason !== 'empty' && r.text.trim());
  return h(
    'details',
    { class: 'removed' },
    h('summary', {}, t('doc.removed', removed.length)),
    h('ol', {}, removed.map((r) => h('li', {}, ar('span', { class: 'removed-text' }, r.text), ' ', h('span', { class: 'reason', 'data-reason': r.reason }, reasonText(r.reason))))),
  );
}

function metadata(status, doc) {
  const rows = [
    ['doc.site', doc?.site],
    ['doc.author', doc?.author],
    ['doc.byline', doc?.byline],
    ['doc.source', doc?.source?.credited],
    ['doc.published', formatDate(doc?.publishedAt)],
    ['doc.ingested', formatDate(doc?.ingestedAt, true)],
    ['doc.encoding', doc?.encoding ? `${doc.encoding}${doc.decodingErrors ? ` (${t('doc.decodingErrors')})` : ''}` : null],
    ['doc.extraction', doc ? `${t(`extraction.${doc.extraction ?? 'text'}`)}${doc.source?.contentType ? ` (${doc.source.contentType})` : ''}` : null],
    ['doc.file', doc?.source?.name ?? status.source?.name],
  ].filter(([, value]) => value);
  const url = doc?.source?.url;
  return h(
    'dl',
    { class: 'meta' },
    rows.map(([label, value]) => [h('dt', {}, t(label)), h('dd', {}, h('bdi', {}, value))]),
    url ? [h('dt', {}, t('doc.original')), h('dd', {}, h('a', { href: url, rel: 'noreferrer noopener', dir: 'ltr' }, url))] : null,
  );
}

function timeline(status) {
  return h(
    'section',
    { class: 'timeline' },
    h('h2', {}, t('doc.timeline')),
    h(
      'table',
      {},
      h('thead', {}, h('tr', {}, ['queue.stage', 'doc.state', 'timeline.queued', 'timeline.started', 'timeline.ended', 'timeline.attempts', 'timeline.error'].map((k) => h('th', {}, t(k))))),
      h(
        'tbody',
        {},
        STAGES.filter((s) => status.stages?.[s]).map((stage) => {
          const s = status.stages[stage];
          return h(
            'tr',
            { 'data-stage': stage, class: `stage-${s.state}` },
            h('td', {}, t(`stage.${stage}`)),
            h('td', {}, s.state),
            h('td', {}, formatDate(s.queuedAt, true)),
            h('td', {}, formatDate(s.startedAt, true)),
            h('td', {}, formatDate(s.endedAt, true)),
            h('td', {}, String(s.attempts ?? '')),
            h('td', { class: 'error' }, s.error ? h('bdi', {}, s.error) : ''),
          );
        }),
      ),
    ),
  );
}

/** Overall state in words, with the reason of a rejection or the error of a failure. */
export function stateLine(status) {
  const words = [t(`state.${status.state}`)];
  if (status.reason) words.push(reasonText(status.reason));
  if (status.error) words.push(status.error);
  return h('p', { class: `state state-${status.state}`, 'data-state': status.state }, words.join(' — '));
}

function actions(status, id, view) {
  const message = h('p', { class: 'action-message', role: 'status' });
  const act = async (method, path) => {
    const response = await apiFetch(path, { method });
    const body = await response.json().catch(() => ({}));
    return { ok: response.ok, body };
  };
  const buttons = [];
  if (status.state === 'failed') {
    buttons.push(h('button', { type: 'button', onclick: async () => { const r = await act('POST', `/documents/${id}/retry`); r.ok ? location.reload() : (message.textContent = r.body.message); } }, t('upload.retry')));
  }
  if (status.state === 'indexed') {
    buttons.push(h('button', { type: 'button', 'data-action': 'reprocess', onclick: async () => { const r = await act('POST', `/documents/${id}/reprocess`); r.ok ? location.reload() : (message.textContent = r.body.message); } }, t('doc.reprocess')));
  }
  buttons.push(
    h('button', {
      type: 'button',
      class: 'danger',
      'data-action': 'delete',
      onclick: async () => {
        if (!confirm(t('doc.deleteConfirm'))) return;
        const r = await act('DELETE', `/documents/${id}`);
        if (!r.ok) return void (message.textContent = r.body.message);
        view.replaceChildren(h('p', { class: 'state' }, t('doc.deleted')));
      },
    }, t('doc.delete')),
  );
  return h('div', { class: 'actions' }, buttons, message);
}

export async function render(view, [, id]) {
  let status;
  try {
    status = await apiJson(`/documents/${id}`);
  } catch (err) {
    if (err.status === 404) return void view.append(h('p', { class: 'error' }, t('doc.notFound')));
    throw err;
  }
  const doc = status.document;
  document.title = doc?.title ?? status.source?.name ?? id;
  view.append(
    h(
      'article',
      { class: 'document' },
      doc ? ar('h1', {}, doc.title ? highlighted(doc.title, doc.titleEntities ?? []) : t('doc.untitled')) : h('h1', {}, h('bdi', {}, status.source?.name ?? id)),
      stateLine(status),
      actions(status, id, view),
      metadata(status, doc),
      doc ? h('div', { class: 'body' }, bodyParagraphs(doc)) : h('p', {}, t('doc.notIndexed')),
      doc ? entityList(doc) : null,
      doc ? removedLines(doc) : null,
      timeline(status),
    ),
  );
}
