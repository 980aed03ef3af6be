"""The bundled catalogue, round 8: organisations by category.

Whole categories of real organisations the news about the AI race quotes or names:
Chinese chip designers, fabs, cloud and robot makers, internet platforms and state
investors; US and European AI start-ups, compute and data-centre firms, defence
contractors and power companies; venture, sovereign and pension funds; banks, analyst
houses, think tanks and newspapers; universities, research institutes and stock
exchanges; Vietnamese, Southeast Asian, Korean, Japanese and Taiwanese companies.
Names that are also common words ("stripe", "báo Lao Động" as "reports on labour")
need their exact case and some context. Sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from extract.catalogue import load_catalogue
from extract.pipeline import DocumentInput, extract


@pytest.fixture(scope="module")
def catalogue():
    return load_catalogue()


def _run(text: str, language: str = "en"):
    result = extract([DocumentInput(text, language=language)])
    found = {e.id: set(e.aliases) for e in result.entities}
    return found, {(r.source, r.type, r.target) for r in result.relations}


# --- the entries and their links ----------------------------------------------------


def test_units_point_at_their_owners(catalogue):
    entries = catalogue.entries
    for ident, parent in [
        ("kingsoft-cloud", "kingsoft"),
        ("tianyi-cloud", "china-telecom"),
        ("central-huijin", "cic"),
        ("wiwynn", "wistron"),
        ("gip", "blackrock"),
        ("qts", "blackstone"),
        ("viettel-cyber-security", "viettel"),
        ("fpt-software", "fpt"),
        ("vinaphone", "vnpt"),
        ("casia", "chinese-academy-of-sciences"),
        ("chinext", "szse"),
        ("ornl", "us-department-of-energy"),
    ]:
        assert entries[ident].type == "Organization"
        assert entries[ident].parent == parent


def test_organisations_carry_their_home_country(catalogue):
    entries = catalogue.entries
    for ident, country in [
        ("xfusion", "china"),
        ("insilico-medicine", "hong-kong"),
        ("kuwait-investment-authority", "kuwait"),
        ("nbim", "norway"),
        ("techcombank", "vietnam"),
        ("ascend-money", "thailand"),
        ("realtek", "taiwan"),
        ("helsing", "germany"),
    ]:
        assert entries[ident].country == country


def test_chinese_and_vietnamese_names_are_aliases(catalogue):
    assert catalogue.lookup("超聚变") == ("xfusion",)
    assert catalogue.lookup("依图科技") == ("yitu",)
    assert catalogue.lookup("中国投资有限责任公司") == ("cic",)
    assert catalogue.lookup("Đại học Nam Kinh") == ("nanjing-university",)
    assert catalogue.lookup("Ngân hàng Ngoại thương Việt Nam") == ("vietcombank",)


def test_no_new_alias_is_shared_with_another_entry(catalogue):
    for ident in ("ssi-securities", "rtx", "kuwait-investment-authority", "xingin"):
        for alias in catalogue.entries[ident].aliases:
            assert catalogue.lookup(alias) == (ident,), alias


# --- resolution in text ------------------------------------------------------------


def test_chinese_chip_and_server_makers_in_english():
    found, _ = _run(
        "xFusion and Kingsoft Cloud bought accelerators from Moffett AI and Vastai "
        "Technologies, while Nexchip expanded its fab."
    )
    assert {"xfusion", "kingsoft-cloud", "moffett-ai", "vastai-technologies", "nexchip"} <= set(
        found
    )


def test_ai_startups_and_investors_in_english():
    found, _ = _run(
        "Greylock Partners and Index Ventures led the round in Decagon, and the Kuwait "
        "Investment Authority joined Xaira Therapeutics' financing."
    )
    assert {"greylock", "index-ventures", "decagon", "xaira"} <= set(found)
    assert "kuwait-investment-authority" in found


def test_a_unit_and_its_owner_in_one_sentence_are_linked():
    _, rels = _run("Global Infrastructure Partners and BlackRock bid for a power plant in Texas.")
    assert ("gip", "PART_OF", "blackrock") in rels
    _, rels = _run("Global Infrastructure Partners bid for a power plant in Texas.")
    assert not any(r[0] == "gip" and r[1] == "PART_OF" for r in rels)


def test_vietnamese_banks_and_units_in_vietnamese():
    found, _ = _run(
        "Techcombank, VPBank và Ngân hàng Ngoại thương Việt Nam ký hợp tác AI với "
        "Viettel Cyber Security và FPT Software.",
        "vi",
    )
    assert {"techcombank", "vpbank", "vietcombank", "viettel-cyber-security", "fpt-software"} <= (
        set(found)
    )


def test_universities_and_exchanges_in_vietnamese():
    found, _ = _run(
        "Nhóm nghiên cứu của Đại học Nam Kinh và Đại học Trung văn Hồng Kông công bố mô hình "
        "mới trước khi công ty niêm yết trên Sở Giao dịch Chứng khoán Thâm Quyến.",
        "vi",
    )
    assert {"nanjing-university", "cuhk", "szse"} <= set(found)


def test_a_vietnamese_broker_is_not_the_us_lab_named_ssi():
    found, _ = _run("Bà Lan, chuyên gia của Chứng khoán SSI, nhận định cổ phiếu chip tăng.", "vi")
    assert "ssi-securities" in found
    assert "safe-superintelligence" not in found


# --- common words stay unread ------------------------------------------------------


def test_common_english_words_are_not_firms():
    found, _ = _run(
        "The shirt had a red stripe; the visa rules changed, and analysts saw two sigma "
        "moves in analog devices during difficult economic times."
    )
    assert not {"stripe", "visa", "two-sigma", "analog-devices", "economic-times"} & set(found)
    found, _ = _run("Washington tightened curbs on semiconductor exports to China.")
    assert "onsemi" not in found
    assert "onsemi" in _run("ON Semiconductor cut its outlook for car chips.")[0]


def test_a_lowercase_phrase_is_not_a_newspaper_in_vietnamese():
    found, _ = _run(
        "Doanh nghiệp phải báo lao động nước ngoài và báo công an nhân dân địa phương.", "vi"
    )
    assert not {"lao-dong", "cand"} & set(found)
    found, _ = _run("Thị trường thế giới di động đang chững lại sau đại dịch.", "vi")
    assert "mwg" not in found


def test_raytheon_is_not_read_in_nvidia_card_names():
    found, _ = _run("Nvidia shipped the RTX Pro 6000 to Chinese buyers.")
    assert "rtx" not in found
    assert "rtx" in _run("Raytheon won an Army contract for AI targeting.")[0]
