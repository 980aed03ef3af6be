"""What a sentence denies is not a fact; what it adds with "not only" is."""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

PAIR = ("alibaba", "PARTNERS_WITH", "openai")


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Alibaba không hợp tác với OpenAI trong dự án này.", "vi"),
        ("Alibaba chưa bao giờ hợp tác với OpenAI.", "vi"),
        ("Alibaba denied that it had partnered with OpenAI.", "en"),
        ("Alibaba phủ nhận việc hợp tác với OpenAI.", "vi"),
    ],
)
def test_a_denied_tie_is_no_fact(triples, text, lang):
    assert not has_fact(triples(text, language=lang), PAIR)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Alibaba không chỉ hợp tác với OpenAI mà còn với Google.", "vi"),
        ("Alibaba, which does not sell phones, partnered with OpenAI.", "en"),
        ("Alibaba partnered with OpenAI.", "en"),
    ],
)
def test_an_added_or_elsewhere_negated_tie_stays(triples, text, lang):
    assert has_fact(triples(text, language=lang), PAIR)


def test_a_rule_that_reads_the_negation_keeps_its_fact(triples):
    found = triples("DeepSeek-R1 chưa đạt tới mức của GPT-4o.", language="vi")
    assert ("gpt-4o", "OUTPERFORMS", "deepseek-r1") in found
