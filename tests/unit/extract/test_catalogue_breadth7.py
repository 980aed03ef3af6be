"""The bundled catalogue, round 7: governments, legislatures, automakers, Asian models and labs.

Whole categories of real entities the news names often: national governments and
parliaments, ministries in AI news, Chinese automakers and their driving systems,
language models of Vietnam, Southeast Asia, India, Japan and Korea with their makers,
the people who lead them (with Sino-Vietnamese readings of Chinese names) and the
cities that host their labs and plants. Sentences are written for these tests.
"""

from __future__ import annotations

from tests.unit.extract.facts import found_in

# --- the entries and their links ----------------------------------------------------


def test_governments_and_legislatures_have_their_countries(bundled_catalogue):
    entries = bundled_catalogue.entries
    for ident, country in [
        ("korean-government", "south-korea"),
        ("japan-government", "japan"),
        ("taiwan-government", "taiwan"),
        ("union-cabinet", "india"),
        ("national-assembly-korea", "south-korea"),
        ("national-diet", "japan"),
        ("legislative-yuan", "taiwan"),
        ("motie", "south-korea"),
        ("taiwan-moda", "taiwan"),
    ]:
        assert entries[ident].type == "Organization"
        assert entries[ident].country == country


def test_models_products_and_units_point_at_their_makers(bundled_catalogue):
    entries = bundled_catalogue.entries
    assert entries["llama-3-elyza-jp"].developer == "elyza"
    assert entries["vistral"].developer == "viet-mistral"
    assert entries["sahabat-ai"].developer == "goto"
    assert entries["krutrim-2"].developer == "krutrim"
    assert entries["hyperclova-x-think"].developer == "naver"
    assert entries["qiankun-ads"].developer == "huawei"
    assert entries["xiaomi-su7"].developer == "xiaomi"
    assert entries["jio-platforms"].parent == "reliance"
    assert entries["hima"].parent == "huawei"
    assert entries["google-play"].parent == "google"  # a store is owned, not developed


def test_chinese_names_carry_sino_vietnamese_readings(bundled_catalogue):
    entries = bundled_catalogue.entries
    assert "Vương Truyền Phúc" in entries["wang-chuanfu"].aliases
    assert "比亚迪" in entries["byd"].aliases
    assert "Vu Hồ" in entries["wuhu"].aliases
    assert "Cáp Nhĩ Tân" in entries["harbin"].aliases
    assert bundled_catalogue.lookup("Lưu Cường Đông") == ("richard-liu",)


# --- resolution in text ------------------------------------------------------------


def test_korean_government_ministry_and_firms_in_english():
    found, _ = found_in(
        "After the Korean government pledged more GPUs, MOTIE said Hyundai Motor "
        "and Naver Cloud would share them.",
        aliases=True,
    )
    assert {"korean-government", "motie", "hyundai-motor", "naver-cloud"} <= set(found)


def test_japanese_government_and_diet_in_vietnamese():
    found, _ = found_in(
        "Chính phủ Nhật Bản và Quốc hội Nhật Bản đang bàn luật AI, trong khi Thâm Quyến "
        "thu hút thêm BYD và Chery.",
        "vi",
        aliases=True,
    )
    assert {"japan-government", "national-diet", "shenzhen", "byd", "chery"} <= set(found)


def test_asian_models_are_credited_to_their_makers():
    _, rels = found_in(
        "ELYZA released Llama-3-ELYZA-JP last year; SCB 10X answered with Typhoon 2.", aliases=True
    )
    assert ("elyza", "DEVELOPED", "llama-3-elyza-jp") in rels
    assert ("scb-10x", "DEVELOPED", "typhoon") in rels


def test_vietnamese_models_in_vietnamese_text():
    found, rels = found_in(
        "VinAI công bố PhoGPT-4B-Chat, còn nhóm Viet-Mistral phát hành Vistral-7B-Chat.",
        "vi",
        aliases=True,
    )
    assert {"phogpt-4b", "vistral"} <= set(found)
    assert ("viet-mistral", "DEVELOPED", "vistral") in rels


def test_chinese_car_bosses_by_their_vietnamese_names():
    found, _ = found_in(
        "Ông Vương Truyền Phúc của BYD và ông Lý Thư Phúc của Geely cùng có mặt tại Vu Hồ.",
        "vi",
        aliases=True,
    )
    assert {"wang-chuanfu", "li-shufu", "wuhu", "byd", "geely"} <= set(found)


def test_driving_systems_and_cars_of_chinese_makers():
    found, rels = found_in(
        "Seres assembles the AITO cars that Huawei's Qiankun ADS steers, "
        "while Xiaomi ships the SU7 and the YU7.",
        aliases=True,
    )
    assert {"seres", "aito", "qiankun-ads", "xiaomi-su7", "xiaomi-yu7"} <= set(found)
    assert ("xiaomi", "DEVELOPED", "xiaomi-su7") in rels


def test_indian_compute_firms_and_places():
    found, _ = found_in(
        "Jio Platforms and Yotta Data Services plan to serve Krutrim-2 from Shakti Cloud "
        "in Navi Mumbai.",
        aliases=True,
    )
    assert {"jio-platforms", "yotta", "krutrim-2", "shakti-cloud", "navi-mumbai"} <= set(found)


def test_a_ministry_named_after_its_country_leaves_the_country_found():
    found, rels = found_in(
        "The Legislative Yuan and Taiwan's Ministry of Digital Affairs limited DeepSeek.",
        aliases=True,
    )
    assert {"legislative-yuan", "taiwan-moda", "taiwan"} <= set(found)
    assert ("taiwan-moda", "RESTRICTS", "deepseek") in rels


# --- common words and shared acronyms stay unread ------------------------------------


def test_weather_and_plain_words_are_not_models_or_firms():
    found, _ = found_in(
        "A typhoon hit the coast; days later Typhoon Yagi flooded the delta.", aliases=True
    )
    assert "typhoon" not in found
    found, _ = found_in("The dancers moved with a lovable flow and grabbed the sail.", aliases=True)
    assert not {"lovable", "google-flow", "sea-ai-lab"} & set(found)


def test_a_shared_acronym_is_not_read_as_the_us_agency():
    found, _ = found_in(
        "The GSA survey counted more fabless chip start-ups this year.", aliases=True
    )
    assert "gsa" not in found
    found, _ = found_in(
        "The General Services Administration signed a deal with OpenAI.", aliases=True
    )
    assert "gsa" in found


def test_vietnamese_storm_text_has_no_model():
    found, _ = found_in(
        "Bão Yagi đổ bộ vào Quảng Ninh và gây mưa lớn ở Hà Nội.", "vi", aliases=True
    )
    assert "typhoon" not in found


# --- Vietnam: state bodies, provinces, and syllables that are not place names ---------


def test_vietnamese_state_bodies_and_provinces():
    found, _ = found_in(
        "Ngân hàng Nhà nước cùng Bộ Giáo dục và Đào tạo và VINASA mở lớp AI tại Quảng Ngãi.",
        "vi",
        aliases=True,
    )
    assert {"state-bank-of-vietnam", "vietnam-moet", "vinasa", "quang-ngai"} <= set(found)


def test_a_province_name_needs_its_capitals_and_a_place_context():
    found, _ = found_in(
        "Nhà máy mới đặt tại tỉnh Ninh Bình và Hải Dương, Việt Nam.", "vi", aliases=True
    )
    assert {"ninh-binh", "hai-duong"} <= set(found)
    found, _ = found_in("Người phát ngôn Mao Ninh bình luận về lệnh cấm chip.", "vi", aliases=True)
    assert "ninh-binh" not in found
    assert (
        "hai-duong"
        not in found_in("Tàu chở hàng vượt qua vùng hải dương rộng lớn.", "vi", aliases=True)[0]
    )


def test_a_bare_foreign_ministry_is_not_assumed_to_be_vietnams():
    assert (
        "vietnam-mofa"
        not in found_in("Bộ Ngoại giao cho biết sẽ phản hồi sau.", "vi", aliases=True)[0]
    )
    found, _ = found_in("Bộ Ngoại giao Việt Nam hoan nghênh thỏa thuận mới.", "vi", aliases=True)
    assert "vietnam-mofa" in found


def test_a_bare_national_body_is_the_one_of_the_country_the_article_names():
    found, facts = found_in(
        "Việt Nam đẩy mạnh trí tuệ nhân tạo. Quốc hội thông qua Luật Trí tuệ nhân tạo hôm 10/12.",
        "vi",
    )
    assert "vietnam-national-assembly" in found
    assert ("vietnam-national-assembly", "ISSUED", "vietnam-ai-law") in facts
    # another country's assembly named in full makes the bare name that one's, not Vietnam's
    other, _ = found_in(
        "Quốc hội Hàn Quốc họp sáng nay. Việt Nam theo dõi. Quốc hội thông qua luật.", "vi"
    )
    assert "vietnam-national-assembly" not in other
    # without the country named, a bare "Quốc hội" stays unread
    bare, _ = found_in("Quốc hội thông qua luật mới về dữ liệu.", "vi")
    assert "vietnam-national-assembly" not in bare
