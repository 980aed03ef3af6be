"""One positive and one negative sentence per relation type, in English and Vietnamese.

Sentences are written for these tests; entities come from the test catalogue
(conftest.py) or are discovered from their cues.
"""

from __future__ import annotations

import pytest

from graph.model import relation_id

# (relation triple, language, sentence that states it, sentence that does not)
CASES = [
    (
        ("openai", "DEVELOPED", "gpt-4o"),
        "en",
        "OpenAI released GPT-4o to paying users in May 2024.",
        "Several OpenAI users compared GPT-4o with older tools.",
    ),
    (
        ("deepseek", "DEVELOPED", "deepseek-r1"),
        "vi",
        "DeepSeek đã ra mắt mô hình R1 vào tháng 1.",
        "Người dùng DeepSeek thích thử R1 mỗi ngày.",
    ),
    (
        ("bytedance", "OWNS", "tiktok"),
        "en",
        "ByteDance, the owner of TikTok, is expanding in Europe.",
        "ByteDance said TikTok users kept growing.",
    ),
    (
        ("bytedance", "OWNS", "tiktok"),
        "vi",
        "ByteDance (chủ sở hữu TikTok) vừa công bố kết quả kinh doanh.",
        "ByteDance và TikTok đều có mặt tại hội chợ.",
    ),
    (
        ("qwen-team", "PART_OF", "alibaba"),
        "en",
        "The Qwen team at Alibaba shipped a new checkpoint.",
        "The Qwen team praised the engineers who left Alibaba.",
    ),
    (
        ("qwen-team", "PART_OF", "alibaba"),
        "vi",
        "Nhóm Qwen của Alibaba đã đóng góp nhiều mô hình mở.",
        "Alibaba chúc mừng nhóm Qwen.",
    ),
    (
        ("huawei", "COMPETES_WITH", "nvidia"),
        "en",
        "Huawei competes with Nvidia in the data-centre market.",
        "Huawei met Nvidia executives at a trade fair.",
    ),
    (
        ("huawei", "COMPETES_WITH", "nvidia"),
        "vi",
        "Huawei là đối thủ của Nvidia tại thị trường nội địa.",
        "Huawei đã gặp đại diện Nvidia tại hội chợ.",
    ),
    (
        ("microsoft", "PARTNERS_WITH", "openai"),
        "en",
        "Microsoft partnered with OpenAI in 2019.",
        "Microsoft criticised OpenAI last week.",
    ),
    (
        ("alibaba", "PARTNERS_WITH", "deepseek"),
        "vi",
        "Alibaba đã hợp tác với DeepSeek để làm trợ lý ảo.",
        "Alibaba không bình luận về DeepSeek.",
    ),
    (
        ("deepseek-r1", "BASED_ON", "deepseek-v3"),
        "en",
        "DeepSeek-R1 is built on DeepSeek-V3, the lab says.",
        "DeepSeek-R1 and DeepSeek-V3 were both popular downloads.",
    ),
    (
        ("qwq", "BASED_ON", "qwen2.5"),
        "vi",
        "QwQ được xây dựng dựa trên Qwen2.5.",
        "QwQ và Qwen2.5 đều miễn phí.",
    ),
    (
        ("deepseek-r1", "OUTPERFORMS", "o1"),
        "en",
        "In its tests R1 outperforms OpenAI's o1 on maths problems.",
        "In its tests R1 was run alongside OpenAI's o1 on maths problems.",
    ),
    (
        ("deepseek-r1", "OUTPERFORMS", "o1"),
        "vi",
        "Theo công ty, R1 vượt trội o1 của OpenAI ở các bài toán.",
        "Theo công ty, R1 và o1 của OpenAI đều được thử nghiệm.",
    ),
    (
        ("liang-wenfeng", "FOUNDED", "deepseek"),
        "en",
        "Liang Wenfeng, the founder of DeepSeek, rarely gives interviews.",
        "Liang Wenfeng praised the engineers of DeepSeek.",
    ),
    (
        ("liang-wenfeng", "FOUNDED", "deepseek"),
        "vi",
        "Liang Wenfeng, người sáng lập DeepSeek, ít khi trả lời phỏng vấn.",
        "Liang Wenfeng khen ngợi các kỹ sư trẻ ở DeepSeek.",
    ),
    (
        ("jensen-huang", "LEADS", "nvidia"),
        "en",
        "Nvidia chief executive Jensen Huang visited Beijing on Friday.",
        "Jensen Huang talked about Nvidia shares on Friday.",
    ),
    (
        ("sam-altman", "LEADS", "openai"),
        "vi",
        "Sam Altman - Giám đốc điều hành OpenAI - cho biết sẽ mở rộng.",
        "Sam Altman đã dùng thử nhiều sản phẩm của OpenAI.",
    ),
    (
        ("ana-ruiz", "WORKS_FOR", "hugging-face"),
        "en",
        "Ana Ruiz, a researcher at Hugging Face, shared the results.",
        "Sam Altman visited Hugging Face on Monday.",
    ),
    (
        ("tran-thu-ha", "WORKS_FOR", "hugging-face"),
        "vi",
        "Bà Trần Thu Hà, nhà nghiên cứu tại Hugging Face, nhận định thị trường sôi động.",
        "Sam Altman đã đến thăm Hugging Face.",
    ),
    (
        ("deepseek", "LOCATED_IN", "hangzhou"),
        "en",
        "DeepSeek, a Hangzhou-based start-up, surprised investors.",
        "DeepSeek engineers flew to Hangzhou for a holiday.",
    ),
    (
        ("hugging-face", "LOCATED_IN", "united-states"),
        "vi",
        "Hugging Face (Mỹ) là nền tảng chia sẻ mô hình.",
        "Hugging Face đã được nhắc đến rất nhiều ở Mỹ.",
    ),
    (
        ("huawei", "MANUFACTURES", "huawei-ascend-910b"),
        "en",
        "Huawei makes the Ascend 910B for domestic clouds.",
        "Some customers compared the Ascend 910B with rivals, Huawei said.",
    ),
    (
        ("nvidia", "MANUFACTURES", "nvidia-h20"),
        "vi",
        "Nvidia sản xuất chip H20 cho thị trường Trung Quốc.",
        "Nvidia nói chip H20 bán chậm.",
    ),
    (
        ("bytedance", "USES", "nvidia-h20"),
        "en",
        "ByteDance relies on Nvidia H20 chips for training.",
        "ByteDance said Nvidia H20 chips were scarce.",
    ),
    (
        ("alibaba", "USES", "nvidia-h20"),
        "vi",
        "Alibaba sử dụng chip H20 để huấn luyện mô hình.",
        "Alibaba cho rằng chip H20 quá đắt.",
    ),
    (
        ("united-states", "ISSUED", "us-chip-export-controls"),
        "en",
        "The US imposed chip export controls in 2022.",
        "Analysts in China discussed chip export controls.",
    ),
    (
        ("united-states", "ISSUED", "us-chip-export-controls"),
        "vi",
        "Lệnh hạn chế xuất khẩu của Mỹ khiến nhiều công ty lo ngại.",
        "Trung Quốc phản đối lệnh hạn chế xuất khẩu.",
    ),
    (
        ("us-chip-export-controls", "RESTRICTS", "nvidia-a100"),
        "en",
        "Export controls restrict sales of the Nvidia A100 abroad.",
        "Export controls were debated while the Nvidia A100 sold well.",
    ),
    (
        ("us-chip-export-controls", "RESTRICTS", "china"),
        "vi",
        "Các công ty Trung Quốc bị cản trở bởi lệnh hạn chế xuất khẩu.",
        "Trung Quốc đã bình luận về lệnh hạn chế xuất khẩu.",
    ),
    (
        ("hugging-face", "HOSTS", "qwen2.5"),
        "en",
        "Qwen2.5 is available on Hugging Face.",
        "Qwen2.5 was praised by Hugging Face staff.",
    ),
    (
        ("hugging-face", "HOSTS", "qwen2.5"),
        "vi",
        "Qwen2.5 có sẵn trên Hugging Face.",
        "Hugging Face nhận xét Qwen2.5 khá tốt.",
    ),
    (
        ("chatbot-arena", "RANKS", "gpt-4o"),
        "en",
        "GPT-4o tops the Chatbot Arena leaderboard.",
        "Chatbot Arena staff met the GPT-4o developers.",
    ),
    (
        ("chatbot-arena", "RANKS", "gpt-4o"),
        "vi",
        "GPT-4o dẫn đầu bảng xếp hạng Chatbot Arena.",
        "Nhân viên Chatbot Arena bàn luận về GPT-4o.",
    ),
    (
        ("cac", "APPROVED", "ernie"),
        "en",
        "The Cyberspace Administration of China approved Ernie for public release.",
        "The Cyberspace Administration of China reviewed Ernie.",
    ),
    (
        ("cac", "APPROVED", "ernie"),
        "vi",
        "Cục Quản lý Không gian mạng đã phê duyệt Ernie.",
        "Cục Quản lý Không gian mạng xem xét Ernie.",
    ),
]

IDS = [f"{t[1].lower()}-{lang}" for t, lang, *_ in CASES]


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES, ids=IDS)
def test_relation_is_found_when_stated(triples, triple, lang, positive, negative):
    assert triple in triples(positive, language=lang)


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES, ids=IDS)
def test_relation_is_not_found_when_not_stated(stated, triple, lang, positive, negative):
    assert triple not in stated(negative, language=lang)


def test_catalogue_link_between_co_mentioned_names_has_low_confidence(run):
    result = run("Người dùng DeepSeek thích thử R1 mỗi ngày.", language="vi")
    (rel,) = [r for r in result.relations if r.type == "DEVELOPED"]
    assert (rel.source, rel.target) == ("deepseek", "deepseek-r1")
    assert rel.confidence < 0.6
    assert [e.rule for e in rel.evidence] == ["developed.catalogue.co_mention"]


def test_every_relation_type_is_covered_in_both_languages():
    from graph.ontology import RELATION_TYPES

    covered = {(t[1], lang) for t, lang, *_ in CASES}
    # each type has at least one case; the two languages are both exercised overall
    assert {t for t, _ in covered} == set(RELATION_TYPES)
    assert {lang for _, lang in covered} == {"en", "vi"}


def test_passive_vietnamese_keeps_the_direction(triples):
    found = triples("Công cụ Sora được OpenAI tung ra vào tuần đầu tháng 12.", language="vi")
    assert ("openai", "DEVELOPED", "sora") in found
    assert ("sora", "DEVELOPED", "openai") not in found


def test_symmetric_relation_is_stored_once(run):
    result = run("Huawei competes with Nvidia, and Nvidia competes with Huawei.", language="en")
    ids = [r.id for r in result.relations if r.type == "COMPETES_WITH"]
    assert ids == [relation_id("huawei", "COMPETES_WITH", "nvidia")]


def test_coordinated_models_share_their_developer(triples):
    found = triples("Các mô hình GPT-4o và o1 của OpenAI vẫn dẫn đầu.", language="vi")
    assert {("openai", "DEVELOPED", "gpt-4o"), ("openai", "DEVELOPED", "o1")} <= found


def test_name_that_contains_its_maker_gives_manufactures(triples):
    assert ("nvidia", "MANUFACTURES", "nvidia-a100") in triples(
        "Labs hoarded the Nvidia A100 before the rules.", language="en"
    )


def test_vietnamese_passive_leadership_with_apposition(triples):
    text = "Alibaba, tập đoàn do ông Sam Altman, một doanh nhân, dẫn dắt, vừa công bố kết quả."
    assert ("sam-altman", "LEADS", "alibaba") in triples(text, language="vi")


def test_vietnamese_passive_founding_skips_a_parenthesis(triples):
    text = "DeepSeek, công ty có trụ sở tại Hàng Châu do Liang Wenfeng (Lương Văn Phong) sáng lập."
    found = triples(text, language="vi")
    assert ("liang-wenfeng", "FOUNDED", "deepseek") in found
    assert ("deepseek", "LOCATED_IN", "hangzhou") in found


def test_former_roles_are_not_leadership(triples):
    text = "Jensen Huang, cựu phó chủ tịch của Microsoft, nói về thị trường."
    assert ("jensen-huang", "LEADS", "microsoft") not in triples(text, language="vi")


def test_founder_named_after_led_by(triples):
    text = (
        "DeepSeek is a small lab. The Hangzhou-based company, led by founder Liang Wenfeng, grew."
    )
    found = triples(text, language="en")
    assert ("liang-wenfeng", "LEADS", "deepseek") in found
    assert ("liang-wenfeng", "FOUNDED", "deepseek") in found


def test_blacklisting_restricts_the_company(triples):
    text = "Mỹ đưa Huawei vào danh sách hạn chế thương mại từ năm 2019."
    assert ("united-states", "RESTRICTS", "huawei") in triples(text, language="vi")
