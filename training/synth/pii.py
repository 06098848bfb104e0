"""Invented personal data in the many formats real referrals use (all but names).

Vocabulary (place stems, preschool/clinic nouns, towns) is split by
``split.word_split``; number formats are shared by both splits. Every function takes the
record's ``random.Random`` and returns the surface string of one span.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from functools import cache

from training.synth.names import Person
from training.synth.split import check_split, fold, word_split

REFERENCE_DAY = dt.date(2025, 10, 1)  # "today" of the corpus: ages and dates count from here

STEMS = (
    "Ek Björk Lind Rönn Asp Alm Gran Tall Sol Norr Söder Väster Öster Berg Sjö Bäck Hag Äng"
    " Kvarn Kyrk Hassel Ljung Sand Sten Hög Ny Mal Mos Tuna Vall Kärr Bred Lång Stor Lill"
    " Hjort Rosen Lilje Furu Klint Hult Skog Ström Hamn Fisk Kråk Trast Lärk Svan Falk Örn"
    " Lönn Vide Hed Myr Ås Näs Tor Kung Linné Nobel Vikinga Stjärn Ängs Hammar Solber Fors"
).split()
PLACE_ENDINGS = (
    "by backen hagen dalen höjden berga viken torp lund holmen åsen vallen ängen näs fors"
    " kulla hult bo tuna sätra gården mossen"
).split()
NOUNS = (
    "Solrosen Trollet Nyckelpigan Linden Eken Ekorren Myran Humlan Blåbäret Kotten Snäckan"
    " Regnbågen Fyren Ankaret Måsen Tallen Björken Lönnen Pärlan Draken Ugglan Igelkotten"
    " Lingonet Vitsippan Blåklinten Kastanjen Stjärnan Månen Fjärilen Gläntan Backsippan"
    " Tussilago Smultronet Kompassen Vågen Hjortronet Körsbäret Rosen Lärkan Svalan"
).split()
SCHOOL_FORMS = (
    "{stem}skolan",
    "{stem}skolan",
    "{place}skolan",
    "{place_gen} skola",
    "{place_gen} skola",
    "Internationella Engelska Skolan {place}",
    "Kunskapsskolan {place}",
    "{place} gymnasium",
    "{stem}gymnasiet",
    "Montessoriskolan {noun}",
    "Friskolan {noun}",
    "{place}skolan F-9",
    "{stem}skolan {place}",
    "Rudbecksskolan {place}",
)
PRESCHOOL_FORMS = (
    "Förskolan {noun}",
    "Förskolan {noun}",
    "förskolan {noun}",
    "{noun_gen} förskola",
    "Föräldrakooperativet {noun}",
    "Förskolan {place}",
    "{stem}gårdens förskola",
    "Montessoriförskolan {noun}",
    "I Ur och Skur {noun}",
)
CLINIC_FORMS = (
    "Vårdcentralen {noun}",
    "Vårdcentralen {place}",
    "BVC {dir}",
    "BVC {place}",
    "Familjecentralen {noun}",
    "Hälsocentralen {place}",
    "Barnavårdscentralen {place}",
    "Närakuten {place}",
    "vårdcentralen {noun}",
)
DENTAL_FORMS = (
    "Folktandvården {place}",
    "Tandläkarna {place}",
    "{place} Tandvård",
    "Barntandvården {place}",
    "Folktandvården {noun}",
)
CLUB_FORMS = (
    "IFK {place}",
    "{place} IF",
    "{place_gen} BK",
    "{place} FF",
    "{place} Ridklubb",
    "{stem} Scoutkår",
    "{place_gen} Brottarklubb",
    "Boxningsklubben {noun}",
    "{place} Basket",
    "{place} Innebandy",
    "Simklubben {noun}",
    "{place} SK",
)
ORG_FORMS = (
    "ICA Nära {place}",
    "ICA Maxi {place}",
    "Coop {place}",
    "Willys {place}",
    "Hemköp {place}",
    "Bostadsbolaget {place}",
    "{place}hem AB",
    "Brf {noun}",
    "{stem} Bygg AB",
    "{place} Städ AB",
    "Pizzeria {noun}",
    "{place} Bilverkstad",
    "Restaurang {noun}",
    "{stem}bostäder",
    "Fastighets AB {noun}",
    "{place} Åkeri",
)
HOSPITAL_FORMS = (
    "{place} sjukhus",
    "Lasarettet i {place}",
    "{stem}sjukhuset",
    "Centrallasarettet {place}",
    "Barnakuten {place}",
    "Universitetssjukhuset {place}",
)
BUP_FORMS = ("BUP {place}", "BUP-mottagningen {place}", "BUP {dir}", "BUP-mottagning {noun}")
HVB_FORMS = ("HVB {stem}gården", "{stem}gårdens HVB", "HVB-hemmet {noun}", "Ungdomshemmet {noun}")
YOUTH_FORMS = (
    "Fritidsgården {noun}",
    "{place} fritidsgård",
    "Ungdomens hus {place}",
    "Mötesplats {noun}",
    "{stem}gårdens fritidsgård",
)
PLACE_FORMS = (
    "{place}",
    "{place}",
    "{place}",
    "{stem}torget",
    "{stem}parken",
    "{place_gen} centrum",
    "Västra {place}",
    "Lilla {place}",
    "{place}området",
    "{stem}skogen",
    "Övre {place}",
)
STREET_SUFFIXES = ("gatan vägen vägen stigen gränd backe allén slingan gången plan torg").split()
DIRECTIONS = ("Norr", "Söder", "Öster", "Väster", "Centrum", "Syd", "Nord")
MONTHS = (
    "januari februari mars april maj juni juli augusti september oktober november december"
).split()
MONTHS_SHORT = (
    "jan",
    "feb",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "aug",
    "sep",
    "okt",
    "nov",
    "dec",
)
MAIL_DOMAINS = (
    "gmail.com",
    "gmail.com",
    "hotmail.com",
    "hotmail.se",
    "outlook.com",
    "live.se",
    "yahoo.se",
    "icloud.com",
    "telia.com",
    "spray.se",
    "bredband.net",
    "outlook.se",
)
MOBILE_PREFIXES = ("070", "070", "072", "073", "073", "076", "079")
AREA_CODES = (
    "08",
    "08",
    "08",
    "08",
    "031",
    "031",
    "040",
    "040",
    "018",
    "013",
    "019",
    "021",
    "023",
    "026",
    "035",
    "036",
    "042",
    "044",
    "046",
    "054",
    "060",
    "063",
    "090",
    "0431",
    "0470",
    "0480",
    "0498",
    "0510",
    "0611",
    "0910",
    "0250",
    "0171",
)
FOREIGN_PHONES = (
    "+358 40 {3} {4}",
    "+48 {3} {3} {3}",
    "+90 5{2} {3} {2} {2}",
    "+252 61 {7}",
    "+47 {3} {2} {3}",
    "+45 {2} {2} {2} {2}",
    "+49 15{2} {7}",
    "+44 7{3} {6}",
    "+964 750 {3} {4}",
    "+963 9{2} {3} {3}",
)


@cache
def vocabulary(split: str) -> dict[str, tuple[str, ...]]:
    """Stems, nouns and derived place names of one split."""
    check_split(split)
    stems = tuple(s for s in STEMS if word_split(s) == split)
    nouns = tuple(n for n in NOUNS if word_split(n) == split)
    places = tuple(
        s + e for s in stems for e in PLACE_ENDINGS if not (s.endswith(e[0]) and e[0] in "bh")
    )
    return {"stems": stems, "nouns": nouns, "places": places}


def _digits(rng: random.Random, n: int) -> str:
    return str(rng.randrange(10**n)).zfill(n)


def _group(digits: str) -> str:
    """Swedish digit grouping: '12345678' -> '123 456 78', '1234567' -> '123 45 67'."""
    if len(digits) == 8:
        return f"{digits[:3]} {digits[3:6]} {digits[6:]}"
    head = 3 if len(digits) % 2 else 2
    pairs = [digits[i : i + 2] for i in range(head, len(digits), 2)]
    return " ".join([digits[:head], *pairs])


def genitive(name: str) -> str:
    return name if name[-1:].lower() in "sxz" else name + "s"


def _fill_form(rng: random.Random, split: str, form: str) -> str:
    vocab = vocabulary(split)
    place = rng.choice(vocab["places"])
    noun = rng.choice(vocab["nouns"])
    return form.format(
        stem=rng.choice(vocab["stems"]),
        place=place,
        place_gen=genitive(place),
        noun=noun,
        noun_gen=genitive(noun),
        dir=rng.choice(DIRECTIONS),
    )


FORMS = {
    "SCHOOL": SCHOOL_FORMS,
    "PRESCHOOL": PRESCHOOL_FORMS,
    "CLINIC": CLINIC_FORMS,
    "CLINIC_OLDER": tuple(f for f in CLINIC_FORMS if not re.search("BVC|Barn|Familje", f)),
    "CLUB": CLUB_FORMS,
    "ORG": ORG_FORMS,
    "HOSPITAL": HOSPITAL_FORMS,
    "BUP": BUP_FORMS,
    "HVB": HVB_FORMS,
    "YOUTH": YOUTH_FORMS,
    "PLACE": PLACE_FORMS,
    "DENTAL": DENTAL_FORMS,
}


def named(rng: random.Random, split: str, kind: str) -> str:
    """A named organisation or place of ``kind`` (a key of ``FORMS``)."""
    return _fill_form(rng, split, rng.choice(FORMS[kind]))


def street(rng: random.Random, split: str) -> str:
    return rng.choice(vocabulary(split)["stems"]) + rng.choice(STREET_SUFFIXES)


def postcode(rng: random.Random) -> str:
    code = f"{rng.randint(100, 984)}{_digits(rng, 2)}"
    return code if rng.random() < 0.3 else f"{code[:3]} {code[3:]}"


def address(rng: random.Random, split: str, co: Person | None = None) -> str:
    """Street address with number, optionally lgh/uppgång/våning, postcode+town, c/o."""
    number = str(rng.randint(1, 120)) + (rng.choice("ABCDabc") if rng.random() < 0.15 else "")
    text = f"{street(rng, split)} {number}"
    extra = rng.random()
    if extra < 0.25:
        text += rng.choice((", lgh ", " lgh ", ", lägenhet ", " lgh. ")) + str(
            rng.choice((1001, 1002, 1101, 1102, 1203, 1301, 1404, 1602, 1003)) + rng.randint(0, 9)
        )
    elif extra < 0.35:
        text += f", uppgång {rng.choice('ABCDEF')}"
    elif extra < 0.45:
        text += f", {rng.randint(1, 8)} tr"
    if rng.random() < 0.35:
        town = rng.choice(vocabulary(split)["places"])
        text += f", {postcode(rng)} {town.upper() if rng.random() < 0.1 else town}"
    if co is not None:
        text = f"c/o {co.last}, {text}"
    elif rng.random() < 0.03:
        text = f"{postcode(rng)} {rng.choice(vocabulary(split)['places'])}"
    return text


def phone(rng: random.Random, landline: float = 0.25, foreign: float = 0.05) -> str:
    """A Swedish mobile/landline or a foreign number in one of many common formats."""
    roll = rng.random()
    if roll < foreign:
        template = rng.choice(FOREIGN_PHONES)
        out = template
        for n in "76432":
            while "{" + n + "}" in out:
                out = out.replace("{" + n + "}", _digits(rng, int(n)), 1)
        return out
    if roll < foreign + landline:
        area = rng.choice(AREA_CODES)
        rest = _digits(rng, rng.choice({2: (7, 8, 8), 3: (6, 7), 4: (5, 6)}[len(area)]))
        grouped = _group(rest)
        return rng.choice(
            (
                f"{area}-{grouped}",
                f"{area}-{grouped}",
                f"{area}-{rest}",
                f"{area} {grouped}",
                f"+46 {area[1:]} {grouped}",
                f"({area}) {grouped}",
                f"{area}/{rest}",
            )
        )
    prefix, rest = rng.choice(MOBILE_PREFIXES), _digits(rng, 7)
    a, b, c = rest[:3], rest[3:5], rest[5:]
    return rng.choice(
        (
            f"{prefix}-{a} {b} {c}",
            f"{prefix}-{a} {b} {c}",
            f"{prefix}{rest}",
            f"{prefix}-{rest}",
            f"{prefix} {a} {b} {c}",
            f"+46 {prefix[1:]} {a} {b} {c}",
            f"+46(0){prefix[1:]}-{rest}",
            f"0046 {prefix[1:]} {a} {b} {c}",
            f"+46{prefix[1:]}{rest}",
            f"{prefix}/{rest}",
            f"{prefix} - {a} {b} {c}",
            f"0046{prefix[1:]}{rest}",
        )
    )


def email(rng: random.Random, person: Person, domain: str | None = None) -> str:
    """An e-mail address built from ``person``'s name."""
    first, last = fold(person.first).replace(" ", ""), fold(person.last).replace(" ", "")
    first, last = first.replace("'", ""), last.replace("'", "")
    local = rng.choice(
        (
            f"{first}.{last}",
            f"{first}.{last}",
            f"{first}{last}{rng.randint(70, 99)}",
            f"{first[0]}.{last}",
            f"{last}.{first}",
            f"{first}_{last[0]}",
            f"{first}{rng.randint(1, 99)}",
            f"{first}.{last}{rng.randint(1, 9)}",
        )
    )
    return f"{local}@{domain or rng.choice(MAIL_DOMAINS)}"


def staff_domain(rng: random.Random, split: str, kind: str) -> str:
    """A workplace mail domain: a fictitious municipality, region or the police."""
    if kind == "polis":
        return "polisen.se"
    stem = fold(rng.choice(vocabulary(split)["places"]))
    return {
        "region": f"region{stem}.se",
        "skola": f"edu.{stem}.se",
        "kommun": f"{stem}.se",
    }.get(kind, f"{stem}.se")


def _luhn(digits: str) -> int:
    total = 0
    for i, char in enumerate(digits):
        value = int(char) * (2 if i % 2 == 0 else 1)
        total += value - 9 if value > 9 else value
    return (10 - total % 10) % 10


def birth_date(rng: random.Random, age: int) -> dt.date:
    """A birth date giving ``age`` full years on ``REFERENCE_DAY``."""
    days = rng.randint(0, 364)
    start = REFERENCE_DAY.replace(year=REFERENCE_DAY.year - age - 1) + dt.timedelta(days=1)
    return start + dt.timedelta(days=days)


def personnummer(rng: random.Random, born: dt.date, gender: str) -> str:
    """A Luhn-valid personnummer or samordningsnummer (day + 60) in a random format."""
    day = born.day + (60 if rng.random() < 0.08 else 0)
    serial = f"{rng.randint(0, 99):02d}"
    sex = rng.choice("13579" if gender == "m" else "02468")
    body = f"{born:%y%m}{day:02d}{serial}{sex}"
    check = str(_luhn(body))
    short, last4 = body[:6], body[6:] + check
    century = str(born.year)[:2]
    old = REFERENCE_DAY.year - born.year >= 100
    return rng.choice(
        (
            f"{short}-{last4}",
            f"{short}-{last4}",
            f"{century}{short}-{last4}",
            f"{century}{short}{last4}",
            f"{short}{last4}",
            f"{short} {last4}",
            f"{century}{short} {last4}",
            f"{short}{'+' if old or rng.random() < 0.3 else '-'}{last4}",
        )
    )


def police_number(rng: random.Random) -> str:
    """A police diary number (K-number) in the forms notices use."""
    year = rng.choice(("24", "25"))
    region = rng.choice(("5000", "4000", "3000", "1400", "0300", "2000"))
    return rng.choice(
        (
            f"{region}-K{_digits(rng, 6)}-{year}",
            f"K{_digits(rng, 6)}-{year}",
            f"K {_digits(rng, 6)}-{year}",
            f"{region}-K{_digits(rng, 7)}-{year}",
        )
    )


def case_number(rng: random.Random) -> str:
    """Police, social services, Migration Agency (dossier/LMA) or hospital identifiers."""
    year = rng.choice(("24", "25"))
    return rng.choice(
        (
            f"{rng.choice(('5000', '4000', '3000', '1400', '0300'))}-K{_digits(rng, 6)}-{year}",
            f"K{_digits(rng, 6)}-{year}",
            f"K {_digits(rng, 6)}-{year}",
            f"SN 20{year}/{_digits(rng, 4)}",
            f"IFO-20{year}-{_digits(rng, 5)}",
            f"{_digits(rng, 2)}-{_digits(rng, 6)}",
            f"{_digits(rng, 3)} {_digits(rng, 3)} {_digits(rng, 3)}",
            f"LMA {_digits(rng, 8)}-{_digits(rng, 1)}",
            f"20{year}-{_digits(rng, 4)}",
            f"UM-{_digits(rng, 6)}",
        )
    )


def date(rng: random.Random, day: dt.date | None = None) -> str:
    """An explicit calendar date in one of the Swedish written forms."""
    if day is None:
        day = REFERENCE_DAY - dt.timedelta(days=rng.randint(1, 420))
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{day.day} {month}",
            f"{day.day} {month}",
            f"{day.day} {month} {day.year}",
            f"{day:%Y-%m-%d}",
            f"{day:%Y-%m-%d}",
            f"{day.day}/{day.month}",
            f"{day.day}/{day.month} {day.year}",
            f"{day.day}.{day.month}.{day.year}",
            f"{day.day}:e {month}",
            f"{day.day} {MONTHS_SHORT[day.month - 1]}",
            f"{day.day}/{day.month}-{day:%y}",
            f"{day.day} {month.capitalize()}",
        )
    )


def date_with_year(rng: random.Random, day: dt.date) -> str:
    """A date that always shows the year, as birth dates are written."""
    month = MONTHS[day.month - 1]
    return rng.choice(
        (
            f"{day:%Y-%m-%d}",
            f"{day.day}/{day.month} {day.year}",
            f"{day.day} {month} {day.year}",
            f"{day.day}.{day.month}.{day.year}",
            f"{day:%Y%m%d}",
            f"{day.day}/{day.month}-{day:%y}",
        )
    )
