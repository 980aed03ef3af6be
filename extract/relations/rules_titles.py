"""Rules built from one lexicon of job titles: LEADS, FOUNDED and WORKS_FOR written with
the title where the rules of `rules_people.py` do not look.

- the title and its organisation before the name: "the head of Google, Sundar Pichai";
  "DeepSeek's reclusive founder, Liang Wenfeng";
- two titles joined in one apposition: "X, a co-founder and the chief executive of Y";
- a change of post: "X, who took over as chief executive of Y";
- the organisation as a modifier of a staff noun: "X, a senior Google engineer";
- hiring: "Meta hired X", "X gia nhập Y", "Y chiêu mộ ông X".

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from extract.relations.rule import PairRule, rule

__all__ = ["EN_LEAD_TITLES", "EN_STAFF", "RULES"]

# titles whose holder runs the whole organisation
EN_LEAD_TITLES = (
    r"ceo|co-ceo|chief executive|chief executive officer|chairman|chairwoman|president|boss|"
    r"head|leader|managing director"
)
_EN_FOUNDER = r"co-founder|cofounder|founder"
# nouns of people who work for an organisation without running it
EN_STAFF = (
    r"researcher|scientist|engineer|analyst|economist|spokesperson|spokesman|spokeswoman|"
    r"executive|employee|programmer|lawyer|adviser|advisor|strategist|manager|official|"
    r"staffer|research scientist|product manager|veteran|alumnus|alumna|alum|insider"
)
# words describing a title's holder, not narrowing the title to a unit ("Google's cloud
# chief" runs a unit) nor to the past ("former")
_EN_EPITHET = (
    r"(?:longtime |long-time |reclusive |billionaire |outspoken |charismatic |low-profile |"
    r"publicity-shy |media-shy |embattled |powerful |youthful |\d+-year-old |new |current |"
    r"interim |acting |founding |then-)"
)
_EN_NOT_PAST = r"(?!(?:former|ex-|previous|onetime|one-time|erstwhile|outgoing)\b)"
# a change of post: "took over as", "was promoted to"
_EN_TOOK = (
    r"(?:took over|takes over|has taken over|stepped in|steps in|stepped up|steps up|"
    r"was promoted|was brought in|was installed|serves|served|has served|is serving|"
    r"will serve|was hired|returned|returns|came back)"
)
_EN_ART = r"(?:a |an |the |its |one )?"
_EN_TWO_TITLES = (
    r"(?:,|\() "
    + _EN_ART
    + r"(?:(?:"
    + _EN_FOUNDER
    + r") and "
    + _EN_ART
    + r"(?:"
    + EN_LEAD_TITLES
    + r")|(?:"
    + EN_LEAD_TITLES
    + r") and "
    + _EN_ART
    + r"(?:"
    + _EN_FOUNDER
    + r")) (?:of|at) (?:the )?"
)
_VI_FIRM = r"(?:công ty |hãng |tập đoàn |startup |công ty khởi nghiệp )?"
# professions whose holder works for the organisation named after "at"/"with"/"for"
_EN_TRADE = (
    r"lawyer|attorney|principal|associate|partner|consultant|banker|trader|editor|reporter|"
    r"correspondent|lecturer|scholar|specialist|expert|lobbyist|staffer|programmer|manager|"
    r"official|director|developer|designer|technologist|officer"
)
# nouns saying what an employer is, between "at the" and its name ("at the law firm Y")
_EN_EMPLOYER = (
    r"(?:firm|law firm|think tank|think-tank|consultancy|bank|fund|company|start-up|startup|"
    r"institute|university|lab|laboratory|agency|group|practice)"
)
# verbs of the work a person does at an organisation: "who studies chip supply at Y"
_EN_WORK = (
    r"studies|tracks|tracked|covers|covered|researches|researched|teaches|taught|"
    r"follows|analyses|analyzes|advises|works on|worked on|specialises in|specializes in"
)
# a change of employer: "is returning to OpenAI", "left for Meta", "quit Google"
_EN_MOVED = (
    r"(?:(?:is |was |will be |has been |had been )?(?:returning|returned|returns|return|moving|"
    r"moved|moves|move|defected|defects|defecting|jumped|jumps|jumping|decamped|decamps|"
    r"switched|switches|headed back|heading back)(?: back)? to|(?:left|leaves|leaving|leave|"
    r"departed|departs|bolted|bolts) for|rejoined|rejoins|rejoining|rejoin|quit|quits|"
    r"left|leaves|departed|departs|resigned from|resigns from)"
)
_EN_STAFF_TITLE = (
    r"(?:chief [\w-]+ officer|chief scientist|cto|cfo|coo|head of [\w-]+|(?:[\w-]+ )?"
    r"(?:researcher|scientist|engineer))"
)
_EN_FOUNDER_AND_STAFF = (
    r"(?:,|\() (?:a |an |the |one )?(?:co-founder|cofounder|founder) and (?:the |its |a )?"
    + _EN_STAFF_TITLE
    + r" (?:of|at) (?:the )?"
)
# "X, a co-founder who left the board in 2018 and now runs rival xAI", "X, a former
# telecoms executive who previously ran Aramco Digital": the verb of a relative clause about
# the person, after an apposition or after another verb of the clause
_EN_RELATIVE_OPEN = (
    r"(?:,|\() (?:(?:a|an|the|one of the|one of its) (?:[\w-]+ ){0,4}?who (?:(?:(?!,|;|who |"
    r"which )\S+ ){1,10}?and )?|who (?:(?!,|;|who |which )\S+ ){1,10}?and )"
    r"(?:previously |once |formerly |now |later |also |still |then |currently |eventually |"
    r"until recently )?"
)
_EN_RELATIVE_OBJECT = r" (?!(?:\S+ ){0,3}(?:at|of|for|in) )(?:rival |the |its |fellow |a )?"
# a verb naming someone to a post, right before the person
_EN_NAMING = (
    r"\b(?:named|names|appointed|appoints|hired|tapped|promoted|picked|chose|installed|"
    r"elected)\s+(?:former\s+)?$"
)
# after "named X as": the post's organisation as a possessor ("Acme's", "its"), then the post
_NAMED_AS_OWNER = r"(?:'s|’s|(?<=\bits)|(?<=\btheir))\s+(?:new |next |interim |acting |first )?"
_EN_PLURAL_LEADS = (
    r"chairmen|chairs|chief executives|co-ceos|ceos|co-chief executives|presidents|leaders|heads"
)

RULES: tuple[PairRule, ...] = (
    # "Tổng giám đốc Viettel, ông Tào Đức Thắng,": the title and its company, then the person
    rule(
        "leads.vi.title_before",
        "LEADS",
        "vi",
        r"(?:,|\() (?:ông |bà )?",
        0.8,
        True,
        src="Person",
        head=r"(?<!cựu )(?<!nguyên )\b(?:[Tt]ổng giám đốc|[Gg]iám đốc điều hành|[Cc]hủ tịch|"
        r"CEO|[Nn]gười đứng đầu|[Tt]rưởng)(?: của)? " + _VI_FIRM + "$",
    ),
    rule(
        "founded.vi.title_before",
        "FOUNDED",
        "vi",
        r"(?:,|\() (?:ông |bà )?",
        0.8,
        True,
        src="Person",
        head=r"(?<!cựu )\b(?:[Nn]hà sáng lập|[Nn]gười sáng lập|[Nn]hà đồng sáng lập)(?: của)? "
        + _VI_FIRM
        + "$",
    ),
    # "the chief executive of Google, Sundar Pichai,": the title and its company first
    rule(
        "leads.en.title_of_before",
        "LEADS",
        "en",
        r"(?:,|\() ",
        0.8,
        True,
        src="Person",
        head=r"(?<!former )(?<!ex-)\b(?:the |its )?(?:"
        + EN_LEAD_TITLES
        + r") (?:of|at) (?:the )?$",
    ),
    rule(
        "founded.en.title_of_before",
        "FOUNDED",
        "en",
        r"(?:,|\() ",
        0.8,
        True,
        src="Person",
        head=r"\b(?:the |a |one )?(?:" + _EN_FOUNDER + r")s? (?:of|at|behind) (?:the )?$",
    ),
    # "DeepSeek's reclusive founder, Liang Wenfeng"; "Google's longtime chief executive X"
    rule(
        "leads.en.epithet_title",
        "LEADS",
        "en",
        r"(?:'s |’s )" + _EN_EPITHET + r"{1,2}(?:ceo|chief executive|chief executive officer|"
        r"chairman|chairwoman|co-ceo)(?: ,)? ",
        0.8,
        True,
        src="Person",
    ),
    rule(
        "founded.en.epithet_title",
        "FOUNDED",
        "en",
        r"(?:'s |’s )" + _EN_EPITHET + r"{1,2}(?:" + _EN_FOUNDER + r")(?: ,)? ",
        0.8,
        True,
        src="Person",
    ),
    # "X, a co-founder and the chief executive of Y": both titles are X's at Y
    rule("leads.en.two_titles", "LEADS", "en", _EN_TWO_TITLES, 0.85, src="Person"),
    rule("founded.en.two_titles", "FOUNDED", "en", _EN_TWO_TITLES, 0.85, src="Person"),
    # "Sundar Pichai, who took over as chief executive of Google in 2015"
    rule(
        "leads.en.took_over",
        "LEADS",
        "en",
        r"(?:, )?(?:who |and )?(?:has |had |later |then |now )?" + _EN_TOOK + r" (?:as|to) "
        r"(?:the |its )?(?:new |interim |acting |permanent )?(?:" + EN_LEAD_TITLES + r") "
        r"(?:of|at) (?:the )?",
        0.8,
        src="Person",
    ),
    # "X serves as chief scientist at Y", "X works as a researcher for Y", "X was hired as
    # head of policy at Y": a staff post held at the organisation
    rule(
        "works_for.en.as_staff",
        "WORKS_FOR",
        "en",
        r"(?:, )?(?:who |and )?(?:has |had |later |then |now |currently )?(?:"
        + _EN_TOOK
        + r"|works|worked|is working|was working|began|begins|started|starts|signed on|joined) as "
        r"(?:a |an |the |its )?"
        + _EN_NOT_PAST
        + r"(?!(?:[\w-]+ )?(?:chief executive|ceo|co-ceo|chairman|chairwoman|president)\b)"
        r"(?:[\w-]+ ){0,2}(?:"
        + EN_STAFF
        + r"|"
        + _EN_STAFF_TITLE
        + r"|vice president|director(?: of [\w-]+)?|fellow|professor|"
        r"consultant|partner|adviser) (?:at|of|for|with) (?:the )?",
        0.75,
        src="Person",
        tgt="Organization",
    ),
    # "Jeff Dean, a senior Google engineer": the organisation qualifies a staff noun
    rule(
        "works_for.en.modifier_role",
        "WORKS_FOR",
        "en",
        r"(?:,|\() (?:a|an|the) (?:" + _EN_NOT_PAST + r"[\w-]+ ){0,2}",
        0.75,
        src="Person",
        # "Wu Jia, the Alibaba vice-president who runs Quark": a corporate rank too
        tail=r"\s*(?:[\w-]+\s+)?(?:" + EN_STAFF + r"|vice[- ]president)s?\b"
        r"(?!\s+(?:of|at|for|with)\b)",
    ),
    # "Meta hired Alexandr Wang as chief AI officer": the hired person works there
    rule(
        "works_for.en.hired",
        "WORKS_FOR",
        "en",
        r"(?:has |have |had |also |recently )?(?:hired|recruited|poached|lured|brought in|"
        # "paid $900 million to hire X" (not "said it would hire X": a plan)
        r"brought on|(?:\S+ ){0,6}?to (?:hire|recruit|poach|lure|bring in|"
        r"bring on)) (?:the |former |ex- )?(?:[\w-]+ ){0,3}?",
        0.7,
        True,
        src="Person",
        tgt="Organization",
    ),
    # "ông X gia nhập Meta", "X về đầu quân cho OpenAI"
    rule(
        "works_for.vi.joined",
        "WORKS_FOR",
        "vi",
        r"{w2}(?:gia nhập|đầu quân cho|đầu quân vào|về làm việc cho|về làm việc tại|"
        r"về làm cho|được tuyển vào|về với) " + _VI_FIRM,
        0.7,
        src="Person",
        tgt="Organization",
    ),
    # "Meta chiêu mộ ông X", "Meta đã tuyển dụng ông X làm giám đốc AI", "tuyển CEO X của Y"
    rule(
        "works_for.vi.hired",
        "WORKS_FOR",
        "vi",
        # "chi 900 triệu USD để tuyển X": the hiring told as the purpose of a payment
        r"(?:(?:\S+ ){0,10}?(?:để|nhằm) )?"
        r"(?:đã |vừa |mới |cũng )?(?:tuyển dụng|tuyển|chiêu mộ|chiêu mộ được|lôi kéo|thuê|"
        r"mời về|kéo về) (?:được )?(?:cả )?(?:ông |bà |nhà nghiên cứu |kỹ sư |chuyên gia |ceo |"
        r"cto |nhà sáng lập |nhà đồng sáng lập |đồng sáng lập |chủ tịch |giám đốc (?:\S+ ){0,2})?",
        0.7,
        True,
        src="Person",
        tgt="Organization",
    ),
    # "Mistral AI, whose chief executive is Arthur Mensch": the relative names the holder
    rule(
        "leads.en.whose",
        "LEADS",
        "en",
        r"(?:,|\() whose (?:new |current |interim |acting |longtime |founding )?(?:"
        + EN_LEAD_TITLES
        + r")(?: ,)? (?:is |was |has been |remains )?",
        0.8,
        True,
        src="Person",
    ),
    rule(
        "founded.en.whose",
        "FOUNDED",
        "en",
        r"(?:,|\() whose (?:co-founder|cofounder|founder)s? (?:,|include|included|are|were|is|was)? ?",
        0.8,
        True,
        src="Person",
    ),
    # "Daniel Gross was hired last summer by Meta"
    rule(
        "works_for.en.hired_by",
        "WORKS_FOR",
        "en",
        r"{w1}(?:was|were|has been|had been|is|got|is being) (?:also |later |then )?(?:hired|"
        r"recruited|poached|lured away|lured|headhunted|snapped up) (?:\S+ ){0,3}by (?:the )?",
        0.75,
        src="Person",
        tgt="Organization",
    ),
    # "Zoph is returning to OpenAI", "Tulloch left for Meta", "Murati quit OpenAI": the
    # employer a person moves to or from (past posts count as work for the organisation)
    rule(
        "works_for.en.moved",
        "WORKS_FOR",
        "en",
        r"{w2}(?:later |then |eventually |recently |abruptly )?" + _EN_MOVED + " ",
        0.7,
        src="Person",
        tgt="Organization",
        tail=r"(?!\s*(?:'s|’s))",
    ),
    # "X, a trade-compliance lawyer at Y", "X, a principal with Y", "X, a partner at the
    # intellectual property firm Y"
    rule(
        "works_for.en.trade",
        "WORKS_FOR",
        "en",
        r"(?:,|\() (?:a |an |the )?(?:[\w&-]+ ){0,3}(?:"
        + _EN_TRADE
        + r")(?: \S+){0,2} (?:at|with|for) "
        r"(?:the )?(?:(?:[\w&-]+ ){0,3}" + _EN_EMPLOYER + r" )?",
        0.75,
        src="Person",
        tgt="Organization",
    ),
    # "X, a researcher who studies chip supply chains at Y"; "X, who tracks hiring at Y"
    rule(
        "works_for.en.work_at",
        "WORKS_FOR",
        "en",
        r"(?:,|\() (?:(?:a |an |the )?(?:[\w-]+ ){0,2}(?:researcher|scientist|analyst|economist|"
        r"professor|fellow|engineer|" + _EN_TRADE + r") )?who (?:" + _EN_WORK + r") (?:\S+ ){1,5}"
        r"(?:at|for|with) (?:the )?",
        0.7,
        src="Person",
        tgt="Organization",
    ),
    # "Eric Xu, one of Huawei's rotating chairmen": one of several heads
    rule(
        "leads.en.one_of",
        "LEADS",
        "en",
        r"(?:,|\() one of (?:the )?",
        0.8,
        src="Person",
        # "Eric Xu, one of its rotating chairmen": "its" names the organisation in view
        tail=r"(?:\s*(?:'s|’s)|(?<=\bits)|(?<=\btheir)) (?:rotating |joint |two |three |four )?"
        r"(?:" + _EN_PLURAL_LEADS + r")\b",
    ),
    # "Fidji Simo, OpenAI's chief executive of applications": the head of a part of it
    rule(
        "works_for.en.part_head",
        "WORKS_FOR",
        "en",
        r"(?:,|\() (?:and |the )?",
        0.75,
        src="Person",
        tail=r"\s*(?:'s|’s) (?:[\w-]+ )?(?:chief executive|ceo|president|head|chief|director|"
        r"chairman|general manager) (?:of|for) (?!the board)[a-z]",
    ),
    # "X, a co-founder and the chief technology officer of Y"
    rule(
        "founded.en.founder_and_staff", "FOUNDED", "en", _EN_FOUNDER_AND_STAFF, 0.85, src="Person"
    ),
    rule(
        "works_for.en.founder_and_staff",
        "WORKS_FOR",
        "en",
        _EN_FOUNDER_AND_STAFF,
        0.8,
        src="Person",
    ),
    # "ông X chuyển sang Nvidia", "bà Y rời Google", "kỹ sư Z quay lại OpenAI"
    rule(
        "works_for.vi.moved",
        "WORKS_FOR",
        "vi",
        r"{w2}(?:đã |vừa |sẽ |mới |cũng )?(?:chuyển sang|chuyển về|nhảy sang|sang làm việc cho|"
        r"sang làm việc tại|sang làm cho|trở lại|quay lại|quay về|trở về|rời|rời bỏ|rời khỏi)"
        r"(?: làm việc (?:cho|tại))? " + _VI_FIRM,
        0.7,
        src="Person",
        tgt="Organization",
    ),
    # "Y tiếp tục hoạt động dưới quyền điều hành của giám đốc tài chính X"
    rule(
        "leads.vi.under",
        "LEADS",
        "vi",
        r"{w8}dưới (?:sự |quyền )(?:dẫn dắt|lãnh đạo|điều hành|chèo lái) của (?:(?!và |, )\S+ ){0,4}?",
        0.75,
        True,
        src="Person",
    ),
    # "ông X, người đứng đầu mảng di động MX của Samsung", "về lãnh đạo bộ phận Microsoft AI":
    # the unit named right after its noun is the one the person leads
    rule(
        "leads.vi.unit",
        "LEADS",
        "vi",
        r"{w3}(?<!cựu )(?<!phó )(?:người đứng đầu|đứng đầu|lãnh đạo|phụ trách|điều hành|giám đốc|"
        r"trưởng) (?:mảng|bộ phận|khối|đơn vị|nhánh|công ty con|phòng thí nghiệm) "
        r"(?:(?!của |tại |thuộc |và )\S+ ){0,3}",
        0.75,
        src="Person",
        tgt="Organization",
    ),
    # "startup Lumora của Đặng Quốc Bảo": a start-up named as its founder's own
    rule(
        "founded.vi.startup_of",
        "FOUNDED",
        "vi",
        r"của (?:ông |bà |nhà sáng lập |doanh nhân )?",
        0.7,
        True,
        src="Person",
        head=r"(?:startup|công ty khởi nghiệp) $",
    ),
    rule(
        "leads.en.relative_verb",
        "LEADS",
        "en",
        _EN_RELATIVE_OPEN
        + r"(?:runs|ran|leads|led|heads|headed|chairs|chaired|oversees|oversaw)"
        + _EN_RELATIVE_OBJECT,
        0.75,
        src="Person",
        tgt="Organization",
        tail=r"(?!(?:'s|’s)?\s+(?:[\w-]+ ){0,3}(?:division|unit|business|arm|team|lab|"
        r"operations|department|group|office|subsidiary)s?\b)",
    ),
    rule(
        "founded.en.relative_verb",
        "FOUNDED",
        "en",
        _EN_RELATIVE_OPEN
        + r"(?:co-founded|cofounded|founded|started|set up)"
        + _EN_RELATIVE_OBJECT,
        0.75,
        src="Person",
        tgt="Organization",
    ),
    # "TS Nguyễn Minh Khôi, Viện Chiến lược Số Sài Gòn, nhận định": a quoted speaker's
    # organisation in apposition, as Vietnamese papers credit an expert
    rule(
        "works_for.vi.speaker_org",
        "WORKS_FOR",
        "vi",
        r", ",
        0.7,
        src="Person",
        tgt="Organization",
        tail=r"\s*(?:\([^)]{0,40}\)\s*)?,\s*(?:nhận định|cho biết|nói|chia sẻ|nhấn mạnh|"
        r"bình luận|đánh giá|phân tích|giải thích|lưu ý|cảnh báo|khẳng định)\b",
    ),
    # "... and named Soumith Chintala as its new CTO": the post named after the person,
    # its organisation a possessive ("its", "OpenAI's")
    rule(
        "works_for.en.named_as",
        "WORKS_FOR",
        "en",
        r"as ",
        0.75,
        src="Person",
        tgt="Organization",
        head=_EN_NAMING,
        tail=_NAMED_AS_OWNER
        + r"(?:chief (?!executive)[\w-]+ officer|cto|cfo|coo|chief scientist|head of [\w-]+|"
        r"vice[- ]president)\b",
    ),
    rule(
        "leads.en.named_as",
        "LEADS",
        "en",
        r"as ",
        0.75,
        src="Person",
        tgt="Organization",
        head=_EN_NAMING,
        tail=_NAMED_AS_OWNER
        + r"(?:ceo|chief executive|chief executive officer|chairman|chairwoman|president|boss)"
        r"\b(?! of)",
    ),
    # "Elon Musk's xAI": a company named as a person's own is the one the person runs
    rule(
        "leads.en.possessive",
        "LEADS",
        "en",
        r"(?:'s|’s) ",
        0.7,
        src="Person",
        tgt="Organization",
    ),
)
