"""Lowercase once, then match case-sensitively: the same answers as IGNORECASE.

Phrases and sentences are written for these tests.
"""

from __future__ import annotations

import random
import re

import pytest

from extract.dates import _EN, _VI, _resolve, find_dates
from extract.folding import caseless_twin, may_hold, plain_char, plain_lower
from extract.relations.plans import _index
from extract.relations.rules import between_words

ODD = ["ı", "ſ", "İ", "K", "ẛ", "Σ", "ς", "µ"]  # letters whose case folding is not plain


def _rules():
    return list({cr.rule.name: cr for rules in _index().values() for cr in rules}.values())


def test_plain_char_takes_latin_letters_and_uncased_marks_only():
    assert plain_char("Đ") == "đ" and plain_char("Ữ") == "ữ" and plain_char("K") == "k"
    assert plain_char("–") == "–" and plain_char("7") == "7"
    assert plain_char("σ") is None  # Greek: folds by context
    assert plain_char("ı") is None and plain_char("ſ") is None


def test_plain_lower_steps_aside_for_letters_that_fold_unusually():
    assert plain_lower("Công ty ĐỔI tên") == "công ty đổi tên"
    assert plain_lower("İstanbul") is None  # two chars once lowercased
    assert plain_lower("acquıred") is None and plain_lower("ſigned") is None


def test_may_hold_finds_words_in_any_case_and_says_so_when_unsure():
    words = ("download", "có sẵn")
    assert may_hold("weights to DOWNLOAD", words)
    assert may_hold("hiện CÓ SẴN trên", words)
    assert not may_hold("launched a new model", words)
    assert not may_hold("", words)
    assert may_hold("dıwnload", words)  # a dotless i: cannot tell, so True


@pytest.mark.parametrize("seed", range(3))
def test_may_hold_is_never_false_where_the_regex_matches(seed):
    rng = random.Random(seed)
    words = ("is", "kit", "đăng tải", "go up")
    rx = re.compile("|".join(map(re.escape, words)), re.IGNORECASE)
    pieces = ["i", "s", "k", "t", "go", " ", "up", "đăng", "tải", "ĐĂNG", "x", *ODD]
    for _ in range(3000):
        text = "".join(rng.choices(pieces, k=rng.randint(0, 8)))
        if rx.search(text):
            assert may_hold(text, words), text


def test_caseless_twin_lowercases_literals_and_keeps_escapes_and_groups():
    pattern = r"(?P<mon>March|Mar\.?)\s+(?:\d{1,2})(?!\w)[./]?"
    twin = caseless_twin(re.compile(pattern, re.IGNORECASE))
    assert twin is not None and twin.pattern == r"(?P<mon>march|mar\.?)\s+(?:\d{1,2})(?!\w)[./]?"
    assert twin.groupindex == {"mon": 1}


@pytest.mark.parametrize(
    "pattern",
    [r"[A-Z]\w+", r"(?i:x)", r"(\w)\1", r"\x41", r"(?P<Mon>x)", r"σ", r"[ı]", r"(?>ab)"],
)
def test_caseless_twin_refuses_what_it_does_not_model(pattern):
    assert caseless_twin(re.compile(pattern, re.IGNORECASE)) is None


def test_caseless_twin_only_stands_in_for_a_pattern_that_ignores_case():
    assert caseless_twin(re.compile("may")) is None  # case-sensitive: "May" must not match
    assert caseless_twin(re.compile("^may$", re.IGNORECASE | re.MULTILINE)) is None


def test_every_rule_and_both_date_patterns_have_a_twin():
    assert all(cr.twin is not cr.between for cr in _rules())
    assert caseless_twin(_EN) is not None and caseless_twin(_VI) is not None


def _vocabulary() -> list[str]:
    words = {"the", "new", "model", "mô", "hình", "(", ")", ",", "'s", "-", "x1"}
    for cr in _rules():
        body = re.sub(r"\\.|\[[^]]*\]|\{[^}]*\}|\(\?[:!=<]+|[()|?*+^$]", " ", cr.rule.between)
        words |= {w for w in body.lower().split() if len(w) < 20}
    return sorted(words)


@pytest.mark.parametrize("seed", range(3))
def test_a_rule_twin_matches_exactly_where_the_rule_matches(seed):
    rng = random.Random(seed)
    vocab = _vocabulary()
    rules = _rules()
    for _ in range(400):
        words = between_words(" ".join(rng.choices(vocab, k=rng.randint(0, 6))))
        for cr in rng.sample(rules, 40):
            assert bool(cr.twin.match(words)) == bool(cr.between.match(words)), (
                cr.rule.name,
                words,
            )


_DATE_PIECES = {
    "en": ["In", "March", "MAY", "may", "5", "2024", "Monday", "LAST", "week", "this", "year",
           "Jan.", "the", "Times", "said", ",", "-", "01", "2025-02-03", "early"],
    "vi": ["Tháng", "tháng", "11", "năm", "2023", "NĂM", "NAY", "hôm", "qua", "ngày", "3/4",
           "Thứ", "Hai", "tuần", "trước", "vào", "2019", "cho", "biết", ",", "."],
}  # fmt: skip


def _by_ignorecase(text: str, lang: str) -> list[tuple[int, int, str]]:
    """`find_dates` the plain way: the IGNORECASE pattern on the text as written."""
    out = []
    for m in (_VI if lang == "vi" else _EN).finditer(text):
        value = _resolve(m, lang, "2025-03-12", text)
        if value:
            out.append((m.start(), m.end(), value))
    return out


@pytest.mark.parametrize("lang", ["en", "vi"])
def test_find_dates_by_the_twin_agrees_with_the_ignorecase_scan(lang):
    rng = random.Random(5)
    found = 0
    for _ in range(1500):
        pieces = _DATE_PIECES[lang] + (ODD if rng.random() < 0.2 else [])
        text = " ".join(rng.choices(pieces, k=rng.randint(1, 10)))
        got = [(d.start, d.end, d.value) for d in find_dates(text, lang, "2025-03-12")]
        assert got == _by_ignorecase(text, lang), text
        found += bool(got)
    assert found > 250  # the invented texts do hold dates ("2023 năm trước" is a count, not one)


_ATOMS = ["a", "B", "ấ", "Đ", "s", "K", "i", r"\d", r"\w", r"\s", r"\b", r"\.", "[aB]", "[^k]",
          "[0-3]", ".", " ", "-"]  # fmt: skip


def _random_pattern(rng: random.Random, depth: int = 0) -> str:
    """A random regex over a few letters of both cases, classes and escapes."""
    kind = rng.choice(["atom", "atom", "seq", "alt", "rep", "look"][: 2 if depth > 2 else 6])
    if kind == "atom":
        return rng.choice(_ATOMS)
    if kind == "seq":
        return "".join(_random_pattern(rng, depth + 1) for _ in range(rng.randint(2, 3)))
    if kind == "alt":
        return "(?:" + "|".join(_random_pattern(rng, depth + 1) for _ in range(2)) + ")"
    if kind == "rep":
        return "(" + _random_pattern(rng, depth + 1) + ")" + rng.choice(["?", "*", "{1,2}", "+?"])
    return rng.choice(["(?=", "(?!", "(?<!"]) + rng.choice(_ATOMS) + ")"


@pytest.mark.parametrize("seed", range(4))
def test_a_twin_finds_what_its_pattern_finds_on_text_that_lowercases_plainly(seed):
    rng = random.Random(seed)
    chars = "aAbBsSkKiIấẤđĐ0123 .-_" + "".join(ODD)
    checked = 0
    for _ in range(300):
        rx = re.compile(_random_pattern(rng), re.IGNORECASE)
        twin = caseless_twin(rx)
        assert twin is not None, rx.pattern
        for _ in range(20):
            text = "".join(rng.choices(chars, k=rng.randint(0, 12)))
            low = plain_lower(text)
            if low is None:
                continue
            groups = range(rx.groups + 1)
            want = [[m.span(g) for g in groups] for m in rx.finditer(text)]
            got = [[m.span(g) for g in groups] for m in twin.finditer(low)]
            assert got == want, (rx.pattern, text)
            checked += bool(want)
    assert checked > 1000  # texts where the pattern does match
