// Activity page: recent documents by state (failed ones with retry), and live queue counts.
import { apiFetch, apiJson, settings } from './api.js';
import { ar, h } from './dom.js';
import { formatDate, reasonText, t } from './i18n.js';

const STATES = ['queued', 'processing', 'indexed', 'failed', 'rejected'];
const HOURS = [1, 6, 24, 168];
const COUNTED = ['waiting', 'active', 'delayed', 'failed', 'completed'];
const REFRESH_MS = 2000;

function queueTable(stages) {
  return h(
    'table',
    { class: 'queues' },
    h('thead', {}, h('tr', {}, h('th', {}, t('queue.stage')), COUNTED.map((c) => h('th', {}, t(`queue.${c}`))))),
    h('tbody', {}, stages.map((s) => h('tr', { 'data-stage': s.stage }, h('td', {}, t(`stage.${s.stage}`)), COUNTED.map((c) => h('td', { 'data-count': c }, String(s[c])))))),
  );
}

function documentRow(d) {
  const words = d.state === 'rejected' ? reasonText(d.reason) : d.state === 'failed' ? `${d.failedStage ? `${t(`stage.${d.failedStage}`)}: ` : ''}${d.error ?? ''}` : '';
  const message = h('span', { class: 'action-message' });
  const retry =
    d.state === 'failed'
      ? h('button', {
          type: 'button',
          'data-action': 'retry',
          onclick: async () => {
            const response = await apiFetch(`/documents/${d.id}/retry`, { method: 'POST' });
            message.textContent = response.ok ? t('state.processing') : (await response.json().catch(() => ({}))).message ?? response.status;
          },
        }, t('upload.retry'))
      : null;
  return h(
    'tr',
    { 'data-id': d.id, 'data-state': d.state },
    h('td', {}, h('a', { href: `/view/${d.id}` }, h('bdi', {}, d.source?.name ?? d.id))),
    h('td', {}, h('span', { class: `badge state-${d.state}` }, t(`state.${d.state}`))),
    h('td', {}, words),
    h('td', {}, formatDate(d.updatedAt, true)),
    h('td', {}, retry, message),
  );
}

export async function render(view) {
  const params = new URLSearchParams(location.search);
  const hours = Number(params.get('hours')) || 24;
  const state = STATES.includes(params.get('state')) ? params.get('state') : null;
  const since = new Date(Date.now() - hours * 3600_000).toISOString();
  const link = (change) => {
    const next = new URLSearchParams(params);
    change(next);
    return `/activity?${next}`;
  };
  const { kibanaUrl, boardUrl } = await settings();

  const queues = h('div', { class: 'queue-counts' });
  const refreshQueues = async () => {
    try {
      queues.replaceChildren(queueTable((await apiJson('/stages')).stages));
    } catch {}
  };
  await refreshQueues();
  setInterval(refreshQueues, REFRESH_MS);

  const query = new URLSearchParams({ since, size: '100' });
  if (state) query.set('state', state);
  const list = await apiJson(`/documents?${query}`);

  view.append(
    h(
      'section',
      { class: 'activity' },
      h('h2', {}, t('activity.queues')),
      queues,
      h('p', { class: 'links' }, h('a', { href: boardUrl }, t('activity.board')), kibanaUrl ? [' · ', h('a', { href: kibanaUrl, rel: 'noreferrer' }, t('activity.kibana'))] : null),
      h('h2', {}, t('activity.documents')),
      h('nav', { class: 'tabs' }, t('activity.since'), ' ', HOURS.map((n) => h('a', { href: link((p) => p.set('hours', String(n))), 'aria-current': n === hours ? 'true' : null }, t('activity.hours', n)))),
      h(
        'nav',
        { class: 'tabs states' },
        h('a', { href: link((p) => p.delete('state')), 'aria-current': state ? null : 'true' }, t('activity.all')),
        STATES.map((s) => h('a', { href: link((p) => p.set('state', s)), 'aria-current': s === state ? 'true' : null, 'data-state': s }, `${t(`state.${s}`)} (${list.counts?.[s] ?? 0})`)),
      ),
      list.documents.length
        ? h('table', { class: 'documents' }, h('tbody', {}, list.documents.map(documentRow)))
        : h('p', {}, t('activity.none')),
    ),
  );
}
