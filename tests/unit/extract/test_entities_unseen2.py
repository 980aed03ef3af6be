"""Names in text nobody tuned to, second round: public bodies named "X of Y", Vietnamese
national bodies, rules and campaigns by their quoted titles, standards by code, people named
to a post, products by their place in a line-up, and company-name endings (Society,
Management, Partnership, Data Centers).

These run the bundled catalogue. Rule cases use invented names, so they test the cue and not
the catalogue; each rule also has cases where it must not fire. Sentences written for the test.
"""

from __future__ import annotations

from extract.catalogue import load_catalogue
from tests.unit.extract.facts import typed_names

# --- company-name endings -------------------------------------------------------------------


def test_management_society_partnership_and_data_centers_end_company_names():
    found = typed_names(
        "Brevik Asset Management sold Norhaven Data Centers to the Tarsel Partnership, "
        "while the Drone Society praised the deal."
    )
    assert found.get("Brevik Asset Management") == "Organization"
    assert found.get("Norhaven Data Centers") == "Organization"
    assert found.get("Tarsel Partnership") == "Organization"
    assert found.get("Drone Society") == "Organization"


def test_a_company_ending_leads_a_vietnamese_funding_round_too():
    found = typed_names("Vòng gọi vốn do Quỹ Halvard và Orsen Management dẫn dắt.", "vi")
    assert found.get("Orsen Management") == "Organization"


def test_a_lone_ending_word_is_no_company():
    assert "Management" not in typed_names("Management said on Monday that sales rose.")


def test_a_field_word_opens_a_long_body_name():
    found = typed_names("The AI Infrastructure Partnership bought two sites in Ohio.")
    assert found.get("AI Infrastructure Partnership") == "Organization"
    assert "Infrastructure Partnership" not in found


def test_a_field_word_before_one_other_word_stays_out():
    found = typed_names("Analysts said AI Kestrel raised money from Orvane Labs.")
    assert "AI Kestrel" not in found


# --- "<Head> of <Name>" bodies ---------------------------------------------------------------


def test_a_body_head_takes_the_words_after_of():
    found = typed_names(
        "The Drone Society of Kaldoria and the Brevan Association of Tile Makers objected; "
        "the Ministry of Ports said nothing."
    )
    assert found.get("Drone Society of Kaldoria") == "Organization"
    assert found.get("Brevan Association of Tile Makers") == "Organization"
    assert found.get("Ministry of Ports") == "Organization"
    assert "Drone Society" not in found


def test_a_catalogue_body_is_not_found_again_and_lowercase_heads_are_no_names():
    found = typed_names(
        "The Bureau of Industry and Security spoke to a ministry of trade official."
    )
    assert "Bureau of Industry and Security" in found
    assert not any(name.lower().startswith("ministry") for name in found)


def test_vietnamese_national_bodies_end_in_quoc_gia_or_nha_nuoc():
    found = typed_names(
        "Tổng cục Khí tượng Thủy văn Quốc gia và Ủy ban Giám sát Hàng hải Nhà nước ra thông báo.",
        "vi",
    )
    assert found.get("Tổng cục Khí tượng Thủy văn Quốc gia") == "Organization"
    assert found.get("Ủy ban Giám sát Hàng hải Nhà nước") == "Organization"


def test_a_vietnamese_head_without_a_national_ending_takes_no_verbs():
    found = typed_names("Cục Hàng hải thông báo kế hoạch quốc gia mới.", "vi")
    assert not any(name.startswith("Cục Hàng hải thông") for name in found)


# --- quoted titles: rules and campaigns ------------------------------------------------------


def test_a_quoted_rule_title_is_a_policy():
    vi = typed_names('Văn bản "Biện pháp quản lý thuật toán đề xuất trực tuyến" có hiệu lực.', "vi")
    assert vi.get("Biện pháp quản lý thuật toán đề xuất trực tuyến") == "Policy"
    en = typed_names('Officials issued the "Provisions on the Management of Drone Imagery" in May.')
    assert en.get("Provisions on the Management of Drone Imagery") == "Policy"


def test_a_quoted_remark_is_no_rule():
    vi = typed_names('"Luật chơi đã đổi, chúng tôi phải thích nghi", ông Trần Minh nói.', "vi")
    assert not any(kind == "Policy" for kind in vi.values())
    en = typed_names('"Rules are rules," said Dana Price of Orvane.')
    assert not any(kind == "Policy" for kind in en.values())


def test_a_campaign_named_in_quotes_is_an_event():
    vi = typed_names('Cơ quan này phát động chiến dịch "Lưới Sạch" kéo dài hai tháng.', "vi")
    assert vi.get("Lưới Sạch") == "Event"
    en = typed_names('Regulators began a campaign dubbed "Clear Sky" against fake accounts.')
    assert en.get("Clear Sky") == "Event"


def test_a_quote_after_campaign_that_is_no_name_stays_out():
    assert typed_names('The campaign "was a failure", a rival said.') == {}


def test_national_standards_are_policies_by_their_code():
    assert typed_names("Labels follow GB/T 41234-2022 from next year.").get("GB/T 41234-2022") == (
        "Policy"
    )
    vi = typed_names("Tiêu chuẩn GB 40001-2024 áp dụng từ tháng 9.", "vi")
    assert vi.get("GB 40001-2024") == "Policy"


def test_sizes_and_years_are_no_standards():
    found = typed_names("The phone has 16GB 2024 memory and a GB 12 port.")
    assert not any(kind == "Policy" for kind in found.values())


# --- people named to a post; people listed before "two of the ... researchers" ---------------


def test_a_person_named_as_the_new_cto():
    assert (
        typed_names("Kestrel named Anouk Veldman as its new CTO.").get("Anouk Veldman") == "Person"
    )


def test_a_company_as_an_investor_or_supplier_is_no_person():
    found = typed_names("Kestrel picked Orvane Vexa as its new chip supplier.")
    assert found.get("Orvane Vexa") != "Person"


def test_people_listed_before_two_of_the_researchers():
    found = typed_names(
        "Kestrel hired Tomas Brel and Ines Marlow, two of the lab's first researchers."
    )
    assert found.get("Tomas Brel") == "Person" and found.get("Ines Marlow") == "Person"


def test_firms_listed_before_two_of_the_chipmakers_are_no_people():
    found = typed_names(
        "Orvane Vexa and Talric Nord, two of the region's biggest chipmakers, merged."
    )
    assert found.get("Orvane Vexa") != "Person" and found.get("Talric Nord") != "Person"


# --- a product by its place in a line-up -----------------------------------------------------


def test_its_first_product_names_a_product():
    assert typed_names("Its first product, Quillon, arrived in May.").get("Quillon") == "Product"


def test_a_first_product_without_an_owner_is_no_cue():
    assert typed_names("The first product, Quillon, arrived in May.").get("Quillon") != "Product"


# --- a role, its holder, then the company ----------------------------------------------------


def test_a_role_and_its_holder_then_the_company():
    vi = typed_names("Hãng này chi 900 triệu USD để tuyển CEO Rochan Verma của Fabrilux.", "vi")
    assert vi.get("Fabrilux") == "Organization"
    en = typed_names("It hired chief executive Ana Ruiz of Fabrilux last year.")
    assert en.get("Fabrilux") == "Organization"


def test_a_holder_at_a_place_gives_no_company():
    found = typed_names("Ông gặp giám đốc Trần Minh Khoa tại Vĩnh Phong hôm qua.", "vi")
    assert found.get("Vĩnh Phong") != "Organization"


# --- catalogue breadth -----------------------------------------------------------------------


def test_the_catalogue_knows_chinese_regulators_and_standards_bodies():
    cat = load_catalogue()
    assert cat.lookup("Tổng cục Phát thanh Truyền hình Quốc gia") == ("nrta",)
    assert cat.lookup("国家标准化管理委员会") == ("standardization-administration-of-china",)


def test_the_catalogue_knows_investors_products_and_rules():
    cat = load_catalogue()
    assert cat.lookup("Fidelity Investments") == ("fidelity-investments",)
    assert cat.entries["galaxy-ai"].type == "Product"
    assert cat.lookup("SB 942") == ("california-ai-transparency-act",)
    assert cat.lookup("Biện pháp tạm thời về quản lý dịch vụ AI tạo sinh") == (
        "china-generative-ai-measures",
    )


def test_a_body_before_its_acronym_is_left_to_the_acronym():
    found = typed_names("The Bureau of Drone Safety (BDS) fined Orvane Labs on Monday.")
    assert "Bureau of Drone Safety" not in found or "BDS" not in found
