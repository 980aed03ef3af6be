"""The entity catalogue: known labs, models, chips, people, places... with aliases.

The catalogue is `extract/data/catalogue.json` (format below), loaded once and
cached. `RACEGRAPH_CATALOGUE` may point at another file (read when loading, not
at import time).

Format::

    {"version": 1, "entities": [
        {"id": "deepseek", "name": "DeepSeek", "type": "Organization", "qid": "Q...",
         "aliases": {"en": ["DeepSeek"], "vi": [], "zh": ["深度求索"]},
         "country": "china", "parent": null, "developer": null, "ambiguous": []}]}
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from extract.text import name_key
from graph.errors import ExtractionError
from graph.ontology import ENTITY_TYPES

__all__ = ["Catalogue", "CatalogueEntry", "default_catalogue_path", "load_catalogue", "variants"]


@dataclass(frozen=True, slots=True)
class CatalogueEntry:
    """One known entity: canonical name, type, aliases in every language, links."""

    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    qid: str | None = None
    country: str | None = None
    parent: str | None = None
    developer: str | None = None
    ambiguous: frozenset[str] = frozenset()  # casefolded aliases that need context

    def related(self) -> tuple[str, ...]:
        """Ids this entry points at (country, parent, developer)."""
        return tuple(x for x in (self.country, self.parent, self.developer) if x)


@dataclass(slots=True)
class Catalogue:
    """All entries, plus an index from `name_key(alias)` to entry ids."""

    entries: dict[str, CatalogueEntry]
    by_key: dict[str, tuple[str, ...]]
    path: str = ""

    def lookup(self, name: str) -> tuple[str, ...]:
        """Ids of entries with an alias spelled like `name` (case, spaces, hyphens ignored).

        >>> cat = Catalogue.from_entries([CatalogueEntry("qwen2.5", "Qwen2.5", "AIModel",
        ...                                                ("Qwen2.5",))])
        >>> cat.lookup("qwen 2.5")
        ('qwen2.5',)
        """
        return self.by_key.get(name_key(name), ())

    @classmethod
    def from_entries(cls, entries: list[CatalogueEntry], path: str = "") -> Catalogue:
        by_key: dict[str, list[str]] = {}
        for entry in entries:
            for alias in entry.aliases:
                ids = by_key.setdefault(name_key(alias), [])
                if entry.id not in ids:
                    ids.append(entry.id)
        return cls({e.id: e for e in entries}, {k: tuple(v) for k, v in by_key.items()}, path)


_LETTER_DIGIT = re.compile(r"(?<=[A-Za-z]{2})(?=\d)")


def variants(alias: str) -> set[str]:
    """Spellings of `alias` that name the same thing: spaced/unspaced versions, hyphens.

    >>> sorted(variants("Qwen2.5"))
    ['Qwen 2.5', 'Qwen2.5']
    >>> sorted(variants("DeepSeek-R1")), sorted(variants("Bộ KH&CN"))
    (['DeepSeek R1', 'DeepSeek-R1'], ['Bộ KH&CN', 'Bộ KH-CN'])
    """
    out = {alias}
    if "-" in alias:
        out.add(alias.replace("-", " "))
    if "&" in alias:  # "Bộ GD&ĐT" is written "Bộ GD-ĐT" too: initials joined either way
        out.add(re.sub(r"(?<=[^\W\d_])&(?=[^\W\d_])", "-", alias))
    spaced = _LETTER_DIGIT.sub(" ", alias)
    if spaced != alias and len(spaced.split()) <= 4:
        out.add(spaced)
    if " " in alias and re.search(r"[A-Za-z] \d", alias):
        out.add(re.sub(r"(?<=[A-Za-z]) (?=\d)", "", alias))
    return {v for v in out if v.strip()}


def default_catalogue_path() -> Path:
    """`$RACEGRAPH_CATALOGUE` if set, else the bundled `extract/data/catalogue.json`."""
    env = os.environ.get("RACEGRAPH_CATALOGUE")
    return Path(env) if env else Path(__file__).parent / "data" / "catalogue.json"


def _entry(raw: dict, where: str) -> CatalogueEntry:
    try:
        ident, name, type_ = str(raw["id"]), str(raw["name"]), str(raw["type"])
    except (KeyError, TypeError) as exc:
        raise ExtractionError(f"{where}: catalogue entry without id/name/type: {raw!r}") from exc
    if type_ not in ENTITY_TYPES:
        raise ExtractionError(f"{where}: entry {ident!r} has unknown type {type_!r}")
    aliases_raw = raw.get("aliases") or {}
    if isinstance(aliases_raw, dict):
        flat = [a for lang in aliases_raw.values() for a in (lang or [])]
    elif isinstance(aliases_raw, list):
        flat = list(aliases_raw)
    else:
        raise ExtractionError(f"{where}: entry {ident!r} has aliases of the wrong shape")
    seen: dict[str, None] = {name: None}
    for alias in flat:
        if isinstance(alias, str) and alias.strip():
            seen.setdefault(alias.strip(), None)
    return CatalogueEntry(
        id=ident,
        name=name,
        type=type_,
        aliases=tuple(seen),
        qid=raw.get("qid") or None,
        country=raw.get("country") or None,
        parent=raw.get("parent") or None,
        developer=raw.get("developer") or None,
        ambiguous=frozenset(str(a).casefold() for a in raw.get("ambiguous") or ()),
    )


@lru_cache(maxsize=4)
def load_catalogue(path: str | None = None) -> Catalogue:
    """Load and index the catalogue (cached per path).

    Raises `ExtractionError` when the file is missing or malformed.
    """
    file = Path(path) if path else default_catalogue_path()
    try:
        data = json.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ExtractionError(f"catalogue not found: {file}") from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ExtractionError(f"catalogue {file} is unreadable: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("entities"), list):
        raise ExtractionError(f"catalogue {file}: expected an object with an 'entities' list")
    entries = [_entry(raw, str(file)) for raw in data["entities"]]
    return Catalogue.from_entries(entries, str(file))
