"""Names in text nobody tuned to: general cues for names the catalogue lacks, and the places,
utilities, regulators and media companies a race catalogue should know anyway.

These run the bundled catalogue. Rule cases use invented names, so they test the cue and not
the catalogue; each rule also has cases where it must not fire. Sentences written for the test.
"""

from __future__ import annotations

import pytest

from extract.namecues import compound_end, named_for_country, surname_first
from tests.unit.extract.facts import typed_names

# --- "<Place>-based <Name>" and "the <Place>-based <company noun>" ---------------------------


def test_a_name_after_a_multi_word_based_compound_is_the_company():
    found = typed_names("Investors queued for New Haven-based Tarvik, which sells grid software.")
    assert found.get("Tarvik") == "Organization"
    assert not any("based" in name for name in found)


def test_a_place_before_based_and_an_operator_noun_is_a_place_without_the_article():
    found = typed_names("The Dunmore-based operator wants to reopen two reactors.")
    assert found.get("Dunmore") == "Location" and "The Dunmore" not in found


def test_based_before_a_chip_noun_names_no_place():
    assert typed_names("Velk-based processors sold well last year.") == {}


def test_compound_end_counts_the_words_up_to_the_compound():
    assert compound_end(["Santa", "Clara-based", "Oklo"]) == 2
    assert compound_end(["Santa", "Clara-based"]) == 0
    assert compound_end(["Tarvik", "Grid"]) == 0


# --- investors lead rounds --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tarvik raised $90 million in a round led by Halden Peak.",
        "The Series B was co-led by Halden Peak, the filing shows.",
    ],
)
def test_whoever_leads_a_round_is_an_organisation(text):
    assert typed_names(text).get("Halden Peak") == "Organization"


def test_whoever_leads_a_lab_is_still_a_person():
    assert typed_names("The lab is led by Halden Peak, a chemist.").get("Halden Peak") == "Person"


# --- a plural company noun opening a list ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The complaint came from two utilities, Harrow Grid and Tellmark, which objected.",
        "Talks with rivals such as Harrow Grid and Tellmark stalled in May.",
        "Several lenders, including Harrow Grid and Tellmark, pulled out.",
    ],
)
def test_a_plural_company_noun_types_the_list_after_it(text):
    found = typed_names(text)
    assert found.get("Harrow Grid") == "Organization" and found.get("Tellmark") == "Organization"


def test_a_plural_noun_of_people_types_no_companies():
    found = typed_names("The report quoted two analysts, Mira Patel and Dana Kirsch, on prices.")
    assert found.get("Mira Patel") != "Organization"


@pytest.mark.parametrize(
    "text",
    [
        "Các hãng như Zentor, Palvane và Quillo đã ký hợp đồng với chính phủ.",
        "Hai công ty gồm Zentor và Palvane đã ký hợp đồng với chính phủ.",
    ],
)
def test_a_vietnamese_plural_company_noun_types_the_list_after_it(text):
    found = typed_names(text, "vi")
    assert found.get("Zentor") == "Organization" and found.get("Palvane") == "Organization"


def test_a_vietnamese_list_of_people_is_not_typed_as_companies():
    found = typed_names("Những ông như Zentor Palvane đã đến dự.", "vi")
    assert found.get("Zentor Palvane") != "Organization"


# --- Vietnamese founders, listed and foreign --------------------------------------------------


def test_foreign_founders_listed_before_thanh_lap_are_people():
    text = "Được Lorenz Haber, Mika Strand và Oskar Vennberg thành lập năm 2020, Zeta làm drone."
    found = typed_names(text, "vi")
    for name in ("Lorenz Haber", "Mika Strand", "Oskar Vennberg"):
        assert found.get(name) == "Person"


def test_founders_with_an_apposition_before_lap_ra_are_people():
    text = (
        "Zeta Labs là startup do Lorenz Haber và Mika Strand, hai nhà nghiên cứu từng làm "
        "ở một viện lớn, lập ra năm ngoái."
    )
    found = typed_names(text, "vi")
    assert found.get("Lorenz Haber") == "Person" and found.get("Mika Strand") == "Person"


def test_a_single_foreign_founder_after_do_is_a_person():
    assert (
        typed_names("Hãng do Lorenz Haber sáng lập năm 2017.", "vi").get("Lorenz Haber") == "Person"
    )


def test_a_foreign_name_leading_a_round_is_not_a_person():
    found = typed_names("Vòng gọi vốn do Halden Peak dẫn dắt đã khép lại.", "vi")
    assert found.get("Halden Peak") != "Person"


def test_a_founder_opening_with_a_known_company_is_not_a_person():
    found = typed_names("Liên doanh do Tencent Mobility thành lập năm ngoái.", "vi")
    assert found.get("Tencent Mobility") != "Person"


def test_english_founders_in_a_list_are_people():
    found = typed_names("The startup was founded by Lorenz Haber, Mika Strand and Oskar Vennberg.")
    assert {found.get(n) for n in ("Lorenz Haber", "Mika Strand", "Oskar Vennberg")} == {"Person"}


# --- Vietnamese words opening a sentence are no part of a name -----------------------------


def test_a_vietnamese_preposition_opening_a_sentence_is_cut_from_the_name():
    found = typed_names("Tại Kestrel Labs, các kỹ sư đang thử chip mới.", "vi")
    assert found.get("Kestrel Labs") == "Organization" and "Tại Kestrel Labs" not in found


def test_tu_inside_a_sentence_is_a_surname():
    assert surname_first("theo lời Từ Lập Minh", 9, ["Từ", "Lập", "Minh"])
    assert not surname_first("Từ Lập Minh", 0, ["Từ", "Lập", "Minh"])


# --- an acronym after a Vietnamese long name that ends in a country ------------------------


def test_a_vietnamese_acronym_after_a_name_ending_in_a_country_is_the_organisation():
    text = "Ông Nam, chuyên gia của Hiệp hội Doanh nghiệp Phần mềm Việt Nam (VSXA), nhận định."
    assert typed_names(text, "vi").get("VSXA") == "Organization"


def test_a_country_code_after_the_country_is_no_organisation():
    assert "VN" not in typed_names("Ông Nam làm việc ở Việt Nam (VN) đã lâu.", "vi")


# --- demonyms that belong to a company's name ----------------------------------------------


def test_a_demonym_stays_in_a_company_name_ending_in_a_suffix():
    found = typed_names("Two utilities, Harrow Grid and American Velden Power, objected.")
    assert found.get("American Velden Power") == "Organization" and "Velden Power" not in found


def test_a_demonym_before_a_generic_word_names_nothing():
    assert named_for_country(["American", "Velden", "Power"])
    assert not named_for_country(["Chinese", "AI", "Labs"])
    assert not named_for_country(["American", "Power"])


# --- public bodies and power companies by their last word ----------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Northland Grid Commission rejected the deal on Friday.", "Northland Grid Commission"),
        ("Shares of Harlan Energy fell after the ruling.", "Harlan Energy"),
        ("Ủy ban đã làm việc với Velden Power trong tháng 5.", "Velden Power"),
    ],
)
def test_a_body_or_power_word_ends_an_organisation_name(text, name):
    lang = "vi" if "Ủy" in text else "en"
    assert typed_names(text, lang).get(name) == "Organization"


def test_a_lone_body_word_names_nothing():
    found = typed_names("The Commission said Energy prices would fall.")
    assert "Commission" not in found and "Energy" not in found


# --- catalogue breadth --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "name", "type_"),
    [
        ("The reactor designer is based in Rockville, Maryland.", "en", "Maryland", "Location"),
        ("A start-up opened an office in Baltimore last week.", "en", "Baltimore", "Location"),
        ("Tại Freiburg, một nhóm nhỏ đang huấn luyện mô hình ảnh.", "vi", "Freiburg", "Location"),
        ("Nhà máy mới sẽ đặt tại Hà Bắc.", "vi", "Hebei", "Location"),
        (
            "Disney and Universal sued the image start-up in June.",
            "en",
            "The Walt Disney Company",
            "Organization",
        ),
        ("Exelon objected to the deal on Friday.", "en", "Exelon", "Organization"),
        (
            "FERC turned down the agreement.",
            "en",
            "Federal Energy Regulatory Commission",
            "Organization",
        ),
        ("Nhà sáng lập Spotify đầu tư vào hãng drone.", "vi", "Spotify", "Organization"),
    ],
)
def test_the_catalogue_knows_common_places_utilities_and_media(text, lang, name, type_):
    assert typed_names(text, lang).get(name) == type_
