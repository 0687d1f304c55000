// armsledger dashboard: small enhancements only; every page works without
// this file. Served from /static/ under script-src 'self'.
(function () {
  "use strict";
  // Flash the evidence a link points at, also when the hash does not change.
  function flash(id) {
    var el = document.getElementById(id);
    if (!el || el.tagName !== "MARK") return;
    el.classList.add("flash");
    setTimeout(function () { el.classList.remove("flash"); }, 1500);
  }
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest('a[href^="#c"]');
    if (a) flash(a.getAttribute("href").slice(1));
  });
})();
