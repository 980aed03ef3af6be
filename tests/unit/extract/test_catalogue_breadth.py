"""The bundled catalogue: breadth, consistency, and new entries resolving in text.

These tests run the real `extract/data/catalogue.json` (not the small test
catalogue of `conftest.py`), on sentences written for them in English and
Vietnamese.
"""

from __future__ import annotations

from collections import Counter

from extract.catalogue import variants
from extract.pipeline import DocumentInput, extract
from extract.text import name_key
from graph.ontology import ENTITY_TYPES


def _found(text: str, language: str = "en") -> dict:
    """Entity id -> aliases seen, extracted with the bundled catalogue."""
    result = extract([DocumentInput(text, language=language)])
    return {e.id: set(e.aliases) for e in result.entities}


def _relations(text: str, language: str = "en") -> set[tuple[str, str, str]]:
    result = extract([DocumentInput(text, language=language)])
    return {(r.source, r.type, r.target) for r in result.relations}


# --- breadth and consistency -------------------------------------------------------


def test_catalogue_covers_every_type_broadly(bundled_catalogue):
    counts = Counter(e.type for e in bundled_catalogue.entries.values())
    assert len(bundled_catalogue.entries) >= 1100
    assert set(counts) == set(ENTITY_TYPES)
    assert all(n >= 25 for n in counts.values()), counts
    assert sum(1 for e in bundled_catalogue.entries.values() if e.qid) >= 200


def test_links_point_at_existing_entries(bundled_catalogue):
    dangling = [
        (e.id, link)
        for e in bundled_catalogue.entries.values()
        for link in e.related()
        if link not in bundled_catalogue.entries
    ]
    assert dangling == []


def test_qids_are_well_formed_and_unique(bundled_catalogue):
    qids = [e.qid for e in bundled_catalogue.entries.values() if e.qid]
    assert all(q[0] == "Q" and q[1:].isdigit() for q in qids)
    assert [q for q, n in Counter(qids).items() if n > 1] == []


def test_no_alias_names_two_types_without_being_marked(bundled_catalogue):
    """A spelling shared by entries of different types must be `ambiguous` in all
    but (at most) one of them, so that context decides between them."""
    owners: dict[str, dict[str, str]] = {}
    for entry in bundled_catalogue.entries.values():
        for alias in entry.aliases:
            for form in variants(alias):
                owners.setdefault(name_key(form), {}).setdefault(entry.id, alias)
    clashes = []
    for key, hit in owners.items():
        if len({bundled_catalogue.entries[i].type for i in hit}) < 2:
            continue
        unmarked = [
            i
            for i, alias in hit.items()
            if alias.casefold() not in bundled_catalogue.entries[i].ambiguous
        ]
        if len(unmarked) > 1:
            clashes.append((key, unmarked))
    assert clashes == []


def test_ambiguous_marks_name_real_aliases(bundled_catalogue):
    stray = [
        (e.id, a)
        for e in bundled_catalogue.entries.values()
        for a in e.ambiguous
        if a not in {x.casefold() for x in e.aliases}
    ]
    assert stray == []


def test_new_entries_have_links_and_languages(bundled_catalogue):
    entries = bundled_catalogue.entries
    assert entries["hbm4"].developer == "sk-hynix"
    assert entries["nexperia"].parent == "wingtech"
    assert entries["icheon"].country == "south-korea"
    assert "Hợp Phì" in entries["hefei"].aliases
    assert "Trùng Khánh" in entries["chongqing"].aliases
    assert "硅基流动" in entries["siliconflow"].aliases
    assert bundled_catalogue.lookup("Qwen 3 Coder") == ("qwen3-coder",)
    assert bundled_catalogue.lookup("Trainium 2") == ("aws-trainium2",)
    assert bundled_catalogue.lookup("HBM3E") == ("hbm3e",)


# --- resolution in text ------------------------------------------------------------


def test_memory_supply_chain_sentence_in_english():
    text = (
        "SK Hynix started sampling HBM4 stacks from its Icheon campus this spring, "
        "while Micron Technology ramped HBM3E output near Boise."
    )
    found = _found(text)
    assert {"sk-hynix", "hbm4", "icheon", "micron", "hbm3e", "boise"} <= set(found)
    assert ("sk-hynix", "MANUFACTURES", "hbm4") in _relations(text)


def test_models_and_benchmarks_up_to_2025_in_english():
    text = (
        "Anthropic shipped Claude Sonnet 4.5 in September, and Zhipu followed with GLM-4.6, "
        "both scoring well on SWE-bench Verified and Terminal-Bench."
    )
    found = _found(text)
    assert {"claude-sonnet-4.5", "glm-4.6", "swe-bench", "terminal-bench"} <= set(found)
    assert "claude-sonnet-4" not in found  # the longer version wins over its prefix


def test_vietnamese_places_ministries_and_policies():
    text = (
        "Tập đoàn Amkor mở rộng nhà máy đóng gói chip tại Bắc Ninh, trong khi Bộ Công Thương "
        "thúc đẩy Chiến lược phát triển công nghiệp bán dẫn Việt Nam."
    )
    found = _found(text, "vi")
    assert {"amkor", "bac-ninh", "vietnam-moit", "vietnam-semiconductor-strategy"} <= set(found)
    assert "Bắc Ninh" in found["bac-ninh"]


def test_vietnamese_spelling_of_chinese_cities_and_a_chinese_alias():
    found = _found("Trùng Khánh (重庆) và Tô Châu đang đua xây trung tâm dữ liệu AI.", "vi")
    assert {"Trùng Khánh", "重庆"} <= found["chongqing"]
    assert "suzhou" in found


def test_chinese_alias_in_parentheses_in_english():
    found = _found("The startup SiliconFlow (硅基流动) serves open models to developers.")
    assert found["siliconflow"] >= {"SiliconFlow", "硅基流动"}


def test_versioned_chip_beats_the_family_after_chip():
    found = _found("Huawei công bố chip Ascend 950 cùng siêu máy tính Atlas 950 SuperPoD.", "vi")
    assert "ascend-950" in found
    assert "huawei-ascend" not in found
    assert "atlas-950-superpod" in found


# --- ambiguous aliases need context ------------------------------------------------


def test_common_word_aliases_do_not_fire_on_ordinary_text():
    found = _found("We glean little from the report; turkey and chile peppers were served.")
    assert not {"glean", "turkey", "chile"} & set(found)


def test_capitalised_country_names_inside_a_sentence_are_kept():
    found = _found("Regulators in Turkey and Chile opened consultations on AI rules.")
    assert {"turkey", "chile"} <= set(found)


def test_vietnamese_national_assembly_needs_vietnam_in_context():
    assert "vietnam-national-assembly" not in _found("Quốc hội đã họp phiên bế mạc.", "vi")
    found = _found("Ngày 30/6, Quốc hội đã thông qua Luật Dữ liệu, một dấu mốc của Việt Nam.", "vi")
    assert {"vietnam-national-assembly", "vietnam-data-law"} <= set(found)


def test_ambiguous_product_name_needs_its_maker():
    assert "openai-codex" not in _found("Codex manuscripts were displayed in the museum.")
    assert "openai-codex" in _found("OpenAI opened Codex to every paying ChatGPT user.")


def test_the_ocean_is_not_the_province_inside_its_name():
    found = _found("Bên kia Thái Bình Dương, các hãng chip Mỹ theo dõi sát thị trường.", "vi")
    assert "pacific-ocean" in found
    assert "binh-duong" not in found
    assert "binh-duong" in _found("Samsung mở thêm nhà máy ở Bình Dương.", "vi")


def test_a_surname_after_another_given_name_is_someone_else():
    assert "larry-ellison" not in _found("Investors include Mark Ellison and two funds.")
    assert "elon-musk" not in _found("Kimbal Musk sits on the board of Tesla.")
    assert "larry-ellison" in _found("Larry Ellison spoke first; later Ellison took questions.")


def test_a_surname_after_a_title_or_a_place_is_still_the_catalogue_person():
    assert "donald-trump" in _found("Senator Schumer met President Trump on Friday.")
    assert "chuck-schumer" in _found("Senator Schumer met President Trump on Friday.")
    assert "elon-musk" in _found("Tesla CEO Musk replied within the hour.")
    assert "donald-trump" in _found("Tổng thống Mỹ Trump ký sắc lệnh mới.", "vi")


def test_a_short_acronym_shared_by_other_firms_needs_context():
    assert "safe-superintelligence" not in _found("Cổ phiếu SSI tăng mạnh trong phiên sáng.", "vi")
    assert "safe-superintelligence" in _found("Ilya Sutskever's SSI raised $2 billion.")


def test_an_ambiguous_company_opening_a_sentence_before_a_present_verb_is_kept():
    assert "apple" in _found("Apple uses Gemini to answer questions in Siri.")
    assert "meta-platforms" in _found("Meta plans two more data centres in Louisiana.")
    assert "apple" not in _found("Apple pie remains a favourite at the canteen.")


def test_a_month_before_an_ambiguous_name_does_not_make_it_part_of_a_longer_name():
    assert "mistral-ai" in _found("In February Mistral signed a content deal with a news agency.")
    assert "mistral-ai" not in _found("Ana Mistral signed the guest book.")


def test_a_persons_vietnamese_reading_matches_only_capitalised():
    text = "Nhân viên kho xử lý kiện hàng trong hai giờ."  # "lý kiện": Li Jian read aloud
    result = extract([DocumentInput(text, language="vi")])
    assert not [e.name for e in result.entities if e.type == "Person"]
    assert "ren-zhengfei" in _found("Ông Nhậm Chính Phi lập ra Huawei năm 1987.", "vi")
