// <news-search>: the news-archive search box any page can embed with one script tag. No dependencies, no build step.
//   <script src="https://search.example.internal/widget.js" defer></script>
//   <news-search endpoint="https://search.example.internal"></news-search>
// Attributes: endpoint (API base URL, default: where this script came from), placeholder, size (results per page),
// filters (any of "speaker location date"; empty for none), inline (results in the page flow instead of a popup),
// api-key (sent as X-Api-Key when the search service requires a key: Search:ApiKeys).
// As the user types, names and titles from /api/suggest are offered above the results; a "did you mean" link appears
// when the API corrects a query; the Quotes tab searches what people said (/api/quotes) instead of articles.
// Security rule: article text only ever goes in as text. The API's highlight strings (HTML-escaped, <mark> only) are
// parsed inert in a <template> and copied as text and fresh <mark> elements, so not even a bad response runs markup.
(() => {
  'use strict';
  if (customElements.get('news-search')) return;

  // Read now: document.currentScript is only set while this script runs.
  const SCRIPT_ORIGIN = new URL(document.currentScript?.src || location.href).origin;
  const FILTERS = ['speaker', 'location', 'date'];
  const DEBOUNCE_MS = 200;
  const CHIPS_PER_GROUP = 6;

  const STYLE = `
:host {
  all: initial; display: block; position: relative;
  --_accent: var(--news-search-accent, #2456c6);
  --_radius: var(--news-search-radius, 10px);
  --_bg: var(--news-search-background, #fff);
  --_text: var(--news-search-color, #1c2230);
  --_muted: var(--news-search-muted, #5b6474);
  --_border: var(--news-search-border, #d3d8e0);
  --_mark: var(--news-search-mark, #ffe98a);
  --_soft: color-mix(in srgb, var(--_accent) 9%, var(--_bg));
  font: 15px/1.45 var(--news-search-font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
  color: var(--_text);
}
[hidden] { display: none !important; }
* { box-sizing: border-box; }
button:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
.box {
  display: flex; align-items: center; gap: .5rem; padding: 0 .7rem;
  background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius);
}
.box:focus-within { border-color: var(--_accent); outline: 3px solid color-mix(in srgb, var(--_accent) 40%, transparent); outline-offset: 0; }
.box svg { flex: none; width: 1.05em; height: 1.05em; color: var(--_muted); }
input {
  flex: 1; min-width: 0; height: 2.6em; border: 0; outline: 0; padding: 0; background: none;
  font: inherit; color: inherit;
}
input::-webkit-search-cancel-button { display: none; }
input::placeholder { color: var(--_muted); opacity: .85; }
kbd {
  font-family: inherit; font-size: .75em; line-height: 1; color: var(--_muted); border: 1px solid var(--_border); border-radius: 4px;
  padding: .2em .45em;
}
.box:focus-within kbd { display: none; }
.panel {
  position: absolute; z-index: var(--news-search-z-index, 1000); top: calc(100% + 6px); left: 0;
  width: max(100%, min(34rem, 94vw)); max-height: min(72vh, 40rem); overflow: auto;
  background: var(--_bg); border: 1px solid var(--_border); border-radius: var(--_radius);
  box-shadow: 0 12px 32px rgb(15 23 42 / .16), 0 2px 6px rgb(15 23 42 / .08);
  padding: .6rem;
}
:host([inline]) .panel { position: static; width: auto; max-height: none; overflow: visible; border: 0; box-shadow: none; padding: .75rem 0 0; background: none; }
.chips { display: grid; gap: .35rem; padding: .15rem .2rem .6rem; border-bottom: 1px solid var(--_border); margin-bottom: .4rem; }
.group { display: flex; align-items: baseline; gap: .5rem; }
.group > span { flex: none; width: 4.8rem; font-size: .72em; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; color: var(--_muted); }
.values { display: flex; flex-wrap: wrap; gap: .3rem; }
.chip {
  font: inherit; font-size: .82em; color: inherit; cursor: pointer; display: inline-flex; gap: .35em; align-items: baseline;
  background: var(--_bg); border: 1px solid var(--_border); border-radius: 999px; padding: .15em .7em;
}
.chip:hover { border-color: var(--_accent); }
.chip small { color: var(--_muted); font-size: .9em; }
.chip[aria-pressed="true"] { background: var(--_accent); border-color: var(--_accent); color: #fff; }
.chip[aria-pressed="true"] small { color: inherit; opacity: .85; }
.count { margin: .2rem .3rem .35rem; font-size: .8em; color: var(--_muted); }
.error { margin: .3rem; padding: .55rem .75rem; border-radius: calc(var(--_radius) * .6); background: #fdecec; color: #8f1d1d; font-size: .9em; }
ul { list-style: none; margin: 0; padding: 0; display: grid; gap: .15rem; }
:host([inline]) ul { gap: .6rem; }
li {
  cursor: pointer; padding: .6rem .75rem; border-radius: calc(var(--_radius) * .7); border: 1px solid transparent;
}
:host([inline]) li { background: var(--_bg); border-color: var(--_border); padding: .85rem 1rem; }
li:hover { background: var(--_soft); }
li[aria-selected="true"] { background: var(--_soft); border-color: var(--_accent); box-shadow: inset 3px 0 0 var(--_accent); }
.title { display: block; font-weight: 600; color: var(--_accent); line-height: 1.3; }
:host([inline]) .title { font-size: 1.08em; }
.meta { display: block; margin-top: .15rem; font-size: .8em; color: var(--_muted); }
.meta > * + *::before { content: " · "; }
.snippet { margin-top: .25rem; font-size: .88em; overflow-wrap: anywhere; }
.snippet { display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; overflow: hidden; }
:host([inline]) .snippet { display: block; overflow: visible; }
mark { background: var(--_mark); color: inherit; border-radius: 2px; padding: 0 .08em; }
.more {
  display: block; width: 100%; margin-top: .5rem; padding: .5rem; cursor: pointer;
  font: inherit; font-size: .88em; font-weight: 600; color: var(--_accent);
  background: var(--_bg); border: 1px solid var(--_border); border-radius: calc(var(--_radius) * .7);
}
.more:hover { border-color: var(--_accent); }
.tabs { display: flex; gap: .25rem; margin: 0 .2rem .5rem; border-bottom: 1px solid var(--_border); }
.tab {
  font: inherit; font-size: .85em; font-weight: 600; color: var(--_muted); cursor: pointer; background: none;
  border: 0; border-bottom: 2px solid transparent; padding: .3rem .6rem; margin-bottom: -1px;
}
.tab[aria-selected="true"] { color: var(--_accent); border-bottom-color: var(--_accent); }
.suggestions { display: flex; flex-wrap: wrap; align-items: baseline; gap: .3rem; padding: .1rem .2rem .5rem; }
.suggestions > span { font-size: .72em; font-weight: 600; letter-spacing: .06em; text-transform: uppercase; color: var(--_muted); margin-right: .2rem; }
.suggestion small { color: var(--_muted); font-size: .85em; }
.fix { font: inherit; color: var(--_accent); background: none; border: 0; padding: 0; cursor: pointer; text-decoration: underline; font-weight: 600; }
.didyoumean { margin: .2rem .3rem .4rem; font-size: .9em; }
.quote { display: block; margin: 0; font-size: .92em; border-left: 3px solid var(--_border); padding-left: .6rem; overflow-wrap: anywhere; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@media (forced-colors: active) { li[aria-selected="true"] { outline: 2px solid Highlight; } }`;

  // One constructed stylesheet for every box on the page: unlike a <style> element, it needs no 'unsafe-inline' in the
  // page's Content-Security-Policy, so the widget works on pages with a strict policy (ours included).
  let sheet = null;
  function adoptStyles(root) {
    if (!('adoptedStyleSheets' in ShadowRoot.prototype)) {
      root.prepend(Object.assign(document.createElement('style'), { textContent: STYLE }));
      return;
    }
    if (!sheet) {
      sheet = new CSSStyleSheet();
      sheet.replaceSync(STYLE);
    }
    root.adoptedStyleSheets = [sheet];
  }

  const MARKUP = `<div class="box" part="box">
  <svg viewBox="0 0 20 20" aria-hidden="true"><circle cx="8.5" cy="8.5" r="5.75" fill="none" stroke="currentColor" stroke-width="2"/><path d="m13 13 4.5 4.5" stroke="currentColor" stroke-width="2" stroke-linecap="round"/></svg>
  <input part="input" type="search" role="combobox" aria-label="Search news articles" aria-autocomplete="list"
    aria-controls="results" aria-expanded="false" autocomplete="off" spellcheck="false">
  <kbd aria-hidden="true" title="Press / to search">/</kbd>
</div>
<div class="panel" part="panel" hidden>
  <div class="tabs" role="tablist" aria-label="Search in" part="tabs">
    <button class="tab" type="button" role="tab" data-tab="articles" aria-selected="true">Articles</button>
    <button class="tab" type="button" role="tab" data-tab="quotes" aria-selected="false">Quotes</button>
  </div>
  <slot name="tools"></slot>
  <div class="suggestions" part="suggestions" role="group" aria-label="Suggestions" hidden></div>
  <div class="chips" part="chips" hidden></div>
  <p class="didyoumean" part="did-you-mean" hidden>Did you mean <button class="fix" type="button"></button>?</p>
  <p class="count" part="count" aria-hidden="true"></p>
  <p class="error" part="error" role="alert" hidden></p>
  <ul id="results" role="listbox" part="results" aria-label="Search results"></ul>
  <button class="more" part="more" type="button" hidden>More results</button>
</div>
<p class="sr" role="status" aria-live="polite"></p>`;

  const LABELS = { speaker: 'Speaker', location: 'Location', date: 'Year' };

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text != null) node.textContent = String(text);
    return node;
  }

  // The API's escaped highlight as nodes: text, and <mark> elements made here. A <template> parses without
  // running scripts or loading images; anything but text and <mark> is reduced to its text.
  function highlighted(html) {
    const template = document.createElement('template');
    template.innerHTML = html;
    const out = document.createDocumentFragment();
    for (const node of template.content.childNodes) {
      out.append(node.nodeName === 'MARK' ? el('mark', '', node.textContent) : node.textContent);
    }
    return out;
  }

  function formatDate(iso) {
    const date = new Date(`${iso}T00:00:00Z`);
    return Number.isNaN(date.getTime()) ? iso
      : date.toLocaleDateString(undefined, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' });
  }

  const plural = (n, word) => `${n.toLocaleString()} ${word}${n === 1 ? '' : 's'}`;

  class NewsSearch extends HTMLElement {
    static observedAttributes = ['placeholder', 'filters'];

    #root;
    #ui;
    #query = { q: '', speaker: [], location: [], from: '', to: '', sort: 'relevance', tab: 'articles' };
    #page = 1;
    #hits = [];
    #hitsTab = 'articles';
    #response = null;
    #suggestions = [];
    #suggestSeq = 0;
    #suggestController = null;
    #active = -1;
    #seq = 0;
    #controller = null;
    #timer = 0;
    #onDocumentKey = (e) => this.#documentKey(e);
    #onDocumentPointer = (e) => { if (!e.composedPath().includes(this)) this.#open(false); };

    constructor() {
      super();
      this.#root = this.attachShadow({ mode: 'open', delegatesFocus: true });
      this.#root.innerHTML = MARKUP;
      adoptStyles(this.#root);
      const $ = (selector) => this.#root.querySelector(selector);
      this.#ui = {
        input: $('input'), panel: $('.panel'), chips: $('.chips'), count: $('.count'), error: $('.error'),
        list: $('ul'), more: $('.more'), status: $('[role=status]'),
        tabs: $('.tabs'), suggestions: $('.suggestions'), didYouMean: $('.didyoumean'), fix: $('.fix'),
      };
      const { input, list, chips, more, tabs, suggestions, fix } = this.#ui;
      tabs.addEventListener('click', (e) => {
        const tab = e.target.closest('[role=tab]');
        if (tab) this.update({ tab: tab.dataset.tab });
      });
      suggestions.addEventListener('click', (e) => {
        const button = e.target.closest('.suggestion');
        if (button) this.#useSuggestion(button.dataset.type, button.dataset.text);
      });
      fix.addEventListener('click', () => this.update({ q: fix.textContent }));
      input.addEventListener('input', () => this.#typed());
      input.addEventListener('keydown', (e) => this.#key(e));
      input.addEventListener('focus', () => { if (this.#hits.length || this.#response) this.#open(true); });
      list.addEventListener('click', (e) => {
        const option = e.target.closest('[role=option]');
        if (option) this.#openHit(Number(option.dataset.index), e.ctrlKey || e.metaKey || e.shiftKey);
      });
      chips.addEventListener('click', (e) => {
        const chip = e.target.closest('.chip');
        if (chip) this.toggleFilter(chip.dataset.field, chip.dataset.value);
      });
      more.addEventListener('click', () => this.#search(this.#page + 1));
      // Focus moving inside the shadow tree does not reach the host, so this is focus leaving the box for elsewhere.
      this.addEventListener('focusout', (e) => { if (e.relatedTarget && !this.contains(e.relatedTarget)) this.#open(false); });
    }

    connectedCallback() {
      this.#render();
      this.#open(false);
      document.addEventListener('keydown', this.#onDocumentKey);
      document.addEventListener('pointerdown', this.#onDocumentPointer);
      // Inline (full-page) use lists the newest articles before anything is typed; a caller's update() overtakes this.
      if (this.#inline) this.#searchSoon();
    }

    disconnectedCallback() {
      document.removeEventListener('keydown', this.#onDocumentKey);
      document.removeEventListener('pointerdown', this.#onDocumentPointer);
      this.#controller?.abort();
    }

    attributeChangedCallback() {
      this.#render();
    }

    /** The current search: q, speaker[], location[], from, to, sort, tab ('articles' or 'quotes'), and year when the dates span exactly one year. */
    get state() {
      const { from, to } = this.#query;
      const year = from.slice(0, 4);
      return {
        ...this.#query, speaker: [...this.#query.speaker], location: [...this.#query.location],
        year: from === `${year}-01-01` && to === `${year}-12-31` ? year : '',
      };
    }

    /** Changes any of q, speaker, location, from, to, sort, tab and searches at once. */
    update(changes) {
      for (const key of Object.keys(this.#query)) {
        if (!(key in changes)) continue;
        const value = changes[key];
        this.#query[key] = Array.isArray(this.#query[key]) ? [...(value ?? [])].map(String) : String(value ?? '');
      }
      if (this.#query.sort !== 'date') this.#query.sort = 'relevance';
      if (this.#query.tab !== 'quotes') this.#query.tab = 'articles';
      this.#ui.input.value = this.#query.q;
      if (this.#inline || this.#hasCriteria) this.#search(1);
      else this.#clear();
    }

    /** Turns a speaker, location or year filter on or off. */
    toggleFilter(field, value) {
      if (field === 'year' || field === 'date') {
        const on = this.state.year === value;
        this.update({ from: on ? '' : `${value}-01-01`, to: on ? '' : `${value}-12-31` });
      } else if (field === 'speaker' || field === 'location') {
        const list = this.#query[field];
        this.update({ [field]: list.includes(value) ? list.filter((v) => v !== value) : [...list, value] });
      }
    }

    get #inline() { return this.hasAttribute('inline'); }

    get #endpoint() { return (this.getAttribute('endpoint') || SCRIPT_ORIGIN).replace(/\/+$/, ''); }

    get #headers() {
      const key = this.getAttribute('api-key');
      return key ? { Accept: 'application/json', 'X-Api-Key': key } : { Accept: 'application/json' };
    }

    get #size() {
      const size = parseInt(this.getAttribute('size') ?? '', 10);
      return size >= 1 ? Math.min(size, 100) : 5;
    }

    get #filters() {
      const attr = this.getAttribute('filters');
      return attr === null ? FILTERS : FILTERS.filter((f) => attr.split(/[\s,]+/).includes(f));
    }

    get #hasCriteria() {
      const { q, speaker, location, from, to } = this.#query;
      return Boolean(q.trim() || speaker.length || location.length || from || to);
    }

    #typed() {
      this.#query.q = this.#ui.input.value;
      if (this.#inline || this.#hasCriteria) this.#searchSoon();
      else this.#clear();
    }

    #searchSoon() {
      clearTimeout(this.#timer);
      this.#timer = setTimeout(() => this.#search(1), DEBOUNCE_MS);
    }

    async #search(page) {
      clearTimeout(this.#timer);
      // Only the latest request may render: older ones are cancelled, and ignored should they still answer.
      const seq = ++this.#seq;
      this.#controller?.abort();
      const controller = new AbortController();
      this.#controller = controller;
      const { q, speaker, location, from, to, sort, tab } = this.#query;
      // Quotes have a speaker and a date but no places, and are ranked by relevance (newest first without words).
      const params = new URLSearchParams({ q: q.trim(), page: String(page), size: String(this.#size) });
      if (tab === 'articles') params.set('sort', sort);
      speaker.forEach((v) => params.append('speaker', v));
      if (tab === 'articles') location.forEach((v) => params.append('location', v));
      if (from) params.set('from', from);
      if (to) params.set('to', to);
      if (page === 1) this.#suggest(q.trim());
      this.#ui.list.setAttribute('aria-busy', 'true');
      try {
        const response = await fetch(`${this.#endpoint}/api/${tab === 'quotes' ? 'quotes' : 'search'}?${params}`, {
          signal: controller.signal, headers: this.#headers,
        });
        const body = await response.json().catch(() => null);
        if (seq !== this.#seq) return;
        if (!response.ok || !body) throw new Error(body?.detail || `Search failed (HTTP ${response.status}).`);
        this.#page = page;
        this.#hitsTab = tab;
        this.#hits = page === 1 ? body.hits : [...this.#hits, ...body.hits];
        this.#response = body;
        this.#showError('');
        this.#render(page > 1 ? this.#hits.length - body.hits.length : -1);
        this.dispatchEvent(new CustomEvent('news-search-results', { bubbles: true, detail: { state: this.state, response: body } }));
      } catch (err) {
        if (seq !== this.#seq || err.name === 'AbortError') return;
        this.#hits = [];
        this.#response = null;
        this.#render();
        // fetch rejects with a TypeError when the network or CORS refuses the request.
        this.#showError(err instanceof TypeError ? 'Could not reach the search service.' : err.message);
      } finally {
        if (seq === this.#seq) this.#ui.list.removeAttribute('aria-busy');
      }
    }

    // Completions for what is typed; a newer keystroke cancels an older request, and a failure just shows none.
    async #suggest(q) {
      const seq = ++this.#suggestSeq;
      this.#suggestController?.abort();
      if (q.length < 2) {
        this.#showSuggestions([]);
        return;
      }
      const controller = new AbortController();
      this.#suggestController = controller;
      try {
        const response = await fetch(`${this.#endpoint}/api/suggest?${new URLSearchParams({ q, size: '5' })}`, {
          signal: controller.signal, headers: this.#headers,
        });
        const body = response.ok ? await response.json() : null;
        if (seq === this.#suggestSeq) this.#showSuggestions(body?.suggestions ?? []);
      } catch {
        if (seq === this.#suggestSeq) this.#showSuggestions([]);
      }
    }

    #showSuggestions(suggestions) {
      this.#suggestions = suggestions;
      const { suggestions: box } = this.#ui;
      const buttons = suggestions.map(({ text, type, count }) => {
        const button = el('button', 'chip suggestion', text);
        button.type = 'button';
        button.part = 'suggestion';
        button.dataset.type = type;
        button.dataset.text = text;
        button.title = `${type}, ${plural(count, 'article')}`;
        button.append(el('small', '', type));
        return button;
      });
      box.replaceChildren(...(buttons.length ? [el('span', '', 'Suggestions'), ...buttons] : []));
      box.hidden = buttons.length === 0;
    }

    // A speaker or place becomes a filter in place of the typed letters; a person or title is searched as a phrase.
    #useSuggestion(type, text) {
      const { speaker, location } = this.#query;
      if (type === 'speaker') this.update({ q: '', speaker: speaker.includes(text) ? speaker : [...speaker, text] });
      else if (type === 'place') this.update({ q: '', location: location.includes(text) ? location : [...location, text] });
      else this.update({ q: `"${text.replaceAll('"', '')}"` });
      this.#showSuggestions([]);
      this.#ui.input.focus();
    }

    #clear() {
      clearTimeout(this.#timer);
      this.#seq++;
      this.#suggestSeq++;
      this.#showSuggestions([]);
      this.#controller?.abort();
      this.#query = { ...this.#query, q: '', speaker: [], location: [], from: '', to: '' };
      this.#ui.input.value = '';
      this.#hits = [];
      this.#response = null;
      this.#showError('');
      this.#render();
      this.#open(false);
    }

    #showError(message) {
      this.#ui.error.textContent = message;
      this.#ui.error.hidden = !message;
      if (message) this.#open(true);
    }

    // firstNew: index of the first appended hit after "More results", to keep keyboard users where they were.
    #render(firstNew = -1) {
      const { input, list, count, more, status } = this.#ui;
      input.placeholder = this.getAttribute('placeholder') ?? 'Search news…';
      for (const tab of this.#ui.tabs.children) tab.setAttribute('aria-selected', String(tab.dataset.tab === this.#query.tab));
      this.#renderChips();
      const quotes = this.#hitsTab === 'quotes';
      list.setAttribute('aria-label', quotes ? 'Quotes' : 'Search results');
      list.replaceChildren(...this.#hits.map((hit, i) => (quotes ? this.#renderQuote(hit, i) : this.#renderHit(hit, i))));
      const body = this.#response;
      const total = body?.total ?? 0;
      const noun = quotes ? 'quote' : 'result';
      const { didYouMean, fix } = this.#ui;
      fix.textContent = body?.suggestion ?? '';
      didYouMean.hidden = !body?.suggestion;
      count.hidden = !body;
      count.textContent = !body ? '' : total === 0 ? `No ${quotes ? 'quotes' : 'articles'} match your search.`
        : total > this.#hits.length ? `Showing ${this.#hits.length} of ${plural(total, noun)}` : plural(total, noun);
      status.textContent = !body ? '' : total === 0 ? `No ${noun}s.`
        : `${plural(total, noun)}${total > this.#hits.length ? `, ${this.#hits.length} shown` : ''}. Use the up and down arrows to move through them.`;
      more.hidden = !body || this.#hits.length >= total;
      if (firstNew >= 0) {
        this.#setActive(firstNew);
        if (more.hidden) input.focus();
      } else this.#setActive(-1);
      if (body && (this.#inline || this.matches(':focus-within'))) this.#open(true);
    }

    #renderChips() {
      const { chips } = this.#ui;
      const facets = this.#response?.facets ?? {};
      const groups = this.#filters.map((field) => {
        const chosen = field === 'date' ? [this.state.year].filter(Boolean) : this.#query[field];
        const counted = (facets[{ speaker: 'speakers', location: 'locations', date: 'years' }[field]] ?? [])
          .map((f) => ({ value: String(f.value), count: f.count }));
        // Chosen values stay visible even when the current facets no longer list them, so they can be turned off.
        const values = [...chosen.map((value) => counted.find((f) => f.value === value) ?? { value }),
          ...counted.filter((f) => !chosen.includes(f.value))].slice(0, Math.max(CHIPS_PER_GROUP, chosen.length));
        if (!values.length) return null;
        const group = el('div', 'group');
        group.setAttribute('role', 'group');
        group.setAttribute('aria-label', `Filter by ${LABELS[field].toLowerCase()}`);
        const chipList = el('div', 'values');
        group.append(el('span', '', LABELS[field]), chipList);
        for (const { value, count } of values) {
          const chip = el('button', 'chip', value);
          chip.type = 'button';
          chip.part = 'chip';
          chip.dataset.field = field;
          chip.dataset.value = value;
          chip.setAttribute('aria-pressed', String(chosen.includes(value)));
          if (count != null) chip.append(el('small', '', count.toLocaleString()));
          chipList.append(chip);
        }
        return group;
      }).filter(Boolean);
      chips.replaceChildren(...groups);
      chips.hidden = groups.length === 0;
    }

    // One listbox option per result; Enter or a click opens the article with this id.
    #resultOption(index, articleId) {
      const option = el('li');
      option.id = `result-${index}`;
      option.part = 'result';
      option.dataset.index = String(index);
      option.dataset.id = articleId;
      option.setAttribute('role', 'option');
      option.setAttribute('aria-selected', 'false');
      return option;
    }

    #renderHit(hit, index) {
      const option = this.#resultOption(index, hit.id);

      const title = el('span', 'title');
      title.part = 'result-title';
      title.append(hit.highlight?.title ? highlighted(hit.highlight.title) : hit.title || '(untitled)');
      option.append(title);

      const meta = el('span', 'meta');
      meta.part = 'result-meta';
      if (hit.date) {
        const time = el('time', '', formatDate(hit.date));
        time.dateTime = hit.date;
        meta.append(time);
      }
      if (hit.speakers?.length) meta.append(el('span', '', `Quoted: ${hit.speakers.join(', ')}`));
      if (hit.locations?.length) meta.append(el('span', '', hit.locations.join(', ')));
      if (meta.childElementCount) option.append(meta);

      const fragments = (hit.highlight?.body ?? []).filter(Boolean);
      if (fragments.length) {
        const snippet = el('span', 'snippet');
        snippet.part = 'result-snippet';
        fragments.forEach((fragment, i) => snippet.append(i ? ' … ' : '', highlighted(fragment)));
        option.append(snippet);
      }
      return option;
    }

    #renderQuote(hit, index) {
      const option = this.#resultOption(index, hit.articleId);

      const text = el('q', 'quote');
      text.part = 'quote';
      text.append(highlighted(hit.text ?? ''));
      const meta = el('span', 'meta');
      meta.part = 'result-meta';
      meta.append(el('strong', 'speaker', hit.speaker));
      if (hit.title) meta.append(el('span', '', hit.title));
      if (hit.date) {
        const time = el('time', '', formatDate(hit.date));
        time.dateTime = hit.date;
        meta.append(time);
      }
      option.append(text, meta);
      return option;
    }

    #open(open) {
      const show = open || this.#inline;
      this.#ui.panel.hidden = !show;
      this.#ui.input.setAttribute('aria-expanded', String(show && this.#hits.length > 0));
      if (!show) this.#setActive(-1);
    }

    #setActive(index) {
      const options = this.#ui.list.children;
      options[this.#active]?.setAttribute('aria-selected', 'false');
      options[this.#active]?.setAttribute('part', 'result');
      this.#active = index;
      const option = options[index];
      if (option) {
        option.setAttribute('aria-selected', 'true');
        option.setAttribute('part', 'result result-active');
        option.scrollIntoView({ block: 'nearest' });
        this.#ui.input.setAttribute('aria-activedescendant', option.id);
      } else this.#ui.input.removeAttribute('aria-activedescendant');
    }

    #key(e) {
      const count = this.#hits.length;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        if (!count) return;
        e.preventDefault();
        this.#open(true);
        const step = e.key === 'ArrowDown' ? 1 : -1;
        this.#setActive(this.#active < 0 && step < 0 ? count - 1 : (this.#active + step + count) % count);
      } else if (e.key === 'Enter') {
        e.preventDefault();
        if (this.#active >= 0) this.#openHit(this.#active, e.ctrlKey || e.metaKey || e.shiftKey);
        else this.#search(1);
      } else if (e.key === 'Escape') {
        e.preventDefault();
        if (this.#inline) this.update({ q: '' });
        else this.#clear();
      }
    }

    // "/" focuses the box unless the user is typing somewhere; the first box on a page takes it.
    #documentKey(e) {
      if (e.key !== '/' || e.defaultPrevented || e.ctrlKey || e.metaKey || e.altKey) return;
      const target = e.composedPath()[0];
      if (target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
      e.preventDefault();
      this.#ui.input.focus();
    }

    #href(hit) {
      // Only web links from the data (never javascript: and the like); otherwise the API's article page.
      try {
        const url = new URL(hit.url);
        if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
      } catch { /* no url, or not a valid one */ }
      return `${this.#endpoint}/articles/${encodeURIComponent(hit.articleId ?? hit.id)}`;
    }

    #openHit(index, newTab) {
      const hit = this.#hits[index];
      if (!hit) return;
      if (newTab) window.open(this.#href(hit), '_blank', 'noopener');
      else window.location.assign(this.#href(hit));
    }
  }

  customElements.define('news-search', NewsSearch);
})();
