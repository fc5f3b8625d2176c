// Newsroom search page. Vanilla ES2020, no dependencies.
// Security rule: only server-escaped highlight strings (highlight.title / highlight.body[])
// are assigned to innerHTML; everything else goes in as text.
'use strict';

const PAGE_SIZE = 10;
const DEBOUNCE_MS = 200;

const $ = (sel) => document.querySelector(sel);
const els = {
  form: $('#search-form'), q: $('#q'), sort: $('#sort'), from: $('#from'), to: $('#to'),
  total: $('#total'), error: $('#error'), results: $('#results'),
  active: $('#active-filters'), activeList: $('#active-list'), clear: $('#clear-filters'),
  pager: $('#pager'), prev: $('#prev'), next: $('#next'), pageInfo: $('#page-info'),
  sidebar: $('#facets'),
  facets: { speaker: $('#facet-speakers'), location: $('#facet-locations'), year: $('#facet-years') },
};

const isoDate = (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s ?? '') ? s : '');
const isYear = (s) => /^\d{4}$/.test(s ?? '');

// Build an element with an optional class and text (text never parsed as HTML).
function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text != null) node.textContent = String(text);
  return node;
}

// ---- State (mirrored in the URL so a search can be shared or reloaded) ----

function readStateFromUrl() {
  const p = new URLSearchParams(window.location.search);
  const page = parseInt(p.get('page'), 10);
  return {
    q: p.get('q') ?? '',
    speaker: p.getAll('speaker').filter(Boolean),
    location: p.getAll('location').filter(Boolean),
    from: isoDate(p.get('from')),
    to: isoDate(p.get('to')),
    sort: p.get('sort') === 'date' ? 'date' : 'relevance',
    page: page > 0 ? page : 1,
  };
}

const state = readStateFromUrl();

// Only non-default values, to keep shared URLs short.
function stateParams() {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  state.speaker.forEach((v) => p.append('speaker', v));
  state.location.forEach((v) => p.append('location', v));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.page > 1) p.set('page', String(state.page));
  return p;
}

function apiParams() {
  const p = stateParams();
  p.set('q', state.q); // always sent; an empty query lists newest articles
  p.set('sort', state.sort);
  p.set('page', String(state.page));
  p.set('size', String(PAGE_SIZE));
  return p;
}

function writeUrl() {
  const qs = stateParams().toString();
  history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
}

function syncControls() {
  els.q.value = state.q;
  els.sort.value = state.sort;
  els.from.value = state.from;
  els.to.value = state.to;
}

// A year facet is "on" when the date range is exactly that calendar year.
function activeYear() {
  const y = state.from.slice(0, 4);
  return state.from === `${y}-01-01` && state.to === `${y}-12-31` ? y : '';
}

function isActive(field, value) {
  if (field === 'year') return activeYear() === value;
  return state[field].includes(value);
}

// ---- Fetching (latest request wins) ----

let seq = 0;
let controller = null;
let debounceTimer = 0;

async function search() {
  clearTimeout(debounceTimer);
  const id = ++seq;
  controller?.abort(); // stale responses are cancelled, and also ignored via `id` below
  controller = new AbortController();
  writeUrl();
  renderActiveFilters();
  els.results.setAttribute('aria-busy', 'true');
  try {
    const res = await fetch(`/api/search?${apiParams()}`, {
      signal: controller.signal,
      headers: { Accept: 'application/json' },
    });
    const body = await res.json().catch(() => null);
    if (id !== seq) return;
    if (!res.ok) throw new Error(body?.detail || body?.title || `Search failed (HTTP ${res.status}).`);
    if (!body) throw new Error('The server returned an unreadable response.');
    showError('');
    render(body);
  } catch (err) {
    if (err.name === 'AbortError' || id !== seq) return;
    showError(err instanceof TypeError ? 'Could not reach the search service.' : err.message);
    render(null);
  } finally {
    if (id === seq) els.results.removeAttribute('aria-busy');
  }
}

function searchSoon() {
  clearTimeout(debounceTimer);
  debounceTimer = setTimeout(search, DEBOUNCE_MS);
}

// ---- Rendering ----

function showError(message) {
  els.error.textContent = message;
  els.error.hidden = !message;
}

function render(data) {
  const total = data?.total ?? 0;
  const hits = data?.hits ?? [];
  if (data) {
    const ms = Number(data.tookMs ?? 0).toFixed(1);
    els.total.textContent = `${total.toLocaleString()} ${total === 1 ? 'result' : 'results'} (${ms} ms)`;
  } else {
    els.total.textContent = '';
  }

  els.results.replaceChildren(...hits.map(renderHit));
  if (data && hits.length === 0) {
    els.results.append(el('p', 'empty', total > 0 ? 'No results on this page.' : 'No articles match your search.'));
  }

  renderFacets('speaker', data?.facets?.speakers);
  renderFacets('location', data?.facets?.locations);
  renderFacets('year', (data?.facets?.years ?? []).filter((f) => isYear(String(f.value))));
  renderPager(total, data?.page ?? state.page, data?.size || PAGE_SIZE);
}

function hitHref(hit) {
  // Follow only http(s) URLs from the data (never javascript: etc.); otherwise the API view.
  if (hit.url) {
    try {
      const u = new URL(hit.url, window.location.href);
      if (u.protocol === 'http:' || u.protocol === 'https:') return u.href;
    } catch { /* invalid URL: fall through */ }
  }
  return `/api/articles/${encodeURIComponent(hit.id)}`;
}

function formatDate(iso) {
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return d.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
}

function renderHit(hit) {
  const article = el('article', 'hit');
  article.dataset.id = hit.id;

  const link = el('a');
  link.href = hitHref(hit);
  if (hit.highlight?.title) link.innerHTML = hit.highlight.title; // server-escaped, <mark> only
  else link.textContent = hit.title || '(untitled)';
  const h2 = el('h2', 'hit-title');
  h2.append(link);
  article.append(h2);

  const meta = el('p', 'hit-meta');
  if (hit.date) {
    const time = el('time', 'hit-date', formatDate(hit.date));
    time.dateTime = hit.date;
    meta.append(time);
  }
  if (hit.speakers?.length) meta.append(el('span', 'hit-speakers', `Quoted: ${hit.speakers.join(', ')}`));
  if (hit.locations?.length) meta.append(el('span', 'hit-locations', hit.locations.join(', ')));
  if (meta.childElementCount) article.append(meta);

  const fragments = (hit.highlight?.body ?? []).filter(Boolean).slice(0, 3);
  if (fragments.length) {
    const p = el('p', 'hit-snippet');
    p.innerHTML = fragments.join(' … '); // server-escaped fragments, <mark> only
    article.append(p);
  }
  return article;
}

function renderFacets(field, items = []) {
  const list = els.facets[field];
  list.replaceChildren();
  for (const { value, count } of items) {
    const v = String(value);
    const btn = el('button', 'facet');
    btn.type = 'button';
    btn.dataset.field = field;
    btn.dataset.value = v;
    btn.setAttribute('aria-pressed', String(isActive(field, v)));
    btn.append(el('span', 'facet-value', v), el('span', 'facet-count', Number(count).toLocaleString()));
    const li = el('li');
    li.append(btn);
    list.append(li);
  }
  if (!items.length) list.append(el('li', 'none', 'None'));
}

const FILTER_LABELS = { speaker: 'Speaker', location: 'Location', year: 'Year', from: 'From', to: 'To' };

function renderActiveFilters() {
  const chips = [];
  state.speaker.forEach((v) => chips.push(['speaker', v]));
  state.location.forEach((v) => chips.push(['location', v]));
  const year = activeYear();
  if (year) chips.push(['year', year]);
  else {
    if (state.from) chips.push(['from', state.from]);
    if (state.to) chips.push(['to', state.to]);
  }

  els.activeList.replaceChildren(...chips.map(([field, value]) => {
    const label = `${FILTER_LABELS[field]}: ${value}`;
    const btn = el('button', 'active-filter', label);
    btn.type = 'button';
    btn.dataset.field = field;
    btn.dataset.value = value;
    btn.setAttribute('aria-label', `Remove filter ${label}`);
    const x = el('span', 'x', '×');
    x.setAttribute('aria-hidden', 'true');
    btn.append(x);
    const li = el('li');
    li.append(btn);
    return li;
  }));
  els.active.hidden = chips.length === 0;
}

function renderPager(total, page, size) {
  const lastPage = Math.max(1, Math.ceil(total / size));
  els.pager.hidden = lastPage <= 1 && page <= 1;
  els.pageInfo.textContent = `Page ${page} of ${lastPage}`;
  els.prev.disabled = page <= 1;
  els.next.disabled = page >= lastPage;
}

// ---- Filter changes ----

function toggleFilter(field, value) {
  if (field === 'year') {
    if (!isYear(value)) return;
    const on = activeYear() === value;
    state.from = on ? '' : `${value}-01-01`;
    state.to = on ? '' : `${value}-12-31`;
  } else {
    const list = state[field];
    const i = list.indexOf(value);
    if (i >= 0) list.splice(i, 1);
    else list.push(value);
  }
  state.page = 1;
  syncControls();
  search();
}

function removeFilter(field, value) {
  if (field === 'year') toggleFilter('year', value);
  else if (field === 'from' || field === 'to') {
    state[field] = '';
    state.page = 1;
    syncControls();
    search();
  } else toggleFilter(field, value);
}

// ---- Events ----

els.q.addEventListener('input', () => {
  state.q = els.q.value;
  state.page = 1;
  searchSoon();
});

els.form.addEventListener('submit', (e) => {
  e.preventDefault(); // Enter searches immediately instead of reloading the page
  state.q = els.q.value;
  state.page = 1;
  search();
});

els.sort.addEventListener('change', () => {
  state.sort = els.sort.value === 'date' ? 'date' : 'relevance';
  state.page = 1;
  search();
});

for (const key of ['from', 'to']) {
  els[key].addEventListener('change', () => {
    state[key] = isoDate(els[key].value);
    state.page = 1;
    search();
  });
}

// Delegated clicks: facet lists are re-rendered on every response.
els.sidebar.addEventListener('click', (e) => {
  const btn = e.target.closest('.facet');
  if (btn) toggleFilter(btn.dataset.field, btn.dataset.value);
});

els.activeList.addEventListener('click', (e) => {
  const btn = e.target.closest('.active-filter');
  if (btn) removeFilter(btn.dataset.field, btn.dataset.value);
});

els.clear.addEventListener('click', () => {
  Object.assign(state, { speaker: [], location: [], from: '', to: '', page: 1 });
  syncControls();
  search();
  els.q.focus();
});

function goToPage(page) {
  state.page = Math.max(1, page);
  search();
  els.results.scrollIntoView({ block: 'start' });
}
els.prev.addEventListener('click', () => goToPage(state.page - 1));
els.next.addEventListener('click', () => goToPage(state.page + 1));

// ---- Start ----
syncControls();
search();
