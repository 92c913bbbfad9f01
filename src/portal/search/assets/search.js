/*
 * Cổng Chính sách — static search client (no dependencies, no build step).
 *
 * Needs vn-text.js loaded first. Activates on every element with the
 * attribute data-cc-search (usually <div id="cc-search" data-cc-search>):
 * renders a <form role="search">, filters and a result list into it, reads
 * ?q= and the filter parameters from the URL, and searches the static index
 * written by portal.search.build_search_index().
 *
 * Where the index is: the element's data-index attribute (a URL relative to
 * the page), else "../idx/" relative to this script's own URL (the build puts
 * the client in <prefix>assets/ and the index in <prefix>idx/).
 *
 * Index files are scripts calling __ccs(name, data); they are loaded with
 * <script> elements, so the search also works from file://.
 *
 * Ranking, per document (see portal/search/postings.py for the data):
 *   every query syllable must match on its folded key (fold_iy) — unless the
 *   query holds a document number: then the number must match and the words
 *   only rank; when no page has every word, pages missing one are shown;
 *   +1000 per syllable matched with the same diacritics (match_key), +500
 *   more when that exact hit is in the title, only when the query itself has
 *   diacritics; +10 per syllable in the title; +40/+20 per adjacent pair of
 *   query syllables found adjacent in the title / elsewhere; a document
 *   number in the query: +100000 own number exact, +50000 own number
 *   loosely (HĐND = HDND), +5000 / +2500 cited in the text. Ties: newest first.
 */
(function () {
  "use strict";
  var T = window.CCSearchText;
  if (!T) { throw new Error("search.js: load vn-text.js first"); }

  var ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";
  var DIGIT = {};
  for (var a = 0; a < ALPHABET.length; a++) { DIGIT[ALPHABET.charAt(a)] = a; }
  var FORMAT_VERSION = 1;
  var PAGE_SIZE = 20;
  var W = { exact: 1000, exactTitle: 500, title: 10, pairTitle: 40, pairOther: 20,
    ownExact: 100000, ownLoose: 50000, citedExact: 5000, citedLoose: 2500 };

  var SCRIPT_URL = (document.currentScript && document.currentScript.src) || location.href;

  /** Ids from the gap code of portal/search/encoding.py. */
  function decodeIds(code) {
    var ids = [];
    var prev = -1, value = 0, shift = 0;
    for (var i = 0; i < code.length; i++) {
      var d = DIGIT[code.charAt(i)];
      if (d >= 32) { value += (d - 32) * Math.pow(2, shift); shift += 5; continue; }
      value += d * Math.pow(2, shift);
      prev = prev + value + 1;
      ids.push(prev);
      value = 0; shift = 0;
    }
    return ids;
  }

  /** A set from encoding.encode_set: gap code, or "~" + the complement's code. */
  function decodeSet(code, universe) {
    if (code.charAt(0) !== "~") { return decodeIds(code); }
    var absent = decodeIds(code.slice(1)), out = [], j = 0;
    for (var i = 0; i < universe; i++) {
      if (j < absent.length && absent[j] === i) { j++; } else { out.push(i); }
    }
    return out;
  }

  /** Postings from encoding.encode_postings: {all: ids, title: ids}. */
  function decodePostings(pair, total) {
    var all = decodeSet(pair[0], total);
    var pos = decodeSet(pair[1], all.length);
    var title = new Array(pos.length);
    for (var i = 0; i < pos.length; i++) { title[i] = all[pos[i]]; }
    return { all: all, title: title };
  }

  function decodeSmall(s, at, width) {
    var v = 0;
    for (var i = width - 1; i >= 0; i--) { v = v * 64 + DIGIT[s.charAt(at + i)]; }
    return v;
  }

  /** 32-bit FNV-1a of the UTF-8 bytes, as in encoding.fnv1a. */
  function fnv1a(text) {
    var bytes = new TextEncoder().encode(text);
    var h = 0x811c9dc5;
    for (var i = 0; i < bytes.length; i++) { h ^= bytes[i]; h = Math.imul(h, 0x01000193) >>> 0; }
    return h >>> 0;
  }

  /* ------------------------------------------------------------ loading */

  var waiting = {};
  window.__ccs = function (name, data) {
    var w = waiting[name];
    if (w) { w.data = data; w.got = true; }
  };

  /** One index instance: a base URL and its cached files. */
  function Index(base) {
    this.base = base;
    this.files = {};
    this.manifest = null;
    this.terms = {};
  }

  Index.prototype.load = function (name) {
    var self = this;
    if (self.files[name]) { return self.files[name]; }
    var p = new Promise(function (resolve, reject) {
      var slot = { got: false, data: null };
      waiting[name] = slot;
      var el = document.createElement("script");
      var v = self.manifest ? "?v=" + self.manifest.id : "";
      el.src = new URL(name + ".js" + v, self.base).href;
      el.async = true;
      el.onload = function () {
        el.remove();
        if (waiting[name] === slot) { delete waiting[name]; }
        if (slot.got) { resolve(slot.data); } else { reject(new Error("no data in " + name)); }
      };
      el.onerror = function () {
        el.remove();
        if (waiting[name] === slot) { delete waiting[name]; }
        reject(new Error("cannot load " + name));
      };
      document.head.appendChild(el);
    });
    self.files[name] = p;
    p.catch(function () { delete self.files[name]; });
    return p;
  };

  Index.prototype.ready = function () {
    var self = this;
    if (!self._ready) {
      self._ready = self.load("manifest").then(function (m) {
        if (!m || m.v !== FORMAT_VERSION) { throw new Error("unsupported index format"); }
        self.manifest = m;
        self.root = new URL(m.root || "../../", self.base).href;
        return m;
      });
      self._ready.catch(function () { self._ready = null; });
    }
    return self._ready;
  };

  /** Entry of one term: u/s → [{key, all, title}…] (one per spelling), b → {all, title}. */
  Index.prototype.term = function (family, key) {
    var self = this;
    var id = family + ":" + key;
    if (self.terms[id]) { return Promise.resolve(self.terms[id]); }
    var shard = fnv1a(id) % self.manifest.shards;
    var total = self.manifest.n;
    return self.load("t/" + shard).then(function (data) {
      var raw = (data[family] || {})[key];
      var out;
      if (!raw) { out = family === "b" ? { all: [], title: [] } : []; }
      else if (family === "b") { out = decodePostings(raw, total); }
      else {
        out = raw.map(function (v) {
          var p = decodePostings([v[1], v[2]], total);
          p.key = v[0];
          return p;
        });
      }
      self.terms[id] = out;
      return out;
    });
  };

  Index.prototype.facets = function () {
    var self = this;
    if (!self._facets) {
      self._facets = self.load("facets").then(function (f) {
        var n = self.manifest.n;
        var cols = {};
        ["kind", "year", "body", "status"].forEach(function (name) {
          var w = f.w[name], s = f[name], col = new Int32Array(n);
          for (var i = 0; i < n; i++) { col[i] = decodeSmall(s, i * w, w) - 1; }
          cols[name] = col;
        });
        var fw = f.w.field;
        cols.field = f.field.split(",").map(function (s) {
          var list = [];
          for (var i = 0; i < s.length; i += fw) { list.push(decodeSmall(s, i, fw) - 1); }
          return list;
        });
        return cols;
      });
      self._facets.catch(function () { self._facets = null; });
    }
    return self._facets;
  };

  Index.prototype.meta = function (ids) {
    var self = this, c = self.manifest.chunk;
    var chunks = {};
    ids.forEach(function (id) { chunks[Math.floor(id / c)] = true; });
    var names = Object.keys(chunks);
    return Promise.all(names.map(function (k) { return self.load("m/" + k); })).then(function (lists) {
      var byChunk = {};
      names.forEach(function (k, i) { byChunk[k] = lists[i]; });
      return ids.map(function (id) { return byChunk[Math.floor(id / c)][id % c]; });
    });
  };

  /* ------------------------------------------------------------ query */

  var WORD = /[\p{L}\p{N}]+/gu;

  /** The query as terms: syllables (with keys), adjacent pairs, document numbers. */
  function parseQuery(text) {
    var q = T.clean(text);
    var found = T.findSymbols(q), symbols = [], seen = {};
    found.forEach(function (s) {
      var key = T.symbolKey(s.symbol);
      if (seen[key]) { return; }
      seen[key] = true;
      symbols.push({ text: s.text, key: key, loose: T.looseSymbolKey(s.symbol) });
    });
    // Cut the numbers out; " | " keeps the words on either side from pairing.
    var rest = q;
    found.slice().reverse().forEach(function (s) {
      rest = rest.slice(0, s.start) + " | " + rest.slice(s.end);
    });
    return { symbols: symbols, words: words(rest), raw: q };
  }

  function words(text) {
    var runs = [], run = [], lastEnd = -1, m;
    WORD.lastIndex = 0;
    while ((m = WORD.exec(text)) !== null) {
      if (run.length && text.slice(lastEnd, m.index).trim()) { runs.push(run); run = []; }
      run.push(m[0]);
      lastEnd = m.index + m[0].length;
    }
    if (run.length) { runs.push(run); }
    var syllables = [], pairs = [], seen = {}, seenPair = {};
    var marked = false;
    runs.forEach(function (r) {
      var prev = null;
      r.forEach(function (w) {
        var s = { word: w, fold: T.foldIy(w), match: T.matchKey(w) };
        if (s.match !== T.fold(w)) { marked = true; }
        var id = s.fold + "\u0000" + s.match;
        if (!seen[id]) { seen[id] = true; syllables.push(s); }
        if (prev) {
          var p = prev.fold + " " + s.fold;
          if (!seenPair[p]) { seenPair[p] = true; pairs.push(p); }
        }
        prev = s;
      });
    });
    return { syllables: syllables, pairs: pairs, marked: marked };
  }

  /**
   * Rank the documents for a parsed query.
   * Returns {ids, score (Float64Array by doc id), complete (every term matched),
   * missing (numbers of the query that no document has)}.
   */
  function rank(index, parsed) {
    var n = index.manifest.n;
    var syl = parsed.words.syllables, pairs = parsed.words.pairs;
    var jobs = [];
    syl.forEach(function (s) { jobs.push(index.term("u", s.fold)); });
    pairs.forEach(function (p) { jobs.push(index.term("b", p)); });
    parsed.symbols.forEach(function (s) { jobs.push(index.term("s", s.loose)); });
    return Promise.all(jobs).then(function (entries) {
      var count = new Uint8Array(n), symCount = new Uint8Array(n);
      var score = new Float64Array(n), lvl = new Uint8Array(n);
      var required = 0, k = 0;
      syl.forEach(function (s) {
        var variants = entries[k++];
        required++;
        lvl.fill(0);
        variants.forEach(function (v) {
          var ex = parsed.words.marked && v.key === s.match;
          var i, ids = v.all;
          for (i = 0; i < ids.length; i++) { lvl[ids[i]] |= ex ? 5 : 1; }
          ids = v.title;
          for (i = 0; i < ids.length; i++) { lvl[ids[i]] |= ex ? 14 : 2; }
        });
        for (var d = 0; d < n; d++) {
          var l = lvl[d];
          if (!l) { continue; }
          count[d]++;
          score[d] += (l & 2 ? W.title : 0) + (l & 4 ? W.exact : 0) + (l & 8 ? W.exactTitle : 0);
        }
      });
      pairs.forEach(function () {
        var e = entries[k++], i;
        for (i = 0; i < e.all.length; i++) { score[e.all[i]] += W.pairOther; }
        for (i = 0; i < e.title.length; i++) { score[e.title[i]] += W.pairTitle - W.pairOther; }
      });
      var missing = [];
      parsed.symbols.forEach(function (s) {
        var variants = entries[k++];
        if (!variants.length) { missing.push(s); return; }
        required++;
        lvl.fill(0);
        variants.forEach(function (v) {
          var ex = v.key === s.key, i;
          for (i = 0; i < v.all.length; i++) { lvl[v.all[i]] |= ex ? 4 : 8; }
          for (i = 0; i < v.title.length; i++) { lvl[v.title[i]] |= ex ? 1 : 2; }
        });
        for (var d = 0; d < n; d++) {
          var l = lvl[d];
          if (!l) { continue; }
          count[d]++;
          symCount[d]++;
          score[d] += l & 1 ? W.ownExact : l & 2 ? W.ownLoose : l & 4 ? W.citedExact : W.citedLoose;
        }
      });
      // With a document number in the query, the number decides and the words
      // only rank ("Nghị quyết số 15/2023/NQ-HĐND" must find the page even
      // though "số" is not in it). Otherwise every word is required; when no
      // page has them all, pages missing one word are shown, labelled.
      var best = 0, d;
      for (d = 0; d < n; d++) { if (count[d] > best) { best = count[d]; } }
      var symbolsFound = parsed.symbols.length - missing.length;
      var ids = [], complete = true;
      if (symbolsFound > 0) {
        for (d = 0; d < n; d++) { if (symCount[d] === symbolsFound) { ids.push(d); } }
      } else if (best > 0 && (best === required || (required >= 2 && best >= required - 1))) {
        complete = best === required;
        for (d = 0; d < n; d++) { if (count[d] === best) { ids.push(d); } }
      }
      return { ids: ids, score: score, complete: complete, missing: missing };
    });
  }

  /** Full search: parse, fall back to words when a number is unknown, rank. */
  function search(index, text) {
    return index.ready().then(function () {
      var parsed = parseQuery(text);
      if (!parsed.symbols.length && !parsed.words.syllables.length) {
        return { ids: [], score: null, complete: true, parsed: parsed };
      }
      return rank(index, parsed).then(function (r) {
        if (!r.missing.length) { r.parsed = parsed; return r; }
        // A number nobody has: search its words instead ("100/ha" is not a number).
        var again = parseQuery(text);
        var plain = r.missing.map(function (s) { return s.text; }).join(" | ");
        var keep = again.symbols.filter(function (s) {
          return !r.missing.some(function (m) { return m.loose === s.loose; });
        });
        var w = words(plain);
        again.symbols = keep;
        again.words.syllables = again.words.syllables.concat(w.syllables);
        again.words.pairs = again.words.pairs.concat(w.pairs);
        again.words.marked = again.words.marked || w.marked;
        return rank(index, again).then(function (r2) { r2.parsed = again; return r2; });
      });
    });
  }

  /* ------------------------------------------------------------ UI */

  var FILTERS = [
    { name: "field", param: "linhvuc", label: "Lĩnh vực" },
    { name: "year", param: "nam", label: "Năm" },
    { name: "body", param: "coquan", label: "Cơ quan ban hành" },
    { name: "status", param: "tinhtrang", label: "Tình trạng hiệu lực" },
    { name: "kind", param: "loai", label: "Loại" }
  ];
  var NUM = new Intl.NumberFormat("vi-VN");
  var uid = 0;

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === "text") { e.textContent = attrs[k]; }
      else if (k === "className") { e.className = attrs[k]; }
      else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }

  function slug(s) { return T.fold(String(s)).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, ""); }

  /** Title with the query's syllables wrapped in <mark>. */
  function highlight(title, folds) {
    var frag = document.createDocumentFragment(), last = 0, m;
    var re = /[\p{L}\p{N}]+/gu;
    while ((m = re.exec(title)) !== null) {
      if (!folds[T.foldIy(m[0])]) { continue; }
      if (m.index > last) { frag.appendChild(document.createTextNode(title.slice(last, m.index))); }
      frag.appendChild(el("mark", { text: m[0] }));
      last = m.index + m[0].length;
    }
    if (last < title.length) { frag.appendChild(document.createTextNode(title.slice(last))); }
    return frag;
  }

  function Widget(root) {
    this.root = root;
    var base = root.getAttribute("data-index");
    this.index = new Index(base ? new URL(base, location.href).href : new URL("../idx/", SCRIPT_URL).href);
    this.n = ++uid;
    this.shown = 0;
    this.result = null;
    this.seq = 0;
    this.build();
  }

  Widget.prototype.build = function () {
    var self = this, id = "cc-search-" + self.n;
    var input = el("input", {
      id: id + "-q", name: "q", type: "search", autocomplete: "off", spellcheck: "false",
      className: "cc-search__input", "aria-describedby": id + "-hint",
      placeholder: "Ví dụ: hỗ trợ đầu tư, 15/2023/NQ-HĐND"
    });
    var selects = {};
    var filterBox = el("div", { className: "cc-search__filter-grid" });
    FILTERS.forEach(function (f) {
      var s = el("select", { id: id + "-" + f.name, name: f.param, className: "cc-search__select" },
        [el("option", { value: "", text: "Tất cả" })]);
      selects[f.name] = s;
      filterBox.appendChild(el("div", { className: "cc-search__filter" },
        [el("label", { "for": s.id, text: f.label }), s]));
    });
    var sort = el("select", { id: id + "-sort", name: "sapxep", className: "cc-search__select" }, [
      el("option", { value: "", text: "Phù hợp nhất" }),
      el("option", { value: "moi", text: "Mới nhất" })
    ]);
    filterBox.appendChild(el("div", { className: "cc-search__filter" },
      [el("label", { "for": sort.id, text: "Sắp xếp" }), sort]));
    var details = el("details", { className: "cc-search__filters" },
      [el("summary", { text: "Bộ lọc" }), filterBox]);
    var form = el("form", { role: "search", className: "cc-search__form", "aria-label": "Tìm kiếm văn bản", action: "" }, [
      el("label", { "for": input.id, className: "cc-search__label", text: "Tìm văn bản, nghị quyết, số ký hiệu" }),
      el("div", { className: "cc-search__row" }, [
        input, el("button", { type: "submit", className: "cc-search__button", text: "Tìm kiếm" })
      ]),
      el("p", { id: id + "-hint", className: "cc-search__hint",
        text: "Gõ có dấu hoặc không dấu. Có thể tìm theo số ký hiệu, ví dụ 15/2023/NQ-HĐND hoặc 238-QĐ/TW." }),
      details
    ]);
    var status = el("p", { className: "cc-search__status", role: "status", "aria-live": "polite", "aria-atomic": "true" });
    var list = el("ol", { className: "cc-search__results", "aria-label": "Kết quả tìm kiếm" });
    var more = el("button", { type: "button", className: "cc-search__more", text: "Xem thêm kết quả" });
    more.hidden = true;
    self.root.textContent = "";
    [form, status, list, more].forEach(function (e) { self.root.appendChild(e); });
    self.input = input; self.selects = selects; self.sort = sort; self.details = details;
    self.status = status; self.list = list; self.more = more;

    // A search run now (Enter, a filter, the order) takes the place of the one waiting for the
    // typing to pause: run again later, it would rebuild the list under a reader already in it.
    var timer = null;
    function runNow() { clearTimeout(timer); self.run(true); }
    form.addEventListener("submit", function (ev) { ev.preventDefault(); runNow(); });
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { self.run(false); }, 300);
    });
    Object.keys(selects).forEach(function (k) {
      selects[k].addEventListener("change", runNow);
    });
    sort.addEventListener("change", runNow);
    details.addEventListener("toggle", function () { if (details.open) { self.loadFacets(); } });
    more.addEventListener("click", function () { self.page(); });

    var params = new URLSearchParams(location.search);
    input.value = params.get("q") || "";
    self.pending = {};
    FILTERS.forEach(function (f) { self.pending[f.name] = params.get(f.param) || ""; });
    sort.value = params.get("sapxep") === "moi" ? "moi" : "";
    var anyFilter = FILTERS.some(function (f) { return self.pending[f.name]; });
    if (anyFilter) { details.open = true; }
    self.index.ready().then(function (m) {
      self.fillOptions(m);
      if (input.value.trim()) { self.run(false); }
    }, function () { self.say("Không tải được chỉ mục tìm kiếm."); });
  };

  Widget.prototype.fillOptions = function (m) {
    var self = this;
    FILTERS.forEach(function (f) {
      var s = self.selects[f.name];
      (m.facets[f.name] || []).forEach(function (pair, i) {
        s.appendChild(el("option", { value: slug(pair[0]) || String(i), "data-pos": String(i), text: pair[1] }));
      });
      if (self.pending[f.name]) { s.value = self.pending[f.name]; }
    });
  };

  Widget.prototype.say = function (text) { this.status.textContent = text; };

  Widget.prototype.filters = function () {
    var self = this, out = {};
    FILTERS.forEach(function (f) {
      var s = self.selects[f.name];
      var opt = s.options[s.selectedIndex];
      if (opt && opt.value) { out[f.name] = Number(opt.getAttribute("data-pos")); }
    });
    return out;
  };

  Widget.prototype.syncUrl = function () {
    var self = this, params = new URLSearchParams(location.search);
    var q = self.input.value.trim();
    if (q) { params.set("q", q); } else { params.delete("q"); }
    FILTERS.forEach(function (f) {
      var v = self.selects[f.name].value;
      if (v) { params.set(f.param, v); } else { params.delete(f.param); }
    });
    if (self.sort.value) { params.set("sapxep", self.sort.value); } else { params.delete("sapxep"); }
    var qs = params.toString();
    try { history.replaceState(null, "", location.pathname + (qs ? "?" + qs : "") + location.hash); } catch (e) { /* file:// */ }
  };

  Widget.prototype.loadFacets = function () {
    var self = this;
    return self.index.ready().then(function () { return self.index.facets(); }).then(function (cols) {
      self.cols = cols;
      self.updateCounts();
      return cols;
    });
  };

  Widget.prototype.updateCounts = function () {
    var self = this;
    if (!self.cols || !self.result) { return; }
    var ids = self.result.ids;
    FILTERS.forEach(function (f) {
      var counts = {}, col = self.cols[f.name];
      ids.forEach(function (d) {
        var v = col[d];
        if (f.name === "field") { v.forEach(function (x) { counts[x] = (counts[x] || 0) + 1; }); }
        else if (v >= 0) { counts[v] = (counts[v] || 0) + 1; }
      });
      var s = self.selects[f.name];
      for (var i = 1; i < s.options.length; i++) {
        var o = s.options[i], pos = Number(o.getAttribute("data-pos"));
        var label = self.index.manifest.facets[f.name][pos][1];
        o.textContent = label + " (" + NUM.format(counts[pos] || 0) + ")";
      }
    });
  };

  Widget.prototype.run = function (sync) {
    var self = this, text = self.input.value, seq = ++self.seq;
    var t0 = performance.now();
    if (sync) { self.syncUrl(); }
    if (!text.trim()) {
      self.list.textContent = ""; self.more.hidden = true; self.result = null; self.say("");
      return Promise.resolve();
    }
    self.root.setAttribute("aria-busy", "true");
    self.say("Đang tìm…");
    var filters = self.filters();
    var needFacets = Object.keys(filters).length > 0;
    return search(self.index, text).then(function (r) {
      if (seq !== self.seq) { return null; }
      return (needFacets || self.details.open ? self.loadFacets() : Promise.resolve(null)).then(function (cols) {
        if (seq !== self.seq) { return null; }
        self.result = r;
        var ids = r.ids;
        if (cols) { self.cols = cols; self.updateCounts(); }
        if (needFacets) {
          ids = ids.filter(function (d) {
            return Object.keys(filters).every(function (name) {
              var v = cols[name][d];
              return name === "field" ? v.indexOf(filters[name]) >= 0 : v === filters[name];
            });
          });
        }
        if (self.sort.value === "moi" || !r.score) { ids.sort(function (x, y) { return x - y; }); }
        else {
          var sc = r.score;
          ids.sort(function (x, y) { return sc[y] - sc[x] || x - y; });
        }
        self.ids = ids;
        self.shown = 0;
        self.list.textContent = "";
        self.folds = {};
        r.parsed.words.syllables.forEach(function (s) { self.folds[s.fold] = true; });
        return self.page().then(function () {
          if (seq !== self.seq) { return; }
          var msg;
          if (!ids.length) { msg = "Không tìm thấy kết quả nào cho “" + text.trim() + "”."; }
          else {
            msg = "Tìm thấy " + NUM.format(ids.length) + " kết quả";
            if (!r.complete) { msg += " gần đúng (không văn bản nào chứa đủ mọi từ đã gõ)"; }
            msg += ".";
          }
          self.say(msg);
          self.root.removeAttribute("aria-busy");
          self.root.dispatchEvent(new CustomEvent("cc-search:results", {
            bubbles: true, detail: { query: text, total: ids.length, ms: performance.now() - t0 }
          }));
        });
      });
    }).catch(function (err) {
      if (seq !== self.seq) { return; }
      self.root.removeAttribute("aria-busy");
      self.say("Không tải được chỉ mục tìm kiếm.");
      if (window.console) { console.error(err); }
    });
  };

  Widget.prototype.page = function () {
    var self = this, ids = self.ids.slice(self.shown, self.shown + PAGE_SIZE);
    if (!ids.length) { self.more.hidden = true; return Promise.resolve(); }
    var seq = self.seq;
    return self.index.meta(ids).then(function (rows) {
      if (seq !== self.seq) { return; }
      var m = self.index.manifest;
      rows.forEach(function (row) { self.list.appendChild(self.item(row, m)); });
      self.shown += ids.length;
      self.more.hidden = self.shown >= self.ids.length;
    });
  };

  Widget.prototype.href = function (url) {
    var u = new URL(url, this.index.root);
    if (u.protocol === "file:" && /\/$/.test(u.pathname)) { u.pathname += "index.html"; }
    return u.href;
  };

  Widget.prototype.item = function (row, m) {
    // row: [url, title, number, date, status, kind, body]
    var link = el("a", { className: "cc-result__title", href: this.href(row[0]) });
    link.appendChild(highlight(row[1], this.folds));
    var meta = el("p", { className: "cc-result__meta" });
    var kind = row[5] >= 0 ? m.facets.kind[row[5]][1] : "";
    if (kind) { meta.appendChild(el("span", { className: "cc-result__kind", text: kind })); }
    if (row[2]) {
      meta.appendChild(el("span", { className: "cc-result__number" },
        [el("span", { className: "cc-result__key", text: "Số ký hiệu: " }), document.createTextNode(row[2])]));
    }
    if (row[3]) {
      meta.appendChild(el("span", { className: "cc-result__date" },
        [el("span", { className: "cc-result__key", text: row[2] ? "Ngày ban hành: " : "Ngày: " }),
          document.createTextNode(row[3])]));
    }
    if (row[4] >= 0) {
      var st = m.facets.status[row[4]];
      meta.appendChild(el("span", { className: "cc-result__status cc-status--" + slug(st[0]), text: st[1] }));
    }
    var children = [link, meta];
    if (row[6]) { children.push(el("p", { className: "cc-result__body", text: row[6] })); }
    return el("li", { className: "cc-result" }, children);
  };

  /* ------------------------------------------------------------ start */

  var api = { decodeIds: decodeIds, decodeSet: decodeSet, decodePostings: decodePostings, fnv1a: fnv1a, parseQuery: parseQuery, Index: Index, search: search, widgets: [] };
  window.CCSearch = api;

  function start() {
    var roots = document.querySelectorAll("[data-cc-search]");
    for (var i = 0; i < roots.length; i++) {
      if (roots[i].getAttribute("data-cc-search-ready")) { continue; }
      roots[i].setAttribute("data-cc-search-ready", "1");
      api.widgets.push(new Widget(roots[i]));
    }
  }
  if (document.readyState === "loading") { document.addEventListener("DOMContentLoaded", start); }
  else { start(); }
  // Material for MkDocs "navigation.instant" swaps pages without reloading scripts.
  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(function () { start(); });
  }
}());
