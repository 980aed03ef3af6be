"""Checks the extraction tests share."""

from __future__ import annotations

from extract.pipeline import DocumentInput, extract
from graph.ontology import SYMMETRIC_TYPES


def has_fact(found: set[tuple[str, str, str]], fact: tuple[str, str, str]) -> bool:
    """`fact` is among `found`, either way round for the symmetric types."""
    source, type_, target = fact
    return fact in found or (type_ in SYMMETRIC_TYPES and (target, type_, source) in found)


def typed_names(text: str, lang: str = "en") -> dict[str, str]:
    """name -> type of every entity found in `text`, with the bundled catalogue."""
    result = extract([DocumentInput(text, language=lang, published="2025-06-01")])
    return {e.name: e.type for e in result.entities}


def found_in(
    text: str, lang: str = "en", aliases: bool = False
) -> tuple[dict, set[tuple[str, str, str]]]:
    """With the bundled catalogue: entity id -> type (or -> its aliases seen, with `aliases`),
    and the (source, type, target) of every relation found in `text`."""
    result = extract([DocumentInput(text, language=lang)])
    found = {e.id: set(e.aliases) if aliases else e.type for e in result.entities}
    return found, {(r.source, r.type, r.target) for r in result.relations}
