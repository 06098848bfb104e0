"""Train-only phrasings for conflict between caregivers, separation and custody disputes."""

EXTRA: dict[str, tuple[str, ...]] = {
    "konflikt_separation/foraldrakonflikt_utan_vald": (
        "Sedan {P2} flyttade ut pratar föräldrarna bara via sms, och ofta i arg ton. {C} har sagt att {han} inte vet var {han} ska vara på julafton. Ingen av dem har varit hotfull eller våldsam, och båda vill gå på samarbetssamtal.",
        "Vh är sedan i våras separerade och har svårt att kommunicera kring barnet. Verbala konflikter förekommer vid överlämningar. Inga uppgifter om våld eller hot. Båda vh önskar stöd.",
        "Det hörs gräl från lägenheten när {P2} kommer för att hämta {C}, mest om pengar och tider. Ingen har blivit slagen vad jag vet, och {C} verkar ha det bra i övrigt.",
        "mina föräldrar bråkar typ varje gång dom ses efter skilsmässan, inte slåss eller så men dom skriker o jag står i mitten. vill bara att det ska vara lugnt.",
        "{P1_name} och {P2_name} är överens om det mesta när det gäller {C}, utom semestrarna, där det blir långa och högljudda diskussioner. {C} märker det och har börjat fråga om de ska bli sams igen.",
        "Bråken handlar om vem som ska betala vad och var {C} ska fira sin födelsedag – inte om något farligt. Föräldrarna har själva bokat tid hos familjerådgivningen.",
    ),
    "konflikt_separation/barn_budbarare": (
        "{C} får ofta bära lappar mellan föräldrarna, om pengar och om tider. Senast frågade {C} om {han} verkligen måste berätta för {P2} att {P1} tycker att {P2} är snål.",
        "Barnet uppges användas som budbärare i föräldrarnas konflikt och förhörs efter umgänget om den andra förälderns nya partner och ekonomi. Inga uppgifter om våld.",
        "{P1} vill att jag ska kolla vad {P2} köper o vem som sover där, typ som en spion. jag orkar inte, jag vill bara kunna vara hos båda utan att det blir en grej.",
        "{C} kommer hem efter helgerna med beskeden att {P1} ska hämta själv nästa gång och att ”skorna får du betala”. Föräldrarna pratar inte direkt med varandra utan via {C}.",
        "Enligt mormor får {C} alltid frågan ”Vad gjorde ni hos {P2}?” så fort {han} kommer hem, och svarar {C} fel är {P1} sur i flera dagar.",
        "{C} har lärt sig att hålla tyst om vad {han} gör hos {P2}, för annars blir det telefonbråk mellan de vuxna. Det är inte farligt, men {C} bär på alldeles för mycket.",
    ),
    "konflikt_separation/langvarig_hogkonflikt": (
        "Tvisten om {C} har pågått sedan {PAST} och ingenting har blivit bättre: två domar, tre vårdnadsutredningar, otaliga mejl. Föräldrarna kan inte sitta i samma rum och {C} har slutat nämna den ena föräldern när den andra hör.",
        "Ärendet är känt sedan tidigare med återkommande anmälningar från båda vårdnadshavarna om varandra. Inget våld har kunnat styrkas. Konflikten bedöms som fastlåst och barnets situation som alltmer påfrestande.",
        "I fem år har det varit krig om {C}, fast utan slag – med advokater, polisanmälningar som läggs ner och umgängen som ställs in i sista minuten. Nu vill {C} inte längre träffa någon av dem på helgerna.",
        "Polisen har kallats ut till överlämningarna vid {ORG} sex gånger det senaste året. Det har inte varit något våld, men föräldrarna skriker på varandra inför {C} varje gång och umgängesstödet har gett upp.",
        "Barnets {P1} har anmält {P2} till er fyra gånger och {P2} har anmält tillbaka; ingen anmälan har lett till något konkret, men {C} hamnar mitt i allt och säger nu att {han} inte vill ha något födelsedagskalas eftersom båda vill ordna det.",
        "Högkonflikt. Tredje domstolsprocessen pågår. Samarbetssamtal avbrutna, föräldrastöd avböjt av båda. Barnet dras in.",
    ),
    "konflikt_separation/barnet_far_illa_av_tvisten": (
        "{C} har gått ner flera kilo och sover knappt sedan vårdnadstvisten drog igång. {han} säger att {han} ”är orsaken till att de hatar varandra” och gråter sig till sömns de flesta kvällar.",
        "Barnet uppvisar tydliga stressymtom i samband med föräldrarnas pågående tvist: sömnsvårigheter, återkommande huvudvärk, nedstämdhet och social isolering. Barnet uppger att båda föräldrarna pressar det att välja sida.",
        "jag klarar inte mer av deras skit, {P1} gråter o säger att jag sviker om jag bor hos {P2}. jag har börjat skära mig lite för att stå ut men jag vill inte dö.",
        "Efter varje helg hos {P2} kommer {C} tillbaka helt tom i blicken, och {P1} förhör {honom} i timmar. {C} har slutat äta ordentligt och sitter mest ensam på sitt rum.",
        "Enligt {C:s} kompis har {C} slutat med allt {han} tyckte om och sagt att föräldrarnas bråk om vem som ska ha {honom} gör att {han} ”inte vill känna något längre”. Det har pågått i över ett år.",
        "Konflikten mellan föräldrarna har satt djupa spår: {C} har fått tvångstankar, tvättar händerna tills de spricker och får panikångest när telefonen ringer och det är någon av dem.",
    ),
    "konflikt_separation/konflikt_tonaring_foralder": (
        "{C} och {P1} kommer inte överens om någonting längre – hemtider, kläder, kompisar. Det blir dörrsmällar och skrik, men ingen har lagt hand på någon, och båda säger att de vill ha hjälp att prata med varandra.",
        "{P1} fattar ingenting asså, allt jag gör e fel o vi skriker på varandra varje kväll. nej ingen slår nån men jag vill typ flytta hemifrån.",
        "Vårdnadshavaren ansöker om stöd i relationen till sin tonåring. Kommunikationen beskrivs som låst, med dagliga gräl om skärmtid och regler. Inga uppgifter om hot eller våld.",
        "När {C} sov över hos oss sa {han} att {han} inte orkar vara hemma för att {P1} ”är på hela tiden”. Jag ringde {P1_name}, som bekräftade att de bråkar mycket och blev lättad när jag föreslog att de skulle söka hjälp.",
        "Stämningen hemma hos {C} är frostig. {C} och {P1} kan tiga i flera dagar efter en konflikt, och när de väl pratar blir det bråk om pengar och läxor. Ingen av dem är rädd för den andra.",
        "Vanligt tonårsbråk som gått för långt: tjafs, tystnad, tjafs igen. Föräldern vill ha verktyg och tackar ja till familjesamtal.",
    ),
    "konflikt_separation/nylig_separation": (
        "{C:s} föräldrar har precis flyttat isär och {C} bor just nu mest hos {P1} i väntan på att {P2} hittar en lägenhet. Det är rörigt och {C} frågar mycket, men föräldrarna pratar med varandra och inget tyder på våld.",
        "Nyligen separerade vh. Boende och umgänge ännu ej reglerat. Vh oeniga men sakliga. Barnet uppges vara ledset och ha svårt att somna. Vh önskar samtalsstöd för barnet.",
        "{C} har haft det tungt sedan {P1} och {P2} gick isär för några veckor sedan; {han} gråter vid läggningen och vill inte sova borta. Jag har pratat med dem båda och de vill gärna ha råd om hur de kan hjälpa {honom}.",
        "mina föräldrar ska skiljas o dom har typ inte bestämt var jag ska bo än. det är konstigt hemma men ingen bråkar på riktigt.",
        "Separationen är bara tre veckor gammal och allt är nytt: två adresser, två scheman, en ny väg till träningen. {C} är trött och gnällig, och föräldrarna vill att någon ska prata med {honom}.",
        "Sedan {P2} flyttade ut i början av månaden har det blivit en del diskussioner mellan de vuxna om pengar och möbler. {C} verkar vilsen, men i övrigt fungerar vardagen.",
    ),
}
