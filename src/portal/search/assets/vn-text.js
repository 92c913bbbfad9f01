/*
 * Cổng Chính sách — Vietnamese text keys for the search client.
 *
 * A JavaScript twin of the Python module `portal.text`, limited to what a
 * query needs: clean(), canonTones() (old-style tone placement: hòa, thủy,
 * ủy), matchKey() (accent-sensitive, tone-canonical, lower case), fold() (every
 * mark removed, đ→d, lower case), foldIy() (fold + lý/lí, quy/qui unified),
 * tokens(), and document numbers: findSymbols(), symbolKey(), looseSymbolKey().
 *
 * The index is built in Python; the client normalises the query here. Both
 * sides must give the same keys: tests/search/test_js_parity.py compares them
 * word by word through node.
 *
 * No dependencies. Works in browsers (window.CCSearchText) and in node
 * (module.exports).
 */
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) { module.exports = api; }
  else { root.CCSearchText = api; }
}(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323";
  var TONE_RE = /[\u0300\u0301\u0303\u0309\u0323]/g;
  var VOWELS = "aăâeêioôơuưy";
  var HAT_VOWELS = "ăâêôơư";
  var ONSETS = ["ngh", "ng", "nh", "ch", "gh", "kh", "ph", "th", "tr", "gi", "qu",
    "b", "c", "d", "đ", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "x"];
  var CODAS = { "": 1, "c": 1, "ch": 1, "m": 1, "n": 1, "ng": 1, "nh": 1, "p": 1, "t": 1 };

  /** NFC, eth and African D to Đ/đ, invisible characters out, odd spaces to spaces. */
  function clean(s) {
    s = String(s == null ? "" : s);
    s = s.replace(/[\u00D0\u0189]/g, "Đ").replace(/[\u00F0\u0256]/g, "đ");
    s = s.replace(/[\u200B-\u200D\u2060\uFEFF\u00AD]/g, "");
    s = s.replace(/[\u00A0\u1680\u202F\u205F\u3000\u2000-\u200A]/g, " ");
    return s.normalize("NFC");
  }

  function isVowel(ch) { return VOWELS.indexOf(ch) >= 0; }

  /* Re-place the tone mark of one letter-only word (old style); see
     reference §1.2 rule T3. Words that do not parse are returned unchanged. */
  function canonWord(word) {
    var d = word.normalize("NFD");
    var marks = d.match(TONE_RE);
    if (!marks || marks.length !== 1) { return word; }
    var tone = marks[0];
    var before = d.slice(0, d.search(TONE_RE)).replace(/\p{M}/gu, "");
    if (!isVowel(before.slice(-1).toLowerCase().normalize("NFD").charAt(0))) { return word; }
    var base = d.replace(TONE_RE, "").normalize("NFC");
    var low = base.toLowerCase();
    if (low.length !== base.length) { return word; }
    var onset = "";
    for (var i = 0; i < ONSETS.length; i++) {
      var o = ONSETS[i];
      if (low.slice(0, o.length) === o) {
        if ((o === "gi" || o === "qu") && !(low.length > 2 && isVowel(low.charAt(2)))) { continue; }
        onset = o; break;
      }
    }
    var j = onset.length;
    var k = j;
    while (k < low.length && isVowel(low.charAt(k))) { k++; }
    var nucleus = low.slice(j, k);
    var coda = low.slice(k);
    if (nucleus.length < 1 || nucleus.length > 3 || !CODAS.hasOwnProperty(coda)) { return word; }
    var pos = -1;
    for (var h = nucleus.length - 1; h >= 0; h--) {
      if (HAT_VOWELS.indexOf(nucleus.charAt(h)) >= 0) { pos = h; break; }
    }
    if (pos < 0) {
      if (nucleus.length === 1) { pos = 0; }
      else if (coda) { pos = nucleus.length - 1; }
      else if (nucleus.length === 3) { pos = 1; }
      else { pos = 0; }
    }
    var at = j + pos;
    return (base.slice(0, at + 1) + tone + base.slice(at + 1)).normalize("NFC");
  }

  /** Old-style tone placement for every word of `s`; everything else kept. */
  function canonTones(s) {
    return clean(s).normalize("NFD").replace(/(?:\p{L}[\u0300-\u036f]*)+/gu, canonWord).normalize("NFC");
  }

  /** Accent-sensitive, tone-canonical, lower-case key ("Tỉnh uỷ" → "tỉnh ủy"). */
  function matchKey(s) {
    return canonTones(s).toLowerCase().normalize("NFC");
  }

  /** Accent-insensitive key: every mark removed, đ→d, lower case. */
  function fold(s) {
    return clean(s).normalize("NFD").replace(/\p{Mn}/gu, "")
      .replace(/đ/g, "d").replace(/Đ/g, "D").normalize("NFC").toLowerCase();
  }

  var IY_RE = /(?<!\p{L})(ngh|ng|nh|ch|gh|kh|ph|th|tr|[bcdghklmnprstvx])y(?!\p{L})/gu;
  var QUI_RE = /(?<!\p{L})qui(?!\p{L})/gu;

  /** fold() and then lý/lí, kỹ/kĩ… → li, ki; qui → quy. */
  function foldIy(s) {
    var f = fold(s);
    f = f.replace(IY_RE, "$1i");
    f = f.replace(QUI_RE, "quy");
    return f;
  }

  /** Letter/digit runs of an already cleaned, lower-cased string. */
  function tokens(s) {
    return s.match(/[\p{L}\p{N}]+/gu) || [];
  }

  /* ---------------------------------------------------------------- numbers */
  /* A port of portal/text/symbols.py: normalize_symbol, symbol_key,
     loose_symbol_key; findSymbols is its bare scan made case-insensitive,
     because a query is typed, not printed ("15/2023/nq-hdnd"). */

  var DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D\u001E]/g;
  var SLASHES = /[\u2044\u2215\uFF0F]/g;
  var L = "A-Za-zĐđ";
  var U = "A-ZĐ";
  var GROUP = "[" + U + "][" + L + "0-9]*";
  var SEP = "[ \\t]*-[ \\t]*";
  var SLASH = "[ \\t]*/[ \\t]*";
  var STATE = "(\\d{1,5})" + SLASH + "(?:((?:19|20)\\d{2})[ \\t]*([/\\-])[ \\t]*)?(" +
    GROUP + "(?:" + SEP + GROUP + ")*)";
  var PARTY = "(\\d{1,5})" + SEP + "([" + U + "][" + L + "]{0,4})" + SLASH + "(" +
    GROUP + "(?:" + SEP + GROUP + ")*)";
  var NUMBER = "(?:" + STATE + "|" + PARTY + ")(?![\\p{L}\\p{N}_])";
  var NUMBER_FULL = new RegExp("^" + NUMBER + "$", "u");
  var SO_PREFIX = /^\s*số\s*:?\s*/i;

  /** clean() and dash/slash look-alikes to ASCII, one character for one. */
  function translateDashes(s) { return s.replace(DASHES, "-").replace(SLASHES, "/"); }

  /** Display form: cleaned, ASCII separators, no whitespace, no "Số:" prefix. */
  function normalizeSymbol(s) {
    s = translateDashes(clean(s)).replace(SO_PREFIX, "");
    return s.replace(/\s+/g, "").replace(/^[.,;:]+|[.,;:]+$/g, "");
  }

  function intString(n) { return String(parseInt(n, 10)); }

  /** Exact comparison key (symbol_key): upper case, no leading zeros, Đ ≠ D. */
  function symbolKey(s) {
    var norm = normalizeSymbol(s);
    var m = NUMBER_FULL.exec(norm.toUpperCase());
    if (!m) { return norm.replace(/^0+(?=\d)/, "").toUpperCase(); }
    if (m[1]) { return (intString(m[1]) + "/" + (m[2] ? m[2] + "/" : "") + m[4]).toUpperCase(); }
    return (intString(m[5]) + "-" + m[6] + "/" + m[7]).toUpperCase();
  }

  /** Loose key (loose_symbol_key): symbolKey folded, Đ → D. */
  function looseSymbolKey(s) { return fold(symbolKey(s)).toUpperCase(); }

  var BARE = new RegExp("(?:(?<=s[ốo])|(?<![\\p{L}\\p{N}_/.,\\-]))" + NUMBER, "giu");

  /*
   * Document numbers in a query, in any spelling and case: "15/2023/NQ-HĐND",
   * "15 / 2023 / NQ – HĐND", "15/2023/nq-hdnd", "238-QD/TW".
   * Returns [{start, end, text, symbol}] (offsets into clean(query)).
   */
  function findSymbols(query) {
    var cleaned = clean(query);
    var s = translateDashes(cleaned);
    var out = [], m;
    BARE.lastIndex = 0;
    while ((m = BARE.exec(s)) !== null) {
      var sym = m[4];
      if (m[1] && !m[2] && sym.indexOf("-") < 0 && !/^[A-ZĐ]{2}/i.test(sym)) { continue; }
      var raw = cleaned.slice(m.index, m.index + m[0].length);
      out.push({ start: m.index, end: m.index + m[0].length, text: raw, symbol: normalizeSymbol(raw) });
    }
    return out;
  }

  return {
    clean: clean,
    canonTones: canonTones,
    matchKey: matchKey,
    fold: fold,
    foldIy: foldIy,
    tokens: tokens,
    findSymbols: findSymbols,
    normalizeSymbol: normalizeSymbol,
    symbolKey: symbolKey,
    looseSymbolKey: looseSymbolKey,
    TONE_MARKS: TONE_MARKS
  };
}));
