"""Partners named side by side: "A and B signed a deal", "A và B ký thỏa thuận",
"a joint venture between A and B", "thỏa thuận hợp tác giữa A và B".

The pair rules read a list ("A and B") as one side of a fact, so two partners
written as a coordinated subject, or after "between"/"giữa", never meet as a
pair. Here a list of organisations or of people is tied pairwise when a
reciprocal verb follows it ("partnered", "signed an agreement", "bắt tay",
"ký thỏa thuận") or a tie noun and "between"/"giữa" come before it. A deal
"with" a third party, or one each signed on its own ("each", "đều"), ties
none of them to each other.

Three more list shapes tie partners: two organisations launching one named thing ("A and
B launched Z", "A và B công bố Z"), a consortium named by its members ("a consortium made
up of A, B and C", "liên minh gồm A, B và C") and companies founding one together ("Z was
set up by A, B and C", also tied to Z); and a partner in a fronted deal phrase ties the
subject after it ("After its deal with A, B ...", "Sau thỏa thuận với A, B ...").

>>> bool(_AFTER["en"].match(" signed a $2 billion deal on Monday"))
True
>>> bool(_AFTER["en"].match(" each signed a deal with Nvidia"))
False
"""

from __future__ import annotations

import re
from itertools import combinations

from extract.relations.lexicon import PairRule
from extract.relations.listed import ListTie, each_tied_lists
from extract.relations.rules import Match
from extract.spans import Found

__all__ = ["joint_partners"]

RULE = PairRule("partners_with.joint", "PARTNERS_WITH", "*", "", confidence=0.75)
_EN_TIE = (
    r"(?:partnership|alliance|deal|agreement|pact|joint venture|tie-up|memorandum of "
    r"understanding|collaboration|accord)"
)
_VI_TIE = (
    r"(?:thỏa thuận|thoả thuận|hợp đồng|biên bản ghi nhớ|bản ghi nhớ|liên doanh|liên minh|"
    r"hợp tác|quan hệ đối tác)"
)
# what may stand between the list and its verb: a few words, none saying "each on its own"
_EN_FILL = r"(?:(?!(?:each|separately|both|not|never|no longer)\b)\S+ ){0,3}?"
_VI_FILL = r"(?:(?!(?:đều|riêng|không|chưa|cũng)\b)\S+ ){0,4}?"
_AFTER = {
    "en": re.compile(
        r"\s*(?:\([^)]{0,40}\)\s*)?" + _EN_FILL + r"(?:(?:partnered|partner|partnering|teamed up|"
        r"team up|teaming up|joined forces|join forces|joining forces|joined hands|join hands|"
        r"collaborated|collaborate|collaborating|cooperated|cooperate|cooperating|are partners|"
        r"have partnered|worked together|work together|working together|jointly (?:develop|design|build|built|run|ran|operate|own|launch|"
        r"produce|made|make|set up|create)\w*|co-develop\w*|co-design\w*|co-build\w*)\b"
        r"(?! with| on a deal with)|(?:signed|sign|struck|strike|inked|formed|form|announced|"
        r"unveiled|agreed|reached|sealed|set up|created|launched) (?:a |an |the )?"
        r"(?:\S+ ){0,3}?" + _EN_TIE + r"s?\b(?!\s+with\b)|(?:formed|form|forming|set up|setting up|"
        r"created|create|established|establish|launched|launch) (?:a |an |the )?(?:(?!separate|"
        r"own|respective|rival|competing)\S+ ){0,2}?(?:joint venture|consortium)\b)",
        re.IGNORECASE,
    ),
    "vi": re.compile(
        r"\s*(?:\([^)]{0,40}\)\s*)?" + _VI_FILL + r"(?:(?:(?:hợp tác|bắt tay|liên minh|liên doanh|"
        r"ký kết|cùng nhau|đồng phát triển|hợp lực|chung tay)\b|(?:ký|thành lập|công bố|lập|"
        r"đạt được|đạt|thiết lập) (?:\S+ )?" + _VI_TIE + r")"
        r"(?!(?: \S+){0,3} với\b)|(?:thành lập|lập|thiết lập|lập ra) (?:một )?liên doanh\b)",
        re.IGNORECASE,
    ),
}
# a group named by its members: "a consortium made up of A, B and C", "liên minh gồm A và B"
_EN_GROUP = (
    r"|(?:consortium|alliance|coalition|joint venture)(?: \S+){0,3}? (?:of|made up of|"
    r"comprising|composed of|formed by|including|that includes|led by) (?:the )?"
)
# a thing made by two together: "developed jointly by A and B", "co-developed by A and B"
_EN_JOINTLY = (
    r"|(?:(?:developed|designed|built|created|made|produced|engineered) jointly|jointly "
    r"(?:developed|designed|built|created|made|produced|engineered)|co-(?:developed|designed|"
    r"built|created|engineered)) by (?:the )?"
)
_VI_GROUP = r"|(?:liên minh|liên doanh|liên danh|tổ hợp)(?: \S+){0,3}? (?:gồm|gồm có|bao gồm) "
_BEFORE = {
    "en": re.compile(
        r"(?:" + _EN_TIE + r"s?(?: \S+){0,3} between (?:the )?" + _EN_GROUP + _EN_JOINTLY + r")$",
        re.IGNORECASE,
    ),
    "vi": re.compile(r"(?:" + _VI_TIE + r"(?: \S+){0,3} giữa " + _VI_GROUP + r")$", re.IGNORECASE),
}


# words one of which every match above holds (a cheap first test): tie nouns and verbs
_CUE_WORDS = (
    ("partner", "alliance", "consortium", "coalition", "deal", "agreement", "pact", "venture", "tie-up", "memorandum",
     "collaborat", "accord", "team", "forces", "hands", "cooperat", "together", "jointly", "co-",
     "support", "backing", "funding", "investment", "help", "backed", "funded", "financed",
     "bankrolled"),
    ("thỏa thuận", "thoả thuận", "hợp đồng", "ghi nhớ", "liên doanh", "liên minh", "hợp tác",
     "đối tác", "bắt tay", "ký kết", "liên danh", "tổ hợp", "cùng nhau", "đồng phát triển",
     "hợp lực", "chung tay"),
)  # fmt: skip


TIE = ListTie(RULE, _AFTER, _BEFORE, _CUE_WORDS, frozenset({"Organization", "Person"}))

# "A and B launched Z", "A và B công bố Z": one named thing brought out by both
_NEVER = re.compile(r"(?!)")
_LAUNCH = ListTie(
    RULE,
    {
        "en": re.compile(
            r"\s*(?:(?:have|has|had|will|on \S+|this \S+|last \S+) )?(?:jointly |together )?"
            r"(?:launched|launch|unveiled|unveil|introduced|introduce|rolled out|debuted|"
            r"presented|showcased|announced|announce|released) (?:the |a |an )?(?=(?-i:[A-Z0-9]))"
            r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|"
            r"March|April|May|June|July|August|September|October|November|December)\b)",
            re.IGNORECASE,
        ),
        "vi": re.compile(
            r"\s*(?:(?:đã|vừa|sẽ|mới|hôm \S+) )?(?:cùng |cùng nhau |chung tay )?(?:ra mắt|công bố|"
            r"giới thiệu|trình làng|phát hành|cho ra mắt|triển khai) (?:nền tảng |dịch vụ |sản phẩm "
            r"|mô hình |hệ thống |siêu máy tính |chip |ứng dụng )?(?=(?-i:[A-Z0-9Đ]))",
            re.IGNORECASE,
        ),
    },
    {"en": _NEVER, "vi": _NEVER},
    (("launch", "unveil", "introduc", "rolled", "debut", "present", "showcas", "announc",
      "releas"),
     ("ra mắt", "công bố", "giới thiệu", "trình làng", "phát hành", "triển khai")),
    frozenset({"Organization"}),
)  # fmt: skip
# "Z was set up by A, B and C", "A và B thành lập Z": companies founding one together
_FOUNDERS = ListTie(
    RULE,
    {
        "en": re.compile(
            r"\s+(?:jointly |together )?(?:set up|founded|co-founded|formed|established|created)"
            r" (?!(?:in|on|by|at|as)\b)",
            re.IGNORECASE,
        ),
        "vi": re.compile(
            r"\s+(?:cùng |cùng nhau )?(?:thành lập|lập ra|lập nên|góp vốn thành lập|đồng sáng lập)"
            r" (?!(?:năm|vào|từ|tại)\b)",
            re.IGNORECASE,
        ),
    },
    {
        "en": re.compile(
            r"\b(?:set up|founded|co-founded|formed|established|created)(?: \S+){0,4}? by "
            r"(?:the )?$",
            re.IGNORECASE,
        ),
        "vi": re.compile(
            r"(?:thành lập|lập ra|sáng lập|đồng sáng lập)(?: \S+){0,4}? bởi (?:các )?$",
            re.IGNORECASE,
        ),
    },
    (("set up", "found", "formed", "establish", "created"),
     ("thành lập", "lập ra", "lập nên", "sáng lập")),
    frozenset({"Organization"}),
)  # fmt: skip
# "After its deal with Nvidia, FPT ...", "Sau thỏa thuận với Nvidia, FPT ...": the partner
# in a fronted phrase, then the clause's subject (read as one list "Nvidia, FPT")
_FRONTED = ListTie(
    RULE,
    {"en": _NEVER, "vi": _NEVER},
    {
        "en": re.compile(
            r"\b(?:(?:after|following|under|through|since) (?:signing |striking |sealing )?(?:a |an "
            r"|its |their |the )?(?:[\w$.,-]+ ){0,3}?(?:deal|agreement|partnership|alliance|"
            r"contract|tie-up|pact|venture) with|with (?:the )?(?:\S+ )?(?:support|backing|funding|"
            r"investment|help) (?:from|of)|(?:^|[.;:]\s+)(?:backed|funded|financed|bankrolled|"
            r"supported) (?:\S+ )?by) (?:the )?$",
            re.IGNORECASE,
        ),
        "vi": re.compile(
            r"\b(?:sau|nhờ|theo) (?:khi ký )?(?:kết )?(?:các |một |những )?(?:thỏa thuận|thoả thuận|"
            r"hợp đồng|thương vụ|liên doanh|quan hệ hợp tác)(?: \S+){0,4}? với (?:hãng |công ty |"
            r"tập đoàn )?$",
            re.IGNORECASE,
        ),
    },
    _CUE_WORDS,
    frozenset({"Organization"}),
)
_THINGS = frozenset({"Product", "AIModel", "Hardware", "Organization"})
_ORGS = frozenset({"Organization"})


def _made(mentions: list[Found], start: int, end: int, run: list[Found], kinds: frozenset[str]):
    """What a tied list made: the name of one of `kinds` right after the cue ("A and B set up
    Z"), or, where the list ends the span, the organisation just before it ("Z was set up by
    A and B")."""
    if end == run[-1].end:
        before = [f for f in mentions if start - 60 <= f.end <= start and f.type in kinds]
        return before[-1] if before else None
    return next((f for f in mentions if f.start == end and f.type in kinds and not f.ref), None)


def _runs(found: list[Match]) -> dict[tuple[int, int], list[Found]]:
    """The list members of each tied span, by span, in text order."""
    out: dict[tuple[int, int], dict[int, Found]] = {}
    for m in found:
        out.setdefault((m.start, m.end), {}).update(
            {id(m.source): m.source, id(m.target): m.target}
        )
    return {span: sorted(run.values(), key=lambda f: f.start) for span, run in out.items()}


_AND = re.compile(r"^\s*\)?\s*,?\s*(?:and|và|&|cùng|cùng với|as well as)\s*$", re.IGNORECASE)
_ASIDE = re.compile(r"(?:besides|apart from|aside from|unlike|like|ngoài|bên cạnh|khác với)\s*$",
                    re.IGNORECASE)  # fmt: skip


def _closed(text: str, run: list[Found]) -> bool:
    """Whether `run` is one list ending in "and"/"và", not set aside ("Ngoài A và B, C ...")."""
    return _AND.match(text[run[-2].end : run[-1].start]) is not None and not _ASIDE.search(
        text, max(0, run[0].start - 20), run[0].start
    )


def _pairs(found: list[Found], start: int, end: int) -> list[Match]:
    return [Match(RULE, x, y, x.chosen, y.chosen, start, end, 0) for x, y in combinations(found, 2)]


def joint_partners(text: str, lang: str, mentions: list[Found]) -> list[Match]:
    """PARTNERS_WITH between the members of each list a reciprocal tie is stated of, between
    co-launchers of one named thing, and between co-founders and what they founded."""
    out, launched, founded, fronted = each_tied_lists(
        text, lang, mentions, (TIE, _LAUNCH, _FOUNDERS, _FRONTED)
    )
    for (a, b), run in _runs(launched).items():
        if _closed(text, run) and _made(mentions, a, b, run, _THINGS) is not None:
            out += _pairs(run, a, b)
    for (a, b), run in _runs(founded).items():
        if not _closed(text, run):
            continue
        made = _made(mentions, a, b, run, _ORGS)
        out += _pairs(run if made is None or made in run else [made, *run], a, b)
    for (a, b), run in _runs(fronted).items():
        if len(run) > 1 and text[run[-2].end : run[-1].start] == ", ":
            out += [Match(RULE, run[-1], x, run[-1].chosen, x.chosen, a, b, 0) for x in run[:-1]]
    return out
