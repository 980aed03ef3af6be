"""The bundled catalogue, round 9: chips and systems, model versions, places and labels.

Whole categories the AI-race news names: data-centre, phone and PC chips with their
makers (Nvidia, AMD, Intel, Apple, Tesla, Chinese makers), ASML scanners, foundry
nodes and supercomputers; model versions from the big US and Chinese labs that the
variant reading cannot build from a family name; cities, provinces, seas and regions
with their Vietnamese names; music labels and smart-glasses makers. Sentences are
written for these tests.
"""

from __future__ import annotations

from tests.unit.extract.facts import found_in

# --- the entries and their links ----------------------------------------------------


def test_chips_point_at_their_makers(bundled_catalogue):
    entries = bundled_catalogue.entries
    for ident, maker in [
        ("nvidia-b100", "nvidia"),
        ("amd-mi300a", "amd"),
        ("intel-panther-lake", "intel"),
        ("tesla-ai6", "tesla"),
        ("apple-m5", "apple"),
        ("huawei-hbm", "huawei"),
        ("moore-threads-mtt-s5000", "moore-threads"),
        ("asml-nxe-3800e", "asml"),
        ("tsmc-n2", "tsmc"),
    ]:
        assert entries[ident].type == "Hardware"
        assert entries[ident].developer == maker


def test_model_versions_point_at_their_labs(bundled_catalogue):
    entries = bundled_catalogue.entries
    assert entries["deepseek-v3.2-speciale"].developer == "deepseek"
    assert entries["glm-4.6v"].developer == "zhipu-ai"
    assert entries["mai-voice-1"].developer == "microsoft"
    assert entries["midjourney-v7"].developer == "midjourney"
    assert entries["suno-v5"].type == "AIModel"


def test_places_carry_their_country_and_vietnamese_names(bundled_catalogue):
    assert bundled_catalogue.entries["zhangjiakou"].country == "china"
    assert bundled_catalogue.lookup("Trương Gia Khẩu") == ("zhangjiakou",)
    assert bundled_catalogue.lookup("Biển Đông") == ("south-china-sea",)
    assert bundled_catalogue.lookup("tỉnh Hà Nam") == ("ha-nam",)
    assert bundled_catalogue.lookup("Đồng bằng sông Cửu Long") == ("mekong-delta",)


def test_spelling_variants_of_model_names_resolve(bundled_catalogue):
    assert bundled_catalogue.lookup("DeepSeek Math V2") == ("deepseek-math-v2",)
    assert bundled_catalogue.lookup("FLUX 2") == ("flux-2",)
    assert bundled_catalogue.lookup("Seed 1.5 VL") == ("seed-1.5-vl",)


# --- resolution in text ------------------------------------------------------------


def test_data_centre_chips_in_english():
    found, _ = found_in(
        "The cluster mixes old V100 boards with B100 parts, and the next racks will "
        "take AMD's MI300A and Intel's Crescent Island accelerators."
    )
    assert {"nvidia-v100", "nvidia-b100", "amd-mi300a", "intel-crescent-island"} <= set(found)
    assert found["nvidia-b100"] == "Hardware"


def test_a_car_maker_chip_and_its_foundry():
    found, rels = found_in("Tesla said Samsung will build the AI6 chip at its Texas plant.")
    assert found.get("tesla-ai6") == "Hardware"
    assert ("samsung-electronics", "MANUFACTURES", "tesla-ai6") in rels


def test_chinese_chips_and_scanners_in_vietnamese():
    found, _ = found_in(
        "Moore Threads giới thiệu MTT S5000, còn ASML vẫn chưa được giao máy "
        "Twinscan NXE:3800E cho khách hàng Trung Quốc.",
        "vi",
    )
    assert {"moore-threads-mtt-s5000", "asml-nxe-3800e"} <= set(found)


def test_model_versions_are_credited_to_their_labs():
    found, rels = found_in(
        "DeepSeek shipped DeepSeek-V3.2-Speciale, and Google answered with "
        "MedGemma and AlphaGenome a week later."
    )
    assert {"deepseek-v3.2-speciale", "medgemma", "alphagenome"} <= set(found)
    assert ("deepseek", "DEVELOPED", "deepseek-v3.2-speciale") in rels


def test_model_versions_in_vietnamese():
    found, _ = found_in(
        "Zhipu AI ra mắt GLM-4.6V, trong khi Microsoft công bố MAI-Voice-1 và MAI-Image-1.",
        "vi",
    )
    assert {"glm-4.6v", "mai-voice-1", "mai-image-1"} <= set(found)


def test_music_labels_and_glasses_makers():
    found, _ = found_in(
        "Universal Music Group and Warner Music Group signed licences with Suno, "
        "while Rokid and Xreal showed new AI glasses."
    )
    assert {"universal-music-group", "warner-music-group", "rokid", "xreal"} <= set(found)
    assert found["rokid"] == "Organization"


def test_chinese_places_by_their_vietnamese_names():
    found, _ = found_in(
        "Các trung tâm dữ liệu mới mọc lên ở Trương Gia Khẩu và Ngân Xuyên, xa Thượng Hải.",
        "vi",
    )
    assert {"zhangjiakou", "yinchuan", "shanghai"} <= set(found)


def test_seas_straits_and_deltas_in_both_languages():
    found, _ = found_in("Chip shipments cross the Strait of Malacca and the South China Sea.")
    assert {"strait-of-malacca", "south-china-sea"} <= set(found)
    found, _ = found_in(
        "Nhà máy đặt tại tỉnh Hà Nam, còn kho hàng ở Đồng bằng sông Cửu Long.", "vi"
    )
    assert {"ha-nam", "mekong-delta"} <= set(found)


# --- common words and other people's names stay unread --------------------------------


def test_a_surname_is_not_the_texas_town():
    found, _ = found_in("Bret Taylor chairs the board. Taylor said the company would keep growing.")
    assert found.get("bret-taylor") == "Person"
    assert not any(t == "Location" for i, t in found.items() if "taylor" in i)


def test_peace_is_not_the_province():
    found, _ = found_in("Hòa bình là mong muốn chung. Người dân cần hòa bình và ổn định.", "vi")
    assert "hoa-binh" not in found


def test_plain_words_are_not_chips_or_models():
    found, _ = found_in(
        "The gulf between the two firms grew, a spark of hope remained, and the helix "
        "of the staircase caught the light near the alps of the valley."
    )
    assert not {"gulf-states", "spark", "figure-helix", "alps-supercomputer"} & set(found)


def test_a_model_named_like_a_shape_needs_its_maker():
    found, _ = found_in("A helix of ribbons hung above the stage. Helix was the show's name.")
    assert "figure-helix" not in found
    found, _ = found_in("Figure AI said its Figure Helix model now folds laundry.")
    assert found.get("figure-helix") == "AIModel"


def test_the_mountains_are_not_the_supercomputer():
    found, _ = found_in(
        "Skiers headed to the Alps, and Swiss engineers cooled the Alps supercomputer."
    )
    assert found.get("alps-supercomputer") == "Hardware"
    found, _ = found_in("Skiers headed to the Alps for the winter.")
    assert "alps-supercomputer" not in found
