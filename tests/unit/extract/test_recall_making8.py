"""More ways news tells who made, based, beat and blacklisted what.

BASED_ON: "than its predecessor, Y" / "người tiền nhiệm Y", "X's predecessor Y", "Y, the
predecessor of X" / "Y, tiền thân của X", "fine-tuned Y into X" / "tinh chỉnh Y thành X",
an apposition that tells the base ("X, a small model built on Y" / "X, mô hình nhỏ được
xây dựng trên nền Y"), and a base list ("built on Y and Z" gives both).
OUTPERFORMS: a score, then a participle ("..., edging past both Y and Z").
MANUFACTURES: "Y chips started production at X's plant", "roll off X's line".
RESTRICTS: "X, the company that Washington added to the Entity List" (a relative clause),
and the one adding in the active voice ("the US added to the list ...") is not listed.
DEVELOPED: "X's Y phones / humanoid / series" is a device X built, not a service X owns.
RESTRICTS: "added 140 firms to its Entity List, including X" / "đưa ... vào Danh sách thực
thể, trong đó có X". HOSTS: "gave users free access to Y" / "cho phép người dùng truy cập Y".
OWNS: "took a majority stake in Y" / "mua lại phần lớn cổ phần của Y" (and no partner tie
then), "Y, set up by X" / "Y, viện do X thành lập", "X, Y's parent, ...".
DEVELOPED: "Y began as a project of researchers at X" / "Y khởi đầu là dự án của ... tại X",
and "by X and the Y" names two makers.
Each case has a near miss. Every sentence is written for these tests; only facts a text
rule found count, never a catalogue co-mention.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.pipeline import DocumentInput, extract

from .conftest import ENTRIES, _e

MAKING8 = [
    _e("zhipu", "Zhipu AI", "Organization", ["Zhipu"]),
    _e("tsmc", "TSMC", "Organization"),
    _e("sensetime", "SenseTime", "Organization"),
    _e("unitree", "Unitree", "Organization"),
    _e("samsung", "Samsung", "Organization"),
    _e("glm-4", "GLM-4", "AIModel"),
    _e("glm-4.5", "GLM-4.5", "AIModel"),
    _e("llama-3", "Llama 3", "AIModel"),
    _e("gemma-2", "Gemma 2", "AIModel"),
    _e("swallow", "Swallow", "AIModel"),
    _e("nvidia-blackwell", "Nvidia Blackwell", "Hardware", ["Blackwell"]),
    _e("galaxy-s25", "Galaxy S25", "Product"),
    _e("smic", "SMIC", "Organization"),
    _e("lazada", "Lazada", "Organization"),
    _e("vingroup", "Vingroup", "Organization"),
    _e("vinai", "VinAI", "Organization"),
    _e("pif", "Public Investment Fund", "Organization", ["PIF"]),
    _e("humain", "Humain", "Organization"),
    _e("alphabet", "Alphabet", "Organization"),
    _e("anthropic", "Anthropic", "Organization"),
    _e("uc-berkeley", "UC Berkeley", "Organization", ["University of California, Berkeley"]),
    _e("scale-ai", "Scale AI", "Organization"),
    _e("cais", "Center for AI Safety", "Organization"),
    _e("hle", "Humanity's Last Exam", "Benchmark"),
]


@pytest.fixture(scope="module")
def told(tmp_path_factory: pytest.TempPathFactory):
    """`told(text, language)` -> the triples a text rule found (no catalogue co-mentions)."""
    path = Path(tmp_path_factory.mktemp("catalogue_making8")) / "catalogue.json"
    path.write_text(json.dumps({"version": 1, "entities": ENTRIES + MAKING8}), encoding="utf-8")

    def _told(text: str, language: str) -> set[tuple[str, str, str]]:
        doc = DocumentInput(text, language=language, published="2025-06-02")
        return {
            (r.source, r.type, r.target)
            for r in extract([doc], catalogue_path=str(path)).relations
            if any(".catalogue." not in e.rule for e in r.evidence)
        }

    return _told


# (fact, language, text that states it, near miss that does not)
CASES = [
    # a predecessor named by the newer model
    (
        ("glm-4.5", "BASED_ON", "glm-4"),
        "en",
        "GLM-4.5 makes fewer mistakes than its predecessor, GLM-4, on coding tasks.",
        "GLM-4.5 makes fewer mistakes than GLM-4 and its own rivals on coding tasks.",
    ),
    (
        ("glm-4.5", "BASED_ON", "glm-4"),
        "en",
        "GLM-4.5's predecessor GLM-4 was trained on far less data.",
        "GLM-4.5's rival GLM-4 was trained on far less data.",
    ),
    (
        ("glm-4.5", "BASED_ON", "glm-4"),
        "en",
        "GLM-4, the predecessor of GLM-4.5, will be retired in March.",
        "GLM-4, a rival of GLM-4.5, will be retired in March.",
    ),
    (
        ("glm-4.5", "BASED_ON", "glm-4"),
        "vi",
        "GLM-4.5 trả lời chính xác hơn hẳn người tiền nhiệm GLM-4.",
        "GLM-4.5 trả lời chính xác hơn hẳn đối thủ GLM-4.",
    ),
    (
        ("glm-4.5", "BASED_ON", "glm-4"),
        "vi",
        "GLM-4, tiền thân của GLM-4.5, sẽ ngừng hoạt động vào tháng 3.",
        "GLM-4, đối thủ của GLM-4.5, sẽ ngừng hoạt động vào tháng 3.",
    ),
    # tuned from one model into another
    (
        ("swallow", "BASED_ON", "llama-3"),
        "en",
        "A Tokyo lab fine-tuned Meta's Llama 3 into Swallow for Japanese users.",
        "A Tokyo lab put Meta's Llama 3 into a benchmark alongside Swallow.",
    ),
    (
        ("swallow", "BASED_ON", "llama-3"),
        "vi",
        "Một phòng thí nghiệm ở Tokyo tinh chỉnh Llama 3 của Meta thành Swallow.",
        "Một phòng thí nghiệm ở Tokyo đưa Llama 3 của Meta vào so sánh với Swallow.",
    ),
    # an apposition tells the base
    (
        ("swallow", "BASED_ON", "llama-3"),
        "vi",
        "Nhóm công bố Swallow, mô hình tiếng Nhật gọn nhẹ được xây dựng trên nền Llama 3.",
        "Nhóm công bố Swallow, mô hình tiếng Nhật gọn nhẹ được so sánh với Llama 3.",
    ),
    (
        ("swallow", "BASED_ON", "llama-3"),
        "en",
        "The lab released Swallow, a compact Japanese model built on Llama 3, in May.",
        "The lab released Swallow, a compact Japanese model tested against Llama 3, in May.",
    ),
    # a list of bases: each one is a base
    (
        ("swallow", "BASED_ON", "gemma-2"),
        "en",
        "Swallow was built on Llama 3 and Gemma 2, the lab said.",
        "Swallow was built on Llama 3, and Gemma 2 was tested beside it.",
    ),
    (
        ("swallow", "BASED_ON", "gemma-2"),
        "vi",
        "Swallow được phát triển dựa trên Llama 3 và Gemma 2.",
        "Swallow được phát triển dựa trên Llama 3, còn Gemma 2 chỉ dùng để đối chiếu.",
    ),
    # a score, then those it beats
    (
        ("glm-4.5", "OUTPERFORMS", "deepseek-v3"),
        "en",
        "GLM-4.5 scored 64 percent on the coding test, edging past both GPT-4o and DeepSeek-V3.",
        "GLM-4.5 scored 64 percent on the coding test, trailing both GPT-4o and DeepSeek-V3.",
    ),
    # made at a foundry's plant
    (
        ("tsmc", "MANUFACTURES", "nvidia-blackwell"),
        "en",
        "Nvidia said its Blackwell chips had started production at TSMC's Arizona plant.",
        "Nvidia said its Blackwell chips had started selling to TSMC's Arizona customers.",
    ),
    (
        ("tsmc", "MANUFACTURES", "nvidia-blackwell"),
        "en",
        "The first Blackwell wafers rolled off TSMC's new line in Phoenix.",
        "The first Blackwell servers were shown beside TSMC's new line in Phoenix.",
    ),
    # listed on the Entity List in a relative clause; the one listing is not listed
    (
        ("entity-list", "RESTRICTS", "sensetime"),
        "en",
        (
            "SenseTime, the company that the United States added to the Entity List in 2019, "
            "raised new funds."
        ),
        (
            "SenseTime, the company that the United States praised in 2019, raised new funds "
            "despite the Entity List."
        ),
    ),
    # a listing that names who was put on the list
    (
        ("entity-list", "RESTRICTS", "smic"),
        "en",
        "The Commerce Department added 140 firms to its Entity List, including Huawei and SMIC.",
        "The Commerce Department added 140 firms to its Entity List, while SMIC kept buying tools.",
    ),
    (
        ("entity-list", "RESTRICTS", "smic"),
        "vi",
        "Mỹ đưa thêm 25 tổ chức vào Danh sách thực thể, trong đó có Huawei và SMIC.",
        "Mỹ đưa thêm 25 tổ chức vào Danh sách thực thể, còn SMIC vẫn mua thiết bị.",
    ),
    # a product that gives its users a model
    (
        ("tiktok", "HOSTS", "gpt-4o"),
        "en",
        "TikTok gave users free access to GPT-4o for a month.",
        "TikTok gave users free stickers while GPT-4o was down.",
    ),
    (
        ("tiktok", "HOSTS", "gpt-4o"),
        "vi",
        "TikTok cho phép người dùng truy cập miễn phí GPT-4o trong một tháng.",
        "TikTok cho phép người dùng đăng video, còn GPT-4o vẫn bị chặn.",
    ),
    # a majority stake is ownership
    (
        ("alibaba", "OWNS", "lazada"),
        "en",
        "Alibaba acquired a majority stake in Lazada in 2016.",
        "Alibaba acquired a minority stake in Lazada in 2016.",
    ),
    (
        ("alibaba", "OWNS", "lazada"),
        "vi",
        "Alibaba đã mua lại phần lớn cổ phần của Lazada năm 2016.",
        "Alibaba đã mua 5% cổ phần của Lazada năm 2016.",
    ),
    # a company set up by another
    (
        ("pif", "OWNS", "humain"),
        "en",
        "Humain, launched in May by the kingdom's Public Investment Fund, plans to buy chips.",
        "Humain, launched in May with advice from the Public Investment Fund, plans to buy chips.",
    ),
    (
        ("vingroup", "OWNS", "vinai"),
        "vi",
        "VinAI, viện nghiên cứu do Vingroup thành lập năm 2019, công bố mô hình mới.",
        "VinAI, viện nghiên cứu hợp tác với Vingroup từ năm 2019, công bố mô hình mới.",
    ),
    # the owner apposed to the company it owns
    (
        ("alphabet", "OWNS", "google"),
        "en",
        "Alphabet, Google's parent, and Nvidia are both shareholders.",
        "Alphabet, Google's rival in ads, and Nvidia are both shareholders.",
    ),
    # where a leaderboard began
    (
        ("uc-berkeley", "DEVELOPED", "chatbot-arena"),
        "en",
        "Chatbot Arena, which grew out of a research project at UC Berkeley, raised money.",
        "Chatbot Arena, which hired researchers from UC Berkeley, raised money.",
    ),
    (
        ("uc-berkeley", "DEVELOPED", "chatbot-arena"),
        "vi",
        "Chatbot Arena khởi đầu là một dự án của các nhà nghiên cứu tại UC Berkeley.",
        "Chatbot Arena thuê thêm các nhà nghiên cứu từng làm tại UC Berkeley.",
    ),
    # two makers, the second with an article
    (
        ("cais", "DEVELOPED", "hle"),
        "en",
        (
            "Humanity's Last Exam, published in January by Scale AI and the Center for AI Safety, "
            "is hard."
        ),
        (
            "Humanity's Last Exam, published in January by Scale AI, was praised by the Center for "
            "AI Safety."
        ),
    ),
    # a device named with its maker
    (
        ("samsung", "DEVELOPED", "galaxy-s25"),
        "en",
        "Samsung's Galaxy S25 phones ship with Gemini built in.",
        "Samsung's rival to the Galaxy S25 ships with Gemini built in.",
    ),
]


@pytest.mark.parametrize(("fact", "lang", "positive", "negative"), CASES)
def test_phrasing_is_read(told, fact, lang, positive, negative):
    assert fact in told(positive, lang)


@pytest.mark.parametrize(("fact", "lang", "positive", "negative"), CASES)
def test_near_miss_is_not_read(told, fact, lang, positive, negative):
    assert fact not in told(negative, lang)


def test_the_lister_is_not_listed(told):
    en = told("SenseTime, the company that the United States added to the Entity List, grew.", "en")
    assert ("entity-list", "RESTRICTS", "united-states") not in en
    active = told("In 2019 the United States added to the Entity List several AI firms.", "en")
    assert ("entity-list", "RESTRICTS", "united-states") not in active


def test_an_app_named_with_its_company_stays_owned(told):
    found = told("ByteDance's TikTok faces a ban in the United States.", "en")
    assert ("bytedance", "OWNS", "tiktok") in found
    assert ("bytedance", "DEVELOPED", "tiktok") not in found


def test_a_majority_holder_is_no_partner(told):
    found = told("Alibaba acquired a majority stake in Lazada in 2016.", "en")
    assert ("alibaba", "PARTNERS_WITH", "lazada") not in found
    assert ("lazada", "PARTNERS_WITH", "alibaba") not in found


def test_founded_by_former_staff_is_no_ownership(told):
    found = told("Anthropic, founded by former OpenAI researchers, raised money.", "en")
    assert ("openai", "OWNS", "anthropic") not in found
    vi = told("Anthropic do các cựu nhân viên OpenAI thành lập năm 2021.", "vi")
    assert ("openai", "OWNS", "anthropic") not in vi


def test_a_parent_is_not_part_of_its_child(told):
    found = told("Google's parent company Alphabet reported strong earnings.", "en")
    assert ("alphabet", "OWNS", "google") in found
    assert ("alphabet", "PART_OF", "google") not in found
