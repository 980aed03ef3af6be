"""Cue patterns for names the catalogue lacks, in English and Vietnamese (data + small functions).

`cue_names` adds to what `discovery.discover_names` found, from constructions news writers
use to introduce a new name:

- appositions: "Mei Tanaka, a semiconductor analyst at", "Jason Droege, Scale's chief
  strategy officer", "Zeta Advisory, a Dubai consultancy", "Orbit Fold, a foldable laptop",
  "Lumen 2.0, mô hình mã nguồn mở", "Nova Pad, nền tảng hạ tầng", "Essonne, ngoại ô Paris";
- cues before: titles ("Sheikh", "Crown Prince"), roles of an organisation ("chief executive
  of X", "nhà phân tích tại X"), places ("near X", "đặt tại X"), event nouns with
  descriptors ("triển lãm công nghệ X", "hội nghị nhà phát triển X"), devices;
- event names ending in an event noun ("China International Supply Chain Expo");
- a town before a known region ("New Carlisle, Indiana");
- device names ("Mate 60 Pro", "Pura 80 phones") and their siblings in the document.

It also drops adjectival compounds ("China-specific", "Arabic-language") that other cues
took for names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.cues import BEFORE as TYPE_CUES
from extract.cues import DEMONYMS, GENERIC_NAMES, LEADING_WORDS, ORG_SUFFIXES
from extract.text import has_vietnamese

__all__ = ["adjectival", "cue_names"]

# -- data -----------------------------------------------------------------------------------

_ROLE_EN = (
    r"analyst|partner|professor|researcher|economist|engineer|scientist|executive|officer|"
    r"director|founder|co-founder|cofounder|chairman|chairwoman|chair|president|spokesperson|"
    r"spokesman|spokeswoman|adviser|advisor|fellow|lawyer|consultant|head|manager|minister|"
    r"secretary|senator|ambassador|commissioner|official|strategist|investor|CEO|CTO|CFO|COO"
)
_ROLE_VI = (
    r"nhà phân tích|nhà nghiên cứu|giáo sư|tiến sĩ|giám đốc|tổng giám đốc|chủ tịch|"
    r"phó chủ tịch|người sáng lập|nhà sáng lập|đồng sáng lập|người đứng đầu|kỹ sư|"
    r"nhà khoa học|chuyên gia|đối tác|người phát ngôn|bộ trưởng|thứ trưởng|CEO|CTO"
)
_ORG_EN = (
    r"firm|company|consultancy|startup|start-up|lab|laboratory|group|chipmaker|manufacturer|"
    r"maker|developer|designer|provider|operator|fund|investor|bank|agency|regulator|institute|"
    r"university|conglomerate|giant|foundry|supplier|unicorn|outlet|publication|newspaper|"
    r"broadcaster|think tank|organisation|organization|association|consortium|subsidiary|"
    r"division|affiliate|carrier|retailer|automaker|insurer|lender|exchange"
)
_ORG_VI = (
    r"công ty khởi nghiệp|công ty con|công ty|hãng|tập đoàn|startup|quỹ|nhà sản xuất|nhóm|"
    r"nhà cung cấp|phòng thí nghiệm|viện|nhà phát triển|doanh nghiệp"
)
_DEVICE_EN = r"phones?|smartphones?|handsets?|laptops?|notebooks?|tablets?|smartwatch(?:es)?"
_PRODUCT_EN = (
    rf"app|application|{_DEVICE_EN}|browser|chatbot|assistant|platform|service|device|headset|"
    r"glasses|car|vehicle|robotaxi|robot|operating system|search engine|marketplace|editor|"
    r"IDE|agent|software|console|wearable|foldable"
)
_PRODUCT_VI = (
    r"nền tảng|ứng dụng|dịch vụ|trình duyệt|trợ lý|chatbot|điện thoại|mẫu điện thoại|"
    r"máy tính xách tay|máy tính|laptop|thiết bị|hệ điều hành|công cụ|phần mềm"
)
_TITLES = {
    "en": (
        r"Sheikh|Sheikha|Crown Prince|Prince|Princess|King|Queen|Emir|Sultan|Prime Minister|"
        r"Minister|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|Commissioner|Ambassador|"
        r"Chancellor|Premier|Vice President|Lord|Sir|Dame"
    ),
    "vi": (
        r"Sheikh|Thái tử|Hoàng tử|Quốc vương|Tiểu vương|Thượng nghị sĩ|Hạ nghị sĩ|Thống đốc|"
        r"Đại sứ|thái tử|hoàng tử|quốc vương|thượng nghị sĩ|thống đốc|đại sứ"
    ),
}
_MODEL_EN = r"model|LLM|language model|reasoning model|video generator|image generator"
_CHIP_EN = r"chip|processor|GPU|accelerator|CPU|NPU|superchip|SoC|supercomputer"
_EVENT_EN = r"conference|summit|expo|exhibition|forum|fair|festival|trade show|convention"
_EVENT_VI = r"hội nghị|triển lãm|diễn đàn|hội thảo|hội chợ|sự kiện|liên hoan"
_PLACE_VI = r"ngoại ô|thủ phủ|thủ đô|thành phố|tỉnh|bang|quận|huyện|vùng|khu vực"
_DET_EN = r"(?:a |an |the |its |their |one of the |[A-Z][\w&.-]*(?:'s|’s) )"
_NOT_EN = r"(?:said|says|told|and|or|but|which|that|who|to|in|of|for|with)"  # ends the phrase
_DESC_EN = rf"(?:(?!{_NOT_EN} )[\w.'’-]+ ){{0,4}}?"  # "the Ottawa-based research firm"
_NOUN_END = r"(?![\w-]|['’]s\b)"  # "the firm" but not "the firm's chief technology officer"
_VI_STOP = (
    r"tại|ở|của|do|và|với|cho|khi|năm|hôm|ngày|tháng|trong|về|là|có|được|này|đó|sẽ|đã|"
    r"vừa|mới|đang|cùng|lần|thứ|từ|trên"
)
_DESC_VI = rf"(?: (?!(?:{_VI_STOP})\b)[a-zà-ỹđ]+){{0,4}}"  # lowercase descriptors

# after a name: type <- pattern matched right at its end (an optional version comes first)
AFTER: dict[str, list[tuple[str, str]]] = {
    "en": [
        (
            "Person",
            (
                rf", (?:(?:previously|formerly|now|then|currently|also|once|until recently) )?"
                rf"{_DET_EN}?{_DESC_EN}(?:{_ROLE_EN}|chief)\b"
            ),
        ),
        (
            "Person",
            (
                r", (?:who|whose) (?:\w+ )?(?:led|leads|heads|headed|runs|ran|founded|co-founded|chairs|"
                r"chaired|joined|left|oversees|oversaw|served|previously|formerly|was|is|has|had|said|"
                r"says|told|added)\b"
            ),
        ),
        ("Person", r", \d{2}, (?!\d)"),
        ("Organization", rf", (?:a |an |the ){_DESC_EN}(?:{_ORG_EN}){_NOUN_END}"),
        ("Product", rf", (?:a |an |the |its |their ){_DESC_EN}(?:{_PRODUCT_EN}){_NOUN_END}"),
        ("Product", rf" (?:{_DEVICE_EN})(?![\w-])"),
        ("AIModel", rf", (?:a |an |the |its |their ){_DESC_EN}(?:{_MODEL_EN}){_NOUN_END}"),
        ("Hardware", rf", (?:a |an |the |its |their ){_DESC_EN}(?:{_CHIP_EN}){_NOUN_END}"),
        ("Event", rf", (?:a |an |the ){_DESC_EN}(?:{_EVENT_EN}){_NOUN_END}"),
        (
            "Location",
            (
                r", (?:a |the )?(?:suburb|city|town|village|region|province|state|county|district|"
                r"capital|port city)(?: of| in| near| outside)\b"
            ),
        ),
    ],
    "vi": [
        ("Person", rf", (?:cựu |nguyên |hiện là |là )?(?:{_ROLE_VI})\b"),
        ("Organization", rf", (?:một |là )?(?:{_ORG_VI})\b"),
        ("Product", rf", (?:một |là )?(?:{_PRODUCT_VI})\b"),
        ("AIModel", r", (?:một |là )?(?:dòng mô hình|mô hình|phiên bản)\b"),
        ("Hardware", r", (?:một |là )?(?:chip|bộ xử lý|vi xử lý|bộ tăng tốc|siêu máy tính)\b"),
        ("Event", rf", (?:một |là )?(?:{_EVENT_VI})\b"),
        ("Location", rf", (?:{_PLACE_VI}|gần|phía (?:bắc|nam|đông|tây))\b"),
    ],
}
# before a name: type <- pattern matched right before it (ends with the space before it)
BEFORE: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Person", rf"(?<![\w-])(?:{_TITLES['en']}) $"),
        (
            "Person",
            r"\b(?:run|led|headed|chaired|founded|co-founded|co-led|overseen|championed) by $",
        ),
        (
            "Organization",
            (
                rf"\b(?:(?:{_ROLE_EN}|chief [a-z]+ officer|chief executive|vice president|"
                r"employee|staff|executive) (?:of|at)|works? (?:at|for)|worked (?:at|for)) $"
            ),
        ),
        (
            "Location",
            r"\b(?:near|outside|suburb of|town of|village of|county of|located in|situated in) $",
        ),
        (
            "Product",
            (
                r"\b(?:the|its|their|a|new) (?:[a-z]+ )?(?:phone|smartphone|handset|laptop|tablet|"
                r"foldable) $"
            ),
        ),
    ],
    "vi": [
        ("Person", rf"(?<![\w-])(?:{_TITLES['vi']}) $"),
        ("Organization", rf"(?:(?:{_ROLE_VI}) (?:của|tại)|làm việc (?:tại|cho)) $"),
        (
            "Location",
            (
                r"(?:đặt tại|đặt ở|nằm ở|nằm tại|ngoại ô|trụ sở(?: chính)? (?:tại|ở)|"
                r"có trụ sở(?: chính)? (?:tại|ở)) $"
            ),
        ),
        ("Event", rf"(?:{_EVENT_VI}){_DESC_VI} $"),
        (
            "Product",
            rf"(?<!trên )(?:nền tảng|điện thoại|mẫu điện thoại|máy tính xách tay){_DESC_VI} $",
        ),
    ],
}
# the words an English cue before a name can end with (a cheap test before the regexes)
_LAST_EN = frozenset(
    [t.split()[-1] for t in re.sub(r"\\.", ".", _TITLES["en"]).split("|")]
    + [
        "by",
        "of",
        "at",
        "for",
        "near",
        "outside",
        "in",
        "phone",
        "smartphone",
        "handset",
        "laptop",
        "tablet",
        "foldable",
    ]
)
_LAST_VI = frozenset(
    [t.split()[-1] for t in _TITLES["vi"].split("|")] + ["của", "tại", "ở", "cho", "ô"]
)
_NOUNS_VI = re.compile(rf"{_EVENT_VI}|nền tảng|điện thoại|máy tính")
_EVENT_NOUNS = (
    "Expo|Exposition|Summit|Conference|Forum|Festival|Fair|Congress|Convention|Symposium|"
    "Hackathon|Awards|Dialogue|Exhibition|Olympiad|Show"
)
_EVENT_NOUN_WORDS = _EVENT_NOUNS.split("|")
_CAPWORD = r"[A-ZĐ](?:[\w.'’&-]*[\w'’&])?"
# The scans below open with a capital (or a title's first letter), then look back for the
# word start (`(?<![\w-].)`): led by a char class, a pattern is scanned for in C, while one
# opening with a look back is tried at every position of the text (see `text.char_led`).
_FIRST_CAPWORD = r"[A-ZĐ](?<![\w-].)(?:[\w.'’&-]*[\w'’&])?"
# "China International Supply Chain Expo", "Conference on Neural Information Processing Systems"
_EVENT_NAME = re.compile(
    rf"{_FIRST_CAPWORD} (?:(?:{_CAPWORD}|of|on|for|and|the|de|du) ){{0,6}}"
    rf"(?:{_EVENT_NOUNS})(?: (?:on|of) (?:{_CAPWORD} ){{0,4}}{_CAPWORD})?(?: \d{{4}})?(?![\w-])"
)
# a title, then a name with the particles of Arabic and European names ("Tahnoon bin Zayed")
_PERSON = r"[A-Z][a-z'’-]+(?: (?:(?:bin|bint|ibn|al|el|van|von|der|de|da|di|du|le|la) )*[A-Z][a-z'’-]+){1,5}"
_TITLED = {
    lang: re.compile(
        "(?:"
        + "|".join(title[0] + r"(?<![\w-].)" + title[1:] for title in titles.split("|"))
        + rf") (?P<name>{_PERSON})"
    )
    for lang, titles in _TITLES.items()
}
# the titles as plain strings, for a quick test whether a text has any
_TITLE_WORDS = {
    lang: [t.replace("\\.", ".") for t in titles.split("|")] for lang, titles in _TITLES.items()
}
# device names: a word, a number, a tier ("Mate 60 Pro", "Galaxy S24 Ultra")
_DEVICE = re.compile(
    r"[A-Z](?<![\w-].)[a-z]+ (?:[A-Z]?\d{1,3}[a-z]?)(?: (?:Pro|Max|Ultra|Plus|Mini|mini|Lite|"
    r"Fold|Flip|Neo|Edge|Air))+(?![\w-])"
)
# a version between a name and its cue: "HunyuanWorld 1.0, mô hình", "Pura 80 phones"
_NUMBER_AFTER = re.compile(r"(?P<num>(?: \d+(?:\.\d+)*[a-z]?)?)")
_ADJ_TAIL = re.compile(r"[A-Z][\w.]*-(?P<tail>[a-z]{3,})")
_NOT_ADJ = frozenset(
    [
        "instruct",
        "base",
        "chat",
        "turbo",
        "air",
        "pro",
        "max",
        "mini",
        "nano",
        "flash",
        "lite",
        "plus",
        "ultra",
        "preview",
        "coder",
        "omni",
        "vision",
        "thinking",
    ]
)


# -- functions ------------------------------------------------------------------------------


def adjectival(name: str) -> bool:
    """Whether `name` is an adjectival compound, not a name ("China-specific", "US-made").

    >>> adjectival("Arabic-language"), adjectival("Seed-Thinking"), adjectival("GLM-4.5-air")
    (True, False, False)
    """
    m = _ADJ_TAIL.fullmatch(name)
    return bool(m) and m["tail"] not in _NOT_ADJ and not any(ch.isdigit() for ch in name)


@lru_cache(maxsize=4)
def _compiled(lang: str):
    after = re.compile("|".join(f"(?P<a{i}>{p})" for i, (_, p) in enumerate(AFTER[lang])))
    before = re.compile(
        "(?:" + "|".join(f"(?P<b{i}>{p})" for i, (_, p) in enumerate(BEFORE[lang])) + ")"
    )
    openers = frozenset(k.lower() for k in TYPE_CUES[lang] if " " not in k)
    return after, [t for t, _ in AFTER[lang]], before, [t for t, _ in BEFORE[lang]], openers


def _fits(name: str, kind: str, lang: str) -> bool:
    """Whether `name` can be a name of `kind` (not an adjective, a title or a lone syllable)."""
    words = name.split()
    if not words or name in GENERIC_NAMES or name in DEMONYMS or len(name) < 2 or adjectival(name):
        return False
    if lang == "vi" and len(words) == 1 and has_vietnamese(name):
        return False
    if kind == "Person":
        return (
            len(words) >= 2
            and not any(ch.isdigit() for ch in name)
            and not ORG_SUFFIXES.intersection(words)
            and sum(w[:1].isupper() for w in words) >= 2
        )
    return True


def _run_names(text: str, lang: str, runs, known) -> tuple[dict[str, str], dict[str, str]]:
    """Typed names from cues right after (appositions) and right before a capitalised run.

    Runs that are `known` mention spans are skipped; the cues before a name are only tried
    after a word that can end one (`_LAST_EN`, `_LAST_VI`) or, in Vietnamese, near a noun
    that may take descriptors ("triển lãm công nghệ X").
    """
    after, after_types, before, before_types, openers = _compiled(lang)
    out: dict[str, str] = {}
    apposed: dict[str, str] = {}
    for m in runs:
        if m.span() in known:
            continue
        words = m.group().split()
        start = m.start()
        while words and (
            words[0] in LEADING_WORDS
            or words[0] in GENERIC_NAMES
            or words[0].lower() in openers
            or words[0].endswith("-based")
        ):
            start += len(words.pop(0)) + 1
        if not words:
            continue
        name = " ".join(words)
        cue = _NUMBER_AFTER.match(text, m.end())
        hit = after.match(text, cue.end())
        if hit and (not cue["num"] or _fits(name, "other", lang)):
            apposed.setdefault(name + cue["num"], after_types[int(hit.lastgroup[1:])])
            continue
        last = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
        window = text[max(0, start - 50) : start]
        if lang == "en" and last not in _LAST_EN:
            continue
        if lang == "vi" and last not in _LAST_VI and not _NOUNS_VI.search(window):
            continue
        hit = before.search(window)
        if hit and hit.end() == len(window):
            out.setdefault(name, before_types[int(hit.lastgroup[1:])])
    return apposed, out


def _titled(text: str, lang: str) -> dict[str, str]:
    """People after a title, with name particles ("Sheikh Tahnoon bin Zayed Al Nahyan")."""
    if not any(title in text for title in _TITLE_WORDS[lang]):
        return {}  # no title at all (plain substring tests: cheaper than the scan)
    return {m["name"]: "Person" for m in _TITLED[lang].finditer(text)}


def _events(text: str) -> dict[str, str]:
    """Names ending in an event noun ("Saudi-US Investment Forum", "Paris Air Show 2025")."""
    out: dict[str, str] = {}
    if not any(noun in text for noun in _EVENT_NOUN_WORDS):
        return out  # no event noun at all (plain substring tests: cheaper than the scan)
    for m in _EVENT_NAME.finditer(text):
        words = m.group().split()
        for k, w in enumerate(words[:-1]):
            if w in ("on", "of") and words[k + 1] in LEADING_WORDS:
                words = words[:k]  # "the Paris Fair on Monday", "at the Fair on Wednesday"
                break
        while words and words[0] in LEADING_WORDS:
            words.pop(0)
        if len(words) >= 2:
            out[" ".join(words)] = "Event"
    return out


def _places(text: str, mentions) -> dict[str, str]:
    """A capitalised name before ", <known place>" is a place too ("New Carlisle, Indiana")."""
    out = {}
    for f in mentions:
        if f.type != "Location" or f.ref or text[f.start - 2 : f.start] != ", ":
            continue
        if re.match(r"[\w'’-]", text[f.end : f.end + 1]):
            continue  # "Taiwan's", "Texas-based"
        m = re.search(
            r"(?:^|[^\w-])((?:[A-Z][a-z]+ ){0,2}[A-Z][a-z]+)$",
            text[max(0, f.start - 40) : f.start - 2],
        )
        if m and m[1].split()[0] not in LEADING_WORDS:
            out[m[1]] = "Location"
    return out


def _devices(text: str, found: dict[str, str]) -> dict[str, str]:
    """Device names ("Mate 60 Pro"), and numbered siblings of a typed device ("Mate 70")."""
    out = {m.group(): "Product" for m in _DEVICE.finditer(text)}
    heads = {n.split()[0] for n, k in {**found, **out}.items() if k == "Product" and
             re.fullmatch(r"[A-Z][a-z]+ [A-Z]?\d.*", n)}  # fmt: skip
    if heads:
        alt = "|".join(map(re.escape, sorted(heads)))
        for m in re.finditer(rf"(?<![\w-])(?:{alt}) [A-Z]?\d{{1,3}}[a-z]?(?![\w-]|\.\w)", text):
            out.setdefault(m.group(), "Product")
    return out


def cue_names(st, runs, names: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """`names` (name -> (type, how)) without adjectival compounds, plus names typed by cues."""
    text, lang = st.text, st.language if st.language in AFTER else "en"
    known = {(f.start, f.end) for f in st.mentions}
    apposed, typed = _run_names(text, lang, runs, known)
    typed.update(_titled(text, lang))
    typed.update(_places(text, st.mentions))
    if lang == "en":
        typed.update(_events(text))
    typed.update(_devices(text, typed))
    out = {n: v for n, v in names.items() if not adjectival(n)}
    for name, kind in typed.items():  # a cue here is surer than a suffix or a list
        if out.get(name, ("", "suffix"))[1] != "cue" and _fits(name, kind, lang):
            out[name] = (kind, "cue")
    for name, kind in apposed.items():  # "X, a foldable laptop": surer than any cue before X
        if _fits(name, kind, lang):
            out[name] = (kind, "cue")
    return out
