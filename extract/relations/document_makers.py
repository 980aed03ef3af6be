"""Makers the catalogue knows, when the document names them too.

A news story that names Alibaba and, a few paragraphs on, "Qwen3-Max" tells
its reader who made the model without saying so in the model's sentence: the
reader knows Qwen is Alibaba's. `document_makers` gives a model or a chip the
maker the catalogue records for it (or for the family its name opens with:
"Qwen3-Max" -> "Qwen3" -> "Qwen") when that maker is named anywhere in the same
document and no fact of the text already gives it one. Of a maker and the
groups it belongs to (the Qwen team, Alibaba Cloud, Alibaba) the one the
document names first is credited: the Qwen team when the story names it, else
Alibaba Cloud, else Alibaba. Products and benchmarks are
left alone: who owns a product, or who compiled a test, is seldom what a story
about it tells.

The maker stands at the thing's own mention as a reference (`ref`), and the
rule's confidence (0.45) is below that of any fact whose names both appear in
one sentence, so a reader can filter these out by rule name or confidence.

"""

from __future__ import annotations

from extract.catalogue import Catalogue
from extract.relations.lexicon import PairRule
from extract.relations.named import families, stand_in
from extract.relations.rules import Match
from extract.spans import Candidate, Fact, Found

__all__ = ["document_makers"]

RULES = {
    "DEVELOPED": PairRule("developed.catalogue.in_document", "DEVELOPED", "*", "", confidence=0.45),
    "MANUFACTURES": PairRule(
        "manufactures.catalogue.in_document", "MANUFACTURES", "*", "", confidence=0.45
    ),
}
_MADE = {"AIModel": "DEVELOPED", "Hardware": "MANUFACTURES"}


def _maker(catalogue: Catalogue, found: Found) -> str | None:
    """The maker the catalogue records for `found`'s entity, or for the family it names."""
    best = found.best
    if best.source == "catalogue":
        entry = catalogue.entries.get(best.id)
        if entry is not None and entry.developer:
            return entry.developer
    for family in reversed(families(found.text)):  # longest first
        for id_ in catalogue.lookup(family):
            entry = catalogue.entries[id_]
            if entry.type == best.type and entry.developer:
                return entry.developer
    return None


def _credited(catalogue: Catalogue, maker: str | None, named: dict[str, Candidate]):
    """The first of `maker` and the groups above it that the document names, if any."""
    seen = set()
    while maker and maker not in seen:
        if maker in named:
            return named[maker]
        seen.add(maker)
        entry = catalogue.entries.get(maker)
        maker = entry.parent if entry is not None else None
    return None


def document_makers(
    catalogue: Catalogue, mentions: list[Found], facts: list[Fact]
) -> list[tuple[int, Match]]:
    """(sentence, match) giving each unmade thing the catalogue maker its document names."""
    named: dict[str, Candidate] = {}
    for m in mentions:
        if not m.ref and m.type == "Organization":
            named.setdefault(m.best.id, m.best)
    if not named:
        return []
    made = {f.target_id for f in facts if f.type in ("DEVELOPED", "MANUFACTURES")}
    out = []
    for m in mentions:
        type_ = _MADE.get(m.type)
        if type_ is None or m.ref or m.best.id in made:
            continue
        cand = _credited(catalogue, _maker(catalogue, m), named)
        if cand is None:
            continue
        maker = stand_in(m, cand)
        out.append((m.sentence, Match(RULES[type_], maker, m, 0, m.chosen, m.start, m.end, 0)))
        made.add(m.best.id)
    return out
