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
