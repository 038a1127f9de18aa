#!/usr/bin/env python3
"""A synthetic advocacy archive, deterministic for a seed, written twice: as a Plenary
site and as the equivalent Hugo site (same documents, YAML front matter, taxonomies for
sessions, signatories and tags, minimal templates), so both generators do the same work.

    python3 bench/generate.py 10000 /tmp/bench-10k [--seed 1]
"""
import argparse
import os
import random
import shutil

KINDS = [("letter", "letters", 0.35), ("statement", "statements", 0.25), ("annex", "annexes", 0.1),
         ("report", "reports", 0.1), ("news", "news", 0.15), ("vote", "votes", 0.05)]
STATES = ["AFGHANISTAN", "ANGOLA", "ARGENTINA", "ARMENIA", "AUSTRALIA", "AUSTRIA", "BAHAMAS", "BAHRAIN",
          "BANGLADESH", "BRAZIL", "BULGARIA", "BURKINA FASO", "CAMEROON", "CHILE", "CZECH REPUBLIC", "DENMARK",
          "ERITREA", "FIJI", "GERMANY", "INDIA", "INDONESIA", "ITALY", "JAPAN", "LIBYA", "MARSHALL ISLANDS",
          "MAURITANIA", "MEXICO", "NAMIBIA", "NEPAL", "NETHERLANDS", "NIGERIA", "PAKISTAN", "PERU", "PHILIPPINES",
          "POLAND", "QATAR", "REPUBLIC OF KOREA", "SENEGAL", "SLOVAKIA", "SOMALIA", "SPAIN", "SUDAN", "TOGO",
          "UKRAINE", "URUGUAY", "VENEZUELA (BOLIVARIAN REPUBLIC OF)", "DEMOCRATIC REPUBLIC OF CONGO"]
WORDS = ("council states human rights cooperation resolution mechanisms accountability victims reprisals "
         "dialogue mandate session delegation draft international defenders civil society protection "
         "promotion sovereignty universal periodic review special procedures technical assistance "
         "obligations treaty bodies independent experts monitoring reporting investigation").split()
TAGS = ["reprisals", "civic space", "accountability", "china", "cooperation", "item 4", "item 10",
        "defenders", "development", "gender", "migration", "counter-terrorism", "technology", "climate"]


def sentence(rng, words=(8, 22)):
    text = " ".join(rng.choice(WORDS) for _ in range(rng.randint(*words)))
    return text[0].upper() + text[1:] + "."


def document(rng, n, total):
    kind, section = rng.choices([(k, s) for k, s, _ in KINDS], weights=[w for _, _, w in KINDS])[0]
    session = rng.randint(1, 60)
    year = 2006 + (session - 1) // 3
    date = f"{year}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    title = f"{sentence(rng, (4, 9))[:-1]} ({n})"
    signatories = [f"Organisation {rng.randint(1, 300)}" for _ in range(rng.randint(1, 12))] if kind in ("letter", "statement", "annex") else []
    tags = sorted(set(rng.sample(TAGS, rng.randint(1, 3))))
    own_symbol = f"A/HRC/{session}/{n}" if kind == "report" else None
    paragraphs, words = [], 0
    target = rng.randint(400, 1500)
    number = 1
    while words < target:
        p = " ".join(sentence(rng) for _ in range(rng.randint(2, 6)))
        roll = rng.random()
        if roll < 0.25:
            p += f" See A/HRC/{rng.randint(1, 60)}/L.{rng.randint(1, 50)} and resolution {rng.randint(1, session)}/{rng.randint(1, 40)}."
        elif roll < 0.35:
            other = rng.randint(0, total - 1)
            p += f" As [document {other}](@/{{other_path_{other}}}) notes."
        elif roll < 0.45:
            p += f"[^{number}]"
            paragraphs.append(("footnote", number, sentence(rng)))
        words += len(p.split())
        if kind == "report":
            paragraphs.append(("numbered", number, p))
        else:
            paragraphs.append(("plain", number, p))
        number += 1
    if rng.random() < 0.08:
        paragraphs.append(("table", 0, "| State | Position |\n|---|---|\n| Fiji | in favour |\n| Peru | abstained |"))
    if rng.random() < 0.02:
        paragraphs.append(("code", 0, "```json\n{\"symbol\": \"A/HRC/43/L.31\", \"votes\": [23, 16, 8]}\n```"))
    vote = None
    if rng.random() < 0.05:
        # Records of one vote agree, as real ones do: its positions follow from its symbol.
        ballot = random.Random(f"{session}/{n % 50 + 1}")
        vote = [(ballot.choice(["YES", "NO", "ABST"]), state) for state in STATES]
    return dict(n=n, kind=kind, section=section, session=session, date=date, title=title, signatories=signatories,
                tags=tags, symbol=own_symbol, paragraphs=paragraphs, vote=vote)


def body(doc, paths, hugo):
    out, notes = [], []
    for style, number, text in doc["paragraphs"]:
        text = text.replace("{other_path_", "{")
        # Link to another document: Plenary's @/ form, or Hugo's relref.
        while "](@/{" in text:
            start = text.index("](@/{") + 5
            end = text.index("}", start)
            target = paths[int(text[start:end])]
            link = f'{{{{< relref "/{target}" >}}}}' if hugo else f"@/{target}"
            text = text[:start - 3] + link + text[end + 1:]
        if style == "numbered":
            out.append(f"{number}. {text}")
        elif style == "footnote":
            notes.append(f"[^{number}]: {text}")
        else:
            out.append(text)
    if doc["vote"] and not hugo:
        rows = ["\t".join(f"{v}\t{s}" for v, s in doc["vote"][i:i + 3]) for i in range(0, len(doc["vote"]), 3)]
        out.append(f"```vote\non: A/HRC/{doc['session']}/L.{doc['n'] % 50 + 1}\n---\n" + "\n".join(rows) + "\n```")
    elif doc["vote"]:
        rows = ["\t".join(f"{v}\t{s}" for v, s in doc["vote"][i:i + 3]) for i in range(0, len(doc["vote"]), 3)]
        out.append("```text\n" + "\n".join(rows) + "\n```")
    return "\n\n".join(out + notes) + "\n"


def front_matter(doc, hugo):
    lines = ["---", f'title: "{doc["title"]}"', f"date: {doc['date']}"]
    if hugo:
        lines += [f"sessions: [HRC{doc['session']}]", f"type: {doc['section']}"]
        if doc["signatories"]:
            lines.append("signatories: [" + ", ".join(f'"{s}"' for s in doc["signatories"]) + "]")
    else:
        lines += [f"kind: {doc['kind']}", f"session: HRC{doc['session']}"]
        if doc["signatories"]:
            lines.append("signatories: [" + ", ".join(f'"{s}"' for s in doc["signatories"]) + "]")
        if doc["symbol"]:
            lines.append(f"symbol: {doc['symbol']}")
    lines.append("tags: [" + ", ".join(f'"{t}"' for t in doc["tags"]) + "]")
    lines.append(f'summary: "{sentence(random.Random(doc["n"]), (10, 20))}"')
    lines.append("---")
    return "\n".join(lines) + "\n\n"


HUGO_CONFIG = """baseURL: https://example.org/
title: Bench archive
disableKinds: [RSS]
taxonomies:
  session: sessions
  signatory: signatories
  tag: tags
markup:
  goldmark:
    extensions:
      typographer: true
      footnote: true
"""
HUGO_LAYOUTS = {
    "_default/baseof.html": "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>{{ .Title }}</title></head><body><main>{{ block \"main\" . }}{{ end }}</main></body></html>\n",
    "_default/single.html": "{{ define \"main\" }}<article><h1>{{ .Title }}</h1><p>{{ .Date.Format \"2 January 2006\" }}</p>{{ range .Params.sessions }}<a href=\"{{ \"sessions/\" | relURL }}{{ . | urlize }}/\">{{ . }}</a>{{ end }}<ol>{{ range .Params.signatories }}<li><a href=\"{{ \"signatories/\" | relURL }}{{ . | urlize }}/\">{{ . }}</a></li>{{ end }}</ol>{{ .Content }}</article>{{ end }}\n",
    "_default/list.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Pages }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a> {{ .Date.Format \"2 January 2006\" }}</li>{{ end }}</ul>{{ end }}\n",
    "_default/terms.html": "{{ define \"main\" }}<h1>{{ .Title }}</h1><ul>{{ range .Data.Terms.Alphabetical }}<li><a href=\"{{ .Page.RelPermalink }}\">{{ .Page.Title }}</a> {{ .Count }}</li>{{ end }}</ul>{{ end }}\n",
    "index.html": "{{ define \"main\" }}<h1>{{ .Site.Title }}</h1><ul>{{ range first 10 .Site.RegularPages.ByDate.Reverse }}<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}\n",
}


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("count", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    docs = [document(rng, n, args.count) for n in range(args.count)]
    paths = [f"{d['section']}/doc-{d['n']:05d}.md" for d in docs]
    shutil.rmtree(args.out, ignore_errors=True)
    plenary, hugo = os.path.join(args.out, "plenary"), os.path.join(args.out, "hugo")
    for d, path in zip(docs, paths):
        for root, is_hugo in ((plenary, False), (hugo, True)):
            file = os.path.join(root, "content", path)
            os.makedirs(os.path.dirname(file), exist_ok=True)
            with open(file, "w") as f:
                f.write(front_matter(d, is_hugo) + body(d, paths, is_hugo))
    with open(os.path.join(plenary, "site.yaml"), "w") as f:
        f.write("title: Bench archive\nbase_url: https://example.org/\n")
    with open(os.path.join(hugo, "hugo.yaml"), "w") as f:
        f.write(HUGO_CONFIG)
    for name, text in HUGO_LAYOUTS.items():
        file = os.path.join(hugo, "layouts", name)
        os.makedirs(os.path.dirname(file), exist_ok=True)
        with open(file, "w") as f:
            f.write(text)
    print(f"{args.count} documents in {plenary} and {hugo}")


if __name__ == "__main__":
    main()
