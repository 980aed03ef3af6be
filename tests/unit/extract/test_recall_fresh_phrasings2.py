"""Relations news writes with staff at a firm, heads of a firm's unit, money put into a
firm, purchases completed, and passives and appositions that must find the right subject.

Every sentence here is invented for the test. Each feature has cases in English and
Vietnamese where the construction exists in both, and cases that must not fire.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

POSITIVE = [
    # a staff noun with two words before it: "a technology policy analyst at Y"
    (
        '"Demand will hold," said Jane Roe, a semiconductor supply analyst at Microsoft.',
        "en",
        ("jane-roe", "WORKS_FOR", "microsoft"),
    ),
    # "a director at Y": one of its directors works there
    (
        "Jane Roe, a director at Huawei, declined to comment.",
        "en",
        ("jane-roe", "WORKS_FOR", "huawei"),
    ),
    # the head of a unit of the firm works for it
    (
        "Ông Park Min-ho, người đứng đầu mảng điện toán đám mây của Huawei, cho biết như vậy.",
        "vi",
        ("park-min-ho", "WORKS_FOR", "huawei"),
    ),
    # money put into a firm backs it
    (
        "Microsoft put $2 billion into DeepSeek last spring.",
        "en",
        ("microsoft", "PARTNERS_WITH", "deepseek"),
    ),
    # a completed purchase with its price between
    (
        "Nvidia completed the $700 million purchase of Hugging Face in 2024.",
        "en",
        ("nvidia", "OWNS", "hugging-face"),
    ),
    # a bare passive keeps working
    (
        "Zeta Robotics is run by Jane Roe.",
        "en",
        ("jane-roe", "LEADS", "zeta-robotics"),
    ),
    (
        "Zeta Robotics, set up in 2019 and run by Jane Roe, is hiring.",
        "en",
        ("jane-roe", "LEADS", "zeta-robotics"),
    ),
    # the owned of a list apposition is its last name
    (
        "Microsoft and Zeta Capital, the fund owned by Alibaba, agreed to the deal.",
        "en",
        ("alibaba", "OWNS", "zeta-capital"),
    ),
    (
        "Alibaba mua lại Zeta Robotics vào năm ngoái.",
        "vi",
        ("alibaba", "OWNS", "zeta-robotics"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "fact"), POSITIVE)
def test_fresh_phrasing_gives_the_fact(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


NEGATIVE = [
    # "a director at Y" is not the one who leads Y
    (
        "Jane Roe, a director at Huawei, declined to comment.",
        "en",
        ("jane-roe", "LEADS", "huawei"),
    ),
    # the head of a unit does not lead the whole firm
    (
        "Ông Park Min-ho, người đứng đầu mảng điện toán đám mây của Huawei, cho biết như vậy.",
        "vi",
        ("park-min-ho", "LEADS", "huawei"),
    ),
    # a bare founder title does not reach over a comma into the next clause
    (
        "John Doe, another co-founder, left for Microsoft in May.",
        "en",
        ("john-doe", "FOUNDED", "microsoft"),
    ),
    # the agents of an earlier passive are not what the next passive is about
    (
        "Backed by Alibaba and Huawei, the fund is chaired by Jane Roe, a banker.",
        "en",
        ("jane-roe", "LEADS", "huawei"),
    ),
    (
        "Zeta Robotics, launched in May by Alibaba and chaired by Jane Roe, is hiring.",
        "en",
        ("jane-roe", "LEADS", "alibaba"),
    ),
    # an apposition after a list describes its last name only
    (
        "Microsoft and Zeta Capital, the fund owned by Alibaba, agreed to the deal.",
        "en",
        ("alibaba", "OWNS", "microsoft"),
    ),
    # "owned by" is a passive: the one before it is owned, not the owner
    (
        "Microsoft and Zeta Capital, the fund owned by Alibaba, agreed to the deal.",
        "en",
        ("zeta-capital", "OWNS", "alibaba"),
    ),
    # a denied purchase is no purchase
    (
        "Alibaba khẳng định không mua lại Zeta Robotics.",
        "vi",
        ("alibaba", "OWNS", "zeta-robotics"),
    ),
    # putting things other than money into something is no investment
    (
        "Microsoft put its chips into the new servers of DeepSeek.",
        "en",
        ("microsoft", "PARTNERS_WITH", "deepseek"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "fact"), NEGATIVE)
def test_fresh_phrasing_keeps_out_the_wrong_fact(stated, text, lang, fact):
    assert not has_fact(stated(text, language=lang), fact)
