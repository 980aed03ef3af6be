"""The closed vocabulary of racegraph: entity types and relation types.

Everything that names a Neo4j label or relationship type comes from here, so a
type that reaches Cypher has always been checked against this list first.
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = [
    "ENTITY_TYPES",
    "RELATION_TYPES",
    "SYMMETRIC_TYPES",
    "RelationType",
    "check_entity_type",
    "check_relation_type",
]

ENTITY_TYPES: tuple[str, ...] = (
    "Organization",
    "Person",
    "Location",
    "AIModel",
    "Product",
    "Hardware",
    "Policy",
    "Benchmark",
    "Event",
)


@dataclass(frozen=True, slots=True)
class RelationType:
    """One relation type of the ontology: its name, allowed ends and symmetry."""

    name: str
    sources: frozenset[str]
    targets: frozenset[str]
    symmetric: bool = False

    def allows(self, source_type: str, target_type: str) -> bool:
        """Whether an edge from an entity of `source_type` to `target_type` fits."""
        if self.symmetric:
            return source_type == target_type or (
                source_type in self.sources and target_type in self.targets
            )
        return source_type in self.sources and target_type in self.targets


def _rt(name: str, sources: str, targets: str, symmetric: bool = False) -> RelationType:
    every = " ".join(ENTITY_TYPES)
    return RelationType(
        name,
        frozenset((every if sources == "*" else sources).split()),
        frozenset((every if targets == "*" else targets).split()),
        symmetric,
    )


RELATION_TYPES: dict[str, RelationType] = {
    rt.name: rt
    for rt in (
        _rt("DEVELOPED", "Organization Person", "AIModel Product Hardware Benchmark"),
        _rt("OWNS", "Organization", "Organization Product"),
        _rt("PART_OF", "Organization", "Organization"),
        _rt("COMPETES_WITH", "*", "*", symmetric=True),
        _rt("PARTNERS_WITH", "Organization Person", "Organization Person", symmetric=True),
        _rt("BASED_ON", "AIModel", "AIModel"),
        _rt("OUTPERFORMS", "AIModel", "AIModel"),
        _rt("FOUNDED", "Person", "Organization"),
        _rt("LEADS", "Person", "Organization"),
        _rt("WORKS_FOR", "Person", "Organization"),
        _rt("LOCATED_IN", "Organization Person Event", "Location"),
        _rt("MANUFACTURES", "Organization", "Hardware"),
        _rt("USES", "Organization AIModel", "Hardware AIModel Product"),
        _rt("ISSUED", "Location Organization", "Policy"),
        _rt("RESTRICTS", "Policy Location Organization", "Location Organization Hardware"),
        _rt("HOSTS", "Product Organization", "AIModel"),
        _rt("RANKS", "Benchmark", "AIModel"),
        _rt("APPROVED", "Organization", "Product AIModel"),
    )
}

SYMMETRIC_TYPES: frozenset[str] = frozenset(n for n, rt in RELATION_TYPES.items() if rt.symmetric)


def check_entity_type(name: str) -> str:
    """Return `name` if it is an ontology entity type, else raise ValueError.

    >>> check_entity_type("AIModel")
    'AIModel'
    """
    if name not in ENTITY_TYPES:
        raise ValueError(f"unknown entity type {name!r}; expected one of {', '.join(ENTITY_TYPES)}")
    return name


def check_relation_type(name: str) -> str:
    """Return `name` if it is an ontology relation type, else raise ValueError.

    >>> check_relation_type("DEVELOPED")
    'DEVELOPED'
    """
    if name not in RELATION_TYPES:
        raise ValueError(
            f"unknown relation type {name!r}; expected one of {', '.join(RELATION_TYPES)}"
        )
    return name
