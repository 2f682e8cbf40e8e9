// Reader: the dark-mode toggle and the timeline filter. No dependencies, no requests to other hosts.
// Search lives in search.js, which only the search page loads, so an article page carries none of it.
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

  // Timeline: the whole timeline filters itself by theme and person; without JavaScript its links lead to the
  // timeline page of each theme and person instead.
  var filter = document.getElementById("timeline-filter");
  if (filter) {
    var themeSelect = document.getElementById("timeline-theme");
    var personSelect = document.getElementById("timeline-person");
    var timelineStatus = document.getElementById("timeline-status");
    var events = [].slice.call(document.querySelectorAll(".event"));
    var years = [].slice.call(document.querySelectorAll(".timeline-year"));
    var allText = timelineStatus ? timelineStatus.textContent : "";

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
      if (timelineStatus) {
        timelineStatus.textContent = theme || person ? timelineStatus.getAttribute("data-showing").replace("{shown}", shown).replace("{total}", events.length) : allText;
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
})();
