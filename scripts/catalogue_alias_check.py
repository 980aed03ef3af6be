"""Scan the catalogue for aliases that likely name another thing than their entry.

Three kinds of suspect alias are listed (nothing is changed):

- number / suffix: the entry's name carries a version or model code ("Kling 2.1", "Baichuan-M1") and
  the alias carries a different one instead ("Kling 2.5", "Baichuan-M2"), or the alias adds a
  digit to a code letter of the name ("Snapdragon X Elite" -> "X2 Elite");
- shared: one alias spelling held by entries of different types;
- common: a person's one-word alias that the corpus mostly writes in lower case (a common
  word, "Young", "Rice"), not marked ambiguous.

Usage: python scripts/catalogue_alias_check.py [catalogue.json]
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from pathlib import Path

from extract.catalogue import default_catalogue_path, load_catalogue

_VERSIONED = frozenset(["AIModel", "Hardware", "Product", "Benchmark"])
_GLUED = re.compile(r"(?<=[A-Za-z]{3})(?=\d)")  # "Qwen2.5" -> "Qwen 2.5", not "B20"
_TOKEN = re.compile(r"[A-Za-z]*\d[\w.]*|[A-Za-z]+")


def tokens(name: str) -> list[str]:
    """Casefolded words and codes of `name`, glued versions split ("Qwen2.5" -> qwen, 2.5)."""
    return [t.casefold().rstrip(".") for t in _TOKEN.findall(_GLUED.sub(" ", name))]


def codes(name: str) -> set[str]:
    """The versions and model codes of `name`: each number with the letters glued after it.

    A trailing ".0" and a leading "v" do not count ("ERNIE 5.0" is "ERNIE 5", "V6" is "6").
    """
    found = re.findall(r"(\d+(?:\.\d+)*)([A-Za-z]*)", name)
    return {re.sub(r"(\.0)+$", "", num) + tail.casefold() for num, tail in found}


def version_clash(name: str, alias: str) -> str:
    """How `alias` swaps the version or code of `name` for another: "number", "suffix" or "".

    >>> version_clash("Kling 2.1", "Kling 2.5"), version_clash("Kling 2.1", "Kling 2.1 Master")
    ('number', '')
    >>> version_clash("Snapdragon X Elite", "Snapdragon X2 Elite"), version_clash("AlphaFold", "AlphaFold 3")
    ('number', '')
    >>> version_clash("HBM4", "HBM4E"), version_clash("ERNIE 5.0", "ERNIE 5")
    ('suffix', '')
    """
    mine, theirs = codes(name), codes(alias)
    if not mine:
        words = set(tokens(name))
        added = any(
            re.sub(r"\d.*", "", t) in words - {""} for t in tokens(alias) if t[-1:].isdigit()
        )
        return "number" if added else ""
    if not theirs - mine or mine <= theirs:
        return ""
    digits = {re.sub(r"[a-z]+$", "", c) for c in mine}
    return "suffix" if {re.sub(r"[a-z]+$", "", c) for c in theirs} <= digits else "number"


def _lower_share(word: str, text: str) -> float:
    """Share of the occurrences of `word` in `text` written in lower case."""
    found = re.findall(rf"\b{re.escape(word)}\b", text, flags=re.IGNORECASE)
    return sum(f.islower() for f in found) / len(found) if found else 0.0


def main(path: str | None = None) -> int:
    cat = load_catalogue(path or str(default_catalogue_path()))
    entries = cat.entries
    found = 0
    for entry in entries.values():
        if entry.type not in _VERSIONED:
            continue
        for alias in entry.aliases:
            clash = version_clash(entry.name, alias)
            if clash:
                found += 1
                print(f"{clash}\t{entry.id}\t{entry.name!r}\t{alias!r}")
    for key, ids in sorted(cat.by_key.items()):
        types = Counter(entries[i].type for i in ids)
        if len(types) > 1:
            found += 1
            print(f"shared\t{key!r}\t" + ", ".join(f"{i}:{entries[i].type}" for i in ids))
    root = Path(__file__).resolve().parent.parent
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(root.glob("app/corpus/*.txt")))
    for entry in entries.values():
        if entry.type != "Person":
            continue
        for alias in entry.aliases:
            bare = len(alias.split()) == 1 and alias.isalpha()
            if bare and alias.casefold() not in entry.ambiguous and _lower_share(alias, text) > 0.5:
                found += 1
                print(f"common\t{entry.id}\t{entry.name!r}\t{alias!r}")
    print(f"{found} suspect aliases", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else None))
