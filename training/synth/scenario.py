"""The building block of the synthetic corpus: a concern described in many phrasings.

A referral is assembled from a reporter voice (opening, register, closing), one or more
scenarios (the concerns) and optional neutral context. Labels follow from the scenarios
by the labelling guide's rules (see ``labels.py``), never drawn at random.

Phrasings are Swedish text with slots in braces. The renderer fills them and records a
gold PII span for every slot marked (PII) below. Slots:

Child and family (stable within one referral)
  {C}          child's first name (PII PERSON)       {C:s}  possessive ("Annas", "Mats'")
  {C_full}     child's first + last name (PII PERSON)
  {han}/{hon}  subject pronoun of the child (han/hon; either spelling works) {honom} object  {hans} possessive
  {P1}         the caregiver concerned, as a role word: mamma, pappa, styvpappa, fostermamma...
  {P1_name}    that caregiver's name (PII PERSON)    {P1_name:s} possessive
  {P2}         the other caregiver's role word        {P2_name} their name (PII PERSON)
  {A}          another adult's role (mammas pojkvän, morbror, grannen...) {A_name} name (PII PERSON)
  {SIB}        a sibling's first name (PII PERSON)    {SIB_role} lillebror/storasyster...
  {AGE}        child's age as a number ("9")
Time (not PII: relative time stays in the text)
  {RECENT}     igår, i morse, i helgen, i natt, för en timme sedan...
  {PAST}       för två år sedan, när hen var liten, förra hösten...
  {DATE}       an explicit calendar date (PII DATE) in a random Swedish format
Places and organisations
  {SCHOOL}     named school (PII ORGANIZATION)        {PRESCHOOL} named preschool (PII ORGANIZATION)
  {CLINIC}     named clinic/health centre (PII ORGANIZATION) {CLUB} club/association (PII ORGANIZATION)
  {ORG}        workplace/housing company/shop (PII ORGANIZATION)
  {PLACE}      district, village, housing area, square, park (PII LOCATION)
  {ADDRESS}    street address, optionally lgh/postcode/town/c-o (PII ADDRESS)
Contact and identifiers
  {PHONE} (PII PHONE)   {EMAIL} (PII EMAIL)   {PNR} personnummer/samordningsnummer (PII ID_NUMBER)
  {CASENR} case/dossier/LMA number (PII ID_NUMBER)

Write phrasings as a reporter would: first person where natural, concrete detail, varied
length and word order. Each phrasing is one or a few sentences.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from triage.schema import RiskFactor, Urgency


@dataclass(frozen=True)
class Scenario:
    """One kind of concern, e.g. recent violence with visible injuries.

    family:     stable id "<risk_or_group>/<kind>", used for the template-family split.
    risk_factors: the guide's risk factors that this concern establishes (may be empty for
                negations, innocent uses of alarming words, neutral context).
    urgency:    the urgency this concern alone implies under the guide.
    utredning:  True when the guide's route rules make this concern require `utredning`.
    phrasings:  at least 5 distinct phrasings; the split assigns phrasings (not only
                scenarios) to train or test, so every scenario needs enough of them.
    min_age/max_age: child ages for which the scenario is plausible.
    extra_phrasings: more phrasings that only ever go to the train split (``scenarios/extra/``):
                they widen the training vocabulary without changing the test split.
    """

    family: str
    risk_factors: tuple[RiskFactor, ...]
    urgency: Urgency
    utredning: bool
    phrasings: tuple[str, ...]
    min_age: int = 0
    max_age: int = 17
    tags: frozenset[str] = field(default_factory=frozenset)
    extra_phrasings: tuple[str, ...] = ()
