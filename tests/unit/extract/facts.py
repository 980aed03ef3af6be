"""Checks the extraction tests share."""

from __future__ import annotations

from graph.ontology import SYMMETRIC_TYPES


def has_fact(found: set[tuple[str, str, str]], fact: tuple[str, str, str]) -> bool:
    """`fact` is among `found`, either way round for the symmetric types."""
    source, type_, target = fact
    return fact in found or (type_ in SYMMETRIC_TYPES and (target, type_, source) in found)
