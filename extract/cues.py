"""Type cues: words around a name that tell what kind of thing it is (data only).

`BEFORE[lang]` maps a cue that precedes a name ("công ty khởi nghiệp X",
"CEO X") to an entity type; `AFTER[lang]` a cue that follows it ("X - nhà
nghiên cứu", "X said", "X model"). `ORG_SUFFIXES` end organisation names.
`DESCRIPTOR_OK` cues may have lowercase descriptors before the name
("mô hình lý luận trực quan QwQ").
"""

from __future__ import annotations

import re
from functools import lru_cache

__all__ = [
    "AFTER",
    "BEFORE",
    "COMPANY_ENDINGS",
    "DATE_WORDS",
    "DEMONYMS",
    "DESCRIPTOR_OK",
    "GENERIC_NAMES",
    "HEAD_WORDS",
    "LEADING_WORDS",
    "LEGAL_SUFFIXES",
    "ORG_SUFFIXES",
    "POLICY_SUFFIXES",
    "PRODUCT_SUFFIXES",
    "SURNAME_WORDS",
    "TIME_NOUNS",
    "TRADES",
    "cue_before",
    "role_before_comma",
]

# a degree, then a profession, written as one word ("TS.BS", "ThS.KS", "PGS.TS.BS", "BS.CKII")
_TITLE_COMPOUNDS_VI = [
    f"{degree}.{job}"
    for degree in ("GS", "PGS", "TS", "ThS", "GS.TS", "PGS.TS")
    for job in ("BS", "BSCKI", "BSCKII", "BS.CKI", "BS.CKII", "KS", "DS", "KTS")
] + ["BS.CKI", "BS.CKII", "BSCKI", "BSCKII"]

BEFORE: dict[str, dict[str, str]] = {
    "vi": {
        **dict.fromkeys(
            [
                "công ty khởi nghiệp",
                "công ty",
                "công ty cổ phần",
                "công ty tnhh",
                "TNHH",  # in capitals: a cue, not an acronym of the name after it
                *("CP", "công ty cp"),  # cổ phần, a joint-stock company: "Công ty CP X"
                "ngân hàng",
                "hãng",
                "tập đoàn",
                "startup",
                "phòng thí nghiệm",
                "viện",
                "viện nghiên cứu",
                "viện chính sách",
                "quỹ",
                "nhà sản xuất chip",
                "hãng tin",
                "tờ báo",
                "trang tin",
                "đại học",
                "trường đại học",
                "cơ quan",
                "công ty đầu tư mạo hiểm",
                "quỹ đầu tư",
                "nhà sản xuất",
                "hãng công nghệ",
                "nhóm",
                # the other side of a deal or an investment
                "hợp tác với",
                "ký thỏa thuận với",
                "ký kết với",
                "bắt tay với",
                "thỏa thuận với",
                "rót vốn vào",
                "mua lại",
                # the owner or the other side named after "của"
                "công ty con của",
                "công ty mẹ của",
                "đơn vị của",
                "đối tác của",
                "nhà đầu tư của",
                "cổ đông của",
                "thuộc sở hữu của",
                "trực thuộc",
                # a hospital or a clinic written in lower case: "bệnh viện Chợ Rẫy"
                *("bệnh viện", "phòng khám"),
            ],
            "Organization",
        ),
        **dict.fromkeys(["mô hình", "mô hình ngôn ngữ lớn", "mô hình AI"], "AIModel"),
        **dict.fromkeys(
            ["chip", "bộ xử lý", "vi xử lý", "bộ tăng tốc", "GPU", "siêu chip"], "Hardware"
        ),
        **dict.fromkeys(
            [
                "ứng dụng",
                "trình duyệt",
                "trợ lý ảo",
                "trợ lý",
                "chatbot",
                "mạng xã hội",
                "dịch vụ",
                "dòng điện thoại",
                "dòng",  # a product line: "dòng Mate 70"
                *("kính", "kính AI", "kính thông minh", "mẫu kính", "tai nghe"),
                "đồng hồ thông minh",
            ],
            "Product",
        ),
        **dict.fromkeys(
            [
                "ông",
                "bà",
                "nhà phân tích",
                "nhà nghiên cứu",
                "giáo sư",
                "tiến sĩ",
                "CEO",
                "giám đốc điều hành",
                "nhà sáng lập",
                "người sáng lập",
                "đồng sáng lập",
                "chủ tịch",
                "phó chủ tịch",
                "tổng giám đốc",
                "giám đốc",
                "người phát ngôn",
                "phát ngôn viên",
                "ủy viên",
                "uỷ viên",
                "tỷ phú",
                "luật sư",
                "nhà báo",
                "thượng nghị sĩ",
                "phó thủ tướng",
                "đạo diễn",
                "chuyên gia",
                "tổng thống",
                "bộ trưởng",
                "thủ tướng",
                "nhà đầu tư",
                "kỹ sư",
                "nhà khoa học",
                # teachers, doctors and business people: "thầy Lê Văn An", "doanh nhân X"
                *("thầy", "thầy giáo", "cô giáo", "giáo viên", "giảng viên", "doanh nhân"),
                *("bác sĩ", "dược sĩ", "kiến trúc sư", "nghiên cứu sinh", "hiệu trưởng"),
                # a degree and a profession written as one word: "TS.BS X", "ThS.KS Y"
                *_TITLE_COMPOUNDS_VI,
                # academic titles, written short: "PGS.TS Trần Quang Huy", "ThS Lê Nam"
                *("GS", "PGS", "TS", "ThS", "TSKH", "GS.TS", "PGS.TS", "GS.TSKH", "PGS.TSKH"),
                *("ThS.", "TS.", "GS.", "PGS.", "BS", "BS.", "KS", "KS."),
            ],
            "Person",
        ),
        **dict.fromkeys(
            ["thành phố", "tỉnh", "bang", "thủ đô", "trụ sở tại", "trụ sở ở", "trụ sở chính tại"]
            # districts, wards and communes: "quận Hải Châu", "huyện Củ Chi", "xã Tân Phú"
            + ["quận", "huyện", "phường", "thị xã", "thị trấn", "xã"],
            "Location",
        ),
        **dict.fromkeys(["hội nghị", "hội thảo", "triển lãm", "liên hoan", "sự kiện"], "Event"),
        **dict.fromkeys(
            ["bài kiểm tra", "bảng xếp hạng", "bộ đánh giá", "điểm chuẩn"], "Benchmark"
        ),
        **dict.fromkeys(["đạo luật", "sắc lệnh", "chương trình"], "Policy"),
    },
    "en": {
        **dict.fromkeys(
            [
                "startup",
                "start-up",
                "company",
                "firm",
                "lab",
                "laboratory",
                "chipmaker",
                "chip designer",
                "carmaker",
                "automaker",
                "manufacturer",
                "retailer",
                "conglomerate",
                "giant",
                # advisers, lenders and brokers: "consultancy Harrow & Finch"
                *("consultancy", "think tank", "brokerage", "investment bank", "lender"),
                *("insurer", "foundry", "supplier", "authority", "watchdog"),
                "university",
                "outlet",
                "agency",
                "regulator",
                "fund",
                "investor",
                "rival",
                # the other side of a deal or an investment
                "partnered with",
                "partnering with",
                "partners with",
                "teamed up with",
                "signed a deal with",
                "signed an agreement with",
                "a partnership with",
                "acquired",
                "invested in",
                "a stake in",
                "backed by",
                "a subsidiary of",
                "a unit of",
                "a division of",
                "a spin-off of",
                "owned by",
                "developed by",
                "built by",
                "made by",
                "designed by",
                "created by",
                "manufactured by",
                "operated by",
                "who runs",
                "who run",
                "who heads",
                "who head",
                "who leads",
                "who lead",
                "who founded",
                "who co-founded",
                "who chairs",
                # what a person founds: "Daniel Mbeki founded Quillstone in 2021"
                *("founded", "co-founded", "cofounded"),
                # what only a company is traded, bought or merged as
                *("shares of", "shares in", "deal with", "agreement with", "contract with"),
                *("a joint venture with", "a merger with", "takeover of", "acquisition of"),
                *("spun off from", "spun out of", "licensed from"),
            ],
            "Organization",
        ),
        **dict.fromkeys(["model", "models", "LLM", "reasoning model", "language model"], "AIModel"),
        **dict.fromkeys(
            ["chip", "chips", "GPU", "GPUs", "accelerator", "processor", "processors"], "Hardware"
        ),
        **dict.fromkeys(
            ["app", "browser", "chatbot", "assistant", "platform"]
            # software by what it does: "its generative chemistry engine, Chemistry42,"
            + ["engine", "tool", "software", "software suite", "operating system"],
            "Product",
        ),
        **dict.fromkeys(
            [
                "Mr.",
                "Ms.",
                "Mrs.",
                "Dr.",
                "Professor",
                "Prof.",
                # British style writes the short titles without a full stop: "Dr Helena Voss"
                *("Mr", "Ms", "Mrs", "Dr", "Prof"),
                "CEO",
                "chief executive",
                "founder",
                "co-founder",
                "cofounder",
                "analyst",
                "researcher",
                "President",
                "Secretary",
                "director",
                "chairman",
                "chairwoman",
                "vice-chairman",
                "vice chairman",
                "chief technology officer",
                "chief scientist",
                "scientist",
                "engineer",
                "investor",
                "spokesperson",
                "spokesman",
                "spokeswoman",
                "researchers",
                "engineers",
                "scientists",
                "analysts",
                "executives",
                "founders",
                "co-founders",
                "cofounders",
                "commissioner",
                "minister",
                "official",
                "economist",
                "strategist",
                "lawmaker",
                "CFO",
                "COO",
                "chief financial officer",
                "chief operating officer",
                # public offices and professions a name follows: "Delaware's attorney
                # general, Kathy Jennings", "a Chinese national, Li Ming"
                *("attorney general", "governor", "mayor", "ambassador", "senator"),
                *("prosecutor", "congressman", "congresswoman", "adviser", "advisor"),
                *("lecturer", "physician", "radiologist", "surgeon"),
                # scientists by their field, business people and judges: "chemist X"
                *("chemist", "biologist", "physicist", "mathematician", "geneticist"),
                *("entrepreneur", "billionaire", "businessman", "businesswoman", "Justice"),
                *("managing director", "general manager", "vice president"),
            ],
            "Person",
        ),
        **dict.fromkeys(
            ["city of", "province of", "state of", "headquartered in", "based in"], "Location"
        ),
        **dict.fromkeys(["conference", "summit", "festival", "expo"], "Event"),
        **dict.fromkeys(["benchmark", "leaderboard"], "Benchmark"),
    },
}

AFTER: dict[str, dict[str, str]] = {
    "vi": {
        **dict.fromkeys(
            [
                "- nhà",
                "– nhà",
                "- người",
                "– người",
                "- giám đốc",
                "– giám đốc",
                "- lãnh đạo",
                "– lãnh đạo",
                "- đồng sáng lập",
                "– đồng sáng lập",
                "- CEO",
                "– CEO",
                "- chuyên gia",
                "– chuyên gia",
                "- giáo sư",
                "– giáo sư",
                ", người sáng lập",
                ", nhà sáng lập",
                ", đồng sáng lập",
                ", CEO",
                ", giám đốc",
                ", nhà nghiên cứu",
                ", nhà phân tích",
                ", chủ tịch",
                ", tổng giám đốc",
                ", phó chủ tịch",
                ", người đứng đầu",
                "nói",
                "cho biết",
                "cho hay",
                "chia sẻ",
                "nhận định",
                "khẳng định",
                "nhấn mạnh",
                "bình luận",
                "tiết lộ",
                "giải thích",
            ],
            "Person",
        ),
        **dict.fromkeys(["- mô hình", "– mô hình"], "AIModel"),
        **dict.fromkeys(
            ["- nền tảng đánh giá", "– nền tảng đánh giá", "- bảng xếp hạng", "– bảng xếp hạng"],
            "Benchmark",
        ),
        **dict.fromkeys(
            [
                *("- công ty", "– công ty", "- hãng", "– hãng", "- startup", "– startup"),
                *("được thành lập", "có trụ sở", "đặt trụ sở", "được rót vốn", "gọi vốn"),
                *("huy động được", "niêm yết"),
            ],
            "Organization",
        ),
    },
    "en": {
        **dict.fromkeys(
            [
                "said",
                "says",
                "told",
                "wrote",
                "added",
                "argued",
                "explained",
                "recalled",
                "insisted",
                "cautioned",
                "testified",
                "tweeted",
                ", who",
                ", the CEO",
                ", CEO",
                ", chief executive",
                ", founder",
                ", co-founder",
                ", an analyst",
                ", analyst",
                ", a researcher",
                ", researcher",
                ", a professor",
                ", professor",
                ", director",
                ", head",
                ", chairman",
                ", president",
                ", the chief executive",
                ", the chairman",
                ", vice-chairman",
                ", the vice-chairman",
                ", the founder",
                ", the co-founder",
                ", a co-founder",
                ", one of the co-founders",
                ", one of the founders",
                ", one of its co-founders",
                ", one of its founders",
                ", one of the company's co-founders",
                ", one of the company's founders",
            ],
            "Person",
        ),
        **dict.fromkeys(
            [
                "model",
                "models",
                ", a model",
                ", a new model",
                ", an open-source model",
                ", a reasoning model",
            ],
            "AIModel",
        ),
        **dict.fromkeys(
            ["chip", "chips", "GPU", "GPUs", "accelerator", "accelerators"], "Hardware"
        ),
        **dict.fromkeys(["app", "browser", "chatbot"], "Product"),
        **dict.fromkeys(
            [
                ", a startup",
                ", a company",
                ", a firm",
                ", a lab",
                ", the startup",
                ", the company",
                ", a Chinese",
                ", an American",
                ", a US",
                ", a U.S.",
                *("was founded", "was established", "is headquartered", "is based in"),
                *("went public", "was valued at", "has raised"),
                # "its" after a name's verb: a company speaks of its own ("X settled its suit")
                *("reported its", "expanded its", "unveiled its", "settled its", "moved its"),
                *("launched its", "released its", "opened its"),
                # the firm before its officer's title: "Zenvia chief executive Paulo Costa"
                *("chief executive", "CEO", "founder", "co-founder", "chairman"),
                *("chief scientist", "spokesperson", "spokesman", "spokeswoman"),
                *(
                    f"{mark}s {role}"
                    for mark in "'’"
                    for role in (
                        "chief executive",
                        "CEO",
                        "founder",
                        "co-founder",
                        "chairman",
                        "chief technology officer",
                        "chief scientist",
                        "board",
                        "shareholders",
                        "headquarters",
                    )
                ),
            ],
            "Organization",
        ),
        **dict.fromkeys(["leaderboard", "benchmark"], "Benchmark"),
        **dict.fromkeys(["conference", "summit"], "Event"),
    },
}

DESCRIPTOR_OK = frozenset(
    [
        "mô hình",
        "công ty",
        "công ty khởi nghiệp",
        "hãng",
        "chip",
        "ứng dụng",
        "trình duyệt",
        "công ty đầu tư mạo hiểm",
        "tập đoàn",
        "phòng thí nghiệm",
    ]
)

ORG_SUFFIXES = frozenset(
    [
        "Technologies",
        "Technology",
        "Tech",
        "AI",
        "Labs",
        "Lab",
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "Corporation",
        "Ltd",
        "Ltd.",
        "Group",
        "Holdings",
        "Ventures",
        "Capital",
        "University",
        "Institute",
        "Robotics",
        "Semiconductor",
        "Semiconductors",
        "Intelligence",
        "Systems",
        "Computing",
        "Cloud",
        "Partners",
        "Foundation",
        "Academy",
        "Research",
        "Center",
        "Centre",
        "Alliance",
        "Consortium",
        "Association",
        "Society",
        "Federation",
        "Partnership",
        "Management",
        "Advisory",
        "Centers",
        "Centres",
        "Networks",
        "Media",
        "Electronics",
        "Industries",
        "Solutions",
        "Software",
        "Dynamics",
        "Motors",
        "Microsystems",
        "Microelectronics",
        "Devices",
        "Instruments",
        "Analytics",
        "Investments",
        "Telecom",
        "Communications",
        "Automation",
        "Aerospace",
        "Logistics",
        "Studios",
        "Photonics",
        # hospitals, colleges and drug makers: "Mercy General Hospital", "Pharos Therapeutics"
        *("Hospital", "Hospitals", "Clinic", "College", "Polytechnic"),
        *("Therapeutics", "Biosciences", "Bioscience", "Pharma", "Pharmaceuticals", "Securities"),
        "Fund",
        # public bodies: "Federal Energy Regulatory Commission", "Danish Data Agency"
        "Commission",
        "Agency",
        "Authority",
        "Council",
        "Bureau",
        "Ministry",
        # courts: "Guangzhou Internet Court", "Delaware Court of Chancery"
        *("Court", "Tribunal"),
        # utilities and power companies: "Dominion Energy", "Kairos Power"
        "Energy",
        "Power",
    ]
)

# Last words of the names of laws and rules ("the BIOSECURE Act", "the Foreign Direct
# Product Rule"): a capitalised run ending in one is a policy
POLICY_SUFFIXES = frozenset(
    ["Act", "Law", "Rule", "Regulation", "Regulations", "Directive", "Bill"]
)

# Last words of the names of devices and apps ("Rokid Glasses", "Galaxy Watch"): a
# capitalised run ending in one is a product
PRODUCT_SUFFIXES = frozenset(
    ["Glasses", "Phone", "Watch", "Buds", "Earbuds", "Pad", "Tablet", "Laptop", "Browser"]
    + ["Assistant", "Headset", "Ring"]
)

# Suffixes that only spell out a company's legal name ("Kuaishou Technologies" is Kuaishou).
LEGAL_SUFFIXES = frozenset(
    [
        "Technologies",
        "Technology",
        "Tech",
        "Holdings",
        "Group",
        "Inc",
        "Inc.",
        "Corp",
        "Corp.",
        "Corporation",
        "Ltd",
        "Ltd.",
        "Limited",
        "Co",
        "Co.",
        "Platforms",
        "AI",
    ]
)
# Trades a company's name may end with besides the suffixes above ("Singapore Airlines",
# "Hyundai Motor"); with them, the endings after which a name's head may stand alone
TRADES = frozenset(
    ["Airlines", "Airways", "Bank", "Mobile", "Motor", "Pharmaceuticals", "Biotech"]
    + ["Services", "Data"]  # "Yotta Data Services" is Yotta
)
COMPANY_ENDINGS = ORG_SUFFIXES | LEGAL_SUFFIXES | TRADES
# the last words that say a name's kind: alone, one of them names nothing ("Phone chips pull
# in the same direction", "Bank shares fell")
HEAD_WORDS = COMPANY_ENDINGS | POLICY_SUFFIXES | PRODUCT_SUFFIXES

# Capitalised words that are never names on their own (acronyms, sentence openers).
GENERIC_NAMES = frozenset(
    [
        # words before a title: "Former chief executive X"
        *("Former", "Acting", "Interim", "Outgoing", "Incoming", "Deputy", "Senior", "Ex"),
        "Chief",  # "Chief Secretary Eric Chan"
        "AI",
        "GPU",
        "GPUs",
        "CPU",
        "LLM",
        "LLMs",
        "AGI",
        "API",
        "CEO",
        "CTO",
        "CFO",
        "IT",
        "US",
        "USA",
        "UK",
        "EU",
        "AI.",
        "GenAI",
        "NPU",
        "TPU",
        "PC",
        "Internet",
        "Web",
        "Big Tech",
    ]
)

# Nationality adjectives: "the British chip designer" names no entity called "British".
DEMONYMS = frozenset(
    [
        "American",
        "British",
        "Chinese",
        "Japanese",
        "Korean",
        "South-Korean",
        "Taiwanese",
        "French",
        "German",
        "Dutch",
        "Indian",
        "Israeli",
        "Emirati",
        "Saudi",
        "Canadian",
        "European",
        "Asian",
        "Western",
        "Russian",
        "Vietnamese",
        "Singaporean",
        "Swiss",
        "Swedish",
        "Italian",
        "Spanish",
        "Australian",
        *("Norwegian", "Finnish", "Danish", "Belgian", "Irish", "Polish", "Austrian"),
        *("Brazilian", "Mexican", "Malaysian", "Indonesian", "Thai", "Filipino", "Turkish"),
        *("Qatari", "Kuwaiti", "Pakistani", "Ukrainian", "Argentine", "Egyptian", "Nigerian"),
        *("Kenyan", "Chilean", "Bangladeshi", "Iranian"),
    ]
)

# "Singaporeans Aaron Woon and Alan Wei": people of a nation, then their names
BEFORE["en"].update(
    dict.fromkeys(
        (f"{d}s" for d in DEMONYMS if not d.endswith(("s", "sh", "ch", "ese", "i"))), "Person"
    )
)

# Words that open sentences as pronouns but are surnames too ("a lab led by He Jun").
SURNAME_WORDS = frozenset(["He", "Từ"])  # "Từ" also renders the surname Xu

# month and weekday names that may open a capitalised run ("May" is left out: also a verb)
DATE_WORDS = frozenset(
    [
        "January",
        "February",
        "March",
        "April",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
)
# Vietnamese nouns of time that open a capitalised date ("Tháng Ba", "Quý II", "Ngày 5"):
# a run they open is a date, never a name
TIME_NOUNS = frozenset(["Tháng", "Ngày", "Năm", "Quý", "Tuần", "Hôm", "Đầu", "Cuối"])
LEADING_WORDS = (
    frozenset(
        [
            "Theo",
            "Trong",
            "Khi",
            "Sau",
            "Tuy",
            "Cho",
            "Con",
            "Nhu",
            "Tai",
            "Vi",
            "Hay",
            "Ngay",
            "Giua",
            "Ong",
            "Hai",
            "Mot",
            "Ban",
            "Tin",
            "Anh",
            "Chi",
            "Em",
            "The",
            "A",
            "An",
            "In",
            "On",
            "At",
            "For",
            "From",
            "By",
            "With",
            "But",
            "And",
            "Or",
            "As",
            "When",
            "While",
            "After",
            "Before",
            "Since",
            "According",
            "Meanwhile",
            "However",
            "Last",
            "This",
            "That",
            "These",
            "Those",
            "Its",
            "His",
            "Her",
            "Their",
            "Our",
            "It",
            "He",
            "She",
            "They",
            "We",
            "I",
            "Chinese",
            "American",
            "Both",
            "Even",
            "Yet",
            "So",
            "If",
            "Although",
            "Despite",
            "Unlike",
            "Like",
            "Earlier",
            "Later",
            "Now",
            "Today",
            "Many",
            "Some",
            "Most",
            "Other",
            "Such",
            "Each",
            "Every",
            "Under",
            "Over",
            "Among",
            "Between",
            "Through",
            "During",
            "Why",
            "How",
            "What",
            "Who",
            "Where",
            "Then",
            "Also",
            "Still",
            # sentence adverbs: "Inside, the glasses pair ...", "Separately, X said"
            *("Inside", "Outside", "Instead", "Overall", "Elsewhere", "Separately", "Together"),
            *("Initially", "Finally", "Ultimately", "Globally", "Domestically", "Abroad"),
            *("Indeed", "Notably", "Currently", "Recently", "Previously", "Again", "There"),
            # numbers opening a headline or a sentence: "Two chips, one frame"
            *("One", "Two", "Three", "Four", "Five", "Six", "Seven", "Eight", "Nine", "Ten"),
            # Vietnamese prepositions and adverbs that open sentences ("Tại Freiburg, ...")
            *("Tại", "Ở", "Được", "Với", "Từ", "Vì", "Như", "Giữa", "Nay", "Dù", "Còn"),
            *("Cùng", "Bởi", "Nhưng", "Ngoài", "Trước", "Hiện", "Đến", "Để", "Nhờ", "Qua"),
            *("Về", "Riêng", "Các", "Những", "Cả", "Hồi", "Đầu", "Cuối", "Mới", "Vừa"),
        ]
    )
    | DATE_WORDS
)  # dates that open a run ("in October Jun Young-hyun said") are no part of a name


_DESCRIPTOR_STOP = frozenset(
    [
        "từ",
        "của",
        "tại",
        "ở",
        "với",
        "và",
        "cho",
        "bởi",
        "trên",
        "dưới",
        "theo",
        "là",
        "có",
        "được",
        "do",
        "các",
        "những",
        "này",
        "đó",
        "như",
        "về",
        "the",
        "a",
        "an",
        "of",
        "in",
        "on",
        "at",
        "for",
        "by",
        "from",
        "with",
        "and",
        "or",
        "to",
    ]
)


@lru_cache(maxsize=4)
def _before(lang: str) -> tuple[dict[str, str], int, frozenset[str]]:
    """The cues of `lang` (lowercased) -> type, the most words a cue has, and the words
    cues end with (a cue can only end where one of those stands)."""
    table = {k.lower(): v for k, v in BEFORE.get(lang, BEFORE["en"]).items()}
    ends = frozenset(k.split()[-1] for k in table)
    return table, max(len(k.split()) for k in table), ends


def cue_before(text: str, start: int, lang: str, descriptors: bool = True) -> str | None:
    """The type a cue right before `start` names, maybe past lowercase descriptors.

    >>> cue_before("ra mắt mô hình lý luận QwQ", 23, "vi"), cue_before("CEO Sam Lee", 4, "en")
    ('AIModel', 'Person')
    """
    if start == 0 or text[start - 1] != " ":
        return None
    table, longest, ends = _before(lang)
    words = text[max(0, start - 80) : start].split()
    for skip in range(6 if descriptors else 1):
        if skip:
            word = words[-skip] if len(words) >= skip else ""
            if not word.isalpha() or not word.islower() or word in _DESCRIPTOR_STOP:
                return None
        if len(words) <= skip or words[-skip - 1].lower() not in ends:
            continue  # no cue ends with the word before
        for k in range(min(longest, len(words) - skip), 0, -1):
            cue = " ".join(words[len(words) - skip - k : len(words) - skip]).lower()
            kind = table.get(cue)
            if kind and (skip == 0 or cue in DESCRIPTOR_OK):
                return kind
    return None


def role_before_comma(text: str, start: int, lang: str) -> str | None:
    """The type a describing noun and a comma right before `start` give the name there.

    A person's role needs nothing more ("Tellura's chief technology officer, Dan
    Osei"); another kind of noun needs a determiner or a possessor before it, so
    that it describes one thing ("Brazil's antitrust regulator, CADE", "its app,
    Whisperly").

    >>> role_before_comma("Tellura's chief technology officer, Dan Osei", 36, "en")
    'Person'
    >>> role_before_comma("Brazil's antitrust regulator, CADE", 30, "en")
    'Organization'
    >>> role_before_comma("its rivals, Dan Osei", 12, "en"), role_before_comma("CEO Dan", 4, "en")
    (None, None)
    """
    if start < 2 or text[start - 2 : start] != ", ":
        return None
    table, longest, ends = _before(lang)
    words = text[max(0, start - 80) : start - 2].split()
    if words and words[-1] in _PEOPLE_NOUNS:
        return "Person"  # "a Chinese national, Li Ming" (capitalised, a name's own word)
    if not words or words[-1].lower() not in ends or words[-1].endswith("s"):
        return None  # "analysts, Morgan Stanley": a plural may open a list of firms
    for k in range(min(longest, len(words)), 0, -1):
        kind = table.get(" ".join(words[-k:]).lower())
        if kind == "Person":
            return kind
        if kind and lang == "en" and _DESCRIBED.search(" ".join(words[-k - 4 : -k])):
            return kind
    return None


# what a person is to a state, before a comma and the name ("a Chinese national, Li Ming");
# no cue before a name, since capitalised they open names ("National Cybersecurity Agency")
_PEOPLE_NOUNS = frozenset(["national", "citizen", "resident"])

# a determiner or possessor before a describing noun: "the", "its", "Brazil's", "a new"
_DESCRIBED = re.compile(
    r"(?:^|\s)(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|\w+['’]s)(?: [a-z][\w-]*){0,3}$"
)


# Finite verbs and auxiliaries that follow a sentence's subject in news English: a
# capitalised word before one of them opens its sentence as a name ("Apple picked").
# Present-tense forms are listed, and only those no noun shares ("Apollo ships", "orchards").
CLAUSE_VERBS = frozenset(
    [
        "is", "was", "has", "had", "have", "will", "would", "can", "could", "may", "might",
        "said", "says", "also", "did", "does", "must", "should", "shall", "are", "were",
        "already", "still", "just", "wants", "expects", "sells", "builds", "warns",
        "denies", "confirms", "announces",
    ]
)  # fmt: skip
# present-tense verbs a sentence opens with after a company's name ("Apple uses ..."):
# they keep a one-reading name, not a name several entries share
SUBJECT_VERBS = frozenset(
    [
        "uses", "plans", "makes", "launches", "releases", "unveils", "owns", "buys",
        "acquires", "invests", "partners", "competes", "develops", "designs", "trains",
        "runs", "ships", "supplies", "signs", "hires", "joins", "offers", "agrees",
        "aims", "seeks", "holds", "controls", "dominates", "beats", "tops", "remains",
        "becomes", "continues", "debuts", "introduces", "integrates", "deploys",
        "adopts", "relies", "licenses", "backs", "funds", "employs", "produces",
        "manufactures", "opens", "rolls", "teams", "outperforms", "leads", "faces",
    ]
)  # fmt: skip
_NOT_VERBS = frozenset(["red", "bed", "seed", "need", "speed", "feed", "shed", "breed"])


def opens_clause(word: str, one_reading: bool = False) -> bool:
    """Whether a lowercase `word` reads as the verb after a sentence's subject: an
    auxiliary, a listed present-tense verb or a past-tense form ("picked", "said");
    after a name with `one_reading`, also a common verb of news (`SUBJECT_VERBS`).

    >>> opens_clause("picked"), opens_clause("builds"), opens_clause("juice")
    (True, True, False)
    >>> opens_clause("uses"), opens_clause("uses", one_reading=True)
    (False, True)
    """
    if word in CLAUSE_VERBS or (one_reading and word in SUBJECT_VERBS):
        return True
    return len(word) >= 4 and word.endswith("ed") and word not in _NOT_VERBS
