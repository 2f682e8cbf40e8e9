// Reader: the dark-mode toggle. No dependencies, no requests to other hosts.
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
})();
