#!/usr/bin/env python3
"""What a built site weighs, and whether it is light enough to publish.

    python3 bench/sizes.py OUTPUT [--max-total BYTES]

Prints the output's size (as `du -sb` counts it: the bytes of every file and folder)
and file count, the ten largest top-level folders, and the heaviest pages. Fails (exit
status 1) when:
  - the whole output is over --max-total bytes (GitHub Pages refuses a site over 1 GB);
  - an HTML page is over 300 KB, heavy on a phone;
  - a document's page is over twice its body's HTML (`<div class="body">`) plus 6 KB:
    what every page repeats must not be the bulk of it.
"""

import argparse
import os
import re
import subprocess
import sys

PAGE_LIMIT = 300 * 1024
BODY_FACTOR = 2
BODY_SLACK = 6 * 1024
DIV = re.compile(r"<div\b|</div>")


def body_bytes(page):
    """The bytes of a document page's `<div class="body">` element, or None."""
    start = page.find('<div class="body">')
    if start < 0:
        return None
    depth = 0
    for match in DIV.finditer(page, start):
        if match.group().startswith("</"):
            depth -= 1
            if depth == 0:
                return match.end() - start
        else:
            depth += 1
    return None


def du_bytes(path):
    return int(subprocess.run(["du", "-sb", path], capture_output=True, text=True, check=True).stdout.split()[0])


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--max-total", type=int, default=None)
    args = parser.parse_args()

    total = du_bytes(args.output)
    files = 0
    folders = 0
    file_bytes = 0
    heavy_pages = []
    heavy_documents = []
    largest = (0, "")
    for folder, _, names in os.walk(args.output):
        folders += 1
        files += len(names)
        file_bytes += sum(os.path.getsize(os.path.join(folder, name)) for name in names)
        for name in names:
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            with open(path, encoding="utf-8") as f:
                page = f.read()
            size = len(page.encode("utf-8"))
            largest = max(largest, (size, path))
            if size > PAGE_LIMIT:
                heavy_pages.append((size, path))
            body = body_bytes(page)
            if body is not None and size > BODY_FACTOR * body + BODY_SLACK:
                heavy_documents.append((size, body, path))

    # `du -sb` counts each folder too: 4 KB apiece on ext4, whatever it holds.
    print(f"output: {total:,} bytes ({total / 1e6:.1f} MB) in {files:,} files and {folders:,} folders;"
          f" the files alone {file_bytes:,} bytes ({file_bytes / 1e6:.1f} MB)")
    tops = sorted(
        ((du_bytes(os.path.join(args.output, name)), name) for name in os.listdir(args.output)),
        reverse=True,
    )
    print("largest top-level entries: " + ", ".join(f"{name} {size / 1e6:.1f} MB" for size, name in tops[:10]))
    print(f"largest HTML page: {largest[0] / 1024:.0f} KB, {os.path.relpath(largest[1], args.output)}")

    failures = []
    if args.max_total is not None and total > args.max_total:
        failures.append(f"the output is {total:,} bytes, over {args.max_total:,}")
    for size, path in sorted(heavy_pages, reverse=True)[:10]:
        failures.append(f"{os.path.relpath(path, args.output)} is {size / 1024:.0f} KB, over 300 KB")
    for size, body, path in sorted(heavy_documents, reverse=True)[:10]:
        failures.append(f"{os.path.relpath(path, args.output)} is {size:,} bytes, over twice its body's {body:,} + 6 KB")
    if heavy_pages or heavy_documents:
        failures.append(f"{len(heavy_pages)} pages over 300 KB, {len(heavy_documents)} documents over 2× body + 6 KB")
    for failure in failures:
        print(f"size check failed: {failure}", file=sys.stderr)
    if not failures:
        print("size checks passed: no page over 300 KB, every document page within 2× its body + 6 KB"
              + ("" if args.max_total is None else f", output under {args.max_total:,} bytes"))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
