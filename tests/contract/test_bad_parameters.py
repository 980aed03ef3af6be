"""Bad parameters get `InvalidQuery`, the same from every store, and change nothing."""

from __future__ import annotations

import pytest

from graph.errors import InvalidQuery
from tests.contract.graphs import load_world

BAD_CALLS = {
    "depth 0": lambda s: s.neighborhood("openai", depth=0),
    "depth 4": lambda s: s.neighborhood("openai", depth=4),
    "limit 0": lambda s: s.neighborhood("openai", limit=0),
    "limit 501": lambda s: s.neighborhood("openai", limit=501),
    "unknown relation type": lambda s: s.neighborhood("openai", types=["INVENTED"]),
    "unknown entity type": lambda s: s.neighborhood("openai", entity_types=["Gadget"]),
    "min_confidence 2": lambda s: s.neighborhood("openai", min_confidence=2.0),
    "as_of words": lambda s: s.neighborhood("openai", as_of="last year"),
    "as_of month 13": lambda s: s.neighborhood("openai", as_of="2024-13"),
    "as_of day 31 in april": lambda s: s.snapshot(as_of="2024-04-31"),
    "k 0": lambda s: s.paths("openai", "china", k=0),
    "k 11": lambda s: s.paths("openai", "china", k=11),
    "max_hops 0": lambda s: s.paths("openai", "china", max_hops=0),
    "max_hops 7": lambda s: s.paths("openai", "china", max_hops=7),
    "direction": lambda s: s.paths("openai", "china", direction="sideways"),
    "exclude type": lambda s: s.paths("openai", "china", exclude=["Gadget"]),
    "paths relation type": lambda s: s.paths("openai", "china", types=["FRIENDS"]),
    "paths as_of": lambda s: s.paths("openai", "china", as_of="2024/01/01"),
    "search type": lambda s: s.search("x", type="Gadget"),
    "search limit": lambda s: s.search("x", limit=0),
    "timeline type": lambda s: s.timeline(type="INVENTED"),
    "timeline limit": lambda s: s.timeline(limit=0),
    "stats top": lambda s: s.stats(top=0),
    "depth not an int": lambda s: s.neighborhood("openai", depth="2"),
}


@pytest.mark.parametrize("case", list(BAD_CALLS))
def test_bad_parameters_raise_invalid_query(store, case):
    load_world(store)
    before = store.snapshot()
    with pytest.raises(InvalidQuery) as info:
        BAD_CALLS[case](store)
    assert str(info.value)  # a message a user can act on
    assert store.snapshot() == before


def test_bad_parameters_are_checked_before_the_entity(store):
    with pytest.raises(InvalidQuery):
        store.neighborhood("nobody", depth=9)
