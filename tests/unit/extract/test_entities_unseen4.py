"""Names in text nobody tuned to, fourth round: people after a court or academic title
("Judge X", "Dr. X", "TS. X" with Vietnamese marks), a demonym with a field word that
describes a firm and is no name ("the Emirati AI group"), Vietnamese research institutes
named after "viện nghiên cứu", and catalogue breadth (PC chips and laptops, HP, ICONIQ,
GLM-4.7, Cambridge and Wilmington).

These run the bundled catalogue. Rule cases use invented names, so they test the cue and not
the catalogue; each rule also has cases where it must not fire. Sentences written for the test.
"""

from __future__ import annotations

from tests.unit.extract.facts import typed_names

# --- people after a title -----------------------------------------------------------------------


def test_a_judge_or_doctor_title_names_a_person():
    found = typed_names("Judge Corinna Vallet adjourned the hearing after Dr. Ilse Marbury spoke.")
    assert found.get("Corinna Vallet") == "Person"
    assert found.get("Ilse Marbury") == "Person"


def test_a_judge_title_needs_a_capitalised_name_after_it():
    found = typed_names("The judge ruled for the chipmaker, and Judge said nothing more.")
    assert not any(kind == "Person" for kind in found.values())


def test_vietnamese_academic_abbreviations_name_a_person_with_marks():
    found = typed_names(
        "TS. Nguyễn Hữu Phước và PGS.TS. Đỗ Thanh Hằng cùng phát biểu tại hội thảo.", "vi"
    )
    assert found.get("Nguyễn Hữu Phước") == "Person"
    assert found.get("Đỗ Thanh Hằng") == "Person"


def test_a_vietnamese_academic_abbreviation_without_a_name_finds_no_person():
    found = typed_names("Anh ấy lấy bằng TS. năm ngoái rồi làm GS. ở một trường tư.", "vi")
    assert not any(kind == "Person" for kind in found.values())


# --- a demonym and a field word describe a firm ---------------------------------------------------


def test_a_demonym_with_a_field_word_is_no_organization():
    found = typed_names("The data centre is run by Pelorix, the Emirati AI group backed by a fund.")
    assert found.get("Pelorix") == "Organization"
    assert "Emirati AI" not in found


def test_a_demonym_opening_a_real_name_is_kept():
    found = typed_names(
        "Contracts went to Emirati Telecom Holdings and Saudi Data Partners last week."
    )
    assert found.get("Emirati Telecom Holdings") == "Organization"
    assert found.get("Saudi Data Partners") == "Organization"


def test_a_vietnamese_sentence_with_a_demonym_description_keeps_only_the_firm():
    found = typed_names(
        "Pelorix, tập đoàn AI của Các Tiểu vương quốc Ả Rập Thống nhất, mở rộng.", "vi"
    )
    assert found.get("Pelorix") == "Organization"


# --- Vietnamese research institutes ---------------------------------------------------------------


def test_a_vietnamese_research_institute_noun_names_an_organization():
    found = typed_names(
        "Theo thống kê của viện nghiên cứu Brightwater, số kỹ sư đã tăng gấp đôi.", "vi"
    )
    assert found.get("Brightwater") == "Organization"


def test_a_vietnamese_research_institute_noun_without_a_name_finds_none():
    found = typed_names("Theo thống kê của viện nghiên cứu này, số kỹ sư đã tăng gấp đôi.", "vi")
    assert found == {}


# --- catalogue breadth ------------------------------------------------------------------------------


def test_pc_chips_and_laptops_are_their_own_entities():
    found = typed_names(
        "The new laptops run on Snapdragon X Plus or Ryzen AI 300 chips, while Oryon cores "
        "power the top models and Apple sells the MacBook Pro."
    )
    assert found.get("Snapdragon X Plus") == "Hardware"
    assert found.get("AMD Ryzen AI 300") == "Hardware"
    assert found.get("Qualcomm Oryon") == "Hardware"
    assert found.get("MacBook Pro") == "Product"
    assert "Snapdragon X Elite" not in found


def test_pc_makers_investors_and_places():
    found = typed_names(
        "HP and Dell shipped the machines; ICONIQ invested from Wilmington and Cambridge."
    )
    assert found.get("HP Inc.") == "Organization"
    assert found.get("ICONIQ") == "Organization"
    assert found.get("Wilmington") == "Location"
    assert found.get("Cambridge") == "Location"


def test_vietnamese_glm_4_7_and_tensor_processing_units():
    assert typed_names("Zhipu AI phát hành GLM-4.7 vào cuối năm.", "vi").get("GLM-4.7") == "AIModel"
    found = typed_names("The lab rents Google's tensor processing units for training.")
    assert found.get("Google TPU") == "Hardware"
