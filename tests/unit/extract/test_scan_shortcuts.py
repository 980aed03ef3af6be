"""Shortcuts of the front half (scan patterns, catalogue readings, lists) give what the
plain way gives.

Sentences and names are written for these tests.
"""

from __future__ import annotations

import random
import re

import pytest

from extract.catalogue import Catalogue, CatalogueEntry
from extract.discovery import _linked, _type_chain, _type_lists, list_names, name_runs
from extract.language import blank, detect_language
from extract.mentions import CatalogueMatcher
from extract.spans import DocState
from extract.text import char_led, has_vietnamese, split_sentences, whole_words

ALPHABET = "ab.!? \n\t\"')xyĐđ-"


def _random_texts(seed: int, alphabet: str, count: int = 400) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 40))) for _ in range(count)]


@pytest.mark.parametrize(
    "alternatives",
    [
        ((".!?", r"[.!?]*[\"')]*[ \t]+"), ("\n", r"\n*")),
        (("ab", "x+"), ("a", "y"), ("Đđ", "")),  # "a" opens two alternatives: first one wins
        ((r"\s", "[-]a"), ("(", r"\s*b")),
    ],
)
def test_char_led_matches_what_the_plain_alternation_matches(alternatives):
    led = re.compile(char_led(*alternatives))
    plain = re.compile("|".join(f"[{chars}]{rest}" for chars, rest in alternatives))
    assert led.pattern.startswith("[")  # one class first: scanned for in C
    for text in _random_texts(1, ALPHABET + "(y"):
        assert [m.span() for m in led.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_char_led_keeps_the_groups_of_each_alternative():
    led = re.compile(char_led(("Tt", r"(?P<the>he)\b"), ("Ii", r"(?P<its>ts)\b")))
    assert [m.lastgroup for m in led.finditer("The lab and its chip; theory")] == ["the", "its"]


def test_sentences_still_end_at_stops_and_line_breaks():
    text = "Zeta Lab ra mắt chip. Nó rẻ!\n\nWhy? “Fast.” Then (maybe) more"
    assert [s.text for s in split_sentences(text)] == [
        "Zeta Lab ra mắt chip.",
        "Nó rẻ!",
        "Why?",
        "“Fast.”",
        "Then (maybe) more",
    ]


NAMES = ["Li", "Li Wei", "Vương", "Kora AI", "o3", "Lan-Anh"]


def test_whole_words_matches_like_a_look_behind_and_a_look_ahead():
    fast = re.compile(whole_words(NAMES))
    words = "|".join(re.escape(w) for w in sorted(NAMES, key=len, reverse=True))
    slow = re.compile(rf"(?<![\w\-])(?:{words})(?![\w\-])")
    pieces = NAMES + ["Lin", "Wu-", "-", " ", ", ", ".", "ông ", "\n", "x", "AI", "3"]
    rng = random.Random(5)
    for _ in range(2000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 8)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in slow.finditer(text)]


def test_whole_words_skips_parts_of_longer_words_and_hyphenated_names():
    rx = re.compile(whole_words(["Li", "Li Wei", "Vương"]))
    text = "Li Wei met Lin and Wu-Li; later ông Vương and Li."
    assert [m.group() for m in rx.finditer(text)] == ["Li Wei", "Vương", "Li"]
    assert [m.span() for m in rx.finditer("Li")] == [(0, 2)]  # the whole text is a word


def test_vietnamese_letters_are_found_in_either_case():
    assert has_vietnamese("HÃNG ĐIỆN TỬ") and has_vietnamese("hãng điện tử")
    assert not has_vietnamese("DA NANG PORT") and not has_vietnamese("Nguyen Van An")
    headline = "ĐÀ NẴNG MỞ TRUNG TÂM DỮ LIỆU MỚI CHO CÁC CÔNG TY KHỞI NGHIỆP"
    assert detect_language(headline) == "vi"
    assert detect_language("DA NANG OPENS A NEW DATA CENTRE FOR STARTUPS") == "en"


def _typed(text: str, *names: str, kind: str = "Organization") -> list[tuple[int, int, str]]:
    out = []
    for name in names:
        at = text.index(name)
        out.append((at, at + len(name), kind))
    return out


def test_an_untyped_name_in_a_list_takes_the_lists_type_in_english_and_vietnamese():
    en = "Rivals such as Baidu, Zeta Labs and Kora AI cut prices."
    assert list_names(en, _typed(en, "Baidu"), {}) == {
        "Zeta Labs": ("Organization", "list"),
        "Kora AI": ("Organization", "list"),
    }
    vi = "Buổi họp có Lê Văn Tám, Trần Hưng và Phạm Thu Hà."
    assert list_names(vi, _typed(vi, "Lê Văn Tám", kind="Person"), {}) == {
        "Trần Hưng": ("Person", "list"),
        "Phạm Thu Hà": ("Person", "list"),
    }


def test_lists_without_an_untyped_name_or_with_mixed_types_type_nothing():
    text = "Baidu, Tencent and Huawei signed; Zeta Labs met Alibaba, Sam Lee and Kora AI."
    typed = _typed(text, "Baidu", "Tencent", "Huawei", "Alibaba") + _typed(
        text, "Sam Lee", kind="Person"
    )
    assert list_names(text, typed, {}) == {}


def test_two_lists_of_one_text_each_keep_their_own_type():
    text = (
        "Hôm nay Zeta Labs, Baidu và Kora AI hợp tác. "
        "Sau đó Lý Minh, Sam Lee và Trần Hưng phát biểu."
    )
    typed = _typed(text, "Baidu") + _typed(text, "Sam Lee", kind="Person")
    assert list_names(text, typed, {}) == {
        "Zeta Labs": ("Organization", "list"),
        "Kora AI": ("Organization", "list"),
        "Lý Minh": ("Person", "list"),
        "Trần Hưng": ("Person", "list"),
    }


def _every_list(text: str, items: list) -> dict[str, tuple[str, str]]:
    """The plain way: walk every member, cut maximal joined runs, type each run."""
    out: dict[str, tuple[str, str]] = {}
    chain = items[:1]
    for prev, item in zip(items, items[1:] + [None]):
        if item is not None and _linked(text, prev, item):
            chain.append(item)
            continue
        if len(chain) > 1:
            _type_chain(text, chain, out)
        chain = [item]
    return out


def test_lists_grown_around_untyped_names_type_what_walking_every_member_types():
    rng = random.Random(11)
    names = ["Zeta Labs", "Kora AI", "Baidu", "Sam Lee", "Lý Minh", "Nova", "Tencent"]
    joints = [", ", " and ", " và ", ", and ", " & ", "; ", " với ", ",\n", " met ", ". "]
    kinds = [None, None, "Organization", "Person", "Location"]
    for _ in range(1000):
        parts = [rng.choice(names) + rng.choice(joints) for _ in range(rng.randint(1, 9))]
        text = "".join(parts) + "end."
        items = sorted((m.start(), m.end(), rng.choice(kinds)) for m in name_runs(text))
        assert _type_lists(text, items) == _every_list(text, items), (text, items)


def _entry(ident: str, type_: str, aliases: tuple[str, ...], ambiguous: tuple[str, ...] = ()):
    return CatalogueEntry(
        ident, aliases[0], type_, aliases, ambiguous=frozenset(a.casefold() for a in ambiguous)
    )


@pytest.fixture(scope="module")
def matcher_and_nlp():
    catalogue = Catalogue.from_entries(
        [
            _entry("apollo-lab", "Organization", ("Apollo Lab", "Apollo"), ambiguous=("Apollo",)),
            _entry("apollo-model", "AIModel", ("Apollo",), ambiguous=("Apollo",)),
            _entry("zeta-robotics", "Organization", ("Zeta Robotics",)),
            _entry("us", "Location", ("US",)),
        ]
    )
    nlp = blank("en")
    return CatalogueMatcher(nlp, catalogue), nlp


def _state(text: str) -> DocState:
    return DocState("en", None, split_sentences(text), text)


def _readings(found) -> list[tuple[str, list[tuple[str, float]]]]:
    return [(f.text, [(c.id, c.confidence) for c in f.candidates]) for f in found]


def _mentions(matcher_and_nlp, text: str):
    matcher, nlp = matcher_and_nlp
    doc = nlp.make_doc(text)
    doc._.rg = _state(text)
    matcher(doc)
    return _readings(doc._.rg.mentions)


def test_one_span_holds_a_reading_per_entry_weaker_for_an_ambiguous_alias(matcher_and_nlp):
    matcher, nlp = matcher_and_nlp
    text = "Apollo ships."
    assert _readings(matcher._matches(nlp.make_doc(text), _state(text))) == [
        ("Apollo", [("apollo-lab", 0.8), ("apollo-model", 0.8)])
    ]


def test_an_ambiguous_alias_needs_support_and_a_cue_orders_its_readings(matcher_and_nlp):
    assert _mentions(matcher_and_nlp, "Apollo ships.") == []
    assert _mentions(matcher_and_nlp, "Apollo ships; Apollo Lab hires.") == [
        ("Apollo", [("apollo-lab", 0.8)]),
        ("Apollo Lab", [("apollo-lab", 1.0)]),
    ]
    assert _mentions(matcher_and_nlp, "The model Apollo ships.") == [
        ("Apollo", [("apollo-model", 0.8), ("apollo-lab", 0.8)])
    ]


def test_case_must_fit_for_short_and_ambiguous_aliases_but_not_for_long_names(matcher_and_nlp):
    assert _mentions(matcher_and_nlp, "ZETA ROBOTICS and zeta robotics sued us and apollo.") == [
        ("ZETA ROBOTICS", [("zeta-robotics", 1.0)]),
        ("zeta robotics", [("zeta-robotics", 1.0)]),
    ]


# -- scans led by a capital, prechecks and cue ends (speed shortcuts of discovery) -----------

WORD_PIECES = [
    "Kirin", "Kirin 9010", "Orbit 7 Pro", "Nova 12 Max Ultra", "Sheikh Omar bin Salem",
    "Crown Prince Hamad Al Amin", "Sen. Ruth Dale", "Thái tử Ali Karim", "Harbor Robotics Expo",
    "Conference on Neural Networks", "Sky Forum 2026", "x", "-", " ", ", ", ".", "\n", "Đà Nẵng",
    "K2", "V3.1", "o3", "v5e", "AV3", "the", "9", "Air", "of",
]  # fmt: skip


def _piece_texts(seed: int, count: int = 1500) -> list[str]:
    rng = random.Random(seed)
    return [
        "".join(rng.choice(WORD_PIECES) for _ in range(rng.randint(0, 9))) for _ in range(count)
    ]


def _same_scans(fast: re.Pattern[str], slow: re.Pattern[str], texts: list[str]) -> None:
    for text in texts:
        got = [(m.span(), m.groupdict()) for m in fast.finditer(text)]
        assert got == [(m.span(), m.groupdict()) for m in slow.finditer(text)], text


def test_scans_led_by_a_capital_match_what_a_look_behind_first_matches():
    from extract import namecues, variants

    capword = namecues._CAPWORD
    slow = {
        variants._FAMILY_WORD: r"(?<![\w\-])(?P<word>[A-Z][A-Za-z]{2,}) "
        r"(?P<code>[A-Z]{0,2}\d+(?:\.\d+)?[A-Z]{0,2}\d*)(?![\w\-])",
        namecues._DEVICE: r"(?<![\w-])[A-Z][a-z]+ (?:[A-Z]?\d{1,3}[a-z]?)(?: (?:Pro|Max|Ultra|"
        r"Plus|Mini|mini|Lite|Fold|Flip|Neo|Edge|Air))+(?![\w-])",
        namecues._EVENT_NAME: rf"(?<![\w-])(?:{capword} )(?:(?:{capword}|of|on|for|and|the|de|du)"
        rf" ){{0,6}}(?:{namecues._EVENT_NOUNS})(?: (?:on|of) (?:{capword} ){{0,4}}{capword})?"
        rf"(?: \d{{4}})?(?![\w-])",
    }
    for lang, titles in namecues._TITLES.items():
        slow[namecues._TITLED[lang]] = rf"(?<![\w-])(?:{titles}) (?P<name>{namecues._PERSON})"
    texts = _piece_texts(7)
    for fast, plain in slow.items():
        assert not fast.pattern.startswith("(?<")  # no look back first: scanned for in C
        _same_scans(fast, re.compile(plain), texts)


def test_code_words_are_scanned_only_from_the_first_letters_of_known_codes():
    from extract.variants import _code_aliases, _code_words

    entries = [
        CatalogueEntry("kimi-k2", "Kimi K2", "AIModel", ("Kimi K2",)),
        CatalogueEntry("deepseek-v3.1", "DeepSeek V3.1", "AIModel", ("DeepSeek-V3.1",)),
        CatalogueEntry("openai-o3", "OpenAI o3", "AIModel", ("OpenAI o3",)),
    ]
    catalogue = Catalogue.from_entries(entries)
    codes = _code_aliases(catalogue)
    assert sorted(codes) == ["K2", "V3.1", "o3"]
    plain = re.compile(r"(?<![\w.\-])[A-Za-z]{1,2}\d+(?:\.\d+)*[A-Za-z]?\d*(?!\w|\.\w)")
    scan = _code_words(catalogue)
    assert scan is not None and scan.pattern.startswith("[KVo]")
    for text in _piece_texts(8) + ["K2 and V3.1 beat o3, not AK2 or o3.5x or K2-Base."]:
        want = [m.span() for m in plain.finditer(text) if m.group() in codes]
        assert [m.span() for m in scan.finditer(text) if m.group() in codes] == want, text
    assert _code_words(Catalogue.from_entries([])) is None  # no codes: nothing to scan for


def test_titles_and_event_names_are_found_only_when_the_text_has_a_title_or_event_noun():
    from extract.namecues import _events, _titled

    en = "Sheikh Omar bin Salem opened the Harbor Robotics Expo in Doha."
    assert _titled(en, "en") == {"Omar bin Salem": "Person"}
    assert _events(en) == {"Harbor Robotics Expo": "Event"}
    vi = "Thái tử Ali Karim dự Diễn đàn AI tại Hà Nội."
    assert _titled(vi, "vi") == {"Ali Karim": "Person"}
    plain = "Orbit Labs opened an office in Doha; Omar Salem runs it."
    assert _titled(plain, "en") == {} and _events(plain) == {}
    assert _titled("Ali Karim dự hội nghị tại Hà Nội.", "vi") == {}


def _plain_cue_before(text: str, start: int, lang: str) -> str | None:
    """`cue_before` the plain way: every cue tried against the words before `start`."""
    from extract.cues import _DESCRIPTOR_STOP, DESCRIPTOR_OK, _before

    table = _before(lang)[0]
    if start == 0 or text[start - 1] != " ":
        return None
    words = text[max(0, start - 80) : start].split()
    for skip in range(6):  # lowercase descriptors passed over between the cue and the name
        if skip:
            word = words[-skip] if len(words) >= skip else ""
            if not (word.isalpha() and word.islower()) or word in _DESCRIPTOR_STOP:
                return None
        before = " " + " ".join(words[: len(words) - skip]).lower()
        fits = [cue for cue in table if before.endswith(" " + cue)]
        fits = [cue for cue in fits if skip == 0 or cue in DESCRIPTOR_OK]
        if fits:
            return table[max(fits, key=lambda cue: len(cue.split()))]
    return None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The chipmaker Orbit Silicon hired analyst Mei Lan, CEO Sam Ode and a new model Vega.",
        ),
        (
            "vi",
            "Công ty khởi nghiệp Zeta Lab ra mắt mô hình lý luận mới Vega; nhà phân tích Lê An nói.",
        ),
    ],
)
def test_cue_before_finds_what_trying_every_cue_finds(lang, text):
    from extract.cues import cue_before

    found = [cue_before(text, at, lang) for at in range(len(text) + 1)]
    assert found == [_plain_cue_before(text, at, lang) for at in range(len(text) + 1)]
    assert any(found)  # the texts do hold cues
