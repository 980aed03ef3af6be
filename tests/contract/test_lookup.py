"""Finding things: get, resolve, search, and what happens when they are not there."""

from __future__ import annotations

import pytest

from graph.errors import (
    DocumentNotFound,
    EntityNotFound,
    InvalidQuery,
    NotFound,
    RelationNotFound,
)
from graph.model import Document, Entity, ExtractionResult
from tests.contract.graphs import load_world


@pytest.fixture
def world(store):
    load_world(store)
    return store


def test_get_entity_returns_the_stored_entity(world):
    ent = world.get_entity("kuaishou")
    assert (ent.id, ent.name, ent.type) == ("kuaishou", "Kuaishou", "Organization")


@pytest.mark.parametrize("ref", ["Trung Quốc", "trung  QUỐC", "China", "CHINA", "china"])
def test_resolve_by_alias(world, ref):
    assert world.resolve(ref).id == "china"


@pytest.mark.parametrize("ref", ["deepseek", "DeepSeek", "DEEPSEEK", "深度求索"])
def test_resolve_by_id_name_or_alias_in_any_case(world, ref):
    assert world.resolve(ref).id == "deepseek"


def test_resolve_breaks_ties_by_mentions_then_id(store):
    doc = Document(id="a1b2c3d4e5f60718", text="Alpha and Alpha again.", published="2024-01-01")
    ents = [
        Entity("alpha-lab", "Alpha Lab", "Organization", ["Alpha"], mentions=1),
        Entity("alpha-model", "Alpha Model", "AIModel", ["Alpha"], mentions=3),
        Entity("alpha-chip", "Alpha Chip", "Hardware", ["Alpha"], mentions=3),
    ]
    store.upsert(ExtractionResult(documents=[doc], entities=ents))
    assert store.resolve("alpha").id == "alpha-chip"  # 3 mentions, and before alpha-model


def test_resolve_does_not_guess(world):
    with pytest.raises(EntityNotFound):
        world.resolve("Deep")


def test_search_finds_vietnamese_alias(world):
    assert [e.id for e in world.search("trung quoc")] == ["china"]
    assert [e.id for e in world.search("Mỹ")] == ["united-states"]
    assert "united-states" in [e.id for e in world.search("hoa ky")]


def test_search_finds_chinese_alias(world):
    assert [e.id for e in world.search("快手")] == ["kuaishou"]


def test_search_ranks_exact_then_prefix_then_substring(world):
    assert [e.id for e in world.search("deepseek")] == ["deepseek", "deepseek-r1"]
    ids = [e.id for e in world.search("seek")]
    assert ids == ["deepseek", "deepseek-r1"] or ids == ["deepseek-r1", "deepseek"]
    mentions = [e.mentions for e in world.search("seek")]
    assert mentions == sorted(mentions, reverse=True)


def test_search_filters_by_type_and_lists_a_type(world):
    assert [e.id for e in world.search("deepseek", type="AIModel")] == ["deepseek-r1"]
    models = world.search("", type="AIModel")
    assert {e.id for e in models} == {"deepseek-r1", "o1", "sora", "kling"}
    assert all(e.type == "AIModel" for e in models)
    keys = [(-e.mentions, e.id) for e in models]
    assert keys == sorted(keys)


def test_search_respects_limit(world):
    assert len(world.search("", type="Organization", limit=2)) == 2


def test_search_without_match_is_empty(world):
    assert world.search("zzzz-nothing") == []


@pytest.mark.parametrize(
    "call",
    [
        lambda s: s.get_entity("nobody"),
        lambda s: s.resolve("Nobody At All"),
        lambda s: s.neighborhood("nobody"),
        lambda s: s.paths("nobody", "openai"),
        lambda s: s.paths("openai", "nobody"),
        lambda s: s.timeline("nobody"),
    ],
    ids=["get", "resolve", "neighborhood", "paths-source", "paths-target", "timeline"],
)
def test_unknown_entity_raises(world, call):
    with pytest.raises(EntityNotFound):
        call(world)


def test_unknown_relation_and_document_raise(world):
    with pytest.raises(RelationNotFound):
        world.get_relation("openai:DEVELOPED:kling")
    with pytest.raises(DocumentNotFound):
        world.get_document("0123456789abcdef")
    with pytest.raises(NotFound):
        world.get_entity("")


def test_empty_reference_is_invalid(world):
    with pytest.raises(InvalidQuery):
        world.resolve("  ")


def test_returned_objects_are_copies(world):
    ent = world.get_entity("openai")
    ent.aliases.append("changed")
    ent.name = "changed"
    assert world.get_entity("openai").name == "OpenAI"
    assert "changed" not in world.get_entity("openai").aliases
