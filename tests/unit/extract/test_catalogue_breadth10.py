"""The bundled catalogue, round 10: the big companies and people around the AI race.

Whole categories that AI and chip news names as customers, partners, investors or
rivals: telecom operators, banks, insurers, funds and exchanges, retailers and consumer
brands, power utilities and energy groups, industrial and defence groups, drug makers,
media and game companies; their chief executives, heads of state and government,
central bankers; Chinese companies and people with the Sino-Vietnamese readings the
Vietnamese press uses; Vietnamese companies, units, parks and universities. Names that
are also common words are held only in a qualified form ("Orange S.A.", "Target
Corporation", "Shell plc"). Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from tests.unit.extract.facts import found_in

# --- the entries and their links ----------------------------------------------------


def test_units_point_at_their_groups(bundled_catalogue):
    entries = bundled_catalogue.entries
    for ident, parent in [
        ("optus", "singtel"),
        ("evnnpt", "evn"),
        ("viettel-semiconductor", "viettel"),
        ("vinmotion", "vingroup"),
        ("freshippo", "alibaba"),
        ("mgi-tech", "bgi-group"),
        ("kuka", "midea"),
        ("hana-micron-vina", "hana-micron"),
        ("nokia-bell-labs", "nokia"),
        ("netease-games", "netease"),
    ]:
        assert entries[ident].type == "Organization"
        assert entries[ident].parent == parent


def test_entries_carry_their_country(bundled_catalogue):
    entries = bundled_catalogue.entries
    assert entries["telstra"].country == "australia"
    assert entries["sinopec"].country == "china"
    assert entries["danang-hi-tech-park"].country == "vietnam"
    assert entries["takeda"].country == "japan"
    assert entries["hun-manet"].type == "Person"
    assert entries["hun-manet"].country == "cambodia"


def test_common_words_are_not_bare_aliases(bundled_catalogue):
    names = {
        alias
        for ident in (
            "orange-sa",
            "target-corporation",
            "shell-plc",
            "wanda-group",
            "emerson-electric",
        )
        for alias in [
            bundled_catalogue.entries[ident].name,
            *bundled_catalogue.entries[ident].aliases,
        ]
    }
    assert not names & {"Orange", "Target", "Shell", "Wanda", "Emerson"}


# --- English text -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Telstra and Swisscom plan a joint AI cloud for their business clients.",
            {"telstra", "swisscom"},
        ),
        (
            "TotalEnergies will sell power from two wind farms to a Google site.",
            {"totalenergies", "google"},
        ),
        ("Moderna and AbbVie license protein models from Isomorphic Labs.", {"moderna", "abbvie"}),
        ("Sinopec ordered thousands of servers for its refineries.", {"sinopec"}),
        (
            "Daikin and Rheinmetall will cool and guard a data centre site.",
            {"daikin", "rheinmetall"},
        ),
        (
            "Analysts at Standard Chartered raised their forecast for Nidec.",
            {"standard-chartered", "nidec"},
        ),
    ],
)
def test_english_names_resolve(text, expected):
    found, _ = found_in(text)
    assert expected <= set(found)


def test_a_chief_executive_leads_the_bank():
    found, relations = found_in(
        "Jamie Dimon, chief executive of JPMorgan Chase, spoke about AI and jobs."
    )
    assert found["jamie-dimon"] == "Person"
    assert ("jamie-dimon", "LEADS", "jpmorgan") in relations


def test_a_head_of_government_at_the_start_of_a_sentence():
    found, _ = found_in("Pedro Sánchez met Hun Manet to discuss chip supply chains.")
    assert {"pedro-sanchez", "hun-manet"} <= set(found)


def test_a_korean_packager_is_not_micron():
    found, _ = found_in("Hana Micron will add a chip packaging line in Vietnam.")
    assert "hana-micron" in found
    assert "micron" not in found


# --- Vietnamese text ----------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Tổng công ty Truyền tải điện Quốc gia nâng cấp đường dây cho FPT.", {"evnnpt", "fpt"}),
        (
            "Ông Thẩm Hướng Dương cho biết Microsoft sẽ mở thêm phòng thí nghiệm.",
            {"harry-shum", "microsoft"},
        ),
        (
            "Ông Đinh Lỗi nói NetEase Games sẽ dùng AI để vẽ nhân vật.",
            {"william-ding", "netease-games"},
        ),
        (
            "Tỷ phú Chung Thiểm Thiểm nói Nongfu Spring sẽ chi thêm cho AI.",
            {"zhong-shanshan", "nongfu-spring"},
        ),
        (
            "Khu công nghệ cao Đà Nẵng đón dự án mới của Hana Micron.",
            {"danang-hi-tech-park", "hana-micron"},
        ),
        (
            "Ngân hàng TMCP Quốc tế Việt Nam hợp tác với Bảo Việt và GHTK.",
            {"vib-bank", "bao-viet", "ghtk"},
        ),
        (
            "Bà Nguyễn Thị Phương Thảo và ông Trần Đình Long dự hội nghị về bán dẫn.",
            {"nguyen-thi-phuong-thao", "tran-dinh-long"},
        ),
    ],
)
def test_vietnamese_names_resolve(text, expected):
    found, _ = found_in(text, "vi")
    assert expected <= set(found)


def test_a_viettel_unit_is_part_of_viettel():
    text = "Viettel cho biết Viettel Semiconductor thử nghiệm con chip 5G tự phát triển."
    found, relations = found_in(text, "vi")
    assert "viettel-semiconductor" in found
    assert ("viettel-semiconductor", "PART_OF", "viettel") in relations
    # the parent read only inside the unit's name is no party of the story (see inner_names)
    found, _ = found_in("Viettel Semiconductor thử nghiệm con chip 5G tự phát triển.", "vi")
    assert "viettel-semiconductor" in found


# --- negatives: words that are not the company ---------------------------------------


@pytest.mark.parametrize(
    "text, absent",
    [
        ("This laptop is the best buy of the year.", "best-buy"),
        ("Wanda said the plan was fine.", "wanda-group"),
        ("Emerson said he would join the board.", "emerson-electric"),
        ("Orange juice prices rose in Brazil.", "orange-sa"),
        ("The target for the quarter was missed.", "target-corporation"),
        ("A shell company bought the patents.", "shell-plc"),
    ],
)
def test_common_words_stay_plain(text, absent):
    found, _ = found_in(text)
    assert absent not in found


def test_vietnamese_common_words_stay_plain():
    found, _ = found_in("Anh ấy nói mục tiêu của quý này rất cao.", "vi")
    assert not {"target-corporation", "best-buy"} & set(found)
