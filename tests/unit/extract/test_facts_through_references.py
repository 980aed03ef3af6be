"""Facts whose one side is a reference ("its", "the company", "công ty này") resolved to a name.

A reference is a mention like any other once resolution has named it, so the pair
rules read "its backers" or "its ... humanoids" the way they read a name. Each case
pairs a sentence that states the fact with a near miss that does not, in English
and Vietnamese. The sentences are written for these tests; entities come from the
test catalogue (conftest.py). Only facts a text rule found count (`stated`).
"""

from __future__ import annotations

import pytest

# (relation triple, language, text that states it, text that does not)
CASES = [
    # backers named through "its": "A and B are among its investors"
    (
        ("alibaba", "PARTNERS_WITH", "deepseek"),
        "en",
        "DeepSeek is a lab in Hangzhou. Alibaba and Nvidia are among its investors.",
        "DeepSeek is a lab in Hangzhou. Alibaba and Nvidia are among its rivals.",
    ),
    (
        ("deepseek", "PARTNERS_WITH", "nvidia"),
        "en",
        "DeepSeek is a lab in Hangzhou. Alibaba and Nvidia are among its investors.",
        "DeepSeek is a lab in Hangzhou. Alibaba and Nvidia are among its customers.",
    ),
    # ... and through a name: "A is one of B's backers"
    (
        ("alibaba", "PARTNERS_WITH", "deepseek"),
        "en",
        "Alibaba is one of DeepSeek's backers, a filing shows.",
        "Alibaba is one of DeepSeek's critics, a filing shows.",
    ),
    (
        ("alibaba", "PARTNERS_WITH", "deepseek"),
        "vi",
        "DeepSeek ở Hàng Châu. Alibaba và Nvidia nằm trong số các nhà đầu tư của công ty này.",
        "DeepSeek ở Hàng Châu. Alibaba và Nvidia nằm trong số các đối thủ của công ty này.",
    ),
    # "its X humanoids / robots / system": a made thing, not only an owned one
    (
        ("huawei", "DEVELOPED", "walker-s1"),
        "en",
        "Huawei makes phones in Shenzhen. Its Walker S1 humanoids now work on car assembly lines.",
        "Huawei makes phones in Shenzhen. Walker S1 humanoids now work on car assembly lines.",
    ),
    (
        ("huawei", "DEVELOPED", "walker-s1"),
        "en",
        "Huawei's Walker S1 humanoids now work on car assembly lines.",
        "Huawei said Walker S1 humanoids now work on car assembly lines.",
    ),
    (
        ("huawei", "DEVELOPED", "walker-s1"),
        "vi",
        "Huawei là hãng ở Thâm Quyến. Công ty này phát triển robot Walker S1.",
        "Huawei là hãng ở Thâm Quyến. Robot Walker S1 đã làm việc tại nhà máy ô tô.",
    ),
]


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_fact_through_reference(stated, triple, lang, positive, negative):
    assert triple in stated(positive, language=lang)
    assert triple not in stated(negative, language=lang)


def test_its_robots_are_made_not_owned(stated):
    facts = stated(
        "Huawei makes phones in Shenzhen. Its Walker S1 humanoids now work on car assembly lines.",
        language="en",
    )
    assert ("huawei", "OWNS", "walker-s1") not in facts


@pytest.mark.parametrize(
    "text",
    ["ByteDance runs apps in Beijing. Its TikTok app grew fast.", "ByteDance's TikTok app grew."],
)
def test_an_app_stays_owned(stated, text):
    facts = stated(text, language="en")
    assert ("bytedance", "OWNS", "tiktok") in facts
    assert ("bytedance", "DEVELOPED", "tiktok") not in facts
