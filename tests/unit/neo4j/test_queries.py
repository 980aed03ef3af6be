"""The Cypher builders: names only from the ontology, values only as parameters."""

from __future__ import annotations

import re

import pytest

from graph.model import Document, DocumentLink, Entity, Evidence, Relation, Sentence
from graph.neo4j import queries as Q
from graph.ontology import RELATION_TYPES


def all_query_texts() -> list[str]:
    texts = [v for k, v in vars(Q).items() if k.isupper() and isinstance(v, str)]
    texts += list(Q.schema_statements())
    texts += [Q.upsert_entities("AIModel"), Q.upsert_relations("DEVELOPED")]
    texts += [Q.neighbors_step(["OWNS"]), Q.edges_among(None), Q.get_relation("USES")]
    texts += [Q.shortest_paths(3, h, ["USES", "OWNS"], d) for h in (1, 4) for d in ("any", "out")]
    return texts


@pytest.mark.parametrize(
    "bad", ["Developed", "DEVELOPED`]->() DETACH DELETE n //", "", "OWNS|USES", "MENTIONS"]
)
def test_unknown_or_injected_relation_type_is_refused(bad):
    with pytest.raises(ValueError, match="unknown relation type"):
        Q.relation_pattern([bad])
    with pytest.raises(ValueError):
        Q.upsert_relations(bad)


@pytest.mark.parametrize("bad", ["Company", "AIModel` SET e.x = 1 //", "Entity"])
def test_unknown_or_injected_entity_type_is_refused(bad):
    with pytest.raises(ValueError, match="unknown entity type"):
        Q.entity_label(bad)
    with pytest.raises(ValueError):
        Q.entity_rows([Entity("x", "X", bad)])


def test_relation_pattern_quotes_every_checked_type():
    assert Q.relation_pattern(["USES", "OWNS"]) == ":`USES`|`OWNS`"
    assert Q.relation_pattern(None).count("|") == len(RELATION_TYPES) - 1


@pytest.mark.parametrize(
    "k,hops,direction",
    [(0, 2, "any"), (True, 2, "any"), (2, 0, "any"), (2, 11, "any"), (2, "3", "any"), (1, 2, "up")],
)
def test_path_bounds_are_validated_integers(k, hops, direction):
    with pytest.raises(ValueError):
        Q.shortest_paths(k, hops, None, direction)


def test_path_query_inlines_only_the_validated_bounds():
    text = Q.shortest_paths(4, 5, ["OWNS"], "out")
    assert "SHORTEST 4 GROUPS" in text and "{1,5}" in text
    assert "startNode(r) = u" in text


def test_only_parameters_carry_values():
    """No query embeds a data value: the only string literals are separators."""
    allowed_strings = {"':'", "''", "' '"}
    for text in all_query_texts():
        strings = set(re.findall(r"'[^']*'", text))
        assert strings <= allowed_strings, (strings, text)


def test_batched_cuts_rows():
    assert list(Q.batched(range(7), 3)) == [[0, 1, 2], [3, 4, 5], [6]]
    assert list(Q.batched([], 3)) == []
    with pytest.raises(ValueError):
        list(Q.batched([1], 0))


def test_rows_group_relations_by_type_with_per_relation_evidence_keys():
    ev = Evidence("d1", "Orbit uses Spark.", 0, 17, rule="uses")
    rows = Q.relation_rows(
        [
            Relation("orbit", "USES", "spark", evidence=[ev]),
            Relation("orbit", "OWNS", "spark-inc", evidence=[ev]),
        ]
    )
    assert sorted(rows) == ["OWNS", "USES"]
    keys = {rows[t][0]["evidence"][0]["key"] for t in rows}
    assert keys == {"orbit:USES:spark|d1|0|17|uses", "orbit:OWNS:spark-inc|d1|0|17|uses"}


def test_entity_rows_carry_search_and_resolve_keys():
    (row,) = Q.entity_rows([Entity("usa", "United States", "Location", ["Mỹ", "USA"])])["Location"]
    assert row["search_keys"] == ["united states", "my", "usa"]
    assert row["fold_keys"] == ["mỹ", "united states", "usa"]
    assert row["added"] == 0


def test_document_and_link_rows_are_plain_data():
    doc = Document("d1", text="One. Two.", sentences=[Sentence(0, 0, 4, "One.")], published="2024")
    (row,) = Q.document_rows([doc])
    assert row["date"] == "2024" and row["sentences"] == [
        {"index": 0, "start": 0, "end": 4, "text": "One."}
    ]
    assert Q.link_rows([DocumentLink("d1", "x", 2)]) == [
        {"document": "d1", "entity": "x", "count": 2}
    ]
