"""Entities, round two: names opening a sentence, "&" inside firm names, a chip named
twice over, foreign ministries inside longer names, described (not named) Vietnamese
policies, governments and ministries, and a broader catalogue.

Every sentence is written for the test; each feature has cases that must not fire.
"""

from __future__ import annotations

import pytest

from extract.cues import opens_clause
from extract.pipeline import DocumentInput, extract


def _result(text: str, lang: str):
    return extract([DocumentInput(text, language=lang, published="2025-06-01")])


def _entities(text: str, lang: str = "en") -> dict[str, str]:
    """id -> type."""
    return {e.id: e.type for e in _result(text, lang).entities}


def _relations(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    return {(r.source, r.type, r.target) for r in _result(text, lang).relations}


# --- a name that needs context, opening its sentence -----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Sales slowed last year. Apple picked a new supplier for its modems in March.",
        "Analysts were surprised. Apple has delayed the launch of its headset again.",
    ],
)
def test_sentence_opening_name_before_a_verb_is_kept(text: str) -> None:
    assert _entities(text).get("apple") == "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Apple juice prices rose at the market stalls this week.",
        "Apple orchards in the valley had a dry summer.",
    ],
)
def test_sentence_opening_common_word_is_not_a_name(text: str) -> None:
    assert "apple" not in _entities(text)


def test_opens_clause_reads_verbs_not_nouns() -> None:
    assert opens_clause("picked") and opens_clause("says") and opens_clause("will")
    assert not opens_clause("juice") and not opens_clause("orchards")
    assert not opens_clause("series") and not opens_clause("seed")


def test_a_context_word_closing_a_longer_name_is_not_that_entity() -> None:
    text = "Her colleague Tan Mei Ling, a partner at a Jakarta firm, declined to comment."
    assert "ling" not in _entities(text)


def test_a_context_word_standing_alone_keeps_its_support() -> None:
    text = "Ant Group said Ling beat rival models on its internal tests."
    assert _entities(text).get("ling") == "AIModel"


# --- "&" inside a firm's name ----------------------------------------------------------------


def test_ampersand_joins_one_firm_name() -> None:
    text = "Said Omar Hadi, a lawyer at Kestrel & Vane in Kuala Lumpur, the rules were clear."
    ents = _entities(text)
    assert ents.get("kestrel-vane") == "Organization"
    assert "kestrel" not in ents and "vane" not in ents


def test_and_between_two_known_companies_stays_two() -> None:
    ents = _entities("Nvidia and AMD both shipped new accelerators this spring.")
    assert {"nvidia", "amd"} <= set(ents)


# --- a chip spelt with two of its own names ---------------------------------------------------


def test_two_names_of_one_chip_are_one_entity() -> None:
    ents = _entities("The cloud will run on Grace Blackwell GB200 systems from Nvidia.")
    assert "nvidia-gb200" in ents
    assert not any(i.startswith("nvidia-gb200-") for i in ents)


def test_a_real_variant_tail_still_makes_a_variant() -> None:
    ents = _entities("Zhipu AI also put out GLM-4.5-Air for laptops.")
    assert "glm-4.5-air" in ents


def test_mi450_is_its_own_chip() -> None:
    ents = _entities("AMD will supply its Instinct MI450 accelerators to the lab next year.")
    assert "amd-instinct-mi450" in ents and "amd-mi400" not in ents


# --- a ministry of one country inside another's name -----------------------------------------


def test_foreign_ministry_inside_a_longer_name_is_not_part_of_it() -> None:
    rels = _relations("Bộ Quốc phòng Mỹ vừa đưa thêm hai hãng chip vào danh sách theo dõi.", "vi")
    assert not any(t == "vietnam-mod" for _, _, t in rels)
    assert "vietnam-mod" not in _entities(
        "Bộ Quốc phòng Mỹ vừa đưa thêm hai hãng chip vào danh sách theo dõi.", "vi"
    )


def test_bare_vietnamese_ministry_is_vietnams() -> None:
    text = "Tập đoàn Viettel trực thuộc Bộ Quốc phòng đã mở trung tâm dữ liệu mới."
    assert _entities(text, "vi").get("vietnam-mod") == "Organization"


# --- governments -------------------------------------------------------------------------------


def test_vietnamese_government_named_in_full_then_short() -> None:
    text = (
        "Một hãng chip Mỹ đã ký thỏa thuận với Chính phủ Việt Nam về trung tâm dữ liệu. "
        "Chính phủ cũng giao Bộ Tài chính lập quỹ mới."
    )
    assert _entities(text, "vi").get("vietnam-government") == "Organization"


def test_lowercase_government_is_not_an_entity() -> None:
    text = "Nhiều chính phủ ở châu Âu đang bàn về quy tắc cho chip AI."
    assert "vietnam-government" not in _entities(text, "vi")


def test_english_vietnamese_government() -> None:
    text = "The Vietnamese government signed a deal with Nvidia on a research centre."
    assert _entities(text).get("vietnam-government") == "Organization"


def test_malaysian_trade_ministry_and_its_acronym() -> None:
    text = "Malaysia's Ministry of Investment, Trade and Industry (MITI) tightened permits."
    assert _entities(text).get("miti-malaysia") == "Organization"


# --- described, not named, Vietnamese policies ------------------------------------------------


def test_generic_vietnamese_rule_phrase_is_no_policy() -> None:
    text = "Luật mới lần đầu đưa các quy định về AI vào một văn bản của Quốc hội."
    ents = _entities(text, "vi")
    assert not any(i.startswith("quy-dinh") for i in ents)


def test_described_bill_refers_to_the_law_named_before() -> None:
    text = (
        "Quốc hội sẽ xem xét Luật Trí tuệ nhân tạo vào tháng tới. "
        "Theo cơ quan soạn thảo, dự luật phân loại hệ thống AI theo mức rủi ro."
    )
    ents = _entities(text, "vi")
    assert "vietnam-ai-law" in ents
    assert not any(i.startswith("du-luat") for i in ents)


def test_rule_with_its_maker_is_still_a_policy() -> None:
    text = "Từ năm 2023, quy định kiểm soát xuất khẩu của Hà Lan áp dụng cho máy in thạch bản."
    ents = _entities(text, "vi")
    assert any(t == "Policy" and "ha-lan" in i for i, t in ents.items())


# --- catalogue breadth -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "ident"),
    [
        ("Nvidia bought Mellanox to add fast networking to its servers.", "en", "mellanox"),
        ("Nvidia từng mua lại Mellanox để có mảng mạng tốc độ cao.", "vi", "mellanox"),
        ("YTL Power is building an AI cloud in Johor.", "en", "ytl-power"),
        ("Huawei said Ascend 950PR chips arrive next year.", "en", "ascend-950pr"),
        ("Huawei dự kiến ra mắt Ascend 970 vào năm 2028.", "vi", "ascend-970"),
        ("Zhipu AI halved the price of GLM-3 Turbo.", "en", "glm-3-turbo"),
        ("iFlytek made Spark Lite free for developers.", "en", "spark-lite"),
        (
            "Cổ phiếu Cambricon từng vượt Kweichow Moutai trên sàn Thượng Hải.",
            "vi",
            "kweichow-moutai",
        ),
    ],
)
def test_catalogue_knows_more_of_the_race(text: str, lang: str, ident: str) -> None:
    assert ident in _entities(text, lang)


def test_ascend_970_is_not_the_960() -> None:
    ents = _entities("Huawei plans the Ascend 970 after the Ascend 960.")
    assert {"ascend-970", "ascend-960"} <= set(ents)
