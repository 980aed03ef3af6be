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

from tests.unit.extract.facts import found_in

# --- the entries and their links ----------------------------------------------------


def test_units_point_at_their_owners(bundled_catalogue):
    entries = bundled_catalogue.entries
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


def test_organisations_carry_their_home_country(bundled_catalogue):
    entries = bundled_catalogue.entries
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


def test_chinese_and_vietnamese_names_are_aliases(bundled_catalogue):
    assert bundled_catalogue.lookup("超聚变") == ("xfusion",)
    assert bundled_catalogue.lookup("依图科技") == ("yitu",)
    assert bundled_catalogue.lookup("中国投资有限责任公司") == ("cic",)
    assert bundled_catalogue.lookup("Đại học Nam Kinh") == ("nanjing-university",)
    assert bundled_catalogue.lookup("Ngân hàng Ngoại thương Việt Nam") == ("vietcombank",)


def test_no_new_alias_is_shared_with_another_entry(bundled_catalogue):
    for ident in ("ssi-securities", "rtx", "kuwait-investment-authority", "xingin"):
        for alias in bundled_catalogue.entries[ident].aliases:
            assert bundled_catalogue.lookup(alias) == (ident,), alias


# --- resolution in text ------------------------------------------------------------


def test_chinese_chip_and_server_makers_in_english():
    found, _ = found_in(
        "xFusion and Kingsoft Cloud bought accelerators from Moffett AI and Vastai "
        "Technologies, while Nexchip expanded its fab.",
        aliases=True,
    )
    assert {"xfusion", "kingsoft-cloud", "moffett-ai", "vastai-technologies", "nexchip"} <= set(
        found
    )


def test_ai_startups_and_investors_in_english():
    found, _ = found_in(
        "Greylock Partners and Index Ventures led the round in Decagon, and the Kuwait "
        "Investment Authority joined Xaira Therapeutics' financing.",
        aliases=True,
    )
    assert {"greylock", "index-ventures", "decagon", "xaira"} <= set(found)
    assert "kuwait-investment-authority" in found


def test_a_unit_and_its_owner_in_one_sentence_are_linked():
    _, rels = found_in(
        "Global Infrastructure Partners and BlackRock bid for a power plant in Texas.", aliases=True
    )
    assert ("gip", "PART_OF", "blackrock") in rels
    _, rels = found_in(
        "Global Infrastructure Partners bid for a power plant in Texas.", aliases=True
    )
    assert not any(r[0] == "gip" and r[1] == "PART_OF" for r in rels)


def test_vietnamese_banks_and_units_in_vietnamese():
    found, _ = found_in(
        "Techcombank, VPBank và Ngân hàng Ngoại thương Việt Nam ký hợp tác AI với "
        "Viettel Cyber Security và FPT Software.",
        "vi",
        aliases=True,
    )
    assert {"techcombank", "vpbank", "vietcombank", "viettel-cyber-security", "fpt-software"} <= (
        set(found)
    )


def test_universities_and_exchanges_in_vietnamese():
    found, _ = found_in(
        "Nhóm nghiên cứu của Đại học Nam Kinh và Đại học Trung văn Hồng Kông công bố mô hình "
        "mới trước khi công ty niêm yết trên Sở Giao dịch Chứng khoán Thâm Quyến.",
        "vi",
        aliases=True,
    )
    assert {"nanjing-university", "cuhk", "szse"} <= set(found)


def test_a_vietnamese_broker_is_not_the_us_lab_named_ssi():
    found, _ = found_in(
        "Bà Lan, chuyên gia của Chứng khoán SSI, nhận định cổ phiếu chip tăng.", "vi", aliases=True
    )
    assert "ssi-securities" in found
    assert "safe-superintelligence" not in found


# --- common words stay unread ------------------------------------------------------


def test_common_english_words_are_not_firms():
    found, _ = found_in(
        "The shirt had a red stripe; the visa rules changed, and analysts saw two sigma "
        "moves in analog devices during difficult economic times.",
        aliases=True,
    )
    assert not {"stripe", "visa", "two-sigma", "analog-devices", "economic-times"} & set(found)
    found, _ = found_in(
        "Washington tightened curbs on semiconductor exports to China.", aliases=True
    )
    assert "onsemi" not in found
    assert "onsemi" in found_in("ON Semiconductor cut its outlook for car chips.", aliases=True)[0]


def test_a_lowercase_phrase_is_not_a_newspaper_in_vietnamese():
    found, _ = found_in(
        "Doanh nghiệp phải báo lao động nước ngoài và báo công an nhân dân địa phương.",
        "vi",
        aliases=True,
    )
    assert not {"lao-dong", "cand"} & set(found)
    found, _ = found_in(
        "Thị trường thế giới di động đang chững lại sau đại dịch.", "vi", aliases=True
    )
    assert "mwg" not in found


def test_raytheon_is_not_read_in_nvidia_card_names():
    found, _ = found_in("Nvidia shipped the RTX Pro 6000 to Chinese buyers.", aliases=True)
    assert "rtx" not in found
    assert "rtx" in found_in("Raytheon won an Army contract for AI targeting.", aliases=True)[0]
