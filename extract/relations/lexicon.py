"""Relation rules as data: every `PairRule`, gathered from one file per family.

A `PairRule` looks at two mentions L ... R in one sentence. `between` is a
regex over the words between them (lowercased, punctuation split off, written
with `{wN}` = "up to N filler words"); `reverse` says R is the source; `tail`
must match right after R ("Sora được OpenAI *phát hành*"), `head` right before
L. Argument types come from `graph.ontology.RELATION_TYPES`, narrowed by
`sources`/`targets` when a cue only fits some kinds. `confidence` is the rule's
own trust: direct appositions high, distant verbs lower.

Each relation type lives in exactly one of `rules_making.py`, `rules_hardware.py`,
`rules_people.py`, `rules_places.py`, `rules_claims.py` and `rules_policy.py`
(more BASED_ON phrasings in `rules_bases.py`).
"""

from __future__ import annotations

from extract.relations import (
    rules_bases,
    rules_claims,
    rules_hardware,
    rules_making,
    rules_people,
    rules_places,
    rules_policy,
)
from extract.relations.rule import DATED_TYPES, PairRule

__all__ = ["DATED_TYPES", "PAIR_RULES", "PairRule"]

PAIR_RULES: tuple[PairRule, ...] = (
    rules_making.RULES
    + rules_hardware.RULES
    + rules_people.RULES
    + rules_places.RULES
    + rules_claims.RULES
    + rules_policy.RULES
    + rules_bases.RULES
)
