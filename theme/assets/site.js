// Reader: dark-mode toggle and client-side search. No dependencies, no requests to other hosts.
(function () {
  "use strict";

  var root = document.documentElement;
  var storageKey = "reader-theme";

  // Theme toggle: the choice is stored and applied in <head> (before paint) on the next page. Its label names the
  // mode it switches to ("Dark mode" on a light page), so it always says what pressing it does.
  var toggle = document.getElementById("theme-toggle");
  var systemDark = window.matchMedia ? window.matchMedia("(prefers-color-scheme: dark)") : null;

  function isDark() {
    var chosen = root.getAttribute("data-theme");
    return chosen ? chosen === "dark" : !!(systemDark && systemDark.matches);
  }

  function syncToggle() {
    if (!toggle) return;
    var label = toggle.getAttribute(isDark() ? "data-light-label" : "data-dark-label");
    var text = toggle.querySelector(".button-text");
    if (text && label) text.textContent = label;
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

  // Search: the index is fetched only when the reader starts searching. Results have their own area on the
  // search page, under its heading; the header's box elsewhere simply opens that page with the query.
  var form = document.querySelector("form[data-index]");
  var input = document.getElementById("search-query");
  var results = document.getElementById("search-results");
  var status = document.getElementById("search-count");
  if (!form || !input || !results || !status) return;
  var indexUrl = form.getAttribute("data-index");
  var entries = null;
  var loading = null;
  var timer = 0;
  var maxResults = 20;

  // Case and diacritics never matter: "Shinzō" finds "shinzo", "Ё" finds "е".
  function fold(text) {
    // Curly and straight quotes are one: titles are set with ’ and readers type '.
    return text.normalize("NFKD").replace(/\p{M}+/gu, "").replace(/[‘’]/g, "'").replace(/[“”]/g, '"').toLowerCase();
  }

  function load() {
    if (!indexUrl) return Promise.resolve([]);
    if (!loading) {
      // The index is a manifest of shards, fetched together and kept in the manifest's (newest first) order.
      loading = fetch(indexUrl)
        .then(function (response) { return response.json(); })
        .then(function (manifest) {
          return Promise.all(manifest.shards.map(function (url) {
            return fetch(url).then(function (response) { return response.json(); });
          }));
        })
        .then(function (shards) {
          entries = [].concat.apply([], shards).map(function (entry) {
            return {
              entry: entry,
              title: fold(entry.title),
              text: fold(entry.text),
              all: fold([entry.title, entry.people || "", entry.themes, entry.text].join("\n"))
            };
          });
          return entries;
        })
        .catch(function () { loading = null; return []; });
    }
    return loading;
  }

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  // ---- Search results: rendering and keyboard navigation (kept apart from loading the index). ----

  // Where the terms occur in the original text. Folding keeps almost every text the same length, so positions in
  // the folded text stand for positions in the original; a text where it does not is shown without marks.
  function matches(original, folded, terms) {
    var found = [];
    if (folded.length !== original.length) return found;
    terms.forEach(function (term) {
      for (var at = folded.indexOf(term); at >= 0; at = folded.indexOf(term, at + term.length)) found.push([at, at + term.length]);
    });
    found.sort(function (a, b) { return a[0] - b[0]; });
    return found.filter(function (m, i) { return i === 0 || m[0] >= found[i - 1][1]; });
  }

  // A window of about 200 characters around the first match, cut at spaces so no word is broken.
  function snippet(item, terms) {
    var original = item.entry.text;
    var marks = matches(original, item.text, terms);
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
    matches(original, item.title, terms).forEach(function (m) {
      link.appendChild(document.createTextNode(original.slice(at, m[0])));
      link.appendChild(element("mark", "", original.slice(m[0], m[1])));
      at = m[1];
    });
    link.appendChild(document.createTextNode(original.slice(at)));
    link.href = item.entry.url;
    if (item.entry.language) link.lang = item.entry.language;
    return link;
  }

  function render(query, terms, found) {
    results.textContent = "";
    var count = found.length;
    status.textContent = count === 0 ? "No articles match “" + query + "”." :
      (count === 1 ? "1 article" : count + " articles") + " match “" + query + "”" +
      (count > maxResults ? "; the first " + maxResults + " are shown." : ".");
    found.slice(0, maxResults).forEach(function (item) {
      var li = element("li", "search-result");
      var heading = element("h2", "search-result__heading");
      heading.appendChild(title(item, terms));
      li.appendChild(heading);
      var meta = [item.entry.people, item.entry.date].filter(Boolean).join(" · ");
      if (meta) li.appendChild(element("p", "search-result__meta", meta));
      li.appendChild(snippet(item, terms));
      results.appendChild(li);
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

  function show(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    if (!terms.length || !entries) { results.textContent = ""; status.textContent = ""; return; }
    var found = entries.filter(function (item) {
      return terms.every(function (term) { return item.all.indexOf(term) >= 0; });
    });
    // Title matches first; otherwise the index order, which is newest first.
    found.sort(function (a, b) {
      var ta = terms.every(function (t) { return a.title.indexOf(t) >= 0; }) ? 0 : 1;
      var tb = terms.every(function (t) { return b.title.indexOf(t) >= 0; }) ? 0 : 1;
      return ta - tb;
    });
    render(query, terms, found);
  }

  function search() {
    var query = input.value.trim();
    if (!query) { results.textContent = ""; status.textContent = ""; return; }
    if (window.history.replaceState) window.history.replaceState(null, "", "?q=" + encodeURIComponent(query));
    load().then(function () { if (input.value.trim() === query) show(query); });
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
      status.textContent = "";
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
