// Served only by `plenary serve`: reloads the page after each rebuild, and shows a
// build error over the page (the last good site stays served underneath).
(() => {
  "use strict";
  // The overlay lives in a shadow root with every property it shows set there: the
  // page's own styles (its `pre` background, its dark scheme) cannot reach into it.
  const STYLE = `
    :host { all: initial; }
    .overlay {
      all: initial; box-sizing: border-box; position: fixed; left: 0; right: 0; bottom: 0;
      z-index: 2147483647; max-height: 38vh; overflow: auto; display: block;
      padding: 0.75rem 1rem; background: #fff4f2; color: #3a0b08;
      border-top: 4px solid #b3261e; box-shadow: 0 -4px 16px rgba(0, 0, 0, 0.3);
      font: 14px/1.45 system-ui, sans-serif;
    }
    .head { display: flex; gap: 0.75rem; align-items: flex-start; justify-content: space-between; }
    p { all: unset; display: block; font-weight: 700; color: inherit; }
    pre {
      all: unset; display: block; margin: 0.5rem 0 0; padding: 0; white-space: pre-wrap;
      overflow-wrap: anywhere; background: transparent; color: inherit; border: 0;
      font: 13px/1.45 ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace;
    }
    button {
      all: unset; flex: none; cursor: pointer; padding: 0.25rem 0.75rem; border-radius: 4px;
      background: #b3261e; color: #ffffff; font: 600 13px/1.45 system-ui, sans-serif;
    }
    button:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; }
    @media (prefers-color-scheme: dark) {
      .overlay { background: #2b0b0b; color: #ffe9e9; border-top-color: #ff8a80; }
      button { background: #ffb4ab; color: #2b0b0b; }
      button:focus-visible { outline-color: #8cc4ff; }
    }
  `;
  let host = null;

  const dismiss = () => {
    host?.remove();
    host = null;
  };

  const show = (report) => {
    dismiss();
    host = document.createElement("plenary-build-error");
    host.id = "plenary-build-error";
    const root = host.attachShadow({ mode: "open" });
    const style = document.createElement("style");
    style.textContent = STYLE;
    const overlay = document.createElement("section");
    overlay.className = "overlay";
    overlay.setAttribute("role", "alert");
    const head = document.createElement("div");
    head.className = "head";
    const title = document.createElement("p");
    title.textContent = "Plenary could not rebuild the site; the last good build is shown. Fix the file and save:";
    const close = document.createElement("button");
    close.type = "button";
    close.textContent = "Dismiss";
    close.title = "Dismiss (Esc); the next error shows again";
    close.addEventListener("click", dismiss);
    head.append(title, close);
    const text = document.createElement("pre");
    text.textContent = report;
    overlay.append(head, text);
    root.append(style, overlay);
    document.body.append(host);
  };

  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape" && host) dismiss();
  });
  const source = new EventSource("/__plenary/events");
  source.addEventListener("reload", () => location.reload());
  source.addEventListener("build-error", (event) => show(event.data));
})();
