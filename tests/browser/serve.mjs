// A static server for a built site mounted under /archive/, on 127.0.0.1 only.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize } from "node:path";

const TYPES = { ".html": "text/html; charset=utf-8", ".css": "text/css", ".js": "text/javascript", ".json": "application/json", ".csv": "text/csv", ".svg": "image/svg+xml", ".xml": "application/xml" };

export async function serve(dir, prefix = "/archive/") {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, "http://localhost").pathname);
    let file = null;
    if (path.startsWith(prefix)) {
      const relative = normalize(path.slice(prefix.length));
      if (!relative.startsWith("..")) {
        file = join(dir, relative);
        if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, "index.html");
      }
    }
    const body = file && (await readFile(file).catch(() => null));
    if (body) {
      response.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
      response.end(body);
    } else {
      response.writeHead(404, { "content-type": TYPES[".html"] });
      response.end(await readFile(join(dir, "404.html")).catch(() => "not found"));
    }
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `http://127.0.0.1:${server.address().port}${prefix}`, close: () => server.close() };
}
