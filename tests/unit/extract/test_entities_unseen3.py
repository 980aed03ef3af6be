"""Names in text nobody tuned to, third round: Vietnamese schools and research institutes
written out in Vietnamese, places named by a dateline, bodies named "X for Y", company nouns
and Vietnamese product lines before a name, model sizes as models of their own, names after
two opening words, and catalogue breadth (e-commerce platforms, research bodies, places and
chips a catalogue alias used to swallow).

These run the bundled catalogue. Rule cases use invented names, so they test the cue and not
the catalogue; each rule also has cases where it must not fire. Sentences written for the test.
"""

from __future__ import annotations

from extract.pipeline import DocumentInput, extract
from tests.unit.extract.facts import typed_names


def _ids(text: str, lang: str = "en") -> dict[str, set[str]]:
    """id -> aliases of every entity found."""
    result = extract([DocumentInput(text, language=lang, published="2025-06-01")])
    return {e.id: set(e.aliases) for e in result.entities}


# --- Vietnamese schools and institutes --------------------------------------------------------


def test_vietnamese_institutes_and_universities_are_organizations():
    found = typed_names(
        "Bài báo có tác giả từ Viện Vật lý Hải Dương và Đại học Kỹ thuật Lam Sơn. Họ nói vậy.",
        "vi",
    )
    assert found.get("Viện Vật lý Hải Dương") == "Organization"
    assert found.get("Đại học Kỹ thuật Lam Sơn") == "Organization"


def test_a_vietnamese_institute_may_end_in_a_lowercase_syllable_before_a_comma():
    found = typed_names("Hai kỹ sư thuộc Viện Hóa học Vật liệu, một đơn vị mới, tham gia.", "vi")
    assert found.get("Viện Hóa học Vật liệu") == "Organization"


def test_a_vietnamese_institute_takes_no_verb_and_no_cut_name():
    found = typed_names("Đại học Hải Dương công bố kết quả mới.", "vi")
    assert not any(name.startswith("Đại học Hải Dương c") for name in found)
    cut = typed_names("Nhóm này ra đời từ Viện Toán Ứng dụng thuộc một trường lớn.", "vi")
    assert "Viện Toán Ứng" not in cut


def test_a_lowercase_vietnamese_institute_is_no_name():
    found = typed_names("Viện nghiên cứu này và đại học địa phương đã ký thỏa thuận.", "vi")
    assert not any(kind == "Organization" for kind in found.values())


# --- datelines --------------------------------------------------------------------------------


def test_a_dateline_names_a_place():
    found = typed_names(
        "Port works begin\nBy Ana Reyes | May 3, 2025\n\n"
        "TORVIK, Norland - Cranes arrived in Torvik this week for the new data hall."
    )
    assert found.get("Torvik") == "Location"
    two = typed_names("NEW HALDEN — Cloud builders are queuing for power in New Halden.")
    assert two.get("New Halden") == "Location"


def test_a_vietnamese_dateline_names_a_place():
    found = typed_names("ĐÔNG KHÊ - Nhà máy chip mới ở Đông Khê bắt đầu chạy thử.", "vi")
    assert found.get("Đông Khê") == "Location"


def test_capitals_before_a_dash_inside_the_text_or_a_short_word_are_no_dateline():
    found = typed_names("AI - what comes next for the Vexa lab?")
    assert not any(kind == "Location" for kind in found.values())
    late = typed_names("Vexa opened a lab.\n" + "More words here. " * 100 + "\nMARLOW - Vexa said.")
    assert "Marlow" not in late


# --- bodies named "X for Y" and company nouns before a name -----------------------------------


def test_a_centre_or_institute_for_something_is_one_organization():
    found = typed_names("Priya Das, a fellow at the Kestrel Centre for Data Policy, spoke first.")
    assert found.get("Kestrel Centre for Data Policy") == "Organization"
    assert "Data Policy" not in found
    assert typed_names("The Institute for Frontier Safety ran tests.").get(
        "Institute for Frontier Safety"
    ) == ("Organization")


def test_a_lowercase_centre_for_something_is_no_name():
    found = typed_names("Vexa built a center for Data work and a foundation for the arts.")
    assert not any(name.startswith(("center", "foundation")) for name in found)


def test_company_nouns_before_a_name_make_it_an_organization():
    found = typed_names(
        "Chip designer Korvio and online retailer Parvo joined electric carmaker Zentra."
    )
    assert found.get("Korvio") == found.get("Parvo") == found.get("Zentra") == "Organization"


def test_a_chip_before_a_name_still_makes_hardware():
    assert typed_names("The chip Korvio X1 shipped in May.").get("Korvio X1") == "Hardware"


def test_a_vietnamese_product_line_is_a_product():
    found = typed_names("Dòng Vexa 5 lên kệ tháng 3, còn dòng chip Korvio X1 chờ thêm.", "vi")
    assert found.get("Vexa 5") == "Product"
    assert found.get("Korvio X1") == "Hardware"


def test_a_flow_of_money_is_no_product_line():
    found = typed_names("Nhờ dòng vốn từ Vexa Capital, hãng mở rộng.", "vi")
    assert found.get("Vexa Capital") == "Organization"


# --- model sizes ------------------------------------------------------------------------------


def test_a_parameter_count_names_a_model_of_its_own():
    found = _ids("Researchers fine-tuned Qwen2.5-14B on legal text.")
    assert "qwen2.5-14b" in found
    vi = _ids("Nhóm nghiên cứu dùng Llama 2 13B làm nền.", "vi")
    assert "llama-2-13b" in vi


def test_a_preview_tag_still_folds_into_its_model():
    found = _ids("Alibaba tested QwQ-32B-Preview last winter.")
    assert not any(ident.endswith("preview") for ident in found)
    assert any("QwQ-32B-Preview" in aliases for aliases in found.values())


# --- names after opening words ----------------------------------------------------------------


def test_a_three_word_name_after_two_opening_words_is_whole():
    found = typed_names("In August Korvex AI Labs released a speech model.")
    assert found.get("Korvex AI Labs") == "Organization"
    assert "Korvex AI" not in found


def test_opening_words_alone_make_no_name():
    found = typed_names("In August Last Year the market cooled.")
    assert "August Last Year" not in found


# --- catalogue breadth ------------------------------------------------------------------------


def test_a_city_is_not_its_state():
    found = _ids("The campus sits near Johor Bahru, the largest city in Johor.")
    assert "johor-bahru" in found and "Johor Bahru" not in found.get("johor", set())


def test_a_rack_system_is_not_its_chip():
    found = _ids("The lab ordered GB200 NVL72 racks, each full of Nvidia GB200 chips.")
    assert "nvidia-gb200-nvl72" in found and "nvidia-gb200" in found


def test_platforms_and_research_bodies_in_english_and_vietnamese():
    en = typed_names("Shopee and Lazada cut fees after Temu and TikTok Shop grew.")
    assert en.get("Shopee") == en.get("Lazada") == "Organization"
    assert en.get("Temu") == en.get("TikTok Shop") == "Product"
    vi = _ids("Hai nhà khoa học của Viện Khoa học Quân sự và Đại học Georgetown dự hội thảo.", "vi")
    assert "academy-of-military-science" in vi and "georgetown-university" in vi


def test_two_generations_of_a_chip_are_two_entities():
    found = _ids("Huawei moved from the Kirin 9010 to the Kirin 9020 in a year.")
    assert "kirin-9010" in found and "kirin-9020" in found


def test_another_vietnamese_rendering_of_dongguan():
    assert "dongguan" in _ids("Hãng mở trung tâm dữ liệu ở Đông Quản năm nay.", "vi")
