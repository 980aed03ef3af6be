"""Families of constructions news uses for rules on chips: who issues them, whom they curb.

Each case pairs a sentence that states the fact with a near miss that does not,
in English and Vietnamese. The sentences are written for these tests (no article
is quoted); entities come from the test catalogue (conftest.py). Only facts a
text rule found count (`stated`), never a catalogue co-mention.
"""

from __future__ import annotations

import pytest

POLICY = "us-chip-export-controls"

# (relation triple, language, sentence that states it, sentence that does not)
CASES = [
    # ISSUED: a state makes, changes or ends its own rule
    (
        ("united-states", "ISSUED", POLICY),
        "en",
        "The United States scrapped the export controls after a year of lobbying.",
        "The United States economy grew while the export controls stayed in force.",
    ),
    (
        ("us-commerce-department", "ISSUED", POLICY),
        "en",
        "The Commerce Department quietly rescinded the export controls on Friday.",
        "The Commerce Department was criticised by lawmakers who defend the export controls.",
    ),
    (
        ("united-states", "ISSUED", POLICY),
        "en",
        "The United States plans to tighten the export controls again next year.",
        "The United States hosts many firms that complain about the export controls.",
    ),
    (
        ("united-states", "ISSUED", POLICY),
        "vi",
        "Mỹ bãi bỏ lệnh hạn chế xuất khẩu vào tháng 5 sau nhiều tranh cãi.",
        "Mỹ chứng kiến doanh số chip giảm dù lệnh hạn chế xuất khẩu vẫn còn.",
    ),
    (
        ("us-commerce-department", "ISSUED", POLICY),
        "vi",
        "Bộ Thương mại Mỹ vừa nới lỏng lệnh hạn chế xuất khẩu đối với chip H20.",
        "Bộ Thương mại Mỹ nhận nhiều thư góp ý về lệnh hạn chế xuất khẩu trong tháng qua.",
    ),
    # RESTRICTS: kept out, shut out, caught by, licences, goods sent to a place
    (
        (POLICY, "RESTRICTS", "nvidia-a100"),
        "en",
        "The export controls kept the A100 out of Chinese data centres for two years.",
        "The export controls were in the news, and the A100 kept selling well.",
    ),
    (
        (POLICY, "RESTRICTS", "huawei"),
        "en",
        "The export controls effectively shut out Huawei from advanced foundries.",
        "The export controls drew an angry response from Huawei within hours.",
    ),
    (
        (POLICY, "RESTRICTS", "nvidia-a100"),
        "en",
        "The A100 was caught by the export controls in 2022.",
        "The A100 was caught in a long shipping delay before the export controls began.",
    ),
    (
        (POLICY, "RESTRICTS", "nvidia-h20"),
        "en",
        "Under the new export controls, H20 sales to China now require a licence.",
        "Under the new export controls, H20 sales rose sharply in the spring.",
    ),
    (
        (POLICY, "RESTRICTS", "china"),
        "en",
        "Under the new export controls, H20 sales to China now require a licence.",
        "Under the new export controls, H20 sales grew in China last spring.",
    ),
    (
        (POLICY, "RESTRICTS", "bytedance"),
        "en",
        "The export controls on sales of the A100 to ByteDance took effect in October.",
        "The export controls were praised by rivals of ByteDance in October.",
    ),
    (
        (POLICY, "RESTRICTS", "china"),
        "vi",
        "Lệnh hạn chế xuất khẩu siết chặt việc bán chip A100 sang Trung Quốc.",
        "Lệnh hạn chế xuất khẩu được bàn luận nhiều khi A100 bán chạy ở Trung Quốc.",
    ),
    (
        (POLICY, "RESTRICTS", "nvidia-h20"),
        "vi",
        "Theo lệnh hạn chế xuất khẩu, việc bán H20 sang Trung Quốc phải xin giấy phép.",
        "Theo lệnh hạn chế xuất khẩu, doanh số H20 vẫn tăng mạnh nhờ khách hàng mới.",
    ),
    (
        (POLICY, "RESTRICTS", "huawei"),
        "vi",
        "Huawei nằm trong diện lệnh hạn chế xuất khẩu từ năm 2019.",
        "Huawei nằm trong nhóm công ty phản đối lệnh hạn chế xuất khẩu.",
    ),
]


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_policy_construction_is_read(stated, triple, lang, positive, negative):
    assert triple in stated(positive, language=lang)


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_policy_near_miss_is_not_read(stated, triple, lang, positive, negative):
    assert triple not in stated(negative, language=lang)


def test_issuer_of_a_scrapped_rule_is_not_restricted(stated):
    found = stated("The United States scrapped the export controls on Huawei.", language="en")
    assert ("united-states", "ISSUED", POLICY) in found
    assert (POLICY, "RESTRICTS", "huawei") in found
    assert (POLICY, "RESTRICTS", "united-states") not in found
