// Reader: client-side search, loaded by the search page only. No dependencies, no requests to other hosts.
(function () {
  "use strict";

  // Search: the index is fetched only when the reader starts searching. Results have their own area on the
  // search page, under its heading; the header's box elsewhere simply opens that page with the query.
  var form = document.querySelector("form[data-index]");
  var input = document.getElementById("search-query");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-count");
  if (!form || !input || !results || !status) return;
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
    // Curly and straight quotes are one: titles are set with ’ and readers type '.
    return text.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
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

  // ---- Search results: rendering and keyboard navigation (kept apart from loading the index). ----

  // Where the terms occur in the original text. The text is folded a character at a time, remembering where each
  // folded character came from, so a match maps back even where folding changes the length ("…" becomes "...").
  function matches(original, terms) {
    var text = "";
    var from = [];
    for (var i = 0; i < original.length; i++) {
      var f = fold(original[i]);
      text += f;
      for (var k = 0; k < f.length; k++) from.push(i);
    }
    var found = [];
    terms.forEach(function (term) {
      for (var at = text.indexOf(term); at >= 0 && term; at = text.indexOf(term, at + term.length)) found.push([from[at], from[at + term.length - 1] + 1]);
    });
    found.sort(function (a, b) { return a[0] - b[0]; });
    return found.filter(function (m, i) { return i === 0 || m[0] >= found[i - 1][1]; });
  }


  // A window of about 200 characters around the first match, cut at spaces so no word is broken.
  function snippet(item, terms) {
    var original = item.entry.text || "";
    var marks = matches(original, terms);
    var first = marks.length ? marks[0][0] : 0;
    var start = Math.max(0, first - 80);
    var end = Math.min(original.length, start + 200);
    if (start > 0) { var space = original.indexOf(" ", start); start = space >= 0 && space < first ? space + 1 : start; }
    if (end < original.length) { var back = original.lastIndexOf(" ", end); end = back > first ? back : end; }
    var p = element("p", "search-result__snippet");
    if (item.entry.language) p.lang = item.entry.language;
    p.appendChild(document.createTextNode(start > 0 ? "… " : ""));
    var at = start;
    marks.forEach(function (m) {
      if (m[0] < at || m[1] > end) return;
      p.appendChild(document.createTextNode(original.slice(at, m[0])));
      p.appendChild(element("mark", "", original.slice(m[0], m[1])));
      at = m[1];
    });
    p.appendChild(document.createTextNode(original.slice(at, end) + (end < original.length ? " …" : "")));
    return p;
  }

  // The title with the matched words marked.
  function title(item, terms) {
    var link = element("a", "search-result__title");
    var original = item.entry.title;
    var at = 0;
    matches(original, terms).forEach(function (m) {
      link.appendChild(document.createTextNode(original.slice(at, m[0])));
      link.appendChild(element("mark", "", original.slice(m[0], m[1])));
      at = m[1];
    });
    link.appendChild(document.createTextNode(original.slice(at)));
    link.href = item.entry.url;
    if (item.entry.language) link.lang = item.entry.language;
    return link;
  }

  function render(query, terms, items, count) {
    results.textContent = "";
    looked = 0;
    status.textContent = found(count, query);
    items.forEach(function (item) {
      var li = element("li", "search-result");
      var heading = element("h2", "search-result__heading");
      heading.appendChild(title(item, terms));
      li.appendChild(heading);
      var meta = [item.entry.people, item.entry.date].filter(Boolean).join(" · ");
      if (meta) li.appendChild(element("p", "search-result__meta", meta));
      var shown = snippet(item, terms);
      li.appendChild(shown);
      results.appendChild(li);
      if (!shown.querySelector("mark") && looked++ < maxPassagePages) {
        passage(item.entry.url, terms).then(function (found) {
          if (found && shown.isConnected) li.replaceChild(snippet({ entry: { text: found.text, language: found.language || item.entry.language } }, terms), shown);
        });
      }
    });
  }

  // The index holds each article's opening, to stay small at any size. Where the words lie further in, the
  // article's own page is read for the first passage that holds the most of them: for the first few results
  // only, and each page once.
  var maxPassagePages = 5;
  var looked = 0;
  var pages = {};
  function passage(url, terms) {
    pages[url] = pages[url] || fetch(url).then(function (response) { return response.ok ? response.text() : ""; }).then(function (html) {
      var body = new DOMParser().parseFromString(html, "text/html").getElementById("article-body");
      return body ? [].map.call(body.querySelectorAll("p, li"), function (node) {
        var lang = node.closest("[lang]");
        return { text: node.textContent.trim(), language: lang && body.contains(lang) ? lang.lang : "" };
      }) : [];
    }, function () { return []; });
    return pages[url].then(function (passages) {
      var best = null;
      var most = 0;
      passages.forEach(function (candidate) {
        var text = fold(candidate.text);
        var count = terms.filter(function (term) { return text.indexOf(term) >= 0; }).length;
        if (count > most) { most = count; best = candidate; }
      });
      return best;
    });
  }

  // Arrow keys move between the search box and the results' links; Escape goes back to the box.
  function navigate(event) {
    var links = Array.prototype.slice.call(results.querySelectorAll("a.search-result__title"));
    if (!links.length) return;
    var at = links.indexOf(document.activeElement);
    var next = null;
    if (event.key === "ArrowDown") next = links[Math.min(at + 1, links.length - 1)];
    else if (event.key === "ArrowUp") next = at <= 0 ? input : links[at - 1];
    else if (event.key === "Home" && at >= 0) next = links[0];
    else if (event.key === "End" && at >= 0) next = links[links.length - 1];
    else if (event.key === "Escape" && at >= 0) next = input;
    if (next) { event.preventDefault(); next.focus(); }
  }

  // ---- End of results rendering. ----

  function clear() {
    results.textContent = "";
    status.textContent = "";
  }

  // Only the results shown are fetched: their article shards, each holding what a result shows of 100 articles.
  function show(query, result) {
    if (result.tooShort) { results.textContent = ""; status.textContent = say("too-short", { query: query }); return Promise.resolve(); }
    if (!result.found) { clear(); return Promise.resolve(); }
    var shown = result.found.slice(0, maxResults);
    var perShard = manifest.articlesPerShard;
    var terms = result.terms.map(function (term) { return term.text; });
    return Promise.all(shown.map(function (hit) { return shard("articles", String(Math.floor(hit.article / perShard))); })).then(function (loaded) {
      if (input.value.trim() !== query) return;
      var items = [];
      shown.forEach(function (hit, i) {
        var entry = loaded[i][hit.article % perShard];
        if (entry) items.push({ entry: entry });
      });
      render(query, terms, items, result.found.length);
    });
  }

  function search() {
    var query = input.value.trim();
    if (!query) { clear(); return; }
    if (window.history.replaceState) window.history.replaceState(null, "", "?q=" + encodeURIComponent(query));
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
      clear();
    } else {
      navigate(event);
    }
  });
  results.addEventListener("keydown", navigate);
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
