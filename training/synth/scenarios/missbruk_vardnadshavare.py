"""A caregiver's substance misuse (missbruk_vardnadshavare).

A caregiver too intoxicated to care for a young child right now, a caregiver driving
drunk with the child, and a newborn going home to active severe addiction are ``akut``.
Ongoing misuse without an acute incident is ``skyndsam``. All route to ``utredning``.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="missbruk_vardnadshavare/for_berusad_nu",
        risk_factors=(RF.MISSBRUK_VARDNADSHAVARE,),
        urgency=U.AKUT,
        utredning=True,
        min_age=0,
        max_age=6,
        phrasings=(
            "{C:s} {P1} kom för att hämta på förskolan nu i eftermiddag och var så berusad att det var svårt att stå upp. Vi har inte lämnat ut {C} och ingen annan vuxen går att nå.",
            "Jag ringer från {PRESCHOOL}. Vårdnadshavaren luktar starkt av alkohol, sluddrar och föll omkull i hallen. {C}, {AGE} år, står bredvid och gråter.",
            "Barnets {P1} är påverkad av något, pupillerna är små och {P1} somnar stående i tamburen. {C} ska gå hem med {P1} nu och det finns ingen annan som kan hämta.",
            "Jag är granne: en liten unge har gått runt i trapphuset i pyjamas i en halvtimme. När jag knackade på låg {P1} utslagen på soffan bland tomma vinflaskor och gick inte att väcka ordentligt.",
            "Under kvällen har {P1} druckit mycket på lekplatsen vid {PLACE} med några andra vuxna. {C}, som är ungefär {AGE} år, springer omkring utan uppsikt och {P1} kan knappt prata.",
            "{P1_name} hämtade {C} i dag och var märkbart påverkad – ostadig på benen, grumlig i blicken och förvirrad kring var vagnen stod. Vi bedömde att {C} inte kunde följa med och kontaktade polisen.",
            "Jag sitter på bussen och bredvid mig sitter en vuxen som är kraftigt berusad med ett barn på ungefär {AGE} år. Den vuxne somnar hela tiden och barnet har gått av och på i sätet. Busslinjen går mot {PLACE}.",
            "Akut: förälder för påverkad för att ta hand om sitt barn. Det är en ensamstående {P1} och barnet är litet.",
            "Mamma hämtade på förskolan ca 16.30 och var full. Personalen vägrade lämna ut barnet. Mamma gick därifrån. {C} sitter kvar hos oss och ingen annan anhörig svarar.",
        ),
    ),
    Scenario(
        family="missbruk_vardnadshavare/nyfodd_aktivt_missbruk",
        risk_factors=(RF.MISSBRUK_VARDNADSHAVARE,),
        urgency=U.AKUT,
        utredning=True,
        min_age=0,
        max_age=0,
        phrasings=(
            "Anmälan från BB. Mamman till {C}, född {DATE}, har under graviditeten haft ett aktivt opioidmissbruk utan behandling och urinproverna var positiva vid förlossningen. Planen är att mor och barn skrivs ut i morgon.",
            "Barnet är fem dagar gammalt och har abstinenssymtom. Båda föräldrarna har ett pågående missbruk av amfetamin och bostaden beskrivs som stökig. Utskrivning planeras till helgen.",
            "Jag är barnmorska på {CLINIC}. Den nyblivna mamman kom påverkad till förlossningen och har inte tagit emot något stöd under graviditeten. Hon vill åka hem med barnet så fort som möjligt.",
            "Oro för ett nyfött barn. Barnets {P1} har ett känt alkoholmissbruk sedan många år, har druckit under hela graviditeten och har redan frågat när de får åka hem.",
            "BB informerar om att {C:s} {P1}, som sedan tidigare är känd för narkotikamissbruk, har lämnat ett positivt prov för bensodiazepiner och cannabis. Barnet föddes {DATE} och ska enligt plan skrivas ut i övermorgon.",
            "Nyfödd med väntad utskrivning. {P1_name} har ett pågående blandmissbruk och har under vårdtiden försvunnit från avdelningen i flera timmar och kommit tillbaka påverkad.",
        ),
    ),
    Scenario(
        family="missbruk_vardnadshavare/medvetslos_foralder",
        risk_factors=(RF.MISSBRUK_VARDNADSHAVARE,),
        urgency=U.AKUT,
        utredning=True,
        min_age=4,
        max_age=12,
        phrasings=(
            "Jag är {C:s} mormor. {C} ringde mig i kväll och viskade att {P1} ligger på golvet och inte vaknar. Det står flaskor överallt. {C} är ensam med {SIB}.",
            "Ett barn ringde till larmcentralen från {ADDRESS} och sa att {P1} ”har druckit och sover konstigt”. Ambulans och polis är på väg; barnen är {AGE} år och yngre.",
            "{C}, {AGE} år, kom till oss grannar i natt och sa att {P1} inte går att väcka. Vi gick in och hittade {P1} medvetslös med kräks runt sig och tabletter på bordet.",
            "Polisen påträffade {C} ensam vaken i lägenheten kl. 02 med en vårdnadshavare som var så berusad att denne inte kunde stå upp. Barnet hade inte ätit sedan lunch.",
            "Enligt {C} händer det ofta att {P1} ”somnar på golvet” efter att ha druckit, och {RECENT} fick {C} ringa ambulans själv.",
            "Barnet har själv kontaktat Bris i kväll och berättat att {P1} har tagit något och ligger i badrummet. Bris har kontaktat sociala jouren.",
        ),
    ),
    Scenario(
        family="missbruk_vardnadshavare/rattfylleri_med_barn",
        risk_factors=(RF.MISSBRUK_VARDNADSHAVARE,),
        urgency=U.AKUT,
        utredning=True,
        min_age=0,
        max_age=12,
        phrasings=(
            "Vid hämtningen luktade {P1} kraftigt av alkohol och vinglade. Trots att vi försökte stoppa satte sig {P1} i bilen med {C} i baksätet och körde iväg mot {PLACE}.",
            "Polisen stoppade {RECENT} en bil där föraren, {C:s} {P1}, blåste 1,2 promille. I baksätet satt {C}, {AGE} år, och ett yngre syskon.",
            "Jag såg själv hur barnets {P1} vinglade fram till bilen med en burk öl i handen, spände fast barnet och körde. Registreringsnummer har lämnats till polisen.",
            "Rattfylleri med barn i bilen. Den misstänkte är {P1_name}, vårdnadshavare till {C}. Händelsen inträffade i dag och barnet har lämnats till mormor.",
            "{C} berättade att {P1} ”alltid dricker vin i bilen” när de åker till landet och att {P1} körde i diket i förrgår. Ingen skadades men {C} är rädd.",
            "Idrottsledaren i {CLUB} hörde efter träningen att {P1} skulle köra hem med tre barn och märkte att {P1} var full. Ledaren försökte ta nycklarna, men bilen körde iväg ändå.",
        ),
    ),
    Scenario(
        family="missbruk_vardnadshavare/pagaende_alkohol",
        risk_factors=(RF.MISSBRUK_VARDNADSHAVARE,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=3,
        phrasings=(
            "{C} berättar att {P1} dricker ”den där starka” varje kväll och sedan blir arg eller somnar i soffan. {C} får ofta göra sin egen mat.",
            "Det är allmänt känt i området att {C:s} {P1} har alkoholproblem. Jag har själv sett {P1} berusad utanför systembolaget flera gånger den senaste månaden, ibland med {C} bredvid.",
            "Vi har under hösten noterat att {P1} ofta luktar alkohol och har ett rött, svullet ansikte. {C} har sagt att {P1} ”dricker för mycket” och att {han} brukar gömma flaskorna.",
            "Jag är {C:s} moster och orolig. Min syster har druckit kraftigt i flera år och det har blivit värre sedan separationen. Hon klarar vardagen någorlunda men barnen får ta mycket ansvar.",
            "Pågående alkoholmissbruk hos vårdnadshavaren, ingen akut händelse. {P1_name} har själv sagt till vårdcentralen att {P1} dricker en flaska vin om dagen.",
            "När jag frågade {C} varför {han} inte vill ha kompisar hem sa {han}: ”{P1_name} är ju full hela tiden, det är pinsamt.”",
            "{C:s} {P1} har under flera år haft ett alkoholberoende. Enligt {C} dricker {P1} mest på helgerna, och då är det bråk och skrik hemma.",
            "Pappa dricker. Varje helg och ofta på vardagar. {C} säger att {han} brukar gå till kompisen när det blir för mycket. Ingen särskild händelse nu, men det har pågått länge.",
            "{C} berättar att föräldrarna ”festar” och dricker varje helg och att det då kommer många okända vuxna hem. Barnet får lägga sig själv och har svårt att sova för musiken.",
        ),
    ),
    Scenario(
        family="missbruk_vardnadshavare/narkotika_i_hemmet",
        risk_factors=(RF.MISSBRUK_VARDNADSHAVARE,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=2,
        phrasings=(
            "{C} berättade att {P1} ”röker gröna cigaretter” i köket och att det luktar konstigt hemma. {C} visade med händerna hur {P1} rullar dem.",
            "Vid en husrannsakan hos familjen på {ADDRESS} {RECENT} hittades cannabis, en våg och flera använda kanyler. Två barn bor i bostaden, varav {C} är {AGE} år.",
            "{C:s} {P1} är känd av polisen för narkotikabrott och enligt uppgift pågår ett missbruk av amfetamin. Vi har ingen uppgift om någon akut händelse.",
            "När {C} packade upp sin ryggsäck ramlade en liten påse med vitt pulver ut. {C} sa att {han} hittat den i {P1}s jacka.",
            "Som hyresvärd har jag fått klagomål från grannar om stark cannabislukt från lägenheten. Det bor en ensamstående {P1} med {C} där, och det har varit mycket spring i trappan på kvällarna.",
            "Jag har själv sett {P1_name} röka på balkongen något som inte var tobak, med {C} i lägenheten bakom. Det har hänt många gånger.",
            "{C} säger att {P1} ”tar tabletter för att orka” och ibland ”är konstig i flera dagar”. Vi misstänker att det rör sig om ett tablettmissbruk.",
        ),
    ),
    Scenario(
        family="missbruk_vardnadshavare/alkohollukt_vid_hamtning",
        risk_factors=(RF.MISSBRUK_VARDNADSHAVARE,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=1,
        max_age=6,
        phrasings=(
            "Vid flera hämtningar den senaste månaden har {P1} luktat alkohol. Föräldern har varit redig och vi har inte stoppat hämtningen, men det har blivit ett mönster.",
            "Personalen har känt alkohollukt från {C:s} {P1} vid lämning på morgonen tre gånger den här veckan.",
            "Jag jobbar på förskolan och har märkt att {P1} ofta luktar sprit när {C} hämtas, särskilt på fredagar. Vårdnadshavaren pratar också lite sluddrigt ibland.",
            "Hämtade {C} i dag. Tydlig alkohollukt, men gick rakt och svarade adekvat. Har hänt förut.",
            "Det är inte första gången vi känner lukt av alkohol när {P1_name} kommer. Vid utvecklingssamtalet verkade {P1_name} bakfull och hade svårt att koncentrera sig.",
            "Vi vill göra en anmälan eftersom {C:s} {P1} återkommande kommer till förskolan med alkohollukt, ibland redan på morgonen. Vi har försökt ta upp det men får bara höra att det inte stämmer.",
        ),
    ),
    Scenario(
        family="missbruk_vardnadshavare/barn_tar_ansvar",
        risk_factors=(RF.MISSBRUK_VARDNADSHAVARE,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=8,
        phrasings=(
            "{C} berättar att {han} brukar lägga en filt över {P1} när {P1} har somnat på golvet efter att ha druckit, och sedan läser {han} godnattsaga för {SIB}.",
            "Det är {C}, {AGE} år, som sköter hemmet: handlar, lagar mat och hämtar {SIB} efter skolan, eftersom {P1} dricker och ligger mest i sängen.",
            "{C} säger att {han} inte kan gå på träningen längre eftersom {han} måste vara hemma och ”hålla koll på {P1}” när {P1} har druckit.",
            "Vi ser att {C} tar ett vuxenansvar hemma. {C} vet exakt hur mycket {P1} har druckit, häller ut sprit i vasken och ringer sin mormor när det blir för mycket.",
            "”Jag måste väcka {P1} på morgonen, annars kommer ingen till jobbet eller skolan”, berättade {C}. {C} beskriver att {P1} dricker varje kväll.",
            "{C:s} {P1} dricker och tar tabletter, och {C} har blivit den som ser till att småsyskonen får mat och kommer i säng.",
        ),
    ),
    Scenario(
        family="missbruk_vardnadshavare/aterfall",
        risk_factors=(RF.MISSBRUK_VARDNADSHAVARE,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=0,
        phrasings=(
            "{C:s} {P1} har tidigare varit i behandling för sitt narkotikamissbruk och varit drogfri i två år. Nu har {P1} enligt beroendemottagningen fått ett återfall och slutat komma på besöken.",
            "Jag är kontaktperson vid beroendevården. Min patient, som är ensamstående förälder till {C}, har återfallit i alkohol de senaste veckorna. Det har inte skett någon akut händelse med barnet.",
            "Barnets {P2} ringer och berättar att {P1} har börjat dricka igen efter flera nyktra år. {C} bor varannan vecka hos {P1}.",
            "Enligt {C} har {P1} ”börjat med det där igen”. {C} har sett nålar i badrummet, samma som för några år sedan när {P1} var sjuk.",
            "Återfall i missbruk hos vårdnadshavare. {P1_name} lämnade positivt prov för opiater vid kontroll {RECENT} och har avbrutit substitutionsbehandlingen.",
            "Mamman har sedan en tid tillbaka återfallit i amfetaminmissbruk, enligt hennes egen syster. Hon har ensam vårdnad om {C}.",
        ),
    ),
)
