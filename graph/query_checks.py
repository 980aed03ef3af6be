"""Parameter checks and text keys shared by every `GraphStore` backend.

Each check is a small pure function: it returns the value normalised, or raises
`graph.errors.InvalidQuery` with a message a user can act on. Both stores call
them first, before touching any data, so a bad query changes nothing and gets
the same error from every backend.

>>> check_depth(2)
2
>>> check_types("DEVELOPED,OWNS")
('DEVELOPED', 'OWNS')
>>> check_as_of("2024-11")
'2024-11'
>>> search_key("Trung Quốc")
'trung quoc'
"""

from __future__ import annotations

import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date

from graph.errors import InvalidQuery
from graph.ontology import ENTITY_TYPES, RELATION_TYPES
from graph.store import MAX_DEPTH, MAX_HOPS, MAX_PATHS

__all__ = [
    "DIRECTIONS",
    "MAX_LIMIT",
    "check_as_of",
    "check_depth",
    "check_direction",
    "check_entity_type",
    "check_entity_types",
    "check_hops",
    "check_k",
    "check_limit",
    "check_min_confidence",
    "check_path_ends",
    "check_ref",
    "check_relation_type",
    "check_types",
    "search_key",
    "search_rank",
]

MAX_LIMIT = 500
DIRECTIONS: tuple[str, ...] = ("any", "out", "in")

_AS_OF = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")


def _int_in_range(value: object, name: str, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidQuery(f"{name} must be an integer from {low} to {high}, got {value!r}")
    if not low <= value <= high:
        raise InvalidQuery(f"{name} must be from {low} to {high}, got {value}")
    return value


def check_depth(n: object) -> int:
    """Neighbourhood depth, 1..`MAX_DEPTH` (3)."""
    return _int_in_range(n, "depth", 1, MAX_DEPTH)


def check_hops(n: object) -> int:
    """Maximum path length in edges, 1..`MAX_HOPS` (6)."""
    return _int_in_range(n, "max_hops", 1, MAX_HOPS)


def check_k(n: object) -> int:
    """Number of shortest paths asked for, 1..`MAX_PATHS` (10)."""
    return _int_in_range(n, "k", 1, MAX_PATHS)


def check_limit(n: object, name: str = "limit", maximum: int = MAX_LIMIT) -> int:
    """A result-size limit, 1..`maximum` (500)."""
    return _int_in_range(n, name, 1, maximum)


def check_min_confidence(x: object) -> float:
    """A confidence threshold in [0, 1].

    >>> check_min_confidence(0.5)
    0.5
    """
    if isinstance(x, bool) or not isinstance(x, int | float) or math.isnan(x):
        raise InvalidQuery(f"min_confidence must be a number from 0 to 1, got {x!r}")
    if not 0.0 <= float(x) <= 1.0:
        raise InvalidQuery(f"min_confidence must be from 0 to 1, got {x}")
    return float(x)


def _names(seq: str | Iterable[str] | None) -> list[str]:
    if seq is None:
        return []
    if isinstance(seq, str):
        seq = seq.split(",")
    out: list[str] = []
    for item in seq:
        if not isinstance(item, str):
            raise InvalidQuery(f"type names must be strings, got {item!r}")
        name = item.strip()
        if name and name not in out:
            out.append(name)
    return out


def check_types(seq: str | Iterable[str] | None) -> tuple[str, ...]:
    """Relation type names (a sequence or a comma-separated string); () means all.

    >>> check_types(None)
    ()
    """
    names = _names(seq)
    for name in names:
        check_relation_type(name)
    return tuple(names)


def check_relation_type(name: str) -> str:
    """One relation type name from the ontology."""
    if name not in RELATION_TYPES:
        raise InvalidQuery(
            f"unknown relation type {name!r}; expected one of {', '.join(RELATION_TYPES)}"
        )
    return name


def check_entity_types(seq: str | Iterable[str] | None) -> tuple[str, ...]:
    """Entity type names (a sequence or a comma-separated string); () means all."""
    names = _names(seq)
    for name in names:
        check_entity_type(name)
    return tuple(names)


def check_entity_type(name: str) -> str:
    """One entity type name from the ontology."""
    if name not in ENTITY_TYPES:
        raise InvalidQuery(
            f"unknown entity type {name!r}; expected one of {', '.join(ENTITY_TYPES)}"
        )
    return name


def check_as_of(s: object) -> str | None:
    """A date `YYYY`, `YYYY-MM` or `YYYY-MM-DD` that exists in the calendar, or None.

    >>> check_as_of(None) is None
    True
    """
    if s is None:
        return None
    if not isinstance(s, str):
        raise InvalidQuery(f"as_of must be a date YYYY[-MM[-DD]], got {s!r}")
    text = s.strip()
    match = _AS_OF.match(text)
    if match is None:
        raise InvalidQuery(f"as_of must be a date YYYY[-MM[-DD]], got {s!r}")
    year, month, day = match.groups()
    try:
        date(int(year), int(month or 1), int(day or 1))
    except ValueError as err:
        raise InvalidQuery(f"as_of {s!r} is not a calendar date: {err}") from None
    return text


def check_direction(s: object) -> str:
    """Path direction: `any`, `out` (edges followed source to target) or `in`."""
    if s not in DIRECTIONS:
        raise InvalidQuery(f"direction must be one of {', '.join(DIRECTIONS)}, got {s!r}")
    return str(s)


def check_path_ends(source_id: str, target_id: str) -> None:
    """A path needs two different ends."""
    if source_id == target_id:
        raise InvalidQuery(f"a path needs two different entities, got {source_id!r} twice")


def check_ref(ref: object) -> str:
    """A non-empty entity reference (id, name or alias)."""
    if not isinstance(ref, str) or not ref.strip():
        raise InvalidQuery(f"an entity reference must be a non-empty string, got {ref!r}")
    return ref


def search_key(text: str) -> str:
    """The key search compares by: `fold`-like, and without accents (đ -> d).

    >>> search_key("  Mỹ ") == search_key("my")
    True
    """
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("đ", "d").replace("ł", "l").replace("ø", "o")
    return " ".join(text.split())


def search_rank(q: str, names: Iterable[str]) -> int | None:
    """How well `q` (already a `search_key`) matches any of `names`.

    0 exact, 1 prefix, 2 substring, None no match; an empty `q` matches at 2.

    >>> search_rank("deep", ["DeepSeek", "深度求索"])
    1
    """
    if not q:
        return 2
    best: int | None = None
    for name in names:
        key = search_key(name)
        if key == q:
            return 0
        if key.startswith(q):
            best = 1
        elif q in key and best is None:
            best = 2
    return best
