"""Names in text nobody tuned to, eighth round: short titles without a full stop ("Dr Helena
Voss", "PGS.TS Trần Quang Huy"); compounds that qualify a name ("Sequoia-backed", "Hong
Kong-listed"); hospitals, colleges and drug makers by their last word; what a person
founded; public offices and nationals before a comma ("Ohio's attorney general, X");
Vietnamese bodies named with a head noun and lowercase syllables ("Bệnh viện Đa khoa X",
"Sở Khoa học và Công nghệ X", "Quỹ Đổi mới sáng tạo X"); legal documents by number
("Thông tư 09/2024/TT-BTTTT"); an acronym of capitals is no cue word ("the CHIPS Security
Act"); and what is no name: dates ("Tháng Ba, hãng X"), process nodes ("a 7nm chip") and
title-case headlines.

These run the bundled catalogue. Rule cases use invented names, so they test the cue and not
the catalogue; each rule also has cases where it must not fire. Sentences written for the test.
"""

from __future__ import annotations

from extract.discovery import title_case_lines
from extract.namecues import opener_word
from tests.unit.extract.facts import typed_names

# --- titles written short ---------------------------------------------------------------------


def test_a_title_without_a_full_stop_is_no_part_of_the_name():
    found = typed_names("Dr Helena Voss warned lawmakers about the Kestrin model.")
    assert found.get("Helena Voss") == "Person"
    assert "Dr Helena Voss" not in found


def test_mr_without_a_full_stop_before_a_name():
    found = typed_names("Mr Tobias Lindqvist, the fund's manager, declined to comment.")
    assert found.get("Tobias Lindqvist") == "Person"
    assert "Mr Tobias Lindqvist" not in found


def test_vietnamese_academic_titles_open_a_person():
    found = typed_names("PGS.TS Trần Quang Huy nhận định thị trường chip sẽ tăng.", "vi")
    assert found.get("Trần Quang Huy") == "Person"
    found = typed_names("ThS Lê Hoàng Nam, giảng viên, chia sẻ kinh nghiệm học máy.", "vi")
    assert found.get("Lê Hoàng Nam") == "Person"


def test_an_academic_title_alone_names_nobody():
    found = typed_names("Bằng TS và ThS được công nhận trong nước.", "vi")
    assert not any(kind == "Person" for kind in found.values())


# --- compounds that qualify the name after them -------------------------------------------------


def test_a_backed_or_listed_compound_is_cut_and_marks_a_firm():
    found = typed_names("Sequoia-backed Fernhill AI is building agents for lawyers.")
    assert found.get("Fernhill AI") == "Organization"
    assert "Sequoia-backed Fernhill AI" not in found
    found = typed_names("Tencent-backed Moonvale raised new funds last week.")
    assert found.get("Moonvale") == "Organization"
    found = typed_names("The Hong Kong-listed Sunwise Holdings reported a loss.")
    assert found.get("Sunwise Holdings") == "Organization"
    assert "Hong Kong-listed Sunwise Holdings" not in found


def test_a_lowercase_compound_marks_nothing():
    found = typed_names("State-owned lenders backed Harlow Tallis in the vote.")
    assert found.get("Harlow Tallis") != "Organization"


# --- hospitals, colleges and drug makers --------------------------------------------------------


def test_hospitals_colleges_and_drug_makers_by_their_last_word():
    found = typed_names("Researchers at Mercy General Hospital tested the tool on scans.")
    assert found.get("Mercy General Hospital") == "Organization"
    found = typed_names("She studied at Halden College before joining the lab.")
    assert found.get("Halden College") == "Organization"
    found = typed_names("Shares of Pharos Therapeutics jumped after the trial data.")
    assert found.get("Pharos Therapeutics") == "Organization"


def test_a_lone_ending_word_is_no_organisation():
    found = typed_names("Hospital staff said the College would reopen.")
    assert "Hospital" not in found and "College" not in found


# --- what a person founded ----------------------------------------------------------------------


def test_what_someone_founded_is_an_organisation():
    found = typed_names("Daniel Mbeki founded Quillstone in 2021 after leaving the bank.")
    assert found.get("Quillstone") == "Organization"


def test_founded_before_a_year_names_nothing():
    found = typed_names("The lab was founded in 2021 and hired fast.")
    assert not found


# --- offices and nationals before a comma -------------------------------------------------------


def test_a_public_office_before_a_comma_types_a_person():
    found = typed_names("Ohio's attorney general, Dave Yost, opened an inquiry into Brellix.")
    assert found.get("Dave Yost") == "Person"
    found = typed_names("A Chinese national, Li Wenhao, was charged with smuggling chips.")
    assert found.get("Li Wenhao") == "Person"


def test_plural_offices_before_a_comma_may_open_a_list_of_firms():
    found = typed_names("Several governors, Ardent Power and Velmora Energy met on Monday.")
    assert found.get("Ardent Power") != "Person"


def test_people_of_a_nation_before_their_names():
    found = typed_names("Two men, Singaporeans Aaron Teo Wei Jie and a friend, were charged.")
    assert found.get("Aaron Teo Wei Jie") == "Person"


# --- Vietnamese bodies with a head noun ---------------------------------------------------------


def test_a_vietnamese_hospital_named_in_full():
    found = typed_names("Bệnh viện Đa khoa Tâm An đã ứng dụng AI để đọc phim X-quang.", "vi")
    assert found.get("Bệnh viện Đa khoa Tâm An") == "Organization"
    found = typed_names("Bệnh viện Chợ Quán hợp tác với một startup để chẩn đoán.", "vi")
    assert found.get("Bệnh viện Chợ Quán") == "Organization"
    assert "Bệnh viện Chợ Quán hợp tác" not in found


def test_two_hospitals_joined_by_and_stay_two():
    found = typed_names("Bệnh viện Hoà Lạc và Bệnh viện Tây Hồ cùng thử nghiệm.", "vi")
    assert found.get("Bệnh viện Hoà Lạc") == "Organization"
    assert found.get("Bệnh viện Tây Hồ") == "Organization"


def test_a_department_or_fund_with_lowercase_syllables_and_and():
    found = typed_names("Sở Khoa học và Công nghệ Lâm Hà phê duyệt chương trình.", "vi")
    assert found.get("Sở Khoa học và Công nghệ Lâm Hà") == "Organization"
    found = typed_names("Quỹ Đổi mới sáng tạo Bình Minh tài trợ 20 dự án.", "vi")
    assert found.get("Quỹ Đổi mới sáng tạo Bình Minh") == "Organization"
    found = typed_names("Cục An toàn mạng cảnh báo lừa đảo bằng deepfake.", "vi")
    assert found.get("Cục An toàn mạng") == "Organization"


def test_a_research_institute_of_a_company():
    found = typed_names("Viện nghiên cứu Tarsa ra mắt mô hình mới.", "vi")
    assert found.get("Viện nghiên cứu Tarsa") == "Organization"


def test_a_head_noun_before_lowercase_words_is_no_name():
    found = typed_names("Trung tâm dữ liệu mới đặt ở ngoại ô. Cục diện đang thay đổi.", "vi")
    assert not any(name.startswith(("Trung tâm", "Cục")) for name in found)
    found = typed_names("Sở dĩ thị trường tăng là nhờ dữ liệu.", "vi")
    assert not found


def test_a_lowercase_hospital_noun_is_a_cue():
    found = typed_names("Các bác sĩ ở bệnh viện Hồng Phúc thử nghiệm trợ lý AI.", "vi")
    assert found.get("Hồng Phúc") == "Organization"


def test_a_platform_noun_opening_a_sentence_is_a_cue():
    found = typed_names("Nền tảng học trực tuyến Lumina mở rộng sang Lào.", "vi")
    assert found.get("Lumina") == "Product"


# --- legal documents by number ------------------------------------------------------------------


def test_vietnamese_legal_documents_by_number():
    found = typed_names("Thông tư 09/2031/TT-BKHCN hướng dẫn việc cấp phép.", "vi")
    assert found.get("Thông tư 09/2031/TT-BKHCN") == "Policy"
    found = typed_names("Chỉ thị 05/CT-TTg yêu cầu các bộ đẩy nhanh chuyển đổi số.", "vi")
    assert found.get("Chỉ thị 05/CT-TTg") == "Policy"


def test_an_english_circular_by_number():
    found = typed_names("Circular No. 08/2031/TT-NHNN took effect in May.")
    assert found.get("Circular No. 08/2031/TT-NHNN") == "Policy"


def test_a_plain_number_or_date_is_no_legal_document():
    found = typed_names("Quyết định này có hiệu lực từ 05/2025. Thông tư mới ra ngày 3/4.", "vi")
    assert not any(kind == "Policy" for kind in found.values())


# --- capitals that are no cue, and what is no name ----------------------------------------------


def test_an_acronym_in_capitals_is_no_cue_word():
    assert not opener_word("CHIPS", frozenset(["chips"]))
    assert opener_word("CEO", frozenset(["ceo"]))
    found = typed_names("The CHIPS Security Act requires location tracking.")
    assert found.get("CHIPS Security Act") == "Policy"


def test_a_vietnamese_date_is_no_name():
    found = typed_names("Tháng Ba, hãng Zhipu ra mắt mô hình mới.", "vi")
    assert "Tháng Ba" not in found


def test_a_process_node_is_no_chip_name():
    found = typed_names("Chip designer Xuanmo Micro taped out a 7nm chip.")
    assert found.get("Xuanmo Micro") == "Organization"
    assert "7nm" not in found


def test_a_title_case_headline_gives_no_names_from_cues():
    assert title_case_lines("Chinese Startup Unveils New Robot\nIt said so.") == [(0, 33)]
    found = typed_names("Thousands Gather As Chinese Startup Unveils Robot\n\nThe robot walked.")
    assert "Unveils Robot" not in found


def test_a_sentence_case_line_keeps_its_cues():
    assert title_case_lines("Startup Zeta Labs raised money from investors") == []
    found = typed_names("Startup Orvanta Labs raises money for robot hands\n\nIt said so.")
    assert found.get("Orvanta Labs") == "Organization"


# --- bills and funds by their last word -----------------------------------------------------------


def test_a_bill_and_a_fund_by_their_last_word():
    found = typed_names("The Digital Services Levy Bill was tabled on Monday.")
    assert found.get("Digital Services Levy Bill") == "Policy"
    found = typed_names("The Strait Harbour Fund invested $20 million in the round.")
    assert found.get("Strait Harbour Fund") == "Organization"


def test_a_first_name_bill_opens_a_person_not_a_law():
    found = typed_names("Bill Marwick, the chief executive, said the Orlan chip was late.")
    assert found.get("Bill Marwick") == "Person"


def test_a_capitalised_national_opens_a_body_not_a_person():
    found = typed_names("Vietnam's National Cyberdefence Agency issued a warning.")
    assert found.get("National Cyberdefence Agency") == "Organization"
    assert "Cyberdefence Agency" not in found


def test_a_fund_leading_a_round_is_no_person():
    found = typed_names("Vòng gọi vốn do Quỹ Halvard và Orsen Management dẫn dắt.", "vi")
    assert found.get("Quỹ Halvard") == "Organization"
    assert found.get("Orsen Management") == "Organization"
    found = typed_names("Công ty do Lưu Khải Minh sáng lập năm 2020.", "vi")
    assert found.get("Lưu Khải Minh") == "Person"


# --- who an analyst works with; advisers and lenders before a name --------------------------------


def test_the_firm_an_analyst_works_with():
    found = typed_names('"It is a wake-up call," said Mei Lin, an analyst with Corvid Advisors.')
    assert found.get("Corvid Advisors") == "Organization"
    assert found.get("Mei Lin") == "Person"


def test_met_with_a_person_is_no_firm():
    found = typed_names("The envoy met with Vice Premier He Lifeng in Geneva.")
    assert found.get("He Lifeng") != "Organization"


def test_a_consultancy_or_a_lender_before_a_name():
    found = typed_names("A report by consultancy Harrow & Finch found adoption slowing.")
    assert found.get("Harrow & Finch") == "Organization"
    found = typed_names("State lender Corvale Bank of Commerce cut its rates.")
    assert not any(kind == "Person" for kind in found.values())


# --- Vietnamese bodies before an acronym ----------------------------------------------------------


def test_a_vietnamese_body_ending_in_quoc_gia_before_its_acronym_is_one_entity():
    found = typed_names("Nhóm nhận tài trợ từ Quỹ Khoa học Quốc gia (NSFV) năm ngoái.", "vi")
    assert "Quỹ Khoa học" not in found
    assert found.get("NSFV") == "Organization"


def test_a_generic_research_body_before_its_owner_is_no_name():
    found = typed_names("Viện nghiên cứu AI của Tập đoàn Halden tung ra mô hình.", "vi")
    assert "Viện nghiên cứu AI" not in found


# --- a watchdog's acronym; "Chief" before a title ---------------------------------------------------


def test_an_authority_or_watchdog_before_a_comma_and_its_acronym():
    found = typed_names("Brazil's data protection authority, ANPX, suspended the service.")
    assert found.get("ANPX") == "Organization"
    found = typed_names("The country's privacy watchdog, Datavakt, opened an inquiry.")
    assert found.get("Datavakt") == "Organization"


def test_an_authority_in_a_list_of_roles_types_no_person():
    found = typed_names("The authority said Tarsen Robotics must comply.")
    assert found.get("Tarsen Robotics") == "Organization"


def test_chief_before_a_title_is_no_part_of_the_name():
    found = typed_names("Chief Secretary Eric Chanwick visited the lab.")
    assert found.get("Eric Chanwick") == "Person"
    assert "Chief Secretary Eric Chanwick" not in found


def test_chief_alone_names_nothing():
    found = typed_names("The Chief Digital Officer of Zarnia said so.")
    assert not any(kind == "Person" for kind in found.values())


def test_a_vietnamese_body_ends_before_thuoc_and_its_parent():
    found = typed_names(
        "Nhóm xuất phát từ Viện Vật liệu Tiên tiến thuộc Viện Hàn lâm Lạc Sơn.", "vi"
    )
    assert found.get("Viện Vật liệu Tiên tiến") == "Organization"
    assert not any("thuộc" in name for name in found)
    found = typed_names("Nhóm xuất phát từ Viện Cơ học Tính toán thuộc Đại học Lạc Sơn.", "vi")
    assert found.get("Viện Cơ học Tính toán") == "Organization"
