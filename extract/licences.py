"""Licence requirements stated as a clause: "sales of the H20 to China would need a licence".

News often states such a rule by what it does rather than by a name: "the US
told Nvidia that sales of its H20 to China would need a licence", "Washington
now requires a licence for H20 exports to China", "Mỹ yêu cầu giấy phép xuất
khẩu đối với chip H20". The clause is a policy all the same.

- `requirements` (mention stage, from `extract.policies`): the words of the
  requirement ("would need a licence") become a Policy mention, named after the
  product ("H20 licence requirement": one name in both languages, so the
  documents of a batch meet, and later phrases such as "the licence rule" can
  refer to it).
- `licence_clauses` (relation stage, for `relations.policy_facts`): what the
  clause states. The requirement RESTRICTS the product and where it goes; the
  state or agency that requires the licence, or told someone it would, ISSUED it.

A sentence is read with its mentions masked ("§3§"): one regex per way of saying
it finds the product, the destination and the requirement. No product named, no
policy.

>>> masked("Sales of the H20 to China need a licence.", 0, [Found(13, 16, "H20", []),
...        Found(20, 25, "China", [])])[0]
'Sales of the §0§ to §1§ need a licence.'
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from extract.catalogue import Catalogue
from extract.spans import Candidate, Found
from extract.text import slug
from graph.model import Sentence

__all__ = [
    "GOVERNMENT",
    "LIST",
    "Clause",
    "licence_clauses",
    "masked",
    "mentions_licence",
    "requirements",
    "requirer",
]

# words in the name of a state body: it makes rules, as its state does
GOVERNMENT = re.compile(
    r"\b(?:Department|Ministry|Bureau|Administration|Commission|Congress|Senate|House|"
    r"Government|Parliament|Council|Agency|Office|Cabinet|Bộ|Cục|Ủy ban|Uỷ ban|Quốc hội|"
    r"Chính phủ|Nhà Trắng|Thượng viện|Hạ viện)\b"
)

_M = r"§\d+§"
# a list of masked names: "§1§, §2§ and §3§"
LIST = _M + r"(?:(?:,| and| or| và| hoặc|, and|, và) " + _M + r")*"
_THE = r"(?:the |its |their |all |any |" + _M + r"(?:'s|’s)? )?"
_CHIP = r"(?: (?:accelerators?|chips?|processors?|gpus?|graphics processors|cards?))?"
_MODAL = r"(?:(?:would|will|must|could|may|might|now|also|still|then|henceforth|all) )*"
_LICENCE = (
    r"(?:a |an )?(?:special |separate |new |export |government |federal |us |u\.s\. )*"
    r"(?:licen[cs]es?|permits?)"
)
_EN_GOODS = r"(?:sales|shipments|exports|deliveries|supplies|sale|shipment|export)"
_EN_TO = r"(?: (?:to|into) (?:the )?(?P<dest>" + LIST + r"))?"
_VI_GOODS = r"(?:xuất khẩu|bán|xuất|vận chuyển|giao|cung cấp|chuyển)"
_VI_TO = r"(?: (?:sang|cho|tới|đến|vào) (?:thị trường )?(?P<dest>" + LIST + r"))?"
_VI_PRODUCT = r"(?:các |mẫu |dòng |lô )?(?:chip )?(?P<goods>" + LIST + r")(?: của " + _M + r")?"

# Each way of saying it, with {req} where the requirement stands: its words when
# mentions are found, its mask when facts are. `told`: the requirer told someone.
_FORMS = {
    "en": (
        # "sales of its H20 accelerator to China would now require an export licence"
        (_EN_GOODS + r" of " + _THE + r"(?P<goods>" + LIST + r")" + _CHIP + _EN_TO
         + r"(?: \S+){0,3}? " + _MODAL + r"(?P<req>{req})", True),
        # "H20 shipments to China now need a licence"
        (r"(?P<goods>" + LIST + r")" + _CHIP + r" " + _EN_GOODS + _EN_TO
         + r"(?: \S+){0,3}? " + _MODAL + r"(?P<req>{req})", True),
        # "Washington now requires a licence for H20 exports to China"
        (r"(?P<req>{req}) (?:for|to sell|to ship|to export|on|before selling|before shipping) "
         r"(?:sales of |exports of |shipments of |the sale of |the export of )?" + _THE
         + r"(?P<goods>" + LIST + r")" + _CHIP + r"(?: " + _EN_GOODS + r")?" + _EN_TO, False),
    ),
    "vi": (
        # "yêu cầu phải có giấy phép khi xuất khẩu chip H20 sang Trung Quốc"
        (r"(?P<req>{req}) (?:khi|để|đối với|cho|với|trước khi|mới được) (?:việc )?(?:"
         + _VI_GOODS + r" )?" + _VI_PRODUCT + r"(?: (?:bán|xuất khẩu|xuất))?" + _VI_TO, False),
        # "việc bán H20 sang Trung Quốc nay phải có giấy phép"
        (_VI_GOODS + r" " + _VI_PRODUCT + _VI_TO
         + r"(?: \S+){0,2}? (?:(?:giờ|nay|sẽ|đều|cũng|từ nay|đã) )*(?P<req>{req})", True),
    ),
}  # fmt: skip
# the words of the requirement, per form
_WORDS = {
    "en": (
        (need := r"(?:need|needs|needed|require|requires|required) " + _LICENCE),
        need,
        r"(?:require|requires|required|requiring|demand|demands|demanded) " + _LICENCE,
    ),
    "vi": (
        # "yêu cầu giấy phép khi bán H20"; "Nvidia phải xin giấy phép để bán H20" (the
        # requirement is "xin giấy phép", as news names it, without its modal)
        (
            r"(?:(?:yêu cầu|bắt buộc|buộc|đòi hỏi) (?:phải )?(?:có |xin )?|"
            r"(?:(?<=phải )|(?<=cần ))(?:có |xin ))giấy phép(?: xuất khẩu)?"
        ),
        r"(?:cần|phải|buộc phải|bắt buộc phải) (?:có |xin )?giấy phép(?: xuất khẩu)?",
    ),
}
_CUES = ("icen", "ICEN", "ermit", "iấy phép")  # licence, license, permit, giấy phép


def mentions_licence(text: str) -> bool:
    """Whether `text` speaks of a licence at all (plain substring tests: cheaper than a regex)."""
    return any(cue in text for cue in _CUES)


def _compiled(req: dict[str, tuple[str, ...]] | str):
    return {
        lang: [
            (re.compile(p.replace("{req}", req if isinstance(req, str) else req[lang][k]),
                        re.IGNORECASE), told)
            for k, (p, told) in enumerate(forms)
        ]
        for lang, forms in _FORMS.items()
    }  # fmt: skip


_SAID = _compiled(_WORDS)  # requirements in words, products masked
_MASKED = _compiled(_M)  # requirements masked too
# "the US government told Nvidia that ...": who said the licence is needed (the nearest)
_TOLD = re.compile(
    r".*(?P<who>" + _M + r")(?: (?:government|administration|officials|authorities))?"
    r"(?: has| had| have)? (?:told|informed|notified|warned|instructed|ordered|advised|said|"
    r"says|announced|announces|ruled|decided|"
    r"thông báo(?: với)?|yêu cầu|cho biết|nói với|báo cho)(?: \S+){0,8}? (?:that |rằng |là )?"
    r"(?:\S+ ){0,3}$",
    re.IGNORECASE,
)
# a requirer standing before its verb: no clause break, a few words at most
_BEFORE_VERB = re.compile(r"[^,;:()]{0,60}")
_GENERIC = re.compile(r"^(?:chip|chips|the|dòng|mẫu)\s+", re.IGNORECASE)
_INDEX = re.compile(r"§(\d+)§")


def masked(text: str, start: int, mentions: list[Found]) -> tuple[str, list[tuple[int, int]]]:
    """`text` from `start` with each mention replaced by "§k§" (k: its index in `mentions`).

    Also returns, for each mask, (masked position, original position) just after it,
    so a masked position maps back to the text (`_original`).
    """
    parts, shifts, pos, size = [], [], start, 0
    for k, m in enumerate(mentions):
        if m.start < pos:
            continue  # overlapping mentions: the first one stands
        parts.append(text[pos : m.start])
        token = f"§{k}§"
        parts.append(token)
        size += (m.start - pos) + len(token)
        shifts.append((size, m.end))
        pos = m.end
    parts.append(text[pos:])
    return "".join(parts), shifts


def _original(at: int, start: int, shifts: list[tuple[int, int]]) -> int:
    """The text position of masked position `at` (not inside a mask)."""
    base_masked, base_text = 0, start
    for masked_end, text_end in shifts:
        if masked_end > at:
            break
        base_masked, base_text = masked_end, text_end
    return base_text + (at - base_masked)


def _members(group: str | None, mentions: list[Found], kinds: set[str]) -> list[tuple[Found, int]]:
    """Mentions named in a masked `group` (a list) that have a candidate of one of `kinds`."""
    out = []
    for k in _INDEX.findall(group or ""):
        m = mentions[int(k)]
        for ci, c in enumerate(m.candidates):
            if c.type in kinds:
                out.append((m, ci))
                break
    return out


def requirer(m: Found) -> tuple[Found, int] | None:
    """`m` by its candidate that is a state or a government body (None if it has none)."""
    for ci, c in enumerate(m.candidates):
        if c.type == "Location" or (c.type == "Organization" and GOVERNMENT.search(c.name)):
            return m, ci
    return None


def _issuer(body: str, at: int, mentions: list[Found], told: bool) -> tuple[Found, int] | None:
    """Who requires the licence: the teller of the clause, or the subject of the verb."""
    before = body[:at]
    if told:
        t = _TOLD.search(before)
        return requirer(mentions[int(t.group("who")[1:-1])]) if t else None
    for t in reversed(list(_INDEX.finditer(before))):
        if not _BEFORE_VERB.fullmatch(before, t.end()):
            return None
        m = mentions[int(t.group(1))]
        if m.type == "Person":
            continue  # "Mỹ dưới thời Tổng thống Trump yêu cầu": the state, not its leader
        if m.type == "Policy":
            return None  # a named rule requires it: the pair rules read that
        return requirer(m)
    return None


def _name(product: Found, pi: int, catalogue: Catalogue) -> str:
    """The policy's name, after its product's shortest name ("H20 licence requirement")."""
    cand = product.candidates[pi]
    entry = catalogue.entries.get(cand.id) if cand.source == "catalogue" else None
    if entry is not None:
        short = min((a for a in (entry.name, *entry.aliases) if a.isascii()), key=len)
    elif not product.ref:
        short = _GENERIC.sub("", product.text)
    else:
        short = cand.name
    return f"{short} licence requirement"


def requirements(
    text: str, lang: str, sentence: Sentence, mentions: list[Found], catalogue: Catalogue
) -> list[Found]:
    """Policy mentions for the licence requirements `sentence` states as a clause.

    `mentions` are the sentence's mentions in text order.
    """
    if not any(m.type == "Hardware" for m in mentions) or not mentions_licence(sentence.text):
        return []
    start = sentence.start
    body, shifts = masked(text[: sentence.end], start, mentions)
    out: list[Found] = []
    for rx, _told in _SAID.get(lang, _SAID["en"]):
        for hit in rx.finditer(body):
            goods = _members(hit.group("goods"), mentions, {"Hardware"})
            if not goods or "§" in hit.group("req"):
                continue
            a = _original(hit.start("req"), start, shifts)
            b = _original(hit.end("req"), start, shifts)
            if any(f.start < b and a < f.end for f in out):
                continue
            name = _name(*goods[0], catalogue)
            cand = Candidate(slug(name), name, "Policy", "discovery", 0.8)
            out.append(Found(a, b, text[a:b], [cand], sentence.index))
    return out


@dataclass(slots=True)
class Clause:
    """What one licence clause states: the requirement, what it covers, who required it."""

    policy: Found
    covered: list[tuple[Found, int]]  # products and destinations, by candidate index
    issuer: tuple[Found, int] | None


def licence_clauses(
    text: str, lang: str, sentence: Sentence, mentions: list[Found]
) -> list[Clause]:
    """The licence clauses of `sentence`, whose requirement is already a Policy mention."""
    if not mentions_licence(sentence.text):
        return []
    body, _shifts = masked(text[: sentence.end], sentence.start, mentions)
    out: list[Clause] = []
    for rx, told in _MASKED.get(lang, _MASKED["en"]):
        for hit in rx.finditer(body):
            policy = mentions[int(hit.group("req")[1:-1])]
            goods = _members(hit.group("goods"), mentions, {"Hardware"})
            if policy.type != "Policy" or not goods:
                continue
            places = _members(hit.group("dest"), mentions, {"Location", "Organization"})
            issuer = _issuer(body, hit.start(), mentions, told)
            if issuer is None and not told:
                issuer = _issuer(body, hit.start(), mentions, True)
            out.append(Clause(policy, goods + places, issuer))
    return out
