"""Train-only phrasings for the child's behaviour: outbursts, fighting, norm-breaking."""

EXTRA: dict[str, tuple[str, ...]] = {
    "beteendeproblem/utbrott_skola": (
        "När {C} förlorar i ett spel på rasten kan {han} kasta sig på marken, skrika och sparka i väggen i flera minuter. Efteråt är {han} ledsen och vill be om förlåtelse. Föräldrarna har själva bett om handledning.",
        "Eleven uppvisar frekventa affektutbrott i undervisningssituationer, i synnerhet vid krav och övergångar. Vh informerade och samarbetar; kontakt med elevhälsan är etablerad. Inga farhågor avseende hemmiljön.",
        "{C} rev sönder sitt matteprov och välte bänken när läraren bad {honom} börja om. Det är sjätte gången den här månaden. Hemma känner de igen mönstret och vill gärna ha stöd.",
        "enligt min dotter blir {C} jättearg i klassen typ varje dag o kastar pennor o skriker fula ord åt fröken, men {C} e snäll annars.",
        "Det räcker att schemat ändras eller att en vikarie kommer för att {C} ska tappa fotfästet: {han} svär, slår i bordet och vägrar lämna korridoren. {C:s} {P1} ringer oss varje vecka och vill veta hur det går.",
        "Raseriutbrott i klassrummet 2–3 ggr/vecka, inget våld mot andra. Hemmet samarbetar.",
    ),
    "beteendeproblem/slagsmal": (
        "{C} hamnar ofta i bråk på fotbollsplanen på rasterna; det blir knuffar och slag när laget förlorar. Ingen har skadats och föräldrarna har lovat att prata med {honom}.",
        "Eleven har vid upprepade tillfällen varit inblandad i fysiska konflikter med jämnåriga (fem tillfällen under oktober). Inga allvarliga skador. Vh har deltagit i möte och är positiva till stödinsatser.",
        "{C} och jag brottades typ o det gick överstyr, {han} slog mig på näsan men vi e sams nu. {han} blir lätt arg bara.",
        "I omklädningsrummet efter idrotten blev det slagsmål mellan {C} och två klasskamrater. {C:s} {P1} var snabbt på plats och tyckte själv att {C} behöver hjälp att hitta andra sätt att hantera ilska.",
        "Det är alltid samma sak: någon retar {C}, {C} slår tillbaka. Senast {RECENT}, på väg hem från fritids. Familjen är lätt att samarbeta med.",
        "Brottningar som övergår i riktiga slag har blivit vanligare hos {C} den här terminen, framför allt i kön till matsalen. Vi har inte sett något som tyder på att {C} har det svårt hemma.",
    ),
    "beteendeproblem/forskola_utagerande": (
        "{C} sparkar och nyper kompisarna när {han} inte får leka med det {han} vill. Det sker flera gånger i veckan på {PRESCHOOL}. Föräldrarna känner igen det och har tackat ja till en föräldragrupp.",
        "Barnet uppvisar utagerande beteende i barngruppen, bl.a. slag, bett och att kasta leksaker. Vh är informerade, delar personalens bild och önskar kontakt med familjecentralen.",
        "Vid lämningen i morse bet {C} en pedagog i armen och drog en kompis i håret. Vi har sett det här i några månader nu. {C:s} {P1} blev ledsen men inte förvånad och frågade vart familjen kan vända sig.",
        "{C} har svårt med övergångar: vid påklädning och när vi ska gå in från gården kastar {han} sig på golvet, skriker och slår omkring sig. Inget tyder på att {C} far illa hemma.",
        "Föräldrarna berättar att {C} har börjat slå {SIB} hemma och att det är samma sak på förskolan med de andra barnen. De vill ha råd och stöd.",
        "Mycket bitande och knuffande sedan {C} flyttade upp till storbarnsavdelningen. Föräldrarna är med oss hela vägen.",
    ),
    "beteendeproblem/eskalerande": (
        "{C} har på några månader gått från att vara lite stökig till att hota personal, kasta en stol mot en lärare och vara ute till fyra på morgnarna. Föräldrarna vet inte längre var {han} är på kvällarna.",
        "Eskalerande normbrytande beteende: upprepade hot mot personal, skadegörelse, rymningar från lektioner samt umgänge med äldre ungdomar kända av polis. Vh uppger att de saknar förmåga att sätta gränser.",
        "{C} har blivit helt crazy asså, hotar lärarna, drar på nätterna med några 19-åringar o snackar om att {han} ska ”ta” en kille i nian.",
        "Det är inte längre bara utbrott. {RECENT} sparkade {C} in dörren till rektorns rum och sa att {han} skulle ”bränna ner skiten”. {C:s} {P1} har gett upp och säger att {C} gör som {han} vill.",
        "Ungdomarna i trappan, bland dem {C}, har börjat hota grannar som säger till. {C} spottade på en äldre dam förra veckan och har setts med äldre killar som kör moped på gångvägarna mitt i natten.",
        "Avstängd två gånger, polisanmäld för hot, ute nätterna igenom och helt ointresserad av vuxnas försök – så ser {C:s} senaste halvår ut.",
    ),
    "beteendeproblem/vald_mot_foralder": (
        "{C} knuffade {P1} in i väggen i går kväll när {P1} tog telefonen ifrån {honom}. Det är inte första gången, och {P1} har börjat låsa in sig i sovrummet när {C} blir arg.",
        "Polisen har {RECENT} ingripit i bostaden efter att den unge utdelat slag mot vårdnadshavaren i samband med en konflikt om pengar. Vårdnadshavaren hade synliga rodnader i ansiktet men avböjde sjukvård.",
        "jag vet att det e fel men när {P1} tjatar så tappar jag det o har slagit till {P1} några gånger. jag vill inte vara sån.",
        "{C:s} {P1} har ringt mig flera gånger och gråtit. {C} har hotat att ”slå sönder allt” om {P1} inte lämnar ut bankkortet, och har redan sparkat sönder dörrar och kastat en tallrik efter {P1}.",
        "Föräldrarna är rädda för sitt eget barn. {C}, {AGE} år, har vuxit om dem båda och tar till nävarna när något inte går {hans} väg; {P2} fick ett blåöga efter ett bråk om hemtiderna.",
        "{C:s} {SIB_role} berättar att {C} brukar trycka upp {P1} mot väggen och skrika {P1} i ansiktet när de bråkar.",
    ),
    "beteendeproblem/spelande_dygnsrytm": (
        "{C} spelar långt in på nätterna och är därför svår att få upp på morgonen. Inga andra bekymmer, och {C:s} {P1} har själv föreslagit att de ska få prata med någon om skärmregler.",
        "ja spelar typ hela natten o sover på dagen, {P1} har försökt ta routern men då blir jag sjukt sur. vet att det inte e bra.",
        "Vh söker stöd p.g.a. barnets omfattande dataspelande (uppskattningsvis 8–12 tim/dygn) med förskjuten dygnsrytm och konflikter vid begränsning. Inga övriga farhågor.",
        "Det är skärmen som styr hemma hos {C}. Middagarna äts framför datorn och helgerna går åt till onlinematcher till fem på morgonen. Föräldrarna är engagerade men vet inte hur de ska bryta mönstret.",
        "{C:s} kompis berättade att {C} sitter uppe och streamar till tidig morgon och somnar på bussen. När vi pratade med {P1_name}, som bekräftade bilden, bad familjen om tips på stöd.",
        "{C} vände på dygnet under sommarlovet och har aldrig riktigt vänt tillbaka. Spelandet tar mycket plats, men {C} har kvar sina vänner och familjen fungerar bra i övrigt.",
    ),
}
