// Entry point of every page: labels, language toggle, API key, then the view the path names.
import { applyLabels, lang, setLang, t } from './i18n.js';
import { askForKey, ensureKey, settings } from './api.js';
import { h } from './dom.js';

const VIEWS = [
  { match: /^\/$/, nav: 'search', load: () => import('./search.js') },
  { match: /^\/view\/([0-9a-f]{32})$/, nav: null, load: () => import('./document.js') },
  { match: /^\/upload$/, nav: 'upload', load: () => import('./upload.js') },
  { match: /^\/activity$/, nav: 'activity', load: () => import('./activity.js') },
];

async function start() {
  applyLabels();
  const toggle = document.getElementById('lang-toggle');
  toggle.textContent = t('langToggle');
  toggle.addEventListener('click', () => {
    setLang(lang() === 'ar' ? 'en' : 'ar');
    location.reload();
  });
  const view = document.getElementById('view');
  const route = VIEWS.map((v) => ({ ...v, found: location.pathname.match(v.match) })).find((v) => v.found);
  for (const link of document.querySelectorAll('[data-nav]')) {
    if (route && link.dataset.nav === route.nav) link.setAttribute('aria-current', 'page');
  }
  try {
    const { apiKeyRequired } = await settings();
    const keyButton = document.getElementById('api-key-button');
    keyButton.hidden = !apiKeyRequired;
    keyButton.addEventListener('click', () => askForKey().then(() => location.reload()));
    await ensureKey();
    if (!route) return void view.append(h('p', { class: 'error' }, t('doc.notFound')));
    const module = await route.load();
    await module.render(view, route.found);
  } catch (err) {
    view.append(h('p', { class: 'error', role: 'alert' }, err?.message === 'Failed to fetch' ? t('error.network') : String(err?.message ?? err)));
  }
  document.body.dataset.ready = 'true';
}

void start();
