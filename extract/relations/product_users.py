"""What a product runs on, its maker uses: "Khanmigo runs on GPT-4", "MISA AVA chạy trên ...".

News often tells what a company uses through the product that does the using: the
tutor app runs on a model, the cloud service runs on chips, the phone runs a chip
("Magic7 Pro chạy Snapdragon 8 Elite", "GPU Merdeka, dịch vụ đám mây của Lintasarta,
chạy trên chip H100"). USES takes an organisation as the user, so the use goes to the
product's maker:

- the organisation the sentence gives as the product's owner ("của Lintasarta",
  "Tencent's Weixin");
- else the organisation a DEVELOPED or OWNS fact of the document gives it (of several,
  the one the catalogue records as its developer);
- else the developer the catalogue records, when the document names it.

Only a product that is the user counts: one that opens its clause (maybe after an
opening adverbial, a head noun such as "dịch vụ" or "the research edition of the", or
a verb of saying), or one the use is told of in a clause attached to it (", vốn chạy
trên", ", a consumer app built on", ", nền tảng hạ tầng sử dụng"). A product after a
preposition ("runs on Azure", "tích hợp vào Weixin") is what is used, or where, and a
name the verb puts something into ("tích hợp R1 vào Weixin") is no thing used. A model
the maker made itself is how its product serves it (HOSTS), not a use.
"""

from __future__ import annotations

import re

from extract.catalogue import Catalogue
from extract.relations.document_makers import _credited
from extract.relations.lexicon import PairRule
from extract.relations.named import stand_in
from extract.relations.negation import undenied
from extract.relations.rules import Match, groups
from extract.spans import Candidate, Fact, Found

__all__ = ["product_users"]

RULE = PairRule("uses.product_maker", "USES", "*", "", confidence=0.6)

_USE = {
    "en": r"(?:runs on|ran on|run on|running on|runs|ran|run|uses|used|use|using|(?:is |was |are |were )?"
    r"(?:built|based|trained|running|developed) (?:on|upon|around|with)|(?:is |was |are |were )?"
    r"powered by|relies on|relied on|relying on|draws on|taps|tapped|integrates|integrated|"
    r"combines|combined)",
    "vi": r"(?:chạy trên|chạy bằng|chạy|vận hành trên|vận hành bằng|dùng|sử dụng|dựa trên|"
    r"được xây dựng trên|xây dựng trên|được phát triển trên|tích hợp|được tích hợp|kết hợp|"
    r"được trang bị|trang bị|được bổ sung|được hỗ trợ bởi|được huấn luyện trên)",
}
_ADVERBS = {
    "en": r"(?:(?:which|that|also|now|still|already|reportedly|currently|initially|mostly|"
    r"largely|will|would|can|has|have|had|been|is|was)\s+){0,3}",
    "vi": r"(?:(?:vốn|cũng|đã|đang|hiện|vẫn|sẽ|đều|chủ yếu|mới|bắt đầu|thử nghiệm|từng|vừa|"
    r"chính thức|được)\s+){0,3}",
}
# up to a few words between the verb and the thing used ("trên hàng nghìn GPU", "on
# Nvidia's"), none a preposition of destination or of contrast
_FILL = {
    "en": r"(?:(?!(?:into|onto|for|to|than|rather|instead|unlike|not)\s)[^\s,;()]+\s+){0,4}",
    "vi": r"(?:(?!(?:vào|cho|tới|thay|hơn|chứ|không)\s)[^\s,;()]+\s+){0,6}",
}
_PAREN = r"(?:\s*\([^()]{0,40}\))?"


def _use_after(lead: str) -> dict[str, re.Pattern[str]]:
    """Per language: the product, `lead`, then a verb of use and what it uses, to the end."""
    return {
        lang: re.compile(
            _PAREN + lead + _ADVERBS[lang] + _USE[lang] + r"\s+" + _FILL[lang] + r"$",
            re.IGNORECASE,
        )
        for lang in ("en", "vi")
    }


# the use told in a clause attached to the product: ", vốn chạy trên", ", a consumer app
# built on" (past a closed apposition, a verb is the clause subject's: see `_SUBJECT`)
_ATTACHED = _use_after(r"\s*,\s+(?:[^\s,;()]+\s+){0,6}?")
# the product opens its clause: its own verb, maybe past "của X", a short reduced relative
# ("bán tại Trung Quốc"), a closed apposition (", dịch vụ đám mây của X, chạy trên") or a
# clause closed by a comma
_SUBJECT = _use_after(r"(?:\s+(?:[^\s,;()]+\s+){0,4}?|\s*,\s+[^;]{1,120}?,\s+|[^;]{1,120}?,\s+)")
# a verb of saying opens a clause of its own ("Lei Jun said every YU7 uses ...")
_SAID = re.compile(
    r"\b(?:said|says|added|noted|cho biết|cho hay|khẳng định|tiết lộ)\s+(?:that\s+|rằng\s+|là\s+)?"
)
# a name standing after these is the product's owner
_OWNER_BEFORE = re.compile(r"(?:\bcủa|\bthuộc|\bof|\bby|\bbởi)\s+(?:hãng |công ty |tập đoàn )?$")
# a name right after these is where something goes, or what is used, not the user
_PLACE_BEFORE = re.compile(
    r"\b(?:on|in|into|onto|to|for|from|with|via|through|trên|vào|cho|với|từ|qua|lên)\s+"
    r"(?:[^\s,.:;]+\s+){0,2}$",
    re.IGNORECASE,
)
_TARGETS = frozenset({"Hardware", "AIModel", "Product"})
_NAMED = frozenset({"Organization", "Person", "AIModel", "Product"})
_CUE = {
    "en": re.compile(
        r"\b(?:run|ran|use|using|built|based|trained|powered|reli|draws|tap|"
        r"integrat|combin|developed)",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"chạy|vận hành|dùng|dụng|dựa trên|xây dựng trên|tích hợp|kết hợp|"
        r"trang bị|bổ sung|hỗ trợ bởi|huấn luyện trên|phát triển trên",
        re.IGNORECASE,
    ),
}


def product_users(
    catalogue: Catalogue, st, by_sentence: dict[int, list[Found]], facts: list[Fact]
) -> list[tuple[int, Match]]:
    """(sentence, match) giving each use a product makes to the product's maker."""
    lang = st.language
    if lang not in _USE:
        return []
    text = st.text
    cue = _CUE[lang]
    owners: dict[str, list[Fact]] = {}
    made: set[tuple[str, str]] = set()
    for f in facts:
        if f.type in ("DEVELOPED", "OWNS") and f.source.type == "Organization":
            owners.setdefault(f.target_id, []).append(f)
        if f.type in ("DEVELOPED", "MANUFACTURES"):
            made.add((f.source_id, f.target_id))
    named: dict[str, Candidate] = {}
    for m in st.mentions:
        if not m.ref and m.type == "Organization":
            named.setdefault(m.best.id, m.best)
    out = []
    for index, mentions in by_sentence.items():
        if not any(m.type == "Product" for m in mentions):
            continue
        told = st.sentences[index]
        if cue.search(text, told.start, told.end) is None:
            continue  # the cheap test: no verb of use in the sentence
        grp = groups(text, mentions)
        found = []
        for k, product in enumerate(mentions):
            if product.type != "Product" or product.ref:
                continue
            if _PLACE_BEFORE.search(text, max(told.start, product.start - 40), product.start):
                continue
            opens = _opens(text, told.start, product, mentions)
            for j in range(k + 1, len(mentions)):
                thing = mentions[j]
                if thing.type not in _TARGETS or thing.best.id == product.best.id:
                    continue
                if j > k + 1 and grp[j - 1] == grp[j] and mentions[j - 1].type in _TARGETS:
                    continue  # a later list item: shared below
                if thing.start - product.end > 200:
                    break
                gap = text[product.end : thing.start]
                if _ATTACHED[lang].match(gap) is None and (
                    not opens or _SUBJECT[lang].match(gap) is None
                ):
                    continue
                owner = _owner(text, catalogue, product, mentions[k + 1 : j], owners, named)
                if owner is None:
                    break
                if not _plain_gap(text, product, thing, mentions[k + 1 : j], owner):
                    break
                items = [thing] + [
                    mentions[x]
                    for x in range(j + 1, len(mentions))
                    if grp[x] == grp[j] and mentions[x].type == thing.type
                ]
                for item in items:
                    if item.type == "AIModel" and (owner.best.id, item.best.id) in made:
                        continue  # its own model: the product serves it
                    match = Match(
                        RULE, owner, item, owner.chosen, item.chosen, product.start, item.end, 0
                    )
                    found.append(match)
                break
        for m in undenied(text, lang, told.start, told.end, found):
            out.append((index, m))
    return out


def _opens(text: str, start: int, product: Found, mentions: list[Found]) -> bool:
    """Whether `product` opens its clause: after the sentence start, a colon, a verb of
    saying or an opening adverbial, no other name and at most five words, all but the
    first lowercase ("Dịch vụ", "The research edition of the", "dòng")."""
    lead = text[start : product.start]
    first = max(lead.rfind(":"), lead.rfind(";")) + 1
    said = None
    for said in _SAID.finditer(lead, first):
        pass
    if said is not None:
        first = said.end()
    comma = lead.rfind(", ", first)
    if comma >= 0:
        # an opening adverbial ("Giữa tháng 2, "), not a list or a clause naming someone
        if comma - first > 50 or any(
            start + first <= m.start < start + comma and m.type in _NAMED for m in mentions
        ):
            return False
        first = comma + 2
    for m in mentions:
        if (
            start + first <= m.start < product.start
            and m.type in _NAMED
            and text[m.end : product.start].strip() not in ("'s", "’s")
        ):
            return False  # another name before it: a possessor only qualifies it
    words = lead[first:].replace('"', " ").replace("“", " ").split()
    if len(words) > 5:
        return False
    return all(w[:1].islower() for w in words[1:])


def _owner(
    text: str,
    catalogue: Catalogue,
    product: Found,
    between: list[Found],
    owners: dict[str, list[Fact]],
    named: dict[str, Candidate],
) -> Found | None:
    """The organisation whose product `product` is, as a mention or a reference at it."""
    for m in between:
        if m.type == "Organization" and _OWNER_BEFORE.search(text, product.end, m.start):
            return m
    before = text[max(0, product.start - 4) : product.start].rstrip()
    if before.endswith(("'s", "’s")):
        for f in owners.get(product.best.id, ()):
            if f.source.end <= product.start and product.start - f.source.end <= 4:
                return f.source
    entry = catalogue.entries.get(product.best.id)
    developer = entry.developer if entry is not None else None
    stated = owners.get(product.best.id, [])
    ids = list(dict.fromkeys(f.source_id for f in stated))
    if developer in ids:
        cand = next(c for f in stated for c in f.source.candidates if c.id == developer)
        return stand_in(product, cand)
    if len(ids) == 1:
        cand = next(c for c in stated[0].source.candidates if c.id == ids[0])
        return stand_in(product, cand)
    if ids:
        return None  # several owners and no way to tell
    cand = _credited(catalogue, developer, named)
    return stand_in(product, cand) if cand is not None else None


def _plain_gap(text: str, product: Found, thing: Found, between: list[Found], owner: Found) -> bool:
    """Whether no other user or thing stands between the product and what it uses."""
    for m in between:
        if m is owner or m.best.id in (product.best.id, owner.best.id):
            continue
        if text[m.end : thing.start].strip() in ("'s", "’s"):
            continue  # the maker of what is used: "runs on Nvidia's Jetson Orin"
        if m.type in _NAMED and not _OWNER_BEFORE.search(
            text, max(product.end, m.start - 30), m.start
        ):
            return False
    return True
