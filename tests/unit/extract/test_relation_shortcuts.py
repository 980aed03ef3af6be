"""Shortcuts of the relation stage skip only work whose answer is already known.

Sentences are written for these tests.
"""

from __future__ import annotations

import random
import re

import pytest

from extract.dates import _clause_bounds, _may_date, find_dates
from extract.folding import plain_char, plain_lower
from extract.relations.plans import _index, pair_plan
from extract.relations.sentence import _HOST_WORD_LIST, hosted_on, ranks_by_source
from extract.spans import Candidate, Found


def _found(text: str, name: str, type_: str, *more: str) -> Found:
    start = text.index(name)
    types = (type_, *more)
    cands = [Candidate(name.lower(), name, t) for t in types]
    return Found(start, start + len(name), name, cands)


def _pairs(matches):
    return [(m.rule.type, m.source.text, m.target.text) for m in matches]


@pytest.mark.parametrize(
    "text",
    [
        "Weights of Qwen3 are now available on Hugging Face.",
        "Trọng số của Qwen3 đã có sẵn trên Hugging Face.",
        "Qwen3 IS AVAILABLE ON Hugging Face.",
        "Qwen3 is avaılable on Hugging Face.",  # a dotless i: the regexes decide
    ],
)
def test_a_platform_with_an_availability_word_hosts_the_model(text):
    mentions = [_found(text, "Qwen3", "AIModel"), _found(text, "Hugging Face", "Organization")]
    assert _pairs(hosted_on(text, mentions)) == [("HOSTS", "Hugging Face", "Qwen3")]


@pytest.mark.parametrize(
    "text",
    [
        "Qwen3 was praised on Hugging Face.",  # no availability word
        "Qwen3 là mô hình được nhắc đến trên Hugging Face.",
        "Released in spring after a long and careful review, Qwen3 was discussed on Hugging Face.",
    ],
)
def test_a_platform_without_an_availability_word_near_it_hosts_nothing(text):
    mentions = [_found(text, "Qwen3", "AIModel"), _found(text, "Hugging Face", "Organization")]
    assert hosted_on(text, mentions) == []


def test_sentence_rules_without_a_model_give_nothing():
    text = "Alibaba's tools are available on Hugging Face, according to the LMArena leaderboard."
    mentions = [
        _found(text, "Alibaba", "Organization"),
        _found(text, "Hugging Face", "Organization"),
        _found(text, "LMArena", "Benchmark"),
    ]
    assert hosted_on(text, mentions) == [] and ranks_by_source(text, mentions) == []
    model = _found(text, "tools", "AIModel")
    assert _pairs(ranks_by_source(text, [*mentions, model])) == [("RANKS", "LMArena", "tools")]


def _plans():
    return [pair_plan(lang, (a,), (b,)) for lang, a, b in _index()] + [
        pair_plan("en", ("Organization", "Product"), ("AIModel", "Product")),
        pair_plan("vi", ("Person", "Organization"), ("Organization", "Location")),
    ]


def test_reachable_rules_are_those_with_an_anchor_among_the_words_or_none_at_all():
    rng = random.Random(3)
    plans = _plans()
    vocab = sorted({w for plan in plans for w in plan.words} | {"the", "of", "và", ","})
    for _ in range(300):
        words = rng.choices(vocab, k=rng.randint(0, 6))
        for plan in rng.sample(plans, 10):
            expected = tuple(
                x for x in plan.todo if x[2].anchors is None or x[2].anchors & set(words)
            )
            assert plan.reachable(words) == expected


def test_clause_bounds_agree_with_a_scan_for_breaks():
    breaks = re.compile(r"[,;:()\[\]–—]")
    rng = random.Random(11)
    for _ in range(3000):
        text = "".join(rng.choices("ab ,;:()[]–—", k=rng.randint(0, 16)))
        pos = rng.randint(-2, 18)
        start = max((m.end() for m in breaks.finditer(text, 0, pos)), default=0)
        stop = breaks.search(text, pos)
        assert _clause_bounds(text, pos) == (start, stop.start() if stop else len(text))


def test_host_words_are_lowercase_literals_the_cheap_test_can_read():
    assert all(plain_lower(w) == w and all(plain_char(c) for c in w) for w in _HOST_WORD_LIST)


@pytest.mark.parametrize(
    "lang, dated, undated",
    [
        ("en", "The chip was shown on Tuesday.", "The chip was shown to the press."),
        ("en", "Sales fell in Sept. after the rule.", "Sales fell after the rule."),
        ("vi", "Con chip ra mắt hôm qua.", "Con chip ra mắt tại Hà Nội."),
        ("vi", "Quy định có hiệu lực từ tháng trước.", "Quy định có hiệu lực ngay."),
    ],
)
def test_a_sentence_without_a_digit_or_date_word_is_not_searched(lang, dated, undated):
    assert _may_date(plain_lower(dated), lang) and find_dates(dated, lang, "2025-03-12")
    assert not _may_date(plain_lower(undated), lang)
    assert find_dates(undated, lang, "2025-03-12") == []
