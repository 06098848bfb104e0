"""Reporter voices: who writes, how they open and close, and the register they use.

Openings and closings are label-neutral (they never establish a concern; scenarios do)
and may carry the reporter's own name, phone, e-mail and workplace. ``style`` selects a
transform of the scenario text: ``plain``; ``au`` (intake staff writing what an anonymous
caller said: first person becomes "AU"); ``chat`` (a young person typing: lower case,
slang, emojis); ``chatlog`` (a young person's own chat lines, then the chat host's
summary of the concern).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from triage.schema import ReporterType as RT

COMMON_CONNECTIVES = (
    "\n\n",
    "\n\n",
    "\n",
    " ",
    " ",
    "\nDessutom:\n",
    " En sak till. ",
    "\n\nVidare:\n",
    " Det finns också en annan sak. ",
    "\n- ",
    " Utöver detta: ",
)


@dataclass(frozen=True)
class Voice:
    """One kind of reporter."""

    id: str
    reporter_type: RT
    openings: tuple[str, ...]
    closings: tuple[str, ...]
    connectives: tuple[str, ...] = COMMON_CONNECTIVES
    min_age: int = 0
    max_age: int = 17
    weight: float = 1.0
    reporter: str = "staff"  # staff | relative | private | young
    workplace: str | None = None  # named-thing slot for {R_org}
    mail_kind: str = "kommun"  # staff mail domain kind, or "private"
    style: str = "plain"  # plain | au | chat | chatlog
    noise: float = 0.2  # base share of noisy edits
    body_intro: tuple[str, ...] = ()  # text before the first scenario (chatlog summaries)


VOICES: tuple[Voice, ...] = (
    Voice(
        id="skola_mentor",
        reporter_type=RT.SKOLA,
        min_age=7,
        weight=0.10,
        workplace="SCHOOL",
        mail_kind="skola",
        noise=0.25,
        openings=(
            "Hej,\nJag är mentor för {C_full} i klass {CLASS} på {SCHOOL} och gör en orosanmälan.",
            "Orosanmälan gällande elev {C_full} ({PNR}), klass {CLASS}, {SCHOOL}.",
            "Jag skriver som mentor till {C} i {CLASS}. Jag har haft {honom} sedan terminsstarten.",
            "Hej. Jag heter {R_name} och arbetar som lärare och mentor på {SCHOOL}. Jag vill "
            "anmäla oro för en av mina elever, {C_full}, {AGE} år.",
            "Anmälan från {SCHOOL} avseende {C_full}, född {BIRTHDATE}.",
            "Jag är klassföreståndare för {C} och har pratat med elevhälsan innan jag skriver detta.",
            "Som mentor har jag anmälningsplikt och vill därför lyfta följande om {C_full} i {CLASS}.",
            "Elev: {C_full}\nKlass: {CLASS}\nSkola: {SCHOOL}\nAnmälare: {R_name}, mentor\n",
            "Hej! Mentor här för {C} i {CLASS}. Rektor är informerad om anmälan.",
        ),
        closings=(
            "Vänliga hälsningar\n{R_name}\nMentor {CLASS}, {SCHOOL}\n{R_phone}",
            "Jag nås på {R_phone} eller {R_email} om ni vill veta mer.",
            "Mvh {R_sign}, mentor",
            "Vårdnadshavarna är inte informerade om anmälan än. Hör gärna av er till mig på {R_phone}.",
            "Ring mig gärna, jag finns på skolan måndag till fredag. {R_name}, {R_phone}",
            "Med vänlig hälsning, {R_name}, lärare på {SCHOOL}. E-post: {R_email}",
            "Hälsningar {R_first}",
        ),
    ),
    Voice(
        id="skola_rektor",
        reporter_type=RT.SKOLA,
        min_age=6,
        weight=0.06,
        workplace="SCHOOL",
        mail_kind="skola",
        noise=0.08,
        openings=(
            "Orosanmälan från {SCHOOL}\nAvser: {C_full}, {PNR}\nAnmälare: {R_name}, rektor\n",
            "Undertecknad, rektor vid {SCHOOL}, anmäler härmed oro för eleven {C_full}, {AGE} år.",
            "Jag är rektor på {SCHOOL} och gör denna anmälan efter samråd med elevhälsoteamet. "
            "Anmälan gäller {C_full} i klass {CLASS}.",
            "Skolan vill med denna anmälan uppmärksamma socialtjänsten på vår oro för {C_full} ({PNR}).",
            "Hej, rektor {R_name} här. Vi har haft ett elevhälsomöte om {C} i dag och beslutat att anmäla.",
            "Till mottagningsenheten. Anmälan avseende elev på {SCHOOL}: {C_full}, född {BIRTHDATE}.",
            "Ärende: orosanmälan, elev {C_full}, {CLASS}.",
        ),
        closings=(
            "För {SCHOOL}\n{R_name}\nRektor\nTel {R_phone}",
            "Kontaktperson på skolan är undertecknad, {R_name}, {R_email}.",
            "Vi önskar återkoppling om att anmälan är mottagen. Med vänlig hälsning {R_name}, rektor",
            "Skolan står till förfogande för samverkan. Kontakta mig gärna på {R_phone}.",
            "Med vänliga hälsningar\n{R_sign}\nrektor, {SCHOOL}",
            "Vid frågor nås jag via skolans expedition eller direkt på {R_phone}. /{R_name}",
            "Anmälan är skriven av rektor {R_name} i samråd med skolkurator.",
        ),
    ),
    Voice(
        id="skolskoterska",
        reporter_type=RT.SKOLA,
        min_age=6,
        weight=0.05,
        workplace="SCHOOL",
        mail_kind="skola",
        noise=0.15,
        openings=(
            "Jag arbetar som skolsköterska på {SCHOOL} och träffade {C_full}, {AGE} år, på mottagningen.",
            "Skolsköterskan på {SCHOOL} anmäler oro för {C_full}, {PNR}.",
            "Hej! Skolsköterska {R_name} här. {C} i {CLASS} kom till mig på elevhälsan.",
            "Vid hälsobesöket i {CLASS} träffade jag {C_full}.",
            "Anmälan från elevhälsans medicinska insats, {SCHOOL}. Gäller {C_full} ({PNR}).",
            "{C} har sökt upp mig på skolsköterskemottagningen den senaste tiden.",
            "Jag är skolsköterska och har tystnadsplikt, men det här är jag skyldig att anmäla. "
            "Det gäller {C_full} på {SCHOOL}.",
        ),
        closings=(
            "Hälsningar\n{R_name}, skolsköterska\n{SCHOOL}\n{R_phone}",
            "Jag har journalfört besöket. Nås på {R_phone} tisdag till torsdag.",
            "Kontakta mig gärna på {R_email} vid frågor. /{R_sign}, ssk",
            "Mvh {R_name}, leg. sjuksköterska, elevhälsan",
            "Jag finns på skolan de flesta dagar, telefon {R_phone}.",
            "{R_sign}\nSkolsköterska",
            "Jag kan delta i ett samverkansmöte om det behövs. Vänliga hälsningar {R_first}",
        ),
    ),
    Voice(
        id="forskola",
        reporter_type=RT.FORSKOLA,
        min_age=1,
        max_age=6,
        weight=0.07,
        workplace="PRESCHOOL",
        mail_kind="kommun",
        noise=0.25,
        openings=(
            "Hej, jag arbetar som förskollärare på {PRESCHOOL} och vill anmäla oro för {C_full}, {AGE} år.",
            "Orosanmälan från {PRESCHOOL}. Barn: {C_full}, född {BIRTHDATE}.",
            "Vi på {PRESCHOOL} vill göra en orosanmälan gällande {C}, som går i vår barngrupp.",
            "Anmälan gäller {C_full} ({PNR}) som går på {PRESCHOOL}.",
            "Jag är barnskötare och har {C} i min grupp. Rektor för förskolan är informerad.",
            "Vi har pratat ihop oss i arbetslaget och kommit fram till att vi behöver anmäla. "
            "Det gäller {C}, {AGE} år.",
            "Hej. Detta är en anmälan från förskolan om {C_full}.",
        ),
        closings=(
            "Med vänliga hälsningar\n{R_name}\nFörskollärare, {PRESCHOOL}\n{R_phone}",
            "Ni kan nå mig på förskolan, {R_phone}, mellan 7 och 16.",
            "Rektor för förskolan är informerad. /{R_sign}",
            "Hälsningar arbetslaget genom {R_name}",
            "Kontakta gärna mig, {R_first}, på {R_email}.",
            "Mvh {R_name}",
            "Vänliga hälsningar {R_sign}, barnskötare",
        ),
    ),
    Voice(
        id="polis",
        reporter_type=RT.POLIS,
        weight=0.15,
        mail_kind="polis",
        noise=0.05,
        connectives=(
            "\n",
            "\n\n",
            " ",
            "\nÖvrigt: ",
            "\nVidare framkom följande. ",
            "\nIakttagelser: ",
        ),
        openings=(
            "UNDERRÄTTELSE TILL SOCIALTJÄNSTEN\nBarn som kan behöva skydd eller stöd\n"
            "Diarienummer: {POLICE_NR}\nBarn: {C_full}, {PNR}\nVårdnadshavare: {P2_full}, {PHONE}\n",
            "Underrättelse från Polismyndigheten, lokalpolisområde {PLACE}. Händelsenummer "
            "{POLICE_NR}. Avser {C_full}, född {BIRTHDATE}.",
            "Polisen underrättar socialtjänsten om {C_full} ({PNR}) i samband med ärende {POLICE_NR}.",
            "Underrättelse om barn, RG-nr {POLICE_NR}.\nTid: {DATE} {TIME}\nPlats: {ADDRESS}\n",
            "Patrull skickades {RECENT} till {ADDRESS} efter samtal till 112.",
            "Underrättelse enligt socialtjänstlagen. Ärende: {POLICE_NR}. Berörd underårig: "
            "{C_full}, {AGE} år, boende på {ADDRESS}.",
            "Till socialjouren/mottagningsenheten. Polisen har i tjänsten kommit i kontakt med "
            "{C_full}, {PNR}.",
            "PM – underrättelse om underårig\nK-nummer: {POLICE_NR}\nUnderårig: {C_full}\n",
        ),
        closings=(
            "Polismyndigheten, {R_sign}, polisinspektör. Tfn {R_phone}",
            "Upprättad av {R_name}, polisassistent. Kontakt via {R_email}.",
            "Handläggare: {R_name}\nE-post: {R_email}",
            "Ytterligare uppgifter kan lämnas av undertecknad. {R_name}, LPO {PLACE}",
            "Denna underrättelse har skickats elektroniskt. /{R_sign}",
            "Med vänlig hälsning\n{R_name}\nPolisen, region Syd",
            "RG-ansvarig: {R_sign}, {R_phone}",
        ),
    ),
    Voice(
        id="akutlakare",
        reporter_type=RT.HALSO_SJUKVARD,
        weight=0.05,
        workplace="HOSPITAL",
        mail_kind="region",
        noise=0.15,
        openings=(
            "Orosanmälan från {HOSPITAL}, barnakuten.\nPatient: {C_full}, {PNR}\n",
            "Jag är jourhavande läkare på {HOSPITAL} och anmäler oro för {C_full}, {AGE} år, "
            "som besökte akuten tillsammans med {P2}.",
            "Läkare på akutmottagningen vid {HOSPITAL} gör härmed anmälan avseende {C_full} ({PNR}).",
            "Pat {C_full}, {AGE} år, inkom till akuten {TIME} i sällskap med {P2}.",
            "Anmälan från barnakuten. Barnet {C_full}, född {BIRTHDATE}, undersöktes av "
            "undertecknad {DATE}.",
            "Hej, jag skriver från akuten på {HOSPITAL} angående ett barn vi haft inne, {C_full}.",
            "Akutläkare {R_name}, {HOSPITAL}. Anmälan gäller {C_full}, pnr {PNR}.",
        ),
        closings=(
            "{R_name}\nST-läkare, barn- och ungdomsmedicin\n{HOSPITAL}\nTel {R_phone}",
            "Journalkopia kan begäras. Kontakt via {R_phone} (sökare) eller {R_email}.",
            "Anmälan upprättad av leg. läkare {R_sign}.",
            "Mvh {R_name}, överläkare",
            "Vid frågor, kontakta barnakutens sektionschef eller undertecknad, {R_phone}.",
            "Hälsningar {R_sign}, läkare",
            "Ring gärna akutens expedition, {R_phone}, och fråga efter {R_first}.",
        ),
    ),
    Voice(
        id="bvc",
        reporter_type=RT.HALSO_SJUKVARD,
        max_age=5,
        weight=0.05,
        workplace="CLINIC",
        mail_kind="region",
        noise=0.15,
        openings=(
            "Jag är BVC-sjuksköterska på {CLINIC} och har följt {C_full} sedan {han} var nyfödd.",
            "Orosanmälan från {CLINIC}. Barn: {C_full}, {PNR}. Vårdnadshavare: {P1_full} och {P2_full}.",
            "Hej, detta är en anmälan från barnavårdscentralen. Det gäller {C}, {AGE} år.",
            "Vid det senaste besöket på BVC uppmärksammade jag följande om {C_full}.",
            "BVC-sköterska {R_name}, {CLINIC}, anmäler oro för {C_full}, född {BIRTHDATE}.",
            "Jag har gjort hembesök hos familjen på {ADDRESS} och vill anmäla oro för {C}.",
            "Anmälan efter samråd med BVC-läkare. Avser {C_full} ({PNR}).",
            "Hej! Jag jobbar på BVC och har träffat familjen många gånger. Det gäller {C}.",
        ),
        closings=(
            "Vänliga hälsningar\n{R_name}\nBVC-sjuksköterska, {CLINIC}\n{R_phone}",
            "Jag har telefontid 8–9 på {R_phone}. /{R_sign}",
            "Ring gärna så kan vi planera ett gemensamt hembesök. Mvh {R_first}, BVC",
            "BVC-läkaren är informerad. {R_name}, distriktssköterska",
            "Kontakt: {R_email}",
            "Med vänlig hälsning {R_sign}",
            "Hälsningar {R_name}, {CLINIC}",
        ),
    ),
    Voice(
        id="bup",
        reporter_type=RT.HALSO_SJUKVARD,
        min_age=6,
        weight=0.04,
        workplace="BUP",
        mail_kind="region",
        noise=0.08,
        openings=(
            "Orosanmälan från {BUP}.\nPatient: {C_full}, {PNR}\n",
            "Jag är psykolog på {BUP} och träffar {C_full}, {AGE} år, regelbundet.",
            "Undertecknad, kurator vid {BUP}, gör anmälan avseende {C_full}.",
            "Anmälan gäller {C_full}, som är aktuell på {BUP}.",
            "Hej, jag arbetar som behandlare på BUP och vill anmäla oro för en patient, {C}, {AGE} år.",
            "Efter ett besök på mottagningen gör vi följande anmälan om {C_full} ({PNR}).",
        ),
        closings=(
            "{R_name}\nLeg. psykolog, {BUP}\n{R_phone}",
            "Vi fortsätter vår kontakt med {C} och familjen. Kontakta gärna undertecknad på {R_phone}.",
            "Med vänlig hälsning {R_sign}, kurator BUP",
            "/{R_name}, {R_email}",
            "Hälsningar {R_name}, behandlare, {BUP}",
            "Ansvarig läkare är informerad. Vid frågor: {R_phone}.",
        ),
    ),
    Voice(
        id="granne",
        reporter_type=RT.PRIVATPERSON,
        weight=0.06,
        reporter="private",
        mail_kind="private",
        noise=0.45,
        openings=(
            "Hej. Jag bor granne med en familj på {ADDRESS} och är orolig för ett av barnen, "
            "{C}, som är ungefär {AGE} år.",
            "Jag vill göra en anmälan om mina grannar. De bor i lägenheten under mig på {ADDRESS}.",
            "Hej, jag heter {R_name} och bor på {ADDRESS}. Det gäller familjen bredvid, barnet "
            "heter {C} tror jag.",
            "Jag är granne och vet inte riktigt vem jag ska vända mig till, men jag skriver till er.",
            "Anmälan om oro för ett barn i mitt trapphus i {PLACE}.",
            "Familjen bredvid oss har ett barn som heter {C}.",
            "Hej, ursäkta om det här är fel ställe. Jag bor på samma gård som {P1_name} och barnen.",
            "Grannen här, {R_first}. Det gäller {C} i porten bredvid.",
        ),
        closings=(
            "Jag vill vara anonym mot familjen. Mitt nummer är {R_phone}.",
            "Ni får gärna ringa mig, {R_name}, {R_phone}.",
            "Jag vet inte om det här är något men jag ville säga till. Hälsningar {R_first}",
            "Snälla gör något. /granne",
            "Jag vill inte att de ska veta att det var jag som hörde av mig.",
            "Mvh {R_name}",
            "Kontakta mig gärna på {R_email} om ni behöver veta mer.",
        ),
    ),
    Voice(
        id="anhorig",
        reporter_type=RT.ANHORIG,
        weight=0.06,
        reporter="relative",
        mail_kind="private",
        noise=0.4,
        openings=(
            "Hej. Jag är {R_rel} till {C_full}, {AGE} år, och jag är väldigt orolig.",
            "Jag är {C:s} {R_rel} och har funderat länge på om jag ska höra av mig.",
            "Mitt namn är {R_name}, jag är {R_rel} till {C_full} som bor med {P1} och {P2} på {ADDRESS}.",
            "Det här är svårt att skriva. Det gäller {C}, jag är {hans} {R_rel}.",
            "Jag skriver som {R_rel} till {C} ({AGE} år).",
            "Som {R_rel} till {C_full} vill jag anmäla oro.",
            "Jag är {R_rel} och har mycket kontakt med {C} och {SIB}.",
        ),
        closings=(
            "Jag vill helst inte att {P1} får veta att det är jag som har anmält. Ni når mig på {R_phone}.",
            "Ring mig gärna. {R_name}, {R_phone}",
            "Hälsningar {R_first}, {R_rel} till {C}",
            "Jag hoppas ni kan hjälpa till. Mvh {R_name}",
            "Min e-post är {R_email}.",
            "Förlåt om det blev rörigt. {R_first}",
            "Ni kan ringa mig när som helst på {R_phone}.",
        ),
    ),
    Voice(
        id="anonym_au",
        reporter_type=RT.ANONYM,
        weight=0.06,
        style="au",
        noise=0.2,
        connectives=(
            " AU berättar vidare följande. ",
            "\nAU uppger också: ",
            "\n",
            " ",
            " Vidare berättar AU: ",
            "\n\n",
        ),
        openings=(
            "Anonym uppgiftslämnare (AU) ringer mottagningen {TIME}. AU vill inte uppge namn.",
            "Telefonsamtal från anonym anmälare. AU säger sig känna familjen till {C}, "
            "{AGE} år, boende i {PLACE}.",
            "AU ringer och vill anmäla oro för ett barn, {C}, som bor på {ADDRESS}.",
            "Anteckning från telefonsamtal {DATE}. Anmälaren vill vara anonym. Gäller {C_full}.",
            "AU hör av sig via socialjouren. Barnet heter enligt AU {C} och är ca {AGE} år.",
            "Anonym anmälan inkommen per telefon. AU är bekant med familjen sedan länge.",
            "AU, som bor i samma område som familjen, ringer. Namn på barnet: {C}.",
            "Samtal från person som inte vill uppge sitt namn. Oron gäller {C_full} och "
            "{hans} familj på {ADDRESS}.",
        ),
        closings=(
            "AU avböjer att lämna kontaktuppgifter.",
            "AU vill inte bli kontaktad igen. Antecknat av {R_sign}, mottagningen.",
            "AU informerad om att socialtjänsten inte kan återkoppla.",
            "Samtalet avslutas {TIME}. /{R_first}, socialsekreterare",
            "AU lämnar inget nummer.",
            "AU säger sig kunna ringa igen om något mer händer.",
            "Uppgifterna antecknade av {R_name}, mottagningsenheten.",
        ),
    ),
    Voice(
        id="ung_chatt",
        reporter_type=RT.BARNET_SJALV,
        min_age=11,
        weight=0.04,
        style="chatlog",
        noise=0.5,
        connectives=("\n", " ", "\n\n"),
        body_intro=(
            "\nSammanfattning av chatten:\n",
            "\nChattvärden sammanfattar:\n",
            "\nUngdomen berättar i chatten följande.\n",
            "\n--\n",
        ),
        openings=(
            "Chatt via socialtjänstens ungdomschatt {DATE}\nung: hej\nung: jag vet inte om jag "
            "får skriva här men jag behöver prata med nån",
            "ung: hallå? e det här socialtjänsten\nchattvärd: Hej! Ja, du har kommit rätt.",
            "ung: hej jag heter {C} och e {AGE} 😔",
            "ung: ok jag skriver bara. jag heter {C_full} och går i {CLASS} på {SCHOOL}",
            "ung: typ vet inte hur man gör men kuratorn sa att jag kunde skriva här",
            "ung: hej. e det anonymt? jag bor i {PLACE}",
            "ung: jag har aldrig gjort så här förut 😬",
            "ung: hej hej, ni får inte berätta för {P1} att jag skrev",
        ),
        closings=(
            "ung: måste gå nu\nChatten avslutad {TIME}.",
            "ung: ok tack 🙏\nChattvärd: {R_first}",
            "ung: mitt nummer e {PHONE} om ni måste ringa",
            "ung: orkar inte skriva mer nu\nchattvärd: Tack för att du skrev. /{R_first}",
            "ung: ok hejdå\nAnteckning: {R_name}, chattvärd.",
            "ung: snälla ring inte {P1}",
        ),
    ),
    Voice(
        id="kompis_chatt",
        reporter_type=RT.PRIVATPERSON,
        min_age=11,
        weight=0.03,
        reporter="young",
        mail_kind="private",
        style="chat",
        noise=0.6,
        connectives=(" ", "\n", " och ", "\nasså ", " sen "),
        openings=(
            "hej jag vill säga en grej om min kompis {C}",
            "asså jag e orolig för min bästis {C} 😢",
            "hej. vet inte om man får skriva om nån annan men min klasskompis {C} behöver hjälp",
            "hallå, jag går i samma klass som {C} på {SCHOOL}",
            "skriver för min kompis skull, {han} vet inte att jag skriver",
            "hej!! det gäller {C} i {CLASS}, vi e typ bästa vänner",
            "snälla läs detta, det handlar om {C_full}",
        ),
        closings=(
            "snälla säg inte att det va jag 🙏",
            "mitt nummer e {R_phone} om ni behöver",
            "ok de va allt. hjälp {honom} pls",
            "/{R_first}",
            "vet inte vad mer jag ska säga 😔",
            "tack för att ni läser",
            "jag heter {R_first} om ni undrar",
        ),
    ),
    Voice(
        id="hvb",
        reporter_type=RT.SOCIALTJANST_ANNAN,
        min_age=12,
        weight=0.03,
        workplace="HVB",
        mail_kind="kommun",
        noise=0.2,
        openings=(
            "Anmälan från {HVB}. Gäller {C_full}, {PNR}, placerad hos oss sedan {DATE}.",
            "Jag är behandlingsassistent på {HVB} där {C} bor sedan en tid.",
            "Hej, vi på {HVB} vill göra en anmälan om {C}, {AGE} år.",
            "Orosanmälan, {HVB}. Ungdom: {C_full}.",
            "Jag arbetar natt på {HVB} och skriver angående {C}.",
            "Till ansvarig socialsekreterare och mottagningen. Det gäller {C_full} ({PNR}) på {HVB}.",
        ),
        closings=(
            "Med vänlig hälsning {R_name}, behandlingsassistent, {HVB}, {R_phone}",
            "Föreståndaren är informerad. /{R_sign}",
            "Ni når personalen dygnet runt på {R_phone}.",
            "Mvh {R_first}, nattpersonal",
            "Kontakta gärna mig eller föreståndaren via {R_email}.",
            "Hälsningar personalgruppen genom {R_name}",
        ),
    ),
    Voice(
        id="fritidsgard",
        reporter_type=RT.ANNAN,
        min_age=11,
        weight=0.03,
        workplace="YOUTH",
        mail_kind="kommun",
        noise=0.35,
        openings=(
            "Hej, jag jobbar som fritidsledare på {YOUTH} och vill anmäla oro för en av våra "
            "besökare, {C}, ca {AGE} år.",
            "Anmälan från {YOUTH} i {PLACE}. Gäller {C_full}.",
            "Jag är fritidsledare och träffar {C} nästan varje kväll på gården.",
            "Vi på {YOUTH} har pratat i personalgruppen om {C} och bestämt oss för att anmäla.",
            "Hej! Fritidsledare {R_name} här. Det handlar om {C}, som brukar vara på gården i {PLACE}.",
            "Jag vet inte efternamnet, men ungdomen heter {C} och går på {SCHOOL}.",
        ),
        closings=(
            "Mvh {R_name}, fritidsledare, {YOUTH}, {R_phone}",
            "Vi har öppet måndag till torsdag kvällar om ni vill komma förbi. /{R_first}",
            "Ring gärna, {R_phone}.",
            "Hälsningar {R_sign}",
            "Jag har sagt till {C} att vi hör av oss till er. {R_name}",
            "Kontakt: {R_email}",
        ),
    ),
    Voice(
        id="soc_vuxen",
        reporter_type=RT.SOCIALTJANST_ANNAN,
        weight=0.04,
        mail_kind="kommun",
        noise=0.12,
        openings=(
            "Jag är handläggare på ekonomiskt bistånd och har kontakt med {P1_name}, som har "
            "barnet {C_full}, {AGE} år.",
            "Familjerätten vill göra en anmälan gällande {C_full}, född {BIRTHDATE}.",
            "Jag arbetar som socialsekreterare på försörjningsstöd och träffade {P1} och {C} "
            "på ett besök {RECENT}.",
            "Intern anmälan från enheten för ekonomiskt bistånd. Barn: {C_full}, {PNR}. "
            "Ärendenummer hos oss: {CASENR}.",
            "Hej kollegor på mottagningen. Jag har ett ärende där jag blivit orolig för ett barn, {C}.",
            "Boendestödjare {R_name} här, jag besöker familjen på {ADDRESS} varje vecka.",
        ),
        closings=(
            "Hälsningar {R_name}, socialsekreterare, {R_phone}",
            "Jag sitter på plan 3, ring {R_phone} eller mejla {R_email}.",
            "/{R_sign}, handläggare ekonomiskt bistånd",
            "Vi kan gärna ha ett gemensamt möte med familjen. Mvh {R_first}",
            "Med vänlig hälsning {R_name}",
            "Jag har informerat {P1} om att jag gör en anmälan.",
        ),
    ),
    Voice(
        id="tandvard",
        reporter_type=RT.HALSO_SJUKVARD,
        min_age=2,
        weight=0.02,
        workplace="DENTAL",
        mail_kind="region",
        noise=0.12,
        openings=(
            "Orosanmälan från {DENTAL}. Patient: {C_full}, {PNR}.",
            "Jag är tandhygienist på {DENTAL} och har träffat {C_full}, {AGE} år.",
            "Tandvården anmäler oro för {C} efter ett besök {RECENT}.",
            "Undertecknad, tandläkare vid {DENTAL}, vill göra en orosanmälan.",
            "Hej, detta gäller vår patient {C_full}, född {BIRTHDATE}.",
            "Anmälan från barntandvården. Barn: {C_full}.",
        ),
        closings=(
            "Mvh {R_name}, leg. tandläkare, {DENTAL}",
            "Kontakta kliniken på {R_phone}.",
            "/{R_sign}, tandhygienist",
            "Vänliga hälsningar {R_name}",
            "Vid frågor nås jag via {R_email}.",
            "Hälsningar {R_first}, {DENTAL}",
        ),
    ),
    Voice(
        id="tranare",
        reporter_type=RT.ANNAN,
        min_age=6,
        weight=0.03,
        workplace="CLUB",
        mail_kind="private",
        noise=0.35,
        openings=(
            "Hej, jag är ledare i {CLUB} och tränar {C}, {AGE} år.",
            "Jag är tränare för {C_full} i {CLUB} och vill anmäla oro.",
            "Anmälan från en ideell ledare i {CLUB}.",
            "Hej. Jag har varit {C:s} tränare i tre år.",
            "Jag är ledare i föreningen och vet inte riktigt hur man gör en sån här anmälan, "
            "men det gäller {C}.",
            "Som tränare i {CLUB} träffar jag {C} två gånger i veckan.",
        ),
        closings=(
            "Mvh {R_name}, ledare {CLUB}, {R_phone}",
            "Ring gärna, {R_phone}. /{R_first}",
            "Hälsningar {R_name}",
            "Föreningens ordförande vet om att jag anmäler.",
            "Jag nås på {R_email}.",
            "Tack på förhand. {R_sign}",
        ),
    ),
)

VOICE_BY_ID = {v.id: v for v in VOICES}

_SCHOOL = ("skola_mentor", "skola_rektor", "skolskoterska")
_HEALTH = ("akutlakare", "bvc", "bup", "tandvard")
# Phrasings in which the reporter introduces themself only suit matching voices.
SELF_IDENTIFIED = tuple(
    (re.compile(p), frozenset(v))
    for p, v in (
        (
            r"[Jj]ag är \{C:s\} (\{P1\}|\{P2\}|mo|fa|kusin|kompis)|[Jj]ag är (mamma|pappa|förälder) "
            r"till|[Jj]ag är (mor|far)(mor|far|bror)\b|[Jj]ag är (moster|faster)\b",
            ("anhorig", "anonym_au"),
        ),
        (r"[Jj]ag är granne|[Jj]ag bor granne|oss grannar|[Vv]i grannar", ("granne", "anonym_au")),
        (r"[Jj]ag är (\{C:s\} )?(mentor|lärare|klassföreståndare|rektor|skolsköterska)", _SCHOOL),
        (r"[Jj]ag är kurator\b(?! på avdelningen)", (*_SCHOOL, "bup", "hvb")),
        (
            r"[Vv]i på förskolan|[Jj]ag (jobbar|arbetar) på förskolan|[Jj]ag ringer från \{PRESCHOOL\}|"
            r"(hos oss|[Vv]i) på \{PRESCHOOL\}|hos oss på förskolan",
            ("forskola",),
        ),
        (r"(hos oss|[Vv]i) på (\{SCHOOL\}|skolan)", _SCHOOL),
        (r"(hos oss|[Vv]i) på \{CLINIC\}", (*_HEALTH,)),
        (
            r"[Jj]ag är (barnmorska|(BVC-|distrikts|ambulans)?sjuksköterska|BVC-sköterska|läkare|"
            r"kurator på avdelningen|kontaktperson vid beroendevården)",
            (*_HEALTH, "soc_vuxen"),
        ),
        (
            r"[Jj]ag (arbetar|jobbar|ringer från) (på )?(fritidsgården|ungdomsmottagningen)|"
            r"[Jj]ag är fältassistent",
            ("fritidsgard", "soc_vuxen"),
        ),
        (r"kvinnojouren", ("soc_vuxen",)),
        (r"[Jj]ag ringer från polisen", ("polis",)),
        (r"[Jj]ag är (\{C:s\} )?tränare", ("tranare",)),
        (
            r"\b[Mm]in (närmaste )?chef|\b[Mm]ina kollegor",
            (*_SCHOOL, *_HEALTH, "forskola", "polis", "hvb", "fritidsgard", "soc_vuxen"),
        ),
    )
)


@cache
def phrasing_voices(phrasing: str) -> frozenset[str] | None:
    """Voice ids a self-introducing phrasing fits ("Jag är barnmorska..."), None if any."""
    for pattern, voices in SELF_IDENTIFIED:
        if pattern.search(phrasing):
            return voices
    return None
