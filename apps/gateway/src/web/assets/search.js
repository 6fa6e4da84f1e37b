// Search page: the URL holds the whole query (q, exact, facets, dates, page), so a
// search can be shared and the back button works.
import { apiJson } from './api.js';
import { ar, clear, h, marked } from './dom.js';
import { formatDate, t } from './i18n.js';

const FACETS = ['persons', 'organizations', 'locations', 'site'];
const PAGE_SIZE = 10;

function urlWith(params, change) {
  const next = new URLSearchParams(params);
  change(next);
  next.delete('page');
  return `/?${next}`;
}

function searchForm(params) {
  return h(
    'form',
    { class: 'search-form', role: 'search', action: '/', method: 'get' },
    h('input', { type: 'search', name: 'q', value: params.get('q') ?? '', placeholder: t('search.placeholder'), 'aria-label': t('search.placeholder'), dir: 'auto' }),
    h('button', { type: 'submit' }, t('search.submit')),
    h('label', {}, h('input', { type: 'checkbox', name: 'exact', value: 'true', checked: params.get('exact') === 'true' }), ' ', t('search.exact')),
    h('label', {}, t('search.from'), ' ', h('input', { type: 'date', name: 'from', value: params.get('from') ?? '' })),
    h('label', {}, t('search.to'), ' ', h('input', { type: 'date', name: 'to', value: params.get('to') ?? '' })),
    // Facet filters ride along with a new query.
    FACETS.flatMap((f) => params.getAll(f).map((v) => h('input', { type: 'hidden', name: f, value: v }))),
  );
}

function activeFilters(params) {
  const chips = FACETS.flatMap((f) =>
    params.getAll(f).map((value) =>
      h(
        'a',
        {
          class: `chip chip-${f}`,
          href: urlWith(params, (p) => {
            const rest = p.getAll(f).filter((v) => v !== value);
            p.delete(f);
            rest.forEach((v) => p.append(f, v));
          }),
          title: t('search.removeFilter'),
          'data-filter': f,
        },
        `${t(`facet.${f}`)}: `,
        h('bdi', {}, value),
        ' ✕',
      ),
    ),
  );
  if (!chips.length) return null;
  return h('div', { class: 'filters', 'aria-label': t('search.filters') }, chips, h('a', { href: params.get('q') ? `/?q=${encodeURIComponent(params.get('q'))}` : '/', class: 'clear' }, t('search.clear')));
}

function facetList(field, counts, params) {
  const chosen = new Set(params.getAll(field));
  return h(
    'section',
    { class: 'facet', 'data-facet': field },
    h('h3', {}, t(`facet.${field}`)),
    h(
      'ul',
      {},
      counts.map(({ value, count }) =>
        h(
          'li',
          {},
          chosen.has(value)
            ? h('span', { class: 'chosen' }, h('bdi', {}, value))
            : h('a', { href: urlWith(params, (p) => p.append(field, value)), 'data-value': value }, h('bdi', {}, value)),
          ' ',
          h('span', { class: 'count' }, String(count)),
        ),
      ),
    ),
  );
}

function hitItem(hit) {
  return h(
    'li',
    { class: 'hit' },
    h('h2', {}, ar('a', { href: `/view/${hit.id}` }, hit.titleHighlight ? marked(hit.titleHighlight) : t('doc.untitled'))),
    h('p', { class: 'hit-meta' }, hit.site ? h('bdi', {}, hit.site) : null, hit.site && hit.publishedAt ? ' · ' : null, formatDate(hit.publishedAt)),
    hit.snippets.map((s) => ar('p', { class: 'snippet' }, marked(s))),
  );
}

function pager(params, page, total) {
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (pages === 1) return null;
  const to = (p) => {
    const next = new URLSearchParams(params);
    next.set('page', String(p));
    return `/?${next}`;
  };
  return h(
    'nav',
    { class: 'pager' },
    page > 1 ? h('a', { href: to(page - 1), rel: 'prev' }, t('page.prev')) : null,
    h('span', {}, t('page.of', page, pages)),
    page < pages ? h('a', { href: to(page + 1), rel: 'next' }, t('page.next')) : null,
  );
}

export async function render(view) {
  const params = new URLSearchParams(location.search);
  for (const [name, value] of [...params]) if (value === '') params.delete(name);
  const page = Math.max(1, Number(params.get('page')) || 1);
  view.append(searchForm(params));
  const api = new URLSearchParams(params);
  api.set('size', String(PAGE_SIZE));
  api.set('page', String(page));
  const result = await apiJson(`/search?${api}`);
  const results = h('div', { class: 'results' });
  const aside = h('aside', { class: 'facets' }, FACETS.map((f) => (result.facets[f]?.length ? facetList(f, result.facets[f], params) : null)));
  clear(results).append(
    activeFilters(params) ?? '',
    h('p', { class: 'total' }, t('search.total', result.total)),
    result.hits.length ? h('ol', { class: 'hits' }, result.hits.map(hitItem)) : h('p', {}, t('search.none')),
    pager(params, page, result.total) ?? '',
  );
  view.append(h('div', { class: 'search-layout' }, results, aside));
}
