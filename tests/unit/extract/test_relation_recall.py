"""Cue phrasings news uses for each relation, beyond the plainest verb.

Each case pairs a sentence that states the fact with a near miss that does not,
in English and Vietnamese. Sentences are written for these tests; entities come
from the test catalogue (conftest.py).
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

# (relation triple, language, sentence that states it, sentence that does not)
CASES = [
    # PARTNERS_WITH: investment and backing
    (
        ("deepseek", "PARTNERS_WITH", "alibaba"),
        "en",
        "DeepSeek is backed by Alibaba, two people close to the company said.",
        "DeepSeek was praised by Alibaba engineers at a meetup.",
    ),
    (
        ("microsoft", "PARTNERS_WITH", "openai"),
        "en",
        "Microsoft poured another $10 billion into OpenAI this year.",
        "Microsoft hired several engineers who had left OpenAI.",
    ),
    (
        ("microsoft", "PARTNERS_WITH", "bytedance"),
        "en",
        "Microsoft raised fresh investment from ByteDance in a private round.",
        "Microsoft bought office furniture from ByteDance.",
    ),
    (
        ("alibaba", "PARTNERS_WITH", "deepseek"),
        "vi",
        "Alibaba rót 2 tỷ USD vào DeepSeek trong vòng gọi vốn mới.",
        "Alibaba nhắc đến DeepSeek trong báo cáo quý.",
    ),
    (
        ("deepseek", "PARTNERS_WITH", "alibaba"),
        "vi",
        "DeepSeek nhận vốn từ Alibaba ngay từ năm đầu.",
        "DeepSeek nhận lời mời từ Alibaba để dự hội thảo.",
    ),
    # DEVELOPED: "the company behind Y", "cha đẻ của Y"
    (
        ("bytedance", "DEVELOPED", "chatgpt"),
        "en",
        "ByteDance, the Beijing company behind ChatGPT, hired more staff.",
        "ByteDance fell behind ChatGPT in downloads.",
    ),
    (
        ("bytedance", "DEVELOPED", "chatgpt"),
        "vi",
        "ByteDance, cha đẻ của ChatGPT, vừa tuyển thêm người.",
        "ByteDance tụt lại phía sau ChatGPT về lượt tải.",
    ),
    # HOSTS: a cloud that serves models
    (
        ("microsoft", "HOSTS", "deepseek-r1"),
        "vi",
        "Microsoft bắt đầu cung cấp các mô hình DeepSeek-R1 cho khách hàng doanh nghiệp.",
        "Microsoft đánh giá các mô hình DeepSeek-R1 là đáng chú ý.",
    ),
    # OWNS: acquisitions, and a stake that is not ownership
    (
        ("bytedance", "OWNS", "hugging-face"),
        "en",
        "ByteDance completed its acquisition of Hugging Face on Friday.",
        "ByteDance took a small stake in Hugging Face on Friday.",
    ),
    (
        ("nvidia", "OWNS", "hugging-face"),
        "vi",
        "Nvidia hoàn tất thương vụ mua lại Hugging Face trong tháng này.",
        "Nvidia mua cổ phần Hugging Face trong tháng này.",
    ),
    # HOSTS: where a model can be downloaded, the platform named first
    (
        ("hugging-face", "HOSTS", "deepseek-r1"),
        "vi",
        "Mô hình DeepSeek-R1 có thể tải về từ Hugging Face.",
        "Mô hình DeepSeek-R1 được nhân viên Hugging Face nhắc tới.",
    ),
    (
        ("hugging-face", "HOSTS", "deepseek-r1"),
        "en",
        "On Hugging Face, DeepSeek-R1 became the most liked model within a week.",
        "Hugging Face staff discussed DeepSeek-R1 at length.",
    ),
    # COMPETES_WITH: comparisons
    (
        ("qwen2.5", "COMPETES_WITH", "gpt-4o"),
        "en",
        "Qwen2.5 is comparable to GPT-4o on most coding tasks.",
        "Qwen2.5 was released several months after GPT-4o.",
    ),
    (
        ("qwq", "COMPETES_WITH", "gpt-4o"),
        "en",
        "Alibaba showed QwQ, a small open model that it says rivals GPT-4o.",
        "Alibaba showed QwQ, a small open model, next to GPT-4o.",
    ),
    (
        ("qwq", "OUTPERFORMS", "gpt-4o"),
        "en",
        "Alibaba showed QwQ, a small open model which it claims beats GPT-4o.",
        "Alibaba showed QwQ, a small open model which it claims costs less, next to GPT-4o.",
    ),
    (
        ("qwen2.5", "COMPETES_WITH", "gpt-4o"),
        "vi",
        "Qwen2.5 có hiệu năng tương đương GPT-4o ở nhiều bài toán.",
        "Qwen2.5 ra đời sau GPT-4o vài tháng.",
    ),
    # FOUNDED: longer passives
    (
        ("liang-wenfeng", "FOUNDED", "deepseek"),
        "en",
        "DeepSeek was created in 2023 by the entrepreneur Liang Wenfeng.",
        "DeepSeek was praised in 2023 by Liang Wenfeng.",
    ),
    (
        ("liang-wenfeng", "FOUNDED", "deepseek"),
        "vi",
        "DeepSeek do doanh nhân Liang Wenfeng sáng lập năm 2023.",
        "DeepSeek do Liang Wenfeng điều hành từ năm 2023.",
    ),
    # LEADS
    (
        ("sam-altman", "LEADS", "openai"),
        "en",
        "Sam Altman took the helm of OpenAI in 2019.",
        "Sam Altman visited the offices of OpenAI in 2019.",
    ),
    # BASED_ON: versions and successors
    (
        ("qwq", "BASED_ON", "qwen2.5"),
        "en",
        "QwQ, a reasoning version of Qwen2.5, was published in November.",
        "QwQ was compared with Qwen2.5 in November.",
    ),
    (
        ("qwq", "BASED_ON", "qwen2.5"),
        "vi",
        "QwQ là phiên bản suy luận của Qwen2.5.",
        "QwQ và Qwen2.5 đều được phát hành mở.",
    ),
    # OUTPERFORMS: the weaker model named first
    (
        ("deepseek-r1", "OUTPERFORMS", "gpt-4o"),
        "en",
        "On maths tests GPT-4o trails DeepSeek-R1 by a wide margin.",
        "On maths tests GPT-4o and DeepSeek-R1 were both evaluated.",
    ),
    (
        ("deepseek-r1", "OUTPERFORMS", "gpt-4o"),
        "vi",
        "Ở bài kiểm tra toán, GPT-4o kém hơn DeepSeek-R1 khá xa.",
        "Ở bài kiểm tra toán, GPT-4o và DeepSeek-R1 cùng được đánh giá.",
    ),
    # RESTRICTS / ISSUED: putting a company on a list, export licences
    (
        ("entity-list", "RESTRICTS", "huawei"),
        "en",
        "In 2019 the Commerce Department added Huawei to the Entity List.",
        "In 2019 Huawei executives criticised the Entity List.",
    ),
    (
        ("united-states", "ISSUED", "entity-list"),
        "en",
        "The US added Huawei to the Entity List in 2019.",
        "The US and Huawei both commented on the Entity List in 2019.",
    ),
    (
        ("entity-list", "RESTRICTS", "huawei"),
        "vi",
        "Bộ Thương mại Mỹ đưa Huawei vào Danh sách thực thể năm 2019.",
        "Huawei nhiều lần phản đối Danh sách thực thể.",
    ),
    (
        ("us-chip-export-controls", "RESTRICTS", "nvidia-a100"),
        "en",
        "The export controls, tightened again in 2023, cut Chinese buyers off from the A100.",
        "The export controls were debated in Congress the week the A100 shipped.",
    ),
    (
        ("cac", "RESTRICTS", "nvidia-h20"),
        "vi",
        "CAC yêu cầu giấy phép đối với chip H20 bán trong nước.",
        "CAC bàn về chip H20 trong một cuộc họp.",
    ),
]


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_relation_cue_is_found_when_stated(triples, triple, lang, positive, negative):
    assert has_fact(triples(positive, language=lang), triple)


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_relation_cue_is_not_found_in_a_near_miss(stated, triple, lang, positive, negative):
    assert not has_fact(stated(negative, language=lang), triple)


def test_a_stake_is_an_investment_not_ownership(triples):
    found = triples("Microsoft owns a minority stake in OpenAI.", language="en")
    assert ("microsoft", "OWNS", "openai") not in found


def test_a_possessed_country_does_not_restrict(triples):
    found = triples("Lệnh hạn chế xuất khẩu của Mỹ đã chặn chip A100 từ năm 2022.", language="vi")
    assert ("united-states", "RESTRICTS", "nvidia-a100") not in found
    assert ("us-chip-export-controls", "RESTRICTS", "nvidia-a100") in found


def test_a_chip_named_with_its_maker_is_restricted_not_the_maker(triples):
    found = triples(
        "The export controls cut Chinese buyers off from Nvidia's A100 in 2022.", language="en"
    )
    assert ("us-chip-export-controls", "RESTRICTS", "nvidia-a100") in found
    assert ("us-chip-export-controls", "RESTRICTS", "nvidia") not in found


def test_users_of_a_product_are_not_its_users_of_a_model(triples):
    found = triples("OpenAI phát hành o1 cho người dùng ChatGPT.", language="vi")
    assert ("o1", "USES", "chatgpt") not in found


def test_the_agent_of_a_listing_is_not_listed(triples):
    found = triples("Huawei bị Mỹ đưa vào Danh sách thực thể từ năm 2019.", language="vi")
    assert ("entity-list", "RESTRICTS", "huawei") in found
    assert ("entity-list", "RESTRICTS", "united-states") not in found


def test_a_title_clause_does_not_make_the_manager_the_developer(triples):
    found = triples(
        "DeepSeek, do ông Liang Wenfeng làm tổng giám đốc, phát triển mô hình R1.", language="vi"
    )
    assert ("liang-wenfeng", "DEVELOPED", "deepseek-r1") not in found
