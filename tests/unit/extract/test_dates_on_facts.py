"""Which date a fact takes: its own clause, words pointing back, its paragraph, and
expressions that look like dates but are not (counts, ordinals, names, future months)."""

from __future__ import annotations

import pytest

from extract import extract
from extract.dates import DateFinder, fact_date, find_dates
from extract.pipeline import DocumentInput
from extract.spans import DocState
from extract.text import split_sentences

EN_HEAD = "Chip news\nBy Jo Park | March 20, 2025\n\n"
VI_HEAD = "Tin AI\nAn Bình 20/03/2025 08:00\n\n"


def _dates(text: str, lang: str, doc_date: str = "2025-03-20") -> list[str]:
    return [d.value for d in find_dates(text, lang, doc_date)]


def _facts(body: str, lang: str) -> dict[tuple[str, str, str], str | None]:
    head = VI_HEAD if lang == "vi" else EN_HEAD
    result = extract([DocumentInput(text=head + body, language=lang)])
    return {(r.source, r.type, r.target): r.date for r in result.relations}


# -- expressions that are not dates ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("the update shipped on a Saturday, to little notice", "en"),
        ("Đây là lần thứ hai hãng gọi vốn", "vi"),
        ("mô hình xếp thứ ba trên bảng xếp hạng", "vi"),
        ("hãng đã làm việc ở đó mười năm trước đó", "vi"),
        ("ông gắn bó với hãng gần 12 năm trước khi nghỉ", "vi"),
        ("kế hoạch cho 5 năm tới", "vi"),
        ("it topped the Vision 2030 agenda", "en"),
        ("the analyst, Jun Park, said", "en"),
        ("protesters will march on the capital", "en"),
    ],
)
def test_counts_ordinals_names_and_words_are_not_dates(text, lang):
    assert _dates(text, lang) == []


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("the update shipped on Saturday", "en", ["2025-03-15"]),
        ("hãng công bố hôm thứ hai", "vi", ["2025-03-17"]),
        ("hãng công bố thứ Sáu tuần trước", "vi", ["2025-03-14"]),
        ("doanh thu tăng mạnh năm trước", "vi", ["2024"]),
        ("In 2030 the plan ends, and By 2027 the fab opens", "en", ["2030", "2027"]),
        ("revenue grew in Q1 2025", "en", ["2025"]),
        ("sales fell in Sept. after the rule", "en", ["2024-09"]),
    ],
)
def test_the_same_words_as_dates(text, lang, expected):
    assert _dates(text, lang) == expected


# -- months ahead ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("the lab will ship the model in June", "en", "2025-06"),
        ("the lab shipped the model in June", "en", "2024-06"),
        ("the firm plans to cut prices from February 1", "en", "2026-02-01"),
        ("hãng sẽ mở mã nguồn mô hình từ ngày 30.6", "vi", "2025-06-30"),
        ("hãng mở mã nguồn mô hình hồi tháng 6", "vi", "2024-06"),
        ("hãng ra mắt chip mới vào tháng 5 tới", "vi", "2025-05"),
    ],
)
def test_a_clause_about_the_future_puts_a_bare_month_ahead(text, lang, expected):
    assert _dates(text, lang) == [expected]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("the cluster is due next year", "en", "2026"),
        ("prices rise next month", "en", "2025-04"),
        ("nhà máy hoạt động vào năm tới", "vi", "2026"),
        ("giá sẽ giảm từ tháng sau", "vi", "2025-04"),
        ("dự án khởi công tháng 2 năm tới", "vi", "2026-02"),
    ],
)
def test_next_year_and_next_month(text, lang, expected):
    assert _dates(text, lang) == [expected]


# -- a date in an apposition to the left argument --------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "lang", "names"),
    [
        (
            "Since February, Doubao, an assistant ByteDance launched in August 2023, has been free.",
            "en",
            ("Doubao", "ByteDance"),
        ),
        (
            "Từ tháng 2, Doubao, trợ lý được ByteDance phát hành từ tháng 8.2023, được miễn phí.",
            "vi",
            ("Doubao", "ByteDance"),
        ),
    ],
)
def test_an_apposition_telling_the_fact_dates_it(sentence, lang, names):
    dates = find_dates(sentence, lang, "2025-03-20")
    left, right = ((sentence.index(n), sentence.index(n) + len(n)) for n in names)
    assert fact_date(dates, sentence, 0, left, right, right[0]) == "2023-08"


def test_a_clause_after_a_list_is_no_apposition():
    s = "Orca 1 came out in April and Orca 2 in July; this month Zeta Labs shipped Orca 3."
    dates = find_dates(s, "en", "2025-12-10")
    left = (0, len("Orca 1"))
    right = (s.index("Zeta Labs"), s.index("Zeta Labs") + len("Zeta Labs"))
    assert fact_date(dates, s, 0, left, right, right[0]) == "2025-04"


def test_extracted_appositions_take_their_own_date():
    body = "Since February, Doubao, an assistant ByteDance launched in August 2023, is free."
    assert _facts(body, "en")[("bytedance", "DEVELOPED", "doubao")] == "2023-08"


# -- words that point back to a time told before --------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang"),
    [
        (
            (
                "OpenAI released GPT-4.5 on March 3. The same day, Microsoft signed a "
                "partnership with Mistral AI."
            ),
            "en",
        ),
        (
            (
                "OpenAI phát hành GPT-4.5 hôm 3.3. Cùng ngày, Microsoft ký thỏa thuận hợp "
                "tác với Mistral AI."
            ),
            "vi",
        ),
    ],
)
def test_the_same_day_takes_the_day_told_before(body, lang):
    assert _facts(body, lang)[("microsoft", "PARTNERS_WITH", "mistral-ai")] == "2025-03-03"


def test_a_fact_without_a_date_or_a_pointing_word_stays_undated():
    body = "Microsoft signed a partnership with Mistral AI."
    assert _facts(body, "en")[("microsoft", "PARTNERS_WITH", "mistral-ai")] is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Zeta Labs said so on March 3. The next day, it raised money.", "en", "2025-03-04"),
        ("Zeta Labs said so on March 3. A day earlier, it raised money.", "en", "2025-03-02"),
        ("Zeta Labs said so on March 3. Days later, it raised money.", "en", "2025-03"),
        ("Zeta Labs went public in 2019. Later that year, it raised money.", "en", "2019"),
        ("Zeta công bố hôm 3.3. Hôm sau, hãng gọi vốn.", "vi", "2025-03-04"),
        ("Zeta công bố hôm 3.3. Trước đó ít ngày, hãng gọi vốn.", "vi", "2025-03"),
        ("Zeta lên sàn năm 2019. Cùng năm đó, hãng gọi vốn.", "vi", "2019"),
        ("Zeta công bố hôm 3.3. Khi đó, hãng gọi vốn.", "vi", "2025-03-03"),
    ],
)
def test_pointing_words_move_the_date_told_before(text, lang, expected):
    st = DocState(lang, "2025-03-20", split_sentences(text), text=text)
    st.date_finder = DateFinder.sentence_dates
    assert st.dates_in(len(st.sentences) - 1)[0].value == expected


def test_a_pointing_word_without_an_earlier_date_is_no_date():
    text = "Zeta Labs grew fast. The same day, it raised money."
    st = DocState("en", "2025-03-20", split_sentences(text), text=text)
    st.date_finder = DateFinder.sentence_dates
    assert st.dates_in(1) == []


# -- the time a paragraph is telling of ------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "expected"),
    [
        (
            (
                "DeepSeek shipped a new reasoning model on Monday. Huawei Cloud put "
                "DeepSeek-R1 on its platform."
            ),
            "en",
            "2025-03-17",
        ),
        (
            (
                "DeepSeek ra mắt mô hình mới hôm thứ Hai. Huawei Cloud đưa DeepSeek-R1 lên "
                "nền tảng của hãng."
            ),
            "vi",
            "2025-03-17",
        ),
    ],
)
def test_an_undated_event_takes_the_time_of_its_paragraph(body, lang, expected):
    assert _facts(body, lang)[("huawei-cloud", "HOSTS", "deepseek-r1")] == expected


def test_a_new_paragraph_does_not_carry_the_time():
    body = "DeepSeek shipped a new reasoning model on Monday.\n\nHuawei Cloud put DeepSeek-R1 on its platform."
    assert _facts(body, "en")[("huawei-cloud", "HOSTS", "deepseek-r1")] is None


def test_background_facts_do_not_take_the_time_of_their_paragraph():
    body = (
        "DeepSeek shipped a new reasoning model on Monday. Nvidia's H800 chips trained it. "
        "The startup was founded by Liang Wenfeng."
    )
    facts = _facts(body, "en")
    assert facts[("nvidia", "MANUFACTURES", "nvidia-h800")] is None
    assert all(d is None for (_, t, _), d in facts.items() if t == "FOUNDED")


# -- which facts carry dates -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "lang", "fact", "expected"),
    [
        (
            "Nvidia's GTC conference in San Jose opened on Tuesday.",
            "en",
            ("nvidia-gtc", "LOCATED_IN", "san-jose"),
            "2025-03-18",
        ),
        (
            "Hội nghị WAIC diễn ra tại Thượng Hải hôm 18.3.",
            "vi",
            ("waic", "LOCATED_IN", "shanghai"),
            "2025-03-18",
        ),
        (
            "Nvidia, based in Santa Clara, showed new chips on Tuesday.",
            "en",
            ("nvidia", "LOCATED_IN", "santa-clara"),
            None,
        ),
    ],
)
def test_an_event_is_held_somewhere_at_a_time_but_a_seat_is_undated(body, lang, fact, expected):
    assert _facts(body, lang)[fact] == expected


@pytest.mark.parametrize(
    ("body", "lang", "fact", "expected"),
    [
        # a post taken up or a use begun at a stated time
        ("Sam Altman rejoined OpenAI in November 2023.", "en", ("sam-altman", "WORKS_FOR", "openai"), "2023-11"),
        ("Tháng 2/2025, Honor tích hợp DeepSeek-R1 vào trợ lý.", "vi", ("honor", "USES", "deepseek-r1"), "2025-02"),
        # the paragraph's time does not date a post told without one
        (
            "DeepSeek shipped a new model on Monday. Sam Altman, who runs OpenAI, shrugged.",
            "en",
            ("sam-altman", "LEADS", "openai"),
            None,
        ),
    ],
)  # fmt: skip
def test_posts_and_uses_take_the_date_of_their_clause(body, lang, fact, expected):
    assert _facts(body, lang)[fact] == expected


@pytest.mark.parametrize(
    ("body", "lang", "fact", "when"),
    [
        (
            "Baidu released Ernie on March 3. A week later Alibaba released Qwen2.5.",
            "en",
            ("alibaba", "DEVELOPED", "qwen2.5"),
            "2025-03-10",
        ),
        (
            "Baidu released Ernie in January. Two months later, Alibaba released Qwen2.5.",
            "en",
            ("alibaba", "DEVELOPED", "qwen2.5"),
            "2025-03",
        ),
        (
            "Baidu ra mắt Ernie hôm 3.3. Hai ngày sau đó, Alibaba phát hành Qwen2.5.",
            "vi",
            ("alibaba", "DEVELOPED", "qwen2.5"),
            "2025-03-05",
        ),
    ],
)
def test_a_counted_time_later_moves_the_date_told_before(body, lang, fact, when):
    assert _facts(body, lang)[fact] == when


def test_a_month_after_an_earlier_event_is_not_later_than_the_date_told():
    body = "Alibaba hôm 12.3 phát hành Qwen2.5, chưa đầy một tháng sau khi ra mắt QwQ."
    assert _facts(body, "vi")[("alibaba", "DEVELOPED", "qwen2.5")] == "2025-03-12"
