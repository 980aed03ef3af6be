"""Placeholder entry point; the extraction engine replaces this module."""

from __future__ import annotations

from dataclasses import dataclass

from graph.model import ExtractionResult


@dataclass(slots=True)
class DocumentInput:
    """A text to extract from, with what the caller knows about it."""

    text: str
    title: str | None = None
    url: str | None = None
    language: str | None = None  # "en", "vi"; detected when None
    published: str | None = None  # YYYY-MM-DD; read from the dateline when None


def extract(documents: list[DocumentInput]) -> ExtractionResult:
    """Extract entities and relations from `documents` (one batch)."""
    raise NotImplementedError("extraction engine not written yet")
