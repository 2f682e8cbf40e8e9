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
  var entries = null;
  var loading = null;
  var timer = 0;
  var maxResults = 20;

  // Case and diacritics never matter: "Shinzō" finds "shinzo", "Ё" finds "е".
  function fold(text) {
    return text.normalize("NFKD").replace(/\p{M}+/gu, "").toLowerCase();
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

  // A window of the original text around the first match; folding keeps most text the same length.
  function snippet(item, terms) {
    var original = item.entry.text;
    var at = -1;
    var length = 0;
    for (var i = 0; i < terms.length && at < 0; i++) {
      at = item.text.indexOf(terms[i]);
      length = terms[i].length;
    }
    var p = element("p", "snippet");
    if (at < 0) {
      p.textContent = original.slice(0, 160) + (original.length > 160 ? "…" : "");
      return p;
    }
    var start = Math.max(0, at - 70);
    var end = Math.min(original.length, at + length + 90);
    p.appendChild(document.createTextNode((start > 0 ? "…" : "") + original.slice(start, at)));
    p.appendChild(element("mark", "", original.slice(at, at + length)));
    p.appendChild(document.createTextNode(original.slice(at + length, end) + (end < original.length ? "…" : "")));
    if (item.entry.language) p.lang = item.entry.language;
    return p;
  }

  // The words come from the site's language file, through the form's data attributes; the browser picks the plural form.
  function say(name, values) {
    var text = form.getAttribute("data-" + name) || "";
    Object.keys(values).forEach(function (key) { text = text.split("{" + key + "}").join(String(values[key])); });
    return text;
  }

  function status(count, query) {
    if (count === 0) return say("none", { query: query });
    var plural = "other";
    try { plural = new Intl.PluralRules(form.getAttribute("data-plural-language") || "en").select(count); } catch (e) { /* an unknown tag */ }
    var name = form.hasAttribute("data-found-" + plural) ? "found-" + plural : "found-other";
    if (!form.hasAttribute("data-" + name)) name = "found-many";
    var text = say(name, { count: count, query: query });
    return count > maxResults ? text + " " + say("showing-first", { count: maxResults }) : text;
  }

  function show(query) {
    var terms = fold(query).split(/\s+/).filter(Boolean);
    results.textContent = "";
    if (!terms.length || !entries) return;
    var found = entries.filter(function (item) {
      return terms.every(function (term) { return item.all.indexOf(term) >= 0; });
    });
    // Title matches first; otherwise the index order, which is newest first.
    found.sort(function (a, b) {
      var ta = terms.every(function (t) { return a.title.indexOf(t) >= 0; }) ? 0 : 1;
      var tb = terms.every(function (t) { return b.title.indexOf(t) >= 0; }) ? 0 : 1;
      return ta - tb;
    });
    var count = found.length;
    results.appendChild(element("p", "search-status", status(count, query)));
    if (!count) return;
    var list = element("ol");
    found.slice(0, maxResults).forEach(function (item) {
      var li = element("li");
      var link = element("a", "", item.entry.title);
      link.href = item.entry.url;
      if (item.entry.language) link.lang = item.entry.language;
      li.appendChild(link);
      li.appendChild(element("p", "meta", [item.entry.people, item.entry.date].filter(Boolean).join(" · ")));
      li.appendChild(snippet(item, terms));
      list.appendChild(li);
    });
    results.appendChild(list);
  }

  function search() {
    var query = input.value.trim();
    if (!query) { results.textContent = ""; return; }
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
