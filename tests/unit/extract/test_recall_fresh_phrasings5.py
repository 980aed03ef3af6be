"""Ownership and funding facts news writes in an apposition or around a funding round:
Vietnamese "Y, sàn thuộc sở hữu của X" (X owns Y, not the other way), "X, công ty mẹ của Y",
and the backers of a round ("vòng ... do X dẫn dắt, với sự tham gia của Z",
"vòng gọi vốn của Y, với sự tham gia của Z"), beside the English forms of each.

Every sentence here is invented for the test, with cases that must not fire.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

POSITIVE = [
    # the thing owned before "thuộc sở hữu của", its owner after
    (
        "Người dùng chuộng Zeta Cloud, nhà cung cấp đám mây thuộc sở hữu của Alibaba.",
        "vi",
        ("alibaba", "OWNS", "zeta-cloud"),
    ),
    (
        "Zeta Cloud là dịch vụ thuộc sở hữu của Alibaba.",
        "vi",
        ("alibaba", "OWNS", "zeta-cloud"),
    ),
    (
        "Shoppers like Zeta Cloud, a provider owned by Alibaba.",
        "en",
        ("alibaba", "OWNS", "zeta-cloud"),
    ),
    (
        "Zeta Cloud thuộc sở hữu của Alibaba.",
        "vi",
        ("alibaba", "OWNS", "zeta-cloud"),
    ),
    # the owner named in an apposition
    (
        "ByteDance, công ty mẹ của TikTok, mở thêm văn phòng.",
        "vi",
        ("bytedance", "OWNS", "tiktok"),
    ),
    (
        "ByteDance, the parent of TikTok, opened another office.",
        "en",
        ("bytedance", "OWNS", "tiktok"),
    ),
    # backers of a round told after the company that raised it
    (
        "DeepSeek huy động được 300 triệu USD trong vòng Series B do Alibaba dẫn dắt.",
        "vi",
        ("alibaba", "PARTNERS_WITH", "deepseek"),
    ),
    (
        "DeepSeek gọi được 300 triệu USD trong vòng mới, với sự tham gia của Nvidia.",
        "vi",
        ("nvidia", "PARTNERS_WITH", "deepseek"),
    ),
    (
        (
            "Alibaba dẫn dắt vòng gọi vốn 200 triệu USD của DeepSeek hồi tháng 3, với sự tham "
            "gia của Nvidia và Microsoft."
        ),
        "vi",
        ("microsoft", "PARTNERS_WITH", "deepseek"),
    ),
    (
        "DeepSeek closed a $300 million round led by Alibaba.",
        "en",
        ("alibaba", "PARTNERS_WITH", "deepseek"),
    ),
]

NEGATIVE = [
    # the owner follows "thuộc sở hữu của": the thing owned owns nothing
    (
        "Zeta Cloud là dịch vụ thuộc sở hữu của Alibaba.",
        "vi",
        ("zeta-cloud", "OWNS", "alibaba"),
    ),
    (
        "Shoppers like Zeta Cloud, a provider owned by Alibaba.",
        "en",
        ("zeta-cloud", "OWNS", "alibaba"),
    ),
    (
        "Zeta Cloud thuộc sở hữu của Alibaba.",
        "vi",
        ("zeta-cloud", "OWNS", "alibaba"),
    ),
    # a denied ownership
    (
        "Zeta Cloud không thuộc sở hữu của Alibaba.",
        "vi",
        ("alibaba", "OWNS", "zeta-cloud"),
    ),
    # a round in one clause, a contract in the next: no backer
    (
        "DeepSeek gọi được 300 triệu USD trong vòng Series B, còn Nvidia ký hợp đồng với Huawei.",
        "vi",
        ("nvidia", "PARTNERS_WITH", "deepseek"),
    ),
    (
        "DeepSeek raised $300 million in a new round, while Nvidia signed a deal with Huawei.",
        "en",
        ("nvidia", "PARTNERS_WITH", "deepseek"),
    ),
    # "với sự tham gia của" after an event that is no round
    (
        "DeepSeek ra mắt mô hình mới tại Bắc Kinh, với sự tham gia của Nvidia.",
        "vi",
        ("nvidia", "PARTNERS_WITH", "deepseek"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "fact"), POSITIVE)
def test_ownership_and_round_phrasing_gives_the_fact(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


@pytest.mark.parametrize(("text", "lang", "fact"), NEGATIVE)
def test_ownership_and_round_phrasing_keeps_out_the_wrong_fact(stated, text, lang, fact):
    assert not has_fact(stated(text, language=lang), fact)
