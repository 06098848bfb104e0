"""Swedish cue patterns: what was done, to whom, when, and whether it is denied.

Each pattern is matched on lower-cased, pseudonymised text. Patterns are deliberately
explicit so that a social worker can read why a rule fired.
"""

from __future__ import annotations

import re

from triage.concerns.prefilter import any_of

_BEFORE, _AFTER = r"(?<![\wåäö])(?:", r")(?![\wåäö])"  # whole words only


def _any(*alternatives: str) -> re.Pattern[str]:
    return re.compile(_BEFORE + "|".join(alternatives) + _AFTER)


# an adult is the one harmed: read in a violence cue's sentence (and a cue of its own)
_PARTNER = (
    r"(?:barnets |barnens |sin |hans |hennes )?(?:mamma|mamman|modern|pappa|pappan|fadern|"
    r"styvmamma|styvpappa|fru|frun|sambo|sambon|partner|kvinnan|hustrun|flickvän|pojkvän)"
)
# "i går slog pappa [PERSON_1]": with the verb first, the role word is the subject
_NO_OBJECT = r"(?! (?:\[person|henne\b|honom\b|barnet|barnen|mig\b|dem\b|oss\b|sonen|dottern))"
_NOT_A_PLACE = r"(?! (?:i|på|här|där|så|som|med)\b)"  # "vill inte leva i den här stan"
ADULT_VICTIM = (
    r"(?:slog|slår|slagit|misshandla\w*|strypt\w*|stryper|knuffa\w*|sparka\w*|"
    r"örfila\w*|tog stryptag på|tagit stryptag på) " + _PARTNER + _NO_OBJECT,
    r"(?:våld\w*|misshandel\w*|hot\w*|övergrepp) mot " + _PARTNER,
    r"misshandel av (?:mamma|modern|kvinnan)",
    r"mamma (?:blev|har blivit|blivit) (?:slagen|misshandlad|strypt|knuffad)",
    # an injury seen on an adult: "såg mamman med blått öga"
    _PARTNER + r" (?:\w+ )?(?:med|hade|har|fick) (?:ett |en )?"
    r"(?:blått öga|blåmärken?|sprucken läpp|svullen (?:kind|läpp|näsa))",
    r"(?:kastade (?:\w+ ){1,2}(?:på|mot)|höll fast) " + _PARTNER,
    # the caregiver tells of her or his partner: "hennes man har slagit henne"
    r"(?:slog|slår|slagit|misshandla\w*|strypt\w*|knuffa\w*|sparka\w*) min (?:nya )?"
    r"(?:man|make|sambo|pojkvän|flickvän|partner|fru|ex\w*)",
    r"(?:hennes|hans|min) (?:nya )?(?:man|make|sambo|pojkvän|flickvän|partner|fru|ex\w*)"
    r"(?: \S+){0,3} (?:slog|slår|slagit|misshandla\w*|strypt\w*|sparka\w*|knuffa\w*|"
    r"tagit stryptag|hotat)",
    r"\w*våld(?:et)? (?:mellan|i) (?:föräldrarna|de vuxna|relationen|hemmet|familjen|"
    r"parrelationen)",
    r"(?:våld|övergrepp|brott|misshandel|kränkning\w*) i nära relation\w*",
    r"strypvåld",
    r"(?:relations|partner)våld\w*",
    r"\w*fridskränkning\w*",
    r"(?:bråk|slagsmål) mellan (?:föräldrarna|de vuxna)",
    r"kvinnojour\w*",
    r"skyddat boende",
    r"sökt skydd",
)
# the child saw or heard it (features only: the victim may still be a sibling)
WITNESSED = (
    r"i (?:barnets|barnens) närvaro",
    r"i närvaro av (?:barnet|barnen|\[person_\d+\])",
    r"inför barnen",
    r"medan barnen (?:\w+ ){0,2}(?:tittade på|såg på|var hemma)",
    r"(?:sett|bevittnat|hört|varit med om) (?:\w+ ){0,3}(?:våld\w*|misshandel\w*|slag)",
    r"bevittna\w*",
)

# --- what happened -------------------------------------------------------------------
CUES: dict[str, re.Pattern[str]] = {
    "violence": _any(
        r"sl(?:å|år|og|agit|agits|ogs)",
        r"sparka\w*",
        r"knuffa\w*",
        r"stryp\w*",
        r"örfil\w*",
        r"lugga\w*",
        r"(?:fått|få|fick|ta|tog) stryk",
        r"misshand\w+",
        r"smisk\w*",
        r"daska\w*",
        r"nyp(?:er|te|t|a)",
        r"bet(?:s)? (?:henne|honom|barnet)",
        r"kastade (?!ut\b)(?:\w+ ){1,2}(?:på|mot|i)",  # not "kastade ut honom": evicted
        r"slag (?:mot|i) (?:väggen|vägg|dörren|ansiktet|huvudet)",
        r"slag med (?:\w+ ){0,2}(?:föremål|bälte|bältet|sladd|pinne|käpp|galge|skärp|tillhygge)",
        r"(?:händerna|handen|tag|grepp) (?:om|runt) (?:hennes |hans )?halsen",
        r"höll fast (?:henne|honom|barnet|mamma|mig)",
        r"höll (?:henne|honom|barnet|mamma|mig) fast",
        r"tryckte upp \w+ mot",
        r"drog \w+ i håret",
        r"slängde \w+ (?:i|mot|in)",
        r"(?:tog|tar|höll) (?:henne|honom|barnet|mig|\w+) "
        r"(?:hårt|våldsamt) (?:i|om)",
        r"skakade (?:henne|honom|barnet|bebisen)",
        r"våld(?!t)\w*",  # not "våldtäkt": that is sexual abuse
        r"\w+våld(?:et)?",
        r"aga\w*",
        r"hårdhänt\w*",
        r"bankade? på (?:henne|honom|mig)",
        r"slagen",
        r"slagit",
        r"slagna",
        r"spark(?:ar|en)? (?:i|på|mot) (?:magen|huvudet|ryggen|benen|ansiktet)",
        r"fick (?:\w+ )?(?:en )?(?:spark|smäll|örfil|knytnäve|käftsmäll)",
        r"(?:lät|låter) som (?:slag|att någon (?:slogs|blev slagen|fick stryk))",
    ),
    "injury": _any(
        r"blåmärk\w*",
        r"blå märken",
        r"märken (?:på|runt|vid)",
        r"svullnad\w*",
        r"svullen",
        r"rodnad\w*",
        r"sprucken läpp",
        r"blått öga",
        r"brännskad\w*",
        r"frakt\w+",
        r"benbrott",
        r"skador",
        r"skadad",
        r"rivmärk\w*",
        r"sår på",
        r"blodvite",
        r"näsblod",
    ),
    "threat_kill": _any(
        r"döda(?:r)? (?:henne|honom|dig|mig|oss|barnet|barnen|er|alla)",  # "jag dödar dig om ..."
        r"ha ihjäl",
        r"slå ihjäl",
        r"mörda\w*",
        r"skära halsen",
        r"hotat? (?:att )?(?:döda|skjuta|skada)",
        r"hot(?:ade|at|ar) med kniv",
        r"dödshot\w*",
        r"ska dö",
        r"ta(?:r)? (?:jag |han |hon |vi )?livet av (?:dig|henne|honom|er|barnet)",
        r"betala med livet",
        # "säg till honom att han är död om han inte betalar", "annars är du död"
        r"(?:du|han|hon|hen|ni|dom|de) är döda?(?= om )",
        r"(?:annars|då) är (?:du|han|hon|hen|ni|dom|de) döda?",
        r"(?:kommer|ska) (?:ni |du |han |hon )?inte (?:att )?(?:leva|överleva) (?:till|tills) "
        r"(?:i ?morgon|ikväll|i kväll|natten|helgen)",
        r"(?:kommer att|ska|skulle) dödas",
        # fire and weapons: "hällt ut tändvätska i hallen o sagt att hela huset ska brinna"
        r"(?<!någon )(?:ska|skulle|kommer att) (?:skjuta|knivhugga|strypa) "
        r"(?:dig|henne|honom|oss|er|barnet|barnen|alla)",
        r"(?:tända eld på|bränna ner|bränna upp) (?:huset|lägenheten|bostaden|oss|henne|honom|"
        r"dem|barnen|er)",
        r"(?:huset|lägenheten|bostaden) (?:ska|skulle|kommer att) brinna",
        r"(?:hällt|hällde|häller) (?:ut )?(?:tändvätska|bensin)",
    ),
    "fear_home": _any(
        r"vågar inte (?:gå|åka|komma) hem",
        r"vill inte (?:gå|åka) hem",
        r"rädd (?:för|att gå) hem",
        r"rädd för (?:sin |min |hennes |hans )?(?:pappa|mamma|styvpappa|bonuspappa|pappan|mamman)",
        r"vågar inte (?:vara|sova) hemma",
        r"inte (?:vågar|törs) (?:vara|sova) hemma",
        r"inte (?:gå|åka) hem ikväll",
        r"(?:kan|törs) inte (?:\w+ )?(?:gå|åka|komma|cykla) hem",
        # a subordinate clause puts "inte" first: "hon säger att hon inte vill gå hem"
        r"inte (?:kan|vågar|törs|vill) (?:\w+ )?(?:gå|åka|komma|cykla) hem",
    ),
    "sexual": _any(
        r"sexuell\w*",
        r"övergrepp\w*",
        r"tafsa\w*",
        r"våldt\w+",
        r"sex med",
        r"(?:rör|rörde|rört|tar|tog) (?:på|vid) (?:hennes|hans|min|mitt|sitt|sin) "
        r"(?:kropp|underliv|snippa|snopp|bröst|rumpa|kön)",
        r"(?:rör\w*|ta(?:r|git)?|tog|tafsa\w*) (?:\w+ ){0,3}mellan benen",
        r"gör (?:saker|grejer) med (?:mig|henne|honom|barnet)",
        r"kommer in (?:till (?:mig|henne|honom)|i (?:mitt|hennes|hans) rum) på nätterna",
        r"nakenbild\w*",
        r"nakna bilder",
        r"porr\w*",
        r"onan\w*",
        r"kön\w* (?:ord|lek)",
        r"sexualiserat? beteende",
        r"grooming",
        r"blotta\w*",
        r"utnytt\w+",
        r"bilder (?:på sig )?[\"”“']?"
        r"(?:utan (?:tröja|kläder|byxor|trosor)|i (?:bara )?underkläder\w*)",
        # what children say was done to them, in their own words
        r"(?:tar|tog|rör|rörde|pussar|pussade|kittlar|kittlade|slickar|slickade|smeker|smekte|"
        r"gnider|gned) (?:\w+ ){0,3}(?:på|i|vid) (?:\w+ ){0,2}[\"”“']?"
        r"(?:snippa\w*|snopp\w*|könsorgan\w*|där nere|ställe[t]? där man kissar)",
        r"(?:smeker|smekte|smaka\w*|slicka\w*|kittla\w*|pussa\w*|gnider|gned) "
        r"(?:[\"”“']?\w+[\"”“']? ){0,3}mellan benen",
        r"(?:tar|tog) på (?:henne|honom|mig|dem) (?:\w+ ){0,2}under täcket",
        r"kommer in i (?:hennes|hans|min) säng",
        r"tvinga\w* (?:\w+ ){0,2}(?:att )?klä av sig",
        r"nakna vuxna",
        r"vuxna (?:som )?(?:gör|har) sex",
        r"nakenfilm\w*",
        r"(?:bilder|bild|filmer|film) (?:\w+ ){0,4}naken",
        r"lägger (?:han |hon )?ut (?:dom|dem|bilderna)",
        r"(?:stötande|rytmiska) rörelser",
        r"dra ner byxorna på",
        r"(?:pillar|pilla|pussar|pussade)[\"”“']? där",
        r"kolla\w* under (?:\w+ )?underkläder\w*",
        r"kittelleken",
        r"innanför (?:kläderna|trosorna|kalsongerna|byxorna)",
        r"lägg\w* sig (?:på|ovanpå) (?:honom|henne|mig|andra barn)",
        r"gör (?:sånt|det) som vuxna gör",
        r"intim\w* bild\w*",
        r"(?:ber|bett|bad) om (?:\w+ ){0,3}bilder på (?:hans|hennes|min|sin) kropp",
        r"ligga med (?:mig|henne|honom)",
        r"tar betalt för att träffa",
        r"påminner om samlag",
        r"stå naken",
        r"ta av sig underkläderna",
        r"tvinga\w* (?:\w+ ){0,3}(?:att )?röra vid",
    ),
    "suicide": _any(
        r"ta livet av sig",
        r"tog livet av sig",
        r"självmord(?!\w*bedömning)\w*",
        r"suicid(?!\w*bedömning)\w*",
        r"ville? (?:inte leva|dö)(?! av\b)" + _NOT_A_PLACE,  # not "ville dö av skratt"
        r"inte (?:orkar|orkade|vill|ville) leva" + _NOT_A_PLACE,
        r"(?:orkade|ville) inte leva" + _NOT_A_PLACE,
        r"tog (?:en massa |massa )?tabletter",
        r"(?:tagit|tog|svalt|svalde) (?:typ |ca |cirka |minst |över )?(?:\d+|en massa|många|alla) "
        r"(?:st )?(?:av )?(?:\w+ )?\w*tabletter\w*",  # "har tagit typ 20 av mammas sömntabletter"
        r"överdos\w*",
        # not from the pool's edge: "grät när det var dags att hoppa från kanten"
        r"hoppa (?:från|framför|ut)"
        r"(?! (?:kanten|trampolinen|svikten|bryggan|hopptornet|studsmattan)(?![\wåäö]))",
        r"avsked\w*",
        r"hängde sig",
        r"försök(?:te)? ta sitt liv",
        r"ta (?:sitt|mitt) liv",
        r"(?:är|känner sig) klar med livet",
        r"(?:vill|orkar) inte (?:finnas|leva) (?:kvar|längre)",
        r"döda mig själv",
        r"livet inte är värt",
        r"för att dö",
        r"g(?:e|er|ett|av) bort (?:sin|sina|alla sina) (?:saker|grejer|ägodelar|dator|mobil|spel|"
        r"hoodie|tröja|hörlurar|airpods|smycken|favorit\w*)",
        # a farewell: "jag kommer inte finnas kvar efter helgen", "ni klarar er bättre utan mig"
        r"(?:kommer|ska) inte (?:att )?finnas (?:kvar|till)",
        r"inte (?:ska|kommer att|kommer) finnas (?:kvar|till)",
        r"klara[rs]? (?:er|dig|oss) (?:\w+ )?(?:bättre|fint|bra) utan mig",
        r"avskedsbrev\w*",
        # the means gathered: "har samlat mammas sömntabletter i en ask"
        r"(?:sparat|sparar|samla[rt]|samlade|gömt|gömmer) (?:på sig )?(?:\w+ ){0,2}\w*tabletter\w*",
        r"\w*tabletter (?:\w+ ){0,5}som (?:hon|han|hen) (?:har )?(?:sparat|samlat|gömt)",
        r"bestämt sig för att (?:ta (?:dem|alla|tabletterna)|dö)",
        r"brev (?:\w+ ){0,6}(?:säger|sa|tar) (?:adjö|farväl)",
    ),
    "self_harm": _any(
        r"skär(?:a|er)? (?:sig|mig|mej)",
        r"skurit (?:sig|mig|mej)",
        r"självskad\w*",
        r"rispa\w*",
        r"skärsår",
        r"bränner (?:sig|mig|mej)",
        r"slår sig själv",
        # what self-inflicted wounds look like, and marks said to be self-made
        r"(?:parallella|raka) (?:\w+ ){0,2}(?:sår|rispor|ärr|snitt|skärsår)",
        r"(?:gjort|gör|gjorde) (?:\w+ ){0,2}(?:på|mot) (?:sig|mig|mej) själv",
    ),
    "honour": _any(
        r"gifta? bort",
        r"bortgift\w*",
        r"tvångs(?:gifte|äktenskap)\w*",
        r"heder\w*",
        r"(?:religiöst|arrangerat|påtvingat) äktenskap",
        r"äktenskap med en vuxen",
        r"barnäktenskap\w*",
        r"(?:inte (?:vill|ville)|(?:vill|ville) inte|tvinga\w*(?: att)?) gifta sig",
        r"skickas? (?:\w+ ){0,2}utomlands",
        r"skickad(?:es)? (?:\w+ ){0,2}utomlands",
        r"(?:för att )?bli uppfostrad",
        r"(?:familjens|släktens) (?:namn|rykte|ära)",
        r"(?:smutsat|smutsar|smutsa) ner",
        r"vanär\w*",
        r"när (?:resten av )?(?:släkten|familjen) får veta",
        r"(?:hemlig|hemliga|hemlige) (?:pojkvän|flickvän|relation|kille|tjej|\[person_\d+\])",
        r"kontrolleras av (?:\w+ ){0,2}(?:bröder|bror|brodern|kusin\w*|släkt\w*)",
        r"skam(?:men)? för familjen",
        r"oskuld\w*",
        r"skickas? (?:till|iväg till|hem till) hemlandet",
        r"(?:tas|tar|ta|tagen) (?:med )?(?:till|ut ur) (?:hemlandet|landet)",
        r"förlova\w*",
        r"familjens rykte",
        r"bortförande\w*",
        r"släkten (?:\S+ ){0,3}(?:hot\w*|straffa\w*|göra något)",
        r"lämna(?:d|s|t|des)? kvar i (?:hemlandet|\w+landet)",
        r"enkelbiljett\w*",
        r"press(?:ar|ade|as|ats|at) (?:\w+ ){0,2}(?:att )?gifta sig",
        r"(?:veta|lära sig) sin plats",
        r"könsstympning\w*",
        r"kusin(?:en)? (?:hon|han) ska gifta",
    ),
    "missing": _any(
        r"försvunn\w+(?! in i| från skolan)",  # not "försvunnit in i sitt rum"
        r"avvek\w*",
        r"avvikit",
        r"avviken",
        r"avvikning\w*",
        r"rymt",
        r"rymde",
        r"rymmer",
        r"(?:har )?inte kommit (?:hem|tillbaka)(?! in i)",  # not "tillbaka in i gruppen"
        r"kom inte (?:hem|tillbaka)(?! till (?:lektion\w*|skolan|klass\w*)| förrän)",
        r"saknas sedan",
        r"efterlys\w+",
        r"borta sedan",
        r"okänd vistelseort",
        r"vet inte var (?:hon|han) är",
        r"inte (?:har )?varit hemma (?:sedan|sen)",
        r"på rymmen",
        r"(?:stack|sticker|stuckit|rymt|rymde) hemifrån",
    ),
    "intoxicated": _any(
        r"berusad\w*",
        r"full(?:a)?(?= |,|\.)",
        r"kraftigt påverkad",
        r"påverkad\w*",
        r"drogpåverkad\w*",
        r"alkoholpåverkad\w*",
        r"luktade? (?:starkt )?(?:alkohol|sprit)",
        r"sluddra\w*",
        r"däckad",
        r"redlös",
        r"höga? på",
        r"aspackad",
        r"onykter\w*",
        r"rattfull\w*",
        r"rattfylleri\w*",
        r"dricker (?:\w+ )?i bilen",
    ),
    "child_alone": _any(
        r"ensam(?:ma)? hemma(?! med)",  # not "mamma blir ensam hemma med barnet"
        r"lämna(?:d|des|t|ts)? ensam\w*",
        r"utan tillsyn",
        r"ingen vuxen (?:hemma|på plats|närvarande)",
        r"ensam i (?:lägenheten|bilen|hemmet)",
        r"ensam ute",
        r"(?:hittade?s?|hittats|påträffa(?:des|d|ts)|anträffa(?:des|d|ts)) ensam\w*",
        r"(?:gick|gått|går|vandrade|irrade) (?:omkring )?ensam\w* (?:ute|på|i|vid|längs)",
        r"ensam med (?:sin|sina|sitt) (?:lill|små)\w*",
        r"(?:hittade|påträffade|anträffade) (?:\S+ ){1,2}ensam\w*",
    ),
    "addiction": _any(
        r"missbruk\w*",
        r"alkoholis\w*",
        r"narkoti\w+",
        r"heroin",
        r"amfetamin",
        r"kokain",
        r"droger",
        r"metadon",
        r"subutex",
        r"bensodiazepin\w*",
        r"dricker (?:mycket|varje|dagligen)",
        r"spritlukt",
    ),
    # --- the other risk factors: features only, no rule reads them ----------------------
    "drugs": _any(
        r"cannabis",
        r"hasch\w*",
        r"marijuana",
        r"knark\w*",
        r"gräs",
        r"spice",
        r"ecstasy",
        r"mdma",
        r"lsd",
        r"tramadol",
        r"rök(?:er|t|a|te)? på",
        r"(?:testat|provat|prövat|använder|använt|tar|tagit) (?:\w+ ){0,2}"
        r"(?:droger|grejer|preparat|tabletter|piller|substanser)",
        r"(?:små|stora) pupiller",
        r"pupillerna",
        r"(?:dricker|drack|druckit|super|söp|supit|langat|köpt) (?:\w+ ){0,2}"
        r"(?:alkohol|sprit|vodka|mycket)",
        r"alkohol\w*",
        r"(?:kommer|kom|kommit) hem (?:\w+ ){0,2}(?:full|påverkad|berusad|hög)",
        r"drogtest\w*",
        r"urinprov\w*",
        r"beroende\w*",
    ),
    # someone's use of a substance, as opposed to one merely named ("säljer cannabis"):
    # the child's own use when the child is its subject
    "substance_use": _any(
        r"eget (?:bruk|missbruk|drickande|användande|rökande)",
        r"(?:sitt|hans|hennes|mitt) (?:eget )?(?:missbruk|drickande|rökande|bruk)",
        r"dagligt bruk",
        r"(?:röker|tar|dricker|knaprar|använder|röka|ta) (?:\w+ ){0,2}själv",
        r"själv (?:\w+ ){0,2}(?:röker|tar|dricker|knaprar|använder|hög|påverkad|väck)",
        r"(?:positivt?|positiva) (?:drogtest\w*|urinprov\w*|salivtest\w*|tox\w*)",
        r"(?:drogtest\w*|urinprov\w*|salivtest\w*|tox-?screen\w*) (?:\w+ ){0,2}"
        r"(?:positiv\w*|utslag)",
        r"pos(?:itiv\w*)? för (?:thc|cannabis|amfetamin|kokain|bensodiazepin\w*|opiat\w*)",
        r"medge[rt]? (?:\w+ ){0,3}bruk",
        r"(?:erkänner|erkände|medger|medgav|medgett|medgivit) (?:\w+ ){0,3}(?:att )?"
        r"(?:\w+ )?(?:röker|rökt|tar|tagit|dricker|druckit|använ\w+|provat|testat)",
        r"(?:röker|dricker|knarkar) (?:\w+ ){0,2}(?:varje (?:dag|kväll|helg)|dagligen|"
        r"hela tiden|ofta)",
        r"knarkar",
        r"knapra\w*",
        r"berusning\w*",
        r"intox\w*",
    ),
    # the police or the courts are involved, whoever did what (often a caregiver)
    "police_matter": _any(
        r"polisanmäl\w*",
        r"anmäld\w* (?:till polisen|för)",
        r"anmälde (?:\w+ )?för",
        r"greps",
        r"anhållen",
        r"anhölls",
        r"olaga hot",
        r"(?:hämtad|hämtats|omhändertagen|omhändertogs) (?:\w+ )?(?:av|hos) polisen",
        r"polisen (?:har )?(?:gripit|tagit|hämtat|stoppat)",
        r"lagföring\w*",
        r"åtal\w*",
    ),
    # the young person's own offending
    "crime": _any(
        r"gripits",
        r"gripen",
        r"misstänk\w* för",
        r"brott(?!ning|a[rsdt])\w*",  # not "brottas", "brottarklubben" (wrestling)
        r"rån\w*",
        r"stöld\w*",
        r"stjäl\w*",
        r"stulit",
        r"stal",
        r"snatt\w*",
        r"inbrott\w*",
        r"skadegörelse",
        r"klott\w*",
        r"langa(?!re)\w*",  # not "mammas langare", the one who sells to her
        r"(?:säljer|sålt|sålde|langar) (?:\w+ ){0,2}"
        r"(?:narkotika|droger|knark|hasch|tabletter|gräs|cannabis|piller)",
        r"kriminal\w*",
        r"kriminell\w*",
        r"gäng\w*",
        r"ungdomstjänst",
        r"ungdomsvård",
        r"(?:bär|bar|burit|haft) (?:\w+ )?kniv",
        r"åkt fast",
        r"hälare|häleri",
        r"hotat (?:\w+ ){0,2}(?:med|för) pengar",
        r"kross\w* (?:\w+ ){0,2}(?:fönst\w*|rut\w*|bil\w*)",
        r"batong\w*",
        r"vapen\w*",
        r"skjutvapen\w*",
        r"pistol(?:en|er|erna)?",
        r"revolver\w*",
        r"knivar",
        r"rekryt\w*",
        r"krypterade (?:appar|tjänster)",
        r"(?:flera|två|tre|nya) (?:mobil)?telefoner",
        r"leverera\w* (?:\w+ ){0,2}(?:paket|väskor|grejer|saker)",
        r"springpojke\w*",
        r"skuld(?:er)? till",
        r"stulna",
        r"narkotika(?:brott|försälj|innehav)\w*",
        r"(?:är|var|blev) misstänkt i",
        r"tog (?:\w+ ){1,3}(?:från|på|i) (?:en |ett )?(?:affär\w*|butik\w*)",
        r"kommit undan",
        # shoplifting as shops report it
        r"butikskontrollant\w*",
        r"butiksstöld\w*",
        r"larmbåg\w*",
        r"(?:tagen|tagna|stoppad\w*) av (?:en )?(?:väktar\w*|butikskontrollant\w*|personal\w*)",
        r"ertappa\w*",
        r"snodde|snott",
        r"stoppa\w* (?:\w+ ){0,2}på sig",
        r"(?:stoppade|stoppat) (?:\w+ ){0,4}i (?:jackfickan|innerfickan|tröjärmen)",
        r"passera\w* kass\w*",
        # vandalism
        r"vandalis\w*",
        r"(?:slog|slagit|slår|sparkade|sparkat|sprängde|sprängt) sönder "
        r"(?:en |ett |flera |två |några )?(?:\w+ )?"
        r"(?:rut\w*|fönst\w*|lamp\w*|lyktstolp\w*|bil\w*|busskur\w*|skylt\w*)",
        r"välte (?:\w+ ){0,3}(?:soptunn\w*|cyk\w*|bil\w*)",
        r"bröt av (?:\w+ ){0,2}(?:backspegl\w*|antenn\w*)",
        r"kasta\w* (?:sten|stenar|ägg) (?:mot|på)",
        r"(?:sprängde|sprängt|smällde) (?:\w+ ){0,2}smällare\w*",
        r"spreja[rt]|sprejade",
        r"(?:tänt|tände|anlagt|anlade) (?:\w+ ){0,2}(?:eld|bränder|brand)",
        # selling drugs and running errands for older youths
        r"minigrip\w*",
        r"(?:digital)?våg(?:en)? och (?:\w+ ){0,2}påsar",
        r"(?:små )?(?:plast)?påsar (?:med|och en) (?:\w+ ){0,2}(?:pulver|tabletter|gräs|våg)",
        r"digitalvåg\w*",
        r"uppdelad\w* i (?:små )?påsar",
        r"(?:lämna\w*|delar ut|tar emot|tog emot) (?:\w+ ){0,2}"
        r"(?:små (?:plast)?påsar|små paket|påsar)",
        r"(?:cykla\w*|åka\w*|springa\w*) med paket",
        r"förvara (?:\w+ ){0,2}(?:påse|väska|väskor|saker|grejer|paket)",
        r"hålla i grejer",
        r"jobba\w* åt (?:några|äldre|dom|de)",
        r"(?:som )?säljer i området",
        r"sålt (?:\w+ ){0,2}till (?:polare|kompisar|yngre)",
        r"i utbyte mot",
        r"skyldig (?:\w+ ){0,2}(?:pengar|\d+)",
        r"dyra (?:kläder|skor|märkeskläder)",
        # weapons of their own
        r"(?:butterfly|fäll|kök|slid|kast|stilett)kniv\w*",
        r"knivinnehav\w*",
        r"bajonett\w*",
        r"(?:hade|har|haft|tog|tagit) (?:\w+ ){0,2}kniv (?:\w+ ){0,2}"
        r"till (?:skolan|fritidsgården|festen)",
        r"ett järn",
        r"vässad\w*",
        r"polisen (?:kallades|kopplades in|tillkallades|kom och tog)",
    ),
    "mental_illness": _any(
        r"\w*psykos\w*",
        r"psykotisk\w*",
        r"(?:tungt|jobbigt|kämpigt|skört) psykiskt",
        r"(?:pratar|talar|pratat|talat) (?:\S+ ){0,4}om att dö",
        r"klarar sig bättre utan mig",
        r"psykisk\w* (?:ohälsa|sjuk\w*|mående|problem|dåligt|instabil\w*)",
        r"psykiskt sjuk",
        r"deprim\w*",
        r"\w*depression\w*",
        r"bipolär\w*",
        r"schizofren\w*",
        r"ångest\w*",
        r"panikångest\w*",
        r"utmatt\w*",
        r"utbränd\w*",
        r"(?:hör|hörde|hört) röster",
        r"röster i huvudet",
        r"(?:pratar|pratade|talar|talade) med (?:någon|några|folk|personer|människor) "
        r"som inte finns",
        r"inlagd\w* på (?:psyk\w*|avdelning\w*)",
        r"psykiatri\w*",
        r"vuxenpsyk\w*",
        r"mår (?:\w+ ){0,2}(?:dåligt|psykiskt dåligt|inte bra)",
        r"nedstämd\w*",
        r"sjukskriven",
        r"ligger (?:\w+ ){0,2}i sängen",
        r"(?:orkar|klarar) inte (?:av )?(?:\w+ ){0,2}(?:vardagen|barnen|ta hand|laga mat|gå upp)",
        r"ätstörning\w*",
        r"anorexi\w*",
        r"bulimi\w*",
        r"(?:slutat|slutar|vägrar) (?:att )?äta",
        # an eating disorder's behaviour: "hoppar över lunchen och tränar flera timmar om dagen"
        r"hoppar (?:ofta|alltid|nästan alltid|regelbundet|numera) över (?:\w+ )?(?:lunch\w*|"
        r"frukost\w*|middag\w*|måltid\w*|maten|skollunch\w*)",
        r"hoppar över (?:\w+ )?måltid\w*",
        r"kräks (?:\w+ ){0,2}(?:efter|upp) (?:\w+ ){0,2}mat\w*",
        r"tränar (?:\w+ )?(?:flera|många|tre|fyra|fem) timmar (?:om|per|varje) dag\w*",
        r"svälter sig",
        r"paranoi\w*",
        r"förfölj\w*",
        r"sjuk i huvudet",
        r"manisk\w*",
        r"personlighetsstörning\w*",
        r"tvångsvård\w*",
        r"(?:under|betydligt under) normalvikt",
        r"tvångs(?:tank|handling|syndrom)\w*",
        r"självmordstank\w*",
        r"gråter (?:\w+ ){0,2}(?:ofta|hela tiden|mycket|varje)",
        r"isolera[rt]? sig",
        # psychosis as those around it describe it
        r"osammanh[aä]ng\w*",
        r"(?:kameror|mikrofoner|sändare|chip) i (?:\w+ )?(?:lampor\w*|vägg\w*|ventilation\w*|"
        r"taket|element\w*|huvudet|telefon\w*)",
        r"avlyssna\w*",
        r"lyssnar på (?:\w+ ){0,2}genom",
        r"strålning\w*",
        r"(?:täckt|tejpat|klätt|täckte|tejpade) (?:\w+ ){0,4}(?:med )?aluminiumfolie",
        r"(?:tar emot|skickar|sänder) signaler",
        r"förgifta\w* (?:\w+ )?(?:maten|vattnet|mat|henne|honom|oss)",
        r"(?:maten|vattnet|gatan|luften) (?:är|var|e) förgiftad\w*",
        r"(?:alla|grannarna|någon|nån|de|dom) (?:\w+ ){0,2}(?:är|e) ute efter",
        r"pratar med (?:tv:n|teven|väggarna)",
        r"(?:pratar|pratade|talar) (?:\w+ ){0,2}om spöken",
        r"(?:blivit|är|var) utbytt",
        r"(?:hör|ser) saker som inte finns",
        # psychiatric care in everyday words
        r"psyk(?:et|akuten)?",
        r"tvångsinla\w*",
        # low mood as children and neighbours put it
        r"ledsen i huvudet",
        r"(?:grå|mörk|mörka|tung|tunga|dålig|dåliga) period(?:er)?",
        r"har sina perioder",
        r"trött på (?:allt|livet)",
        r"ledsen (?:jämt|hela tiden|hela dagarna)",
        r"knappt sover",
        r"inte (?:sover|sovit) på (?:flera )?nätter",
        r"inte orka[rt]? (?:\w+ ){0,2}(?:någonting|gå ut|gå upp|leka|laga|ta hand|vardagen)",
        r"(?:ligger|låg) (?:mest|bara|hela dagarna|hela dagen) (?:i )?(?:soffan|sängen)",
        r"(?:pga|på grund av|för) (?:sitt|hans|hennes) (?:psykiska )?mående",
        # a parent's despair, which the suicide rule (the child's own) must not read
        r"(?:vill inte|inte vill) (?:det här|vara med) längre",
        r"vore bäst om jag (?:försvann|inte fanns)",
        r"svalt (?:\w+ ){0,2}(?:piller|tabletter)",
        r"sladd runt halsen",
    ),
    "school_absence": _any(
        r"frånvar\w*",
        r"skolk(?!urator)\w*",  # not "skolkurator"
        r"hemmasitt\w*",
        r"inte (?:har )?(?:varit|kommit|gått|synts) (?:\w+ ){0,2}(?:i|till|på) skolan",
        r"(?:missat|missar) (?:\w+ ){0,2}(?:skol\w*|lektion\w*|undervisning\w*)",
        r"(?:kommer|går) (?:sällan|inte|knappt) (?:\w+ )?(?:till|i) skolan",
        r"stannar hemma",
        r"sjukanmäl\w*",
        r"(?:låg|dålig|bristande|sjunkande|ojämn|ingen) närvaro",
        r"närvaron (?:är|har varit|var) (?:\w+ )?(?:låg|dålig|sjunkande)",
        r"borta från skolan",
        r"lämnar skolan",
        r"(?:gick|går|försvann) (?:hem )?från skolan",
        r"\w+frånvar\w*",
        r"hålls hemma",
        r"(?:missa|missar|missat|missade) skolan",
        r"(?:kommer|kom|går|gick) (?:\w+ )?(?:inte|sällan) (?:till|i) "
        r"(?:skolan|förskolan|lektion\w*)",
        r"(?:kommer|kom) (?:\w+ )?(?:sent|försent) (?:till|på) (?:\w+ )?"
        r"(?:skolan|lektion\w*|morgonen)",
    ),
    "behaviour": _any(
        r"utåtagera\w*",
        r"aggressiv\w*",
        r"utbrott\w*",
        r"raseri\w*",
        r"slåss\w*",
        r"slagsmål\w*",
        r"bråk(?:ar|ade|at|ig\w*)",
        r"konflikt\w* med (?:andra|kompisar|lärare|klasskompisar|personal|elever|jämnåriga)",
        r"svär(?:a|er|it|ande)?",  # not "svärd", "svärdottern"
        r"kastar (?:\w+ )?(?:saker|stolar|böcker|grejer)",
        r"hotar (?:lärare|personal|andra|elever|kompisar|klasskompisar)",
        r"stör\w* (?:undervisningen|lektion\w*|andra)",
        r"vägra\w*",
        r"impulsiv\w*",
        r"adhd",
        r"npf",
        r"autism\w*",
        r"mobba\w*",
        r"kränk\w*",
        r"provoce\w*",
        r"okoncentrerad\w*",
        r"gränslös\w*",
        r"trotsig\w*",
        r"ljuger",
        r"slutat lyssna",
        r"(?:kommer|kom) hem (?:\w+ ){0,2}(?:på natten|mitt i natten|sent)",
        r"umgås (?:\w+ ){0,2}med äldre",
        r"dygnsrytm\w*",
        # gaming only when it takes over ("spelar fotboll" is no concern)
        r"(?:spelar|gamear|sitter (?:vid|med) datorn) (?:\w+ ){0,3}(?:hela nätterna|på nätterna|"
        r"till sent|hela dagarna|istället för)",
        r"spelberoende\w*|gaming\w*|(?:dator|tv-?)spelande",
        r"sitter uppe (?:\w+ ){0,2}nätter\w*",
        r"hamnar (?:\w+ )?i bråk",
        r"knuffas",
        r"sparkas",
        r"slår hål",
        r"slagit hål",
        r"(?:kan|går) inte (?:att )?styra",
        r"gör som (?:hon|han) vill",
        r"(?:är|var|vara) ute (?:\w+ ){0,2}(?:sent|på nätterna|hela nätterna)",
        r"svårt (?:med|att (?:följa|hålla|acceptera)) (?:\w+ )?(?:gränser|regler)",
        r"(?:slutat|slutar) komma hem",
        r"spel(?:et|en)? drar",
        r"(?:söker|sökt|sökte) sig till äldre",
        r"med äldre (?:kompisar|killar|tjejer|personer|ungdomar)",
        r"hot(?:at|ade|ar) sin (?:mamma|pappa|styvpappa|styvmamma|lärare|syster|bror|mentor)",
    ),
    "neglect": _any(
        r"smutsig\w*",
        r"luktar (?:\w+ )?(?:illa|urin|svett|kiss|bajs|rök|instängt)",
        r"ovårdad\w*",
        r"ohygien\w*",
        r"hygien\w*",
        r"hungrig\w*",
        r"ingen mat",
        r"inte (?:har )?(?:ätit|fått (?:\w+ ){0,2}mat)",
        r"(?:kylskåpet|skafferiet) (?:är |var )?tomt",
        r"tomt kylskåp",
        r"(?:för )?tunna kläder",
        r"kläder (?:efter väder|för årstiden)",
        r"trasiga kläder",
        r"samma kläder",
        r"löss",
        r"karies",
        r"(?:inte|aldrig) (?:\w+ ){0,3}(?:tandvård\w*|tandläkar\w*)",
        r"uteb(?:lev|livit|livna|livande)\w*",
        r"ovaccinerad\w*",
        r"(?:inte|aldrig|ej) (?:\w+ ){0,2}vaccinera\w*",
        r"(?:saknar|missat|missade|uteblivna) (?:\w+ ){0,2}vaccin\w*",
        r"(?:inte|sent|sällan) (?:blir )?hämta(?:d|s|t)",
        r"hämtas (?:\w+ )?(?:sent|inte)",
        r"försumm\w*",
        r"omsorgssvikt\w*",
        r"blöj(?:a|or|an|orna)",
        r"ostädad\w*|stökigt|skräp",
        r"ingen (?:vuxen )?(?:bryr|tar hand|ser efter)",
        r"fläckiga kläder",
        r"dålig andedräkt",
        r"obehandla\w*",
        r"(?:inte|aldrig) (?:fått|fick|får) (?:\w+ ){0,2}"
        r"(?:vård|behandling|medicin\w*|glasögon|hjälp)",
        r"aldrig (?:köpts|hämtats ut|kommit till)",
        r"ont i (?:tänderna|tanden|öronen|örat|magen)",
        r"medicin\w* (?:\w+ ){0,2}(?:glöms|saknas|tagit slut|inte)",
        r"missade (?:\w+ ){0,2}(?:besök|tider|kontroller)",
        r"misär",
        r"(?:varken|ingen|inget) (?:el|ström|varmvatten|värme)\b",
        r"(?:stanna|stannar|stannade) hemma (?:\w+ ){0,2}(?:och|för att) ta hand om",
        r"ta(?:r)? hand om (?:sina |sitt )?(?:syskon|småsyskon|lillebror|lillasyster|"
        r"\[person_\d+\]) när",
        r"(?:gått|gick) ner (?:\w+ ){0,2}i vikt",
        r"viktnedgång\w*",
    ),
    "partner_violence": _any(
        *ADULT_VICTIM,
        *WITNESSED,
        r"kontrollera(?:r|de|t)? (?:allt|henne|honom|mamma|pappa|hennes|hans)",
        r"kontrollerande",
        r"hotfull\w* (?:klimat|stämning|miljö|atmosfär)",
        r"(?:låst|låste|låser|stängt|stängde) (?:in|ute) (?:mamma|pappa|henne|honom|"
        r"\[person_\d+\])",
        r"(?:hör|hörde|hört|hörs|hördes|hörts) (?:\S+ ){0,6}(?:slag|dunsar|dunsande|"
        r"en kvinna (?:gråta|skrika)|någon ropa|hot)\b",
        r"ropa\w* på hjälp",
        r"svartsjuk\w*",
    ),
    # control of a young person's life that often comes with honour norms (no rule)
    "honour_control": _any(
        r"får inte (?:\w+ ){0,2}(?:delta|vara med|följa med|gå) (?:\w+ ){0,3}(?:idrott\w*|"
        r"gympa\w*|simn\w*|simundervisning\w*|klassresa\w*|lägerskola\w*|skolresa\w*|"
        r"utflykt\w*|fritids\w*)",
        r"(?:kompisar|vänner) av (?:det )?motsatta? kön\w*",
        r"telefon\w* (?:\w+ )?kontroller\w*",
        r"kontrollera\w* (?:hennes|hans|min) telefon",
        r"(?:bevakas|vaktas|övervakas|följs) (?:\w+ ){0,3}(?:bror|bröder|brodern|kusin\w*|"
        r"släkt\w*)",
        r"får inte (?:ens )?välja (?:\w+ ){0,2}själv",
        r"får inte (?:ha|träffa|umgås med) (?:\w+ ){0,2}(?:pojkvän|flickvän|killar|tjejer|"
        r"svenska)",
    ),
    # --- what speaks for support without an investigation, or for one ------------------
    "support_sought": _any(
        r"(?:tar|ta) (?:\w+ )?emot (?:\w+ )?(?:hjälp|stöd|råd)",
        r"(?:vill|önskar|har bett om|ber om|bett om|söker|sökt) "
        r"(?:(?!inte |ej |aldrig )\w+ ){0,2}(?:hjälp|stöd|råd)",
        r"(?:positiv\w*|öppen|öppna|motiverad\w*|tacksam\w*) (?:\w+ ){0,2}"
        r"(?:till|för|att ta emot) (?:\w+ ){0,2}(?:stöd|hjälp|kontakt|insatser)",
        r"samarbeta\w*",
        r"vet om att (?:vi|jag) (?:skriver|anmäler|ringer|hör av)",
        r"(?:är|har blivit) informerad\w* om anmälan",
        r"(?:själv|själva) (?:\w+ )?(?:tagit kontakt|hört av sig|ringt)",
        r"har ordnat",
        r"god kontakt med (?:hemmet|familjen|föräldrarna|vårdnadshavarna)",
    ),
    "separation_conflict": _any(
        r"separera\w*",
        r"separation\w*",
        r"skilsmässa\w*",
        r"vårdnadstvist\w*",
        r"vårdnad(?:en|stvist\w*|sfrågan|sutredning\w*)?",  # not "vårdnadshavare"
        r"växelvis\w*",
        r"varannan vecka",
        r"umgänge\w*",
        r"familjerätt\w*",
        r"samarbetssamtal\w*",
        r"(?:bråk|konflikt\w*|tjafs) mellan (?:föräldrarna|oss|de vuxna|mamma och pappa)",
        r"(?:mitt|sitt|hennes|hans) ex\w*",
        r"budbärare",
    ),
    "repeated_reports": _any(
        r"(?:tredje|fjärde|femte|andra) gången",
        r"(?:tidigare|flera|upprepade|återkommande) (?:\w+ )?"
        r"(?:anmälningar|anmälan|orosanmälningar)",
        r"anmält (?:\w+ )?(?:förut|tidigare|flera gånger)",
        r"(?:förra|senaste) anmälan",
        r"aktualisera\w*",
        r"känd (?:\w+ )?(?:hos|av|inom) (?:socialtjänsten|soc|er)",
        r"(?:tidigare|pågående) (?:insats\w*|utredning\w*|kontakt med socialtjänsten)",
    ),
}
# some cue of any kind: most sentences have none and need not be scanned once per kind
ANY_CUE = any_of(CUES.values(), _BEFORE, _AFTER)
# the same per kind: which kinds a sentence with some cue holds, before reading them exactly
KIND_HINTS = {kind: any_of([pattern], _BEFORE, _AFTER) for kind, pattern in CUES.items()}

# --- who did it to whom --------------------------------------------------------------
CAREGIVER = _any(
    r"pappa\w*",
    r"mamma\w*",
    r"styvpapp\w*",
    r"styvmamm\w*",
    r"styvf(?:ar|adern)",
    r"styvm(?:or|odern)",
    r"fadern",
    r"modern",
    r"bonuspapp\w*",
    r"bonusmamm\w*",
    r"vårdnadshavar\w*",
    r"vh",
    r"föräld\w+",
    r"fosterförälder\w*",
    r"(?:mammas|pappas) (?:nya )?(?:pojkvän|flickvän|sambo|kille|man|partner)",
    r"morbror",
    r"farbror",
    r"brodern",
    r"bror\w*",
    r"sambo\w*",
)
# the child as the subject of a state cue: "sonen hittades berusad", "[PERSON_1] 15 år var full"
CHILD_SUBJECT = _any(
    r"sonen",
    r"dottern",
    r"eleven",
    r"pojken",
    r"flickan",
    r"barnet",
    r"tjejen",
    r"killen",
    r"ungdomen",
    r"den unge",
    r"\d+ år",
    r"\d+-åring\w*",
    r"tonåring\w*",
    r"jag (?:var|är|blev)",
)
# a caregiver who is the subject of a suicide or self-harm cue ("pappa har försökt ta livet
# av sig", "mamma hotar att ta sitt liv"): only auxiliaries and verbs of attempting or
# threatening in between; anything else ("mamma hittade ett avskedsbrev") leaves the child
ADULT_SUBJECT = re.compile(
    r"(?:" + CAREGIVER.pattern + r")(?: \[person_\d+\]s?)?"
    r"(?: (?:har|hade|tidigare|också|även|igen|nyligen|flera gånger|försökt|försöker|"
    r"försökte|hotat|hotar|hotade|pratat|pratar|talat|talar|om|att|planerar|tänker|vill|"
    r"ville|ska|skulle|gjort|gjorde|ett|en)){0,4} ?$"
)
SUBJECT_CUES = frozenset({"suicide", "self_harm"})
# a named person ("[person_1]" once pseudonymised): the child, unless a role word names them
NAMED = re.compile(r"\[person_\d+\]")
CHILD_STATE_CUES = frozenset(
    {
        "intoxicated",
        "drugs",
        "substance_use",
        "addiction",
        "mental_illness",
        "crime",
        "police_matter",
    }
)
ADULT_TARGET = _any(*ADULT_VICTIM)

_STILL_AT_HOME = r"(?:fortfarande |kvar )?(?:kvar )?i hemmet"  # "finns kvar i hemmet"
# someone in the home has access to the child (read in the cue's sentence and the next)
LIVES_WITH = _any(
    r"bor (?:med|hos|tillsammans med|ihop med) (?:barnet|henne|honom|dem|familjen)",
    r"bor i (?:samma (?:bostad|lägenhet|hus)|hemmet)",
    r"(?:finns|befinner sig|är) " + _STILL_AT_HOME,
    r"bor kvar",
)
# the suspect's household, read a few sentences after abuse: "[PERSON_3] är enligt
# folkbokföringen skriven på [ADDRESS_1] tillsammans med ... hennes son", "bor kvar i hemmet"
HOUSEHOLD = _any(
    r"(?:skriven|skrivna|folkbokförd|folkbokförda) på (?:samma adress|\[address_\d+\]) "
    r"(?:tillsammans )?med",
    r"(?:bor|finns) " + _STILL_AT_HOME,
)

# the child and an adult have arranged to meet: "de ska ses på lördag: han ska hämta
# henne med bil" (beside grooming or abuse, the suspect has access to the child)
MEETING = _any(
    r"(?:de|dom|hon|han|\[person_\d+\]) (?:ska|skulle|har bestämt att|tänker) "
    r"(?:ses|träffas|mötas)",
    r"ska (?:träffa|möta) (?:honom|henne|mannen|killen|kvinnan)",
    r"(?:han|mannen|killen|hon|kvinnan) ska hämta (?:henne|honom|barnet)",
    r"stämt träff",
)

# --- when ----------------------------------------------------------------------------
RECENT = _any(
    r"i ?går",
    r"i ?dag",
    # a clock time tells of one particular day's events, as a same-day account does:
    # "pappa kom 17.10 och luktade alkohol", "polisen kom kl 23:40"
    r"(?:kl(?:\.|ockan)? ?)?(?:[01]?\d|2[0-3])[.:][0-5]\d",
    r"i morse",
    r"i ?natt",
    r"i ?kväll",
    r"nyss",
    r"just nu",
    r"nu",
    r"i helgen",
    r"i förrgår",
    r"i ?förmiddags",
    r"i eftermiddag",
    r"denna vecka",
    r"den här veckan",
    r"i (?:måndags|tisdags|onsdags|torsdags|fredags|lördags|söndags)",
    r"för (?:en|ett par|några|två|tre) (?:timm(?:e|ar)|dag(?:ar)?) se(?:dan|n)",
    r"för (?:ca |cirka |ungefär )?(?:\d+|en|ett par|några|tio|tjugo|trettio) "
    r"(?:min|minut(?:er)?|timm(?:e|ar)) se(?:dan|n)",
    r"pågår",
    r"fortfarande",
    r"ikväll",
    r"senaste dagarna",
    r"i förmiddag",
    r"imorgon",
    r"i morgon",
    r"nästa vecka",
    r"snart",
    r"kommande",
    r"i sommar",
    r"i jul",
)
PAST = _any(
    r"för (?:\w+ ){0,3}(?:år|halvår|månad|månader|flera år) se(?:dan|n)",
    r"i (?:fjol|våras|höstas|vintras|somras)",
    r"när (?:vi|de|hon|han|jag|familjen|föräldrarna) bodde",
    r"under (?:den )?tid(?:en)? (?:då |som )?(?:vi|de|hon|han|familjen) bodde",
    r"i (?:det |den )?gamla (?:huset|lägenheten|bostaden|landet|hemmet)",
    r"innan (?:\w+ ){0,2}(?:separerade|skilde sig|flyttade)",
    r"år se(?:dan|n)",
    r"när (?:hon|han|barnet|jag|vi|\[person_\d+\]) var (?:liten|små)",
    r"(?:för|det var|var) länge se(?:dan|n)",
    r"tidigare år",
    r"förra året",
    r"för flera år",
    r"i (?:förra|tidigare) relation\w*",
    r"under (?:tidigare|förra) år\w*",
    r"när (?:hon|han) var (?:yngre|\d+)",
    r"förra (?:sommaren|vintern|hösten|våren|julen|terminen|läsåret)",
    # "uppgifterna om tidigare våld", "pappa brukade slå henne" (not "tidigare i dag")
    r"tidigare(?! i (?:dag|går|kväll|morse|natt|eftermiddag|förmiddag))",
    r"brukade",
    r"dömd(?:es)? (?:\S+ ){0,3}för",  # "pappan dömdes 2020 för misshandel av henne"
    # weeks back is no longer today's danger: "för ungefär fem veckor sedan", "i julas",
    # "före höstlovet", "senast i februari" (a month named is not this week)
    r"för (?:ca |cirka |ungefär |drygt |nästan |runt )?(?:\d+|två|tre|fyra|fem|sex|sju|åtta|"
    r"några|ett par|flera) veckor se(?:dan|n)",
    r"i (?:julas|påskas|midsomras)",
    r"(?:före|innan|under) (?:jul|sommar|höst|sport|vinter|påsk)lovet",
    r"(?:i|under|senast i|i början av|i slutet av) (?:januari|februari|mars|april|maj|juni|juli|"
    r"augusti|september|oktober|november|december)",
    r"när (?:hon|han|barnet|jag|\[person_\d+\]) gick (?:i|på) "
    r"(?:förskol\w*|lågstadiet|mellanstadiet|högstadiet|årskurs \d|ettan|tvåan|trean|fyran|"
    r"femman|sexan)",
)
RESOLVED = _any(
    r"flytta(?:t|de|r)? (?:ut|därifrån|isär)",
    r"bor inte (?:längre|kvar)",
    r"bor inte (?:med|hos|tillsammans med) (?:oss|dem|barnet|barnen|henne|honom|familjen)",
    r"(?:sitter|satt) i fängelse",
    r"häkta\w*",
    r"kontaktförbud\w*",
    r"ingen kontakt med",
    r"har lämnat",
    r"separerade",
    r"skilde sig",
    r"lämnade (?:honom|henne|familjen)",
    r"avtjänar",
)

# --- whether it is so ----------------------------------------------------------------
NEGATION = _any(
    r"inte",
    r"inga",
    r"ingen",
    r"inget",
    r"aldrig",
    r"ej",
    r"(?:för)?neka(?:r|de|t)",
    r"utan",
    r"saknas",
    r"varken",
    r"dementera\w*",
    r"avfärda\w*",
)
# a denial after the verb, as Swedish main clauses put it: "de slår mig inte", "slog
# henne aldrig" (not "slog inte bara henne")
NEGATION_AFTER = re.compile(
    r"(?:\s+(?!(?:när|om|eftersom|då|men|att|som|och|så|fast|medan|innan|tills)\b)\w+){0,2}?"
    r"\s+(?:inte|aldrig|ej)\b(?!\s+bara)"
)
# violence aimed at a peer or a thing, not at the child: "slog en klasskompis", "sparkade
# sönder toadörren" (the child is then the one acting; "blev slagen av en kille" is not this)
OTHER_TARGET = _any(
    r"(?:en |sin |sina |flera )?\w*(?:kompis|kamrat)\w*",  # klasskamrat, lagkamrater
    r"en (?:annan |främmande |okänd |äldre |yngre |jämnårig )?(?:kille|tjej|elev|pojke|flicka|"
    r"yngre|jämnårig|person|man|kvinna|ungdom|vakt|väktare|förbipasserande|lärare)",
    r"(?:andra|flera|två|tre|några) (?:andra )?(?:barn|elever|killar|tjejer|ungdomar|personer)",
    r"(?:sin|sina|en) (?:\w*lärare\w*|mentor|assistent|fritidsledare|\w*pedagog\w*|personal)",
    # a sibling the child hits when angry ("slår sin lillasyster när han blir arg"); a
    # caregiver's violence at a sibling is still read as violence in the home
    r"(?:sin |sina |sitt )?(?:lill[ae]|stor[ae]|små)?(?:syster|systern|bror|brodern|syskon\w*)",
    r"domare\w*|motståndare\w*|tränare\w*",
    r"(?:någon|nån)(?! gång| enstaka)",  # "slår någon" (not "slog henne någon gång")
    r"personal(?:en)?",
    r"(?:\w+)?dörr\w*",
    r"väggen|väggar\w*|bänk\w*|fönst\w*|möbler\w*|saker",
    r"(?:\w+ )?(?:kunder|besökare|passagerare|förbipasserande)",
)
# a threat said to a peer: "skrek 'jag ska döda dig' till en klasskamrat"
TO_PEER = re.compile(
    r"(?<![\wåäö])till (?:en |sin |sina |flera |två |några )?(?:annan |andra )?"
    r"(?:(?:klass|lag)?(?:kompis|kamrat)|elev|kille|tjej|pojke|flicka|(?:mot)?spelare|"
    r"motståndar|domar)\w*|(?<![\wåäö])till (?:de )?andra barn(?:en)?(?![\wåäö])"
)
# the child's own fighting, no one named as target: "bits och sparkas", "knuffas på rasten"
RECIPROCAL = re.compile(r"(?:spark|knuff|nyp|riv|bit|slå)a?s|slåss")
FOUGHT = re.compile(r"slagits|slogs")  # "slagits med en kille": a fight, when "med" follows
BROKEN = re.compile(r"(?: \w+)? sönder\b")  # "slog (han) sönder rutan"
PASSIVE_AGENT = _any(r"av")  # "slagen av en kille": the peer is the one who hit

INNOCENT = _any(
    r"rita(?:r|de|t)?",
    r"bilder där",
    r"teckning\w*",
    r"får blåmärken (?:\w+ ){0,2}lätt",
    r"(?:medicinsk|naturlig) förklaring",
    r"blödarsjuk\w*",
    r"slog (?:i|sig)",
    r"slagit (?:i|sig)",
    r"slår sig",
    r"ramla\w*",
    r"föll",
    r"trilla\w*",
    r"fotboll\w*",
    r"(?:inne)?bandy\w*",
    r"hockey\w*",
    r"handboll\w*",
    r"judo\w*",
    r"(?:blev|blivit|bli) tacklad",
    r"brottning\w*",
    r"lek(?:en|te|er|t)?",
    r"\w*dock(?:a|an|or|orna|vrån)",  # "pappadockan slår mammadockan" is play
    r"av skratt",
    r"dör av",
    r"slog (?:igen|på) (?:dörren|tv|datorn|larmet)",
    r"slog ut",
    r"slog (?:upp|rekord)",
    r"kudd ?\w*krig",
    r"slog (?:benen|benet|huvudet|armen|armbågen|knät|knäna|foten|handen|pannan|tån|läppen) "
    r"(?:i|mot|på)",
    r"brottades",
    r"cykel\w*",
    r"olycka\w*",
    r"musik",
    r"olycks\w*",
    r"ramlat",
    r"tandvärk",
    r"dörr\w* (?:som )?(?:slår|slog|smäller|smällde)",
    r"sparka\w* (?:\w+ )?boll\w*",
    r"trumm\w*",
    r"ont i (?:en |sin |sina )?(?:tand|tanden|tänder|tänderna)",
)
# an innocent account of an injury that someone else confirms: "han sa att det var från
# bandyn ... min son var med på cupen och säger samma sak" (read a few sentences on)
CORROBORATED = _any(
    r"bekräfta(?:r|de|t|s|des)?",
    r"(?:sa|sade|säger|berätta(?:r|de)|uppg(?:av|er)|beskr(?:ev|iver))(?: \S+){0,2} samma "
    r"(?:sak|förklaring|bild|historia)",
    r"intyga\w*",
    r"stämmer med",
    r"såg (?:när|hur) (?:det hände|\w+ (?:ramlade|föll|trillade))",
)
# ... unless the account is doubted: "förklaringen stämmer inte med skadorna"
DOUBT = _any(
    r"stämmer (?:inte|dåligt)",
    r"inte (?:stämmer|stämde|passar|trovärdig\w*|rimlig\w*)",
    r"passar inte",
    r"tveksam\w*",
    r"osannolik\w*",
    r"olika (?:förklaringar|versioner|historier)",
    r"ändra(?:r|de|t)? (?:sin |sitt )?(?:förklaring\w*|historia|berättelse)",
    r"misstänk\w*",
    r"rädd\w*",
    r"ville inte (?:berätta|säga|visa|prata)",
    r"(?:greppmärk|fingermärk|slagmärk)\w*",
)
# a threat to kill said in play, read in its whole sentence: "skriker 'jag ska döda dig'
# till kompisarna i spelet", "... till varandra när de spelar"
IN_PLAY = _any(r"i (?:spelet|spelen|\w*spel)", r"till varandra", r"gaming", r"på skoj", r"skämt\w*")
# the concern is asked about, not asserted: "jag frågade rakt ut om självmordstankar",
# "har frågat om pappa ska dö", "bedömning av suicidrisk" (up to the cue, in its clause)
ASKED = re.compile(
    r"(?<![\wåäö])(?:(?:(?:fråga(?:t|de|r)?|undra(?:t|de|r)?)(?: \S+){0,4} om|"
    r"(?:bedömning|bedömningen|screening|skattning)(?:en)? (?:av|om|gällande|kring))"
    r"(?: (?!(?:och|sa|sade|berättade|svarade)\b)\S+){0,8} ?$|"
    r"om(?: \S+){0,4} någonsin(?: \S+){0,2} ?$)"  # "..., om hans pappa någonsin har slagit"
)
# a denial governs the rest of its sentence up to a contrast: "hon förnekade
# dödsönskan, suicidtankar och planer", "ingen av föräldrarna har påstått att ...",
# "ingenting i det jag sett eller hört tyder på våld", "inga tecken på droger eller
# våld", "varken jag eller fritids har sett ...", "varken skolsköterskan eller jag bedömer"
_NOT_A_CLAUSE = r"(?: (?!(?:och|men|att)\b)\S+)"  # a word that starts no new clause
DENIAL = re.compile(
    r"(?<![\wåäö])(?:(?:för)?neka(?:r|de|t)?|"
    r"ingen(?: av \S+)? (?:har )?(?:\w+ )?(?:påstått|påstår|sagt|säger|berättat|berättar|uppgett|"
    r"uppger|nämnt|nämner|beskrivit|beskriver)|"
    rf"(?:inget|ingenting){_NOT_A_CLAUSE}{{0,6}} (?:som )?(?:tyder|tydde|pekar|pekade) på|"
    rf"inte (?:\w+ ){{0,2}}något{_NOT_A_CLAUSE}{{0,8}} som (?:tyder|tydde|pekar|pekade) på|"
    r"(?:inga|inte (?:\w+ ){0,2}några)(?: \w+){0,2} (?:tecken|spår|indikationer|uppgifter) "
    r"(?:på|om)|"
    r"varken(?: \S+){1,6} eller(?: \S+){1,4}? (?:bedömer|bedömde|ser|såg|har sett|har märkt|"
    r"har hört|har noterat|tror|upplever)|"
    # the reporter never heard or saw any: "jag har aldrig hört något som låtit som slag"
    r"(?:aldrig|inte) (?:\w+ ){0,2}(?:hört|sett|märkt|noterat|upplevt) (?:något|någonting|några)"
    r"(?! (?:liknande|sådant|så)(?![\wåäö])))(?![\wåäö])"
)
# a sentence on the reporter's routine, not on this child: "enligt skolans rutin skickar
# vi en anmälan när en elevtext beskriver våld", "anmälan enligt polisens rutin vid alla
# tips om ...", "alla uttalanden om våld ska anmälas" (not "anmäler enligt rutin eftersom")
_ANYONE = (
    r"(?:ett |en )?(?:barn|elev\w*|förälder|föräldrar|vårdnadshavare|minderåriga|unga|ungdomar)"
)
ROUTINE = re.compile(
    rf"(?<![\wåäö])(?:rutin\w*(?: \S+){{0,8}}? (?:när|om) {_ANYONE}\b|"
    r"rutin\w*(?: \S+){0,8}? vid (?:misstanke|alla|oro|uppgift\w*|tips|blåmärken|skador)|"
    rf"anmäl\w* (?:alltid )?när {_ANYONE}\b|"
    r"alla (?:uttalanden|uppgifter|påståenden|berättelser) om|allt som rör)"
)
# fiction the child wrote or read: "lämnade in en novell om en flicka vars pappa slår henne"
FICTION = _any(r"novell\w*", r"fiktiv\w*", r"påhittad\w*", r"sagan?", r"roman\w*")
# a child's hyperbole about a parent's reaction to school: "pappa kommer döda mig om jag
# får F", "min pappa kommer döda mig" (when a test comes back)
HYPERBOLE = re.compile(
    r"(?<![\wåäö])(?:kommer (?:att )?|ska )(?:döda|mörda|ha ihjäl) mig(?![\wåäö])"
    r"(?=.*(?<![\wåäö])(?:prov\w*|betyg\w*|läx\w*|skärmtid\w*|får (?:ett )?[a-f]|"
    r"om jag inte (?:kan|klarar|vinner|lär mig))(?![\wåäö]))"
)
# a threat said to someone's face ("jag ska döda dig"): beside the child's violence at a
# peer, it is said to that peer
ADDRESSED = re.compile(r"(?<![\wåäö])(?:dig|er)(?![\wåäö])")
# a form's question, not an answer: "Finns det tecken på våld, missbruk eller annat i hemmet?"
FORM_QUESTION = re.compile(
    r"^\s*(?:finns det|förekommer det|har (?:du|ni|barnet|vårdnadshavar\w*)|vet (?:du|ni)|"
    r"känner (?:du|ni)|är det|misstänker (?:du|ni))\b[^?]*\?\s*$"
)
# what makes words of suicide more than words: an attempt, a plan, the means, a farewell
SUICIDE_ACT = _any(
    r"\w*tablett\w*",
    r"överdos\w*",
    r"försök\w*",
    r"plan\w*",
    r"hängde",
    r"hoppa\w*",
    r"avsked\w*",
    r"farväl",
    r"adjö",
    r"bestämt sig",
    r"samla\w*",
    r"kniv\w*",
    r"rep(?:et)?",
)
# a clinician's or reporter's reading that words of suicide carry no acute risk, anywhere in
# the referral: "bedömdes risken som låg", "passiva dödstankar", "inga planer", "sa det i affekt"
SUICIDE_LOW = _any(
    r"(?:bedöm\w*|riskbedömning\w*)(?: \S+){0,8}? (?:som )?(?:låg|liten|ringa)",
    r"(?:ingen|inte (?:finns )?(?:någon )?)(?:akut |förhöjd |aktuell )?"
    r"(?:suicidrisk|självmordsrisk)\w*",
    r"(?:inga|utan|inte har några|inte några) (?:konkreta |aktuella |sådana )?"
    r"(?:planer|suicidplaner|självmordsplaner)",
    r"passiva (?:döds|suicid|självmords)tankar",
    r"förnekar (?:\w+ ){0,2}(?:planer|avsikt\w*|suicidavsikt\w*)",
    r"(?:ingen|utan) (?:suicid)?avsikt\w*",
    r"i (?:affekt|ilska|vredesmod)",
    r"inte (?:menade|menat|meningen) (?:det|allvar)",
    r"inte på allvar",
)
# play named in the sentences after a child's words about violence: "... och sa att dom
# hade kuddkrig", "det var en lek", "de brottades på skoj"
PLAY_FRAME = _any(
    r"kudd ?\w*krig\w*",
    r"på låtsas",
    r"på skoj",
    r"(?:var|är) (?:bara )?en lek",
    r"lekte (?:brottning|slagsmål|krig|polis)",
    r"brottades",
    r"busbrott\w*",
    r"vattenpistol\w*",
    # a game's "slå" (beat): "de spelar FIFA på kvällarna och pappa vinner alltid"
    r"spela(?:r|de|t)? (?:\S+ ){0,3}(?:fifa|[\w-]*spel\w*|playstation|xbox|schack|kort)"
    r"(?:\S* ){0,12}?(?:vinn\w*|vann|förlora\w*)",
    r"(?:vinn\w*|vann)(?: \S+){0,5} (?:när|då) (?:\S+ ){0,2}spela\w*",
)
# after a cue that names a risk: judged low ("vi bedömer suicidrisken som låg")
LOW_AFTER = re.compile(r" (?:\w+ ){0,2}(?:som |vara |är )?(?:låg|liten|ringa|obefintlig)\b")
CONTRAST = re.compile(r" men | fast | däremot |;")
# someone else's account between a denial and the cue ends the denial: "mamma förnekar att
# hon dricker, och [person_1] berättar att pappa slog henne"
REPORTED = re.compile(r"\b(?:säger|sa|sade|berättar|berättade|uppger|uppgav|enligt|såg|har sett)\b")
# someone reported missing has been found: "anmäldes försvunnen ... och påträffades hos en kompis"
FOUND = _any(
    r"påträffa(?:des|ts|d)",
    r"hittades",
    r"(?:har )?hittats",
    r"kom(?:mit)? hem (?:igen|själv|på (?:morgonen|natten))",
    r"kommit tillrätta",
    r"återfunn\w*",
    r"är hemma igen",
)
# drinking that is no concern: "ett glas vin till middagen ibland"
MODERATE = _any(
    r"ett glas",
    r"måttlig\w*",
    r"till (?:maten|middagen|helgmiddagen)",
    r"vid (?:högtider|fester|kalas)",
    r"socialt",
)
SUBSTANCE_CUES = frozenset({"intoxicated", "addiction", "drugs", "substance_use"})
CLAUSE_SPLIT = re.compile(r"[,;:]| men | utan att | eftersom | då | medan | när ")
SENTENCE_SPLIT = re.compile(r"(?<=[.!?])\s+|\n+")
