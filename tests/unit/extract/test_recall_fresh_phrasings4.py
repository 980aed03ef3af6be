"""Relations news writes with a subsidiary named with its owner before the noun ("X, a Y
subsidiary"), and backers told in a participle after the place a company came from
("X spun out of Y, backed by A"), which back the company, not that place.

Every sentence here is invented for the test, in English and Vietnamese where the
construction exists in both, with cases that must not fire.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

POSITIVE = [
    # the owner before the noun of the apposition
    (
        "The cluster is run by Zeta Cloud, a Huawei subsidiary.",
        "en",
        ("zeta-cloud", "PART_OF", "huawei"),
    ),
    (
        "Zeta Cloud, an Alibaba unit, opened a second site.",
        "en",
        ("zeta-cloud", "PART_OF", "alibaba"),
    ),
    # the Vietnamese apposition names the owner after the noun, as before
    (
        "Zeta Cloud, công ty con của Huawei, xây dựng trung tâm dữ liệu.",
        "vi",
        ("zeta-cloud", "PART_OF", "huawei"),
    ),
    # a backer told in an apposition of the company itself still backs it
    (
        "DeepSeek, backed by Alibaba, released a new model.",
        "en",
        ("alibaba", "PARTNERS_WITH", "deepseek"),
    ),
    (
        "DeepSeek, được hậu thuẫn bởi Alibaba, ra mắt mô hình mới.",
        "vi",
        ("alibaba", "PARTNERS_WITH", "deepseek"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "fact"), POSITIVE)
def test_fresh_phrasing_gives_the_fact(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


NEGATIVE = [
    # a firm that only rivals or partners the other is no part of it
    (
        "Zeta Cloud, a Huawei rival, opened a second site.",
        "en",
        ("zeta-cloud", "PART_OF", "huawei"),
    ),
    (
        "Zeta Cloud, a Huawei partner, opened a second site.",
        "en",
        ("zeta-cloud", "PART_OF", "huawei"),
    ),
    # the place a company came from is not what its backers back
    (
        "Zeta AI spun out of Tsinghua University, backed by Alibaba and Huawei.",
        "en",
        ("alibaba", "PARTNERS_WITH", "tsinghua-university"),
    ),
    (
        "Zeta AI spun out of Tsinghua University, backed by Alibaba and Huawei.",
        "en",
        ("huawei", "PARTNERS_WITH", "tsinghua-university"),
    ),
    (
        "Zeta AI tách ra từ Đại học Thanh Hoa, được hậu thuẫn bởi Alibaba và Huawei.",
        "vi",
        ("alibaba", "PARTNERS_WITH", "thanh-hoa"),
    ),
    (
        "Zeta AI tách ra từ Đại học Thanh Hoa, được hậu thuẫn bởi Alibaba và Huawei.",
        "vi",
        ("huawei", "PARTNERS_WITH", "thanh-hoa"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "fact"), NEGATIVE)
def test_fresh_phrasing_keeps_out_the_wrong_fact(stated, text, lang, fact):
    assert not has_fact(stated(text, language=lang), fact)
