#!/usr/bin/env python3
"""Write the Cẩm Tân 2024 example's lists (the forms the rates are counted from).

Cẩm Tân's letter (../shared/seeds/004_29ddc68b533c367c.txt, lines 1102-1230)
gives the forms on which a commune lists what its figures count:

  Mẫu 1.4  cán bộ, công chức with a computer and an official mailbox
  Mẫu 2.5  enterprises using electronic contracts
  Mẫu 2.6  small and medium enterprises using digital platforms
  Mẫu 3.3  adults: smartphone, security app, digital signature, online public services
  Mẫu 4.5  public places with public wifi

This script writes one CSV per form beside cam-tan-2024.csv, named
cam-tan-2024.<list>.csv, with the form's own column headings and a first
column `unit` (every row CT-TU: the lists are the commune's own, the district's
appraisal CT-HUYEN has none).  The counts are those of the dataset's CT-TU row
(check_expected_cam_tan.py asserts they agree), except 4.3.a: one official's
computer is broken, so 19 of 20 have one.

Everything is invented: names are drawn from common Vietnamese family, middle
and given names, phone numbers are random and masked in the middle
(0912***456), mailboxes are derived from the names.  Deterministic
(random.Random(2024)), standard library only:

    python3 examples/thanh-hoa/make_cam_tan_lists.py
"""

import csv
import os
import random
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
STEM = os.path.join(HERE, "cam-tan-2024")
UNIT = "CT-TU"
YES, NO = "Có", "Không"

# --------------------------------------------------------------------------
# Names and phone numbers
# --------------------------------------------------------------------------

# Family names, weighted roughly as in Thanh Hóa's midland districts (Cẩm Thủy
# has many Mường families: Bùi, Đinh, Quách, Trương, Hà).
FAMILY = [("Nguyễn", 30), ("Lê", 12), ("Trần", 8), ("Phạm", 8), ("Bùi", 8), ("Hoàng", 4),
          ("Đinh", 5), ("Trương", 4), ("Quách", 4), ("Hà", 3), ("Vũ", 3), ("Đỗ", 3),
          ("Lương", 2), ("Mai", 2), ("Cao", 2), ("Trịnh", 2)]
MIDDLE_M = [("Văn", 45), ("Đình", 8), ("Xuân", 8), ("Ngọc", 6), ("Hữu", 6), ("Minh", 6),
            ("Đức", 6), ("Công", 5), ("Quang", 5), ("Thanh", 5)]
MIDDLE_F = [("Thị", 60), ("Thị Thu", 6), ("Thị Thanh", 6), ("Thị Hồng", 5), ("Ngọc", 5),
            ("Thu", 5), ("Thị Minh", 4), ("Hồng", 4), ("Thanh", 5)]
GIVEN_M = ["An", "Bình", "Cường", "Dũng", "Dương", "Đạt", "Đông", "Giang", "Hải", "Hào",
           "Hiếu", "Hòa", "Hùng", "Huy", "Khánh", "Kiên", "Lâm", "Long", "Lực", "Mạnh",
           "Nam", "Nghĩa", "Phong", "Phúc", "Quân", "Quyết", "Sơn", "Tài", "Thắng", "Thành",
           "Thịnh", "Tiến", "Toàn", "Trung", "Tú", "Tuấn", "Việt", "Vinh", "Tùng", "Hưng"]
GIVEN_F = ["Anh", "Bích", "Chi", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hiền",
           "Hoa", "Huệ", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngọc",
           "Nhung", "Oanh", "Phương", "Quyên", "Quỳnh", "Thảo", "Thơm", "Thủy", "Trang", "Tuyết",
           "Vân", "Xuân", "Yến", "Hậu", "Lụa", "Mơ", "Nguyệt", "Tâm", "Thắm", "Hồng"]

# Mobile prefixes in use (Viettel 032-039, 086, 096-098; VinaPhone 081-085, 088,
# 091, 094; MobiFone 089, 090, 093).
PREFIXES = ["032", "033", "034", "035", "036", "037", "038", "039", "081", "082", "083",
            "084", "085", "086", "088", "089", "090", "091", "093", "094", "096", "097", "098"]


def pick(rng, weighted):
    names, weights = zip(*weighted)
    return rng.choices(names, weights)[0]


# Names of well-known public figures that the draw could make: skipped.
FAMOUS = {"Nguyễn Xuân Phúc"}


def person(rng, sex=None):
    """A full name: family, middle, given; of a random sex unless sex is 'm'/'f'."""
    while True:
        if sex == "m" or (sex is None and rng.random() < 0.5):
            name = f"{pick(rng, FAMILY)} {pick(rng, MIDDLE_M)} {rng.choice(GIVEN_M)}"
        else:
            name = f"{pick(rng, FAMILY)} {pick(rng, MIDDLE_F)} {rng.choice(GIVEN_F)}"
        if name not in FAMOUS:
            return name


def phone(rng):
    """A 10-digit mobile number masked in the middle: 0912***456."""
    number = rng.choice(PREFIXES) + "".join(rng.choice("0123456789") for _ in range(7))
    return number[:4] + "***" + number[7:]


def ascii_fold(s):
    """'Nguyễn Văn An' -> 'nguyen van an' (lowercase, no diacritics)."""
    s = s.replace("Đ", "D").replace("đ", "d")
    s = unicodedata.normalize("NFD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).lower()


def mailbox(name, taken):
    """Initials of the family and middle names then the given name:
    Nguyễn Văn An -> nvan.camtan@thanhhoa.gov.vn; a digit when taken."""
    words = ascii_fold(name).split()
    local = "".join(w[0] for w in words[:-1]) + words[-1]
    candidate, n = local, 1
    while candidate in taken:
        n += 1
        candidate = f"{local}{n}"
    taken.add(candidate)
    return f"{candidate}.camtan@thanhhoa.gov.vn"


def write(name, header, rows):
    path = f"{STEM}.{name}.csv"
    with open(path, "w", newline="", encoding="utf-8") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print(f"{os.path.relpath(path)}: {len(rows)} rows")


def exactly(rng, population, k):
    """A set of exactly k members of population, drawn at random."""
    return set(rng.sample(sorted(population), k))


# --------------------------------------------------------------------------
# Mẫu 1.4: cán bộ, công chức
# --------------------------------------------------------------------------

# The commune's 20 cán bộ, công chức (Nghị định 33/2023/NĐ-CP): elected cán bộ
# first, then the công chức by title.  Trưởng Công an xã is not a CBCC since
# the regular police took the post, so it is not here.
POSITIONS = [
    "Bí thư Đảng ủy",
    "Phó Bí thư Thường trực Đảng ủy",
    "Chủ tịch HĐND xã",
    "Phó Chủ tịch HĐND xã",
    "Chủ tịch UBND xã",
    "Phó Chủ tịch UBND xã",
    "Chủ tịch UBMTTQ Việt Nam xã",
    "Bí thư Đoàn TNCS Hồ Chí Minh xã",
    "Chủ tịch Hội Nông dân xã",
    "Chủ tịch Hội Liên hiệp Phụ nữ xã",
    "Chủ tịch Hội Cựu chiến binh xã",
    "Chỉ huy trưởng Ban Chỉ huy Quân sự xã",
    "Công chức Văn phòng - Thống kê",
    "Công chức Văn phòng - Thống kê",
    "Công chức Địa chính - Nông nghiệp - Xây dựng và Môi trường",
    "Công chức Tài chính - Kế toán",
    "Công chức Tư pháp - Hộ tịch",
    "Công chức Tư pháp - Hộ tịch",
    "Công chức Văn hóa - Xã hội",
    "Công chức Văn hóa - Xã hội",
]
# Posts held by one sex in practice (the Women's Union; the military command).
SEX = {"Chủ tịch Hội Liên hiệp Phụ nữ xã": "f", "Chỉ huy trưởng Ban Chỉ huy Quân sự xã": "m"}
NO_COMPUTER = 9           # STT of the official whose computer is broken
NO_COMPUTER_NAME = "Nguyễn Văn An"


def can_bo(rng):
    taken, names, rows = set(), set(), []
    for stt, position in enumerate(POSITIONS, 1):
        if stt == NO_COMPUTER:
            name = NO_COMPUTER_NAME
        else:
            name = person(rng, SEX.get(position))
        while name in names:
            name = person(rng, SEX.get(position))
        names.add(name)
        broken = stt == NO_COMPUTER
        rows.append([UNIT, stt, name, position, NO if broken else YES, mailbox(name, taken),
                     "Máy tính hỏng, chờ cấp mới" if broken else ""])
    return rows


# --------------------------------------------------------------------------
# Mẫu 2.5 and 2.6: enterprises
# --------------------------------------------------------------------------

# 16 enterprises of the commune; the first is not small or medium, so Mẫu 2.6
# lists the other 15.
ENTERPRISES = [
    "Công ty Cổ phần Xi măng Cẩm Tân",
    "Công ty TNHH Xây dựng Tân Lực",
    "Công ty TNHH Thương mại và Dịch vụ Cẩm Tân",
    "Công ty TNHH Chế biến lâm sản Phúc Thịnh",
    "Công ty TNHH Vật liệu xây dựng Sông Mã",
    "Công ty TNHH May mặc Hưng Phát",
    "Công ty Cổ phần Nông nghiệp Xanh Cẩm Thủy",
    "Công ty TNHH Vận tải Minh Long",
    "Công ty TNHH Cơ khí Đức Thắng",
    "Công ty TNHH Mía đường Tân Sơn",
    "Doanh nghiệp tư nhân Xăng dầu Quang Vinh",
    "Công ty TNHH Gạch không nung Thành Đạt",
    "Công ty TNHH Thực phẩm sạch Cẩm Tân",
    "Công ty TNHH Điện nước Hải Nam",
    "Công ty TNHH Du lịch sinh thái Suối Cá",
    "Doanh nghiệp tư nhân Thương mại Hòa Bình",
]
CONTRACT_PROVIDERS = ["VNPT eContract", "Viettel CA", "MISA AMIS WeSign", "FPT.eContract"]
PLATFORMS = ["Hóa đơn điện tử; Kế toán MISA", "Hóa đơn điện tử VNPT; Zalo OA",
             "Hóa đơn điện tử Viettel; Phần mềm bán hàng KiotViet", "Sàn TMĐT Postmart",
             "Sàn TMĐT Voso.vn; Hóa đơn điện tử", "Kế toán MISA AMIS; Chữ ký số",
             "Shopee; Facebook Shop", "Phần mềm quản lý nhân sự 1Office"]
E_CONTRACT, SME_PLATFORM = 12, 10


def enterprises(rng):
    phones = [phone(rng) for _ in ENTERPRISES]
    contract = exactly(rng, range(len(ENTERPRISES)), E_CONTRACT)
    dn = []
    for i, name in enumerate(ENTERPRISES):
        yes = i in contract
        dn.append([UNIT, i + 1, name, phones[i], YES if yes else NO,
                   rng.choice(CONTRACT_PROVIDERS) if yes else "",
                   "" if yes else rng.choice(["", "Dự kiến triển khai năm 2025"])])
    smes = range(1, len(ENTERPRISES))
    platform = exactly(rng, smes, SME_PLATFORM)
    dnvvn = []
    for tt, i in enumerate(smes, 1):
        yes = i in platform
        dnvvn.append([UNIT, tt, ENTERPRISES[i], phones[i], YES if yes else NO,
                      rng.choice(PLATFORMS) if yes else "", ""])
    return dn, dnvvn


# --------------------------------------------------------------------------
# Mẫu 3.3: adults
# --------------------------------------------------------------------------

ADULTS = 4860
SMARTPHONE = 3790
SECURITY_APP = 2480        # among smartphone owners only
SIGNATURE = 2010           # of whom 60 without a smartphone
SIGNATURE_NO_PHONE = 60
ONLINE = 1530              # of whom 40 without a smartphone
ONLINE_NO_PHONE = 40
NO_PHONE_BLANK = 0.05      # share of those without a smartphone with no number given


def dan_so(rng):
    people = range(ADULTS)
    # TT 4 (index 3) has no smartphone, so explain's "not counted" rows show early.
    smart = exactly(rng, set(people) - {3}, SMARTPHONE)
    plain = set(people) - smart
    app = exactly(rng, smart, SECURITY_APP)
    # Digital signatures and online services: mostly smartphone owners, and more
    # often those who already installed the security app.
    def among_owners(k):
        with_app = exactly(rng, app, k * 2 // 3)
        return with_app | exactly(rng, smart - app, k - len(with_app))
    signature = among_owners(SIGNATURE - SIGNATURE_NO_PHONE) | \
        exactly(rng, plain, SIGNATURE_NO_PHONE)
    online = among_owners(ONLINE - ONLINE_NO_PHONE) | exactly(rng, plain, ONLINE_NO_PHONE)
    rows = []
    for i in people:
        number, note = phone(rng), ""
        if i in plain and rng.random() < NO_PHONE_BLANK:
            number, note = "", "Không có điện thoại"
        elif i in plain and rng.random() < 0.1:
            note = "Điện thoại phổ thông"
        rows.append([UNIT, i + 1, person(rng), number,
                     *(YES if i in s else NO for s in (smart, app, signature, online)), note])
    return rows


# --------------------------------------------------------------------------
# Mẫu 4.5: public wifi
# --------------------------------------------------------------------------

def wifi():
    return [[UNIT, 1, "Khu vực UBND xã", "Thôn Tân Lực", "Wifi miễn phí, VNPT"],
            [UNIT, 2, "Hội trường UBND xã", "Thôn Tân Lực", "Wifi miễn phí, VNPT"],
            [UNIT, 3, "Nhà văn hóa thôn Tân Sơn", "Thôn Tân Sơn", "Wifi miễn phí, Viettel"]]


def main():
    rng = random.Random(2024)
    write("can_bo", ["unit", "STT", "Họ tên", "Chức vụ", "Có máy tính làm việc",
                     "Hộp thư điện tử công vụ (ghi địa chỉ hộp thư)", "Ghi chú"], can_bo(rng))
    dn, dnvvn = enterprises(rng)
    write("doanh_nghiep", ["unit", "TT", "Tên doanh nghiệp", "Số điện thoại liên hệ",
                           "Sử dụng hợp đồng điện tử", "Đơn vị cung cấp hợp đồng điện tử",
                           "Ghi chú"], dn)
    write("dnvvn", ["unit", "TT", "Tên doanh nghiệp", "Số điện thoại liên hệ",
                    "Sử dụng nền tảng số", "Nền tảng số sử dụng", "Ghi chú"], dnvvn)
    write("dan_so", ["unit", "TT", "Họ và tên", "Số điện thoại liên hệ",
                     "Có điện thoại thông minh", "Có cài đặt PM ATTT", "Có chữ ký số",
                     "Có sử dụng dịch vụ công trực tuyến", "Ghi chú"], dan_so(rng))
    write("wifi", ["unit", "STT", "Khu vực/tên điểm du lịch cộng đồng",
                   "Địa chỉ (Số nhà/thôn)", "Ghi chú"], wifi())


if __name__ == "__main__":
    main()
