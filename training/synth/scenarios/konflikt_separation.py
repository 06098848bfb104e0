"""Conflict between caregivers, separation and custody disputes (konflikt_separation).

Parents in conflict without violence are ``normal`` and fit first-line support, as does
ordinary conflict between a teenager and the parents. A long-running high-conflict dispute
with repeated reports needs ``utredning``; a child visibly harmed by being dragged into
the dispute is ``skyndsam``.
"""

from __future__ import annotations

from training.synth.scenario import Scenario
from triage.schema import RiskFactor as RF
from triage.schema import Urgency as U

SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        family="konflikt_separation/foraldrakonflikt_utan_vald",
        risk_factors=(RF.KONFLIKT_SEPARATION,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=2,
        phrasings=(
            "Föräldrarna separerade i höstas och har svårt att samarbeta. Vid överlämningarna blir det ofta gräl med höga röster, men inget våld enligt någon av dem. {C} blir ledsen och tyst efteråt.",
            "{C} berättar att {P1} och {P2} ”bråkar jämt” om pengar och om var {han} ska bo. {C} säger att ingen har slagit någon, men att {han} tycker att det är jobbigt.",
            "Jag är {C:s} {P1} och vi är mitt i en separation. Vi grälar mycket och jag märker att {C} far illa av det. Vi skulle båda vilja ha samarbetssamtal.",
            "Vi har märkt att {C} påverkas av föräldrarnas konflikt. Föräldrarna skickar arga meddelanden till varandra via vår app för vårdnadshavare och vill att vi ska ta ställning.",
            "Det är en infekterad separation men det har inte förekommit några hot eller något våld. Föräldrarna är båda engagerade i {C} och tackar ja till stöd.",
            "Grälen hemma har blivit fler sedan {P2} flyttade ut. {C} har sagt: ”Jag vill bara att de ska sluta skrika på varandra i telefon.”",
            "Konflikt mellan vårdnadshavarna i samband med separation. Ingen oro för våld. Barnet mår i övrigt bra.",
            "Föräldrarna grälar ofta högljutt, både hemma och när de hämtar. Vi har frågat {C} om någon har blivit slagen, och {C} säger nej, men {han} är ledsen och vill att det ska bli lugnt.",
        ),
    ),
    Scenario(
        family="konflikt_separation/barn_budbarare",
        risk_factors=(RF.KONFLIKT_SEPARATION,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=5,
        phrasings=(
            "{C} får bära meddelanden mellan föräldrarna, som inte pratar med varandra. {C} har sagt att {han} är rädd att säga fel saker hos den andra föräldern.",
            "Barnets {P1} pratar illa om {P2} inför {C} och frågar ut {C} om vad som händer i det andra hemmet. {C} har börjat säga att {han} ”inte vill ha två hem”.",
            "I en pågående vårdnadstvist har {C} blivit ombedd av {P1} att skriva ner vad {P2} gör. {C} tycker att det är jobbigt och vill inte välja sida.",
            "Jag vill uppmärksamma er på att {C} verkar vara fast mitt i föräldrarnas tvist. {C} säger saker som ”pappa säger att mamma ljuger” och verkar pressad.",
            "”Jag får inte berätta för {P1} att jag har det roligt hos {P2}”, sa {C}. Föräldrarna har en pågående tvist om boendet men inget våld har framkommit.",
            "Barnet används som budbärare i föräldrarnas konflikt kring umgänget. Båda föräldrarna är nåbara och har sagt att de vill ha hjälp att samarbeta.",
        ),
    ),
    Scenario(
        family="konflikt_separation/langvarig_hogkonflikt",
        risk_factors=(RF.KONFLIKT_SEPARATION,),
        urgency=U.NORMAL,
        utredning=True,
        min_age=3,
        phrasings=(
            "Föräldrarna har tvistat om vårdnad och umgänge i tingsrätten i över tre år. Båda har gjort flera anmälningar om varandra, som har utretts utan att något våld har kunnat styrkas. {C} har nu börjat vägra gå till {P2}.",
            "Det här är den femte anmälan om {C} på två år, och alla handlar om föräldrarnas konflikt. Varje överlämning blir ett bråk och {C} har slutat berätta något för någon av dem.",
            "Högkonfliktfamilj sedan separationen {PAST}. Föräldrarna kan inte kommunicera alls, polisen har kallats till överlämningar utan att något våld förekommit, och {C} är tydligt påverkad.",
            "{C} har de senaste åren levt i en pågående vårdnadstvist där föräldrarna anklagar varandra inför {honom}. Familjerätten har gjort två vårdnadsutredningar och konflikten har inte minskat.",
            "Jag har känt familjen i många år och konflikten mellan föräldrarna har bara blivit värre. Nu har {P1} hållit kvar {C} hos sig i tre veckor i strid med umgängesbeslutet.",
            "Långvarig och låst konflikt mellan vårdnadshavarna. Inga tecken på våld, men samarbetssamtal har avbrutits två gånger och konflikten påverkar {C:s} vardag allt mer.",
        ),
    ),
    Scenario(
        family="konflikt_separation/barnet_far_illa_av_tvisten",
        risk_factors=(RF.KONFLIKT_SEPARATION, RF.PSYKISK_OHALSA_BARN),
        urgency=U.SKYNDSAM,
        utredning=True,
        min_age=6,
        phrasings=(
            "{C} har slutat äta ordentligt, sover dåligt och har sagt att {han} ”hellre vill dö än välja” mellan föräldrarna. Vårdnadstvisten pågår och båda föräldrarna pratar med {C} om rättegången.",
            "Sedan föräldrarna började tvista om boendet har {C} fått panikattacker inför varje överlämning och skadat sig själv genom att riva sig på armarna.",
            "{C} mår mycket dåligt av föräldrarnas konflikt. {C} har berättat att {P1} säger att {P2} är farlig och att {han} inte får tycka om {P2}. {C} gråter varje dag och har slutat träffa kompisar.",
            "Vi ser en tydlig försämring hos {C}: nedstämdhet, magont och oro. Det hänger enligt {C} ihop med att {han} tvingas vittna om saker i föräldrarnas vårdnadstvist.",
            "”Jag orkar inte mer, de bråkar om mig hela tiden”, sa {C} och grät. {C} har blivit alltmer isolerad under den långa tvisten.",
            "Barnet har dragits in i föräldrarnas tvist, ombetts välja sida och fått läsa rättegångshandlingar. {C} har nu en ångestproblematik som kräver kontakt med BUP.",
        ),
    ),
    Scenario(
        family="konflikt_separation/konflikt_tonaring_foralder",
        risk_factors=(RF.KONFLIKT_SEPARATION,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=12,
        phrasings=(
            "{C} och {P1} grälar nästan varje dag om skärmtid, läxor och kompisar. Ingen har varit våldsam, men stämningen hemma är mycket ansträngd och {P1} har bett om stöd.",
            "Jag är {C:s} {P1} och vi har det jobbigt hemma. Vi skriker på varandra och jag vet inte längre hur jag ska nå fram. Det har aldrig varit något våld, men vi behöver hjälp.",
            "{C} säger att {han} inte står ut hemma för att {P1} tjatar hela tiden och att de bråkar om allt. {C} har ibland sovit över hos en kompis efter gräl, med {P1}s tillåtelse.",
            "{C} har sökt upp skolkuratorn och berättat om konflikter med sin {P1}. Det handlar om regler och tider. {C} är inte rädd, men ledsen.",
            "Tonårskonflikt i familjen. Föräldrarna och {C} vill gärna gå i familjesamtal tillsammans.",
            "”Vi pratar bara med varandra när vi bråkar”, säger {C} om sig själv och {P1}. Det har inte förekommit hot eller våld.",
        ),
    ),
    Scenario(
        family="konflikt_separation/nylig_separation",
        risk_factors=(RF.KONFLIKT_SEPARATION,),
        urgency=U.NORMAL,
        utredning=False,
        min_age=3,
        phrasings=(
            "{C:s} föräldrar har nyligen gått isär och det är fortfarande oklart var {C} ska bo. Föräldrarna är oense men samarbetar kring det praktiska, och {C} verkar förvirrad.",
            "{C} har varit orolig sedan föräldrarna separerade för två månader sedan och de grälar vid hämtningarna. {C:s} {P2} har själv frågat om det finns samtalsstöd för barn.",
            "Efter separationen har {P1} flyttat till en annan del av stan och föräldrarna är osams om umgänget. Vi ser att {C} är ledsen, men i övrigt fungerar allt.",
            "{C} berättar att föräldrarna har skilt sig och att de ”är arga på varandra”. {C} ville att någon skulle veta.",
            "Föräldrarna är i en separation med mycket konflikter om ekonomi och boende. De har tackat ja till kontakt med familjerätten.",
            "Vi har två vårdnadshavare som just har separerat och har svårt att komma överens om {C:s} vardag. Ingen av dem beskriver något våld.",
        ),
    ),
)
