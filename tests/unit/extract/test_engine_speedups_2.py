"""Round-2 shortcuts of the engine give what the plain way gives.

Sentences are written for these tests.
"""

from __future__ import annotations

import random

from extract.catalogue import Catalogue
from extract.pipeline import DocumentInput, _Merger, extract
from extract.relations import RelationFinder
from extract.relations.lexicon import PairRule
from extract.relations.rules import Match
from extract.spans import Candidate, DateExpr, DocState, Found
from graph.model import Sentence


def test_skipped_agrees_with_a_scan_of_every_furniture_range():
    rng = random.Random(7)
    for _ in range(2000):
        ranges = [(a, a + rng.randint(0, 30)) for a in (rng.randint(0, 100) for _ in range(4))]
        st = DocState("en", None, [], skip=ranges[: rng.randint(0, 4)])
        for _ in range(20):
            start = rng.randint(0, 120)
            end = start + rng.randint(0, 25)
            plain = any(a <= start and end <= b for a, b in st.skip)
            assert st.skipped(start, end) is plain, (st.skip, start, end)


def test_a_span_inside_a_long_range_that_opens_early_is_skipped():
    st = DocState("en", None, [], skip=[(0, 100), (10, 12)])
    assert st.skipped(40, 60)
    assert not st.skipped(90, 110)


def test_catalogue_mentions_of_one_entry_share_its_candidate(catalogue_path):
    text = "OpenAI hired engineers. Later OpenAI opened an office in Tokyo."
    result = extract([DocumentInput(text)], catalogue_path=catalogue_path)
    assert [m.text for m in result.mentions if m.entity == "openai"] == ["OpenAI", "OpenAI"]
    openai = next(e for e in result.entities if e.id == "openai")
    assert openai.mentions == 2 and openai.confidence == 1.0


def _found(start: int, ident: str, type_: str, source: str = "discovery") -> Found:
    return Found(start, start + len(ident), ident, [Candidate(ident, ident, type_, source, 0.9)])


def test_a_new_entity_takes_its_most_frequent_type_and_the_first_seen_on_a_tie():
    merger = _Merger(Catalogue.from_entries([]))
    for type_ in ("Product", "AIModel", "AIModel", "Product"):
        merger.mention(_found(0, "zeta", type_))
    merger.mention(_found(0, "eta", "Organization"))
    merger.mention(_found(0, "eta", "Person"))
    merger.mention(_found(0, "eta", "Person"))
    types = {e.id: e.type for e in merger.entities()}
    assert types == {"eta": "Person", "zeta": "Product"}


def _state_with_dates(dates: list[DateExpr]) -> DocState:
    text = "Acme has built a model, Zed-1, shipped in May 2024 to testers."
    st = DocState("en", None, [Sentence(0, 0, len(text), text)], text)
    st.date_finder = lambda _st, _index: dates
    return st


def test_a_weaker_match_lends_its_date_to_the_kept_fact():
    src, tgt = _found(0, "acme", "Organization"), _found(20, "zed-1", "AIModel")
    strong = PairRule("strong", "DEVELOPED", "*", "", confidence=0.9)
    weak = PairRule("weak", "DEVELOPED", "*", "", confidence=0.5)
    st = _state_with_dates([DateExpr(40, 48, "2024-05")])
    best: dict = {}
    finder = RelationFinder(catalogue=None)
    finder._keep(best, Match(strong, src, tgt, 0, 0, 0, 25, 3), 0, _state_with_dates([]))
    (fact,) = best.values()
    assert fact.rule == "strong" and fact.date is None
    finder._keep(best, Match(weak, src, tgt, 0, 0, 0, 38, 3), 0, st)
    (fact,) = best.values()
    assert fact.rule == "strong" and fact.date == "2024-05"


def test_a_stronger_match_replaces_the_fact_and_keeps_the_older_date():
    src, tgt = _found(0, "acme", "Organization"), _found(20, "zed-1", "AIModel")
    weak = PairRule("weak", "DEVELOPED", "*", "", confidence=0.5)
    strong = PairRule("strong", "DEVELOPED", "*", "", confidence=0.9)
    best: dict = {}
    finder = RelationFinder(catalogue=None)
    dated = _state_with_dates([DateExpr(30, 38, "2023-02")])
    finder._keep(best, Match(weak, src, tgt, 0, 0, 0, 25, 3), 0, dated)
    finder._keep(best, Match(strong, src, tgt, 0, 0, 0, 25, 3), 0, _state_with_dates([]))
    (fact,) = best.values()
    assert fact.rule == "strong" and fact.date == "2023-02"


def test_relations_and_mentions_come_out_sorted_across_a_batch(catalogue_path):
    docs = [
        DocumentInput("Google is a rival of OpenAI in search. OpenAI hired Google staff."),
        DocumentInput("Alibaba and Google compete in cloud computing in China."),
    ]
    result = extract(docs, catalogue_path=catalogue_path)
    ids = [r.id for r in result.relations]
    assert ids == sorted(ids) and len(ids) == len(set(ids))
    keys = [(m.document, m.start) for m in result.mentions]
    assert keys == sorted(keys) and result.mentions
    for rel in result.relations:
        evidence = [(e.document, e.start, e.rule) for e in rel.evidence]
        assert evidence == sorted(evidence)
