"""Rules for ties between organisations (and people): PART_OF, COMPETES_WITH, PARTNERS_WITH.

Data only: each `rule(...)` is a `PairRule` (see `extract.relations.rule`); gathered
into `rules_people.RULES`, which also holds the roles of people.
"""

from __future__ import annotations

from dataclasses import replace

from extract.relations import rules_ties2, rules_ties3
from extract.relations.rule import ORG, PERSON_ORG, PairRule, rule
from extract.relations.rules_making import GOODS_OF_ORG

# a name right after the verb telling where a company came from ("spun out of Tsinghua"):
# a participle after it (", backed by A") tells of the company, not of that name
_NOT_ORIGIN = (
    r"(?<!\bout of )(?<!\bout of the )(?<!\boff from )(?<!\bemerged from )(?<!\bsplit from )"
    r"(?<!tách ra từ )(?<!tách ra khỏi )(?<!tách từ )(?<!ra đời từ )(?<!khởi nguồn từ )"
    r"(?<!từ đại học )(?<!từ trường )(?<!từ viện )$"
)

RULES: tuple[PairRule, ...] = (
    (
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
        # "BIS, cơ quan phụ trách kiểm soát xuất khẩu thuộc Bộ Thương mại": an agency described
        rule(
            "part_of.vi.agency_apposition",
            "PART_OF",
            "vi",
            r"(?:\( \S+ \) )?(?:,|\(|-|–) (?:là )?(?:một )?(?:cơ quan|đơn vị|bộ phận|công ty con|"
            r"chi nhánh|phòng thí nghiệm|viện|nhóm|cục|ban|văn phòng)(?: (?!của|và)\S+){0,6} "
            r"(?:thuộc|trực thuộc|nằm trong|dưới quyền) (?:chính phủ )?",
            0.75,
            src=ORG,
            tgt=ORG,
        ),
        # "BIS, the export-control agency within the Commerce Department"
        rule(
            "part_of.en.agency_apposition",
            "PART_OF",
            "en",
            r"(?:,|\(|-|–) (?:a |an |the )?(?:[\w-]+ ){0,3}(?:agency|bureau|office|body|regulator|"
            r"watchdog|arm|unit|division|department|lab|laboratory)(?: (?!and|with|for)\S+){0,4} "
            r"(?:within|inside|under|of|at) (?:the )?",
            0.7,
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
            r"|ceo|founder|parent|owner|majority owner) )(?:(?!(?:with|and|to|for|from|by|on|in|at|"
            r"of|over|against|deal|"
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
            r"{w2}(?:là |cũng là |trở thành )?(?:một trong những |một trong các |một )?(?:đối thủ|"
            r"đối thủ cạnh tranh|đối thủ chính|"
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
            r"sánh vai|đọ sức|so tài|đối chọi|bắt kịp|đuổi kịp|có thể so sánh|chạy đua|tranh giành|"
            r"giành giật|soán ngôi|hạ bệ|lật đổ|vượt mặt|qua mặt|bám đuổi|bám sát|chia lửa|"
            r"phả hơi nóng vào|đe dọa vị thế của|đe dọa vị trí của|lấn át|giành thị phần của|"
            r"giành thị phần từ) "
            r"(?:với |cùng )?{w3}",
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
            r"challenges|challenged|challenging|vs\.?|versus|going head-to-head with|to rival|to challenge|"
            r"vies with|vie with|vying with|vied with|(?:racing|races|raced|race) against|"
            r"(?:competes|compete|competing|competed|going|goes|went|go) (?:head-on|toe-to-toe) with|"
            r"(?:squares|squared|squaring|square) off (?:against|with)|(?:locks|locked|locking) horns with|"
            r"to compete with|on par with|matches|matched|catch up with|catching up to|"
            r"catch up to|caught up with|comparable to|comparable with|as good as|a match for|"
            r"neck and neck with|head-to-head with|takes aim at|took aim at|taking aim at|take aim at|"
            r"an answer to|(?:locked |engaged )?in a (?:[\w-]+ ){0,2}?(?:race|rivalry|contest|duel|"
            r"showdown|price war|pricing war|arms race) (?:with|against)|"
            r"(?:a |an )?(?:cheaper |open )?alternative to|goes up against|went up against|taking on|"
            r"take on|a rivalry with|trails|trailed|overtook|overtaken|overtakes|outsold|outsells|"
            r"gaining on|gains on|gained on|closing in on|closes in on|closing the gap with|"
            r"closed the gap with|lags behind|lagging behind|lagged behind|lag behind|outpaced|"
            r"outpaces|outpacing|outshipped|outships|pulled ahead of|pulls ahead of) {w4}",
            0.7,
            # "overtook Meta's Llama", "rivals OpenAI's GPT-4o": the named thing, not its owner
            tail=r"(?!\s*(?:'s|’s)\s+(?-i:[A-Z]))",
        ),
        # "Unitree faces growing competition from UBTech": the rival right after "from"
        rule(
            "competes.en.competition_from",
            "COMPETES_WITH",
            "en",
            r"{w4}(?:(?:faces|faced|facing|sees|saw) (?:\S+ ){0,2})?competition from (?:the )?",
            0.7,
        ),
        rule(
            "competes.en.relative",
            "COMPETES_WITH",
            "en",
            r"(?:,|\(|-|–) (?:a |an |the )(?:\S+ ){0,7}(?:that|which) (?:\S+ ){0,3}(?:rivals|matches|"
            r"competes with|takes on|challenges|is on par with|is comparable to) (?:\S+'s )?",
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
            r"'s (?!(?:former|onetime|one-time) )(?:[\w-]+ ){0,2}?(?:rival|rivals|arch-rival|"
            r"archrival|competitor|competitors|challenger|nemesis) {w1}",
            0.8,
        ),
        # PARTNERS_WITH (symmetric): Organization, Person
        rule(
            "partners.vi.verb",
            "PARTNERS_WITH",
            "vi",
            # "quỹ đầu tư của Y" names a kind of fund, no investment in Y
            r"{w3}(?:hợp tác|bắt tay|liên kết|liên minh|ký thỏa thuận|ký kết|(?<!quỹ )đầu tư|rót vốn|"
            r"góp vốn|"
            r"tài trợ|hậu thuẫn|chung tay|cùng (?:phát triển|đầu tư|xây dựng|hợp tác)|bắt tay hợp tác|rót|bơm vốn|bơm tiền|đổ tiền|"
            r"ký thỏa thuận hợp tác|ký biên bản ghi nhớ|mua cổ phần) (?:với |vào |cho |cùng )?{w8}",
            0.75,
            src=PERSON_ORG,
            tgt=PERSON_ORG,
            # not "tập đoàn của ông X ký ...": X only owns the subject
            head=_NOT_ORIGIN[:-1] + r"(?<!của )(?<!của ông )(?<!của bà )$",
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
            # "Nvidia cho biết sẽ cùng Y xây dựng": a told plan keeps its subject
            r"(?:(?:cho biết|cho hay|thông báo|tuyên bố|công bố) (?:sẽ |đã |vừa |đang )?|{w1}"
            r"(?:sau đó |cũng |đã |sẽ |vừa |từng |đang |tiếp tục |trước đó |mới )?)cùng (?:với )?(?:công ty |hãng |tập đoàn |tổ chức |viện )?",
            0.7,
            src=ORG,
            tgt=ORG,
        ),
        rule(
            "partners.vi.backed_by",
            "PARTNERS_WITH",
            "vi",
            r"(?!.*, (?:nhưng|còn|song|trong khi|dù|tuy) ){w4}(?:được|nhận) (?:\S+ ){0,3}"
            r"(?:hậu thuẫn|rót vốn|đầu tư|tài trợ|vốn)(?: bởi| từ| của)? {w3}",
            0.7,
            src=PERSON_ORG,
            tgt=PERSON_ORG,
            head=_NOT_ORIGIN,
        ),
        rule(
            "partners.vi.partner",
            "PARTNERS_WITH",
            "vi",
            # not "quỹ của nhà đầu tư X": there the noun only describes the person
            r"{w4}(?:,|-|–)? ?(?:là )?(?<!của )(?:đối tác|nhà đầu tư|cổ đông|nhà tài trợ) "
            r"(?:chiến lược |lớn nhất |lớn |chính |chủ chốt |quan trọng )?"
            r"(?:của |với )?{w3}",
            0.75,
            src=PERSON_ORG,
            tgt=PERSON_ORG,
        ),
        rule(
            "partners.en.verb",
            "PARTNERS_WITH",
            "en",
            r"{w3}(?:partnered|partners|partnering|partner with|teamed up|teams up|team up with|"
            r"teaming up|teamed with|teams with|collaborate with|(?:cooperates|cooperated|cooperate|"
            r"cooperating) with|"
            r"in partnership with|in collaboration with|collaborated|collaborates|"
            r"collaborating|worked with|(?:is |are |has been |have been )?working (?:closely )?with|"
            r"works (?:closely )?with|signed a deal|struck a deal|signed an agreement|invested|"
            r"invests|(?:to |will |would )invest|investing|backed|backs|funded|funds|"
            r"(?:joined|joins|joining|join) (?:forces|hands)|allied|bankrolls|bankrolled|financed|"
            r"finances|poured|pours|pumped|injected|(?:put|puts|putting|sank|sinks) (?:\S+ )?[$€£\d]\S* (?:\S+ )?into|(?:took|takes|holds|bought) (?:a |an )?(?:\S+ )?stake|"
            r"led (?:a|the) (?:\S+ )?(?:funding )?round|(?:formed|announced|signed|struck|inked|reached|"
            r"sealed|unveiled|agreed|entered|entered into|clinched|expanded|expands|expanding|deepened|"
            r"deepens|deepening|extended|extends|renewed|renews|strengthened|strengthens|broadened|"
            r"broadens|renegotiated|restructured|won|wins|secured|secures|landed|lands|finalized|"
            r"finalised|closed|closes) (?:a |an |the )?(?:\S+ ){0,5}"
            r"(?:partnership|alliance|deal|collaboration|agreement|pact|joint venture|venture|tie-up|"
            r"contract|accord|memorandum of understanding|memorandum|mou|letter of intent|settlement)s?|"
            r"in (?:a )?(?:tie-up|alliance|joint venture|cooperation|partnership) with|"
            r"(?:led|co-led|anchored|headed) (?:a|an|the) (?:\S+ ){0,5}?(?:(?:funding |financing |"
            r"investment )?round|investment|financing) (?:for|in|into)) (?:with |in |up with )?"
            # ("would invest $1bn in the company, AMD agreed ...": a comma ends the object)
            r"(?:(?!(?:and|but|while|whereas|which|who|said|says)\b|, )\S+ ){0,6}",
            0.75,
            src=PERSON_ORG,
            tgt=PERSON_ORG,
            head=_NOT_ORIGIN,
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
            r"(?!.*\b(?:bán|thoái)\b){w6}(?:cổ phần|phần vốn) (?:(?:\S+ ){0,2}(?:tại|trong|của) )?"
            r"(?:công ty |hãng |startup )?",
            0.7,
            src=PERSON_ORG,
            tgt=ORG,
        ),
        rule(
            "partners.en.deal_with",
            "PARTNERS_WITH",
            "en",
            r"'s (?:(?:\S+ )?(?:deal|deals|partnership|arrangement|agreement|alliance|tie-up|contract|"
            r"collaboration|joint venture|memorandum of understanding) with|(?!(?:planned|proposed|"
            r"failed|blocked|rejected|abandoned|scrapped) )(?:\S+ ){0,4}?(?:investment|investments|"
            r"stake|stakes) (?:in|into)) (?:the )?",
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
            head=_NOT_ORIGIN,
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
            r"(?!.*\b(?:former|ex|onetime|one-time|erstwhile|prospective|potential|would-be)\b)"
            r"(?!.*\bas (?:a|an|the)\b){w2}(?:,|\(|-|–)? ?(?:a |an |the |its )?(?:(?:key|major|"
            r"strategic|early|lead|long-time|longtime|long-standing|close|important|main|largest|"
            r"biggest|principal|minority|majority|financial|technology) ){0,2}"
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
            r"lead |top |principal |sole )?(?:backer|investor|partner|shareholder|supplier|customer|"
            r"client)",
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
            r"suppliers?|sources? of|providers? of|vendors?|foundry|foundries)\b",
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
        # "pitch themselves as cheaper alternatives to Nvidia": what a product is offered instead of
        rule(
            "competes.en.alternative_to",
            "COMPETES_WITH",
            "en",
            r"(?!.*\b(?:no|not|never)\b){w10}(?:alternatives?|challengers?|answers?|counterweights?|"
            r"rivals?|competitors?) to (?:the )?",
            0.7,
        ),
        # "..., whose executives complain that rivals such as Tokyo Electron ..."
        rule(
            "competes.en.rivals_such_as",
            "COMPETES_WITH",
            "en",
            r"{w8}(?:rivals|competitors|challengers) (?:such as|like|including) (?:the )?",
            0.7,
            src=ORG,
            tgt=ORG,
        ),
        # "startup từng được kỳ vọng là đối trọng với OpenAI": cast as the rival of
        rule(
            "competes.vi.seen_as",
            "COMPETES_WITH",
            "vi",
            r"{w4}(?:được |từng được |vốn được |thường được )?(?:kỳ vọng|coi|xem|ví|đánh giá|"
            r"mệnh danh|định vị|quảng bá) (?:là|như) (?:một )?(?:\S+ )?(?:đối thủ|đối trọng|"
            r"đối thủ cạnh tranh|lời đáp|câu trả lời|lựa chọn thay thế)(?: \S+){0,2} "
            r"(?:của |với |cho |trước )?",
            0.75,
        ),
        # "a funding round led by BlackRock valued Groq at $2.8bn": the round's lead backs Y
        rule(
            "partners.en.round_valued",
            "PARTNERS_WITH",
            "en",
            r"(?:, )?{w2}(?:valued|values|valuing) (?:the )?",
            0.75,
            src=PERSON_ORG,
            tgt=ORG,
            head=r"(?:round|funding|financing|fundraising|investment)(?: round)? (?:was |that was )?"
            r"(?:led|co-led|backed|joined) by (?:the )?$",
        ),
        # "closed a $480m round in February with participation from Nvidia", "... led by X"
        rule(
            "partners.en.round_led_by",
            "PARTNERS_WITH",
            "en",
            # not ", and raised ... in a round led by": L closes a clause set in the subject's
            r"(?!, and ){w9}(?:round|funding|financing|fundraising|raise)(?: round)? (?:\S+ ){0,3}"
            r"(?:led by|"
            r"co-led by|with participation from|with backing from|joined by|backed by|that included|"
            r"from investors (?:including|such as|like)) (?:investors (?:including|such as) )?(?:the )?",
            0.75,
            src=ORG,
            tgt=PERSON_ORG,
        ),
        # "X, ..., is also the lead financial backer of Stargate": up to two words before the noun
        rule(
            "partners.en.backer_of",
            "PARTNERS_WITH",
            "en",
            r"{w3}(?:is|was|are|were|became|remains|remain|,) (?:also |now |still )?(?:a |an |the |its "
            r")?(?:[\w-]+ ){0,2}(?:backer|investor|shareholder|financier|funder)s? (?:of|in) (?:the )?",
            0.75,
            src=PERSON_ORG,
            tgt=ORG,
        ),
        # "Alibaba and Tencent are among its backers", "Tencent is one of Zhipu's investors"
        rule(
            "partners.en.among_backers",
            "PARTNERS_WITH",
            "en",
            r"(?:is|was|are|were|remains|remain) (?:also |now |still )?(?:among|one of) (?:the )?",
            0.75,
            src=PERSON_ORG,
            tgt=ORG,
            tail=r"(?:\s*(?:'s|’s))?\s+(?:[\w-]+\s+)?(?:backers|investors|shareholders|funders)\b",
        ),
        # "MiniMax ... và nhận vốn từ Alibaba lẫn Tencent": money taken in by the clause subject
        rule(
            "partners.vi.funded_from",
            "PARTNERS_WITH",
            "vi",
            # not past ", nhưng": a new clause has a subject of its own
            r"(?!.*, (?:nhưng|còn|song|trong khi|dù|tuy) ){w8}(?:và |cũng |còn |đã |từng )?"
            r"(?:nhận|nhận được|được rót|gọi|huy động|gọi được) "
            r"(?:thêm )?(?:vốn|tiền|khoản đầu tư|đầu tư)(?: \S+){0,3} (?:từ|của) (?:các |những )?"
            r"(?:nhà đầu tư |quỹ |tập đoàn |hãng |công ty )?(?:như |gồm |bao gồm |trong đó có )?",
            0.7,
            src=ORG,
            tgt=PERSON_ORG,
        ),
        # "Y gọi được 600 triệu USD trong vòng Series D do X dẫn dắt, với sự tham gia của Z":
        # the round's lead and its other backers back Y
        rule(
            "partners.vi.round_backers",
            "PARTNERS_WITH",
            "vi",
            r"{w3}(?:gọi được|huy động|huy động được|gọi vốn|hoàn tất|khép lại|chốt) (?:\S+ ){0,8}?"
            r"vòng (?:\S+ ){0,12}?(?:do|với sự tham gia của|có sự tham gia của) (?:các |quỹ )?",
            0.7,
            src=ORG,
            tgt=PERSON_ORG,
        ),
        # "vòng gọi vốn 750 triệu USD của Groq, với sự tham gia của BlackRock": backers of Y's round
        rule(
            "partners.vi.round_of",
            "PARTNERS_WITH",
            "vi",
            r"(?:\S+ ){0,4}?(?:, )?(?:với sự tham gia của|có sự tham gia của) (?:các |quỹ )?",
            0.7,
            src=ORG,
            tgt=PERSON_ORG,
            head=r"vòng (?:gọi vốn |huy động vốn |đầu tư )?(?:\S+ ){0,5}của $",
        ),
        # "Kakao chose another path, signing a partnership with OpenAI": a participle clause
        rule(
            "partners.en.signing",
            "PARTNERS_WITH",
            "en",
            r"{w6}, (?:signing|striking|forming|inking|sealing|announcing|unveiling|entering into|"
            r"clinching|agreeing) (?:a |an |the )?(?:\S+ ){0,4}(?:partnership|alliance|deal|"
            r"collaboration|agreement|pact|joint venture|tie-up|contract) with (?:the )?",
            0.7,
            src=PERSON_ORG,
            tgt=PERSON_ORG,
        ),
        # "từng thuê TSMC sản xuất chip BR100": a company that has its chips made by a foundry
        rule(
            "partners.vi.hired_to_make",
            "PARTNERS_WITH",
            "vi",
            r"{w4}(?:thuê|đặt hàng|giao cho|nhờ|chọn) (?:hãng |công ty |nhà máy của )?",
            0.7,
            src=ORG,
            tgt=ORG,
            tail=r"\s*(?:\([^)]{0,40}\)\s*)?(?:sản xuất|gia công|chế tạo|đúc|lắp ráp)",
        ),
        rule(
            "partners.en.hired_to_make",
            "PARTNERS_WITH",
            "en",
            r"{w4}(?:hired|hires|tapped|taps|contracted|contracts|chose|chooses|picked|picks|selected|"
            r"selects|enlisted|enlists|"
            r"relied on|relies on|turned to|turns to) ",
            0.7,
            src=ORG,
            tgt=ORG,
            tail=r"\s*(?:to (?:help )?(?:make|manufacture|produce|fabricate|build|package|design|"
            r"co-design|develop|co-develop|supply|provide|deliver|power|host|operate|run)|as "
            r"(?:its |a )?"
            r"(?:foundry|manufacturer|contract manufacturer))",
        ),
        # "một con chip do TSMC sản xuất cho Sophgo", "chips TSMC made for Huawei": made for a client
        rule(
            "partners.vi.made_for",
            "PARTNERS_WITH",
            "vi",
            r"(?:đã |từng )?(?:sản xuất|gia công|chế tạo|đúc) (?:\S+ ){0,3}cho (?:hãng |công ty |tập đoàn )?",
            0.65,
            src=ORG,
            tgt=ORG,
            head=r"(?<!cấm )(?<!không )(?<!ngừng )(?<!dừng )$",
        ),
        rule(
            "partners.en.made_for",
            "PARTNERS_WITH",
            "en",
            r"(?:had |has |have )?(?:made|makes|manufactured|manufactures|produced|produces|"
            r"fabricated|fabricates|packaged|packages) (?:\S+ ){0,3}for (?:the )?",
            0.65,
            src=ORG,
            tgt=ORG,
            head=r"(?<!not )(?<!stop )(?<!stopped )(?<!halt )(?<!halted )(?<!cannot )$",
        ),
        # "Alibaba-backed Moonshot": the backer as a compound modifier
        # ("Huawei, Lenovo and TCL-backed RayNeo": only TCL backs it)
        replace(
            rule(
                "partners.en.backed_modifier",
                "PARTNERS_WITH",
                "en",
                r"-(?:backed|funded|financed|supported) (?:\S+ ){0,3}",
                0.75,
                src=ORG,
                tgt=ORG,
            ),
            expand="none",
        ),
        # "Moonshot, in which Alibaba holds a stake"
        rule(
            "partners.en.in_which",
            "PARTNERS_WITH",
            "en",
            r", in which (?:the )?",
            0.75,
            src=ORG,
            tgt=PERSON_ORG,
            tail=r"\s*(?:also |now |already |still )?(?:holds|held|has|had|took|takes|owns|owned|"
            r"bought|acquired|invested|has invested|had invested|is an investor|was an investor)\b",
        ),
        # "Moonshot counts Alibaba and Tencent among its investors"
        rule(
            "partners.en.counts_among",
            "PARTNERS_WITH",
            "en",
            r"{w1}(?:counts|counted|count|lists|listed|names|named) (?:the )?",
            0.75,
            src=ORG,
            tgt=PERSON_ORG,
            tail=r"\s*(?:\S+\s+){0,3}?among its (?:[\w-]+ )?(?:investors|backers|shareholders|"
            r"partners|customers|clients)\b",
        ),
        # "Investors in Moonshot include Alibaba", "Moonshot, whose backers include Alibaba"
        rule(
            "partners.en.include",
            "PARTNERS_WITH",
            "en",
            r"(?:include|includes|included|are|were|range from) (?:the )?",
            0.75,
            src=ORG,
            tgt=PERSON_ORG,
            head=r"(?:investors|backers|shareholders|partners|customers|clients) (?:in|of|to) "
            r"(?:the )?$",
        ),
        rule(
            "partners.en.whose_include",
            "PARTNERS_WITH",
            "en",
            r", whose (?:[\w-]+ )?(?:investors|backers|shareholders|partners|customers|clients) "
            r"(?:include|includes|included|are|were|range from) (?:the )?",
            0.75,
            src=ORG,
            tgt=PERSON_ORG,
        ),
        # "Moonshot, startup do Alibaba hậu thuẫn": backed by, in the passive with "do"
        rule(
            "partners.vi.backed_do",
            "PARTNERS_WITH",
            "vi",
            r"{w4}(?:được )?do (?:tập đoàn |công ty |hãng |quỹ )?",
            0.75,
            src=ORG,
            tgt=PERSON_ORG,
            tail=r"\s*(?:\([^)]{0,40}\)\s*)?(?:\S+\s+){0,2}?(?:hậu thuẫn|đầu tư|rót vốn|tài trợ|"
            r"chống lưng|góp vốn)",
        ),
        # "Các nhà đầu tư của Moonshot gồm Alibaba và Tencent"
        rule(
            "partners.vi.include",
            "PARTNERS_WITH",
            "vi",
            r"(?:gồm|bao gồm|gồm có|là|có) (?:cả )?",
            0.75,
            src=ORG,
            tgt=PERSON_ORG,
            head=r"(?:nhà đầu tư|cổ đông|đối tác|khách hàng|nhà tài trợ) (?:lớn |chính |chiến lược )?"
            r"(?:của|trong) (?:công ty |hãng |startup )?$",
        ),
        # "Moonshot có Alibaba là cổ đông lớn nhất"
        rule(
            "partners.vi.has_as",
            "PARTNERS_WITH",
            "vi",
            r"{w1}có (?:cả )?",
            0.75,
            src=ORG,
            tgt=PERSON_ORG,
            tail=r"\s*(?:là|làm) (?:một )?(?:nhà đầu tư|cổ đông|đối tác|nhà tài trợ|khách hàng)",
        ),
        # "Apple picked Alibaba as its partner", "Meta chọn Google làm đối tác"
        rule(
            "partners.en.chose_as",
            "PARTNERS_WITH",
            "en",
            r"{w2}(?:picked|picks|chose|chooses|selected|selects|tapped|taps|named|names|"
            r"enlisted|enlists|signed up|signs up|brought in|brings in) (?:the )?",
            0.75,
            src=ORG,
            tgt=ORG,
            tail=r"\s+as (?:its |their |a |an |the )?(?:\S+ ){0,2}?(?:partner|supplier|provider|"
            r"investor|backer|collaborator)s?\b",
        ),
        rule(
            "partners.vi.chose_as",
            "PARTNERS_WITH",
            "vi",
            r"{w2}(?:chọn|lựa chọn|chọn lựa|mời) (?:tập đoàn |công ty |hãng )?",
            0.75,
            src=ORG,
            tgt=ORG,
            tail=r"\s+(?:làm|là) (?:đối tác|nhà cung cấp|nhà đầu tư|cổ đông)",
        ),
        # "Moonshot AI, an Alibaba-backed start-up": the backer written inside an apposition
        rule(
            "partners.en.backed_apposition",
            "PARTNERS_WITH",
            "en",
            r"(?:,|\(|-|–) (?:an |a |the |another )?(?:\S+ )?",
            0.75,
            True,
            src=ORG,
            tgt=ORG,
            tail=r"-(?:backed|funded|financed|supported)\b",
        ),
        # "DeepSeek, công ty được quỹ High-Flyer hậu thuẫn", "Moonshot ... được Alibaba rót vốn"
        rule(
            "partners.vi.backed_duoc",
            "PARTNERS_WITH",
            "vi",
            r"(?!.*, (?:nhưng|còn|song|trong khi|dù|tuy) ){w6}được (?:(?:tập đoàn|công ty|hãng|"
            r"quỹ|nhà đầu tư)(?: \S+){0,3} )?",
            0.7,
            src=ORG,
            tgt=PERSON_ORG,
            tail=r"\s*(?:\([^)]{0,40}\)\s*)?(?:hậu thuẫn|rót vốn|đầu tư|tài trợ|chống lưng|góp vốn)",
        ),
        # "Broadcom is co-designing OpenAI's first chip", "cùng Nvidia đồng phát triển"
        rule(
            "partners.en.co_design",
            "PARTNERS_WITH",
            "en",
            r"{w2}(?:co-designing|co-designs|co-designed|co-design|co-developing|co-develops|"
            r"co-developed|co-develop|jointly developing|jointly developed|co-building|co-builds|"
            r"co-built|co-engineering|co-engineered) (?:the |a )?",
            0.75,
            src=ORG,
            tgt=ORG,
        ),
        # "cheaper than GPT-4 Turbo", "rẻ hơn cả Doubao Pro": in a price war one model's price is
        # set against another's
        rule(
            "competes.en.cheaper",
            "COMPETES_WITH",
            "en",
            r"{w4}(?:is |are |was |were )?(?:\S+ )?(?:cheaper|pricier|costlier|less expensive|more "
            r"expensive) than (?:the |its |rival )?",
            0.7,
            src="AIModel",
            tgt="AIModel",
        ),
        rule(
            "competes.vi.cheaper",
            "COMPETES_WITH",
            "vi",
            r"{w6}(?:rẻ hơn|đắt hơn|có giá thấp hơn|có giá cao hơn) (?:cả |so với |hẳn |nhiều so với )?"
            r"(?:mô hình |bản |dòng )?",
            0.7,
            src="AIModel",
            tgt="AIModel",
        ),
        # "Mistral uses Cerebras hardware", "ByteDance mua chip Huawei": buyer and maker deal
        rule(
            "partners.en.buys_goods",
            "PARTNERS_WITH",
            "en",
            r"(?:{w3}(?:uses|used|using|bought|buys|buying|purchased|purchases|rents|rented|renting|"
            r"rents out|deploys|deployed|relies on|relied on|runs on|ran on|ordered|orders|"
            r"will use|plans to use|(?:agreed|plans|committed|pledged|promised) to (?:buy|use|deploy|"
            r"rent)) (?:(?:\S+ ){0,3}?(?:of |from ))?|"
            r"{w4}(?:spend|spends|spent|spending) (?:\S+ ){1,6}?on )",
            0.65,
            src=ORG,
            tgt=ORG,
            tail=r"\s*(?:'s\s+|’s\s+)?" + GOODS_OF_ORG,
        ),
        rule(
            "partners.vi.buys_goods",
            "PARTNERS_WITH",
            "vi",
            r"{w3}(?:mua|sử dụng|dùng|thuê|đặt mua|triển khai|chạy trên|nhập|đặt hàng) (?:\S+ ){0,3}?"
            r"(?:chip|gpu|bộ xử lý|bộ tăng tốc|máy chủ|phần cứng|siêu chip|bộ nhớ|thiết bị)"
            r"(?: \S+){0,2}? (?:của |do )?(?:hãng |công ty |tập đoàn )?",
            0.65,
            src=ORG,
            tgt=ORG,
        ),
        # "Volcano Engine, đơn vị điện toán đám mây của ByteDance": the unit described in an
        # apposition by its kind of business
        rule(
            "part_of.vi.unit_apposition_of",
            "PART_OF",
            "vi",
            r"(?:,|\(|-|–) (?:là )?(?:một )?(?:đơn vị|bộ phận|công ty con|chi nhánh|nhóm|mảng|"
            r"phòng thí nghiệm|viện nghiên cứu|nhánh|công ty thành viên)(?: \S+){0,6} (?:của|thuộc|"
            r"trực thuộc) (?:tập đoàn |công ty |hãng )?",
            0.75,
            src=ORG,
            tgt=ORG,
        ),
    )
    + rules_ties2.RULES
    + rules_ties3.RULES
)
