"""Policy, platform and model facts written in ways the plain pair rules passed over.

- a rival's own score after a comparison ("above the 79% of o1", "nhỉnh hơn mức 79% của o1");
- a product put on the market ("put X on sale", "a phone Huawei started selling");
- a chip or model a company made itself ("chip X tự phát triển");
- a rule a target could breach ("could breach the export controls");
- a fact shared with the name before its subject: an agency's parent ("the Commerce
  Department's bureau issued ..."), a partner ("A partnered with B to offer X").

Each case pairs a sentence that states the fact with a near miss that does not, in
English and Vietnamese where the construction exists in both. The sentences are
written for these tests; entities come from the test catalogue (conftest.py).
"""

from __future__ import annotations

import pytest

POLICY = "us-chip-export-controls"

# (relation triple, language, sentence that states it, sentence that does not)
CASES = [
    # OUTPERFORMS: the rival's score named with the rival
    (
        ("deepseek-r1", "OUTPERFORMS", "o1"),
        "en",
        "DeepSeek-R1 scored 80.1% on the maths test, just above the 79.5% of OpenAI o1.",
        "DeepSeek-R1 scored 80.1% on the maths test, and OpenAI o1 was not tested.",
    ),
    (
        ("o1", "OUTPERFORMS", "deepseek-r1"),
        "en",
        "DeepSeek-R1 scored 70% on the coding test, below the 75% posted by OpenAI o1.",
        "DeepSeek-R1 scored 70% on the coding test, while OpenAI o1 skipped it.",
    ),
    (
        ("deepseek-r1", "OUTPERFORMS", "o1"),
        "vi",
        "DeepSeek-R1 đạt 80,1% trên bài thi toán, nhỉnh hơn mức 79,5% của OpenAI o1.",
        "DeepSeek-R1 đạt 80,1% trên bài thi toán, còn OpenAI o1 chưa được thử.",
    ),
    (
        ("o1", "OUTPERFORMS", "deepseek-r1"),
        "vi",
        "DeepSeek-R1 đạt 70 điểm trên bài thi lập trình, thấp hơn mức 75 điểm của OpenAI o1.",
        "DeepSeek-R1 đạt 70 điểm trên bài thi lập trình, trong khi OpenAI o1 không tham gia.",
    ),
    # DEVELOPED: a product put on the market by its maker
    (
        ("bytedance", "DEVELOPED", "tiktok"),
        "en",
        "ByteDance put TikTok on sale in app stores outside China in 2017.",
        "ByteDance saw TikTok on sale as a risk after the hearing.",
    ),
    (
        ("openai", "DEVELOPED", "chatgpt"),
        "en",
        "Many schools now pay for ChatGPT, the chatbot OpenAI started selling to universities.",
        "Many schools now pay for ChatGPT, the chatbot OpenAI's critics warned about.",
    ),
    (
        ("bytedance", "DEVELOPED", "tiktok"),
        "en",
        "ByteDance began selling TikTok ads to small shops last year.",
        "ByteDance stopped hiring while TikTok grew last year.",
    ),
    # DEVELOPED / MANUFACTURES: what the subject made itself
    (
        ("alibaba", "DEVELOPED", "qwen2.5"),
        "vi",
        "Alibaba đưa vào dùng mô hình Qwen2.5 tự phát triển cho dịch vụ khách hàng.",
        "Alibaba đưa vào dùng mô hình Qwen2.5 sau khi khách hàng đề nghị.",
    ),
    (
        ("huawei", "MANUFACTURES", "huawei-ascend-910b"),
        "vi",
        "Huawei vận hành một cụm 8.000 chip Ascend 910B tự thiết kế ở Quý Châu.",
        "Huawei vận hành một cụm 8.000 chip Ascend 910B ở Quý Châu.",
    ),
    # RESTRICTS: what would breach a rule is what the rule covers
    (
        (POLICY, "RESTRICTS", "nvidia"),
        "en",
        "Nvidia may have violated the export controls by shipping through resellers.",
        "Nvidia may have welcomed the export controls after months of uncertainty.",
    ),
    (
        (POLICY, "RESTRICTS", "huawei-ascend-910b"),
        "en",
        "Buying the Ascend 910B anywhere could breach the export controls.",
        "Buying the Ascend 910B anywhere could ease worries about the export controls.",
    ),
    # ISSUED: the parent of the agency that issues a rule issues it too
    (
        ("us-commerce-department", "ISSUED", POLICY),
        "en",
        "The Commerce Department's Bureau of Industry and Security (BIS) issued the export controls.",
        "The Commerce Department's Bureau of Industry and Security (BIS) studied the export controls.",
    ),
    # HOSTS: a partner shares the serving of a model
    (
        ("hugging-face", "HOSTS", "deepseek-r1"),
        "en",
        "Hugging Face partnered with Microsoft to offer DeepSeek-R1 to developers.",
        "Hugging Face partnered with Microsoft to study DeepSeek-R1 and its rivals.",
    ),
    (
        ("hugging-face", "HOSTS", "deepseek-r1"),
        "vi",
        "Hugging Face hợp tác với Microsoft để cung cấp mô hình DeepSeek-R1 cho lập trình viên.",
        "Hugging Face hợp tác với Microsoft để đánh giá mô hình DeepSeek-R1 cho lập trình viên.",
    ),
]


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_construction_is_read(stated, triple, lang, positive, negative):
    assert triple in stated(positive, language=lang)


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_near_miss_is_not_read(stated, triple, lang, positive, negative):
    assert triple not in stated(negative, language=lang)


def test_partner_shares_only_what_it_offers(stated):
    found = stated(
        "Hugging Face partnered with Microsoft to offer DeepSeek-R1 to developers.", language="en"
    )
    assert ("microsoft", "HOSTS", "deepseek-r1") in found
    assert ("hugging-face", "DEVELOPED", "deepseek-r1") not in found


def test_a_shop_selling_a_product_made_elsewhere_needs_the_product_right_after(stated):
    found = stated(
        "Microsoft began selling laptops that come with TikTok installed.", language="en"
    )
    assert ("microsoft", "DEVELOPED", "tiktok") not in found
