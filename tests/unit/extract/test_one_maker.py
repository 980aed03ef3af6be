"""A list does not lend one maker's product to another maker written onto its own product."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("It beat Google's GPT-4o and Qwen2.5 from Alibaba on maths.", "en"),
        ("Nó vượt GPT-4o của Google và Qwen2.5 của Alibaba về toán.", "vi"),
    ],
)
def test_each_product_keeps_its_own_maker(triples, text, lang):
    found = triples(text, language=lang)
    assert ("alibaba", "DEVELOPED", "qwen2.5") in found
    assert ("google", "DEVELOPED", "qwen2.5") not in found
    assert ("alibaba", "DEVELOPED", "gpt-4o") not in found


def test_makers_named_together_both_keep_the_product(triples):
    found = triples("Qwen2.5 was developed by Alibaba and Google together.", language="en")
    assert {("alibaba", "DEVELOPED", "qwen2.5"), ("google", "DEVELOPED", "qwen2.5")} <= found
