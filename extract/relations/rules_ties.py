"""Rules for ties between organisations (and people): PART_OF, COMPETES_WITH, PARTNERS_WITH.

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`); gathered
into `rules_people.RULES`, which also holds the roles of people.
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
    # "X, phòng thí nghiệm mà Y dựng lên": a unit described by who set it up
    rule(
        "part_of.vi.unit_apposition",
        "PART_OF",
        "vi",
        r"(?:,|\(|-|–) (?:là )?(?:một )?(?:nhóm|nhóm nghiên cứu|đơn vị|bộ phận|phòng thí nghiệm|"
        r"viện nghiên cứu|công ty con|chi nhánh)(?: \S+){0,5} (?:mà|do) ",
        0.75,
        src=ORG,
        tgt=ORG,
        tail=r"\s*(?:đã |vừa )?(?:lập ra|thành lập|lập nên|xây dựng|dựng lên|thành lập nên)",
    ),
    rule(
        "part_of.en.unit_that",
        "PART_OF",
        "en",
        r"(?:,|\(|-|–) (?:a |an |the )(?:[\w-]+ ){0,3}(?:unit|division|team|lab|arm|group|"
        r"subsidiary) (?:that|which) ",
        0.75,
        src=ORG,
        tgt=ORG,
        tail=r"\s*(?:had |has )?(?:set up|created|formed|launched|established|spun up|built)\b",
    ),
    rule(
        "part_of.vi.has_unit",
        "PART_OF",
        "vi",
        r"{w4}có (?:riêng )?(?:một )?(?:nhóm|nhóm nghiên cứu|bộ phận|đơn vị|phòng thí nghiệm|"
        r"công ty con|viện nghiên cứu)(?: \S+){0,2} (?:riêng )?(?:là|tên là|mang tên|có tên) ",
        0.75,
        True,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "part_of.en.has_unit",
        "PART_OF",
        "en",
        r"{w3}(?:has|had|set up|runs|created|formed|launched) (?:a |an |its own |its )?(?:\S+ )?"
        r"(?:unit|lab|team|division|subsidiary|arm)(?: of its own)?,? (?:called|named|known as) ",
        0.75,
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
        r"đối thủ lớn nhất|đối thủ trực tiếp|đối trọng)(?: \S+){0,2} (?:của |với )?{w3}",
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
    # "Huawei rival Xiaomi", "Alibaba and its rival Tencent": the noun names the next one
    rule(
        "competes.en.modifier",
        "COMPETES_WITH",
        "en",
        r"(?:and |, )?(?:its |their )?(?:main |chief |key |closest |biggest |fierce |arch-|local |"
        r"domestic |smaller |larger |bigger |chinese |american |us )?(?:rival|rivals|competitor|"
        r"competitors|challenger) ",
        0.75,
    ),
    # "..., unlike Intel, its older rival": the rival of the clause subject
    rule(
        "competes.en.its_apposition",
        "COMPETES_WITH",
        "en",
        r"(?:,|\(|-|–) ",
        0.75,
        tail=r"(?<=\bits)\s+(?:[\w-]+ ){0,2}?(?:rival|competitor|challenger)\b",
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
        "partners.vi.supplies",
        "PARTNERS_WITH",
        "vi",
        r"{w3}(?:là )?(?:một )?(?:nhà cung cấp|nhà cung ứng|đối tác cung cấp|cung cấp|cung ứng)"
        r"(?: (?!cho|của)\S+){0,4} (?:chính |lớn nhất |chủ yếu )?(?:cho|của) (?:hãng |tập đoàn |"
        r"công ty )?",
        0.7,
        src=ORG,
        tgt=ORG,
        head=r"(?<!cấm )(?<!ngăn )(?<!chặn )(?<!cho phép )$",  # "Mỹ cấm X cung cấp cho Y"
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
        # not "quỹ của nhà đầu tư X": there the noun only describes the person
        r"{w4}(?:,|-|–)? ?(?:là )?(?<!của )(?:đối tác|nhà đầu tư|cổ đông|nhà tài trợ) "
        r"(?:chiến lược |lớn |chính )?"
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
        r"led (?:a|the) (?:\S+ )?(?:funding )?round|(?:formed|announced|signed|struck|inked|reached|"
        r"sealed|unveiled|agreed|entered|entered into|clinched) (?:a |an |the )?(?:\S+ ){0,3}"
        r"(?:partnership|alliance|deal|collaboration|agreement|pact|joint venture|tie-up|contract)"
        r") (?:with |in |up with )?{w6}",
        0.75,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    # "X paid $2bn for a 30% stake in Y": a stake ties investor and company
    rule(
        "partners.en.stake_in",
        "PARTNERS_WITH",
        "en",
        r"{w8}(?<!no )(?:stake|stakes|shareholding|equity holding) in (?:the )?",
        0.7,
        src=PERSON_ORG,
        tgt=ORG,
    ),
    rule(
        "partners.vi.stake_in",
        "PARTNERS_WITH",
        "vi",
        # not "bán toàn bộ cổ phần tại Y", "thoái vốn": selling out ends the tie
        r"(?!.*\b(?:bán|thoái)\b){w6}(?:cổ phần|phần vốn) (?:\S+ ){0,2}(?:tại|trong|của) "
        r"(?:công ty |hãng |startup )?",
        0.7,
        src=PERSON_ORG,
        tgt=ORG,
    ),
    rule(
        "partners.en.deal_with",
        "PARTNERS_WITH",
        "en",
        r"'s (?:\S+ )?(?:deal|deals|partnership|arrangement|agreement|alliance|tie-up|contract|"
        r"collaboration|joint venture) with (?:the )?",
        0.75,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
    ),
    rule(
        "partners.en.supplies",
        "PARTNERS_WITH",
        "en",
        r"{w3}(?:supplies|supplied|is (?:a |the )?(?:\S+ )?supplier to|was (?:a |the )?(?:\S+ )?"
        r"supplier to|became (?:a |the )?(?:\S+ )?supplier to|(?:,|\(|-|–) (?:a |the |an )?(?:key |"
        r"main |major |sole |principal |biggest |largest )?supplier to) {w3}",
        0.7,
        src=ORG,
        tgt=ORG,
    ),
    rule(
        "partners.en.sells_to",
        "PARTNERS_WITH",
        "en",
        # "Oracle, ... that already rents cloud capacity to OpenAI"; not "cannot sell ... to"
        r"(?!.*\b(?:not|cannot|can't|no longer|stop\w*|ban\w*|bar\w*|halt\w*|restrict\w*|"
        r"block\w*|forbid\w*)\b)(?:, )?(?:that |which |who )?(?:already |also |now )?(?:rents|"
        r"sells|supplies|provides|licenses|leases) (?:\S+ ){1,3}to (?:the )?",
        0.7,
        src=ORG,
        tgt=ORG,
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
        r"lead |top |principal |sole )?(?:backer|investor|partner|shareholder|supplier)",
    ),
    rule(
        "partners.en.copula_possessive",
        "PARTNERS_WITH",
        "en",
        r"{w1}(?:are|is|were|was|became|become|remain|remains) (?:also |now )?(?:among )?",
        0.75,
        src=PERSON_ORG,
        tgt=PERSON_ORG,
        tail=r"\s*(?:'s|’s) (?:[\w-]+ ){0,3}(?:investors?|backers?|partners?|shareholders?|"
        r"suppliers?)\b",
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
)
