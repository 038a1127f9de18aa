// The table of contents marks the section being read: progressive enhancement. Without
// this script the contents are a plain list of links.
(function () {
  "use strict";
  var toc = document.querySelector(".toc");
  if (!toc) return;
  var links = Array.prototype.slice.call(toc.querySelectorAll("a[href^='#']"));
  var targets = links.map(function (link) {
    return document.getElementById(decodeURIComponent(link.getAttribute("href").slice(1)));
  });
  var current = null;
  function mark() {
    // The section read is the last whose start has passed near the top of the window,
    // where a link of the contents brings it; at the end of the page, where the last
    // sections cannot scroll that far, the last one in sight.
    var end = window.innerHeight + window.scrollY >= document.documentElement.scrollHeight - 2;
    var line = end ? window.innerHeight : Math.min(window.innerHeight / 4, 96);
    var found = -1;
    for (var i = 0; i < targets.length; i++) {
      if (targets[i] && targets[i].getBoundingClientRect().top <= line) found = i;
    }
    var link = found < 0 ? null : links[found];
    if (link === current) return;
    if (current) current.removeAttribute("aria-current");
    current = link;
    if (!link) return;
    link.setAttribute("aria-current", "location");
    // Beside the text the contents scroll on their own: keep the mark in sight there,
    // never by moving the page.
    if (toc.scrollHeight > toc.clientHeight) {
      var top = link.getBoundingClientRect().top - toc.getBoundingClientRect().top + toc.scrollTop;
      if (top < toc.scrollTop || top > toc.scrollTop + toc.clientHeight - link.offsetHeight) {
        toc.scrollTop = top - toc.clientHeight / 2;
      }
    }
  }
  var queued = false;
  function queue() {
    if (queued) return;
    queued = true;
    window.requestAnimationFrame(function () {
      queued = false;
      mark();
    });
  }
  window.addEventListener("scroll", queue, { passive: true });
  window.addEventListener("resize", queue);
  mark();
})();
