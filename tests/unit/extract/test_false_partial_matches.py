"""Names that are not the catalogue entry they partly spell.

- a run inside an alias made only of generic words ("Ministry of Information", "Trường Đại
  học Công nghệ") names any number of bodies: it identifies nothing by itself, but does
  when the text names the entry's country ("Vietnam's Ministry of Information ...");
- a public body said of another country ("Kenya's Ministry of ...", "Bộ ... Kenya") is
  not the body of the entry's country;
- a one-word company name followed by another title-case word ("Quanta Forge") opens
  another name, unless that word is a company ending ("Quanta Computer", "Baidu Inc");
- an all-caps alias ("LUMI") is not a title-case word a cue types otherwise ("ứng dụng
  Lumi": an app).

These run the bundled catalogue; the sentences are written for the test.
"""

from __future__ import annotations

from extract.catalogue import Catalogue, CatalogueEntry, load_catalogue
from extract.discovery import _generic, inner_runs
from extract.mentions import owner_countries
from tests.unit.extract.facts import found_in

# --- generic inner runs -----------------------------------------------------------------------


def test_generic_words_make_a_generic_run():
    assert _generic(["Ministry", "of", "Information"])
    assert _generic(["Digital", "Ministry"])
    assert _generic(["Trường", "Đại", "học", "Công", "nghệ"])
    assert not _generic(["Bách", "khoa"])
    assert not _generic(["Ministry", "of", "Zorvia"])


def test_a_generic_run_is_no_inner_run_but_a_specific_one_is():
    name = "Ministry of Information of Zorvia"
    entry = CatalogueEntry("zorvia-moi", name, "Organization", (name,), country="zorvia")
    cat = Catalogue.from_entries([entry])
    runs = inner_runs(cat)
    assert "ministryofinformation" not in runs
    assert runs.get("informationofzorvia") == "zorvia-moi"
    assert inner_runs(cat, generic=True).get("ministryofinformation") == "zorvia-moi"


def test_a_different_university_is_not_one_whose_name_holds_its_words():
    found, _ = found_in("Trường Đại học Công nghệ vừa ra mắt một mô hình ngôn ngữ mới.", "vi")
    assert "uit-vnu-hcm" not in found


def test_the_university_by_its_own_name_is_still_found():
    found, _ = found_in("Trường ĐH Công nghệ Thông tin vừa ra mắt một mô hình mới.", "vi")
    assert "uit-vnu-hcm" in found


def test_another_countrys_ministry_is_not_vietnams():
    found, _ = found_in(
        "Kenya's Ministry of Information, Communications and the Digital Economy signed a "
        "deal with Microsoft."
    )
    assert "vietnam-mic" not in found
    assert "kenya" in found


def test_a_ministry_of_generic_words_is_no_other_countrys():
    found, _ = found_in("Indonesia's Communications and Digital Ministry met Nvidia.")
    assert "malaysia-digital-ministry" not in found


def test_the_entrys_own_country_names_its_ministry():
    found, _ = found_in("Vietnam's Ministry of Information and Communications signed a deal.")
    assert found.get("vietnam-mic") == "Organization"


def test_a_vietnamese_body_of_another_country_is_not_vietnams():
    found, _ = found_in("Bộ Thông tin và Truyền thông Kenya ký thỏa thuận với Google.", "vi")
    assert "vietnam-mic" not in found
    found, _ = found_in("Bộ Thông tin và Truyền thông đã ký thỏa thuận với Google.", "vi")
    assert "vietnam-mic" in found


def test_owner_countries_before_and_after():
    cat = load_catalogue()
    text = "Kenya's Communications Ministry"
    assert owner_countries(text, 8, len(text), cat) == {"kenya"}
    text = "Bộ Tài chính Hàn Quốc"
    assert owner_countries(text, 0, 12, cat) == {"south-korea"}
    text = "The Ministry of Finance said"
    assert owner_countries(text, 4, 23, cat) == set()


# --- a one-word company name opening another name ---------------------------------------------


def test_a_longer_unknown_name_is_not_the_one_word_company():
    found, _ = found_in("Investors in Quanta Forge include several pension funds.")
    assert "quanta" not in found


def test_a_company_ending_keeps_the_one_word_company():
    found, _ = found_in("Quanta Computer builds servers, and Quanta Inc ships them to Nvidia.")
    assert found.get("quanta") == "Organization"


def test_a_known_name_after_a_company_keeps_both():
    found, _ = found_in("Nvidia Blackwell chips sold out, Nvidia CEO Jensen Huang said.")
    assert found.get("nvidia") == "Organization"
    assert "nvidia-blackwell" in found


def test_a_vietnamese_longer_name_is_not_the_one_word_company():
    found, _ = found_in("Các nhà đầu tư vào Quanta Forge gồm nhiều quỹ hưu trí.", "vi")
    assert "quanta" not in found


# --- acronyms and title-case words --------------------------------------------------------------


def test_an_app_is_not_the_supercomputer_spelt_in_capitals():
    found, _ = found_in("Công ty VinAI ra mắt ứng dụng Lumi dùng mô hình AI.", "vi")
    assert "lumi-supercomputer" not in found
    found, _ = found_in("The startup launched the Lumi app for students.")
    assert "lumi-supercomputer" not in found


def test_the_supercomputer_in_capitals_is_still_found():
    found, _ = found_in("The model was trained on LUMI in Finland.")
    assert found.get("lumi-supercomputer") == "Hardware"
    found, _ = found_in("Mô hình được huấn luyện trên siêu máy tính LUMI ở Phần Lan.", "vi")
    assert found.get("lumi-supercomputer") == "Hardware"


def test_a_generic_piece_of_a_known_bodys_name_is_no_body_of_its_own():
    found, _ = found_in(
        "Nhóm Zalo AI cùng Viện Khoa học và Công nghệ tiên tiến Nhật Bản (JAIST) công bố mô hình.",
        "vi",
    )
    assert "jaist" in found
    assert not [i for i in found if i in ("khoa", "khoa-hoc", "cong-nghe")]
