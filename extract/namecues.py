"""Cue patterns for names the catalogue lacks, in English and Vietnamese (data + small functions).

`cue_names` adds to what `discovery.discover_names` found, from constructions news writers
use to introduce a new name:

- appositions and copulas: "Mei Tanaka, a semiconductor analyst at", "Jason Droege, Scale's
  chief strategy officer", "Zeta Advisory, a Dubai consultancy", "Mareva, another Hefei
  maker", "Orbit Fold, a foldable laptop", "Lattice Core 2 is a single processor", "Lumen
  2.0, mô hình mã nguồn mở", "Saffra là mô hình", "Essonne, ngoại ô Paris";
- cues before: titles ("Sheikh", "Crown Prince"), roles of an organisation ("chief executive
  of X", "nhà phân tích tại X"), roles with what they cover ("Phó chủ tịch phụ trách chính
  sách X"), places ("near X", "a data centre in X", "đặt tại X"), event nouns with
  descriptors ("triển lãm công nghệ X"), devices and robots ("its humanoid robot X", "robot
  hình người X", "cụm máy chủ X"), "a startup called X";
- a determiner, a name and a head noun: "its Kestrel humanoid", "their NovaCloud service";
- acronyms after the long name they shorten: "Office of Frontier Compute Policy (OFCP)";
- Vietnamese founders ("do Lưu Khải Minh sáng lập"), renderings cut to their pinyin ("cựu CEO
  Kingsoft Lôi Quân (Lei Jun)"), ambiguous one-word places after a preposition ("sang Đức");
- event names ending in an event noun ("China International Supply Chain Expo", "Lantern
  Gala", "Asia Robot Games");
- a town before a known region ("New Carlisle, Indiana");
- device names ("Mate 60 Pro", "Pura 80 phones") and their siblings in the document.
- models named with their parameter count ("Vistral-7B-Chat"); vehicles and driving systems
  after their nouns ("mẫu SUV điện X", "chiếc X", "the X sedan", "its X driving system").

- a determiner, a name and a head noun of any kind: "its Connect conference", "the company's
  Seed research team", "the X video model", "the CASP14 assessment";
- programmes named in quotes after their noun ('dự án "Đông số Tây toán"'), one-word sources
  ("theo StatCounter,"), brands in brackets after a new company ("... Hàn Giang (HanData)"),
  appositions past an owner ("Chrome của Google, trình duyệt ...").

It also drops adjectival compounds ("China-specific", "Arabic-language", "Blackwell-generation")
that other cues took for names, and the "AI" of "AI chips" from a chip's name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from extract.cues import BEFORE as TYPE_CUES
from extract.cues import (
    DATE_WORDS,
    DEMONYMS,
    GENERIC_NAMES,
    HEAD_WORDS,
    LEADING_WORDS,
    ORG_SUFFIXES,
    SURNAME_WORDS,
    TIME_NOUNS,
)
from extract.text import has_vietnamese

__all__ = [
    "COMPOUND_ENDS",
    "PROCESS_NODE",
    "adjectival",
    "compound_end",
    "cue_names",
    "named_for_country",
    "opener_word",
    "surname_first",
]

# -- data -----------------------------------------------------------------------------------

# capital letters of Latin script, Vietnamese ones included ("Đ", "Ư", "Ở")
_UP = "A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper())
_CAP_VI = rf"[{_UP}][^\W\d_]*"  # a capitalised word

_ROLE_EN = (
    r"analyst|partner|professor|researcher|economist|engineer|scientist|executive|officer|"
    r"director|founder|co-founder|cofounder|chairman|chairwoman|chair|president|spokesperson|"
    r"spokesman|spokeswoman|adviser|advisor|fellow|lawyer|consultant|head|manager|minister|"
    r"secretary|senator|ambassador|commissioner|official|strategist|investor|CEO|CTO|CFO|COO|"
    r"principal|associate|attorney|banker|trader|lobbyist|correspondent|lecturer|scholar|"
    r"entrepreneur|staffer|technologist"
)
_ROLE_VI = (
    r"nhà phân tích|nhà nghiên cứu|giáo sư|tiến sĩ|giám đốc|tổng giám đốc|chủ tịch|"
    r"phó chủ tịch|người sáng lập|nhà sáng lập|đồng sáng lập|người đứng đầu|kỹ sư|"
    r"nhà khoa học|chuyên gia|đối tác|người phát ngôn|bộ trưởng|thứ trưởng|CEO|CTO|"
    r"phó giám đốc|phó tổng giám đốc|phó khoa|trưởng khoa|trưởng phòng|trưởng nhóm|"
    r"viện trưởng|phó viện trưởng|hiệu trưởng|giáo viên|giảng viên|bác sĩ|luật sư|nhà báo|"
    r"doanh nhân"
)
_ORG_EN = (
    r"firm|company|consultancy|startup|start-up|lab|laboratory|group|chipmaker|manufacturer|"
    r"maker|developer|designer|provider|operator|fund|investor|bank|agency|regulator|institute|"
    r"university|conglomerate|giant|foundry|supplier|unicorn|outlet|publication|newspaper|"
    r"broadcaster|think tank|organisation|organization|association|consortium|subsidiary|"
    r"division|affiliate|carrier|retailer|automaker|insurer|lender|exchange|arm|unit|"
    r"joint venture|venture|spin-off|spinoff|carmaker|biotech|drugmaker|telco|studio|publisher|"
    r"brokerage|nonprofit|non-profit|charity|foundation|court|tribunal|watchdog|label|brand"
)
_ORG_VI = (
    r"công ty khởi nghiệp|công ty con|công ty|hãng|tập đoàn|startup|quỹ|nhà sản xuất|nhóm|"
    r"nhà cung cấp|phòng thí nghiệm|viện|nhà phát triển|doanh nghiệp"
)
# plural company nouns that stand right before company names ("fashion labels X and Y",
# "chipmakers X and Y"); not "investors" or "rivals", which people may be too
_ORGS_BARE_EN = (
    r"companies|firms|startups|start-ups|chipmakers|automakers|carmakers|conglomerates|"
    r"foundries|unicorns|publishers|broadcasters|retailers|labels|brands|telcos|utilities|"
    r"insurers|lenders|giants|suppliers|vendors|manufacturers|drugmakers|biotechs"
)
# plural company nouns that may open a list of companies
_ORGS_EN = (
    r"utilities|companies|firms|startups|start-ups|chipmakers|labs|groups|banks|investors|"
    r"funds|rivals|operators|developers|manufacturers|makers|giants|studios|carriers|insurers|"
    r"lenders|automakers|carmakers|suppliers|providers|conglomerates|foundries|unicorns|"
    r"publishers|broadcasters|outlets|retailers|vendors|designers|backers"
)
_DEVICE_EN = (
    r"phones?|smartphones?|handsets?|laptops?|notebooks?|tablets?|smartwatch(?:es)?|headsets?|"
    r"earbuds"
)
_PRODUCT_EN = (
    rf"app|application|{_DEVICE_EN}|browser|chatbot|assistant|platform|service|device|headset|"
    r"glasses|car|vehicle|robotaxi|robot|operating system|search engine|marketplace|editor|"
    r"IDE|agent|software|console|wearable|foldable|humanoid|humanoid robot|robot dog|quadruped"
)
_PRODUCT_VI = (
    r"nền tảng|ứng dụng|dịch vụ|trình duyệt|trợ lý|chatbot|điện thoại|mẫu điện thoại|"
    r"máy tính xách tay|máy tính|laptop|thiết bị|hệ điều hành|công cụ|phần mềm"
)
_TITLES = {
    "en": (
        r"Sheikh|Sheikha|Crown Prince|Prince|Princess|King|Queen|Emir|Sultan|Prime Minister|"
        r"Minister|Senator|Sen\.|Rep\.|Representative|Governor|Gov\.|Commissioner|Ambassador|"
        r"Chancellor|Premier|Vice President|Lord|Sir|Dame|Judge|Dr\."
    ),
    "vi": (
        r"Sheikh|Thái tử|Hoàng tử|Quốc vương|Tiểu vương|Thượng nghị sĩ|Hạ nghị sĩ|Thống đốc|"
        r"Đại sứ|thái tử|hoàng tử|quốc vương|thượng nghị sĩ|thống đốc|đại sứ|"
        r"TS\.|ThS\.|GS\.|PGS\."  # academic titles: tiến sĩ, thạc sĩ, (phó) giáo sư
    ),
}
# posts a company names a person to (not "investor" or "partner": firms are those too)
_POST_EN = r"chief executive|chief [a-z]+ officer|chief scientist|CEO|CTO|CFO|COO|president|chairman|chairwoman|chair"
_MODEL_EN = r"model|LLM|language model|reasoning model|video generator|image generator"
_CHIP_EN = r"chip|processor|GPU|accelerator|CPU|NPU|superchip|SoC|supercomputer"
_EVENT_EN = r"conference|summit|expo|exhibition|forum|fair|festival|trade show|convention"
_EVENT_VI = r"hội nghị|triển lãm|diễn đàn|hội thảo|hội chợ|sự kiện|liên hoan"
_PLACE_VI = r"ngoại ô|thủ phủ|thủ đô|thành phố|tỉnh|bang|quận|huyện|vùng|khu vực"
_CALLED_EN = r"called|named|dubbed|known as|branded"
_DET_EN = r"(?:a |an |the |its |their |another |one of the |[A-Z][\w&.-]*(?:'s|’s) )"
_NOT_EN = r"(?:said|says|told|and|or|but|which|that|who|to|in|of|for|with)"  # ends the phrase
# an apposition or a copula before a noun phrase: "X, a chip designer", "X is a chip designer"
_IS_EN = r"(?:, | (?:is|was|remains|has been) )"
_IS_VI = r"(?:, (?:một |là )?| là (?:một )?)"
_DESC_EN = rf"(?:(?!{_NOT_EN} )[\w.'’-]+ ){{0,4}}?"  # "the Ottawa-based research firm"
_NOUN_END = r"(?![\w-]|['’]s\b)"  # "the firm" but not "the firm's chief technology officer"
_VI_STOP = (
    r"tại|ở|của|do|và|với|cho|khi|năm|hôm|ngày|tháng|trong|về|là|có|được|này|đó|sẽ|đã|"
    r"vừa|mới|đang|cùng|lần|thứ|từ|trên"
)
_DESC_VI = rf"(?: (?!(?:{_VI_STOP})\b)[a-zà-ỹđ]+){{0,4}}"  # lowercase descriptors
# a role with what it covers: "Phó chủ tịch phụ trách chính sách X", "Ủy viên an ninh mạng X"
_ROLE_TITLE_VI = (  # the first letter in either case (no IGNORECASE: literals scan faster)
    r"(?:[Cc]hủ tịch|[Pp]hó chủ tịch|[Gg]iám đốc|[Tt]ổng giám đốc|[Pp]hó giám đốc|[Uu]ỷ viên|"
    r"[Ủủ]y viên|[Nn]gười phát ngôn|[Pp]hát ngôn viên|[Bb]ộ trưởng|[Tt]hứ trưởng|[Tt]rưởng ban|"
    r"[Tt]rưởng nhóm)"
)
_DESC_ROLE_VI = (
    r"(?: (?!(?:của|tại|ở|cho|với|và|do|từ|trong|thuộc|là|khi|đã|sẽ|vừa)\b)[a-zà-ỹđ]+){0,8}"
)

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
        # "named X as its new CTO"; "X and Y, two of the lab's first engineers"
        ("Person", rf" as (?:its|the|their) (?:new |next |interim |acting )?(?:{_POST_EN})\b"),
        ("Person", rf", (?:two|three|four|both) of {_DESC_EN}(?:{_ROLE_EN})s\b"),
        # "X, one of Huawei's rotating chairmen"; "X was hired last summer by"
        (
            "Person",
            r", one of [A-Z][\w&.-]*(?:'s|’s) (?:[a-z-]+ )?(?:chairmen|chairwomen|co-founders|founders|chief executives|co-CEOs)\b",
        ),
        (
            "Person",
            r" (?:was|were|has been|had been) (?:[a-z]+ ){0,2}?(?:hired|recruited|poached) (?:[a-z]+ ){0,3}?by\b",
        ),
        ("Organization", rf"{_IS_EN}(?:a |an |the |another ){_DESC_EN}(?:{_ORG_EN}){_NOUN_END}"),
        ("Product", rf"{_IS_EN}(?:a |an |the |its |their ){_DESC_EN}(?:{_PRODUCT_EN}){_NOUN_END}"),
        ("Product", rf" (?:{_DEVICE_EN})(?![\w-])"),
        # "the Kestra S9 sedan", "its Qiankun ADS driving system"
        (
            "Product",
            (
                r" (?:sedans?|SUVs?|hatchbacks?|minivans?|pickups?|electric cars?|EVs|"
                r"(?:assisted |autonomous |self-)?driving systems?|driver[- ]assistance systems?)"
                r"(?![\w-])"
            ),
        ),
        ("AIModel", rf"{_IS_EN}(?:a |an |the |its |their ){_DESC_EN}(?:{_MODEL_EN}){_NOUN_END}"),
        ("Hardware", rf"{_IS_EN}(?:a |an |the |its |their ){_DESC_EN}(?:{_CHIP_EN}){_NOUN_END}"),
        ("Event", rf"{_IS_EN}(?:a |an |the ){_DESC_EN}(?:{_EVENT_EN}){_NOUN_END}"),
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
        ("Organization", rf"{_IS_VI}(?:{_ORG_VI})\b"),
        ("Product", rf"{_IS_VI}(?:{_PRODUCT_VI})\b"),
        ("AIModel", rf"{_IS_VI}(?:(?:dòng|bộ|họ) mô hình|mô hình|phiên bản)\b"),
        ("Hardware", rf"{_IS_VI}(?:chip|bộ xử lý|vi xử lý|bộ tăng tốc|siêu máy tính)\b"),
        ("Event", rf"{_IS_VI}(?:{_EVENT_VI})\b"),
        ("Location", rf", (?:{_PLACE_VI}|gần|phía (?:bắc|nam|đông|tây))\b"),
    ],
}
# before a name: type <- pattern matched right before it (ends with the space before it)
BEFORE: dict[str, list[tuple[str, str]]] = {
    "en": [
        ("Person", rf"(?<![\w-])(?:{_TITLES['en']}) $"),
        # investors lead rounds: "a round led by Halden Capital", "Series B co-led by Orvo"
        (
            "Organization",
            (
                r"\b(?:round|funding|financing|investment|raise|Series [A-H]\d?) "
                r"(?:(?:was|is|that was|which was) )?(?:co-)?led by $"
            ),
        ),
        # "founded in 2019 by X", "a start-up set up by X and Y"
        (
            "Person",
            (
                r"\b(?:run|led|headed|chaired|founded|co-founded|co-led|overseen|championed|"
                r"set up|started|established)(?: in (?:19|20)\d\d)? by $"
            ),
        ),
        # "whose chief executive is X", "its founder was X"
        ("Person", rf"\b(?:whose|its|their) (?:{_POST_EN}|founder|co-founder) (?:is|was) $"),
        (
            "Organization",
            (
                rf"\b(?:(?:{_ROLE_EN}|chief [a-z]+ officer|chief executive|vice president|"
                r"employee|staff|executive) (?:of|at)|works? (?:at|for)|worked (?:at|for)) $"
            ),
        ),
        # "an analyst with Corvid Advisors": who a researcher or adviser works with
        (
            "Organization",
            (
                r"\b(?:analyst|economist|strategist|researcher|scientist|fellow|partner|"
                r"consultant|lawyer|attorney|adviser|advisor) with $"
            ),
        ),
        # "chief executive Ana Ruiz of X": a role, its holder, then the company
        ("Organization", rf"\b(?:{_POST_EN}) (?:[A-Z][\w'’-]* ){{2,3}}of $"),
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
        # "Lumo's humanoid Kestrel", "its humanoid robot Apollo"
        (
            "Product",
            (
                r"(?:\b(?:its|their|the|a|an|new)|\w['’]s)(?: [a-z][\w-]*)? (?:humanoid|"
                r"humanoid robot|robot|robot dog|quadruped) $"
            ),
        ),
        # "a data centre in Tabuk", "its new fab near Sendai"
        (
            "Location",
            (
                r"\b(?:data cent(?:re|er)s?|factory|factories|plants?|fabs?|facility|facilities|"
                r"campus|headquarters|offices?|hub) (?:in|near|outside) $"
            ),
        ),
        # a plural company noun opening a list: "two utilities, X and Y", "labs such as X"
        (
            "Organization",
            (
                rf"(?:\b(?:two|three|four|five|six|several|both) (?:[A-Za-z][\w.-]* ){{0,2}}"
                rf"(?:{_ORGS_EN}),|\b(?:{_ORGS_EN}),? (?:such as|including|like)) $"
            ),
        ),
        ("Organization", rf"\b(?:{_ORGS_BARE_EN}) $"),
        # "a startup called X", "an enterprise system dubbed X"
        ("Organization", rf"\b(?:{_ORG_EN}) (?:{_CALLED_EN}) $"),
        ("Product", rf"\b(?:{_PRODUCT_EN}|system|tool|engine) (?:{_CALLED_EN}) $"),
        # "its first product, X,": a product introduced by its place in a line-up
        ("Product", r"\b(?:[Ii]ts|[Tt]heir) (?:first|new|newest|latest|flagship|debut) product, $"),
        ("AIModel", rf"\b(?:{_MODEL_EN}) (?:{_CALLED_EN}) $"),
        ("Hardware", rf"\b(?:{_CHIP_EN}) (?:{_CALLED_EN}) $"),
        # "a knowledge test known as KMMLU", "a leaderboard called X"
        (
            "Benchmark",
            rf"\b(?:benchmark|leaderboard|test|exam|evaluation|assessment)s? (?:{_CALLED_EN}) $",
        ),
    ],
    "vi": [
        ("Person", rf"(?<![\w-])(?:{_TITLES['vi']}) $"),
        ("Organization", rf"(?:(?:{_ROLE_VI}) (?:của|tại)|làm việc (?:tại|cho)) $"),
        # "CEO Rochan Sankar của X": a role, its holder, then the company
        ("Organization", rf"(?<!\w)(?:{_ROLE_VI}) (?:[{_UP}][\w'’-]* ){{2,4}}của $"),
        (
            "Location",
            (
                r"(?:đặt tại|đặt ở|nằm ở|nằm tại|ngoại ô|trụ sở(?: chính)? (?:tại|ở)|"
                r"có trụ sở(?: chính)? (?:tại|ở)) $"
            ),
        ),
        ("Event", rf"(?:{_EVENT_VI}){_DESC_VI} $"),
        # a plural company noun opening a list: "các hãng như X, Y và Z", "hai công ty gồm X"
        (
            "Organization",
            rf"(?:[Cc]ác|[Nn]hững|[Hh]ai|[Bb]a|[Bb]ốn|[Nn]ăm|[Nn]hiều) (?:{_ORG_VI}){_DESC_VI} (?:như|gồm) $",
        ),
        ("Product", rf"(?:mẫu robot|robot hình người|robot){_DESC_VI} $"),
        # a noun pointed at, then what it is called: "Phần mềm này là X", "Mô hình đó là Y"
        (
            "Product",
            (
                r"(?<!\w)(?:[Pp]hần mềm|[Ứứ]ng dụng|[Nn]ền tảng|[Hh]ệ thống|[Ss]ản phẩm|[Cc]ông cụ|"
                r"[Tt]rợ lý(?: ảo)?|[Tt]rình duyệt|[Cc]hatbot|[Tt]hiết bị) (?:này|đó) là $"
            ),
        ),
        ("AIModel", r"(?<!\w)[Mm]ô hình (?:này|đó) là $"),
        (
            "Organization",
            r"(?<!\w)(?:[Cc]ông ty|[Hh]ãng|[Dd]oanh nghiệp|[Ss]tartup|[Tt]ập đoàn) (?:này|đó) là $",
        ),
        (
            "Location",
            rf"(?:trung tâm dữ liệu|nhà máy|khu công nghiệp|văn phòng){_DESC_VI} (?:ở|tại) $",
        ),
        # vehicles and their driving systems: "mẫu SUV điện X", "chiếc X", "hệ thống lái X"
        (
            "Product",
            (
                rf"(?<!\w)(?:mẫu xe|mẫu ô tô|mẫu SUV|mẫu sedan|xe điện|chiếc|"
                rf"hệ thống (?:hỗ trợ )?lái){_DESC_VI} $"
            ),
        ),
        (
            "Product",
            (
                rf"(?<!trên )(?:[Nn]ền tảng|[Đđ]iện thoại|mẫu điện thoại|máy tính xách tay|"
                rf"cụm máy chủ){_DESC_VI} $"
            ),
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
        "humanoid",
        "robot",
        "dog",
        "quadruped",
        "called",
        "named",
        "dubbed",
        "product,",
        *(f"{noun}," for noun in _ORGS_EN.split("|")),
        *_ORGS_BARE_EN.split("|"),
        "as",
        "is",
        "was",
        "including",
        "like",
        "with",
    ]
)
_LAST_VI = frozenset(
    [t.split()[-1] for t in re.sub(r"\\.", ".", _TITLES["vi"]).split("|")]
    + ["của", "tại", "ở", "cho", "ô", "như", "gồm", "chiếc", "là"]
)
_NOUNS_VI = re.compile(rf"{_EVENT_VI}|ền tảng|iện thoại|máy tính|robot|máy chủ|xe|SUV|sedan|lái")
_EVENT_NOUNS = (
    "Expo|Exposition|Summit|Conference|Forum|Festival|Fair|Congress|Convention|Symposium|"
    "Hackathon|Awards|Dialogue|Exhibition|Olympiad|Show|Gala|Games|Olympics|Marathon|"
    "Half-Marathon|Championship|Championships|Challenge"
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
# in Vietnamese also two to four capitalised syllables with their marks ("Lê Quang Vinh")
_PERSON_VI = rf"(?:{_PERSON}|{_CAP_VI}(?: {_CAP_VI}){{1,3}})"
_TITLED = {
    lang: re.compile(
        "(?:"
        + "|".join(title[0] + r"(?<![\w-].)" + title[1:] for title in titles.split("|"))
        + rf") (?P<name>{_PERSON if lang == 'en' else _PERSON_VI})"
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
# a model named with its size in parameters: "Vistral-7B-Chat", "Falcon-40B" (not "F-35B")
_SIZED_MODEL = re.compile(
    r"[A-Z](?<![\w.\-].)[A-Za-z][\w.]*(?:-[\w.]+)*?-\d+(?:\.\d+)?[BM](?:-[A-Za-z][\w.]*)*"
    r"(?![\w\-]|\.\w)"
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


# a role before a name, in Vietnamese, with what it covers ("Ủy viên an ninh mạng ")
_ROLE_BEFORE_VI = re.compile(rf"(?:{_ROLE_TITLE_VI}|[Tt]ỷ phú){_DESC_ROLE_VI} $")
_ROLE_HINT_VI = re.compile("tịch|đốc|viên|trưởng|ngôn|tỷ phú")  # a cheap test before it
# a determiner before a name and a head noun after it: "its Kestrel humanoid", "their NovaCloud
# service", "the maker's Orin Nano module", "Lumo's larger K3 humanoid"
_HEAD_BEFORE = re.compile(
    r"(?:\b(?:[Ii]ts|[Tt]heir|[Tt]he|an?|An?|new|his|her|our)|\w['’]s)"
    r"(?: (?!(?:and|or|of|in|to|for|with|but|that|which)\b)[a-z][\w-]*){0,2} $"
)
# the head noun, maybe after one describing word ("its Connect conference", "the Hailuo AI
# video model", "the company's Seed research team", "the CASP14 structure-prediction assessment")
_HEAD_AFTER = re.compile(
    r" (?:(?!(?:and|or|of|in|to|for|with|but|that|which|is|was|has|had|will|would|can|could|"
    r"said|says|are|were|also)\b)[a-z][\w-]* )?"
    r"(?:(?P<Product>humanoids?|humanoid robots?|robot dogs?|quadrupeds?|system|service|"
    r"assistant|platform|software|suite|tool)|"
    r"(?P<Hardware>modules?|chips?|processors?|accelerators?|superchips?|supercomputers?)|"
    r"(?P<AIModel>model)|(?P<Event>conference|summit|expo|festival|hackathon)|"
    r"(?P<Organization>team|research team)|"
    r"(?P<Benchmark>benchmark|leaderboard|assessment|test suite))"
    r"(?![\w-]| (?:project|programme|program|team|effort|line|business|division|unit|industry|"
    r"market|makers?|startup|company|firm|sector|push|race|strategy|plan|call|room|hall|"
    r"centre|center|season|circuit)\b)"
)
# an acronym in brackets after the long name it shortens: "Bureau of Industry and Security
# (BIS)", "Công ty Chứng khoán Hoa Thịnh (HTS)"
_ACRONYM = re.compile(r" \((?P<acr>[A-Z][A-Z0-9&]{1,7})\)")
_LONG_WORDS = re.compile(r"[^\W\d_][\w'’&.-]*|,")
_LINK_WORDS = frozenset(["of", "on", "for", "and", "the", "in", "to", "de", "du", "&", ","])
_ACRONYM_HEADS = {  # last word of an English long name -> type
    **dict.fromkeys(
        [
            "Committee",
            "Commission",
            "Bureau",
            "Ministry",
            "Department",
            "Agency",
            "Administration",
            "Office",
            "Authority",
            "Council",
            "Institute",
            "Corporation",
            "Company",
            "Association",
            "Center",
            "Centre",
            "Laboratory",
            "Lab",
            "Labs",
            "University",
            "Academy",
            "Foundation",
            "Organization",
            "Organisation",
            "Group",
            "Fund",
            "Bank",
            "Alliance",
            "Consortium",
            "Federation",
            "Board",
            "Service",
            "Industry",
            "Security",
            "Technology",
        ],
        "Organization",
    ),
    **dict.fromkeys(
        [
            "Act",
            "Rule",
            "Law",
            "Regulation",
            "Order",
            "Directive",
            "Plan",
            "Program",
            "Programme",
            "Initiative",
            "Strategy",
            "Framework",
        ],
        "Policy",
    ),
    **dict.fromkeys(["Conference", "Summit", "Forum", "Expo", "Exhibition", "Festival"], "Event"),
}
_ACRONYM_HEAD_VI = re.compile(
    r"(?:(?P<org>Công ty|Tập đoàn|Cục|Bộ|Viện|Ủy ban|Uỷ ban|Quỹ|Ngân hàng|Đại học|Trường Đại học|"
    r"Hãng|Trung tâm|Hiệp hội|Cơ quan|Tổng cục|Học viện|Liên minh|Hội đồng|Văn phòng|"
    r"Phòng thí nghiệm|Liên đoàn|Công đoàn|Tổ chức|Hội)|(?P<policy>Đạo luật|Luật|Sắc lệnh|Quy định|Chương trình)|"
    r"(?P<event>Hội nghị|Hội thảo|Triển lãm|Diễn đàn))(?: [^\s,.;:()\"“”]+){1,8}$"
)
# a body's head noun and what it serves, after "of" or "for": "Internet Society of China",
# "Ministry of Commerce", "Kestrel Centre for Data Policy"
_BODY_HEADS_EN = (
    "Association|Society|Federation|Chamber|Academy|Institute|Administration|Ministry|Council|"
    "Commission|Bureau|Agency|Authority|University|Committee|Confederation|Union|Centre|Center|"
    "Foundation|Department"
)
_BODY_EN = re.compile(
    rf"\b(?:{_BODY_HEADS_EN}) (?:of|for) (?:the )?[A-Z][\w-]*(?: (?:and |& )?[A-Z][\w-]*){{0,3}}"
    r"(?P<fields>(?:, [A-Z][\w-]*){1,2},? and [A-Z][\w-]*(?: [A-Z][\w-]*)?)?(?![\w-])"
)  # the fields a ministry covers: "Ministry of Trade, Industry and Energy"
_BODY_OPENING = re.compile(
    r"(?<![\w'’-])(?:[A-Z][\w-]* ){1,3}$"
)  # "Internet " of "Internet Society"
# a Vietnamese national body: a head noun, words each opening with a capital, "Quốc gia" or
# "Nhà nước" last ("Tổng cục Phát thanh Truyền hình Quốc gia")
_BODY_VI = re.compile(
    rf"(?<!\w)(?:Tổng cục|Ủy ban|Uỷ ban|Cục|Hiệp hội|Viện|Học viện|Hội đồng)"
    rf"(?: [{_UP}][^\W\d_]*(?: (?!(?:{_VI_STOP})\b)[a-zà-ỹđ]+){{0,2}}){{1,5}}? "
    r"(?:Quốc gia|Nhà nước)(?!\w)"
)
# a school, hospital, fund or public body in Vietnamese: its head, then words each opening with a
# capital, each maybe followed by up to three lowercase syllables ("Viện Trí tuệ nhân tạo Quốc
# gia", "Bệnh viện Đa khoa Tâm Anh", "Sở Khoa học và Công nghệ TP.HCM"); lowercase syllables
# only before a capital, punctuation, a linking word or a verb, and never a verb themselves.
# The name ends before punctuation, a linking word, a verb or a capital, so "Viện Trí tuệ nhân
# tạo đang" is named and "Bệnh viện Chợ Rẫy hợp tác với" is cut before its verb
_VERBS_VI = (
    r"cho biết|cho hay|công bố|ra mắt|tài trợ|hợp tác|ký|triển khai|phát triển|cung cấp|"
    r"tổ chức|thông báo|cảnh báo|phê duyệt|ứng dụng|dùng|sử dụng|mở|đưa|nhận|đạt|khẳng định|"
    r"nhấn mạnh|chia sẻ|yêu cầu|đề xuất|ban hành|đầu tư|xây dựng|thành lập|nghiên cứu|vận hành|"
    r"chính thức|tiếp nhận|điều trị|cấp|chỉ đạo|khuyến cáo|ghi nhận|công nhận|hướng dẫn|"
    r"dẫn dắt|thử nghiệm|rót vốn|gọi vốn|mua lại|sở hữu|tham gia|lãnh đạo|điều hành|thực hiện|"
    r"tuyên bố|cho rằng|nhận định|đánh giá|cam kết|thúc đẩy|hỗ trợ|tiếp tục|bắt đầu|hoàn thành|"
    r"kết hợp|liên kết|áp dụng|chịu|bị|giới thiệu|phối hợp|lên kế hoạch|muốn|cần|phải|không|"
    r"chọn|kể|tung|vượt|giành|nhắm|đặt cược|đua"
)
_SCHOOL_HEADS_VI = (
    r"Trường Đại học|Đại học|Học viện|Viện nghiên cứu|Viện|Bệnh viện|Trung tâm nghiên cứu|"
    r"Phòng thí nghiệm|Trung tâm|Quỹ|Sở|Cục|Tổng cục|Ủy ban|"
    r"Uỷ ban|Hiệp hội"
)
# linking words, never inside such a name (unlike "mới" of "Đổi mới", "có", "năm")
_BODY_HEAD_VI = re.compile(rf"(?:{_SCHOOL_HEADS_VI}) ")
_LINKS_VI = (
    r"tại|ở|của|do|và|với|cho|khi|hôm|ngày|tháng|trong|về|là|được|này|đó|sẽ|đã|vừa|đang|cùng|"
    r"từ|trên|ra|vào|lên|bằng|sau|trước|nhằm|để|nhưng|mà|thì|nên|rằng|hay|hoặc|các|những|một|"
    r"hai|ba|vẫn|còn|cũng|chỉ|đều|lại|không|chưa|theo|qua|giữa|gồm|như|nay|thuộc|trực"
)
_LOW_VI = rf"(?!(?:{_LINKS_VI}|{_VERBS_VI})\b)[a-zà-ỹđ]+"
# "và" joins the fields a body covers, after a lowercase syllable ("Khoa học và Công nghệ"),
# not two names ("Quỹ Halvard và Orsen Management")
_CAP_GROUP_VI = (
    rf"[{_UP}][^\W\d_]*(?:\.[{_UP}]+)?"  # "TP.HCM"
    rf"(?:(?: {_LOW_VI}){{1,3}}(?: và(?= [{_UP}])(?! (?:{_SCHOOL_HEADS_VI})\b))?"
    rf"(?= [{_UP}(]|[,.;:)]| (?:{_VI_STOP}|{_VERBS_VI}|thuộc|nói)\b))?"
)
_SCHOOL_VI = re.compile(
    rf"(?<!\w)(?:{_SCHOOL_HEADS_VI})"
    rf"(?: {_CAP_GROUP_VI}){{1,6}}"
    rf"(?=[,.;:)]|$| (?:{_VI_STOP}|{_VERBS_VI}|thuộc|nói)\b| [{_UP}(])"
)
# a legal document by its number: "Thông tư 09/2024/TT-BTTTT", "Nghị quyết 57-NQ/TW",
# "Decree No. 13/2023/ND-CP", "Decision 127/QD-TTg"
_NUMBERED_RULE = re.compile(
    r"(?<!\w)(?:Nghị định|Thông tư liên tịch|Thông tư|Quyết định|Nghị quyết|Chỉ thị|Decree|"
    r"Circular|Decision|Resolution|Directive)(?: (?:số|No\.?))? \d{1,4}(?:/(?:19|20)\d\d)?"
    r"[/-][A-ZĐ]{2,}(?:-[A-ZĐ][A-ZĐa-z0-9&]+)*(?:/[A-ZĐ]{2,})?(?![\w/-])"
)
# a national standard by its code: "GB 45438-2025", "GB/T 42755-2023"
_STANDARD = re.compile(r"(?<![\w/])GB(?:/T|/Z)? \d{4,5}(?:\.\d+)?-(?:19|20)\d\d(?![\w-])")
# a rule's title in quotes, opened by a rule noun: "Biện pháp gắn nhãn ...", "Provisions on the
# Administration of ..." (an English title goes on with a linking word and a capital)
_QUOTED_RULE = re.compile(
    r"[\"“](?P<title>(?:(?:Biện pháp|Quy định|Nghị định|Thông tư|Luật|Đạo luật)"
    r" [a-zà-ỹđA-Z][^\"“”.,!?;:]{6,110}|(?:Measures|Provisions|Regulations|Rules|Guidelines|Law|Act)"
    r" (?:for|on|of|to) (?:the )?[A-Z][^\"“”.,!?;:]{3,110}))[\"”]"
)
# a campaign named in quotes: 'chiến dịch "Thanh Lãng"', 'a campaign dubbed "Clean Web"'
_QUOTED_CAMPAIGN = re.compile(
    r"(?:[Cc]hiến dịch|[Cc]ampaign)(?: (?:called|named|dubbed|mang tên|có tên|gọi là))? "
    rf"[\"“](?P<name>[{_UP}][^\"“”.,!?;:]{{1,40}})[\"”]"
)
# a programme, plan or order named in quotes after its noun ('sắc lệnh hành pháp "Thúc đẩy ..."',
# 'dự án "Đông số Tây toán"', 'an executive order titled "Advancing ..."') or before it
# ('the "AI Plus" initiative')
_POLICY_NOUNS_VI = (
    r"[Ss]ắc lệnh(?: hành pháp)?|[Dd]ự án|[Cc]hương trình|[Kk]ế hoạch(?: hành động)?|"
    r"[Cc]hiến lược|[Đđ]ề án|[Cc]hính sách|hành động"
)
_POLICY_NOUNS_EN = r"executive order|initiative|programme|program|plan|strategy|project|policy"
_QUOTED_POLICY = re.compile(
    rf"(?:(?<!\w)(?:{_POLICY_NOUNS_VI}|{_POLICY_NOUNS_EN}|Executive Order)(?: (?:mang tên|có tên|"
    r"gọi là|về|called|named|dubbed|titled|entitled|known as))? "
    rf"[\"“](?P<name>[{_UP}][^\"“”.!?;:]{{1,90}})[\"”]|"
    rf"[\"“](?P<before>[{_UP}][^\"“”.,!?;:]{{1,60}})[\"”] (?:{_POLICY_NOUNS_EN})\b)"
)
# "Lôi Quân (Lei Jun)": a Vietnamese rendering and the pinyin it renders
_RENDERED = re.compile(r" \((?P<roman>[A-Z][a-z]+(?:[ -][A-Za-z][a-z]+){1,2})\)")
_SYLLABLE = re.compile(r"[aeiouü]+")
# "hãng chip do Lưu Khải Minh đồng sáng lập", "Được A, B và C thành lập", "do A và B, hai
# nhà nghiên cứu cũ của Zeta, lập ra": who founded or runs it, maybe a list and an apposition
_CAP_NAME_VI = rf"{_CAP_VI}(?: {_CAP_VI}){{1,3}}"
_FOUNDED_BY_VI = re.compile(
    rf"(?<!\w)(?:do|[Đđ]ược|bởi) (?P<names>{_CAP_NAME_VI}(?:, {_CAP_NAME_VI}){{0,5}}"
    rf"(?:,? và {_CAP_NAME_VI})?)(?:, [^,.;()]{{3,80}},)? (?P<verb>đồng sáng lập|sáng lập|"
    r"thành lập|lập ra|điều hành|dẫn dắt|lãnh đạo)\b"
)
_FOUNDED_VI = frozenset(["đồng sáng lập", "sáng lập", "thành lập", "lập ra"])
_SPLIT_NAMES_VI = re.compile(r",? và |, ")
# a given name and a surname in Latin letters ("Niklas Köhler"), for founders not Vietnamese
_LATIN_PERSON = re.compile(r"[A-Z][a-zà-öø-ÿ'’-]+(?: [A-Z][a-zà-öø-ÿ'’-]+){1,2}")
# "sang Đức", "tại Ý": a one-word place the catalogue holds as an ambiguous alias
_AT_PLACE_VI = frozenset(["ở", "tại", "sang", "đến", "tới", "từ", "khắp", "rời"])


# -- functions ------------------------------------------------------------------------------


def surname_first(text: str, start: int, words: list[str]) -> bool:
    """Whether `words[0]`, a word that also opens sentences ("He"), is a surname here.

    Inside a sentence, after a lowercase word or a comma, "He Jun" is a name.

    >>> surname_first("a lab led by He Jun", 13, ["He", "Jun"])
    True
    >>> surname_first("He Jun said", 0, ["He", "Jun"])
    False
    """
    if words[0] not in SURNAME_WORDS or len(words) < 2:
        return False
    at = start
    while at > 0 and text[at - 1] == " ":
        at -= 1
    return at > 0 and (text[at - 1].islower() or text[at - 1] == ",")


# fields a body may be named for before its other words ("AI Infrastructure Partnership")
_FIELDS = frozenset(["AI", "AGI", "Internet", "IT", "LLM"])


# compounds that qualify the name after them: "New York-based", "Sequoia-backed", "Hong
# Kong-listed", "Alibaba-owned"; never part of that name
COMPOUND_ENDS = ("-based", "-born", "-backed", "-listed", "-owned", "-funded", "-headquartered")


def compound_end(words: list[str]) -> int:
    """How many words of a run a "-based" or "-born" compound closes (0: none, or the last).

    >>> compound_end(["New", "York-based", "Runway"]), compound_end(["Texas-based"])
    (2, 0)
    >>> compound_end(["Hong", "Kong-listed", "Sunwise", "Holdings"])
    2
    """
    for k in range(len(words) - 1, 0, -1):
        if words[k - 1].endswith(COMPOUND_ENDS):
            return k
    return 0


def name_opening(
    text: str, start: int, words: list[str], openers: frozenset[str]
) -> tuple[int, list[str], list[str]]:
    """A run without the words before its name: (start, name words, the words cut).

    Cut are a "-based"/"-born" compound and what it qualifies ("New York-based"),
    sentence openers (unless a surname), generic words, cue words (`openers`) and
    demonyms not part of a company's name (`named_for_country`).
    """
    cut = compound_end(words)
    dropped = words[:cut]
    if cut:
        start += len(" ".join(dropped)) + 1
        words = words[cut:]
    while (
        words
        and not named_for_country(words)
        and (
            (words[0] in LEADING_WORDS and not surname_first(text, start, words))
            or (words[0] in GENERIC_NAMES and not _field_led(words))
            or opener_word(words[0], openers)
            or words[0].endswith(COMPOUND_ENDS)
        )
    ):
        dropped.append(words[0])
        start += len(words[0]) + 1
        words = words[1:]
    return start, words, dropped


# cue words written in capitals ("CEO", "GPU", "PGS.TS"): a word in capitals is a cue only
# when it is one of these, else an acronym ("the CHIPS Security Act" is no chip)
_CAPITAL_CUES = frozenset(k for cues in TYPE_CUES.values() for k in cues if k.isupper())


def opener_word(word: str, openers: frozenset[str]) -> bool:
    """Whether `word` is a cue word (`openers`, lowercase) opening a run, not an acronym.

    >>> opener_word("Startup", frozenset(["startup"])), opener_word("CHIPS", frozenset(["chips"]))
    (True, False)
    """
    return word.lower() in openers and (
        len(word) < 2 or not word.isupper() or word in _CAPITAL_CUES
    )


def _field_led(words: list[str]) -> bool:
    """Whether a field word opens an organisation's name of three or more words ("AI
    Infrastructure Partnership", "Internet Security Alliance"), not a lone "AI Labs"."""
    return len(words) >= 3 and words[0] in _FIELDS and words[-1] in ORG_SUFFIXES


def named_for_country(words: list[str]) -> bool:
    """Whether a demonym opening a run is part of a company's name: two more words, the last
    an organisation suffix ("American Electric Power"; not "Chinese AI" or "Chinese Labs").

    >>> named_for_country(["American", "Electric", "Power"]), named_for_country(["Chinese", "AI"])
    (True, False)
    """
    return (
        len(words) >= 3
        and words[0] in DEMONYMS
        and words[-1] in ORG_SUFFIXES
        and words[1] not in GENERIC_NAMES
        and words[1] not in ORG_SUFFIXES
    )


def country_and_field(words: list[str]) -> bool:
    """Whether a run is a demonym with only generic words after it, a description and not a
    name ("the Emirati AI group": "Emirati AI").

    >>> country_and_field(["Emirati", "AI"]), country_and_field(["Emirati", "Telecom"])
    (True, False)
    """
    return len(words) >= 2 and words[0] in DEMONYMS and all(w in GENERIC_NAMES for w in words[1:])


# the tails of compounds that qualify a noun after them ("Blackwell-generation chips", "H100-class
# GPUs"), unlike the lowercase syllables of given names ("Ji-min", "Eui-sun")
_QUALIFIER_TAILS = frozenset(
    ["generation", "class", "series", "era", "grade", "level", "scale", "sized", "style"]
    + ["like", "equivalent", "powered", "based", "made", "built", "designed", "focused"]
    + ["specific", "compatible", "native", "backed", "owned", "listed", "funded", "led"]
)


def adjectival(name: str) -> bool:
    """Whether `name` is an adjectival compound, not a name ("China-specific", "US-made"),
    or ends in one ("Nvidia Blackwell-generation" of "Blackwell-generation chips").

    >>> adjectival("Arabic-language"), adjectival("Seed-Thinking"), adjectival("GLM-4.5-air")
    (True, False, False)
    >>> adjectival("Nvidia Blackwell-generation"), adjectival("Park Ji-min")
    (True, False)
    """
    last = name.rsplit(" ", 1)[-1]
    m = _ADJ_TAIL.fullmatch(last)
    if m is None or m["tail"] in _NOT_ADJ or any(ch.isdigit() for ch in last):
        return False
    return last == name or m["tail"] in _QUALIFIER_TAILS  # "Park Ji-min" is a name


# a chip's process node, not its name: "7nm", "3-nanometre", "5 nm"
PROCESS_NODE = re.compile(r"\d+(?:\.\d+)? ?-?(?:nm|nanomet(?:er|re)s?)")


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
    if name in HEAD_WORDS:
        return False  # "Phone chips": a head noun alone names nothing
    if country_and_field(words) or words[0] in TIME_NOUNS or PROCESS_NODE.fullmatch(name):
        return False
    if lang == "vi" and len(words) == 1 and has_vietnamese(name):
        return False
    if kind == "Person":
        return (
            len(words) >= 2
            and not any(ch.isdigit() for ch in name)
            and not ORG_SUFFIXES.intersection(words)
            and sum(w[:1].isupper() for w in words) >= 2
            and not any(len(w) > 1 and w.isupper() for w in words)  # "PJM Interconnection"
        )
    return True


# "X của Google, ...": the owner between a name and its apposition, in Vietnamese
_OWNER_VI = re.compile(rf" của (?P<owner>[{_UP}][\w.-]*(?: [{_UP}][\w.-]*){{0,3}})(?=,)")


def _owned_apposition(text: str, at: int, after, after_types, types) -> str | None:
    """The type an apposition gives a name followed by its known owner ("Chrome của Google,
    trình duyệt ..."): the apposition speaks of the name, not of the owner, when it says
    another kind than the owner's."""
    owner = _OWNER_VI.match(text, at)
    if owner is None:
        return None
    have = types.get(owner.span("owner"))
    hit = after.match(text, owner.end()) if have else None
    kind = after_types[int(hit.lastgroup[1:])] if hit else None
    return kind if kind and kind != have and kind != "Person" else None


def _run_names(
    text: str, lang: str, runs, known, types=None
) -> tuple[dict[str, str], dict[str, str]]:
    """Typed names from cues right after (appositions) and right before a capitalised run.

    Runs that are `known` mention spans are skipped; the cues before a name are only tried
    after a word that can end one (`_LAST_EN`, `_LAST_VI`) or, in Vietnamese, near a noun
    that may take descriptors ("triển lãm công nghệ X").
    """
    after, after_types, before, before_types, openers = _compiled(lang)
    out: dict[str, str] = {}
    apposed: dict[str, str] = {}
    known_at = dict(known) if lang == "vi" else {}
    for m in runs:
        if m.span() in known:
            continue
        start, words, _ = name_opening(text, m.start(), m.group().split(), openers)
        if not words:
            continue
        name = " ".join(words)
        if known_at.get(start, m.end()) < m.end() and _ROLE_BEFORE_VI.search(
            text, max(0, start - 60), start
        ):  # "Ủy viên an ninh mạng Munich Hanna Vogel": a role, a place or body, a person
            rest = text[known_at[start] + 1 : m.end()]
            if _fits(rest, "Person", lang):
                out.setdefault(rest, "Person")
                continue
        cue = _NUMBER_AFTER.match(text, m.end())
        hit = after.match(text, cue.end())
        if hit and (not cue["num"] or _fits(name, "other", lang)):
            apposed.setdefault(name + cue["num"], after_types[int(hit.lastgroup[1:])])
            continue
        kind = _owned_apposition(text, cue.end(), after, after_types, types) if types else None
        if kind:  # "Chrome của Google, trình duyệt chiếm ...": what Chrome is
            apposed.setdefault(name + cue["num"], kind)
            continue
        last = text[text.rfind(" ", 0, start - 1) + 1 : start - 1]
        window = text[max(0, start - 50) : start]
        if lang == "en" and last not in _LAST_EN:
            continue
        if lang == "vi" and _ROLE_HINT_VI.search(window) and _ROLE_BEFORE_VI.search(window):
            out.setdefault(name, "Person")  # "Phó chủ tịch phụ trách chính sách X"
            continue
        if lang == "vi" and last not in _LAST_VI and not _NOUNS_VI.search(window):
            continue
        hit = before.search(window)
        if hit and hit.end() == len(window):
            out.setdefault(name, before_types[int(hit.lastgroup[1:])])
    return apposed, out


def _headed(text: str, runs, known, openers) -> dict[str, str]:
    """Names between a determiner and a head noun: "its Kestrel humanoid", "their NovaCloud
    service", "its Connect conference", "the company's Seed research team".

    A generic first word stays ("its AI Kernel Tuner system").
    """
    out: dict[str, str] = {}
    for m in runs:
        if m.span() in known:
            continue
        noun = _HEAD_AFTER.match(text, m.end())
        if noun is None:
            continue
        words = m.group().split()
        start = m.start()
        while len(words) > 1 and (words[0] in LEADING_WORDS or words[0].lower() in openers):
            start += len(words.pop(0)) + 1
        if _HEAD_BEFORE.search(text, max(0, start - 40), start):
            out.setdefault(" ".join(words), noun.lastgroup)
    return out


def _acronyms(text: str, lang: str, known, found, places=frozenset()) -> dict[str, str]:
    """Acronyms in brackets after the long name they shorten, typed by that name.

    In English the acronym spells the initials of the long name's capitalised words and
    the long name's last word says the type ("... Commission (NDRC)"); in Vietnamese the
    long name opens with a head noun ("Công ty ... (HTS)"). A long name found on its own or
    known keeps the acronym out (one entity, not two); a known place (`places`: spans of
    places) may end a Vietnamese long name ("Hiệp hội ... Việt Nam (VXYZ)").
    """
    out: dict[str, str] = {}
    ends = {b for _, b in known}
    for m in _ACRONYM.finditer(text):
        a, b = m.start("acr"), m.end("acr")
        acr = m["acr"]
        if (a, b) in known or acr in GENERIC_NAMES or not text[m.start() - 1 : m.start()].isalnum():
            continue
        window = text[max(0, m.start() - 90) : m.start()]
        head = _ACRONYM_HEAD_VI.search(window) if lang == "vi" else None
        if m.start() in ends:  # "Tập đoàn Viettel (VTL)": the known name's own acronym
            at = m.start() - len(window) + head.start() if head else m.start()
            inside = [k for k in known if at <= k[0] and k[1] <= m.start()]
            if not head or any(k not in places for k in inside):
                continue
        if lang == "vi" and head:
            out.setdefault(acr, "Organization" if head["org"] else
                           "Policy" if head["policy"] else "Event")  # fmt: skip
            continue
        words = _LONG_WORDS.findall(window)
        caps: list[str] = []
        while words and (words[-1][:1].isupper() or words[-1] in _LINK_WORDS):
            w = words.pop()
            if w[:1].isupper():
                caps.insert(0, w)
        letters = acr.replace("&", "")
        # "Guizhou-Cloud Big Data (GCBD)": each part of a hyphenated word has its initial
        caps = [p for w in caps for p in w.split("-") if p[:1].isupper()][-len(letters) :]
        if "".join(w[0] for w in caps) != letters:
            continue
        if lang == "vi" and has_vietnamese(" ".join(caps)):
            continue  # a Vietnamese name without a head noun: its initials say no type
        kind = _ACRONYM_HEADS.get(caps[-1])
        if not kind and _ACRONYM_HEADS.get(caps[0]) == "Organization":
            kind = "Organization"  # "Office of Science and Technology Policy (OSTP)"
        if not kind and len(caps) >= 3 and _opens_with_place(text, m.start(), caps[0], places):
            kind = "Organization"  # "Shanghai Data Exchange (SDE)": a body named for its place
        if kind and " ".join(caps) not in found:
            out.setdefault(acr, kind)
    return out


def _opens_with_place(text: str, end: int, first: str, places) -> bool:
    """Whether the long name before an acronym (ending at `end`) opens with a known place."""
    at = text.rfind(first, max(0, end - 90), end)
    return any(a == at for a, _ in places)


def _bodies(text: str, lang: str, known) -> dict[str, str]:
    """Public bodies and associations named in full ("Cybersecurity Association of China",
    "Ủy ban Quản lý Tiêu chuẩn hóa Quốc gia"), rules by their quoted titles, campaigns by their
    quoted names and national standards by code ("GB 45438-2025").

    A name inside a known mention, or before an acronym in brackets, is left to those.
    """
    out: dict[str, str] = {}
    for m in _QUOTED_RULE.finditer(text):
        if len(m["title"].split()) <= 16 and not any(x <= m.start() + 1 < y for x, y in known):
            out.setdefault(m["title"], "Policy")
    for m in _QUOTED_CAMPAIGN.finditer(text):
        out.setdefault(m["name"], "Event")
    for m in _QUOTED_POLICY.finditer(text):
        out.setdefault(m["name"] or m["before"], "Policy")
    if "GB" in text:
        for m in _STANDARD.finditer(text):
            out.setdefault(m.group(), "Policy")
    if "/" in text:
        for m in _NUMBERED_RULE.finditer(text):
            if not any(x <= m.start() < y for x, y in known):
                out.setdefault(m.group(), "Policy")
    if lang == "vi":
        for m in _SCHOOL_VI.finditer(text):
            if any(x <= m.start() < y for x, y in known) or _ACRONYM.match(text, m.end()):
                continue
            rest = _BODY_HEAD_VI.sub("", m.group(), 1).split()
            if all(w in GENERIC_NAMES for w in rest) or rest == ["Việt"]:
                continue  # "Viện nghiên cứu AI của LG", "Bệnh viện Việt": a description
            out.setdefault(m.group(), "Organization")
    body = _BODY_EN if lang == "en" else _BODY_VI
    if lang == "en" and " of " not in text and " for " not in text:
        return out
    for m in body.finditer(text):
        a, b = m.span()
        if lang == "en" and m["fields"] and any(a < x < b for x, _ in known):
            b = m.start("fields")  # "the Ministry of Defence, Nvidia and Intel": a list
        if lang == "en" and a > 0 and text[a - 1] == " ":
            opening = _BODY_OPENING.search(text, max(0, a - 60), a)
            if opening:  # "the Seoul-based Korea Institute": the compound is no part of it
                words = opening.group().split()
                cut = compound_end([*words, "x"])
                a = opening.start() + sum(len(w) + 1 for w in words[:cut])
        words = text[a:b].split()
        while len(words) > 1 and words[0] in LEADING_WORDS:
            a += len(words.pop(0)) + 1
        if any(x <= a and b <= y for x, y in known):
            continue
        if _ACRONYM.match(text, b):  # "... (BIS)": left to the acronym (see `_acronyms`)
            continue
        out.setdefault(" ".join(words), "Organization")
    return out


def _rendered(text: str) -> tuple[dict[str, str], set[str]]:
    """People written in Vietnamese with their pinyin in brackets, the rendering cut to as
    many words as the pinyin has syllables ("cựu CEO Kingsoft Lôi Quân (Lei Jun)" -> "Lôi
    Quân"); also the starts of those names, to drop the runs that end in one."""
    out: dict[str, str] = {}
    wrong: set[str] = set()
    for m in _RENDERED.finditer(text):
        words = text[max(0, m.start() - 60) : m.start()].split()[-6:]
        n = sum(len(_SYLLABLE.findall(w.lower())) for w in re.split(r"[ -]", m["roman"]))
        if not 2 <= n <= 3 or len(words) <= n:
            continue
        name, before = words[-n:], words[-n - 1]
        if not all(w[:1].isupper() and w.isalpha() for w in name):
            continue
        if before[:1].isupper() and has_vietnamese(before):
            continue  # a longer Vietnamese name than the pinyin says: left as it is
        if not has_vietnamese(" ".join(name)):
            continue
        out[" ".join(name)] = out[m["roman"]] = "Person"
        for k in range(1, n + 1):  # "Kingsoft Lôi", "Kingsoft Lôi Quân": runs across the name
            wrong.add(" ".join(name[:k]))
    return out, wrong


def _vi_people_places(text: str, runs, known) -> tuple[dict[str, str], dict[str, str]]:
    """Vietnamese founders ("do Lưu Khải Minh sáng lập") and one-word places after a
    preposition ("sang Đức"), the latter to be checked against the catalogue."""
    people = {}
    known_starts = {a for a, _ in known}
    for m in _FOUNDED_BY_VI.finditer(text):
        at = m.start("names")
        for name in _SPLIT_NAMES_VI.split(m["names"]):
            at = text.index(name, at)
            if _BODY_HEAD_VI.match(name):
                continue  # "do Quỹ Halvard dẫn dắt": a fund, named by its head noun
            # a Vietnamese name runs the firm; a foreign one only founds it (investors
            # "dẫn dắt" rounds: "vòng gọi vốn do Halden Capital dẫn dắt") and opens with
            # no known name ("do Tencent Music thành lập": a company)
            if has_vietnamese(name) or (
                m["verb"] in _FOUNDED_VI
                and at not in known_starts
                and _LATIN_PERSON.fullmatch(name)
                and not ORG_SUFFIXES.intersection(name.split())
            ):
                people[name] = "Person"
    places = {}
    for m in runs:  # one-word runs only: "ở Đà Nẵng" is a longer run
        word = m.group()
        if " " in word or m.span() in known or len(word) > 12 or m.start() < 2:
            continue
        if text[text.rfind(" ", 0, m.start() - 1) + 1 : m.start() - 1] in _AT_PLACE_VI:
            places[word] = "Location"
    return people, places


# "theo StatCounter,", "according to Gartner,": a one-word source before a comma is a body
_SOURCE_BEFORE = {
    "vi": re.compile(r"(?:^|[\s(\"“])[Tt]heo $"),
    "en": re.compile(r"\b[Aa]ccording to $"),
}


def _sources(text: str, lang: str, runs, known, people: set[str]) -> dict[str, str]:
    """One-word sources a report cites ("theo StatCounter, thị phần ...", "according to
    Gartner, ..."): organisations, unless the word is a name of a person of the document."""
    out: dict[str, str] = {}
    rx = _SOURCE_BEFORE[lang]
    for m in runs:
        word = m.group()
        if (
            " " in word
            or len(word) < 3
            or m.span() in known
            or word in people
            or word in LEADING_WORDS
            or word in GENERIC_NAMES
            or has_vietnamese(word)
            or text[m.end() : m.end() + 1] != ","
        ):
            continue
        if rx.search(text, max(0, m.start() - 16), m.start()) and not re.search(
            rf"[{_UP}][\w'’-]* {re.escape(word)}(?![\w-])", text
        ):  # "Jane Poole ... according to Poole,": the surname of a person named before
            out[word] = "Organization"
    return out


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
        while words and (words[0] in LEADING_WORDS or words[0].islower()):
            words.pop(0)  # "At the Gulf Robotics Forum"
        for k, w in enumerate(words):
            if w.endswith(("'s", "’s")):
                words = words[k + 1 :]  # "Hunan TV's Lantern Gala": the owner is no part
        games = bool(words) and words[-1] == "Games"  # "Asia Robot Games", not "Riot Games"
        if len(words) >= (3 if games else 2) and not (games and "and" in words):
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


# a dateline opening a paragraph: a place in capitals, maybe its country, then a dash
# ("KULAI, Malaysia - ...", "SAN FRANCISCO — ...")
_DATELINE_PLACE = re.compile(
    rf"^((?:[{_UP}]{{2,}} ){{0,2}}[{_UP}]{{3,}})(?:, [{_UP}][\w .]{{1,30}}?)? [-–—] (?=\S)",
    re.MULTILINE,
)


def _dateline_places(text: str) -> dict[str, str]:
    """The place a dateline names, in title case ("KULAI, Malaysia -" -> "Kulai")."""
    out = {}
    for m in _DATELINE_PLACE.finditer(text, 0, 1500):
        words = m[1].split()
        if not any(w in GENERIC_NAMES or w.title() in DATE_WORDS for w in words):
            out[" ".join(w.capitalize() for w in words)] = "Location"
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


def _sized_models(text: str, mentions) -> dict[str, str]:
    """Models named with their parameter count ("PhoGPT-4B-Chat"), unless a known mention
    starts there (a catalogue family's variant is read by `variants`)."""
    starts = {f.start for f in mentions}
    return {m.group(): "AIModel" for m in _SIZED_MODEL.finditer(text) if m.start() not in starts}


def _chip_name(name: str, typed: tuple[str, str]) -> str:
    """A chip's name without the "AI" of "AI chips" ("Tianji AI" -> "Tianji")."""
    if typed[0] == "Hardware" and name.endswith(" AI") and len(name) > 5:
        return name[:-3]
    return name


def _cut_inside(name: str, wrong: set[str]) -> bool:
    """Whether `name` runs into a rendered name ("Kingsoft Lôi", "Kingsoft Lôi Quân")."""
    return any(name.endswith(" " + w) for w in wrong)


def cue_names(st, runs, names: dict[str, tuple[str, str]]) -> dict[str, tuple[str, str]]:
    """`names` (name -> (type, how)) without adjectival compounds, plus names typed by cues."""
    text, lang = st.text, st.language if st.language in AFTER else "en"
    known = {(f.start, f.end) for f in st.mentions}
    types = {(f.start, f.end): f.type for f in st.mentions} if lang == "vi" else None
    apposed, typed = _run_names(text, lang, runs, known, types)
    typed.update(_titled(text, lang))
    people = {w for n, (k, _) in names.items() if k == "Person" for w in n.split()}
    people.update(w for f in st.mentions if f.type == "Person" for w in f.text.split())
    typed.update(_sources(text, lang, runs, known, people))
    typed.update(_places(text, st.mentions))
    typed.update(_dateline_places(text))
    place_spans = {(f.start, f.end) for f in st.mentions if f.type == "Location"}
    typed.update(_acronyms(text, lang, known, names, place_spans))
    typed.update(_bodies(text, lang, known))
    wrong: set[str] = set()
    places: dict[str, str] = {}
    if lang == "en":
        typed.update(_events(text))
        for name, kind in _headed(text, runs, known, _compiled(lang)[4]).items():
            typed.setdefault(name, kind)
    else:
        people, places = _vi_people_places(text, runs, known)
        typed.update(people)
        rendered, wrong = _rendered(text)
        apposed.update(rendered)
    typed.update(_devices(text, typed))
    typed.update(_sized_models(text, st.mentions))
    out = {
        _chip_name(n, v): v
        for n, v in names.items()
        if not adjectival(n) and not (v[0] == "Person" and _cut_inside(n, wrong))
    }
    for name, kind in places.items():  # the catalogue decides (see `Discovery`)
        out.setdefault(name, (kind, "place"))
    typed = {_chip_name(n, (k, "")): k for n, k in typed.items()}
    for name, kind in typed.items():  # a cue here is surer than a suffix or a list
        if out.get(name, ("", "suffix"))[1] != "cue" and _fits(name, kind, lang):
            out[name] = (kind, "cue")
    for name, kind in apposed.items():  # "X, a foldable laptop": surer than any cue before X
        if _fits(name, kind, lang):
            out[name] = (kind, "cue")
    out.update(_brands(text, runs, known, out))
    return out


# a brand in brackets after a company's name: "Công ty CP Dữ liệu Hàn Giang (HanData)"
_BRAND = re.compile(r" \((?P<brand>[A-Z][\w&.-]*(?: [A-Z][\w&.-]*){0,2})\)")


def _brands(text: str, runs, known, names) -> dict[str, tuple[str, str]]:
    """Brands a new company goes by, in brackets after its name: companies too (and, found
    side by side, one with it: see `discovery.same_person`). A name written in Vietnamese
    there is more likely a place ("(Bình Dương)")."""
    out: dict[str, tuple[str, str]] = {}
    for m in runs:
        if names.get(m.group(), ("", ""))[0] != "Organization":
            continue
        b = _BRAND.match(text, m.end())
        if b is None or b.span("brand") in known or has_vietnamese(b["brand"]):
            continue
        if b["brand"] not in names and b["brand"] not in GENERIC_NAMES:
            out[b["brand"]] = ("Organization", "cue")
    return out
