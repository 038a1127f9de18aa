// Served only by `plenary serve`: reloads the page after each rebuild, and shows a
// build error over the page (the last good site stays served underneath).
(() => {
  "use strict";
  const source = new EventSource("/__plenary/events");
  let overlay = null;
  source.addEventListener("reload", () => location.reload());
  source.addEventListener("build-error", (event) => {
    overlay?.remove();
    overlay = document.createElement("div");
    overlay.setAttribute("role", "alert");
    overlay.id = "plenary-build-error";
    overlay.style.cssText =
      "position:fixed;inset:auto 0 0 0;max-height:60vh;overflow:auto;z-index:2147483647;" +
      "background:#2b0b0b;color:#ffe9e9;font:14px/1.45 ui-monospace,monospace;padding:1rem 1.25rem;" +
      "border-top:4px solid #ff6b6b;box-shadow:0 -4px 16px rgba(0,0,0,.4)";
    const title = document.createElement("strong");
    title.textContent = "Plenary could not rebuild the site; the last good build is shown. Fix the file and save:";
    const text = document.createElement("pre");
    text.style.cssText = "white-space:pre-wrap;margin:.75rem 0 0";
    text.textContent = event.data;
    overlay.append(title, text);
    document.body.append(overlay);
  });
})();
