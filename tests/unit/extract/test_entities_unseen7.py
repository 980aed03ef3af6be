"""Names in text nobody tuned to, seventh round: founders after "set up ... by" and a chief
after "whose chief executive is", a company run on into its chairman's name after a title
("Chủ tịch Hyundai Motor Chung Eui-sun"), models named with their parameter count
("Vistral-7B-Chat"), a model after "bộ mô hình", vehicles and driving systems after their
nouns ("mẫu SUV điện X", "the X sedan", "its X driving system"), a ministry named by its
fields ("Ministry of Trade, Industry and Energy"), a cloud a company owns ("its X Cloud"),
a known chip after a generic chip alias ("chip Nvidia H100") and a company's short name
before "Data Services"; a law or rule named by its last word ("the X Act").

These run the bundled catalogue. Rule cases use invented names, so they test the cue and not
the catalogue; each rule also has cases where it must not fire. Sentences written for the test.
"""

from __future__ import annotations

from tests.unit.extract.facts import typed_names

# --- founders and chiefs ----------------------------------------------------------------------


def test_people_after_set_up_in_a_year_by_are_founders():
    found = typed_names(
        "Quorra Labs, a Pune start-up set up in 2021 by Anand Kelkar and Meera Joshi, hired fast."
    )
    assert found.get("Anand Kelkar") == "Person"
    assert found.get("Meera Joshi") == "Person"


def test_a_company_after_set_up_by_is_no_person():
    found = typed_names("The venture was set up by Tarsen Industries to build data centres.")
    assert found.get("Tarsen Industries") != "Person"


def test_a_person_after_whose_chief_executive_is():
    found = typed_names("Brindle, whose chief executive is Kavya Menon, sells cloud capacity.")
    assert found.get("Kavya Menon") == "Person"


def test_whose_chief_executive_is_needs_a_name():
    found = typed_names("The firm, whose chief executive is new, sells Cloud Capacity.")
    assert not any(kind == "Person" for kind in found.values())


# --- a company and its chairman after one title -----------------------------------------------


def test_a_title_then_an_unknown_company_then_a_korean_name_splits():
    found = typed_names("Ông gặp Chủ tịch Daewan Motor Park Ji-hoon tại Seoul.", "vi")
    assert found.get("Park Ji-hoon") == "Person"
    assert found.get("Daewan Motor") == "Organization"
    assert "Daewan Motor Park Ji-hoon" not in found


def test_a_title_then_a_company_ending_then_a_name_splits_in_english():
    found = typed_names("Chairman Orvel Electronics Dana Whitlock opened the plant.")
    assert found.get("Dana Whitlock") == "Person"
    assert found.get("Orvel Electronics") == "Organization"


def test_a_three_word_name_after_a_title_stays_one_person():
    found = typed_names("Chủ tịch Maria Luisa Ortega phát biểu tại hội nghị.", "vi")
    assert found.get("Maria Luisa Ortega") == "Person"


# --- models ----------------------------------------------------------------------------------


def test_a_name_with_a_parameter_count_is_a_model():
    found = typed_names("Nhóm công bố Lotus-7B-Chat, còn Marlin-13B ra mắt sau đó.", "vi")
    assert found.get("Lotus-7B-Chat") == "AIModel"
    assert found.get("Marlin-13B") == "AIModel"


def test_a_jet_or_a_memory_size_is_no_model():
    found = typed_names("The F-35B landed; the phone ships with 512GB and a 5000mAh cell.")
    assert not any(kind == "AIModel" for kind in found.values())


def test_a_name_before_bo_mo_hinh_is_a_model():
    found = typed_names("Hãng ra mắt Perahu-AI, bộ mô hình 8 tỷ tham số cho tiếng Mã Lai.", "vi")
    assert found.get("Perahu-AI") == "AIModel"


# --- vehicles and driving systems -----------------------------------------------------------


def test_vietnamese_vehicle_nouns_name_products():
    found = typed_names(
        "Hãng ra mắt mẫu SUV điện Kestra K9 và bán cả chiếc Pelican giá rẻ. "
        "Xe dùng hệ thống hỗ trợ lái Norvan Drive.",
        "vi",
    )
    assert found.get("Kestra K9") == "Product"
    assert found.get("Pelican") == "Product"
    assert found.get("Norvan Drive") == "Product"


def test_a_version_word_does_not_make_a_car_a_model():
    found = typed_names(
        "Hãng ra mắt mẫu SUV điện Kestra K9. Mọi phiên bản Kestra K9 đều mạnh.", "vi"
    )
    assert found.get("Kestra K9") == "Product"


def test_a_known_maker_after_chiec_xe_stays_a_company():
    found = typed_names("Anh mua một chiếc xe Toyota cũ ở Hà Nội và một chiếc Điện thoại.", "vi")
    assert found.get("Toyota") == "Organization"
    assert not any(kind == "Product" for kind in found.values())


def test_english_vehicle_and_driving_system_heads_name_products():
    found = typed_names("Kestra sells the Zephra S9 sedan with its Lanzu ADS driving system.")
    assert found.get("Zephra S9") == "Product"
    assert found.get("Lanzu ADS") == "Product"


# --- ministries, clouds, chips, short names -------------------------------------------------


def test_a_ministry_named_by_its_fields_is_one_body():
    found = typed_names("Officials from the Ministry of Land, Transport and Maritime Affairs met.")
    assert found.get("Ministry of Land, Transport and Maritime Affairs") == "Organization"


def test_a_list_after_a_ministry_is_not_part_of_it():
    found = typed_names("The Ministry of Defence, Nvidia and Intel signed the pact.")
    assert found.get("Ministry of Defence") == "Organization"
    assert found.get("Nvidia") == "Organization"


def test_a_cloud_a_company_runs_is_a_product():
    found = typed_names("Brindle runs its Varuna Cloud on rented chips. Orbis Cloud said no.")
    assert found.get("Varuna Cloud") == "Product"
    assert found.get("Orbis Cloud") == "Organization"


def test_a_known_chip_after_a_generic_chip_alias_is_that_chip():
    found = typed_names("Trung tâm chạy trên chip Nvidia H100 của hãng.", "vi")
    assert found.get("Nvidia H100") == "Hardware"
    assert not any("GPUs H100" in name for name in found)


def test_a_company_before_data_services_is_named_by_its_head_later():
    found = typed_names(
        "Buyers include Brindle Data Services and Korvax Labs. Pune-based Brindle hired staff."
    )
    assert "Brindle" not in found or "Brindle Data Services" not in found


# --- laws and rules named by their last word ----------------------------------------------------


def test_a_capitalised_name_ending_in_act_or_rule_is_a_policy():
    found = typed_names(
        "Congress passed the Quantum Readiness Act, and the Harbor Export Rule took effect."
    )
    assert found.get("Quantum Readiness Act") == "Policy"
    assert found.get("Harbor Export Rule") == "Policy"
    assert typed_names("Lawmakers backed the VERIFY Act in March.").get("VERIFY Act") == "Policy"


def test_a_single_law_word_or_a_possessive_law_is_no_policy_name():
    found = typed_names("Law firms and Moore's Law were both cited. Rule changes came later.")
    assert not [name for name, kind in found.items() if kind == "Policy"]


# --- companies known by what is done to them, brands with inner capitals -------------------------


def test_a_company_is_what_has_shares_deals_and_takeovers():
    found = typed_names(
        "Shares of Qinghe Shuzi rose after a licensing deal with Varda Bio and the takeover of "
        "Ostrum Computing."
    )
    assert found.get("Qinghe Shuzi") == "Organization"
    assert found.get("Varda Bio") == "Organization"
    assert found.get("Ostrum Computing") == "Organization"


def test_a_name_with_a_brand_capital_inside_is_no_person():
    assert typed_names("HuaRui BioTek said it would sell a unit.").get("HuaRui BioTek") == (
        "Organization"
    )
    # surname prefixes keep a person a person
    assert typed_names("Yann LeCun said open models would win.").get("Yann LeCun") == "Person"
    assert typed_names("Dana McKay said prices rose.").get("Dana McKay") == "Person"


# --- devices named by their last word ------------------------------------------------------------


def test_a_capitalised_name_ending_in_a_device_word_is_a_product():
    found = typed_names("Lumio showed the Lumio Glasses and the Orbit Watch in Shenzhen.")
    assert found.get("Lumio Glasses") == "Product"
    assert found.get("Orbit Watch") == "Product"
    vi = typed_names("Hãng bán mẫu kính Veyra Glasses với giá 299 USD.", "vi")
    assert vi.get("Veyra Glasses") == "Product"


def test_a_lone_word_before_a_device_noun_is_no_product():
    assert not typed_names("Reading glasses are cheap. Watch prices fell.")


def test_a_name_whose_verb_takes_its_is_a_company():
    found = typed_names(
        "Corvane Music settled its lawsuit with Udio, and Pell Audio expanded its catalogue."
    )
    assert found.get("Corvane Music") == "Organization"
    assert found.get("Pell Audio") == "Organization"
    # a person saying something about "its" stays a person
    assert typed_names("Lena Marsh said its chips were the best.").get("Lena Marsh") == "Person"


def test_a_one_word_name_doing_what_only_a_company_does_is_a_company():
    found = typed_names(
        "Voltrix runs thousands of Nvidia chips, and Kestra trains its models on them."
    )
    assert found.get("Voltrix") == "Organization"
    assert found.get("Kestra") == "Organization"
    # plural nouns opening a sentence are no names
    assert not typed_names("Troops deployed overnight. Regulators acquired new powers.")


def test_vietnamese_tense_words_before_a_cue_verb_keep_the_cue():
    found = typed_names(
        "Korvex vừa gọi vốn 50 triệu USD, còn Lumina đã huy động được 20 triệu USD.", "vi"
    )
    assert found.get("Korvex") == "Organization"
    assert found.get("Lumina") == "Organization"
