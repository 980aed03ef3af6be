"""A model's maker, known to the catalogue, is credited when the story names that maker anywhere."""

from __future__ import annotations

import pytest

from extract.catalogue import Catalogue, CatalogueEntry
from extract.relations.document_makers import _credited

RULE = "developed.catalogue.in_document"


def _facts(run, text: str, lang: str) -> dict[tuple[str, str, str], set[str]]:
    """(source, type, target) -> names of the rules that found it."""
    return {
        (r.source, r.type, r.target): {e.rule for e in r.evidence}
        for r in run(text, language=lang).relations
    }


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            (
                "OpenAI raised another large round this autumn.\n\n"
                "Analysts still rank o1 among the strongest reasoning systems."
            ),
        ),
        (
            "vi",
            (
                "OpenAI vừa huy động thêm một khoản vốn lớn.\n\n"
                "Giới phân tích vẫn xếp Sora vào nhóm công cụ tạo video hàng đầu."
            ),
        ),
    ],
)
def test_maker_named_paragraphs_away_is_credited(run, lang, text):
    facts = _facts(run, text, lang)
    model = "o1" if lang == "en" else "sora"
    assert RULE in facts[("openai", "DEVELOPED", model)]


def test_the_fact_points_at_the_models_own_sentence(run):
    text = "DeepSeek hired forty engineers last quarter. Users praise R1 for terse answers."
    result = run(text, language="en")
    fact = next(r for r in result.relations if r.target == "deepseek-r1")
    evidence = fact.evidence[0]
    assert evidence.rule == "developed.catalogue.in_document"
    assert text[evidence.start : evidence.end] == "R1"
    assert fact.confidence < 0.5


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Analysts still rank o1 among the strongest reasoning systems."),
        ("vi", "Giới phân tích vẫn xếp Sora vào nhóm công cụ tạo video hàng đầu."),
    ],
)
def test_no_maker_is_credited_when_the_story_never_names_it(run, lang, text):
    assert not [r for r in run(text, language=lang).relations if r.type == "DEVELOPED"]


def test_a_maker_the_text_states_wins_over_the_catalogue(run):
    text = (
        "Users praise R1 for terse answers. Google launched R1 last spring, rumours said. "
        "DeepSeek declined to comment."
    )
    facts = _facts(run, text, "en")
    assert ("google", "DEVELOPED", "deepseek-r1") in facts
    assert ("deepseek", "DEVELOPED", "deepseek-r1") not in facts


def test_products_are_not_credited(run):
    facts = _facts(run, "ByteDance reported higher revenue. TikTok added a shop tab.", "en")
    assert ("bytedance", "DEVELOPED", "tiktok") not in facts


CATALOGUE = Catalogue.from_entries(
    [
        CatalogueEntry("alibaba", "Alibaba", "Organization", ("Alibaba",)),
        CatalogueEntry("alibaba-cloud", "Alibaba Cloud", "Organization", (), parent="alibaba"),
        CatalogueEntry("qwen-team", "Qwen team", "Organization", (), parent="alibaba-cloud"),
    ]
)


@pytest.mark.parametrize(
    ("named", "credited"),
    [
        ({"qwen-team", "alibaba"}, "qwen-team"),
        ({"alibaba-cloud", "alibaba"}, "alibaba-cloud"),
        ({"alibaba"}, "alibaba"),
        ({"openai"}, None),
    ],
)
def test_the_closest_named_group_is_credited(named, credited):
    cands = {n: n for n in named}
    assert _credited(CATALOGUE, "qwen-team", cands) == credited
