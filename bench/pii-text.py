#!/usr/bin/env python3
"""Writes a deterministic mixed English/Chinese plain-text file for bench/pii.

    bench/pii-text.py OUT MEGABYTES

Prose from fixed word lists, with numbers, dates, versions, order numbers and, in about one
line in a hundred, fake personal data (valid check digits): phones, e-mail addresses, resident
ids, cards, IPs. Same arguments, same bytes.
"""
import random
import sys

EN = ("the of and to in is that for it as was with be by on not he this are or his from at which but "
      "have an they you were her she there been one all we their has would when if so no will more out "
      "up into do any your what report data model training source license patient account address").split()
ZH = ("的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行"
      "学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前"
      "外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军")
W = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]


def rid(r):
    body = r.choice(["110105", "310104", "440305", "510107"]) + "%04d%02d%02d" % (
        r.randint(1950, 2010), r.randint(1, 12), r.randint(1, 28)) + "%03d" % r.randint(0, 999)
    return body + "10X98765432"[sum(int(c) * w for c, w in zip(body, W)) % 11]


def card(r):
    body = "6222" + "".join(str(r.randint(0, 9)) for _ in range(11))
    for c in "0123456789":
        n = body + c
        s = sum(int(d) if i % 2 == 0 else (int(d) * 2 - 9 if int(d) * 2 > 9 else int(d) * 2)
                for i, d in enumerate(reversed(n)))
        if s % 10 == 0:
            return n


def line(r):
    k = r.randint(0, 99)
    if k < 50:
        return " ".join(r.choice(EN) for _ in range(14)).capitalize() + "."
    if k < 85:
        return "".join(r.choice(ZH) for _ in range(40)) + "。"
    if k < 92:
        return "In %d, about %d people (%.1f%%) used version 2.%d.%d; see page %d." % (
            r.randint(1900, 2024), r.randint(0, 99999), r.random() * 10, r.randint(0, 20), r.randint(0, 9), r.randint(1, 400))
    if k < 99:
        return "订单号 %d，下单时间 2023-%02d-%02d 12:%02d:%02d，金额 %d.%02d 元。" % (
            r.randint(10 ** 15, 10 ** 16), r.randint(1, 12), r.randint(1, 28), r.randint(0, 59), r.randint(0, 59),
            r.randint(1, 9999), r.randint(0, 99))
    return "联系人手机 13%d%08d，邮箱 user%d@163.com，身份证 %s，卡号 %s，IP %d.%d.%d.%d。" % (
        r.randint(0, 9), r.randint(0, 99999999), r.randint(0, 9999), rid(r), card(r),
        r.randint(11, 200), r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def main():
    out, megabytes = sys.argv[1], float(sys.argv[2])
    r = random.Random(5)
    target = int(megabytes * 1024 * 1024)
    written = 0
    with open(out, "w", encoding="utf-8") as f:
        while written < target:
            s = line(r) + "\n"
            f.write(s)
            written += len(s.encode("utf-8"))


if __name__ == "__main__":
    main()
