"""Entities the catalogue lacks: variants of known names, and new names read from cues.

These run the bundled catalogue (variants lean on its families). Every sentence is
written for the test; each feature has cases that must not fire.
"""

from __future__ import annotations

import pytest

from extract.namecues import adjectival
from extract.pipeline import DocumentInput, extract
from extract.variants import tail_tokens


def _entities(text: str, lang: str = "en") -> dict[str, tuple[str, set[str]]]:
    """id -> (type, aliases seen)."""
    result = extract([DocumentInput(text, language=lang, published="2025-06-01")])
    return {e.id: (e.type, set(e.aliases)) for e in result.entities}


def _relations(text: str, lang: str = "en") -> set[tuple[str, str, str]]:
    result = extract([DocumentInput(text, language=lang, published="2025-06-01")])
    return {(r.source, r.type, r.target) for r in result.relations}


# --- variants of catalogue names -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "ident", "type_"),
    [
        ("Zhipu AI also put out GLM-4.5-Air for laptops.", "en", "glm-4.5-air", "AIModel"),
        ("Moonshot AI shared Kimi-K2-Base with researchers.", "en", "kimi-k2-base", "AIModel"),
        ("Meta trained Llama 4 Scout on fewer chips.", "en", "llama-4-scout", "AIModel"),
        (
            "Alibaba tung ra Qwen3-Coder-Flash cho lập trình viên.",
            "vi",
            "qwen3-coder-flash",
            "AIModel",
        ),
        ("Apple sells the iPhone 17 Pro in Hanoi.", "en", "iphone-17-pro", "Product"),
    ],
)
def test_a_catalogue_name_with_a_variant_tail_is_a_new_entity_of_its_type(text, lang, ident, type_):
    found = _entities(text, lang)
    assert found[ident][0] == type_


def test_a_variant_takes_its_family_developer_named_in_the_sentence():
    assert ("zhipu-ai", "DEVELOPED", "glm-4.5-air") in _relations(
        "Zhipu AI's lineup now includes GLM-4.5-Air."
    )


def test_a_variant_spelt_like_another_catalogue_entry_is_that_entry():
    found = _entities("Tencent ra mắt Hunyuan Turbo S hôm thứ Năm.", "vi")
    assert "hunyuan-turbos" in found and "hunyuan-turbo-s" not in found


def test_sizes_previews_and_dates_keep_the_family():
    found = _entities("Meta trained Llama 3.1 405B, and Alibaba tested QwQ-32B-Preview.")
    assert "llama-3.1" in found and "Llama 3.1 405B" in found["llama-3.1"][1]
    assert not any(i.startswith("llama-3.1-") for i in found)


def test_a_code_name_of_a_variant_stands_alone_later():
    found = _entities("Meta released Llama 4 Scout in April. Scout fits on one GPU.")
    assert "Scout" in found["llama-4-scout"][1]


def test_a_short_variant_after_its_full_name_is_the_same_entity():
    found = _entities("Moonshot AI shipped Kimi-K2-Instruct. Testers said K2-Instruct is fast.")
    assert {"Kimi-K2-Instruct", "K2-Instruct"} <= found["kimi-k2-instruct"][1]


@pytest.mark.parametrize(
    ("text", "base", "tail"),
    [
        ("Kimi-K2-Instruct, a chat model", "Kimi-K2", [("-", "Instruct")]),
        ("Hunyuan Turbo S today", "Hunyuan", [(" ", "Turbo"), (" ", "S")]),
        ("Gemini 2.5 Pro.", "Gemini", [(" ", "2.5"), (" ", "Pro")]),
        ("Gemini 2 times faster", "Gemini", []),
        ("Qwen3 2.5 billion users", "Qwen3", []),
        ("GPT-5 2025 launch", "GPT-5", []),
        ("Nvidia H20 96GB cards", "Nvidia H20", []),
        ("Llama 3 is open", "Llama 3", []),
        ("the H20 S model", "the H20", []),
        ("Mistral Large 3 on Friday", "Mistral Large", [(" ", "3")]),
        ("Ascend 910 3 tuần", "Ascend 910", []),
        ("GPT-4o 120 lần", "GPT-4o", []),
    ],
)
def test_tail_tokens_read_versions_and_variant_words_only(text, base, tail):
    assert tail_tokens(text, len(base)) == tail


def test_a_variant_that_breaks_off_into_an_adjective_is_not_read():
    found = _entities("Startups built DeepSeek-V3-Base-derived tools.")
    assert "deepseek-v3-base" not in found


# --- codes after a family word or a maker named in the document -------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "ident", "type_"),
    [
        ("HiSilicon is sampling the Kirin 9100 this year.", "en", "kirin-9100", "Hardware"),
        ("Huawei cho biết Ascend 930 sẽ ra mắt năm sau.", "vi", "ascend-930", "Hardware"),
        ("Meta is said to be training Llama 5 already.", "en", "llama-5", "AIModel"),
    ],
)
def test_a_new_code_after_a_catalogue_family_word_is_a_sibling(text, lang, ident, type_):
    assert _entities(text, lang)[ident][0] == type_


@pytest.mark.parametrize(
    "text",
    [
        "Step 4 of the plan is a pilot in Hanoi.",
        "Nvidia 10 percent of the time wins.",
        "Nvidia 2026 guidance was strong.",
    ],
)
def test_everyday_words_counts_and_years_make_no_sibling(text):
    found = _entities(text)
    assert not any(i in found for i in ("step-4", "nvidia-10", "nvidia-2026"))


def test_a_bare_code_names_the_model_of_the_maker_in_view():
    found = _entities("DeepSeek quietly posted V3.1 on Thursday.")
    assert "V3.1" in found["deepseek-v3.1"][1]
    found = _entities("Baidu cho biết X1 rẻ hơn nhiều đối thủ.", "vi")
    assert "ernie-x1" in found


def test_a_bare_code_without_its_maker_stays_unread():
    assert "deepseek-v3.1" not in _entities("The router firmware V3.1 fixed the bug.")


# --- new names from cues ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "ident", "type_"),
    [
        (
            "“Costs will fall,” said Ines Moreau, a chip analyst at Halden Partners.",
            "en",
            "ines-moreau",
            "Person",
        ),
        (
            "Halden Partners hired Ines Moreau, previously chief economist of Brightwell.",
            "en",
            "brightwell",
            "Organization",
        ),
        ("Ravi Menon, Zeta's chief operating officer, left in May.", "en", "ravi-menon", "Person"),
        ("Lukas Brandt, who founded the lab, stayed on.", "en", "lukas-brandt", "Person"),
        (
            "The deal was reviewed by Quorra Insights, a Dubai consultancy.",
            "en",
            "quorra-insights",
            "Organization",
        ),
        (
            "Quorra Insights, the Oslo-based research firm, tore the phone down.",
            "en",
            "quorra-insights",
            "Organization",
        ),
        ("Huawei showed the Nova Book Duo, a foldable laptop.", "en", "nova-book-duo", "Product"),
        (
            "The talks were hosted by Sheikh Rashid bin Saeed Al Falasi.",
            "en",
            "rashid-bin-saeed-al-falasi",
            "Person",
        ),
        ("Nvidia opened a depot near Glen Ardle, Ohio.", "en", "glen-ardle", "Location"),
        (
            "Executives met at the Asia Cloud Infrastructure Expo in Singapore.",
            "en",
            "asia-cloud-infrastructure-expo",
            "Event",
        ),
        (
            "Ông Đỗ Văn Lâm, nhà phân tích tại Hoa Sen Securities, nhận định thận trọng.",
            "vi",
            "hoa-sen-securities",
            "Organization",
        ),
        ("Công ty giới thiệu Lyra 2.0, mô hình tạo ảnh mã nguồn mở.", "vi", "lyra-2.0", "AIModel"),
        (
            "Công ty công bố Nimbus Cloud, nền tảng điện toán cho doanh nghiệp.",
            "vi",
            "nimbus-cloud",
            "Product",
        ),
        ("Trung tâm dữ liệu đặt tại Ardenne, ngoại ô Brussels.", "vi", "ardenne", "Location"),
        (
            "Tại triển lãm công nghệ TechVista ở Paris, Mistral ra mắt sản phẩm.",
            "vi",
            "techvista",
            "Event",
        ),
        ("Bệnh viện dùng nền tảng MediScan để đọc phim.", "vi", "mediscan", "Product"),
        (
            "Samsung put the Galaxy S30 Ultra on sale before the Galaxy S31.",
            "en",
            "galaxy-s31",
            "Product",
        ),
    ],
)
def test_an_unseen_name_takes_the_type_its_cue_gives(text, lang, ident, type_):
    found = _entities(text, lang)
    assert ident in found, sorted(found)
    assert found[ident][0] == type_


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("The startup builds China-specific chips.", "en", "china-specific"),
        ("It plans Arabic-language models for the region.", "en", "arabic-language"),
        ("“We are ready,” said Lena Park, the firm's chief technology officer.", "en", None),
        ("Hệ thống chạy trên nền tảng Qwen của Alibaba.", "vi", None),
        ("Tháng 4, tập đoàn này ký hợp tác với Nvidia.", "vi", "thang-4"),
        (
            "Analysts met at the Harbour Fair on Wednesday. The mood was calm.",
            "en",
            "harbour-fair-on-wednesday.-the",
        ),
    ],
)
def test_adjectives_dates_and_foundations_make_no_new_entity(text, lang, absent):
    found = _entities(text, lang)
    if absent:
        assert absent not in found
    if "Lena Park" in text:
        assert found["lena-park"][0] == "Person"
    if "Qwen" in text:
        assert found["qwen"][0] == "AIModel"


def test_adjectival_compounds_are_told_from_names():
    assert adjectival("US-made") and adjectival("Nvidia-powered")
    assert not adjectival("Seed-Thinking") and not adjectival("Doubao-1.5-pro")
