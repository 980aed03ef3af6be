"""Developer links of variants: "Kimi-K2-Base" is Moonshot AI's when the sentence names it.

The catalogue links a model and its developer named in one sentence
(`sentence.catalogue_links`); a variant the catalogue lacks (`extract.variants`)
takes the link of the family it extends, a chip as MANUFACTURES.
"""

from __future__ import annotations

from extract.catalogue import Catalogue
from extract.relations.rule import PairRule
from extract.relations.rules import Match
from extract.spans import Found
from extract.variants import base_developer

__all__ = ["variant_links"]

_RULES = {
    "Hardware": PairRule(
        "manufactures.catalogue.variant", "MANUFACTURES", "*", "", confidence=0.55
    ),
    "other": PairRule("developed.catalogue.variant", "DEVELOPED", "*", "", confidence=0.55),
}


def variant_links(catalogue: Catalogue, mentions: list[Found]) -> list[Match]:
    """Family-developer links of the variant mentions of one sentence."""
    out = []
    at = None
    for m in mentions:
        c = m.best
        if c.source != "variant":
            continue
        if at is None:
            at = {x.id: (f, k) for f in mentions for k, x in enumerate(f.candidates)}
        developer = base_developer(catalogue, c.name)
        dev = at.get(developer) if developer else None
        if dev is None:
            continue
        rule = _RULES["Hardware" if c.type == "Hardware" else "other"]
        start, end = min(m.start, dev[0].start), max(m.end, dev[0].end)
        out.append(Match(rule, dev[0], m, dev[1], m.chosen, start, end, 99))
    return out
