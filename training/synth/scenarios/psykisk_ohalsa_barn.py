"""The child's own mental health, self-harm and suicidality (psykisk_ohalsa_barn).

A suicide attempt or acute suicide plans are ``akut``. Self-harm without suicidal intent,
death wishes without a plan and serious eating disorders are ``skyndsam`` with
``utredning``. Anxiety, low mood or grief with engaged parents is ``normal`` and fits
first-line support.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="psykisk_ohalsa_barn/suicidforsok",
        risk_factors=(RF.PSYKISK_OHALSA_BARN,),
        urgency=U.AKUT,
        utredning=True,
        min_age=10,
        phrasings=(
            "{C} togs in på akuten {RECENT} efter att ha tagit ett stort antal Alvedon. {C} har berättat för personalen att {han} ville dö. {C} skrivs ut i eftermiddag.",
            "Barnpsykiatrin informerar om att {C}, {AGE} år, gjorde ett suicidförsök i natt genom att försöka hänga sig. Vårdnadshavarna är chockade och vet inte hur de ska skydda {honom}.",
            "En kompis till {C} berättade i dag att {C} skrev i en gruppchatt {RECENT} att {han} tagit tabletter ”för att slippa allt”. {C} är i skolan i dag men vill inte prata.",
            "{C} hittades av sin {SIB_role} i badrummet med djupa skärsår på handlederna och sa att {han} inte ville leva. {C} vårdas nu på sjukhus.",
            "Jag är ambulanssjuksköterska. Vi hämtade en {AGE}-åring vid en bro vid {PLACE} {RECENT} efter att förbipasserande sett {honom} klättra över räcket.",
            "Efter suicidförsöket i helgen har {C} skrivits ut från BUP-akuten. {C} säger själv att {han} ”kommer göra om det”.",
            "Polisen informerar om att en ungdom, {C_full}, i natt påträffades på tågspåret. {C} uppgav att {han} ville ta sitt liv.",
            "Intox, paracetamol, i avsikt att dö enligt pat. {C}, {AGE} år, observeras på barnavdelningen. Vårdnadshavare närvarande men chockade.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_barn/akuta_suicidplaner",
        risk_factors=(RF.PSYKISK_OHALSA_BARN,),
        urgency=U.AKUT,
        utredning=True,
        min_age=10,
        phrasings=(
            "{C} har skrivit avskedsbrev till sina vänner och sagt att {han} ska ta livet av sig i helgen. {C} har berättat var {han} har gömt tabletterna.",
            "I dag sa {C} till mig: ”Jag har bestämt mig. Efter skolan ska jag hoppa från taket.” {C} var lugn och samlad när {han} sa det.",
            "Eleven har visat en kompis ett rep i sin ryggsäck och sagt att {han} ”är klar med livet”. Kompisen kontaktade mig på rasten.",
            "{C} har googlat på hur många tabletter som behövs för att dö och har börjat ge bort sina saker. {P1_name} har hittat sökhistoriken och är mycket orolig.",
            "Under samtalet med kuratorn berättade {C} att {han} har en konkret plan för att ta sitt liv och att {han} tänker genomföra den i kväll.",
            "{C} skriver på sociala medier att ”i morgon är jag borta” och har lagt upp en bild på en tablettkarta. Flera elever har hört av sig till oss.",
            "Akut suicidrisk. {C}, {AGE} år, uttrycker tydliga självmordsplaner med metod och tidpunkt.",
            "Barnet har i dag sagt till skolsköterskan att {han} tänker ta sitt liv i kväll och att {han} vet var {P1} förvarar sina sömntabletter. Vi bedömer risken som akut.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_barn/sjalvskada_utan_suicid",
        risk_factors=(RF.PSYKISK_OHALSA_BARN,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=11,
        phrasings=(
            "{C} har skärsår på underarmarna, både nya och gamla. {C} säger att {han} skär sig för att ”det lättar” men att {han} inte vill dö.",
            "Vid idrotten såg jag rader av ärr och färska rispor på {C:s} lår. I samtal berättade {C} att {han} skadar sig själv när ångesten blir för stark.",
            "Skolsköterskan har träffat {C} som bränner sig med cigarett på handen. {C} förnekar självmordstankar men har gjort det i flera månader.",
            "{C:s} {P1} ringde och berättade om rakblad och blodiga papper i {C:s} rum. {C} har sagt att {han} inte har några tankar på att ta sitt liv.",
            "Enligt kompisar skär sig {C} regelbundet och visar bilder på såren i en chatt. {C} bekräftar det men säger att {han} ”har koll”.",
            "{C} slår huvudet i väggen och river sig själv tills det blöder när {han} blir ledsen. Inga suicidtankar enligt {C}.",
            "”Jag vill inte dö, jag vill bara att det ska sluta kännas”, säger {C} om sitt självskadebeteende.",
            "Färska skärsår vänster underarm. Säger att {han} gör det för att stå ut, inga tankar på att dö. Har gjort det sedan i våras. Föräldrarna vet inte.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_barn/dodstankar_utan_plan",
        risk_factors=(RF.PSYKISK_OHALSA_BARN,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=9,
        phrasings=(
            "{C} har flera gånger sagt att {han} ”inte vill leva” och att ”allt vore lättare om jag inte fanns”. {C} har ingen plan enligt egen utsago.",
            "I en uppsats skrev {C} att {han} ofta tänker på att dö. Vid samtal framkom inga konkreta planer, men {C} mår mycket dåligt.",
            "Vi är oroliga för {C}, som har varit nedstämd länge och nu har börjat prata om döden. Föräldrarna vet inte om det.",
            "”Ibland önskar jag att jag bara kunde somna och inte vakna”, sa {C} till mig efter lektionen. {C} sa att {han} aldrig försökt skada sig.",
            "{C} har ritat gravar och skrivit ”jag hatar mitt liv” i sina böcker. När vi frågade sa {C} att {han} tänker på att dö men inte skulle göra något.",
            "Passiva dödstankar hos en {AGE}-åring sedan ett par månader. Ingen självskada och ingen plan, men tankarna kommer oftare.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_barn/angest_nedstamdhet_foraldrar_engagerade",
        risk_factors=(RF.PSYKISK_OHALSA_BARN,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=8,
        phrasings=(
            "{C} har under terminen blivit alltmer orolig och ledsen, gråter lätt och har svårt att sova. Föräldrarna har märkt samma sak hemma och vill gärna ha hjälp.",
            "{C:s} {P1} berättade att {C} har ont i magen varje morgon och oroar sig för allt. Familjen har varit på vårdcentralen och önskar samtalsstöd.",
            "Vi ser en nedstämd elev som drar sig undan kompisarna. Vårdnadshavarna är informerade och engagerade, och {C} själv vill gärna prata med någon.",
            "Jag är {C:s} {P1} och skriver som förälder. Vårt barn har varit ledset sedan vi flyttade hit och har svårt att hitta kompisar. Vi undrar om det finns någon verksamhet som kan hjälpa.",
            "{C} säger att {han} känner sig ”tom” och inte har lust med något, men {C} går till skolan och träningen och föräldrarna stöttar mycket.",
            "Lindrig oro för {C:s} psykiska mående. {C} har perioder av ångest, men inga tecken på självskada, och familjen är positiv till stöd.",
            "{C} har börjat få panikattacker inför prov. Föräldrarna är lätta att samarbeta med och har redan pratat med elevhälsan.",
            "Jag är {C:s} {P1}. Vi har märkt att {C} har blivit tystare och sover dåligt sedan terminsstarten. Vi undrar om det finns någon att prata med, för {honom} och för oss.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_barn/atstorning_allvarlig",
        risk_factors=(RF.PSYKISK_OHALSA_BARN,),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=11,
        phrasings=(
            "{C} har gått ner kraftigt i vikt under hösten, hoppar över lunchen och tränar flera timmar om dagen. {C} svimmade på idrotten i går. Föräldrarna tycker inte att det är något problem.",
            "Skolsköterskan har vägt {C} och {han} har tappat nästan tio kilo på tre månader. {C} säger att {han} är ”för tjock” och äter bara ett äpple om dagen.",
            "Jag är orolig för {C:s} ätande. {C} kräks efter maten och har blivit blek och frusen. Familjen har tackat nej till remiss till ätstörningsenheten.",
            "Enligt kompisar räknar {C} varje kalori och gömmer maten i servetter. {C} har synligt magrat och har fått håravfall.",
            "{C} har en misstänkt anorexi med snabb viktnedgång och yrsel. Vårdnadshavarna har inte sökt vård trots upprepade uppmaningar från elevhälsan.",
            "”Jag förtjänar inte att äta”, skrev {C} i en chatt. {C} väger enligt skolsköterskan nu betydligt under normalvikt.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_barn/atstorning_i_behandling",
        risk_factors=(RF.PSYKISK_OHALSA_BARN,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=11,
        phrasings=(
            "{C} har en ätstörning och går i behandling på BUP. Föräldrarna är mycket engagerade och vill ha stöd för att orka som familj.",
            "Vi vill informera om att {C} har diagnostiserats med ätstörning. Familjen följer behandlingen och {C:s} vikt har stabiliserats, men {C} mår fortfarande dåligt.",
            "{C:s} {P1} berättar att {C} är under behandling för ätstörning sedan i våras och att familjen önskar samtal med någon utanför vården.",
            "{C} äter mat från hemmet efter en plan som ätstörningsenheten gjort. Föräldrarna samarbetar väl med skolan.",
            "Lätt till måttlig ätstörning under behandling. Inga medicinska risker just nu enligt vården; familjen söker stöd för syskonen.",
            "”Det går bättre nu”, säger {C} om maten. {C} har kontakt med BUP varje vecka och föräldrarna är med på alla möten.",
        ),
    ),
    Scenario(
        family="psykisk_ohalsa_barn/sorg_ledsen_yngre",
        risk_factors=(RF.PSYKISK_OHALSA_BARN,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=5,
        max_age=11,
        phrasings=(
            "{C} har varit ledsen och tillbakadragen sedan morfar dog i vintras. {C} gråter ofta och vill inte leka. Föräldrarna är stöttande och undrar om det finns sorgegrupper för barn.",
            "Sedan familjens hund dog och bästa kompisen flyttade har {C} tappat glädjen. {P1_name} har hört av sig och vill ha tips på stöd.",
            "{C} har blivit mer orolig och kissar i sängen igen efter flytten till en ny stad. Båda föräldrarna är engagerade och samarbetar.",
            "Vi ser att {C} är ledsen och har svårt att koncentrera sig. {C} säger att {han} saknar {P2}, som har flyttat till en annan stad för jobbet.",
            "{C:s} mamma dog för ett halvår sedan. {C} bor med sin pappa, som gör ett fint jobb men önskar att {C} fick träffa andra barn i samma situation.",
            "Ledsenhet och oro hos ett yngre barn efter en flytt. Inga tecken på något allvarligare, och familjen vill gärna ha stöd.",
        ),
    ),
)
