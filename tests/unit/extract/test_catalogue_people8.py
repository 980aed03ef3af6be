"""The bundled catalogue, people round 8: whole categories of people the AI-race news names.

Chief executives, founders and researchers of tech, chip, cloud, EV and AI companies;
ministers, legislators and regulators dealing with tech and trade; investors and fund
chiefs, worldwide, with Sino-Vietnamese renderings and Chinese characters for Chinese
people. Also the word runs inside people's names: a person's run keeps its word breaks,
so a glued given name ("Lidong" of "Zhang Lidong") is not another man ("Li Dong").
Sentences are written for these tests.
"""

from __future__ import annotations

from extract.discovery import run_key
from tests.unit.extract.facts import found_in

# --- the entries ----------------------------------------------------------------------


def test_people_have_their_country_and_renderings(bundled_catalogue):
    entries = bundled_catalogue.entries
    for ident, country in [
        ("he-tingbo", "china"),
        ("wendell-huang", "taiwan"),
        ("john-lee-ka-chiu", "hong-kong"),
        ("koo-yun-cheol", "south-korea"),
        ("yoshimasa-hayashi", "japan"),
        ("jyotiraditya-scindia", "india"),
        ("valdis-dombrovskis", "european-union"),
        ("judson-althoff", "united-states"),
        ("le-minh-khai", "vietnam"),
        ("roelof-botha", "united-states"),
    ]:
        assert entries[ident].type == "Person"
        assert entries[ident].country == country
    assert {"Hà Đình Ba", "何庭波"} <= set(entries["he-tingbo"].aliases)
    assert "Lê Minh Khái" in entries["le-minh-khai"].aliases


def test_new_people_are_found_in_english():
    found, _ = found_in(
        "TSMC finance chief Wendell Huang spoke after Judson Althoff of Microsoft, "
        "while Senator Bill Hagerty met Korea's finance minister Koo Yun-cheol."
    )
    for ident in ("wendell-huang", "judson-althoff", "bill-hagerty", "koo-yun-cheol"):
        assert found.get(ident) == "Person"


def test_new_people_are_found_in_vietnamese():
    found, _ = found_in(
        "Ông Hà Đình Ba của HiSilicon và bà Trịnh Lệ Quân gặp Phó Thủ tướng Lê Minh Khái.",
        "vi",
    )
    for ident in ("he-tingbo", "cheng-li-chiun", "le-minh-khai"):
        assert found.get(ident) == "Person"


def test_plain_vietnamese_words_are_no_people():
    found, _ = found_in("Người dân sống bình an và đã học từ ba năm nay ở Tân Bình.", "vi")
    assert not any(t == "Person" for t in found.values())


# --- the word runs inside people's names ----------------------------------------------


def test_a_persons_run_keeps_its_word_breaks():
    assert run_key(["Lidong"], True) != run_key(["Li", "Dong"], True)
    assert run_key(["Kumar", "Mangalam"], True) == run_key(["kumar", "mangalam"], True)
    assert run_key(["Turbo", "S"], False) == run_key(["TurboS"], False)


def test_a_glued_given_name_is_not_another_man():
    found, _ = found_in("Startup founder Li Dong said the company would raise new funds.")
    assert found.get("li-dong") == "Person"
    assert not {"zhang-lidong", "zhao-lidong"} & set(found)
    found, _ = found_in("Nhà sáng lập Li Dong cho biết công ty sẽ gọi thêm vốn.", "vi")
    assert found.get("li-dong") == "Person"
    assert not {"zhang-lidong", "zhao-lidong"} & set(found)


def test_a_run_of_a_persons_name_still_names_that_person():
    found, _ = found_in("Investor Kumar Mangalam said the group would build a chip plant.")
    assert found.get("kumar-mangalam-birla") == "Person"
    found, _ = found_in("Tỷ phú Roshni Nadar cho biết HCL sẽ đầu tư vào AI.", "vi")
    assert found.get("roshni-nadar-malhotra") == "Person"
