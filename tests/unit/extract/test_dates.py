"""Dates: datelines and date expressions resolved against the document date."""

from __future__ import annotations

import pytest

from extract import extract
from extract.dates import dateline, fact_date, find_dates, nearest_date
from extract.pipeline import DocumentInput
from extract.spans import DateExpr
from extract.text import split_sentences


@pytest.mark.parametrize(
    ("head", "expected"),
    [
        ("Tiêu đề\nMinh Anh 05/03/2025 08:30\nNội dung", "2025-03-05"),
        ("A headline\nBy Jo Park | March 3, 2025\nBody", "2025-03-03"),
        ("Posted 2025-01-20 by the desk", "2025-01-20"),
        ("Hà Nội, ngày 2 tháng 9 năm 2024", "2024-09-02"),
        ("No date in this text at all", None),
    ],
)
def test_dateline_reads_the_publication_date(head, expected):
    assert dateline(head) == expected


@pytest.mark.parametrize(
    ("text", "lang", "doc_date", "expected"),
    [
        ("Tháng 11, công ty ra mắt", "vi", "2024-12-28", "2024-11"),
        ("ra mắt hôm 25.12", "vi", "2024-12-28", "2024-12-25"),
        ("phát hành đầu tháng 12", "vi", "2024-12-28", "2024-12"),
        ("ra mắt cuối năm 2022", "vi", "2024-12-28", "2022"),
        ("vào tháng 3 năm 2023", "vi", "2024-12-28", "2023-03"),
        ("ngày 4 tháng 7", "vi", "2024-12-28", "2024-07-04"),
        ("launched in late December", "en", "2025-01-20", "2024-12"),
        ("released on January 20", "en", "2025-01-30", "2025-01-20"),
        ("founded in 2006", "en", "2025-01-20", "2006"),
        ("announced on 3 March 2023", "en", "2025-01-20", "2023-03-03"),
        ("sales fell last year", "en", "2025-01-20", "2024"),
    ],
)
def test_date_expressions_resolve_against_the_document_date(text, lang, doc_date, expected):
    assert [d.value for d in find_dates(text, lang, doc_date)] == [expected]


def test_a_month_after_the_document_month_is_last_year():
    assert find_dates("ra mắt tháng 11", "vi", "2025-02-10")[0].value == "2024-11"


def test_may_as_a_verb_is_not_a_date():
    assert find_dates("The model may improve", "en", "2025-01-20") == []


def test_relative_dates_need_a_document_date():
    assert find_dates("released last year", "en", None) == []


def test_offsets_are_shifted_into_the_document():
    (d,) = find_dates("hôm 25.12", "vi", "2024-12-28", offset=100)
    assert (d.start, d.end) == (100, 109)


def test_nearest_date_prefers_the_closest_within_the_limit():
    dates = [DateExpr(0, 7, "2024-06"), DateExpr(40, 47, "2024-07")]
    assert nearest_date(dates, 10, 20) == "2024-06"
    assert nearest_date(dates, 200, 210) is None


@pytest.mark.parametrize(
    ("text", "lang", "doc_date", "expected"),
    [
        ("Google last Wednesday unveiled a model", "en", "2024-12-16", "2024-12-11"),
        ("The lab said on Friday", "en", "2024-12-20", "2024-12-20"),
        ("Baidu on Sunday released two models", "en", "2025-03-20", "2025-03-16"),
        ("earlier this month the firm released", "en", "2024-12-23", "2024-12"),
        ("the company said yesterday", "en", "2025-03-01", "2025-02-28"),
        ("the deal closed last week", "en", "2025-03-03", "2025-02"),
        ("hãng công bố hôm thứ Hai", "vi", "2025-03-12", "2025-03-10"),
        ("mô hình ra mắt chủ nhật tuần trước", "vi", "2025-03-16", "2025-03-09"),
        ("công ty cho biết hôm qua", "vi", "2025-01-01", "2024-12-31"),
        ("giới thiệu trong tháng này", "vi", "2025-02-18", "2025-02"),
        ("ra mắt hồi tháng 7 năm ngoái", "vi", "2025-02-18", "2024-07"),
        ("công bố tháng 2 năm nay", "vi", "2025-03-18", "2025-02"),
    ],
)
def test_relative_days_weeks_and_months_resolve_against_the_document_date(
    text, lang, doc_date, expected
):
    assert [d.value for d in find_dates(text, lang, doc_date)] == [expected]


def test_a_newspaper_name_is_not_a_weekday():
    assert find_dates("The Sunday Times reported", "en", "2025-03-12") == []


def test_a_sentence_with_one_date_dates_its_distant_facts():
    assert nearest_date([DateExpr(150, 160, "2024-07")], 10, 40) == "2024-07"
    two = [DateExpr(150, 160, "2024-07"), DateExpr(170, 180, "2023")]
    assert nearest_date(two, 10, 40) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tháng 10.2023, hai hãng bị đưa vào danh sách", ["2023-10"]),
        ("ra mắt vào tháng 8/2022 và tháng 5-2021", ["2022-08", "2021-05"]),
        ("hoạt động từ 2019, mở rộng cuối 2022", ["2019", "2022"]),
        ("lắp thêm 2048 GPU vào 2048 máy chủ", []),
    ],
)
def test_vietnamese_month_year_and_bare_year_forms(text, expected):
    assert [d.value for d in find_dates(text, "vi", "2024-12-28")] == expected


def _spans(sentence: str, *names: str) -> list[tuple[int, int]]:
    return [(sentence.index(n), sentence.index(n) + len(n)) for n in names]


def test_an_aside_between_the_arguments_does_not_date_the_main_fact():
    s = "In March Zeta Labs, which Ana Ruiz set up in 2021, released Orca-2 to testers."
    dates = find_dates(s, "en", "2025-06-10")
    zeta, orca = _spans(s, "Zeta Labs", "Orca-2")
    assert fact_date(dates, s, 0, zeta, orca, orca[0]) == "2025-03"


def test_a_fact_told_inside_an_aside_takes_the_aside_date():
    s = "In March Zeta Labs, which Ana Ruiz set up in 2021, released Orca-2 to testers."
    dates = find_dates(s, "en", "2025-06-10")
    zeta, ana = _spans(s, "Zeta Labs", "Ana Ruiz")
    cue = s.index("set up") + len("set up")
    assert fact_date(dates, s, 0, zeta, ana, cue) == "2021"


def test_vietnamese_aside_with_von_is_skipped():
    s = "Tháng 3, Zeta AI, vốn được thành lập năm 2021, công bố mô hình Orca-2."
    dates = find_dates(s, "vi", "2025-06-10")
    zeta, orca = _spans(s, "Zeta AI", "Orca-2")
    assert fact_date(dates, s, 0, zeta, orca, orca[0]) == "2025-03"


def test_a_date_outside_the_cue_clause_still_dates_a_fact_without_an_aside():
    s = "Orca-1 came out in April; this month Zeta Labs shipped Orca-2."
    dates = find_dates(s, "en", "2025-06-10")
    orca1, zeta = _spans(s, "Orca-1", "Zeta Labs")
    assert fact_date(dates, s, 0, orca1, zeta, zeta[0]) == "2025-04"


def test_sentence_offsets_are_respected():
    s = "In March Zeta Labs, which Ana Ruiz set up in 2021, released Orca-2."
    offset = 500
    dates = find_dates(s, "en", "2025-06-10", offset)
    zeta, orca = ((a + offset, b + offset) for a, b in _spans(s, "Zeta Labs", "Orca-2"))
    assert fact_date(dates, s, offset, zeta, orca, orca[0]) == "2025-03"


def test_extracted_facts_are_dated_from_their_own_clause():
    text = (
        "Zeta Labs ships a model\nBy Kim Vo | June 10, 2025\n\n"
        "In March the startup Zeta Labs, founded in 2021, released the Orca-2 model."
    )
    result = extract([DocumentInput(text=text, language="en")])
    dates = {(r.source, r.type, r.target): r.date for r in result.relations}
    developed = [d for (s, t, o), d in dates.items() if t == "DEVELOPED" and "orca" in o]
    assert developed == ["2025-03"]


def test_a_one_letter_vietnamese_word_ends_a_sentence():
    text = "Giới chip rất chú ý. Đầu tháng 2, hãng Zeta công bố chip mới."
    assert len(split_sentences(text)) == 2
    assert len(split_sentences("Theo J. Smith, hãng Zeta công bố chip.")) == 1
