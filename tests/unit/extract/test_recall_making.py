"""Constructions tech news uses for making, using, ranking and restricting things.

Each case pairs a sentence that states the fact with a near miss that does not
(a different verb, a clause boundary, the other direction), in English and
Vietnamese. Sentences are written for these tests; entities come from the test
catalogue (conftest.py). Only facts a text rule found count (`stated`), never a
catalogue co-mention.
"""

from __future__ import annotations

import pytest

# (relation triple, language, sentence that states it, sentence that does not)
CASES = [
    # USES: counts of chips, suppliers, deliveries
    (
        ("alibaba", "USES", "nvidia-a100"),
        "en",
        "Alibaba built a new data centre with 20,000 A100 chips last year.",
        "Alibaba built a new data centre next to a plant that once tested the A100.",
    ),
    (
        ("alibaba", "USES", "nvidia-a100"),
        "en",
        "Alibaba's largest supplier of A100 accelerators has doubled its prices.",
        "Alibaba's largest supplier cut prices for A100 buyers in Europe.",
    ),
    (
        ("bytedance", "USES", "nvidia-a100"),
        "en",
        "Nvidia shipped thousands of A100 chips to ByteDance before the ban.",
        "Nvidia shipped thousands of A100 chips while ByteDance waited for approval.",
    ),
    (
        ("bytedance", "USES", "nvidia-a100"),
        "vi",
        "ByteDance xây cụm máy chủ với hàng nghìn chip A100 tại Malaysia.",
        "ByteDance cạnh tranh với Nvidia, hãng bán hàng nghìn chip A100 mỗi quý.",
    ),
    (
        ("alibaba", "USES", "nvidia-a100"),
        "vi",
        "Nvidia cung cấp chip A100 cho Alibaba trong nhiều năm.",
        "Nvidia ngừng cung cấp A100 từ tháng trước, khiến Alibaba phải tìm nguồn khác.",
    ),
    # MANUFACTURES: "its own X", "the maker of X", "với dòng chip X"
    (
        ("huawei", "MANUFACTURES", "huawei-ascend-910b"),
        "en",
        "Huawei says its own Ascend 910B now ships in volume.",
        "Huawei said its customers prefer the Ascend 910B over rivals.",
    ),
    (
        ("nvidia", "MANUFACTURES", "nvidia-a100"),
        "en",
        "Nvidia, the maker of the A100, reported record sales.",
        "Nvidia, a rival of the firms that bought the A100, reported record sales.",
    ),
    (
        ("huawei", "MANUFACTURES", "huawei-ascend-910b"),
        "vi",
        "Huawei với dòng chip Ascend 910B đang thu hẹp khoảng cách với đối thủ Mỹ.",
        "Nvidia cạnh tranh với dòng chip Ascend 910B tại thị trường nội địa, còn Huawei im lặng.",
    ),
    # DEVELOPED: object relatives, work of, long Vietnamese appositions
    (
        ("alibaba", "DEVELOPED", "qwen2.5"),
        "en",
        "Qwen2.5 is the model family that Alibaba released last autumn.",
        "Qwen2.5 is the model family that Alibaba engineers praised last autumn.",
    ),
    (
        ("google", "DEVELOPED", "chatbot-arena"),
        "en",
        "Chatbot Arena started as a project of researchers at Google.",
        "Chatbot Arena scores are now a project goal for researchers at Google.",
    ),
    (
        ("alibaba", "DEVELOPED", "qwen2.5"),
        "vi",
        "Qwen2.5, mô hình mà Alibaba vừa ra mắt, được giới lập trình đánh giá cao.",
        "Qwen2.5, mô hình mà Alibaba muốn vượt qua, vẫn dẫn đầu.",
    ),
    (
        ("alibaba", "DEVELOPED", "qwen2.5"),
        "vi",
        "Qwen2.5, mô hình ngôn ngữ lớn mới nhất của tập đoàn Alibaba, hỗ trợ 29 ngôn ngữ.",
        "Qwen2.5 vượt GPT-4o, mô hình ngôn ngữ lớn được Alibaba dùng để so sánh.",
    ),
    # OWNS: parent possessive, subsidiaries, control
    (
        ("bytedance", "OWNS", "tiktok"),
        "en",
        "TikTok's parent company ByteDance is weighing a listing in Hong Kong.",
        "TikTok's users and ByteDance's investors are watching the listing.",
    ),
    (
        ("microsoft", "OWNS", "hugging-face"),
        "en",
        "Microsoft took full control of Hugging Face last year.",
        "Microsoft took note of Hugging Face's growth last year.",
    ),
    (
        ("microsoft", "OWNS", "hugging-face"),
        "vi",
        "Hugging Face hiện là công ty con của Microsoft sau thương vụ năm ngoái.",
        "Hugging Face hợp tác với một công ty con của Microsoft.",
    ),
    # OUTPERFORMS, with the direction of Vietnamese passives
    (
        ("qwen2.5", "OUTPERFORMS", "gpt-4o"),
        "en",
        "Qwen2.5 eclipsed GPT-4o on coding tasks.",
        "Qwen2.5 was eclipsed by GPT-4o on coding tasks.",
    ),
    (
        ("qwq", "OUTPERFORMS", "gpt-4o"),
        "vi",
        "GPT-4o bị QwQ qua mặt ở các bài toán lập trình.",
        "GPT-4o qua mặt QwQ ở các bài toán lập trình.",
    ),
    # RANKS: "benchmarks including X" names the benchmark of every model compared
    (
        ("chatbot-arena", "RANKS", "qwen2.5"),
        "en",
        "Qwen2.5 beat GPT-4o on benchmarks including LMArena.",
        "Qwen2.5 beat GPT-4o. Reviewers still prefer LMArena for chat.",
    ),
    (
        ("chatbot-arena", "RANKS", "qwen2.5"),
        "vi",
        "Qwen2.5 vượt GPT-4o trên các bài kiểm tra như LMArena.",
        "Qwen2.5 vượt GPT-4o. Giới nghiên cứu vẫn tin LMArena hơn.",
    ),
    # ISSUED: the policy that Y imposed
    (
        ("us-commerce-department", "ISSUED", "us-chip-export-controls"),
        "en",
        "The export controls that the Commerce Department issued in 2022 still shape the market.",
        "The export controls that the Commerce Department criticised were drafted elsewhere.",
    ),
    (
        ("united-states", "ISSUED", "us-chip-export-controls"),
        "vi",
        "Lệnh hạn chế xuất khẩu mà Mỹ áp dụng từ năm 2022 đã chặn Huawei.",
        "Lệnh hạn chế xuất khẩu mà Mỹ phản đối đã bị hủy bỏ.",
    ),
    # RESTRICTS: bans on sales to a destination
    (
        ("us-chip-export-controls", "RESTRICTS", "china"),
        "en",
        (
            "The export controls, tightened again in October, bar sales of the most advanced "
            "accelerators and related equipment to China."
        ),
        "The export controls were debated in Congress while sales of phones to China grew.",
    ),
    (
        ("us-chip-export-controls", "RESTRICTS", "china"),
        "vi",
        "Lệnh hạn chế xuất khẩu cấm Nvidia bán chip A100 sang Trung Quốc.",
        "Nvidia bán chip A100 sang Trung Quốc trước khi có lệnh hạn chế xuất khẩu.",
    ),
    # APPROVED and BASED_ON
    (
        ("cac", "APPROVED", "ernie"),
        "en",
        "Ernie got the green light from the CAC in August.",
        "Ernie got a cool reception from the CAC in August.",
    ),
    (
        ("cac", "APPROVED", "ernie"),
        "vi",
        "Ernie vượt qua vòng thẩm định của Cục Quản lý Không gian mạng hồi tháng 8.",
        "Ernie vượt qua nhiều đối thủ, theo Cục Quản lý Không gian mạng.",
    ),
    (
        ("qwq", "BASED_ON", "qwen2.5"),
        "vi",
        "QwQ được phát triển trên nền Qwen2.5 với dữ liệu suy luận bổ sung.",
        "QwQ được phát triển song song với Qwen2.5 bởi hai nhóm khác nhau.",
    ),
    # round 2: whole families of constructions, not single verbs
    (
        ("nvidia", "MANUFACTURES", "nvidia-a100"),
        "en",
        "Nvidia, whose A100 once filled every training cluster, posted record profits.",
        "Nvidia, whose rivals copied the A100 design, posted record profits.",
    ),
    (
        ("huawei", "MANUFACTURES", "huawei-ascend-910b"),
        "vi",
        "Chip Ascend 910B được sản xuất trên dây chuyền 7 nm của Huawei.",
        "Chip Ascend 910B bị nhiều khách hàng chê, Huawei thừa nhận.",
    ),
    (
        ("alibaba", "USES", "nvidia-a100"),
        "en",
        "Nvidia agreed to ship 5,000 of its A100 chips to Alibaba.",
        "Nvidia agreed to ship 5,000 A100 chips, and Alibaba declined to comment.",
    ),
    (
        ("bytedance", "USES", "nvidia-a100"),
        "en",
        "ByteDance pairs the A100 with cheaper memory in its new servers.",
        "ByteDance said rivals pair cheaper memory with the A100 in their servers.",
    ),
    (
        ("chatgpt", "HOSTS", "gpt-4o"),
        "en",
        "GPT-4o is now available in ChatGPT for free users.",
        "GPT-4o was discussed at length in a ChatGPT forum.",
    ),
    (
        ("hugging-face", "HOSTS", "deepseek-r1"),
        "en",
        "The weights went up on Hugging Face, and DeepSeek-R1 quickly drew attention.",
        "The founders went up on stage with Hugging Face staff to present DeepSeek-R1.",
    ),
    (
        ("chatgpt", "HOSTS", "gpt-4o"),
        "vi",
        "GPT-4o được tích hợp vào ChatGPT từ tháng 5.",
        "GPT-4o được so sánh với ChatGPT bản cũ trong một bài đánh giá.",
    ),
    (
        ("qwen2.5", "OUTPERFORMS", "gpt-4o"),
        "en",
        "Qwen2.5 outstripped GPT-4o on the coding tests.",
        "Qwen2.5 finished training months before GPT-4o shipped.",
    ),
    (
        ("gpt-4o", "OUTPERFORMS", "qwen2.5"),
        "en",
        "Qwen2.5 lost to GPT-4o on the maths test.",
        "Qwen2.5 lost users to rivals after GPT-4o shipped.",
    ),
    (
        ("deepseek-r1", "OUTPERFORMS", "qwq"),
        "vi",
        "QwQ xếp thứ hai, chỉ sau DeepSeek-R1 trên bảng điểm toán.",
        "QwQ ra mắt chỉ sau DeepSeek-R1 vài tuần.",
    ),
    (
        ("qwen2.5", "OUTPERFORMS", "gpt-4o"),
        "vi",
        "Qwen2.5 dẫn trước GPT-4o ở bài thi lập trình.",
        "Qwen2.5 ra đời trước GPT-4o vài tháng.",
    ),
    (
        ("chatbot-arena", "RANKS", "gpt-4o"),
        "en",
        "GPT-4o climbed to the top of Chatbot Arena in May.",
        "GPT-4o fans climbed a mountain while Chatbot Arena was offline for repairs.",
    ),
    (
        ("openai", "DEVELOPED", "gpt-4o"),
        "en",
        "OpenAI, whose GPT-4o stunned rivals, raised more money.",
        "OpenAI, whose rivals mocked GPT-4o, raised more money.",
    ),
    (
        ("alibaba", "DEVELOPED", "qwq"),
        "en",
        "Alibaba is set to launch QwQ next week.",
        "Alibaba is set to compete with QwQ rivals next week.",
    ),
    (
        ("alibaba", "DEVELOPED", "qwq"),
        "vi",
        "Alibaba chào sân mô hình QwQ hôm thứ Năm.",
        "Alibaba bị chỉ trích vì QwQ trả lời chậm.",
    ),
]


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_construction_is_read(stated, triple, lang, positive, negative):
    assert triple in stated(positive, language=lang)


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_near_miss_is_not_read(stated, triple, lang, positive, negative):
    assert triple not in stated(negative, language=lang)


def test_relative_clause_subject_does_not_restrict(stated):
    # the US issued the rule; the rule, not the US, does the restricting
    en = stated("The export controls that the US imposed restrict Huawei.", language="en")
    assert ("united-states", "ISSUED", "us-chip-export-controls") in en
    assert ("us-chip-export-controls", "RESTRICTS", "huawei") in en
    assert ("united-states", "RESTRICTS", "huawei") not in en
    vi = stated("Lệnh hạn chế xuất khẩu mà Mỹ áp dụng từ năm 2022 đã chặn Huawei.", language="vi")
    assert ("united-states", "RESTRICTS", "huawei") not in vi


def test_apposition_names_only_its_own_model(stated):
    found = stated(
        "Qwen2.5 vượt GPT-4o, mô hình ngôn ngữ lớn của OpenAI, ở nhiều bài kiểm tra.",
        language="vi",
    )
    assert ("openai", "DEVELOPED", "gpt-4o") in found
    assert ("openai", "DEVELOPED", "qwen2.5") not in found


def test_a_base_model_is_neither_developed_nor_hosted_by_the_citing_lab(stated):
    found = stated("DeepSeek published distilled models built on Qwen2.5 last week.", language="en")
    assert ("deepseek", "DEVELOPED", "qwen2.5") not in found
    owned = stated("The lab published distilled models built on Alibaba's Qwen2.5.", language="en")
    assert ("alibaba", "HOSTS", "qwen2.5") not in owned


def test_being_listed_is_not_issuing(stated):
    en = stated("Huawei was added to the Entity List in 2019.", language="en")
    assert ("entity-list", "RESTRICTS", "huawei") in en
    assert ("huawei", "ISSUED", "entity-list") not in en
    agent = stated("The United States added Huawei to the Entity List in 2019.", language="en")
    assert ("entity-list", "RESTRICTS", "united-states") not in agent


def test_approval_from_a_regulator_is_not_development(stated):
    found = stated("Ernie got the green light from the CAC in August.", language="en")
    assert ("cac", "DEVELOPED", "ernie") not in found


def _models(text: str, *names: str):
    """Hand-made AIModel mentions of `names` in `text` (for the sentence-level functions)."""
    from extract.spans import Candidate, Found

    out = []
    for name in names:
        at = text.index(name)
        out.append(Found(at, at + len(name), name, [Candidate(name.lower(), name, "AIModel")]))
    return out


@pytest.mark.parametrize(
    ("text", "names", "want"),
    [
        (
            "Qwen scored 81.5 percent against 77 percent for Ernie.",
            ("Qwen", "Ernie"),
            {("qwen", "ernie")},
        ),
        (
            "Qwen scored 70 per cent, while Ernie managed 74.",
            ("Qwen", "Ernie"),
            {("ernie", "qwen")},
        ),
        (
            "Qwen đạt 62,5 điểm, trong khi Ernie chỉ đạt 58 điểm.",
            ("Qwen", "Ernie"),
            {("qwen", "ernie")},
        ),
        ("Qwen đạt 90 điểm so với 93 điểm của Ernie.", ("Qwen", "Ernie"), {("ernie", "qwen")}),
        # no comparison: two scores on different models, no contrast word, or one score only
        (
            "Qwen scored 80 percent in March. Ernie launched with 75 testers.",
            ("Qwen", "Ernie"),
            set(),
        ),
        ("Qwen scored 80 percent on a test Ernie never took.", ("Qwen", "Ernie"), set()),
        # a verb after ", đồng thời" / ", while also" belongs to the first model
        (
            "Kimi xếp sau Grok, đồng thời vượt Qwen và Ernie.",
            ("Kimi", "Grok", "Qwen", "Ernie"),
            {("kimi", "qwen"), ("kimi", "ernie")},
        ),
        (
            "Kimi trails Grok, while also beating Qwen.",
            ("Kimi", "Grok", "Qwen"),
            {("kimi", "qwen")},
        ),
        ("Kimi trails Grok and Qwen on every test.", ("Kimi", "Grok", "Qwen"), set()),
    ],
)
def test_compared_scores(text, names, want):
    from extract.relations.sentence import compared_scores

    found = compared_scores(text, _models(text, *names))
    assert {(m.source.best.id, m.target.best.id) for m in found} == want
