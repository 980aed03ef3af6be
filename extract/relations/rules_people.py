"""Rules for organisations and people: PART_OF, COMPETES_WITH, PARTNERS_WITH, FOUNDED, LEADS,
WORKS_FOR (LOCATED_IN lives in `rules_places.py`).

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`).
"""

from __future__ import annotations

from extract.relations.rule import ORG, PERSON_ORG, PairRule, rule

RULES: tuple[PairRule, ...] = (
    # PART_OF: Organization -> Organization
    rule(
        "part_of.vi.of",
        "PART_OF",
        "vi",
        r"(?:(?!đối|khách|nhà|cổ|bạn)\S+ )?(?:của|thuộc|trực thuộc|nằm trong|là một phần của|"
        r"là bộ phận của|là đơn vị của) {w1}",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "part_of.en.within",
        "PART_OF",
        "en",
        r"(?!(?:\S+ )?(?:acquisition|purchase|takeover|rivals?|investors?|partners?|stake|"
        r"shares?|backers?) ){w1}"
        r"(?:team |unit |division |lab |arm |group |research arm |cloud arm |subsidiary )?"
        r"(?:at|of|within|inside|under) ",
        0.65,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "part_of.en.apposition",
        "PART_OF",
        "en",
        r"{w1}(?:,|\(|-|–) (?:a |an |the )?(?:\S+ )?(?:unit|division|subsidiary|arm|lab|team|"
        r"part) (?:of|at|within) {w2}",
        0.8,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "part_of.en.subsidiary",
        "PART_OF",
        "en",
        r"{w3}(?:a subsidiary of|subsidiary of|a unit of|a division of|is part of|part of|"
        r"spun off from|spun out of) {w2}",
        0.8,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "part_of.en.possessive",
        "PART_OF",
        "en",
        r"'s (?!(?:rivals?|competitors?|partners?|investors?|customers?|backers?|suppliers?|peers?"
        r"|ceo|founder) )(?:(?!(?:with|and|to|for|from|by|on|in|at|of|over|against|deal|"
        r"arrangement|agreement|partnership|investment|stake) )\S+ ){0,2}",
        0.7,
        True,
        src=ORG,
        tgt=ORG,
    ),
    # COMPETES_WITH (symmetric, same kind)
    rule(
        "competes.vi.rival",
        "COMPETES_WITH",
        "vi",
        r"{w2}(?:là |cũng là |trở thành )?(?:một )?(?:đối thủ|đối thủ cạnh tranh|đối thủ chính|"
        r"đối thủ lớn nhất|đối thủ trực tiếp)(?: \S+){0,2} (?:của |với )?{w3}",
        0.85,
    ),
    rule(
        "competes.vi.head",
        "COMPETES_WITH",
        "vi",
        r"(?:là|chính là) ",
        0.8,
        head=r"đối thủ (?:cạnh tranh |chính |lớn nhất |trực tiếp )?(?:của )?\s*$",
    ),
    rule(
        "competes.vi.verb",
        "COMPETES_WITH",
        "vi",
        r"{w3}(?:cạnh tranh|cạnh tranh trực tiếp|đối đầu|so kè|kình địch|đua tranh|sánh ngang|"
        r"ngang ngửa|thách thức|là lựa chọn thay thế cho|thay thế|tương đương|ngang bằng|ngang tầm|"
        r"sánh vai|đọ sức|so tài|đối chọi|bắt kịp|đuổi kịp|có thể so sánh) (?:với |cùng )?{w3}",
        0.7,
    ),
    rule(
        "competes.en.rival",
        "COMPETES_WITH",
        "en",
        r"{w2}(?:,|\(|-|–)? ?(?:a |an |the |its )?(?:main |chief |key |major |closest |biggest )?"
        r"(?:rival|competitor|challenger|alternative) (?:of|to) {w2}",
        0.85,
    ),
    rule(
        "competes.en.verb",
        "COMPETES_WITH",
        "en",
        r"{w4}(?:rivals|rivaled|rivalled|rivaling|rivalling|competes with|competed with|"
        r"competing with|competes against|compete with|compete against|takes on|took on|"
        r"challenges|challenged|vs\.?|versus|going head-to-head with|to rival|to challenge|"
        r"to compete with|on par with|matches|matched|catch up with|catching up to|"
        r"catch up to|caught up with|comparable to|comparable with|as good as|a match for|"
        r"neck and neck with|head-to-head with|takes aim at|took aim at|an answer to|"
        r"(?:a |an )?(?:cheaper |open )?alternative to|goes up against|went up against) {w4}",
        0.7,
    ),
    rule(
        "competes.en.relative",
        "COMPETES_WITH",
        "en",
        r"(?:,|\(|-|–) (?:a |an |the )(?:\S+ ){0,4}(?:that|which) (?:\S+ ){0,3}(?:rivals|matches|"
        r"competes with|takes on|challenges|is on par with|is comparable to) ",
        0.7,
    ),
    rule(
        "competes.en.its",
        "COMPETES_WITH",
        "en",
        r"(?:main |chief |key |closest |biggest |nearest |fiercest |top )?(?:rival|competitor|"
        r"challenger)s? (?:\S+ ){0,4}(?:,|is|was|are|were) ",
        0.75,
        left=r"its|their",
    ),
    rule(
        "competes.en.possessive",
        "COMPETES_WITH",
        "en",
        r"'s (?:main |chief |key |closest |biggest )?(?:rival|rivals|competitor|competitors) {w1}",
        0.8,
    ),
    # PARTNERS_WITH (symmetric): Organization, Person
    rule(
        "partners.vi.verb",
        "PARTNERS_WITH",
        "vi",
        r"{w3}(?:hợp tác|bắt tay|liên kết|liên minh|ký thỏa thuận|ký kết|đầu tư|rót vốn|góp vốn|"
        r"tài trợ|hậu thuẫn|chung tay|cùng (?:phát triển|đầu tư|xây dựng|hợp tác)|bắt tay hợp tác|rót|bơm vốn|bơm tiền|đổ tiền|"
        r"ký thỏa thuận hợp tác|ký biên bản ghi nhớ|mua cổ phần) (?:với |vào |cho |cùng )?{w8}",
        0.75,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.vi.together",
        "PARTNERS_WITH",
        "vi",
        r"{w1}cùng (?:với )?(?:công ty |hãng |tập đoàn |tổ chức |viện )?",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "partners.vi.backed_by",
        "PARTNERS_WITH",
        "vi",
        r"{w4}(?:được|nhận) (?:\S+ ){0,3}(?:hậu thuẫn|rót vốn|đầu tư|tài trợ|vốn)(?: bởi| từ| của)? {w3}",
        0.7,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.vi.partner",
        "PARTNERS_WITH",
        "vi",
        r"{w4}(?:,|-|–)? ?(?:là )?(?:đối tác|nhà đầu tư|cổ đông|nhà tài trợ) (?:chiến lược |lớn |chính )?"
        r"(?:của |với )?{w3}",
        0.75,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.en.verb",
        "PARTNERS_WITH",
        "en",
        r"{w3}(?:partnered|partners|partnering|teamed up|teams up|collaborated|collaborates|"
        r"collaborating|worked with|signed a deal|struck a deal|signed an agreement|invested|"
        r"invests|backed|backs|funded|funds|joined forces|allied|bankrolls|bankrolled|financed|"
        r"finances|poured|pours|pumped|injected|(?:took|takes|holds|bought) (?:a |an )?(?:\S+ )?stake|"
        r"led (?:a|the) (?:\S+ )?(?:funding )?round|(?:formed|announced|signed) "
        r"(?:a |an )?(?:\S+ )?(?:partnership|alliance|deal)) (?:with |in |up with )?{w6}",
        0.75,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.en.backed_by",
        "PARTNERS_WITH",
        "en",
        r"{w4}(?:backed|funded|financed|bankrolled|supported) by {w3}",
        0.75,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.en.money_from",
        "PARTNERS_WITH",
        "en",
        r"{w5}(?:investment|investments|funding|backing|money|cash|capital|stake) from {w2}",
        0.7,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.en.raised_from",
        "PARTNERS_WITH",
        "en",
        r"(?:, (?:which|who) (?:\S+ ){1,8}, )?{w3}(?:raised|raises|raising|secured|secures|"
        r"received|receives|attracted|drew|took in)"
        r" {w6}from (?:(?:backers|investors|funds|firms|shareholders|names) )?"
        r"(?:(?:that|which|who) )?(?:included |include |including |such as |like |led by )?",
        0.75,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.vi.raised_from",
        "PARTNERS_WITH",
        "vi",
        r"{w3}(?:huy động|gọi vốn|gọi được|thu hút được|thu hút) {w6}(?:từ|của) (?:các |những )?"
        r"(?:nhà đầu tư |quỹ |cổ đông )?(?:gồm |như |trong đó có |bao gồm )?",
        0.7,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.en.partner",
        "PARTNERS_WITH",
        "en",
        r"{w2}(?:,|\(|-|–)? ?(?:a |an |the |its )?(?:key |major |strategic |early |lead )?"
        r"(?:partner|investor|backer|shareholder) (?:of|in|to|with) {w2}",
        0.8,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.en.apposition",
        "PARTNERS_WITH",
        "en",
        r"(?:,|\(|-|–) ",
        0.8,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
        tail=r"(?:'s|’s|(?<=its)|(?<=their)) (?:largest |biggest |main |key |major |early |"
        r"lead |top )?(?:backer|investor|partner|shareholder)",
    ),
    rule(
        "partners.en.possessive",
        "PARTNERS_WITH",
        "en",
        r"'s (?:partner|partners|investor|investors|backer|backers) {w1}",
        0.8,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    # FOUNDED: Person -> Organization
    rule(
        "founded.vi.apposition",
        "FOUNDED",
        "vi",
        r"{w2}(?:người |nhà |là )?(?:đồng )?(?:sáng lập|thành lập|lập ra)(?: viên)? "
        r"(?:kiêm (?:\S+ ){1,4})?(?:của |ra |nên )?{w6}",
        0.85,
    ),
    rule(
        "founded.vi.passive",
        "FOUNDED",
        "vi",
        r"{w8}(?:do|được|bởi) (?:ông |bà |nhà \S+ |doanh nhân )?{w2}",
        0.8,
        True,
        tail=r"\s*(?:\([^)]{0,40}\)\s*)?(?:,[^,.]{0,60},\s*)?(?:cùng (?:\S+ ){1,6})?"
        r"(?:đồng )?(?:sáng lập|thành lập|lập ra|gây dựng|khai sinh|lập(?= năm| vào| từ| hồi))",
    ),
    rule(
        "founded.vi.title",
        "FOUNDED",
        "vi",
        r"(?:, )?",
        0.8,
        True,
        head=r"(?:nhà sáng lập|người sáng lập|đồng sáng lập|nhà đồng sáng lập)(?: kiêm [^,]{1,30})?"
        r"(?: của)?\s*$",
    ),
    rule(
        "founded.en.verb",
        "FOUNDED",
        "en",
        r"{w2}(?:, )?(?:who |which )?(?:co-founded|cofounded|founded|started|set up|established) {w4}",
        0.8,
    ),
    rule(
        "founded.en.apposition",
        "FOUNDED",
        "en",
        r"{w1}(?:,|\(|-|–) (?:the |a |its )?(?:co-founder|cofounder|founder)(?: and (?:ceo|chief "
        r"executive|chairman|president))?(?: of| at)? {w3}",
        0.9,
    ),
    rule(
        "founded.en.copula",
        "FOUNDED",
        "en",
        r"{w2}(?:was|is|became|is also|was also) (?:a |an |the |one of the )?"
        r"(?:co-founder|cofounder|founder)s? (?:of|at|behind) {w1}",
        0.85,
    ),
    rule(
        "founded.en.apposition_possessive",
        "FOUNDED",
        "en",
        r"(?:,|\(|-|–) (?:and )?",
        0.85,
        tail=r"\s*(?:'s|’s) (?:co-founder|cofounder|founder)",
    ),
    rule(
        "founded.en.possessive",
        "FOUNDED",
        "en",
        r"(?:'s |’s )?(?:co-founder|cofounder|founder)(?: and (?:ceo|chief executive|chairman))?"
        r"(?: , )? ",
        0.85,
        True,
    ),
    rule(
        "founded.en.relative",
        "FOUNDED",
        "en",
        r"(?:,|\(|-|–) {w5}(?:that |which |whom )?",
        0.75,
        True,
        tail=r"\s*(?:co-founded|cofounded|founded|started|set up|established)",
    ),
    rule(
        "founded.en.by_title",
        "FOUNDED",
        "en",
        r"{w6}by (?:its |their )?(?:co-founder|cofounder|founder) ",
        0.8,
        True,
    ),
    rule(
        "founded.en.passive",
        "FOUNDED",
        "en",
        r"{w7}(?:was |is )?(?:co-founded|cofounded|founded|started|set up|established|created|"
        r"formed|launched|spun out)(?: in \S+(?: \S+)?| \S+ years ago)? by (?:the )?(?:\S+ )?{w2}",
        0.85,
        True,
    ),
    # LEADS: Person -> Organization
    rule(
        "leads.vi.title",
        "LEADS",
        "vi",
        r"{w5}(?<!cựu )(?<!phó )(?:gi?ám đốc điều hành|tổng giám đốc|giám đốc|ceo|chủ tịch|"
        r"người đứng đầu|lãnh đạo|trưởng nhóm|trưởng|người điều hành|đứng đầu|điều hành|dẫn dắt|"
        r"phụ trách) {w6}",
        0.8,
    ),
    rule(
        "leads.vi.passive",
        "LEADS",
        "vi",
        r"{w8}(?:do|dưới sự dẫn dắt của|dưới sự lãnh đạo của) (?:ông |bà )?",
        0.8,
        True,
        head=r"(?<!từ )(?<!của )(?<!tại )$",  # "tách ra từ Đại học X, do ông Y làm...": not X
        tail=r"\s*(?:\([^)]{0,40}\)\s*)?(?:,[^,.]{0,60},\s*)?(?:(?:làm|giữ chức|là|đang là) "
        r"(?:tổng giám đốc|giám đốc điều hành|ceo|chủ tịch|người đứng đầu|lãnh đạo|giám đốc|"
        r"chủ tịch hội đồng quản trị|nhà sáng lập kiêm ceo)|dẫn dắt|điều hành|lãnh đạo|đứng đầu)",
    ),
    rule(
        "leads.vi.before",
        "LEADS",
        "vi",
        r"(?:, )?",
        0.8,
        True,
        head=r"(?:giám đốc điều hành|tổng giám đốc|ceo|chủ tịch|người đứng đầu|lãnh đạo)"
        r"(?: của)?\s*$",
    ),
    rule(
        "leads.en.apposition",
        "LEADS",
        "en",
        r"{w1}(?:,|\(|-|–) (?:the |a |its |who is )?(?:co-founder and |founder and )?(?:ceo|co-ceo|"
        r"chief executive|chief executive officer|chairman|chairwoman|president|head|director|"
        r"boss|leader|managing director|general manager)(?: and (?:co-founder|founder))? "
        r"(?:of|at) {w3}",
        0.9,
    ),
    rule(
        "leads.en.verb",
        "LEADS",
        "en",
        r"{w2}(?:, )?(?:who )?(?:leads|led|heads|headed|runs|ran|chairs|chaired|is the ceo of|"
        r"is ceo of|was the ceo of|became ceo of|became chief executive of|will lead|"
        r"took the helm (?:of|at)|takes the helm (?:of|at)|is at the helm of|steers|steered|"
        r"oversees|oversaw) {w3}",
        0.8,
    ),
    rule(
        "leads.en.title",
        "LEADS",
        "en",
        r"(?:'s |’s )?(?:co-founder and |founder and )?(?:ceo|chief executive|chief executive officer|"
        r"chairman|president|boss|head|co-ceo)(?: and (?:co-founder|founder))?(?: , )? ",
        0.85,
        True,
    ),
    rule(
        "leads.en.apposition_possessive",
        "LEADS",
        "en",
        r"(?:,|\(|-|–) (?:and )?",
        0.85,
        tail=r"\s*(?:'s|’s) (?:co-founder and |founder and )?(?:ceo|co-ceo|chief executive|"
        r"chairman|chairwoman|president|boss|head|leader)\b(?! of)",
    ),
    rule("leads.en.passive", "LEADS", "en", r"{w6}(?:led|headed|run|chaired) by {w2}", 0.8, True),
    # WORKS_FOR: Person -> Organization
    rule(
        "works_for.vi.role",
        "WORKS_FOR",
        "vi",
        r"{w3}(?:nhà nghiên cứu|nhà khoa học|kỹ sư|chuyên gia|nhân viên|nhà phân tích|cựu nhân viên|"
        r"làm việc|giáo sư|phát ngôn viên|người phát ngôn|cố vấn|phó chủ tịch|giám đốc công nghệ|"
        r"giám đốc khoa học|trưởng nhóm nghiên cứu|thành viên|giảng viên) {w9}",
        0.75,
    ),
    rule(
        "works_for.en.role",
        "WORKS_FOR",
        "en",
        r"{w1}(?:,|\(|-|–) (?:a |an |the )?(?:\S+ )?(?:researcher|scientist|engineer|analyst|"
        r"spokesperson|spokesman|spokeswoman|economist|professor|employee|executive|fellow|"
        r"vice president|vp|adviser|advisor|strategist|cto|cfo|chief \S+ officer|chief scientist|"
        r"head of \S+|director of \S+)(?: \S+){0,3} (?:at|of|with|for) {w3}",
        0.8,
    ),
    rule(
        "works_for.en.verb",
        "WORKS_FOR",
        "en",
        r"{w2}(?:works|worked|working|is|was) (?:at|for) {w2}",
        0.75,
    ),
    rule("works_for.en.joined", "WORKS_FOR", "en", r"{w1}(?:joined|joins|has joined) {w1}", 0.65),
    rule(
        "works_for.en.title",
        "WORKS_FOR",
        "en",
        r"(?:'s |’s )?(?:chief \S+ officer|chief scientist|cto|cfo|researcher|engineer|scientist|"
        r"spokesperson|spokesman|spokeswoman|head of \S+|vice president|executive|analyst)(?: , )? ",
        0.75,
        True,
    ),
)
