// The full search page: a <news-search inline> box plus sort, date range, a facets sidebar and URL state.
// The element does the searching and renders the results; this file only wires the page's controls to it.
'use strict';

const box = document.getElementById('q');
const controls = {
  tools: document.getElementById('tools'),
  sort: document.getElementById('sort'),
  from: document.getElementById('from'),
  to: document.getElementById('to'),
  sidebar: document.getElementById('facets'),
  clear: document.getElementById('clear-filters'),
  facets: {
    speaker: document.getElementById('facet-speaker'),
    location: document.getElementById('facet-location'),
    year: document.getElementById('facet-year'),
  },
};

const isoDate = (s) => (/^\d{4}-\d{2}-\d{2}$/.test(s ?? '') ? s : '');

function stateFromUrl() {
  const p = new URLSearchParams(window.location.search);
  return {
    q: p.get('q') ?? '',
    speaker: p.getAll('speaker').filter(Boolean),
    location: p.getAll('location').filter(Boolean),
    from: isoDate(p.get('from')),
    to: isoDate(p.get('to')),
    sort: p.get('sort') === 'date' ? 'date' : 'relevance',
    tab: p.get('tab') === 'quotes' ? 'quotes' : 'articles',
  };
}

// Only non-default values, so shared links stay short.
function writeUrl(state) {
  const p = new URLSearchParams();
  if (state.q) p.set('q', state.q);
  state.speaker.forEach((v) => p.append('speaker', v));
  state.location.forEach((v) => p.append('location', v));
  if (state.from) p.set('from', state.from);
  if (state.to) p.set('to', state.to);
  if (state.sort !== 'relevance') p.set('sort', state.sort);
  if (state.tab === 'quotes') p.set('tab', 'quotes');
  const qs = p.toString();
  history.replaceState(null, '', qs ? `?${qs}` : window.location.pathname);
}

function renderFacets(facets, state) {
  const lists = { speaker: facets?.speakers, location: facets?.locations, year: facets?.years };
  for (const [field, items = []] of Object.entries(lists)) {
    const chosen = field === 'year' ? [state.year].filter(Boolean) : state[field];
    controls.facets[field].replaceChildren(...items.map(({ value, count }) => {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'facet';
      button.dataset.field = field;
      button.dataset.value = String(value);
      button.setAttribute('aria-pressed', String(chosen.includes(String(value))));
      const name = document.createElement('span');
      name.className = 'facet-value';
      name.textContent = String(value);
      const number = document.createElement('span');
      number.className = 'facet-count';
      number.textContent = Number(count).toLocaleString();
      button.append(name, number);
      const li = document.createElement('li');
      li.append(button);
      return li;
    }));
    if (!items.length) {
      const none = document.createElement('li');
      none.className = 'none';
      none.textContent = 'None';
      controls.facets[field].append(none);
    }
  }
  controls.clear.hidden = !(state.speaker.length || state.location.length || state.from || state.to);
}

box.addEventListener('news-search-results', (e) => {
  const { state, response } = e.detail;
  writeUrl(state);
  controls.sort.value = state.sort;
  controls.from.value = state.from;
  controls.to.value = state.to;
  renderFacets(response.facets, state);
});

controls.tools.addEventListener('submit', (e) => e.preventDefault());
controls.sort.addEventListener('change', () => box.update({ sort: controls.sort.value }));
for (const key of ['from', 'to']) {
  controls[key].addEventListener('change', () => box.update({ [key]: isoDate(controls[key].value) }));
}

controls.sidebar.addEventListener('click', (e) => {
  const facet = e.target.closest('.facet');
  if (facet) box.toggleFilter(facet.dataset.field, facet.dataset.value);
});

controls.clear.addEventListener('click', () => {
  box.update({ speaker: [], location: [], from: '', to: '' });
  box.focus();
});

customElements.whenDefined('news-search').then(() => {
  box.update(stateFromUrl());
  box.focus();
});
