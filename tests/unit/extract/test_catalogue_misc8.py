"""The bundled catalogue, round 8: people, policies, events, products and benchmarks.

Whole categories of real entities the AI-race news names: US, Chinese, EU and Asian
laws and rules on AI and chips (with the names the Vietnamese press gives them),
lawmakers, officials and researchers (Sino-Vietnamese readings of Chinese names),
conferences, summits and trade talks, the apps, devices and robots of the race with
their makers, and model benchmarks. Sentences are written for these tests.
"""

from __future__ import annotations

from tests.unit.extract.facts import found_in

# --- the entries and their links ----------------------------------------------------


def test_policies_carry_their_issuing_state(bundled_catalogue):
    entries = bundled_catalogue.entries
    for ident, country in [
        ("unverified-list", "united-states"),
        ("biosecure-act", "united-states"),
        ("california-ab-2013", "united-states"),
        ("elvis-act", "united-states"),
        ("china-dual-use-export-regulations", "china"),
        ("uk-online-safety-act", "united-kingdom"),
        ("india-dpdp-act", "india"),
        ("resolution-66", "vietnam"),
    ]:
        assert entries[ident].type == "Policy"
        assert entries[ident].country == country


def test_products_point_at_their_makers(bundled_catalogue):
    entries = bundled_catalogue.entries
    assert entries["xiaoyi"].developer == "huawei"
    assert entries["figure-03"].developer == "figure-ai"
    assert entries["tongyi-lingma"].developer == "alibaba-cloud"
    assert entries["google-antigravity"].developer == "google"
    assert entries["vinfast-vf8"].developer == "vinfast"


def test_benchmarks_by_big_labs_carry_no_maker(bundled_catalogue):
    # a lab named beside a score would otherwise be read as the benchmark's maker
    assert bundled_catalogue.entries["mmmlu"].developer is None
    assert bundled_catalogue.entries["re-bench"].developer == "metr"


def test_chinese_officials_carry_sino_vietnamese_readings(bundled_catalogue):
    assert bundled_catalogue.lookup("Trịnh San Khiết") == ("zheng-shanjie",)
    assert bundled_catalogue.lookup("Phan Công Thắng") == ("pan-gongsheng",)
    assert bundled_catalogue.lookup("刘烈宏") == ("liu-liehong",)


# --- resolution in text ------------------------------------------------------------


def test_us_chip_bills_and_lists_in_english():
    found, _ = found_in(
        "Senator Jim Banks pushed the GAIN AI Act while the Commerce Department added "
        "three suppliers to the Unverified List and lawmakers revived the BIOSECURE Act."
    )
    assert {"jim-banks", "unverified-list", "biosecure-act"} <= set(found)
    assert found["unverified-list"] == "Policy"


def test_state_ai_laws_in_english():
    found, _ = found_in(
        "Governor Jared Polis signed the bill, and Tennessee's ELVIS Act and Utah's "
        "Artificial Intelligence Policy Act were cited as models."
    )
    assert {"jared-polis", "elvis-act", "utah-ai-policy-act"} <= set(found)


def test_vietnamese_laws_and_resolutions_in_vietnamese():
    found, _ = found_in(
        "Quốc hội thông qua Luật Giao dịch điện tử, còn Nghị quyết 66-NQ/TW và "
        "Nghị định 147/2024/NĐ-CP đặt ra khung pháp lý mới.",
        "vi",
    )
    assert {"vietnam-e-transactions-law", "resolution-66", "vietnam-decree-147"} <= set(found)


def test_chinese_officials_by_their_vietnamese_names():
    found, _ = found_in(
        "Ông Trịnh San Khiết và ông Phan Công Thắng cùng họp với ông Lưu Liệt Hoành tại Bắc Kinh.",
        "vi",
    )
    assert {"zheng-shanjie", "pan-gongsheng", "liu-liehong"} <= set(found)


def test_trade_talks_and_conferences_are_events():
    found, _ = found_in(
        "After the Geneva trade talks, negotiators met again at the Stockholm trade talks, "
        "and Nvidia later showed its chips at SEMICON Japan and the OCP Global Summit."
    )
    for ident in ("geneva-trade-talks", "stockholm-trade-talks", "semicon-japan"):
        assert found.get(ident) == "Event"


def test_products_are_credited_to_their_makers():
    found, rels = found_in(
        "Huawei put Xiaoyi on the Mate 80, and Figure AI unveiled Figure 03 the same week."
    )
    assert {"xiaoyi", "huawei-mate-80", "figure-03"} <= set(found)
    assert ("figure-ai", "DEVELOPED", "figure-03") in rels


def test_benchmarks_in_vietnamese():
    found, _ = found_in(
        "Mô hình mới đạt điểm cao trên VMLU và SuperGPQA, vượt nhiều đối thủ trên WebArena.",
        "vi",
    )
    assert {"vmlu", "supergpqa", "webarena"} <= set(found)
    assert found["vmlu"] == "Benchmark"


# --- common words and bare names stay unread ------------------------------------------


def test_plain_words_are_not_products():
    found, _ = found_in(
        "The threads of the story came together with new vibes, and the messenger "
        "left a note about an instant checkout."
    )
    assert not {"threads", "meta-vibes", "messenger", "chatgpt-instant-checkout"} & set(found)


def test_an_ambiguous_app_name_needs_its_maker_named():
    found, _ = found_in("Threads grew quickly this year, the survey said.")
    assert "threads" not in found
    found, _ = found_in("Meta said its Threads app and Facebook Messenger gained users.")
    assert "threads" in found


def test_a_generic_export_rule_still_names_the_us_controls():
    # a Dutch or Japanese control list must not take the core words "export controls"
    found, _ = found_in("The US export controls tightened again, Reuters reported.")
    assert "us-chip-export-controls" in found
