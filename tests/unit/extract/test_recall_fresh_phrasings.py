"""Relations news writes with told plans, funding rounds, passive agents, founders who also
run the firm, plants in several places, and a model carried into the next sentence.

Every sentence here is invented for the test. Each feature has cases in English and
Vietnamese where the construction exists in both, and cases that must not fire.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import has_fact

POSITIVE = [
    # a told deal keeps its subject: "X said it had signed agreements with Y"
    (
        "Microsoft said on Tuesday it had signed agreements with Huawei to test cloud servers.",
        "en",
        ("microsoft", "PARTNERS_WITH", "huawei"),
    ),
    (
        "Alibaba cho biết sẽ cùng ByteDance xây dựng một cụm máy chủ mới ở Thượng Hải.",
        "vi",
        ("alibaba", "PARTNERS_WITH", "bytedance"),
    ),
    # the lead of a round backs the company it raises money for
    (
        "Google said it had anchored a roughly $300 million funding round for DeepSeek.",
        "en",
        ("google", "PARTNERS_WITH", "deepseek"),
    ),
    (
        "DeepSeek raised $600 million last spring in a round led by Alibaba.",
        "en",
        ("alibaba", "PARTNERS_WITH", "deepseek"),
    ),
    # "co-founded and run by X": the founder, who also runs it
    (
        "DeepSeek, co-founded and run by Liang Wenfeng, opened an office in Beijing.",
        "en",
        ("liang-wenfeng", "FOUNDED", "deepseek"),
    ),
    # the agent of a passive "put into" uses what was put in
    (
        "Từ năm ngoái, QwQ đã được Microsoft tích hợp vào công cụ lập trình của hãng.",
        "vi",
        ("microsoft", "USES", "qwq"),
    ),
    # where a company was founded, with its founder named before the verb
    (
        "DeepSeek được ông Liang Wenfeng thành lập tại Hàng Châu vào năm 2023.",
        "vi",
        ("deepseek", "LOCATED_IN", "hangzhou"),
    ),
    # plants in several places, and a list of firms sharing one predicate
    (
        "Huawei có nhiều nhà máy tại Thượng Hải và Hàng Châu.",
        "vi",
        ("huawei", "LOCATED_IN", "hangzhou"),
    ),
    (
        "Huawei runs factories in Shanghai and Hangzhou.",
        "en",
        ("huawei", "LOCATED_IN", "hangzhou"),
    ),
    (
        "Huawei và ByteDance đều đã mở văn phòng tại Bắc Kinh.",
        "vi",
        ("bytedance", "LOCATED_IN", "beijing"),
    ),
    # a model named in one sentence and trained, in the next, without its name
    (
        "DeepSeek released DeepSeek-R1 in January. It was trained on Nvidia H20 chips.",
        "en",
        ("deepseek-r1", "USES", "nvidia-h20"),
    ),
    (
        "Alibaba vừa phát hành QwQ hôm thứ hai. Mô hình được huấn luyện trên chip H20 trong hai tháng.",
        "vi",
        ("qwq", "USES", "nvidia-h20"),
    ),
    (
        "Alibaba phát hành QwQ vào tháng 3. Mô hình được xây dựng trên Qwen2.5.",
        "vi",
        ("qwq", "BASED_ON", "qwen2.5"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "fact"), POSITIVE)
def test_fresh_phrasing_gives_the_fact(stated, text, lang, fact):
    assert has_fact(stated(text, language=lang), fact)


NEGATIVE = [
    # a title followed by a new clause leads nothing named in that clause
    (
        (
            "Vòng gọi vốn do Alibaba, quỹ của nhà sáng lập ByteDance ông Sam Altman, dẫn dắt, "
            "với sự tham gia của Tencent và Huawei."
        ),
        "vi",
        ("sam-altman", "LEADS", "huawei"),
    ),
    (
        "Công ty do ông Liang Wenfeng làm CEO, đang cạnh tranh trực tiếp với Google.",
        "vi",
        ("liang-wenfeng", "LEADS", "google"),
    ),
    # "quỹ đầu tư" names a fund, not an investment in the company after it
    (
        "Hillhouse, quỹ đầu tư của nhà sáng lập Huawei, vừa mở văn phòng mới.",
        "vi",
        ("hillhouse", "PARTNERS_WITH", "huawei"),
    ),
    # the thing a model is put into is where it goes, not what it uses
    (
        "Trước đó, QwQ từng được Microsoft tích hợp vào chatbot ChatGPT để viết mã.",
        "vi",
        ("qwq", "USES", "chatgpt"),
    ),
    # the one who put a model into a product did not make the model
    (
        "QwQ was integrated into ChatGPT by Microsoft last year.",
        "en",
        ("microsoft", "DEVELOPED", "qwq"),
    ),
    # a model built on another is based on it, not a user of it
    (
        "QwQ được xây dựng trên Qwen2.5 của Alibaba.",
        "vi",
        ("qwq", "USES", "qwen2.5"),
    ),
    (
        "QwQ is built on Qwen2.5.",
        "en",
        ("qwq", "USES", "qwen2.5"),
    ),
    # a plain "run by" is no founding
    (
        "DeepSeek, run by Liang Wenfeng, opened an office in Beijing.",
        "en",
        ("liang-wenfeng", "FOUNDED", "deepseek"),
    ),
    # building something with a firm's chips is no deal with the firm
    (
        "DeepSeek said it would build a data centre with chips from Huawei.",
        "en",
        ("deepseek", "PARTNERS_WITH", "huawei"),
    ),
    # "It" that opens a sentence with no model in view refers to nothing
    (
        "Huawei opened a lab in Shanghai. It was trained on Nvidia H20 chips, a rival said.",
        "en",
        ("huawei", "USES", "nvidia-h20"),
    ),
]


@pytest.mark.parametrize(("text", "lang", "fact"), NEGATIVE)
def test_fresh_phrasing_keeps_out_the_wrong_fact(stated, text, lang, fact):
    assert not has_fact(stated(text, language=lang), fact)


def test_base_kept_when_its_user_reading_is_dropped(stated):
    found = stated("QwQ is built on Qwen2.5.", language="en")
    assert ("qwq", "BASED_ON", "qwen2.5") in found
