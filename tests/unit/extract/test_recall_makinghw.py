"""Making, owning, using, hosting and comparing models and chips: more ways news says so.

Each case pairs a sentence that states the fact with a near miss that does not,
in English and Vietnamese. Every sentence is written for these tests. The
catalogue is the shared test catalogue (conftest.py) plus a few chips, models,
benchmarks and companies these constructions need. Only facts a text rule found
count, never a catalogue co-mention.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.pipeline import DocumentInput, extract

from .conftest import ENTRIES, _e

EXTRA = [
    _e("baidu", "Baidu", "Organization", country="china"),
    _e("amazon", "Amazon", "Organization"),
    _e("annapurna-labs", "Annapurna Labs", "Organization"),
    _e("vingroup", "Vingroup", "Organization", [], ["tập đoàn Vingroup"]),
    _e("vinbrain", "VinBrain", "Organization"),
    _e("smic", "SMIC", "Organization"),
    _e("huawei-ascend", "Huawei Ascend", "Hardware", ["Ascend", "Ascend chips"]),
    _e("huawei-ascend-910c", "Huawei Ascend 910C", "Hardware", ["Ascend 910C"]),
    _e("ernie-4.5", "Ernie 4.5", "AIModel"),
    _e("ernie-4.5-turbo", "Ernie 4.5 Turbo", "AIModel"),
    _e("wechat", "WeChat", "Product", ["Weixin"]),
    _e("tencent", "Tencent", "Organization"),
    _e("mmlu-pro", "MMLU-Pro", "Benchmark"),
]


@pytest.fixture(scope="module")
def stated(tmp_path_factory: pytest.TempPathFactory):
    """`stated(text, language=...)` -> triples a text rule found, with the wider catalogue."""
    path = Path(tmp_path_factory.mktemp("catalogue_hw")) / "catalogue.json"
    path.write_text(json.dumps({"version": 1, "entities": ENTRIES + EXTRA}), encoding="utf-8")

    def _stated(text: str, **fields) -> set[tuple[str, str, str]]:
        result = extract([DocumentInput(text, **fields)], catalogue_path=str(path))
        return {
            (r.source, r.type, r.target)
            for r in result.relations
            if any(".catalogue." not in e.rule for e in r.evidence)
        }

    return _stated


# (relation triple, language, text that states it, text that does not)
CASES = [
    # "its X" right before the name: the company in view made it
    (
        ("nvidia", "MANUFACTURES", "nvidia-a100"),
        "en",
        "Nvidia reported strong demand. Its A100 remains the workhorse of many labs.",
        "Nvidia reported strong demand, and its rivals still envy the A100.",
    ),
    (
        ("openai", "DEVELOPED", "gpt-4o"),
        "en",
        "OpenAI held a press event on Monday. Its GPT-4o now answers in real time.",
        "OpenAI held a press event on Monday; its charts for GPT-4o drew criticism.",
    ),
    (
        ("openai", "DEVELOPED", "chatgpt"),
        "en",
        "OpenAI said on Tuesday that its ChatGPT assistant can now remember earlier chats.",
        "OpenAI said on Tuesday that its ChatGPT subscribers had doubled.",
    ),
    # the maker as a hyphenated adjective
    (
        ("huawei", "MANUFACTURES", "huawei-ascend-910b"),
        "en",
        "Several labs have switched to the Huawei-designed Ascend 910B this year.",
        "Several Huawei-backed labs have switched to the Ascend 910B this year.",
    ),
    (
        ("alibaba", "DEVELOPED", "qwen2.5"),
        "en",
        "Start-ups in Jakarta fine-tune the Alibaba-built Qwen2.5 for local languages.",
        "Start-ups in Jakarta with Alibaba-linked investors fine-tune Qwen2.5 locally.",
    ),
    # an apposition naming the maker: "X, Y's newest model", "X, dòng chip ... của Y"
    (
        ("alibaba", "DEVELOPED", "qwen2.5"),
        "en",
        "Qwen2.5, Alibaba's most downloaded model, now comes in seven sizes.",
        "Qwen2.5, a rival to Alibaba's older model, now comes in seven sizes.",
    ),
    (
        ("huawei", "MANUFACTURES", "huawei-ascend-910b"),
        "en",
        "The Ascend 910B, Huawei's main AI chip, is in short supply.",
        "The Ascend 910B, a rival to Huawei's main AI chip, is in short supply.",
    ),
    (
        ("huawei", "MANUFACTURES", "huawei-ascend-910b"),
        "vi",
        "Ascend 910B, dòng chip AI chủ lực của Huawei, đang khan hiếm.",
        "Ascend 910B, đối thủ của dòng chip mới mà Huawei quảng bá, đang khan hiếm.",
    ),
    # a person named as the creator of a product
    (
        ("sam-altman", "DEVELOPED", "chatgpt"),
        "en",
        "Reporters questioned Sam Altman, the public face and co-creator of ChatGPT, about safety.",
        "Reporters questioned Sam Altman, a critic of ChatGPT rivals, about safety.",
    ),
    # owning: a relative clause of buying, "owned by", "thuộc", "mà X mua lại"
    (
        ("amazon", "OWNS", "annapurna-labs"),
        "en",
        "The chip comes from Annapurna Labs, a design unit that Amazon acquired years ago.",
        "The chip comes from Annapurna Labs, a design unit that Amazon praised years ago.",
    ),
    (
        ("vingroup", "OWNS", "vinbrain"),
        "en",
        "VinBrain, a Hanoi medical-imaging start-up owned by Vingroup at the time, hired staff.",
        "VinBrain, a Hanoi medical-imaging start-up praised by Vingroup at the time, hired staff.",
    ),
    (
        ("vingroup", "OWNS", "vinbrain"),
        "vi",
        "VinBrain, một startup chuyên về ảnh y khoa thuộc tập đoàn Vingroup, vừa tuyển thêm kỹ sư.",
        (
            "VinBrain, một startup chuyên về ảnh y khoa có văn phòng gần tập đoàn Vingroup, vừa "
            "tuyển thêm kỹ sư."
        ),
    ),
    (
        ("vingroup", "OWNS", "vinbrain"),
        "vi",
        "VinBrain, công ty mà Vingroup mua lại từ năm 2019, có nhiều bệnh viện là khách hàng.",
        "VinBrain, công ty mà Vingroup nhắc tới trong báo cáo, có nhiều bệnh viện là khách hàng.",
    ),
    # a platform people use belongs to its company
    (
        ("tencent", "OWNS", "wechat"),
        "vi",
        "Weixin, siêu ứng dụng của Tencent, vừa thêm tính năng tìm kiếm mới.",
        "Người dùng Weixin, ứng dụng nhắn tin phổ biến, so sánh nó với Tencent Meeting.",
    ),
    (
        ("bytedance", "OWNS", "tiktok"),
        "en",
        "TikTok, ByteDance's short-video app, faces a deadline in the United States.",
        "TikTok, a rival to ByteDance's other short-video app, faces a deadline.",
    ),
    # a score, then the models it beats or trails
    (
        ("gpt-4o", "OUTPERFORMS", "ernie"),
        "en",
        "GPT-4o scored 88 per cent on the maths test, ahead of Ernie.",
        "GPT-4o scored 88 per cent on the maths test, a week after Ernie launched.",
    ),
    (
        ("gpt-4o", "OUTPERFORMS", "ernie"),
        "en",
        "Ernie scored 70 per cent on the maths test, behind GPT-4o.",
        "Ernie scored 70 per cent on the maths test, while GPT-4o was not tested.",
    ),
    (
        ("qwen2.5", "OUTPERFORMS", "gpt-4o"),
        "vi",
        "Qwen2.5 ghi được 85,3 điểm ở bài thi toán, cao hơn GPT-4o.",
        "Qwen2.5 ghi được 85,3 điểm ở bài thi toán, trong khi GPT-4o chưa công bố kết quả.",
    ),
    (
        ("mmlu-pro", "RANKS", "qwq"),
        "vi",
        ("Tháng 11, Alibaba công bố QwQ, mô hình mở ghi được 70,1 điểm ở bộ đánh giá MMLU-Pro."),
        "Tháng 11, Alibaba công bố QwQ, còn một nhóm nghiên cứu khác công bố MMLU-Pro.",
    ),
    # Vietnamese lists whose items carry their owner after them
    (
        ("qwen2.5", "OUTPERFORMS", "gpt-4o"),
        "vi",
        "Qwen2.5 vượt Ernie của Baidu lẫn GPT-4o của OpenAI trong nhiều phép thử.",
        "Qwen2.5 vượt Ernie của Baidu, trong khi GPT-4o của OpenAI vẫn dẫn đầu ở Mỹ.",
    ),
    # a verb joined by "và"/"and" after a model belongs to the clause's subject
    (
        ("qwen2.5", "OUTPERFORMS", "gpt-4o"),
        "en",
        "Alibaba released Qwen2.5 and claimed it beat GPT-4o on coding tasks.",
        "Alibaba released Qwen2.5 and trails GPT-4o on coding tasks, analysts say.",
    ),
    # an apposition between a subject and its verb
    (
        ("alibaba", "DEVELOPED", "qwq"),
        "vi",
        "Alibaba, tập đoàn vận hành nhiều trung tâm dữ liệu ở châu Á, đã công bố QwQ vào tháng 11.",
        "Alibaba, tập đoàn vận hành nhiều trung tâm dữ liệu ở châu Á, đã đánh giá QwQ vào tháng 11.",
    ),
    (
        ("bytedance", "USES", "nvidia-a100"),
        "en",
        "ByteDance, the Beijing group behind several hit apps, bought about 20,000 A100 chips.",
        "ByteDance, the Beijing group behind several hit apps, criticised rules on A100 chips.",
    ),
    (
        ("deepseek-r1", "OUTPERFORMS", "gpt-4o"),
        "vi",
        (
            "DeepSeek-R1, mô hình mở được nhiều nhà phát triển Việt Nam tải về, vượt GPT-4o ở "
            "bài kiểm tra toán."
        ),
        "DeepSeek-R1, mô hình mở được nhiều nhà phát triển Việt Nam tải về, ra mắt sau GPT-4o.",
    ),
    # training on chips: the model and its trainer use them
    (
        ("deepseek-r1", "USES", "nvidia-a100"),
        "en",
        "DeepSeek trained DeepSeek-R1 on 2,000 A100 chips, the company said.",
        "DeepSeek trained DeepSeek-R1 for weeks; the A100 was not involved, the company said.",
    ),
    (
        ("deepseek", "USES", "nvidia-a100"),
        "en",
        "DeepSeek trained its new model on A100 chips rented in Singapore.",
        "DeepSeek trained its staff on safety before buying A100 chips.",
    ),
    (
        ("deepseek-r1", "USES", "nvidia-a100"),
        "vi",
        "DeepSeek huấn luyện DeepSeek-R1 trên hàng nghìn chip A100.",
        "DeepSeek huấn luyện DeepSeek-R1 trong nhiều tuần; chip A100 không được nhắc tới.",
    ),
    # a product a model is put into hosts it, and is not used by the company
    (
        ("chatgpt", "HOSTS", "gpt-4o"),
        "en",
        "OpenAI built GPT-4o into ChatGPT for all users in May.",
        "OpenAI built GPT-4o months before ChatGPT reached 100 million users.",
    ),
    (
        ("chatgpt", "HOSTS", "gpt-4o"),
        "vi",
        "OpenAI tích hợp GPT-4o vào ChatGPT từ tháng 5.",
        "OpenAI phát triển GPT-4o sau khi ChatGPT đạt 100 triệu người dùng.",
    ),
    # a model carried on as the next sentence's subject
    (
        ("qwen2.5", "OUTPERFORMS", "gpt-4o"),
        "en",
        "Alibaba released Qwen2.5 in September. It beats GPT-4o on several maths tests.",
        "Alibaba released Qwen2.5 in September. It said GPT-4o remains popular.",
    ),
    (
        ("qwen2.5", "OUTPERFORMS", "gpt-4o"),
        "vi",
        "Alibaba ra mắt Qwen2.5 hồi tháng 9. Theo công ty, nó vượt GPT-4o ở bài kiểm tra toán.",
        "Alibaba ra mắt Qwen2.5 hồi tháng 9. Nó được so sánh nhiều với GPT-4o.",
    ),
    # a family's maker makes its members; an upgrade is based on the shorter name
    (
        ("huawei", "MANUFACTURES", "huawei-ascend-910c"),
        "en",
        "Huawei sells its Ascend chips to Chinese clouds. Regulators named the Ascend 910C in May.",
        "Chinese clouds buy many chips. Regulators named the Ascend 910C in May.",
    ),
    (
        ("ernie-4.5-turbo", "BASED_ON", "ernie-4.5"),
        "vi",
        (
            "Baidu vừa công bố Ernie 4.5 Turbo, bản nâng cấp rẻ hơn nhiều. Trước đó, Ernie 4.5 "
            "là mô hình chủ lực của hãng."
        ),
        "Baidu vừa công bố Ernie 4.5 Turbo vào thứ ba. Trước đó, Ernie 4.5 là mô hình chủ lực.",
    ),
]


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_construction_is_read(stated, triple, lang, positive, negative):
    assert triple in stated(positive, language=lang)


@pytest.mark.parametrize(("triple", "lang", "positive", "negative"), CASES)
def test_near_miss_is_not_read(stated, triple, lang, positive, negative):
    assert triple not in stated(negative, language=lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # a name holding its maker's name is not another organisation's
        (
            "Qwen2.5 vượt DeepSeek-R1 và Ernie của Baidu trên bài kiểm tra toán.",
            "vi",
            ("baidu", "DEVELOPED", "deepseek-r1"),
        ),
        (
            "An Alibaba-backed start-up in Beijing released DeepSeek-R1 benchmarks.",
            "en",
            ("alibaba", "DEVELOPED", "deepseek-r1"),
        ),
        # "cao hơn A của X và chỉ xếp sau B": B beats the subject, not A
        (
            "Qwen2.5 vượt DeepSeek-R1 của DeepSeek và chỉ thua GPT-4o của OpenAI ở bài thi lập trình.",
            "vi",
            ("gpt-4o", "OUTPERFORMS", "deepseek-r1"),
        ),
        (
            "Qwen2.5 beats DeepSeek-R1 and trails GPT-4o on the coding test.",
            "en",
            ("gpt-4o", "OUTPERFORMS", "deepseek-r1"),
        ),
        # a product a model goes into is not what the company uses
        ("OpenAI integrated GPT-4o into ChatGPT in May.", "en", ("openai", "USES", "chatgpt")),
        ("OpenAI tích hợp GPT-4o vào ChatGPT từ tháng 5.", "vi", ("openai", "USES", "chatgpt")),
        # "its X chatbot" is a product it made, not one it merely owns
        (
            "OpenAI said on Tuesday that its ChatGPT assistant can now remember earlier chats.",
            "en",
            ("openai", "OWNS", "chatgpt"),
        ),
        # a model used for (or in) a product: the product is not used
        ("Tencent dùng DeepSeek-R1 cho trợ lý WeChat.", "vi", ("tencent", "USES", "wechat")),
        ("Tencent uses DeepSeek-R1 in its WeChat app.", "en", ("tencent", "USES", "wechat")),
        # making a chip for a customer does not make the customer its user
        (
            "SMIC sản xuất chip Ascend 910B cho Huawei tại Thượng Hải.",
            "vi",
            ("huawei", "USES", "huawei-ascend-910b"),
        ),
        # "a rival to Alibaba" hosts nothing
        (
            "Qwen2.5, a rival to Alibaba's older models, launched.",
            "en",
            ("alibaba", "HOSTS", "qwen2.5"),
        ),
        # a family member whose own maker is stated keeps that maker only
        (
            "Huawei sells its Ascend chips abroad. SMIC makes the Ascend 910C in Shanghai.",
            "en",
            ("huawei", "MANUFACTURES", "huawei-ascend-910c"),
        ),
    ],
)
def test_misleading_reading_is_not_made(stated, text, lang, absent):
    assert absent not in stated(text, language=lang)


def test_possessed_list_keeps_each_owner(stated):
    found = stated(
        "Qwen2.5 vượt DeepSeek-R1 và Ernie của Baidu trên bài kiểm tra toán.", language="vi"
    )
    assert ("baidu", "DEVELOPED", "ernie") in found
    assert {("qwen2.5", "OUTPERFORMS", "deepseek-r1"), ("qwen2.5", "OUTPERFORMS", "ernie")} <= found
