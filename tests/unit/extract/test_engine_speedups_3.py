"""The cue-word prefilter of the pair rules is exact: it only skips rules that cannot match.

Phrases and sentences are written for these tests.
"""

from __future__ import annotations

import random
import re

import pytest

import extract.relations.rules as engine
from extract.relations.prefilter import anchor_words, folds_plainly
from extract.relations.rules import _index, between_words, match_pairs
from extract.spans import Candidate, Found


def _rules():
    seen = {}
    for rules in _index().values():
        for cr in rules:
            seen[cr.rule.name] = cr
    return list(seen.values())


def _vocabulary() -> list[str]:
    """Words the rules are written with, plus filler words and punctuation."""
    words = {"the", "new", "model", "company", "mô", "hình", "mới", "một", "năm", "ngoái"}
    words |= {"(", ")", ",", "-", "–", ";", ":", "'", "'s"}
    for cr in _rules():
        body = re.sub(r"\\.|\[[^]]*\]|\{[^}]*\}|\(\?[:!=<]+|[()|?*+^$]", " ", cr.rule.between)
        words |= {w for w in body.lower().split() if len(w) < 20}
    return sorted(words)


def test_anchor_words_of_a_verb_cue_and_of_fillers_only():
    pattern = r"^ (?:\S+ ){0,3}(?:has |had )?(?:rolled out|launched|ra mắt) (?:\S+ ){0,2}$"
    assert anchor_words(pattern) == frozenset({"rolled", "launched", "mắt"})
    assert anchor_words(r"^ (?:\S+ ){0,3}$") is None  # anything short: no cue word
    assert anchor_words(r"^ (?:, )?$") is None  # may be empty


def test_anchor_words_gives_up_on_what_it_does_not_model():
    assert anchor_words(r"^ (\S+) \1 $") is None  # a back-reference
    assert anchor_words(r"^ (?i:x) $") is None  # inline flags
    assert anchor_words(r"^ σ $") is None  # a Greek letter: case folding not modelled


def test_anchor_words_reads_classes_optional_letters_and_lookarounds():
    assert anchor_words(r"^ (?!not )(?:\S+ )?licen[cs]es? for $") == frozenset(
        {"licence", "licences", "license", "licenses"}
    )
    title = anchor_words(r"^ (?:a |the )?gi?ám đốc (?<!cựu )(?:\S+ ){0,2}$")
    assert title and "the" not in title and "a" not in title
    assert not title.isdisjoint(["giám", "đốc", "điều", "hành"])
    assert not title.isdisjoint(["the", "gám", "đốc"])
    assert title.isdisjoint(["the", "chief", "of"])
    assert anchor_words(r"^ \( $") == frozenset({"("})


def test_folds_plainly_refuses_letters_that_fold_onto_others():
    assert folds_plainly(" chủ sở hữu của ")
    assert folds_plainly(" acquired the ")
    assert not folds_plainly(" acquıred ")  # dotless i matches "i" under IGNORECASE
    assert not folds_plainly(" ſigned ")  # long s matches "s"


def test_most_rules_have_anchors():
    rules = _rules()
    anchored = [cr for cr in rules if cr.anchors is not None]
    assert len(anchored) >= 0.8 * len(rules)


@pytest.mark.parametrize("seed", range(4))
def test_a_rule_the_prefilter_rejects_never_matches(seed):
    """For every rule and many invented between-texts: regex match implies an anchor present."""
    rng = random.Random(seed)
    vocab = _vocabulary()
    rules = [cr for cr in _rules() if cr.anchors is not None]
    texts = [between_words("")]
    for _ in range(1500):
        texts.append(between_words(" ".join(rng.choices(vocab, k=rng.randint(1, 7)))))
    matched = 0
    for cr in rules:
        for words in texts:
            if cr.between.match(words):
                matched += 1
                assert cr.anchors & set(words.split()), (cr.rule.name, words)
    assert matched > 200  # the invented texts do reach the rules


def _found(start: int, text: str, type_: str, ident: str) -> Found:
    return Found(start, start + len(text), text, [Candidate(ident, text, type_)])


SENTENCES = [
    ("en", "Zentra Labs quietly rolled out Kestrel-2, and Orbis AI later acquired Zentra Labs."),
    ("en", "Halvard Chips, a rival of Norsk Silicon, sells the V9 accelerator to Orbis AI."),
    ("en", "Orbis AI 's Kestrel-2 beat Falcon Nine on the Arena leaderboard, said Mara Quist."),
    ("en", "Orbis AI quietly acquıred Zentra Labs last spring."),  # a dotless i
    ("vi", "Công ty Minh Long đã ra mắt mô hình Sao Mai, do Minh Long hợp tác với Bắc Hà."),
    ("vi", "Sao Mai vượt qua Kestrel-2 và được Bắc Hà tích hợp vào nền tảng Vân Đài."),
]
TYPES = {
    "Zentra Labs": "Organization",
    "Orbis AI": "Organization",
    "Halvard Chips": "Organization",
    "Norsk Silicon": "Organization",
    "Minh Long": "Organization",
    "Bắc Hà": "Organization",
    "Kestrel-2": "AIModel",
    "Falcon Nine": "AIModel",
    "Sao Mai": "AIModel",
    "V9": "Hardware",
    "Arena": "Benchmark",
    "Mara Quist": "Person",
    "Vân Đài": "Product",
}


def _mentions(text: str) -> list[Found]:
    rx = re.compile("|".join(re.escape(n) for n in sorted(TYPES, key=len, reverse=True)))
    return [
        _found(m.start(), m.group(), TYPES[m.group()], m.group().lower()) for m in rx.finditer(text)
    ]


def _summary(matches):
    return [(m.rule.name, m.source.text, m.target.text, m.start, m.end) for m in matches]


@pytest.mark.parametrize("lang, text", SENTENCES)
def test_match_pairs_with_and_without_the_prefilter_agree(lang, text, monkeypatch):
    mentions = _mentions(text)
    fast = _summary(match_pairs(text, lang, mentions))
    monkeypatch.setattr(engine, "folds_plainly", lambda words: False)  # every rule, every pair
    slow = _summary(match_pairs(text, lang, mentions))
    assert fast == slow
    assert fast  # the sentences do fire rules


def _between_words_by_translate(text: str) -> str:
    """`between_words` as first written: one str.translate, then lowercase and split."""
    spaced = str.maketrans({**{c: f" {c} " for c in '(),;:"“”‘[]–—'}, "’": "'"})
    return " " + " ".join(text.translate(spaced).lower().split()) + " "


@pytest.mark.parametrize(
    "text",
    [
        " OpenAI’s (Chủ SỞ hữu; “Zeta”) — ",
        "",
        "   ",
        " , a unit of [Kora Labs]: ",
        "ΑΣ:Β",  # a final sigma before punctuation: lowercased after the spacing
        " İstanbul’s – based ",
    ],
)
def test_between_words_keeps_its_first_definition(text):
    assert between_words(text) == _between_words_by_translate(text)


def test_the_anchor_test_steps_aside_for_letters_that_fold_onto_others():
    # a dotless i folds onto "i" under IGNORECASE: the anchor test must step aside
    words = between_words(" has acquıred ")
    assert not folds_plainly(words)
    owns = next(cr for cr in _rules() if cr.rule.name == "owns.en.verb")
    assert owns.between.match(words) and not owns.anchors & set(words.split())


_PIECES = ["ab", "b", "ca", "bca", "a", ",", "(", "é"]


def _random_cue(rng: random.Random, depth: int = 0) -> str:
    """A random `between`-style regex body over a tiny vocabulary (ends with a space)."""
    kind = rng.choice(["word", "word", "alt", "opt", "filler", "class", "look"][: 7 - depth])
    if kind == "word":
        return re.escape(rng.choice(_PIECES)) + " "
    if kind == "alt":
        return "(?:" + "|".join(_random_cue(rng, depth + 1) for _ in range(rng.randint(2, 3))) + ")"
    if kind == "opt":
        return "(?:" + _random_cue(rng, depth + 1) + ")" + rng.choice(["?", "*", "{1,2}", "+"])
    if kind == "filler":
        return rf"(?:\S+ ){{0,{rng.randint(1, 3)}}}"
    if kind == "class":
        return rng.choice(["[ab]c ", "c[ab]? ", "[^a]b ", "b[a-c] "])
    return rng.choice(["(?!ab )", "(?<!b )"]) + _random_cue(rng, depth + 1)


@pytest.mark.parametrize("seed", range(3))
def test_anchor_words_hold_for_random_cue_patterns(seed):
    """Invented patterns and texts: whenever a pattern matches, one of its anchors is there."""
    rng = random.Random(seed)
    texts = [" " + " ".join(rng.choices(_PIECES + ["bc", "c"], k=rng.randint(0, 5))) + " "]
    texts += [
        " " + " ".join(rng.choices(_PIECES + ["bc", "c"], k=rng.randint(1, 5))) + " "
        for _ in range(400)
    ]
    checked = 0
    for _ in range(150):
        body = "".join(_random_cue(rng) for _ in range(rng.randint(1, 3)))
        pattern = "^ " + body + "$"
        anchors = anchor_words(pattern)
        if anchors is None:
            continue
        rx = re.compile(pattern, re.IGNORECASE)
        for words in texts:
            if rx.match(words):
                checked += 1
                assert anchors & set(words.split()), (pattern, words, anchors)
    assert checked > 100
