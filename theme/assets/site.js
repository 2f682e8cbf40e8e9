// Reader: dark-mode toggle and client-side search. No dependencies, no requests to other hosts.
(function () {
  "use strict";

  var root = document.documentElement;
  var storageKey = "reader-theme";

  // Theme toggle: the choice is stored and applied in <head> (before paint) on the next page.
  var toggle = document.getElementById("theme-toggle");
  var systemDark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function isDark() {
    var chosen = root.getAttribute("data-theme");
    return chosen ? chosen === "dark" : !!(systemDark && systemDark.matches);
  }

  function syncToggle() {
    if (toggle) toggle.setAttribute("aria-pressed", String(isDark()));
  }

  if (toggle) {
    syncToggle();
    toggle.addEventListener("click", function () {
      var next = isDark() ? "light" : "dark";
      root.setAttribute("data-theme", next);
      try { localStorage.setItem(storageKey, next); } catch (e) { /* private mode: the choice lasts this page */ }
      syncToggle();
    });
    if (systemDark && systemDark.addEventListener) systemDark.addEventListener("change", syncToggle);
  }

  // Timeline: the whole timeline filters itself by theme and person; without JavaScript its links lead to the
  // timeline page of each theme and person instead.
  var filter = document.getElementById("timeline-filter");
  if (filter) {
    var themeSelect = document.getElementById("timeline-theme");
    var personSelect = document.getElementById("timeline-person");
    var status = document.getElementById("timeline-status");
    var events = [].slice.call(document.querySelectorAll(".event"));
    var years = [].slice.call(document.querySelectorAll(".timeline-year"));
    var allText = status ? status.textContent : "";

    var has = function (list, value) { return (" " + (list || "") + " ").indexOf(" " + value + " ") >= 0; };

    var applyFilter = function () {
      var theme = themeSelect.value;
      var person = personSelect.value;
      var shown = 0;
      events.forEach(function (event) {
        var visible = (!theme || has(event.getAttribute("data-themes"), theme)) && (!person || has(event.getAttribute("data-people"), person));
        event.hidden = !visible;
        if (visible) shown++;
      });
      years.forEach(function (year) { year.hidden = !year.querySelector(".event:not([hidden])"); });
      if (status) {
        status.textContent = theme || person ? status.getAttribute("data-showing").replace("{shown}", shown).replace("{total}", events.length) : allText;
      }
      var params = new URLSearchParams();
      if (theme) params.set("theme", theme);
      if (person) params.set("person", person);
      var query = params.toString();
      history.replaceState(null, "", query ? "?" + query : window.location.pathname);
    };

    var chosen = new URLSearchParams(window.location.search);
    [[themeSelect, chosen.get("theme")], [personSelect, chosen.get("person")]].forEach(function (pair) {
      pair[0].value = pair[1] || "";
      if (pair[0].selectedIndex < 0) pair[0].value = "";
    });
    filter.hidden = false;
    themeSelect.addEventListener("change", applyFilter);
    personSelect.addEventListener("change", applyFilter);
    filter.addEventListener("submit", function (event) { event.preventDefault(); applyFilter(); });
    if (themeSelect.value || personSelect.value) applyFilter();
  }

  // Search: the index is fetched only when the reader starts searching.
  var form = document.querySelector("form[role=search]");
  var input = document.getElementById("search-input");
  var results = document.getElementById("search-results");
  if (!form || !input || !results) return;
  var indexUrl = form.getAttribute("data-index");
  var manifest = null;
  var loading = null;
  var shards = {};
  var timer = 0;
  var maxResults = 20;
  // A word shorter than its shard's key would need every shard under it: past this many, type more letters.
  var maxShardsPerWord = 12;

  // Case and diacritics never matter: "Shinzō" finds "shinzo", "Ё" finds "е".
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
  }

  // Han, kana and Hangul, written without spaces: read as pairs of characters (SearchTokens.cs does the same).
  function closeSet(c) {
    var n = c.charCodeAt(0);
    return (n >= 0x3040 && n <= 0x30ff) || (n >= 0x3400 && n <= 0x4dbf) || (n >= 0x4e00 && n <= 0x9fff) ||
      (n >= 0xf900 && n <= 0xfaff) || (n >= 0xac00 && n <= 0xd7af) || (n >= 0xff66 && n <= 0xff9f);
  }

  // The words of a query, as the index reads text: runs of letters and digits of two or more, the last a
  // beginning (the reader is still typing it); pairs of characters in Chinese, Japanese and Korean.
  function words(query) {
    var out = [];
    (fold(query).match(/[\p{L}\p{N}]+/gu) || []).forEach(function (run) {
      var i = 0;
      while (i < run.length) {
        var close = closeSet(run[i]);
        var j = i + 1;
        while (j < run.length && closeSet(run[j]) === close) j++;
        var part = run.slice(i, j);
        if (close) {
          if (part.length === 1) out.push({ text: part, prefix: true });
          for (var k = 0; k + 1 < part.length; k++) out.push({ text: part.slice(k, k + 2), prefix: k + 2 === part.length });
        } else if (part.length >= 2) {
          out.push({ text: part.slice(0, 40), prefix: true });
        }
        i = j;
      }
    });
    return out;
  }

  function getJson(url) {
    return fetch(url).then(function (response) {
      if (!response.ok) throw new Error(url + ": " + response.status);
      return response.json();
    });
  }

  function load() {
    if (!indexUrl) return Promise.resolve(null);
    if (!loading) {
      loading = getJson(indexUrl)
        .then(function (m) { manifest = m; return m; })
        .catch(function () { loading = null; return null; });
    }
    return loading;
  }

  function shard(kind, name) {
    var url = (kind === "terms" ? manifest.termShards : manifest.articleShards) + name + ".json";
    if (!shards[url]) {
      shards[url] = getJson(url).catch(function () { delete shards[url]; return kind === "terms" ? {} : []; });
    }
    return shards[url];
  }

  function fileName(key) {
    var name = "";
    for (var i = 0; i < key.length; i++) name += ("000" + key.charCodeAt(i).toString(16)).slice(-4);
    return name;
  }

  // The shards that can hold words beginning with the word: the longest key it begins with, and the keys that
  // begin with it (where a busy key was split by the next letter).
  function keysFor(word) {
    var longest = null;
    var longer = [];
    manifest.keys.forEach(function (key) {
      if (word.text.indexOf(key) === 0) {
        if (!longest || key.length > longest.length) longest = key;
      } else if (word.prefix && key.indexOf(word.text) === 0) {
        longer.push(key);
      }
    });
    return (longest ? [longest] : []).concat(longer);
  }

  // The articles holding the word, each with whether it is in the title: numbers newest first.
  function articlesFor(word) {
    var keys = keysFor(word);
    if (keys.length > maxShardsPerWord) return Promise.resolve(null);
    return Promise.all(keys.map(function (key) { return shard("terms", fileName(key)); })).then(function (loaded) {
      var found = new Map();
      loaded.forEach(function (terms) {
        Object.keys(terms).forEach(function (token) {
          if (word.prefix ? token.indexOf(word.text) !== 0 : token !== word.text) return;
          var article = 0;
          terms[token].forEach(function (value) {
            article += value >> 1;
            found.set(article, (found.get(article) || 0) | (value & 1));
          });
        });
      });
      return found;
    });
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // The article's opening, with the first word of the query found in it marked.
  function snippet(entry, terms) {
    var original = entry.text || "";
    var folded = fold(original);
    var at = -1;
    var length = 0;
    for (var i = 0; i < terms.length && at < 0; i++) {
      at = folded.indexOf(terms[i].text);
      length = terms[i].text.length;
    }
    var p = element("p", "snippet");
    if (entry.language) p.lang = entry.language;
    // Folding keeps most text the same length; where it does not, the opening is shown unmarked.
    if (at < 0 || folded.length !== original.length) {
      p.textContent = original;
      return p;
    }
    p.appendChild(document.createTextNode(original.slice(0, at)));
    p.appendChild(element("mark", "", original.slice(at, at + length)));
    p.appendChild(document.createTextNode(original.slice(at + length)));
    return p;
  }

  // The words come from the site's language file, through the form's data attributes; the browser picks the plural form.
  function say(name, values) {
    var text = form.getAttribute("data-" + name) || "";
    Object.keys(values).forEach(function (key) { text = text.split("{" + key + "}").join(String(values[key])); });
    return text;
  }

  function found(count, query) {
    if (count === 0) return say("none", { query: query });
    var plural = "other";
    try { plural = new Intl.PluralRules(form.getAttribute("data-plural-language") || "en").select(count); } catch (e) { /* an unknown tag */ }
    var name = form.hasAttribute("data-found-" + plural) ? "found-" + plural : "found-other";
    if (!form.hasAttribute("data-" + name)) name = "found-many";
    var text = say(name, { count: count, query: query });
    return count > maxResults ? text + " " + say("showing-first", { count: maxResults }) : text;
  }

  function status(text) {
    results.textContent = "";
    results.appendChild(element("p", "search-status", text));
  }

  // Every word must be found; articles holding every word in the title come first, then newest first.
  function find(query) {
    var terms = words(query);
    if (!terms.length) return Promise.resolve({ terms: terms, found: null });
    return Promise.all(terms.map(articlesFor)).then(function (sets) {
      if (sets.some(function (set) { return set === null; })) return { terms: terms, found: null, tooShort: true };
      sets.sort(function (a, b) { return a.size - b.size; });
      var found = [];
      sets[0].forEach(function (title, article) {
        for (var i = 1; i < sets.length; i++) {
          if (!sets[i].has(article)) return;
          title &= sets[i].get(article);
        }
        found.push({ article: article, title: title });
      });
      found.sort(function (a, b) { return (b.title - a.title) || (a.article - b.article); });
      return { terms: terms, found: found };
    });
  }

  function show(query, result) {
    if (result.tooShort) { status(say("too-short", { query: query })); return Promise.resolve(); }
    if (!result.found) { results.textContent = ""; return Promise.resolve(); }
    var count = result.found.length;
    var shown = result.found.slice(0, maxResults);
    var perShard = manifest.articlesPerShard;
    return Promise.all(shown.map(function (hit) { return shard("articles", String(Math.floor(hit.article / perShard))); })).then(function (loaded) {
      if (input.value.trim() !== query) return;
      status(found(count, query));
      if (!count) return;
      var list = element("ol");
      shown.forEach(function (hit, i) {
        var entry = loaded[i][hit.article % perShard];
        if (!entry) return;
        var li = element("li");
        var link = element("a", "", entry.title);
        link.href = entry.url;
        if (entry.language) link.lang = entry.language;
        li.appendChild(link);
        li.appendChild(element("p", "meta", [entry.people, entry.date].filter(Boolean).join(" · ")));
        li.appendChild(snippet(entry, result.terms));
        list.appendChild(li);
      });
      results.appendChild(list);
    });
  }

  function search() {
    var query = input.value.trim();
    if (!query) { results.textContent = ""; return; }
    load().then(function (m) {
      if (!m || input.value.trim() !== query) return null;
      return find(query).then(function (result) { if (input.value.trim() === query) return show(query, result); });
    });
  }

  input.addEventListener("focus", load);
  input.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(search, 150);
  });
  input.addEventListener("keydown", function (event) {
    if (event.key === "Escape") {
      input.value = "";
      results.textContent = "";
    } else if (event.key === "ArrowDown") {
      var first = results.querySelector("a");
      if (first) { event.preventDefault(); first.focus(); }
    }
  });
  form.addEventListener("submit", function (event) {
    if (!indexUrl) return;
    event.preventDefault();
    search();
  });

  // The search page is the form's target without JavaScript; with it, it runs the query it was given.
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) {
    input.value = query;
    search();
  }
})();
