"""Which earlier organisation a short reference recalls, and when it recalls none.

Every sentence here is invented for the test. The mechanisms (`extract.resolution`):

- "the startup" / "Startup này" after a sentence where one organisation backs another:
  the one the document writes as a startup, else nothing (not the investor);
- a name coordinated with a capitalised word nothing was read in ("Zorvex and AMD are
  its customers") is no sentence's subject alone;
- past sentences naming no organisation at all, within the paragraph, the company
  stays in view (up to four sentences back);
- a name listed after a name that stands after a preposition ("at Zeekr and BYD") is
  as minor as that one, and "của hãng" keeps its company in view;
- "của hãng" mid-clause and "It makes ..." are references.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import found_in, has_fact


def _facts(text: str, lang: str) -> set[tuple[str, str, str]]:
    return found_in(text, lang)[1]


# --- "the startup" after an investment ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "fact"),
    [
        (
            (
                "Moonshot AI, a Beijing start-up, is hiring fast. Alibaba invested in Moonshot AI "
                "last year. The startup released Kimi K2 in July."
            ),
            "en",
            ("moonshot-ai", "DEVELOPED", "kimi-k2"),
        ),
        (
            (
                "Moonshot AI là startup có trụ sở tại Bắc Kinh. Alibaba rót vốn vào Moonshot AI năm "
                "ngoái. Startup này ra mắt Kimi K2 vào tháng 7."
            ),
            "vi",
            ("moonshot-ai", "DEVELOPED", "kimi-k2"),
        ),
        (
            (
                "DeepSeek posted a new checkpoint on Hugging Face. The start-up, which is funded by "
                "High-Flyer, said it scored well."
            ),
            "en",
            ("deepseek", "PARTNERS_WITH", "high-flyer"),
        ),
    ],
)
def test_the_startup_is_the_one_written_as_a_startup(text, lang, fact):
    assert has_fact(_facts(text, lang), fact)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Alibaba invested in Moonshot AI last year. The startup released Kimi K2 in July.", "en"),
        (
            "Alibaba rót vốn vào Moonshot AI năm ngoái. Startup này ra mắt Kimi K2 vào tháng 7.",
            "vi",
        ),
        (
            (
                "Moonshot AI, a Beijing start-up, is hiring fast. Alibaba invested in Moonshot AI "
                "last year. The startup released Kimi K2 in July."
            ),
            "en",
        ),
    ],
)
def test_the_startup_is_not_its_investor(text, lang):
    assert ("alibaba", "DEVELOPED", "kimi-k2") not in _facts(text, lang)


# --- a subject shared with a name nothing was read in -------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            (
                "TSMC gained most from the subsidies. Zorvex and AMD are among its early customers. "
                "Chief executive C.C. Wei met the president."
            ),
            "en",
        ),
        (
            (
                "TSMC hưởng lợi nhiều nhất từ gói trợ cấp. Zorvex và AMD là khách hàng đầu tiên của "
                "hãng. CEO C.C. Wei đã gặp tổng thống."
            ),
            "vi",
        ),
    ],
)
def test_a_name_beside_an_unread_one_is_no_subject(text, lang):
    assert ("cc-wei", "LEADS", "amd") not in _facts(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("TSMC gained most from the subsidies. Chief executive C.C. Wei met the president.", "en"),
        ("TSMC hưởng lợi nhiều nhất từ gói trợ cấp. CEO C.C. Wei đã gặp tổng thống.", "vi"),
    ],
)
def test_a_role_still_takes_the_one_company_in_view(text, lang):
    assert ("cc-wei", "LEADS", "tsmc") in _facts(text, lang)


# --- past sentences naming no organisation -------------------------------------------------

_PACE = {
    "en": (
        "Alibaba has kept up a fast pace of releases. In April came Qwen3.{gap}July brought "
        "Qwen3-Coder. Last month the company signed a partnership with Nvidia."
    ),
    "vi": (
        "Alibaba liên tục tung ra sản phẩm mới. Tháng 4 là Qwen3.{gap}Tháng 7 là Qwen3-Coder. "
        "Tháng trước, tập đoàn này ký thỏa thuận hợp tác với Nvidia."
    ),
}


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_company_stays_in_view_past_sentences_naming_none(lang):
    assert has_fact(
        _facts(_PACE[lang].format(gap=" "), lang), ("alibaba", "PARTNERS_WITH", "nvidia")
    )


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_the_far_company_is_not_recalled_across_a_paragraph(lang):
    text = _PACE[lang].format(gap="\n\n")
    assert not has_fact(_facts(text, lang), ("alibaba", "PARTNERS_WITH", "nvidia"))


def test_the_far_company_is_not_recalled_past_another_company():
    text = (
        "Alibaba has kept up a fast pace of releases. In April came Qwen3. Baidu answered with "
        "Ernie 4.5. July brought Qwen3-Coder. Last month the company signed a partnership with Nvidia."
    )
    assert not has_fact(_facts(text, "en"), ("alibaba", "PARTNERS_WITH", "nvidia"))


# --- names listed after a preposition; "của hãng" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        (
            (
                "UBTech Robotics is chasing car plants. Its robots were tested at Zeekr and BYD. In "
                "February the company said it had integrated DeepSeek-R1."
            ),
            "en",
        ),
        (
            (
                "UBTech Robotics đang nhắm tới các nhà máy ô tô. Robot của hãng được thử nghiệm tại "
                "Zeekr và BYD. Tháng 2, công ty này cho biết đã tích hợp DeepSeek-R1."
            ),
            "vi",
        ),
    ],
)
def test_names_listed_after_a_preposition_leave_the_company_in_view(text, lang):
    found = _facts(text, lang)
    assert ("ubtech", "USES", "deepseek-r1") in found
    assert ("byd", "USES", "deepseek-r1") not in found


def test_a_subject_list_still_leaves_the_company_unclear():
    text = (
        "UBTech Robotics is chasing car plants. Zeekr and BYD tested its robots. In February the "
        "company said it had integrated DeepSeek-R1."
    )
    found = _facts(text, "en")
    assert not {("byd", "USES", "deepseek-r1"), ("zeekr", "USES", "deepseek-r1")} & found


def test_of_the_firm_mid_clause_is_the_company_in_view():
    text = "ByteDance đang chạy đua phát triển chatbot. Ứng dụng Doubao của hãng có nhiều người dùng nhất."
    assert ("bytedance", "DEVELOPED", "doubao") in _facts(text, "vi")


def test_of_a_described_firm_is_no_bare_reference():
    text = (
        "ByteDance đang chạy đua phát triển chatbot. Ứng dụng Doubao của hãng chip Nvidia có nhiều "
        "người dùng."
    )
    assert ("bytedance", "DEVELOPED", "doubao") not in _facts(text, "vi")


# --- "It makes ..." --------------------------------------------------------


def test_it_makes_is_the_company_in_view():
    text = "SMIC is China's biggest foundry. It makes Huawei's Kirin chips."
    assert ("smic", "MANUFACTURES", "huawei-kirin") in _facts(text, "en")


def test_it_makes_after_two_companies_is_neither():
    found = _facts("Nvidia and AMD reported results. It makes the Ascend 910C for China.", "en")
    assert (
        not {("nvidia", "MANUFACTURES", "ascend-910c"), ("amd", "MANUFACTURES", "ascend-910c")}
        & found
    )
