"""Models built on models, and who runs which chips and models: more ways news says so.

BASED_ON: an apposed successor ("the successor to GLM-4, GLM-4.5"), "by fine-tuning Y",
"a Llama-based model", "a fine-tune of Y", "trained from Y", "built X on top of Y",
and "It is a distilled version of Y" / "Đây là bản chưng cất của Y" right after the
model was named. USES: "plans to run", "needs eight H20 chips to run", "is building a
cloud on GB200 systems", "the chip, which Baidu has begun buying", "among the first to
integrate R1", ", along with Oppo and Vivo", the subject of a later "and trained on"
(not the name before "and") or of its own verb past an apposition, and a use past a
verb of saying ("cho biết chỉ tốn ... thuê 512 GPU"). Near misses: "cho dùng miễn phí" (letting others use a model), a clause
after a semicolon, "rather than", "along with Oppo's models". Every sentence is written
for these tests; only facts a text rule found count, never a catalogue co-mention.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.pipeline import DocumentInput, extract
from tests.unit.extract.facts import found_in

from .conftest import ENTRIES, _e

MODELS7 = [
    _e("zhipu", "Zhipu AI", "Organization", ["Zhipu"]),
    _e("tencent", "Tencent", "Organization"),
    _e("baidu", "Baidu", "Organization"),
    _e("xiaomi", "Xiaomi", "Organization"),
    _e("oppo", "Oppo", "Organization"),
    _e("vivo", "Vivo", "Organization"),
    _e("humain", "Humain", "Organization"),
    _e("ytl-power", "YTL Power", "Organization"),
    _e("ssi", "Safe Superintelligence", "Organization"),
    _e("qualcomm", "Qualcomm", "Organization"),
    _e("glm-4", "GLM-4", "AIModel"),
    _e("glm-4.5", "GLM-4.5", "AIModel"),
    _e("llama-3.1", "Llama 3.1", "AIModel"),
    _e("nemotron", "Nemotron", "AIModel"),
    _e("hunyuan", "Hunyuan", "AIModel"),
    _e("nvidia-h100", "Nvidia H100", "Hardware", ["H100"]),
    _e("nvidia-gb200", "Nvidia GB200", "Hardware", ["GB200"]),
    _e("nvidia-blackwell", "Nvidia Blackwell", "Hardware", ["Blackwell"]),
    _e("google-tpu", "Google TPU", "Hardware", ["TPUs", "TPU"]),
    _e("snapdragon-8-elite", "Snapdragon 8 Elite", "Hardware"),
]


@pytest.fixture(scope="module")
def told(tmp_path_factory: pytest.TempPathFactory):
    """`told(text, language)` -> the BASED_ON and USES triples a text rule found."""
    path = Path(tmp_path_factory.mktemp("catalogue_models7")) / "catalogue.json"
    path.write_text(json.dumps({"version": 1, "entities": ENTRIES + MODELS7}), encoding="utf-8")

    def _told(text: str, language: str) -> set[tuple[str, str, str]]:
        doc = DocumentInput(text, language=language, published="2025-06-02")
        return {
            (r.source, r.type, r.target)
            for r in extract([doc], catalogue_path=str(path)).relations
            if r.type in ("BASED_ON", "USES")
            and any(".catalogue." not in e.rule for e in r.evidence)
        }

    return _told


# (facts stated, language, text that states them, facts the near miss must not state, near miss)
CASES = [
    # the newer model apposed to the one it succeeds
    (
        {("glm-4.5", "BASED_ON", "glm-4")},
        "en",
        "Zhipu unveiled the successor to GLM-4, GLM-4.5, on Monday.",
        {("glm-4.5", "BASED_ON", "glm-4")},
        "Zhipu compared GLM-4, GLM-4.5 and Qwen2.5 on maths.",
    ),
    (
        {("glm-4.5", "BASED_ON", "glm-4")},
        "vi",
        "Zhipu công bố bản kế nhiệm của GLM-4, GLM-4.5, vào thứ Hai.",
        {("glm-4.5", "BASED_ON", "glm-4")},
        "Zhipu so sánh GLM-4, GLM-4.5 và Qwen2.5 trong các bài toán.",
    ),
    # made by tuning another model
    (
        {("nemotron", "BASED_ON", "llama-3.1")},
        "en",
        "A small lab built Nemotron by fine-tuning Llama 3.1 for a few hundred dollars.",
        {("nemotron", "BASED_ON", "llama-3.1")},
        "Nemotron beat Llama 3.1 by using far less data.",
    ),
    (
        {("nemotron", "BASED_ON", "llama-3.1")},
        "vi",
        "Nvidia tạo ra Nemotron bằng cách tinh chỉnh Llama 3.1 trong vài ngày.",
        {("nemotron", "BASED_ON", "llama-3.1")},
        "Nemotron vượt Llama 3.1 bằng cách dùng ít dữ liệu hơn.",
    ),
    # "Llama-based": the base as a hyphenated adjective, after or before the name
    (
        {("nemotron", "BASED_ON", "llama-3.1")},
        "en",
        "Nvidia released Nemotron, a Llama 3.1-based reasoning model, this week.",
        {("nemotron", "BASED_ON", "llama-3.1")},
        "Nemotron beat Llama 3.1 on web-based tasks.",
    ),
    (
        {("nemotron", "BASED_ON", "llama-3.1")},
        "en",
        "Nvidia put the Llama 3.1-based Nemotron on its website.",
        set(),
        "",
    ),
    # a fine-tune of, trained from
    (
        {("nemotron", "BASED_ON", "llama-3.1")},
        "en",
        "Nemotron is a fine-tune of Llama 3.1, Nvidia said.",
        {("nemotron", "BASED_ON", "llama-3.1")},
        "Nemotron was trained from scratch, unlike Llama 3.1.",
    ),
    (
        {("glm-4.5", "BASED_ON", "glm-4")},
        "en",
        "GLM-4.5 was trained from GLM-4 with extra reasoning data.",
        set(),
        "",
    ),
    # the model just named is the subject of "It is a version of ...", "Đây là bản ... của"
    (
        {("nemotron", "BASED_ON", "llama-3.1")},
        "en",
        "Nvidia released Nemotron on Monday. It is a distilled version of Llama 3.1.",
        set(),
        "",
    ),
    (
        {("nemotron", "BASED_ON", "llama-3.1")},
        "vi",
        "Nvidia ra mắt Nemotron hôm thứ Hai. Đây là bản chưng cất của Llama 3.1.",
        {("nemotron", "BASED_ON", "llama-3.1")},
        "Nvidia ra mắt Nemotron hôm thứ Hai. Đây là bước tiến lớn, theo Llama 3.1 team.",
    ),
    # the verb of making before the newer model, the base after it
    (
        {("nemotron", "BASED_ON", "llama-3.1")},
        "en",
        "Nvidia built Nemotron on top of Meta's Llama 3.1.",
        {("nemotron", "BASED_ON", "llama-3.1")},
        "Nvidia tested Nemotron on the same prompts as Llama 3.1.",
    ),
    (
        {("glm-4.5", "BASED_ON", "glm-4")},
        "vi",
        "Zhipu phát triển GLM-4.5 trên nền tảng GLM-4.",
        {("glm-4.5", "BASED_ON", "glm-4")},
        "Zhipu so sánh GLM-4.5 trên nhiều bài kiểm tra với GLM-4.",
    ),
    # a plan to run chips is a use (the annotators' convention)
    (
        {("humain", "USES", "nvidia-blackwell")},
        "en",
        "Humain plans to run Nvidia Blackwell chips in its new data centres.",
        {("humain", "USES", "nvidia-blackwell")},
        "Humain plans to compete with Nvidia Blackwell systems on price.",
    ),
    # what a model needs to run
    (
        {("glm-4.5", "USES", "nvidia-h20")},
        "en",
        "Zhipu says GLM-4.5 needs only eight Nvidia H20 chips to run.",
        {("glm-4.5", "USES", "nvidia-h20")},
        "GLM-4.5 needs less memory than the Nvidia H20 offers.",
    ),
    (
        {("glm-4.5", "USES", "nvidia-h20")},
        "vi",
        "Theo Zhipu, GLM-4.5 chỉ cần tám chip H20 của Nvidia để vận hành.",
        {("glm-4.5", "USES", "nvidia-h20")},
        "GLM-4.5 cần ít bộ nhớ hơn chip H20 của Nvidia.",
    ),
    # building a cloud on chips
    (
        {("ytl-power", "USES", "nvidia-gb200")},
        "en",
        "YTL Power is building an AI cloud in Johor on Nvidia GB200 systems.",
        {("ytl-power", "USES", "nvidia-gb200")},
        "YTL Power is building an AI cloud in Johor, where Nvidia GB200 systems are scarce.",
    ),
    # the object of a relative clause whose subject is the user
    (
        {("baidu", "USES", "huawei-ascend-910b"), ("tencent", "USES", "huawei-ascend-910b")},
        "en",
        "The chip rivals Huawei's Ascend 910B, which Baidu and Tencent have begun buying.",
        {("huawei", "USES", "huawei-ascend-910b")},
        "The chip rivals the Ascend 910B, which Huawei designed for its own data centres.",
    ),
    (
        {("baidu", "USES", "huawei-ascend-910b")},
        "vi",
        "Con chip này cạnh tranh với Ascend 910B mà Baidu đang dùng trong trung tâm dữ liệu.",
        {("huawei", "USES", "huawei-ascend-910b")},
        "Con chip này cạnh tranh với Ascend 910B mà Huawei vừa ra mắt.",
    ),
    # among the first to integrate, with companions that close the clause
    (
        {
            ("xiaomi", "USES", "deepseek-r1"),
            ("oppo", "USES", "deepseek-r1"),
            ("vivo", "USES", "deepseek-r1"),
        },
        "en",
        (
            "Xiaomi was among the first phone makers to integrate DeepSeek-R1 into its assistant, "
            "along with Oppo and Vivo."
        ),
        {("oppo", "USES", "deepseek-r1")},
        "Xiaomi integrated DeepSeek-R1 along with Oppo's own models.",
    ),
    (
        {
            ("xiaomi", "USES", "deepseek-r1"),
            ("huawei", "USES", "deepseek-r1"),
            ("vivo", "USES", "deepseek-r1"),
        },
        "vi",
        (
            "Xiaomi là một trong những hãng điện thoại đầu tiên tích hợp DeepSeek-R1 vào trợ lý "
            "của mình, cùng với Huawei và Vivo."
        ),
        {("nvidia", "USES", "deepseek-r1")},
        "Xiaomi tích hợp DeepSeek-R1 vào trợ lý, cùng Nvidia xây dựng trung tâm dữ liệu.",
    ),
    # letting others use one's model is no use of it
    (
        {("tencent", "USES", "deepseek-r1")},
        "vi",
        "Tencent dùng mô hình DeepSeek-R1 cho trợ lý của hãng.",
        {("tencent", "USES", "hunyuan")},
        "Tencent cho dùng miễn phí mô hình Hunyuan trên nền tảng đám mây.",
    ),
    # the subject opening the sentence trains on the chips; the name before "and" does not
    (
        {("nemotron", "USES", "nvidia-h100")},
        "en",
        "Nemotron was built on Meta's Llama 3.1 and trained on 2,000 Nvidia H100 chips.",
        {("llama-3.1", "USES", "nvidia-h100"), ("meta-platforms", "USES", "nvidia-h100")},
        "Nemotron was built on Meta's Llama 3.1 and trained on 2,000 Nvidia H100 chips.",
    ),
    (
        {("nemotron", "USES", "nvidia-h100")},
        "vi",
        (
            "Nvidia ra mắt Nemotron hôm qua. Mô hình được xây dựng trên Llama 3.1 của Meta và huấn "
            "luyện trong bốn tuần trên 120 GPU H100."
        ),
        {("llama-3.1", "USES", "nvidia-h100"), ("meta-platforms", "USES", "nvidia-h100")},
        (
            "Nvidia ra mắt Nemotron hôm qua. Mô hình được xây dựng trên Llama 3.1 của Meta và huấn "
            "luyện trong bốn tuần trên 120 GPU H100."
        ),
    ),
    (
        {("ssi", "USES", "google-tpu")},
        "en",
        (
            "Safe Superintelligence, which has offices in Tel Aviv, was valued at $32 billion and "
            "trains its models on Google TPUs."
        ),
        {("ssi", "USES", "google-tpu")},
        "Safe Superintelligence was valued at $32 billion, and Google trains Gemini on TPUs.",
    ),
    # chips named after "rather than" are not used; a partner "built with" is no user
    (
        set(),
        "en",
        "",
        {("ssi", "USES", "nvidia-h100")},
        (
            "Safe Superintelligence was valued at $32 billion and trains its models on Google TPUs "
            "rather than Nvidia H100 chips."
        ),
    ),
    (
        set(),
        "en",
        "",
        {("nvidia", "USES", "nvidia-gb200")},
        "Humain Cloud, a platform built with Nvidia, will use 18,000 Nvidia GB200 chips.",
    ),
    # past an apposition that names other companies, the subject's own verb of use
    (
        {("humain", "USES", "nvidia-blackwell")},
        "en",
        (
            "Humain, set up in May by Saudi Arabia's wealth fund and backed by Microsoft, plans "
            "to run Nvidia Blackwell chips in Riyadh."
        ),
        {("humain", "USES", "nvidia-h20")},
        "Humain, backed by Microsoft, said Tencent uses the Nvidia H20.",
    ),
    (
        {("humain", "USES", "nvidia-gb200")},
        "vi",
        (
            "Humain, công ty được Microsoft và Nvidia hậu thuẫn, sẽ vận hành 18.000 chip Nvidia "
            "GB200 tại Riyadh."
        ),
        {("humain", "USES", "nvidia-gb200")},
        "Humain, công ty được Microsoft hậu thuẫn, cạnh tranh với các cụm Nvidia GB200.",
    ),
    # a verb of saying between the user and its use, when no new subject follows it
    (
        {("zhipu", "USES", "nvidia-h100")},
        "vi",
        "Zhipu cho biết chỉ tốn khoảng 400.000 USD thuê 256 GPU Nvidia H100 trong hai tuần.",
        {("nvidia", "USES", "nvidia-h20")},
        "Nvidia cho biết nhiều công ty Trung Quốc vẫn dùng chip H20.",
    ),
    (
        {("xiaomi", "USES", "deepseek-r1")},
        "en",
        "Xiaomi said on Friday that it had quietly integrated DeepSeek-R1 into its phones.",
        {("nvidia", "USES", "nvidia-h20")},
        "Nvidia said Chinese cloud firms such as Tencent still quietly use the H20.",
    ),
    # a semicolon ends the clause: the maker before it is not the phone's user
    (
        set(),
        "vi",
        "",
        {("qualcomm", "USES", "snapdragon-8-elite")},
        "Hãng mua chip của Qualcomm; mẫu điện thoại mới chạy Snapdragon 8 Elite.",
    ),
]


@pytest.mark.parametrize(("facts", "language", "stating", "absent", "near_miss"), CASES)
def test_stated_and_near_miss(told, facts, language, stating, absent, near_miss):
    if stating:
        assert facts <= told(stating, language)
    if near_miss:
        assert not absent & told(near_miss, language)


def test_a_maker_written_before_its_chip_does_not_hide_the_user():
    # "AMD MI325X" is one name holding its maker, as the catalogue's "Nvidia H100" is
    _, found = found_in("Meta runs thousands of AMD MI325X accelerators.")
    assert ("meta-platforms", "USES", "amd-mi325x") in found
    assert ("amd", "MANUFACTURES", "amd-mi325x") in found
    # another company before a chip is no maker of it: it stays a name of its own
    other, _ = found_in("Meta buys Nvidia MI325X look-alikes.")
    assert "nvidia" in other


@pytest.mark.parametrize(
    ("text", "fact"),
    [
        # a company's English name opening a Vietnamese clause is the company, common word or not
        ("Honor dùng Qwen cho trợ lý mới.", ("honor", "USES", "qwen")),
        ("Apple đã dùng Gemini cho Siri.", ("apple", "USES", "gemini")),
    ],
)
def test_a_foreign_name_opening_a_vietnamese_clause_is_read(text, fact):
    assert fact in found_in(text, "vi")[1]


def test_a_foreign_name_before_another_capitalised_word_needs_support():
    # "Honor Magic" may be a longer name; nothing here says the company is meant
    assert "honor" not in found_in("Honor Blackwood phát biểu tại hội nghị.", "vi")[0]


def test_what_a_model_is_adopted_for_is_not_used():
    _, found = found_in("Samsung adopted Gemini for the Galaxy S25.")
    assert ("samsung-electronics", "USES", "gemini") in found
    assert ("samsung-electronics", "USES", "galaxy-s25") not in found
