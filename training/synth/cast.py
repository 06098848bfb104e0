"""The people and places of one referral, stable across all its sentences.

:class:`Cast` draws a child (age, gender), a family composition (who ``{P1}`` and
``{P2}`` are), another adult, a sibling and the reporter, all from one split's name pool,
and answers every slot of the grammar in ``scenario.py`` plus the reporter slots voices
use: ``{R_name}`` ``{R_first}`` ``{R_sign}`` ``{R_phone}`` ``{R_email}`` ``{R_org}``
``{R_rel}``, and ``{CLASS}`` ``{TIME}`` ``{LANG}`` ``{BIRTHDATE}`` ``{POLICE_NR}``
``{HOSPITAL}`` ``{BUP}`` ``{HVB}`` ``{YOUTH}`` ``{DENTAL}``. Named things are drawn once
and reused; the child's name becomes a pronoun at some sentence starts once introduced.
"""

from __future__ import annotations

import random
import re

from training.synth import pii
from training.synth.names import (
    FAMILY_ORIGINS,
    STAFF_ORIGINS,
    Person,
    draw_origin,
    draw_person,
    nicknames,
    possessive,
)

# (P1 role, P2 role, weight): P1 is the caregiver the concern is about.
COMPOSITIONS = (
    ("mamma", "pappa", 0.34),
    ("pappa", "mamma", 0.30),
    ("styvpappa", "mamma", 0.07),
    ("mamma", "styvpappa", 0.04),
    ("bonuspappa", "mamma", 0.02),
    ("styvmamma", "pappa", 0.03),
    ("pappa", "styvmamma", 0.02),
    ("fostermamma", "fosterpappa", 0.03),
    ("fosterpappa", "fostermamma", 0.02),
    ("mamma", "mormor", 0.02),
    ("pappa", "farmor", 0.01),
    ("mamma", "bonusmamma", 0.01),
)
ROLE_GENDER = {
    "mamma": "f",
    "pappa": "m",
    "styvpappa": "m",
    "styvmamma": "f",
    "bonuspappa": "m",
    "bonusmamma": "f",
    "fostermamma": "f",
    "fosterpappa": "m",
    "mormor": "f",
    "farmor": "f",
}
BIOLOGICAL = frozenset({"mamma", "pappa"})
# (role, gender, needs this caregiver role in the family or None)
OTHER_ADULTS = (
    ("mammas pojkvän", "m", "mamma"),
    ("mammas sambo", "m", "mamma"),
    ("pappas flickvän", "f", "pappa"),
    ("pappas kompis", "m", "pappa"),
    ("morbror", "m", None),
    ("farbror", "m", None),
    ("moster", "f", None),
    ("faster", "f", None),
    ("morfar", "m", None),
    ("farfar", "m", None),
    ("grannen", "m", None),
    ("en släkting", "m", None),
    ("familjens vän", "m", None),
    ("barnvakten", "f", None),
    ("kusinen", "m", None),
)
RELATIVES = (
    ("mormor", "f"),
    ("moster", "f"),
    ("farmor", "f"),
    ("faster", "f"),
    ("morfar", "m"),
    ("morbror", "m"),
    ("farbror", "m"),
)
RECENT = (
    "igår",
    "i går kväll",
    "i morse",
    "i helgen",
    "i natt",
    "för en timme sedan",
    "i förrgår",
    "i måndags",
    "tidigare i dag",
    "i fredags",
    "under helgen",
    "igår eftermiddag",
    "i kväll",
    "för ett par dagar sedan",
    "i söndags",
)
# (phrase, minimum child age)
PAST = (
    ("för några veckor sedan", 0),
    ("för ett par månader sedan", 0),
    ("förra hösten", 1),
    ("för ett år sedan", 1),
    ("förra sommaren", 1),
    ("för två år sedan", 3),
    ("när {han} var liten", 4),
    ("för några år sedan", 4),
    ("för ett par år sedan", 3),
    ("under förra läsåret", 7),
    ("för flera år sedan", 6),
    ("när {han} gick i lågstadiet", 11),
    ("i förskoleåldern", 8),
)
LANGUAGES = {
    "sv_SE": "svenska",
    "list:sv_wordnames": "svenska",
    "fi_FI": "finska",
    "pl_PL": "polska",
    "tr_TR": "turkiska",
    "hr_HR": "kroatiska",
    "list:arabic": "arabiska",
    "ar_AA": "arabiska",
    "list:persian": "persiska",
    "fa_IR": "persiska",
    "list:afghan": "dari",
    "list:somali": "somaliska",
    "list:kurdish": "kurdiska",
    "list:tigrinya": "tigrinja",
    "list:bosnian": "bosniska",
}
PRONOUNS = {
    "m": {
        "han": "han",
        "hon": "han",
        "hen": "han",
        "honom": "honom",
        "henne": "honom",
        "hans": "hans",
        "hennes": "hans",
    },
    "f": {
        "han": "hon",
        "hon": "hon",
        "hen": "hon",
        "honom": "henne",
        "henne": "henne",
        "hans": "hennes",
        "hennes": "hennes",
    },
}
_BORN = re.compile(r"\bfödd( den)? $")
NAMED = frozenset(
    {
        "SCHOOL",
        "PRESCHOOL",
        "CLINIC",
        "CLUB",
        "ORG",
        "PLACE",
        "HOSPITAL",
        "BUP",
        "HVB",
        "YOUTH",
        "DENTAL",
    }
)


def _role_possessive(role: str) -> str:
    return role if role.endswith("s") else role + "s"


class Cast:
    """Everything one referral refers to; implements ``render.SlotSource``."""

    def __init__(self, rng: random.Random, split: str, age: int, voice) -> None:
        self.rng, self.split, self.age, self.voice = rng, split, age, voice
        self.gender = rng.choice("mf")
        origin = draw_origin(rng, FAMILY_ORIGINS)
        self.origin = origin
        p1_role, p2_role = self._composition()
        self.roles = {"P1": p1_role, "P2": p2_role}
        family_last = draw_person(rng, split, "m", origin).last
        self.child = draw_person(rng, split, self.gender, origin, family_last)
        nicks = nicknames(self.child.first, split)
        self.nick = None
        if nicks and rng.random() < 0.5:
            self.nick = Person(rng.choice(nicks), self.child.last, self.gender, origin)
        self.people = {
            "P1": self._caregiver(p1_role, family_last),
            "P2": self._caregiver(p2_role, family_last),
        }
        a_role, a_gender = self._other_adult()
        self.roles["A"] = a_role
        self.people["A"] = draw_person(rng, split, a_gender, self._maybe_other_origin())
        sib_gender = rng.choice("mf")
        younger = age >= 3 and rng.random() < 0.5
        self.roles["SIB_role"] = ("lille" if younger else "stor") + (
            "bror" if sib_gender == "m" else "syster"
        )
        self.people["SIB"] = draw_person(rng, split, sib_gender, origin, family_last)
        self._distinct_first_names()
        self.reporter, self.relation = self._reporter()
        self.born = pii.birth_date(rng, age)
        self.cache: dict[str, str] = {}
        self.scoped: dict[str, str] = {}  # phones and e-mails: stable within one template
        self.mentioned: set[str] = set()

    @property
    def foreign_language(self) -> bool:
        """True when the family's language is not Swedish (interpreter sentences fit)."""
        return LANGUAGES.get(self.origin, "svenska") != "svenska"

    def new_sentence_group(self) -> None:
        """Start a new template: ``{PHONE}``/``{EMAIL}`` may now be someone else's."""
        self.scoped.clear()

    # ---- drawing -------------------------------------------------------------------
    def _distinct_first_names(self) -> None:
        """Redraw relatives who share the child's (or each other's) first name."""
        taken = {self.child.first}
        for key in ("P1", "P2", "SIB", "A"):
            person = self.people[key]
            for _ in range(5):
                if person.first not in taken:
                    break
                person = draw_person(
                    self.rng, self.split, person.gender, person.origin, person.last
                )
            self.people[key] = person
            taken.add(person.first)

    def _composition(self) -> tuple[str, str]:
        p1, p2, _ = self.rng.choices(COMPOSITIONS, weights=[c[2] for c in COMPOSITIONS])[0]
        return p1, p2

    def _maybe_other_origin(self) -> str:
        return self.origin if self.rng.random() < 0.7 else draw_origin(self.rng, FAMILY_ORIGINS)

    def _caregiver(self, role: str, family_last: str) -> Person:
        origin = (
            self.origin
            if role in BIOLOGICAL or self.rng.random() < 0.6
            else (draw_origin(self.rng, FAMILY_ORIGINS))
        )
        keep_name = role in BIOLOGICAL and self.rng.random() < 0.75
        return draw_person(
            self.rng, self.split, ROLE_GENDER[role], origin, family_last if keep_name else None
        )

    def _other_adult(self) -> tuple[str, str]:
        family = set(self.roles.values())
        options = [(r, g) for r, g, need in OTHER_ADULTS if need is None or need in family]
        return self.rng.choice(options)

    def _reporter(self) -> tuple[Person, str | None]:
        kind = self.voice.reporter
        if kind == "relative":
            taken = set(self.roles.values())
            relation, gender = self.rng.choice([r for r in RELATIVES if r[0] not in taken])
            return draw_person(self.rng, self.split, gender, self.origin), relation
        weights = STAFF_ORIGINS if kind == "staff" else FAMILY_ORIGINS
        origin = draw_origin(self.rng, weights)
        return draw_person(self.rng, self.split, self.rng.choice("mf"), origin), None

    # ---- slot values ---------------------------------------------------------------
    def _stable(self, key: str, make) -> str:
        if key not in self.cache:
            self.cache[key] = make()
        return self.cache[key]

    def _name(self, key: str, person: Person, possessive_form: bool, full: bool = False) -> str:
        first_mention = key not in self.mentioned
        self.mentioned.add(key)
        use_full = full or (first_mention and self.rng.random() < 0.35)
        if key == "C" and not use_full and self.nick is not None and not first_mention:
            person = self.nick
        text = person.full if use_full else person.first
        return possessive(text) if possessive_form else text

    def _signature(self) -> str:
        """How reporters sign: full name, "Anna L.", "A. Lind", "AL", "A.L." or first name."""
        r, roll = self.reporter, self.rng.random()
        if roll < 0.45:
            return r.full
        if roll < 0.6:
            return f"{r.first} {r.last[0]}."
        if roll < 0.7:
            return f"{r.first[0]}. {r.last}"
        if roll < 0.8 and (r.first[0] + r.last[0]).upper() != "AU":  # not the caller "AU"
            return (r.first[0] + r.last[0]).upper() if roll < 0.76 else r.initials()
        return r.first

    def _class(self) -> str:
        if self.age <= 6:
            return self.rng.choice(("F", "förskoleklass", "Fa", "F-klass"))
        grade = min(self.age - 6, 9)
        if self.age >= 16:
            program = self.rng.choice(("NA", "SA", "EK", "TE", "BF", "EL", "HA", "IM"))
            return f"{program}{self.age - 15}{self.rng.choice('abc')}"
        return f"{grade}{self.rng.choice(('A', 'B', 'C', 'D', 'a', 'b', ' B', ''))}"

    def _time(self) -> str:
        h, m = self.rng.randint(7, 23), self.rng.choice((0, 5, 10, 15, 20, 30, 35, 40, 45, 50))
        return self.rng.choice(
            (f"kl {h}.{m:02d}", f"kl. {h}:{m:02d}", f"{h}.{m:02d}", f"ca kl {h}")
        )

    def _reporter_email(self) -> str:
        kind = self.voice.mail_kind
        domain = None if kind == "private" else pii.staff_domain(self.rng, self.split, kind)
        return pii.email(self.rng, self.reporter, domain)

    def value(self, slot: str, poss: bool, doc=None) -> tuple[str, str | None, str | None]:
        """Text, PII label and origin for one occurrence of ``slot``."""
        rng, people = self.rng, self.people
        if slot in PRONOUNS["m"]:
            return PRONOUNS[self.gender][slot], None, None
        if slot == "C":
            if (
                "C" in self.mentioned
                and doc is not None
                and doc.at_sentence_start()
                and (rng.random() < 0.3)
            ):  # "Hon berättade..." once the child is introduced
                return PRONOUNS[self.gender]["hans" if poss else "han"], None, None
            return self._name("C", self.child, poss), "PERSON", self.child.origin
        if slot == "C_full":
            self.mentioned.add("C")
            text = self.child.full
            return (possessive(text) if poss else text), "PERSON", self.child.origin
        if slot in ("P1", "P2", "A", "SIB_role"):
            role = self.roles[slot]
            return (_role_possessive(role) if poss else role), None, None
        if slot in ("P1_full", "P2_full", "A_full", "SIB_full"):
            key = slot.removesuffix("_full")
            person = people[key]
            self.mentioned.add(key)
            return (possessive(person.full) if poss else person.full), "PERSON", person.origin
        if slot in ("P1_name", "P2_name", "A_name", "SIB"):
            key = slot.removesuffix("_name")
            person = people[key]
            return self._name(key, person, poss), "PERSON", person.origin
        if slot in ("R_name", "R_first", "R_sign"):
            r = self.reporter
            text = {"R_name": r.full, "R_first": r.first}.get(slot) or self._signature()
            return (possessive(text) if poss else text), "PERSON", r.origin
        if slot == "AGE":
            return str(self.age), None, None
        if slot == "MONTHS":
            return str(max(1, (pii.REFERENCE_DAY - self.born).days // 30)), None, None
        if slot == "RECENT":
            return rng.choice(RECENT), None, None
        if slot == "PAST":
            text = rng.choice([p for p, low in PAST if low <= self.age])
            return text.replace("{han}", PRONOUNS[self.gender]["han"]), None, None
        if slot == "DATE":
            if doc is not None and _BORN.search(doc.tail(12)):  # "född {DATE}": the birth date
                return self.value("BIRTHDATE", False)
            return pii.date(rng), "DATE", None
        if slot == "BIRTHDATE":
            return self._stable(slot, lambda: pii.date_with_year(rng, self.born)), "DATE", None
        if slot in NAMED:
            kind = "CLINIC_OLDER" if slot == "CLINIC" and self.age > 6 else slot
            return (
                self._stable(slot, lambda: pii.named(rng, self.split, kind)),
                ("LOCATION" if slot == "PLACE" else "ORGANIZATION"),
                None,
            )
        if slot == "R_org":
            kind = self.voice.workplace or "ORG"
            return self.value(kind, False)
        if slot == "ADDRESS":
            return self._stable(slot, self._address), "ADDRESS", None
        if slot == "PHONE":
            if slot not in self.scoped:
                self.scoped[slot] = pii.phone(rng)
            return self.scoped[slot], "PHONE", None
        if slot == "R_phone":  # professionals often give a desk number
            staff = self.voice.reporter == "staff"
            make = lambda: pii.phone(rng, 0.5 if staff else 0.1, 0.0 if staff else 0.05)  # noqa: E731
            return self._stable(slot, make), "PHONE", None
        if slot == "EMAIL":
            return self._stable(slot, lambda: pii.email(rng, people["P2"])), "EMAIL", None
        if slot == "R_email":
            return self._stable(slot, self._reporter_email), "EMAIL", None
        if slot == "PNR":
            make = lambda: pii.personnummer(rng, self.born, self.gender)  # noqa: E731
            return self._stable(slot, make), "ID_NUMBER", None
        if slot == "CASENR":
            return self._stable(slot, lambda: pii.case_number(rng)), "ID_NUMBER", None
        if slot == "POLICE_NR":
            return self._stable(slot, lambda: pii.police_number(rng)), "ID_NUMBER", None
        if slot == "R_rel":
            return self.relation or "släkting", None, None
        if slot == "CLASS":
            return self._stable(slot, self._class), None, None
        if slot == "TIME":
            return self._time(), None, None
        if slot == "LANG":
            return LANGUAGES.get(self.origin, "svenska"), None, None
        raise KeyError(f"unknown slot {{{slot}}}")

    def _address(self) -> str:
        co = None
        if self.rng.random() < 0.05:
            co = draw_person(self.rng, self.split, "f", self.origin)
        return pii.address(self.rng, self.split, co)
