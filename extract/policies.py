"""Policies named by what they do: "Dutch export controls", "lệnh cấm xuất khẩu chip H20".

Beyond the catalogue's names, news names a rule by a head noun (rules, ban,
controls, licence requirement, law; lệnh cấm, quy định, luật, đạo luật, biện
pháp kiểm soát...) and the words that say what it covers or who made it:
English puts them before the head ("the new Dutch export controls"),
Vietnamese after it ("quy định cấp phép mới"). Such a phrase is a Policy
mention when one of those words says what the rule is about (a domain word
such as export, chip, licensing; xuất khẩu, giấy phép) or names a product it
covers ("H20 licence requirement", "lệnh cấm xuất khẩu chip H20"). Plain
adjectives (new, tighter; mới) may stand in the phrase but do not make one.
What entity the phrase names is `policy_names.referent`'s choice.

A maker written inside the phrase ("Dutch", "US", "Commerce Department") and a
product it covers become the phrase's inner mentions: the name itself then says
who issued the rule and what it restricts (`relations.sentence.inner_names`,
`relations.policy_facts`).

The `racegraph_policies` component adds, in this order, the licence
requirements stated as clauses (`licences.requirements`), these phrases, and
short references to policies (`policy_references`).

>>> [m.group() for m in head_nouns("the new Dutch export controls and the rules", "en")]
['controls', 'rules']
"""

from __future__ import annotations

import re
from bisect import bisect_left

from spacy.language import Language
from spacy.tokens import Doc

from extract.catalogue import Catalogue, load_catalogue
from extract.licences import GOVERNMENT, mentions_licence, requirements
from extract.policy_names import PLAIN, STATES, Phrase, catalogue_cores, referent
from extract.policy_references import policy_references
from extract.spans import Candidate, Found, state

__all__ = ["PolicyPhrases", "head_nouns", "policy_phrases"]

_EN_HEAD = re.compile(
    r"\b(?:[Rr]equirements?|[Rr]egulations?|[Rr]estrictions?|[Cc]ontrols|[Cc]urbs?|[Bb]ans?|"
    r"[Ee]mbargo(?:es)?|[Rr]ules?|[Gg]uidance|[Ll]aws?|[Mm]easures|[Ss]anctions|[Rr]egime|"
    r"[Bb]lacklist)\b(?![\w-])"
)
_VI_HEAD = re.compile(
    r"(?<![\w])(?:[Ll]ệnh cấm vận|[Ll]ệnh cấm|[Ll]ệnh hạn chế|[Ll]ệnh kiểm soát|[Ll]ệnh trừng phạt|"
    r"[Bb]iện pháp kiểm soát|[Bb]iện pháp hạn chế|[Bb]ộ quy tắc|[Qq]uy định|[Qq]uy tắc|"
    r"[Đđ]ạo luật|[Dd]ự luật|[Ll]uật|[Ss]ắc lệnh|[Dd]anh sách đen|[Dd]anh sách|[Bb]iện pháp|"
    r"[Hh]ướng dẫn)(?![\w])"
)
# where a head may start: each head's first letters, both cases (found with str.find)
_STEMS = {
    "en": ("requirement", "regulation", "restriction", "control", "curb", "ban", "embargo",
           "rule", "guidance", "law", "measure", "sanction", "regime", "blacklist"),
    "vi": ("lệnh", "biện pháp", "bộ quy tắc", "quy định", "quy tắc", "đạo luật", "dự luật",
           "luật", "sắc lệnh", "danh sách", "hướng dẫn"),
}  # fmt: skip
# words saying what a rule is about: one of them (or a product) makes the phrase a policy
_EN_TOPIC = frozenset([
    "export", "exports", "import", "imports", "chip", "chips", "semiconductor",
    "semiconductors", "licence", "license", "licensing", "diffusion", "investment", "outbound",
    "divestiture", "sales", "shipment", "shipments", "technology", "tech", "trade",
    "lithography", "equipment", "memory", "hbm", "gpu", "gpus", "ai", "entity", "end-use",
    "end-user", "foreign-direct-product", "de-minimis",
])  # fmt: skip
_VI_TOPIC_END = re.compile(
    r"(?<!\w)(?:xuất khẩu|nhập khẩu|chip|bán dẫn|AI|giấy phép|cấp phép|công nghệ|đầu tư|"
    r"thoái vốn|trí tuệ nhân tạo|kiểm soát|hạn chế|thực hành|dữ liệu|thực thể|in thạch bản)$",
    re.IGNORECASE,
)
# a short quoted name right after the head: 'quy tắc "lan tỏa AI"', "luật “chip”"
_VI_QUOTED = re.compile(r' (?:"[^".,;:()]{1,40}"|“[^”".,;:()]{1,40}”)(?=[\s,.;:)]|$)')
_VI_PLAIN = re.compile(r"(?:mới|mới nhất|hiện hành|gắt gao|nghiêm ngặt|chặt chẽ|hiện nay)$")
# words that end a Vietnamese head's modifiers
_VI_STOP = frozenset([
    "của", "mà", "đối", "với", "sang", "cho", "đã", "vẫn", "sẽ", "đang", "có", "là", "được",
    "bị", "vào", "từ", "trong", "khi", "và", "hoặc", "nhưng", "này", "đó", "ấy", "nhằm", "lên",
    "tại", "ở", "do", "theo", "nên", "thì", "cũng", "không", "chưa", "vừa", "trước", "sau",
    "hồi", "năm", "tháng", "ngày", "như", "gồm", "để", "nhất", "rất", "bởi", "nào", "kể",
    "đều", "các", "những", "một", "hai", "ba", "cả", "phải", "cùng",
])  # fmt: skip
_POSSESSIVE = ("'s", "’s")
# heads that say what they are about by themselves
_SELF_TOPICAL = re.compile(r"(?:[Bb]lacklist|[Dd]anh sách đen)$")
_ON = re.compile(r" on (?:the |its |their )?")


def _state_of(found: Found, catalogue: Catalogue) -> str | None:
    """The state a maker mention stands for: a place, or a government body's country."""
    c = found.best
    if c.type == "Location":
        return STATES.get(found.text.lower(), c.id)
    entry = catalogue.entries.get(c.id)
    if c.type == "Organization" and GOVERNMENT.search(c.name) and entry is not None:
        return entry.country
    return None


def _english(
    text: str, a: int, b: int, starts: dict[int, Found], ends: dict[int, Found], catalogue
) -> list[Phrase]:
    """Readings of the English phrase whose head is text[a:b], the longest first.

    Premodifiers are read right to left. A product after "on" ("export controls on
    HBM") makes a longer reading that may only name a catalogue policy.
    """
    pos, first, topical = a, a, _SELF_TOPICAL.match(text, a, b) is not None
    phrase = Phrase(a, b)
    for _ in range(5):
        if pos < 2 or text[pos - 1] != " ":
            break
        m = ends.get(pos - 1)
        if m is not None:
            if m.ref or m.type not in ("Location", "Organization", "Hardware", "Product"):
                break
            maker = _state_of(m, catalogue) if m.type != "Hardware" else None
            if m.type == "Organization" and maker is None:
                break  # "the Huawei ban": a company before the head is no maker we can tell
            if maker is not None:
                phrase.maker = maker
            topical = topical or maker is None
            phrase.inner.insert(0, m)
            pos = first = m.start
            continue
        w0 = text.rfind(" ", 0, pos - 1) + 1
        word = text[w0 : pos - 1]
        low = word.lower()
        if word.endswith(_POSSESSIVE):
            owner = ends.get(pos - 1 - 2)
            if owner is not None and not owner.ref:
                maker = _state_of(owner, catalogue)
                if maker is not None:
                    phrase.maker, phrase.maker_text, phrase.possessive = maker, owner.text, True
            break
        if low in STATES and word[:1].isupper() and low not in ("us", "eu", "uk"):
            state_id = STATES[low]
            entry = catalogue.entries.get(state_id)
            if entry is None:
                break
            cand = Candidate(state_id, entry.name, "Location", "catalogue", 0.9)
            phrase.inner.insert(0, Found(w0, pos - 1, word, [cand]))
            phrase.maker = state_id
        elif low in _EN_TOPIC:
            topical = True
        elif low not in PLAIN:
            break
        pos = w0
        if low not in PLAIN:
            first = w0
    phrase.start = first
    # "the blacklist" alone is only the one a catalogue knows by that name
    phrase.catalogue_only = first == a and _SELF_TOPICAL.match(text, a, b) is not None
    readings = [phrase] if topical else []
    on = _ON.match(text, b)
    product = starts.get(on.end()) if on else None
    if product is not None and product.type == "Hardware" and not product.ref:
        longer = Phrase(first, product.end, [*phrase.inner, product], phrase.maker)
        longer.maker_text, longer.possessive = phrase.maker_text, phrase.possessive
        longer.catalogue_only = True
        readings.insert(0, longer)
    return readings


def _vietnamese(
    text: str, a: int, b: int, starts: dict[int, Found], end: int, catalogue: Catalogue
) -> list[Phrase]:
    """The Vietnamese phrase whose head is text[a:b], if any (modifiers read left to right).

    The phrase ends with its last topic word or product, and the plain adjectives
    after it; a maker may follow ("... của Hà Lan").
    """
    pos, last = b, b if _SELF_TOPICAL.match(text, a, b) else None
    inner: list[Found] = []
    quoted = _VI_QUOTED.match(text, b)
    if quoted is not None:  # 'quy tắc "lan tỏa AI"': the quoted words name the rule
        pos = last = quoted.end()
    for _ in range(8):
        if pos >= end or text[pos : pos + 1] != " ":
            break
        m = starts.get(pos + 1)
        if m is not None:
            if m.ref or m.type not in ("Hardware", "Product", "Organization"):
                break
            inner.append(m)
            pos = last = m.end
            continue
        w1 = pos + 1
        while w1 < end and not text[w1].isspace() and text[w1] not in ',.;:()"“”':
            w1 += 1
        word = text[pos + 1 : w1]
        if not word or word.lower() in _VI_STOP or (word[:1].isupper() and word != "AI"):
            break
        pos = w1
        if (
            _VI_TOPIC_END.search(text, b, w1)
            or last is not None
            and _VI_PLAIN.match(text, last + 1, w1)
        ):
            last = w1
    if last is None:
        return []
    phrase = Phrase(a, last, [m for m in inner if m.end <= last])
    phrase.catalogue_only = last == b  # "danh sách đen" alone (see `_english`)
    if text.startswith(" của ", last):
        m = starts.get(last + 5)
        if m is not None and not m.ref:
            phrase.maker = _state_of(m, catalogue)
            phrase.maker_text = m.text if phrase.maker else ""
    return [phrase]


def head_nouns(text: str, lang: str) -> list[re.Match[str]]:
    """The policy head nouns of `text` ("controls", "rules", "lệnh cấm", "quy định"...).

    The same as `finditer` of the head regex, found faster: `str.find` of each
    head's start, then the regex at those places only; a head inside an earlier
    one ("luật" in "đạo luật") is left out, as `finditer` would.
    """
    rx = _VI_HEAD if lang == "vi" else _EN_HEAD
    found = []
    for stem in _STEMS.get(lang, _STEMS["en"]):
        for word in (stem, stem[0].upper() + stem[1:]):
            at = text.find(word)
            while at >= 0:
                m = rx.match(text, at)
                if m is not None:
                    found.append(m)
                at = text.find(word, at + 1)
    found.sort(key=lambda m: (m.start(), -m.end()))
    out: list[re.Match[str]] = []
    for m in found:
        if not out or m.start() >= out[-1].end():
            out.append(m)
    return out


def policy_phrases(
    text: str,
    lang: str,
    mentions: list[Found],
    catalogue: Catalogue,
    cores: dict[tuple[str, frozenset[str]], set[str]],
    heads: list[re.Match[str]],
    sentence_of,
) -> list[Found]:
    """The document's mentions, with its policy phrases added (see module doc).

    `cores` maps a catalogue policy's (family, core words) to its ids (`catalogue_cores`);
    `heads` are the head nouns of the text (`head_nouns`).
    """
    if not heads:
        return mentions
    starts = {m.start: m for m in mentions}
    ends = {m.end: m for m in mentions}
    begins = [m.start for m in mentions]
    named = [m for m in mentions if m.type == "Policy"]
    new: list[Found] = []
    for h in heads:
        a, b = h.span()
        if lang == "vi":
            readings = _vietnamese(text, a, b, starts, len(text), catalogue)
        else:
            readings = _english(text, a, b, starts, ends, catalogue)
        for phrase in readings:
            covered = _covered(mentions, begins, phrase)
            if covered is None:
                continue
            same = covered[0] if covered else None
            cand = referent(text, phrase, same, catalogue, cores, named)
            if cand is None:
                continue
            if same is not None and (same.start, same.end) == (phrase.start, phrase.end):
                same.candidates, same.chosen = [cand], 0
                break
            f = Found(
                phrase.start, phrase.end, text[phrase.start : phrase.end], [cand],
                sentence_of(phrase.start), inner=phrase.inner + covered,
            )  # fmt: skip
            for m in f.inner:
                m.sentence = f.sentence
            new.append(f)
            named.append(f)
            break
    if not new:
        return mentions
    drop = {id(m) for f in new for m in f.inner}
    return sorted([m for m in mentions if id(m) not in drop] + new, key=lambda m: m.start)


def _covered(mentions: list[Found], begins: list[int], phrase: Phrase) -> list[Found] | None:
    """The policy mention a phrase covers besides its inner ones ([] if none; None: a clash).

    A phrase may hold its maker, its product and one policy it names in full
    ("Dutch [export controls]"), nothing else.
    """
    k = bisect_left(begins, phrase.start)
    while k and mentions[k - 1].end > phrase.start:
        k -= 1
    inner = {id(m) for m in phrase.inner}
    out = []
    while k < len(mentions) and mentions[k].start < phrase.end:
        m = mentions[k]
        k += 1
        if id(m) in inner:
            continue
        if m.type != "Policy" or m.start < phrase.start or m.end > phrase.end or out:
            return None
        out.append(m)
    return out


def _by_sentence(sentences, mentions: list[Found]):
    """(sentence, its mentions) for each sentence that has mentions."""
    groups: dict[int, list[Found]] = {}
    for m in mentions:
        groups.setdefault(m.sentence, []).append(m)
    return [(sentences[i], ms) for i, ms in groups.items()]


class PolicyPhrases:
    """Pipeline component: licence requirements, policy phrases and short references to
    policies into `doc._.rg.mentions`."""

    def __init__(self, catalogue: Catalogue):
        self.catalogue = catalogue
        self.cores = catalogue_cores(catalogue)

    def __call__(self, doc: Doc) -> Doc:
        st = state(doc)
        if mentions_licence(st.text):
            said: list[Found] = []
            for s, ms in _by_sentence(st.sentences, st.mentions):
                said += requirements(st.text, st.language, s, ms, self.catalogue)
            st.mentions = sorted(st.mentions + said, key=lambda m: m.start)
        heads = head_nouns(st.text, st.language)
        st.mentions = policy_phrases(
            st.text, st.language, st.mentions, self.catalogue, self.cores, heads, st.sentence_of
        )
        refs = policy_references(st.text, st.language, st.mentions, heads, st.sentence_of)
        if refs:
            st.mentions = sorted(st.mentions + refs, key=lambda m: m.start)
        return doc


@Language.factory("racegraph_policies", default_config={"catalogue_path": None})
def make_policy_phrases(nlp: Language, name: str, catalogue_path: str | None) -> PolicyPhrases:
    return PolicyPhrases(load_catalogue(catalogue_path))
