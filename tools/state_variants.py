#!/usr/bin/env python3
"""Adds the French and Spanish names of each state to data/states.csv, as aliases, so
that rolls pasted from French and Spanish UN press releases are read like English ones.

Two sources, both published and versioned:

- the UN's own names (UNTERM short names, "French Short" and "Spanish Short", and the
  M49 names) from OCHA's Countries & Territories Taxonomy, the CSV file shipped in the
  PyPI package hdx-python-country 4.2.5 (hdx/location/Countries & Territories Taxonomy
  MVP - C&T Taxonomy.csv):  pip download --no-deps hdx-python-country==4.2.5
- the Unicode CLDR's territory display names (the everyday names: "Russie", "Corée du
  Sud"), with their variants but not their abbreviations, from the npm package cldr-localenames-full 48.2.0
  (main/fr/territories.json, main/es/territories.json):  npm pack cldr-localenames-full@48.2.0

    python3 tools/state_variants.py TAXONOMY.csv CLDR_PACKAGE_DIR [data/states.csv]

A name is added once, and only when no name of the state already reads the same once
accents, case and punctuation are set aside (the build compares names that way, and
stops if one names two states). Rerunning it changes nothing.
"""
import csv
import io
import json
import sys
import unicodedata
from pathlib import Path

LANGUAGES = ("fr", "es")


def key(name):
    """Roughly how the build compares names (src/registry/state_name.rs)."""
    ascii_ = unicodedata.normalize("NFKD", name.replace("&", " and ").replace("œ", "oe").replace("Œ", "OE"))
    ascii_ = "".join(c for c in ascii_ if not unicodedata.combining(c))
    spaced = "".join(c.lower() if c.isalnum() else " " for c in ascii_)
    return " ".join(word for word in spaced.split() if word != "the")


def un_names(taxonomy):
    names = {}
    with open(taxonomy, encoding="utf-8") as file:
        for row in csv.DictReader(file):
            iso3 = row["ISO 3166-1 Alpha 3-Codes"]
            columns = ("French Short", "M49 French", "Spanish Short", "M49 Spanish")
            names.setdefault(iso3, []).extend(row[column] for column in columns if row[column].strip())
    return names


def cldr_names(package, alpha2_to_alpha3):
    names = {}
    for language in LANGUAGES:
        path = Path(package) / "main" / language / "territories.json"
        territories = json.loads(path.read_text(encoding="utf-8"))["main"][language]["localeDisplayNames"]["territories"]
        for code, name in territories.items():
            # Short forms are abbreviations ("R.-U."), not names a roll prints.
            if code.endswith("-alt-short"):
                continue
            iso3 = alpha2_to_alpha3.get(code.split("-alt-")[0])
            if iso3:
                names.setdefault(iso3, []).append(name)
    return names


def main():
    taxonomy, cldr = sys.argv[1], sys.argv[2]
    registry = Path(sys.argv[3] if len(sys.argv) > 3 else "data/states.csv")
    with open(taxonomy, encoding="utf-8") as file:
        alpha2_to_alpha3 = {row["ISO 3166-1 Alpha 2-Codes"]: row["ISO 3166-1 Alpha 3-Codes"] for row in csv.DictReader(file)}
    sources = [un_names(taxonomy), cldr_names(cldr, alpha2_to_alpha3)]

    rows = list(csv.reader(io.StringIO(registry.read_text(encoding="utf-8"))))
    header, states = rows[0], rows[1:]
    owner = {}
    for iso3, name, aliases, *_ in states:
        for known in [name, *filter(None, aliases.split("|"))]:
            owner[key(known)] = iso3
    for state in states:
        iso3 = state[0]
        aliases = list(filter(None, state[2].split("|")))
        for source in sources:
            for name in source.get(iso3, []):
                name = " ".join(name.split())
                if owner.get(key(name), iso3) != iso3:
                    sys.exit(f"{name!r} would name both {owner[key(name)]} and {iso3}")
                if key(name) not in owner:
                    owner[key(name)] = iso3
                    aliases.append(name)
        state[2] = "|".join(aliases)

    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(states)
    registry.write_text(out.getvalue(), encoding="utf-8")


if __name__ == "__main__":
    main()
