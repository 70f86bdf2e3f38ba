-- Kolada's KPI catalogue (ids and titles), bundled for `styr sources search kolada TEXT` without
-- network. Snapshot of Kolada's v3 catalogue (about April 2026, 6 099 KPIs), taken from the list in
-- the project's shared fixture collection, kolada/kpi_catalog_v3_nodesc.csv (tests/fixtures/opendata/SOURCES.md); the live catalogue is asked first.
-- Generated data: one "ID<TAB>TITLE" line per KPI.
return [==[
N00003	Personalkostnader, kr/inv
N00005	Utjämningssystemet enl resultaträkning, kr/inv
N00009	Intäkter kommunen totalt, kr/inv
N00011	Inkomstutjämning, bidrag/avgift, kr/inv 1 nov fg år
N00012	Kostnadsutjämning, bidrag/avgift, kr/inv
N00014	Regleringsbidrag/avgift, kr/inv
N00016	Utjämningssystemet enl SCB, kr/inv
N00018	Införandebidrag, kr/inv
N00019	Strukturbidrag, kr/inv
N00021	Intäkter egentlig verksamhet, kr/inv
N00022	Kostnadsutjämningsnetto förskola och skolbarnsomsorg, kr/inv 1 nov fg år
N00023	Kostnadsutjämningsnetto grundskola, kr/inv 1 nov fg år
N00024	Kostnadsutjämningsnetto äldreomsorg, kr/inv 1 nov fg år
N00025	Kostnadsutjämningsnetto individ- och familjeomsorg, kr/inv 1 nov fg år
N00026	Kostnadsutjämningsnetto gymnasieskolan, kr/inv 1 nov fg år
N00031	Kostnadsutjämningsnetto kollektivtrafik, kr/inv 1 nov fg år
N00040	Underlag för utjämning, kr/inv 1 nov fg år
N00041	Länsvis skattesats, (%)
N00042	Garanterad skattekraft, kr/inv 1 nov fg år
N00043	Skattekraft kommun, uppräknad, kr/inv 1 nov fg år
N00047	Kompensationsgrad, (%)
N00048	Skattekraft, kr/inv 1 nov fg år
N00049	Uppräkningsfaktor, %
N00053	Månadsavlönade totalt, kommun, antal
N00060	Månadsavlönad personal, kommunalt anställda i ledningsarbete, antal
N00061	Månadsavlönad personal, kommunalt anställda handläggare, antal
N00062	Månadsavlönad personal, kommunalt anställda administratörer, antal
N00064	Månadsavlönad personal, kommunalt anställda tekniker, antal
N00065	Månadsavlönad personal, kommunalt anställda i vaktmästeri, trädgård, anläggning m.m., antal
N00066	Månadsavlönad personal, kommunalt anställda i köks- och måltidsarbete, antal
N00067	Månadsavlönad personal, kommunalt anställda i städ, tvätt och renhållning, antal
N00068	Månadsavlönade inom övrig verksamhet, kommun, antal
N00071	Månadsavlönad personal, tillsvidareanställda i kommunen, antal
N00072	Visstidsanställda månadsavlönade, kommunalt anställda, antal
N00073	Årsarbetare, kommunalt anställda i ledningsarbete, antal
N00074	Årsarbetare, kommunalt anställda handläggare, antal
N00075	Årsarbetare, kommunalt anställda administratörer, antal
N00077	Årsarbetare, kommunalt anställda tekniker, antal
N00078	Årsarbetare, kommunalt anställda i vaktmästeri, trädgård, anläggning m.m., antal
N00079	Årsarbetare, kommunalt anställda i köks- och måltidsarbete, antal
N00080	Årsarbetare, kommunalt anställda i städ, tvätt och renhållning, antal
N00081	Årsarbetare inom övrig verksamhet, kommun, antal
N00082	Gemensamma kostnader fördelade till egentlig verksamhet totalt, andel (%)
N00090	Sjukfrånvaro totalt bland anställda, kommun, andel (%)
N00091	Sjukfrånvaro mer än 59 dagar som andel av total sjukfrånvaro bland anställda, kommun, andel (%)
N00092	Sjukfrånvaro bland anställda <30 år, kommun, andel (%)
N00093	Sjukfrånvaro bland anställda 30-49 år, kommun, andel (%)
N00094	Sjukfrånvaro bland anställda >49 år, kommun, andel (%)
N00095	Kostnad egentlig verksamhet, kr/inv
N00096	Nettokostnad egentlig verksamhet, kr/inv
N00097	Nettokostnadsavvikelse totalt (exkl. LSS), andel (%)
N00098	Årsarbetare totalt, kommun, antal
N00100	Strukturkostnad kommunen, kr/inv
N00103	Pågående stressrelaterade sjukfall, årsgenomsnittlig andel av befolkningen (%)
N00105	Standardkostnad kollektivtrafik, kr/inv
N00106	Månadsavlönade inom ledning, utveckling och stöd, kommun, antal
N00107	Månadsavlönade inom kultur-, turism- och fritidsarbete m.m., kommun, antal
N00108	Månadsavlönad personal, kommunalt anställda i förskola, skola, fritids m.m., antal
N00110	Månadsavlönade inom teknikarbete, kommun, antal
N00112	Årsarbetare inom ledning, utveckling och stöd, kommun, antal
N00113	Årsarbetare inom kultur, turism och friluftsliv, kommun, antal
N00114	Årsarbetare inom förskola, skola, fritids m.m., kommun, antal
N00116	Årsarbetare inom teknikarbete, kommun, antal
N00119	Kommunens köp av egentlig verksamhet från privatägda företag, andel (%)
N00120	Kommunens köp av egentlig verksamhet från föreningar och stiftelser, andel (%)
N00121	Kommunens köp av egentlig verksamhet totalt från kommuner, andel (%)
N00122	Kommunens köp av egentlig verksamhet totalt från bolag inom koncernen, andel (%)
N00125	Lönesumma, arbetsställets belägenhet/dagbefolkning, mkr
N00126	Lönesumma, boställets belägenhet/nattbefolkning, mkr
N00150	Standardkostnad kommunal vuxenutbildning, kr/inv
N00151	Kostnadsutjämningsnetto kommunal vuxenutbildning, kr/inv, 1 nov fg år
N00153	Referenskostnad kommunal vuxenutbildning, kr/inv
N00155	Standardkostnad verksamhetsövergripande kostnader, kr/inv
N00156	Kostnadsutjämningsnetto verksamhetsövergripande kostnader, kr/inv, 1 nov fg år
N00157	Standardkostnad infrastruktur och skydd, kr/inv
N00158	Kostnadsutjämningsnetto infrastruktur och skydd, kr/inv, 1 nov fg år
N00200	Tillsvidareanställda månadsavlönade, kommun, andel (%)
N00201	Visstidsanställda månadsavlönade, kommun, andel (%)
N00202	Visstidsanställda timavlönade, kommun, andel (%)
N00203	Arbetad tid utförd av tillsvidareanställda månadsavlönade, kommunalt anställda, andel (%)
N00204	Arbetad tid utförd av visstidsanställda månadsavlönade, kommun, andel (%)
N00205	Arbetad tid utförd av visstidsanställda timavlönade, kommun, andel (%)
N00206	Heltidsanställda månadsavlönade, kommun, andel (%)
N00207	Deltidsanställda (75-99 %) månadsavlönade, kommun, andel (%)
N00208	Deltidsanställda (1-74 %) månadsavlönade, kommun, andel (%)
N00209	Heltidsarbetande månadsavlönade, kommun, andel (%)
N00210	Deltidsarbetande (75-99 %) månadsavlönade, kommun, andel (%)
N00211	Deltidsarbetande (1-74 %) månadsavlönade, kommun, andel (%)
N00212	Anställda -34 år, kommun, andel (%)
N00213	Anställda 35-54 år, kommun, andel (%)
N00214	Anställda 55+, kommun, andel (%)
N00215	Nya tillsvidareanställda månadsavlönade, kommun, andel (%)
N00216	Avgångna tillsvidareanställda under året, kommun, andel (%)
N00217	Anställda utrikes födda, kommun, balanstal
N00218	Anställda med eftergymnasial utbildning, kommun, andel (%)
N00219	Anställda 55+ år, kommun, antal
N00220	Utrikes födda 18-64 år bland anställda, kommun, andel (%)
N00221	Utrikes födda 18-64 år, andel (%)
N00222	Anställda kvinnor, andel (%)
N00223	Heltidsanställda månadsavlönade, kommun, antal
N00224	Heltidsanställd månadsavlönad personal som arbetar heltid, kommunalt anställda, antal
N00225	Heltidsanställd månadsavlönad personal som arbetar deltid, kommunalt anställda, antal
N00226	Heltidsanställd månadsavlönad personal ledig från sitt arbete, kommunalt anställda, antal
N00227	Deltidsanställda (1-99 %) månadsavlönade, kommun, antal
N00228	Deltidsanställd månadsavlönad personal, kommunalt anställda, andel (%)
N00229	Deltidsanställd månadsavlönad personal ledig från sitt arbete, kommunalt anställda, antal
N00230	Timavlönade, kommun, antal
N00231	Kommunalt anställda enligt HÖK, kommun, antal
N00232	Anställda helt lediga från sitt arbete, kommun, antal
N00233	Tillsvidareanställda månadsavlönade, kommun, antal
N00234	Deltidsanställda (75-99 %) månadsavlönade, kommun, antal
N00235	Deltidsanställda (1-74 %) månadsavlönade, kommun, antal
N00236	Heltidsarbetande månadsavlönade, kommun, antal
N00237	Deltidsarbetande (75-99 %) månadsavlönade, kommun, antal
N00238	Deltidsarbetande (1-74 %) månadsavlönade, kommun, antal
N00239	Nya tillsvidareanställda månadsavlönade, antal
N00242	Genomsnittlig sysselsättningsgrad för månadsavlönade, kommun, andel (%)
N00244	Deltidsanställd månadsavlönad arbetande deltid, kommunalt anställda, antal
N00245	Anställda 55-64 år, kommun, andel (%)
N00246	Anställda 65+, kommun, andel (%)
N00247	Anställda 55-64 år, kommun, antal
N00248	Anställda 65+ år, kommun, antal
N00300	Medborgarengagemang och demokratisk delaktighet - Kommunindex
N00301	Trygghet och säkerhet - Kommunindex
N00302	Miljökvalitet - Kommunindex
N00303	Tillgänglighet till tjänster - Kommunindex
N00304	Inkomst och förmögenhet - Kommunindex
N00305	Arbete och löner - Kommunindex
N00306	Bostad - Kommunindex
N00307	Hälsa - Kommunindex
N00308	Utbildning och kompetens - Kommunindex
N00309	Sociala relationer och tillit - Kommunindex
N00310	Livskvalitet - Kommunindex
N00311	Medborgarengagemang och demokratisk delaktighet – Kommunindex Kvinnor
N00312	Trygghet och säkerhet – Kommunindex Kvinnor
N00314	Tillgänglighet till tjänster – Kommunindex Kvinnor
N00315	Inkomst och förmögenhet – Kommunindex Kvinnor
N00316	Arbete och löner – Kommunindex Kvinnor
N00317	Bostad – Kommunindex Kvinnor
N00318	Hälsa – Kommunindex Kvinnor
N00319	Utbildning och kompetens – Kommunindex Kvinnor
N00320	Sociala relationer och tillit – Kommunindex Kvinnor
N00321	Livskvalitet – Kommunindex Kvinnor
N00322	Medborgarengagemang och demokratisk delaktighet – Kommunindex Män
N00323	Trygghet och säkerhet – Kommunindex Män
N00325	Tillgänglighet till tjänster – Kommunindex Män
N00326	Inkomst och förmögenhet – Kommunindex Män
N00327	Arbete och löner – Kommunindex Män
N00328	Bostad – Kommunindex Män
N00329	Hälsa – Kommunindex Män
N00330	Utbildning och kompetens – Kommunindex Män
N00331	Sociala relationer och tillit – Kommunindex Män
N00332	Livskvalitet – Kommunindex Män
N00333	Medborgarengagemang och demokratisk delaktighet - Regionindex
N00334	Trygghet och säkerhet - Regionindex
N00335	Miljökvalitet - Regionindex
N00336	Tillgänglighet till tjänster - Regionindex
N00337	Inkomst och förmögenhet - Regionindex
N00338	Arbete och löner - Regionindex
N00339	Bostad - Regionindex
N00340	Hälsa - Regionindex
N00341	Utbildning och kompetens - Regionindex
N00342	Sociala relationer och tillit - Regionindex
N00343	Livskvalitet - Regionindex
N00344	Medborgarengagemang och demokratisk delaktighet – Regionindex Kvinnor
N00345	Trygghet och säkerhet – Regionindex Kvinnor
N00347	Tillgänglighet till tjänster – Regionindex Kvinnor
N00348	Inkomst och förmögenhet – Regionindex Kvinnor
N00349	Arbete och löner – Regionindex Kvinnor
N00350	Bostad – Regionindex Kvinnor
N00351	Hälsa – Regionindex Kvinnor
N00352	Utbildning och kompetens – Regionindex Kvinnor
N00353	Sociala relationer och tillit – Regionindex Kvinnor
N00354	Livskvalitet – Regionindex Kvinnor
N00355	Medborgarengagemang och demokratisk delaktighet – Regionindex Män
N00356	Trygghet och säkerhet – Regionindex Män
N00358	Tillgänglighet till tjänster – Regionindex Män
N00359	Inkomst och förmögenhet – Regionindex Män
N00360	Arbete och löner – Regionindex Män
N00361	Bostad – Regionindex Män
N00362	Hälsa – Regionindex Män
N00363	Utbildning och kompetens – Regionindex Män
N00364	Sociala relationer och tillit – Regionindex Män
N00365	Livskvalitet – Regionindex Män
N00366	Subjektivt välbefinnande - Kommunindex
N00367	Subjektivt välbefinnande - Kommunindex Kvinnor
N00368	Subjektivt välbefinnande - Kommunindex Män
N00370	Ekonomisk hållbarhet - Kommunindex
N00371	Miljömässig hållbarhet - Kommunindex
N00372	Social hållbarhet - Kommunindex
N00373	Hållbarhet - Kommunindex
N00374	Ekonomisk hållbarhet - Kommunindex Kvinnor
N00375	Social hållbarhet - Kommunindex Kvinnor
N00376	Hållbarhet - Kommunindex Kvinnor
N00377	Ekonomisk hållbarhet - Kommunindex Män
N00378	Social hållbarhet - Kommunindex Män
N00379	Hållbarhet - Kommunindex Män
N00380	Ekonomisk hållbarhet - Regionindex
N00381	Miljömässig hållbarhet - Regionindex
N00382	Social hållbarhet - Regionindex
N00383	Hållbarhet - Regionindex
N00384	Ekonomisk hållbarhet - Regionindex Kvinnor
N00385	Social hållbarhet - Regionindex Kvinnor
N00386	Hållbarhet - Regionindex Kvinnor
N00387	Ekonomisk hållbarhet - Regionindex Män
N00388	Social hållbarhet - Regionindex Män
N00389	Hållbarhet - Regionindex Män
N00401	Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv
N00403	Ekologiskt brukad åkermark, andel (%)
N00404	Antibiotikaförsäljning, recept/1000 inv
N00408	Ekologiskt brukad jordbruksmark, andel (%)
N00485	Förväntat värde förvärvsarbetande skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)
N00486	Avvikelse från förväntat värde, förvärvsarbetande skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)
N00487	Antibiotikaförsäljning åldersstandardiserat, recept/1000 (medelbefolkning) inv
N00488	Avvikelse från modellberäknat värde för byggnadsbränder med spridning från startobjektet, (Färre än=2, lika många=1, fler än=0)
N00510	Utsläpp till luft av flyktiga organiska ämnen totalt, ton NMVOC
N00511	Utsläpp till luft av flyktiga organiska ämnen, arbetsmaskiner, ton NMVOC
N00512	Utsläpp till luft av flyktiga organiska ämnen, egen uppvärmning,  ton NMVOC
N00513	Utsläpp till luft av flyktiga organiska ämnen, el och fjärrvärme, ton NMVOC
N00514	Utsläpp till luft av flyktiga organiska ämnen, industri, ton NMVOC
N00515	Utsläpp till luft av flyktiga organiska ämnen, jordbruk, ton NMVOC
N00516	Utsläpp till luft av flyktiga organiska ämnen, transporter, ton NMVOC
N00517	Utsläpp till luft av flyktiga organiska ämnen totalt, ton NMVOC/inv
N00518	Utsläpp till luft av flyktiga organiska ämnen, arbetsmaskiner, ton NMVOC/inv
N00519	Utsläpp till luft av flyktiga organiska ämnen, egen uppvärmning,  ton NMVOC/inv
N00520	Utsläpp till luft av flyktiga organiska ämnen, el och fjärrvärme, ton NMVOC/inv
N00521	Utsläpp till luft av flyktiga organiska ämnen, industri, ton NMVOC/inv
N00522	Utsläpp till luft av flyktiga organiska ämnen, jordbruk, ton NMVOC/inv
N00523	Utsläpp till luft av flyktiga organiska ämnen, transporter, ton NMVOC/inv
N00524	Utsläpp till luft av flyktiga organiska ämnen, produktanvändning (inkl. lösningsmedel), ton NMVOC
N00525	Utsläpp till luft av flyktiga organiska ämnen, produktanvändning (inkl. lösningsmedel), ton NMVOC/inv
N00526	Utsläpp till luft av flyktiga organiska ämnen, avfall (inkl. avlopp), ton NMVOC
N00527	Utsläpp till luft av flyktiga organiska ämnen, avfall (inkl. avlopp), ton NMVOC/inv
N00528	Medborgarundersökningen - Antal svar
N00529	Medborgarundersökningen - Svarsfrekvens, andel (%)
N00530	Medborgarundersökningen - Förskolan fungerar bra i kommunen, andel (%)
N00531	Medborgarundersökningen - Grundskolan fungerar bra i kommunen, andel (%)
N00532	Medborgarundersökningen - Gymnasieskolan fungerar bra i kommunen, andel (%)
N00533	Medborgarundersökningen - Äldreomsorgen fungerar bra i kommunen, andel (%)
N00534	Medborgarundersökningen - Kommunala vuxenutbildningen fungerar bra i kommunen, andel (%)
N00535	Medborgarundersökningen - Kommunens verksamhet för personer med funktionsnedsättning fungerar bra i kommunen, andel (%)
N00536	Medborgarundersökningen - Socialtjänstens stöd och hjälp till utsatta personer fungerar bra i kommunen, andel (%)
N00544	Medborgarundersökningen - Viktigt i boendemiljön - tyst och lugnt, andel (%)
N00545	Medborgarundersökningen - Viktigt i boendemiljön - platser för barn att leka på, andel (%)
N00546	Medborgarundersökningen - Viktigt i boendemiljön - närhet till natur inkl. parker, andel (%)
N00547	Medborgarundersökningen - Viktigt i boendemiljön - närhet till livsmedelsaffär, andel (%)
N00548	Medborgarundersökningen - Viktigt i boendemiljön - närhet till skola och barnomsorg, andel (%)
N00549	Medborgarundersökningen - Viktigt i boendemiljön - närhet till hälso- och sjukvård, andel (%)
N00550	Medborgarundersökningen - Viktigt i boendemiljön - förbindelser med kollektivtrafik, andel (%)
N00551	Medborgarundersökningen - Viktigt i boendemiljön - finns parkeringsmöjligheter, andel (%)
N00552	Medborgarundersökningen - Viktigt i boendemiljön - begränsad biltrafik, andel (%)
N00553	Medborgarundersökningen - Viktigt i boendemiljön - blandning av människor från olika kulturer eller bakgrund, andel (%)
N00556	Medborgarundersökningen - Bra möjlighet för kommunens invånare att ha ett arbete inom rimligt avstånd från bostaden, andel (%)
N00557	Medborgarundersökningen - Bra möjlighet för kommunens invånare att bo kvar i kommunen och genomföra eftergymnasiala studier, andel (%)
N00558	Medborgarundersökningen - Bra tillgång till kommunal service utanför kommunens centralort, andel (%)
N00559	Medborgarundersökningen - Bra tillgång till hälso- och sjukvård inom rimligt avstånd från bostaden, andel (%)
N00561	Medborgarundersökningen - Bra utbud av livsmedelsaffärer inom rimligt avstånd från bostaden, andel (%)
N00562	Medborgarundersökningen - Bra utbud av paketutlämningsställen inom rimligt avstånd från bostaden, andel (%)
N00563	Medborgarundersökningen - Internetuppkopplingen i bostaden täcker behoven i stort, andel (%)
N00564	Medborgarundersökningen - Internetuppkopplingen i bostaden täcker behoven helt och hållet, andel (%)
N00570	Medborgarundersökningen - Utbudet av gång- och cykelvägar är bra, andel (%)
N00571	Medborgarundersökningen - Säkerheten på gång- och cykelvägar är bra, andel (%)
N00572	Medborgarundersökningen - Möjligheterna att enkelt använda kollektivtrafik för vardagliga resor är bra, andel (%)
N00573	Medborgarundersökningen - Möjligheterna att enkelt använda kollektivtrafik till fritidsaktiviteter är bra, andel (%)
N00574	Medborgarundersökningen - Möjligheterna att enkelt kunna göra längre resor från kommunen utan bil är bra, andel (%)
N00575	Medborgarundersökningen - Möjligheterna att enkelt kunna transportera sig med bil är bra, andel (%)
N00576	Medborgarundersökningen - Kommunens utbud av laddningsstationer för elfordon är bra, andel (%)
N00577	Medborgarundersökningen - Utbudet av bilpooler i kommunen är bra, andel (%)
N00578	Medborgarundersökningen - Utbudet av pendlarparkering i kommunen är bra, andel (%)
N00586	Medborgarundersökningen - Bra utbud av böcker och tidskrifter i kommunens bibliotek, andel (%)
N00587	Medborgarundersökningen - Bra digitalt utbud av böcker och tidskrifter i kommunens bibliotek, andel (%)
N00588	Medborgarundersökningen - Bra utbud av bibliotekets aktiviteter (t.ex. bokklubbar, författarbesök, sagostunder, utbildning), andel (%)
N00589	Medborgarundersökningen - Bra utbud av caféer och restauranger i kommunen, andel (%)
N00590	Medborgarundersökningen - Bra utbud av lekplatser, parklekar etc. i kommunen, andel (%)
N00591	Medborgarundersökningen - Bra utbud av ställen för unga att träffas på i kommunen, andel (%)
N00592	Medborgarundersökningen - Bra utbud av ställen (t.ex. träffpunkter) för äldre att träffas på i kommunen, andel (%)
N00593	Medborgarundersökningen - Det lokala kultur- och nöjeslivet i kommunen är bra, andel (%)
N00594	Medborgarundersökningen - Kommunens arbete för att främja det lokala kulturlivet är bra, andel (%)
N00595	Medborgarundersökningen - Bra öppettider vid kommunens idrotts- och motionsanläggningar, andel (%)
N00596	Medborgarundersökningen - Bra möjlighet att nyttja kommunens idrotts- och motions-anläggningar, andel (%)
N00597	Medborgarundersökningen - Bra utbud av belysta motionsspår i kommunen, andel (%)
N00598	Medborgarundersökningen - Bra utbud av allmänna träningsplatser utomhus i kommunen, andel (%)
N00599	Medborgarundersökningen - Bra utbud av friluftsområden i kommunen, andel (%)
N00600	Medborgarundersökningen - Skötsel av gator och vägar fungerar bra i kommunen, andel (%)
N00601	Medborgarundersökningen - Snöröjning av gator och vägar fungerar bra i kommunen, andel  (%)
N00602	Medborgarundersökningen - Skötsel av gång- och cykelvägar fungerar bra i kommunen, andel (%)
N00603	Medborgarundersökningen - Snöröjning av gång- och cykelvägar fungerar bra i kommunen, andel (%)
N00604	Medborgarundersökningen - Skötsel av kommunens idrotts- och motionsanläggningar fungerar bra, andel (%)
N00605	Medborgarundersökningen - Skötsel av allmänna platser fungerar bra i kommunen, andel (%)
N00606	Medborgarundersökningen - Skötsel av naturområden i kommunen fungerar bra, andel (%)
N00607	Medborgarundersökningen - Skötsel av badplatser i kommunen fungerar bra, andel (%)
N00608	Medborgarundersökningen - Åtgärder mot skadegörelser eller annan förstörelse fungerar bra i kommunen, andel (%)
N00609	Medborgarundersökningen - Skötsel av byggnader där kommunen har verksamhet fungerar bra i kommunen, andel (%)
N00610	Medborgarundersökningen - Trygg utomhus i området där du bor när det är mörkt ute, andel(%)
N00611	Medborgarundersökningen - Trygg utomhus i området där du bor när det är ljust ute, andel (%)
N00612	Medborgarundersökningen - Låg oro för att drabbas av inbrott i hemmet, andel (%)
N00613	Medborgarundersökningen - Låg oro för att utsättas för sexuella trakasserier eller liknande, andel (%)
N00614	Medborgarundersökningen - Låg oro för att bli utsatt för våldsbrott eller hot om våld, andel (%)
N00615	Medborgarundersökningen - Låg oro för att bli utsatt för hot och trakasserier på nätet, andel (%)
N00616	Medborgarundersökningen - Låg oro för att bli utsatt för identitetsstöld, andel (%)
N00617	Medborgarundersökningen - Låg oro att det kommer ske en allvarlig samhällsstörning i kommunen, andel (%)
N00618	Medborgarundersökningen - Låg oro för att det kommer ske en terrorhandling i kommunen, andel (%)
N00619	Medborgarundersökningen - Få problem med personer eller gäng som bråkar eller stör i kommunen, andel (%)
N00620	Medborgarundersökningen - Få problem med personer som är påverkade av alkohol eller narkotika i kommunen, andel (%)
N00621	Medborgarundersökningen - Få problem med narkotikahandel i kommunen, andel (%)
N00622	Medborgarundersökningen - Få problem med våldsbrott i kommunen, andel (%)
N00623	Medborgarundersökningen - Få problem med inbrott eller stölder i kommunen, andel (%)
N00624	Medborgarundersökningen - Få problem med störande trafik med motorfordon i kommunen, andel (%)
N00625	Medborgarundersökningen - Få problem med hot och trakasserier på nätet i kommunen, andel (%)
N00626	Medborgarundersökningen - Få problem med bristande eller trasig utomhusbelysning i kommunen, andel (%)
N00627	Medborgarundersökningen - Få problem med skadegörelse eller klotter i kommunen, andel (%)
N00628	Medborgarundersökningen - Få problem med nedskräpning i kommunen, andel (%)
N00629	Medborgarundersökningen - Räddningstjänsten i kommunen fungerar bra, andel (%)
N00630	Medborgarundersökningen - Kommunen informerar bra vid samhällsstörningar, andel (%)
N00631	Medborgarundersökningen - Polisens närvaro i kommunen är bra, andel (%)
N00632	Medborgarundersökningen - Hämtningen av hushållsavfall fungerar bra, andel (%)
N00633	Medborgarundersökningen - Utbudet av platser för förpackningsåtervinning är bra, andel (%)
N00634	Medborgarundersökningen - Utbudet av återvinningscentraler i kommunen är bra, andel (%)
N00635	Medborgarundersökningen - Möjligheten att återvinna avfall utan transport med bil  är bra, andel (%)
N00636	Medborgarundersökningen - Kommunens arbete för att minska miljö- och klimatpåverkan i egna verksamheter är bra, andel (%)
N00637	Medborgarundersökningen - Information från kommunen om vad enskilda kan göra för att minska sin miljö- klimatpåverkan fungerar bra, andel (%)
N00638	Medborgarundersökningen - Kommunens arbete för att säkerställa tillgången till dricksvatten är bra, andel (%)
N00640	Medborgarundersökningen - Bra bemötande vid kontakt med tjänsteperson i kommunen, andel (%)
N00641	Medborgarundersökningen - Bra bemötande vid kontakt med politiker i kommunen, andel (%)
N00646	Medborgarundersökningen - Kommunens verksamheter är fria från korruption, andel(%)
N00647	Medborgarundersökningen - Att få svar på frågor till kommunen fungerar bra, andel (%)
N00649	Medborgarundersökningen - Möjlighet att påverka inom de kommunala verksamheterna fungerar bra, andel (%)
N00650	Medborgarundersökningen - Möjlighet att påverka politiska beslut i kommunen fungerar bra, andel (%)
N00651	Medborgarundersökningen - Möjlighet att delta aktivt i arbetet med att utveckla kommunen fungerar bra, andel (%)
N00652	Medborgarundersökningen - Kommunens information kring större förändringar fungerar bra, andel (%)
N00653	Medborgarundersökningen - Kommunens arbete för att förbättra integration och delaktighet i samhället fungerar bra, andel (%)
N00654	Medborgarundersökningen - Kommunens arbete för att öka toleransen för människors olikheter fungerar bra, andel (%)
N00655	Medborgarundersökningen - Kommunens arbete för att minska diskriminering fungerar bra, andel (%)
N00656	Medborgarundersökningen - Möjlighet att vara den man är och leva det liv man vill leva, andel (%)
N00657	Medborgarundersökningen - Kommunens politiker upplevs arbeta för kommunens bästa, andel (%)
N00658	Medborgarundersökningen - Kommunens politiker upplevs som ansvarstagande, andel (%)
N00659	Medborgarundersökningen - Kommunens politiker upplevs som lyhörda för idéer, andel (%)
N00660	Medborgarundersökningen - Kommunens anställda upplevs arbeta för kommunens bästa, andel(%)
N00661	Medborgarundersökningen - Beslut som fattas i kommunen upplevs som genomtänkta och genomarbetade, andel (%)
N00662	Medborgarundersökningen - Beslut som fattas i kommunen upplevs vara transparenta, andel (%)
N00664	Medborgarundersökningen - Förtroende för kommunens politiker, andel (%)
N00665	Medborgarundersökningen - Förtroende för riksdagens politiker, andel (%)
N00666	Medborgarundersökningen - Man kan generellt lita på människor, andel (%)
N00667	Medborgarundersökningen - Kommunen är en bra plats att bo och leva på, andel (%)
N00668	Medborgarundersökningen - Kommunen sköter sina olika verksamheter bra, andel (%)
N00669	Medborgarundersökningen - Invånarnas möjlighet till insyn och inflytande över kommunens beslut och verksamheter är bra, andel (%)
N00670	Medborgarundersökningen - Kan rekommendera andra att flytta till kommunen, andel (%)
N00671	Servicemätning - Nöjd med bemötandet via telefoni, index
N00672	Servicemätning - Enkelt att få hjälp med sin fråga via telefoni, index
N00673	Servicemätning - Tydligt svar från kommunen via e-post, index
N00674	Servicemätning - Enkelt att få hjälp med sin fråga via e-post, index
N00675	Servicemätning - Telefoni svar, antal
N00676	Servicemätning - E-post svar, antal
N00680	Ekologiskt brukad jordbruksmark, hektar
N00681	Ekologiskt brukad betesmark, andel (%)
N00682	Ekologiskt brukad betesmark, hektar
N00683	Ekologiskt brukad åkermark, hektar
N00700	Förvärvsarbetande skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)
N00701	Studerande skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)
N00702	Försörjningsstöd som andel av nettoinkomsten bland skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)
N00703	Skyddsbehövande och anhöriga (flyktingar) 20-25 år som varken förvärvsarbetar eller studerar, andel (%)
N00704	Skyddsbehövande och anhöriga (flyktingar) med kort vistelsetid i Sverige 0-6 år, andel (%)
N00705	Skyddsbehövande och anhöriga (flyktingar) med förgymnasial utbildning, andel (%)
N00706	Skyddsbehövande och anhöriga (flyktingar) med gymnasial utbildning, andel (%)
N00707	Skyddsbehövande och anhöriga (flyktingar) med eftergymnasial-eller forskarutbildning, andel (%)
N00708	Arbetslöshet någon gång under året, bland inrikes födda 20-64 år, andel (%) av bef.
N00709	Skyddsbehövande och anhöriga (flyktingar) med vistelsetid 0-2 år i Sverige, andel (%)
N00710	Skyddsbehövande och anhöriga (flyktingar) med vistelsetid 3-6 år i Sverige, andel (%)
N00711	Förvärvsarbetande eller studerande skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)
N00732	Kvarboende kommunmottagna tre år efter mottagande, antal
N00750	Total betesmark, hektar
N00751	Slåtteräng, hektar
N00752	Betesmark, andel (%)
N00753	Slåtteräng, per total betesmark, andel (%)
N00754	Slåtteräng, andel (%)
N00799	Trafikolyckor med räddningsinsatser per 1000 inv
N00801	Egentlig verksamhet i kommunal regi, andel (%)
N00803	Kommunens köp av egentlig verksamhet totalt, andel (%)
N00820	Handläggningstid (median) från inkommen ansökan till beslut för bygglov för nybyggnad av en- och tvåbostadshus, antal dagar
N00821	Handläggningstid (median) från när ansökan betraktas som fullständig till beslut för bygglov för nybyggnad av en- och tvåbostadshus, antal dagar
N00822	Ärenden som mediantiden för bygglov baseras på, antal
N00881	Sammanräknad förvärvsinkomst i åldern 25-29 år (median), kr
N00882	Sammanräknad förvärvsinkomst i åldern 30-34 år (median), kr
N00883	Sammanräknad förvärvsinkomst i åldern 35-39 år (median), kr
N00884	Sammanräknad förvärvsinkomst i åldern 40-44 år (median), kr
N00885	Sammanräknad förvärvsinkomst i åldern 45-49 år (median), tkr
N00886	Sammanräknad förvärvsinkomst i åldern 50-54 år (median), kr
N00887	Sammanräknad förvärvsinkomst i åldern 55-59 år (median), tkr
N00891	Sammanräknad förvärvsinkomst i åldern 65+ år (median), kr
N00892	Kvinnors mediannettoinkomst som andel av mäns mediannettoinkomst, 65+ år, andel (%)
N00898	Medarbetarengagemang (HME) totalt kommunen - svarsfrekvens, andel (%)
N00900	Skattesats, totalt (%)
N00901	Skattesats till kommun (%)
N00902	Skattesats till region, (%)
N00903	Skattekraft kommun, kr/inv
N00904	Skattekraft som andel av rikets medelskattekraft kommun, (%)
N00905	Mediannettoinkomst, kr/inv 20+
N00906	Sammanräknad förvärvsinkomst i åldern 20-64 år (median), kr
N00907	Sammanräknad förvärvsinkomst i åldern 16-19 år (median), kr
N00923	Medellivslängd män, år
N00925	Medellivslängd kvinnor, år
N00926	Företagskonkurser, antal/1000 inv, 16-64 år
N00927	Demografisk försörjningskvot
N00933	Sammanräknad förvärvsinkomst i åldern 20-24 år (median), kr
N00937	Sammanräknad förvärvsinkomst i åldern 60-64 år (median), kr
N00938	Sjukpenningtalet, 16–64 år, dagar/registrerad försäkrad
N00939	Uttagna dagar med föräldrapenning, antal/mottagare
N00940	Uttagna dagar med tillfällig föräldrapenning (VAB), antal/mottagare
N00942	Föräldrapenningdagar som tas ut av kvinnor, andel av antal dagar (%)
N00943	Föräldrapenningdagar som tas ut av män, andel av antal dagar (%)
N00944	Tillfälliga föräldrapenningdagar (VAB) som tas ut av kvinnor, andel av antal dagar (%)
N00945	Tillfälliga föräldrapenningdagar (VAB) som tas ut av män, andel av antal dagar (%)
N00949	Medianlön kvinnor anställda av kommunen, kr
N00950	Medianlön män anställda av kommunen, kr
N00951	Lönegap median kvinnor - median män anställda av kommunen, kr
N00952	Kvinnors mediannettoinkomst som andel av mäns mediannettoinkomst, andel (%)
N00953	Kvinnors medianlön som andel av mäns medianlön, kommunalt anställda, andel (%)
N00954	Tätortsgrad (senaste mätning)
N00956	Ginikoefficient - förvärvsinkomst, index
N00957	Ohälsotal, dagar
N00958	Kvinnors medianlön som andel av mäns medianlön, anställda av regionen, andel (%)
N00959	Medelålder, år
N00960	Inskrivna i etableringsuppdraget under året , antal
N00961	Inskrivna i etableringsuppdraget med högst förgymnasial utbildning, andel (%)
N00962	Inskrivna i etableringsuppdraget med gymnasial utbildning,  andel (%)
N00963	Inskrivna i etableringsuppdraget med eftergymnasial utbildning längre än 2 år, andel (%)
N00964	Lämnat etableringsuppdraget under året, antal
N00967	Sjukpenningtalet, 15–69 år, dagar/arbetskraften
N00969	Inskrivna i etableringsuppdraget med förgymnasial utbildning kortare än 9 år, andel (%)
N00970	Inskrivna i etableringsuppdraget med förgymnasial utbildning 9 (10) år, andel (%)
N00971	Lämnat etableringsuppdraget och börjat arbeta (status efter 90 dagar), andel (%)
N00972	Lämnat etableringsuppdraget och börjat studera (status efter 90 dagar), andel (%)
N00973	Lämnat etableringsuppdraget och börjat arbeta eller studera (status efter 90 dagar), andel (%)
N00974	Ohälsotal, 16-19 år, dagar
N00975	Ohälsotal, 20-29 år, dagar
N00976	Ohälsotal, 30-39 år, dagar
N00977	Ohälsotal, 40-49 år, dagar
N00978	Ohälsotal, 50-59 år, dagar
N00979	Ohälsotal, 60-64 år, dagar
N00980	Äldre äldre av invånare 65+, andel (%)
N00989	Skuldsatta invånare 18+ hos Kronofogden, andel (%)
N00990	Medianskuld hos Kronofogden, kr
N00991	Lämnat etableringsuppdraget och deltar i arbetsmarknadspolitiska program (status efter 90 dagar), andel (%). Källa: SCB.
N00992	Care Need Index (CNI), index
N00994	Inskrivna i etableringsuppdraget som saknar formell grundläggande utbildning, andel (%)
N00995	Lämnat etableringsuppdraget och börjat arbete med stöd (exkl. nystartsjobb) (status efter 90 dagar), andel (%)
N00997	Ginikoefficient – hushållens disponibla inkomster, index
N00998	Arbetsolyckor, antal/1000 sysselsatta
N00999	Nystartade företag, antal/1000 inv, 16-64 år
N01003	Nystartade företag, antal
N01004	Nystartade arbetsställen, antal/1000 inv 16-64 år
N01005	Nystartade arbetsställen, antal
N01006	Företagskonkurser, antal anställda, antal/1000 inv, 16-64 år
N01010	Tätorter (senaste mätningen), antal
N01011	Tätorter (senaste mätningen), antal/10 000 inv
N01439	Incidens av hjärtinfarkter 25+ år, antal/100 000 inv
N01451	Förtida dödsfall 25-64 år, åldersstandardiserat, antal/100 000 inv
N01452	Invånare 16-84 år med allvarlig psykisk påfrestning, andel (%)
N01453	Osäkerhetstal - Invånare 16-84 år med allvarlig psykisk påfrestning, andel (%)
N01454	Invånare 25+ med varaktigt låg ekonomisk standard (relativ), åldersstandardiserat, andel (%)
N01455	Invånare 25+ med varaktigt låg inkomststandard (absolut), åldersstandardiserat, andel (%)
N01456	Invånare 16-84 med störd sömn av trafikbuller, andel (%)
N01457	Osäkerhetstal - Invånare 16-84 med störd sömn av trafikbuller, andel (%)
N01458	Invånare 16-84 år som utsatts för kränkande behandling eller bemötande, andel (%)
N01459	Osäkerhetstal - Invånare 16-84 år som utsatts för kränkande behandling eller bemötande, andel (%)
N01460	Invånare 16-84 år som utsatts för våld eller hot om våld, andel (%)
N01461	Osäkerhetstal - Invånare 16-84 år som utsatts för våld eller hot om våld, andel (%)
N01462	Invånare som avstått läkarvård trots upplevt behov, andel (%)
N01463	Osäkerhetstal - Invånare som avstått läkarvård trots upplevt behov, andel (%)
N01464	Invånare 16-84 år som avstått tandvård av ekonomiska skäl trots behov, andel (%)
N01465	Osäkerhetstal - Invånare 16+ år som avstått tandvård av ekonomiska skäl trots behov, andel (%)
N01481	MPR-vaccinerade 2-åringar, andel (%)
N01482	MPR-vaccinerade 9-åringar, andel (%)
N01483	HPV-vaccinerade flickor, andel (%)
N01484	HPV-vaccinerade pojkar, andel (%)
N01700	Individer med sjukpenning räknat i helårsekvivalenter, antal
N01701	Individer med rehabilitieringspenning räknat i helårsekvivalenter, antal
N01702	Individer med aktivitetsersättning räknat i helårsekvivalenter, antal
N01703	Individer med sjukersättning räknat i helårsekvivalenter, antal
N01704	Individer med arbetslöshetsersättning räknat i helårsekvivalenter, antal
N01705	Individer med aktivitetsstöd räknat i helårsekvivalenter, antal
N01706	Individer med utvecklingsersättning räknat i helårsekvivalenter, antal
N01707	Individer med etableringsersättning räknat i helårsekvivalenter, antal
N01708	Individer med etableringstillägg räknat i helårsekvivalenter, antal
N01709	Individer med bostadsersättning räknat i helårsekvivalenter, antal
N01710	Individer med ekonomiskt bistånd räknat i helårsekvivalenter, antal
N01711	Individer med utbetalat stöd räknat i helårsekvivalenter för samtliga ersättningsformer, antal
N01712	Invånare 65+ med eftergymnasial utbildning, andel (%)
N01713	Invånare 16-64 år, antal
N01714	Invånare 65+ med förgymnasial utbildning, andel (%)
N01715	Invånare 0-4 år, andel (%)
N01716	Invånare födda i öst- och sydeuropa (ej EU), Afrika, Asien eller Sydamerika, andel (%)
N01717	Invånare 65+ och ensamboende, andel (%) av bef
N01718	Ensamstående förälder med barn 17 år och yngre, andel (%)
N01719	Invånare, 1 år eller äldre som flyttat in eller bytt distrikt i kommunen, andel (%)
N01720	Arbetslösa eller i åtgärd minst en dag under året, 16-64 år, andel (%)
N01721	Invånare, 25-64 år, med låg utbildningsnivå, andel (%)
N01722	Invånare 65+ med gymnasial utbildning, andel (%)
N01723	Invånare 65+ med uppgift om utbildningsnivå saknas, andel (%)
N01724	Högutbildade invånare 25-64 år, andel (%)
N01725	Forskarutbildade invånare 25-64 år, andel (%)
N01726	Invånare 65+ och ensamboende, andel (%) av 65+
N01770	Summerad fruktsamhet, antal barn/kvinna
N01771	Medelålder vid första barnet, kvinnor
N01797	Invånare 0-5 år, andel (%)
N01798	Invånare 6-15 år, andel (%)
N01799	Invånare 16-19 år, andel (%)
N01800	Flyttnetto, antal
N01801	Inflyttade till kommunen, antal
N01802	Utflyttade från kommunen, antal
N01803	Födelsenetto
N01804	Födda, antal
N01805	Döda, antal
N01806	Utrikes flyttnetto, antal
N01807	Utrikes inflyttade, antal
N01808	Utrikes utflyttade, antal
N01810	Invånare 16-18 år, andel (%)
N01811	Invånare 0-64 år, andel (%)
N01812	Invånare 65-79 år, andel (%)
N01813	Invånare 80+, andel (%)
N01814	Invånare 7-15 år, andel (%)
N01815	Invånare 1-12 år, andel (%)
N01816	Invånare 1-5 år, andel (%)
N01817	Invånare 0 år, antal
N01818	Invånare 1 år, antal
N01819	Invånare 2 år, antal
N01820	Invånare 3 år, antal
N01821	Invånare 4 år, antal
N01822	Invånare 5 år, antal
N01823	Invånare 6 år, antal
N01824	Invånare 7 år, antal
N01825	Invånare 8 år, antal
N01826	Invånare 9 år, antal
N01827	Invånare 10 år, antal
N01828	Invånare 11 år, antal
N01829	Invånare 12 år, antal
N01830	Invånare 13 år, antal
N01831	Invånare 14 år, antal
N01832	Invånare 15 år, antal
N01833	Invånare 16 år, antal
N01834	Invånare 17 år, antal
N01835	Invånare 18 år, antal
N01836	Invånare 19 år, antal
N01837	Invånare 20 år, antal
N01838	Invånare 21 år, antal
N01839	Invånare 22 år, antal
N01840	Invånare 23 år, antal
N01841	Invånare 24 år, antal
N01842	Invånare 25 år, antal
N01843	Invånare 26 år, antal
N01844	Invånare 27 år, antal
N01845	Invånare 28 år, antal
N01846	Invånare 29 år, antal
N01847	Invånare 30 år, antal
N01848	Invånare 31 år, antal
N01849	Invånare 32 år, antal
N01850	Invånare 33 år, antal
N01851	Invånare 34 år, antal
N01852	Invånare 35 år, antal
N01853	Invånare 36 år, antal
N01854	Invånare 37 år, antal
N01855	Invånare 38 år, antal
N01856	Invånare 39 år, antal
N01857	Invånare 40 år, antal
N01858	Invånare 41 år, antal
N01859	Invånare 42 år, antal
N01860	Invånare 43 år, antal
N01861	Invånare 44 år, antal
N01862	Invånare 45 år, antal
N01863	Invånare 46 år, antal
N01864	Invånare 47 år, antal
N01865	Invånare 48 år, antal
N01866	Invånare 49 år, antal
N01867	Invånare 50 år, antal
N01868	Invånare 51 år, antal
N01869	Invånare 52 år, antal
N01870	Invånare 53 år, antal
N01871	Invånare 54 år, antal
N01872	Invånare 55 år, antal
N01873	Invånare 56 år, antal
N01874	Invånare 57 år, antal
N01875	Invånare 58 år, antal
N01876	Invånare 59 år, antal
N01877	Invånare 60 år, antal
N01878	Invånare 61 år, antal
N01879	Invånare 62 år, antal
N01880	Invånare 63 år, antal
N01881	Invånare 64 år, antal
N01882	Invånare 65 år, antal
N01883	Invånare 66 år, antal
N01884	Invånare 67 år, antal
N01885	Invånare 68 år, antal
N01886	Invånare 69 år, antal
N01887	Invånare 70 år, antal
N01888	Invånare 71 år, antal
N01889	Invånare 72 år, antal
N01890	Invånare 73 år, antal
N01891	Invånare 74 år, antal
N01892	Invånare 75 år, antal
N01893	Invånare 76 år, antal
N01894	Invånare 77 år, antal
N01895	Invånare 78 år, antal
N01896	Invånare 79 år, antal
N01897	Invånare 80 år, antal
N01898	Invånare 81 år, antal
N01899	Invånare 82 år, antal
N01900	Invånare 83 år, antal
N01901	Invånare 84 år, antal
N01902	Invånare 85 år, antal
N01903	Invånare 86 år, antal
N01904	Invånare 87 år, antal
N01905	Invånare 88 år, antal
N01906	Invånare 89 år, antal
N01907	Invånare 90 år, antal
N01908	Invånare 91 år, antal
N01909	Invånare 92 år, antal
N01910	Invånare 93 år, antal
N01911	Invånare 94 år, antal
N01912	Invånare 95 år, antal
N01913	Invånare 96 år, antal
N01914	Invånare 97 år, antal
N01915	Invånare 98 år, antal
N01916	Invånare 99 år, antal
N01917	Invånare 100+, antal
N01918	Invånare 0-64 år, antal
N01919	Invånare 0-19 år, antal
N01920	Invånare 0-18 år, antal
N01921	Invånare 0-12 år, antal
N01922	Invånare 0-6 år, antal
N01923	Invånare 6-12 år, antal
N01924	Invånare 1-12 år, antal
N01925	Invånare 1-6 år, antal
N01926	Invånare 1-5 år, antal
N01927	Invånare 13-18 år, antal
N01928	Invånare 13-15 år, antal (-2023)
N01929	Invånare 16-18 år, antal
N01930	Invånare 7-15 år, antal
N01931	Invånare 19-64 år, antal
N01932	Invånare 40-64 år, antal
N01933	Invånare 40-59 år, antal
N01934	Invånare 60-64 år, antal
N01935	Invånare 20-39 år, antal
N01936	Invånare 20-22 år, antal
N01937	Invånare 23-39 år, antal
N01938	Invånare 65+, antal
N01939	Invånare 65-84 år, antal
N01940	Invånare 65-69 år, antal
N01941	Invånare 70-74 år, antal
N01942	Invånare 75-79 år, antal
N01943	Invånare 80-84 år, antal
N01944	Invånare 85+, antal
N01945	Invånare 85-89 år, antal
N01946	Invånare 90-94 år, antal
N01947	Invånare 95-99 år, antal
N01948	Invånare 0-20 år, antal
N01949	Invånare 67-79 år, antal
N01950	Utrikes födda vuxna invånare, 20-64 år, andel (%)
N01951	Invånare totalt, antal
N01952	Invånare 0-5 år, antal
N01953	Invånare 6-15 år, antal
N01954	Invånare 16-19 år, antal
N01955	Invånare 20-64 år, antal
N01956	Invånare 65-79 år, antal
N01957	Invånare 80+, antal
N01958	Befolkningsförändring i antal invånare under senaste femårsperioden, procent
N01959	Invånare 20-66 år, antal
N01960	Invånare 65+, andel (%)
N01961	Invånare 20-64 år, andel (%)
N01962	Invånare 16-19 år, andel (%)
N01963	Befolkningsförändring i antal invånare sedan föregående år, procent
N01964	Inrikes flyttnetto, antal
N01965	Inrikes inflyttade, antal
N01966	Inrikes utflyttade, antal
N01967	Unga vuxna av invånare 18-64 år, andel (%)
N01968	Invånare 25-44 år med eftergymnasial utbildning, andel (%)
N01969	Invånare 25-44 år med gymnasial utbildning, andel (%)
N01970	Invånare 25-44 år med förgymnasial utbildning, andel (%)
N01971	Invånare 25-44 år med uppgift om utbildningsnivå saknas, andel (%)
N01972	Invånare 45-64 år med eftergymnasial utbildning, andel (%)
N01973	Invånare 45-64 år med gymnasial utbildning, andel (%)
N01974	Invånare 45-64 år med förgymnasial utbildning, andel (%)
N01975	Invånare 45-64 år med uppgift om utbildningsnivå saknas, andel (%)
N01976	Invånare 0-19 och 65+, antal
N01977	Invånare 20-24 år, antal
N01978	Invånare 25-34 år, antal
N01979	Invånare 35-44 år, antal
N01980	Invånare 45-54 år, antal
N01981	Invånare 55-64 år, antal
N01982	Invånare 25-64 år med eftergymnasial utbildning, andel (%)
N01983	Invånare 25-64 år med gymnasial utbildning, andel (%)
N01984	Invånare 25-64 år med förgymnasial utbildning, andel (%)
N01985	Invånare 25-64 år med uppgift om utbildningsnivå saknas, andel (%)
N01986	Kommunmottagna i flyktingmottagandet med uppehållstillstånd, antal
N01987	Kommunmottagna i flyktingmottagandet efter anvisning med uppehållstillstånd, antal
N01990	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal
N01991	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal i ABO
N01992	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal i EBO
N01993	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal/1000 inv
N01994	Invånare 0-19 år, andel (%)
N01995	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal i övrigt boende
N01996	Kommunmottagna i flyktingmottagandet med uppehållstillstånd 0-5 år, antal
N01997	Kommunmottagna i flyktingmottagandet med uppehållstillstånd 6-15 år, antal
N01998	Kommunmottagna i flyktingmottagandet med uppehållstillstånd 16-17 år, antal
N01999	Kommunmottagna i flyktingmottagandet med uppehållstillstånd 18-19 år, antal
N02000	Kommunmottagna i flyktingmottagandet med uppehållstillstånd 20-65 år, antal
N02002	Anvisade ensamkommande barn, antal
N02003	Invånare 85+, andel (%)
N02004	Invånare 90+, andel (%)
N02005	Invånare 95+, andel (%)
N02006	Kommunmottagna i flyktingmottagandet med uppehållstillstånd, antal/1000 inv
N02012	Befolkningsförändring i antal invånare sedan föregående år, antal
N02013	Lungcancer, dödlighet, 25+ år, antal/100 000 inv
N02014	Befolkningsförändring i åldersgruppen 1-5 år sedan föregående år, procent
N02015	Befolkningsförändring i åldersgruppen 6-15 år sedan föregående år, procent
N02016	Befolkningsförändring i åldersgruppen 80+  år sedan föregående år, procent
N02017	Befolkningsförändring i åldersgruppen 1-5 år under den senaste femårsperioden, procent
N02018	Befolkningsförändring i åldersgruppen 6-15 år under den senaste femårsperioden, procent
N02019	Befolkningsförändring i åldersgruppen 80+  år under den senaste femårsperioden, procent
N02020	Befolkningsförändring i åldersgruppen 16-19 år under den senaste femårsperioden, procent
N02100	Födelsenetto, andel (%)
N02101	Inrikes flyttnetto, andel (%)
N02102	Utrikes flyttnetto, andel (%)
N02104	Invånare 18+, antal
N02105	Invånare 0-15 år, andel (%)
N02201	Sysselsatta efter arbetsställets belägenhet, antal
N02202	Sysselsatta efter bostadens belägenhet, antal
N02203	Sysselsatta i kommun-/ regionsektor, efter arbetsställets belägenhet, andel (%)
N02204	Sysselsatta i kommun-/ regionsektor, efter bostadens belägenhet, andel (%)
N02205	Sysselsatta i näringslivet, efter arbetsställets belägenhet, andel (%)
N02206	Sysselsatta i statlig sektor, efter arbetsställets belägenhet, andel (%)
N02207	Sysselsatta i statlig sektor, efter bostadens belägenhet, andel (%)
N02208	Sysselsatta i övriga organisationer, efter arbetsställets belägenhet, andel (%)
N02209	Sysselsatta i övriga sektorer, efter bostadens belägenhet, andel (%)
N02210	Sysselsatta inom byggverksamhet, efter arbetsställets belägenhet, andel (%)
N02211	Sysselsatta inom byggverksamhet, efter bostadens belägenhet, andel (%)
N02212	Sysselsatta inom energiförsörjning och miljöverksamhet, efter arbetsställets belägenhet, andel (%)
N02213	Sysselsatta inom energiförsörjning och miljöverksamhet, efter bostadens belägenhet, andel (%)
N02214	Sysselsatta inom fastighetsverksamhet, efter arbetsställets belägenhet, andel (%)
N02215	Sysselsatta inom fastighetsverksamhet, efter bostadens belägenhet, andel (%)
N02216	Sysselsatta inom finans- och försäkringsverksamhet, efter arbetsställets belägenhet, andel (%)
N02217	Sysselsatta inom finans- och försäkringsverksamhet, efter bostadens belägenhet, andel (%)
N02218	Sysselsatta inom företagstjänster, efter arbetsställets belägenhet, andel (%)
N02219	Sysselsatta inom företagstjänster, efter bostadens belägenhet, andel (%)
N02220	Sysselsatta inom handel, efter arbetsställets belägenhet, andel (%)
N02221	Sysselsatta inom handel, efter bostadens belägenhet, andel (%)
N02222	Sysselsatta inom hotell- och restaurangverksamhet, efter arbetsställets belägenhet, andel (%)
N02223	Sysselsatta inom hotell- och restaurangverksamhet, efter bostadens belägenhet, andel (%)
N02224	Sysselsatta inom information och kommunikation, efter arbetsställets belägenhet, andel (%)
N02225	Sysselsatta inom information och kommunikation, efter bostadens belägenhet, andel (%)
N02226	Sysselsatta inom jordbruk, skogsbruk och fiske, efter arbetsställets belägenhet, andel (%)
N02227	Sysselsatta inom jordbruk, skogsbruk och fiske, efter bostadens belägenhet, andel (%)
N02228	Sysselsatta inom kulturella och personliga tjänster m.m., efter arbetsställets belägenhet, andel (%)
N02229	Sysselsatta inom kulturella och personliga tjänster m.m., efter bostadens belägenhet, andel (%)
N02230	Sysselsatta i näringslivet, efter bostadens belägenhet, andel (%)
N02231	Sysselsatta inom offentlig förvaltning och försvar, efter arbetsställets belägenhet, andel (%)
N02232	Sysselsatta inom offentlig förvaltning och försvar, efter bostadens belägenhet, andel (%)
N02233	Sysselsatta inom okänd verksamhet, efter arbetsställets belägenhet, andel (%)
N02234	Sysselsatta inom okänd verksamhet, efter bostadens belägenhet, andel (%)
N02235	Sysselsatta inom tillverkning och utvinning, efter arbetsställets belägenhet, andel (%)
N02236	Sysselsatta inom tillverkning och utvinning, efter bostadens belägenhet, andel (%)
N02237	Sysselsatta inom transport och magasinering, efter arbetsställets belägenhet, andel (%)
N02238	Sysselsatta inom transport och magasinering, efter bostadens belägenhet, andel (%)
N02239	Sysselsatta inom utbildning, efter arbetsställets belägenhet, andel (%)
N02240	Sysselsatta inom utbildning, efter bostadens belägenhet, andel (%)
N02241	Sysselsatta inom vård och omsorg, sociala tjänster, efter arbetsställets belägenhet, andel (%)
N02242	Sysselsatta inom vård och omsorg, sociala tjänster, efter bostadens belägenhet, andel (%)
N02243	Sysselsatta invånare 20-65 år, andel (%)
N02244	Sysselsatta invånare 20-24 år, andel (%)
N02245	Sysselsatta invånare 25-34 år, andel (%)
N02246	Sysselsatta invånare 25-44 år, andel (%)
N02247	Sysselsatta invånare 35-49 år, andel (%)
N02248	Sysselsatta invånare 45-59 år, andel (%)
N02249	Sysselsatta invånare 50-59 år, andel (%)
N02250	Sysselsatta invånare 60-64 år, andel (%)
N02251	Egenföretagare, andel av totalt sysselsatta efter bostadens belägenhet (%)
N02252	Egenföretagare, andel av totalt sysselsatta efter arbetsställets belägenhet (%)
N02253	Sysselsatta invånare 16-19 år, andel (%)
N02254	Sysselsatta invånare 65-69 år, andel (%)
N02255	Sysselsatta invånare 70-74 år, andel (%)
N02267	Sysselsättningsgrad 20-64 år, andel (%)
N02268	Sysselsättningsgrad, utrikes födda 20-64 år, andel (%)
N02269	Sysselsättningsgrad, inrikes födda 20-64 år, andel (%)
N02274	Bor och arbetar i kommunen, andel (%)
N02275	Bor och arbetar i kommunen, antal
N02276	Inpendling, andel (%)
N02277	Inpendling, antal
N02278	Utpendling, antal
N02279	Utpendling, andel (%)
N02280	Arbetslöshet, 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%) (-2024)
N02281	Arbetslöshet bland inrikes födda, 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%)
N02282	Arbetslöshet bland utrikes födda, 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%)
N02283	Arbetskraftsdeltagande bland inrikes födda 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%)
N02284	Arbetskraftsdeltagande bland utrikes födda 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%)
N02285	Arbetskraftsdeltagande totalt 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%)
N02300	Elever i åk 9 med lägst betyget E i bild, lägeskommun, andel (%)
N02301	Elever i åk 9 med lägst betyget E i bild, kommunala skolor, andel (%)
N02302	Elever i åk 9 med lägst betyget E i bild, fristående skolor, andel (%)
N02303	Elever i åk 9 med lägst betyget E i biologi, lägeskommun, andel (%)
N02304	Elever i åk 9 med lägst betyget E i biologi, kommunala skolor, andel (%)
N02305	Elever i åk 9 med lägst betyget E i biologi, fristående skolor, andel (%)
N02306	Elever i åk 9 med lägst betyget E i fysik, lägeskommun, andel (%)
N02307	Elever i åk 9 med lägst betyget E i fysik, kommunala skolor, andel (%)
N02308	Elever i åk 9 med lägst betyget E i fysik, fristående skolor, andel (%)
N02309	Elever i åk 9 med lägst betyget E i geografi, lägeskommun, andel (%)
N02310	Elever i åk 9 med lägst betyget E i geografi, kommunala skolor, andel (%)
N02311	Elever i åk 9 med lägst betyget E i geografi, fristående skolor, andel (%)
N02312	Elever i åk 9 med lägst betyget E i hem- och konsumentkunskap, lägeskommun, andel (%)
N02313	Elever i åk 9 med lägst betyget E i hem- och konsumentkunskap, kommunala skolor, andel (%)
N02314	Elever i åk 9 med lägst betyget E i hem- och konsumentkunskap, fristående skolor, andel (%)
N02315	Elever i åk 9 med lägst betyget E i historia, lägeskommun, andel (%)
N02316	Elever i åk 9 med lägst betyget E i historia, kommunala skolor, andel (%)
N02317	Elever i åk 9 med lägst betyget E i historia, fristående skolor, andel (%)
N02318	Elever i åk 9 med lägst betyget E i kemi, lägeskommun, andel (%)
N02319	Elever i åk 9 med lägst betyget E i kemi, kommunala skolor, andel (%)
N02320	Elever i åk 9 med lägst betyget E i kemi, fristående skolor, andel (%)
N02321	Elever i åk 9 med lägst betyget E i moderna språk som språkval, lägeskommun, andel (%)
N02322	Elever i åk 9 med lägst betyget E i moderna språk som språkval, kommunala skolor, andel (%)
N02323	Elever i åk 9 med lägst betyget E i moderna språk som språkval, fristående skolor, andel (%)
N02324	Elever i åk 9 med lägst betyget E i modersmål, lägeskommun, andel (%)
N02325	Elever i åk 9 med lägst betyget E i modersmål, kommunala skolor, andel (%)
N02326	Elever i åk 9 med lägst betyget E i modersmål, fristående skolor, andel (%)
N02327	Elever i åk 9 med lägst betyget E i musik, lägeskommun, andel (%)
N02328	Elever i åk 9 med lägst betyget E i musik, kommunala skolor, andel (%)
N02329	Elever i åk 9 med lägst betyget E i musik, fristående skolor, andel (%)
N02330	Elever i åk 9 med lägst betyget E i religionskunskap, lägeskommun, andel (%)
N02331	Elever i åk 9 med lägst betyget E i religionskunskap, kommunala skolor, andel (%)
N02332	Elever i åk 9 med lägst betyget E i religionskunskap, fristående skolor, andel (%)
N02333	Elever i åk 9 med lägst betyget E i samhällskunskap, lägeskommun, andel (%)
N02334	Elever i åk 9 med lägst betyget E i samhällskunskap, kommunala skolor, andel (%)
N02335	Elever i åk 9 med lägst betyget E i samhällskunskap, fristående skolor, andel (%)
N02336	Elever i åk 9 med lägst betyget E i slöjd, lägeskommun, andel (%)
N02337	Elever i åk 9 med lägst betyget E i slöjd, kommunala skolor, andel (%)
N02338	Elever i åk 9 med lägst betyget E i slöjd, fristående skolor, andel (%)
N02339	Elever i åk 9 med lägst betyget E i teknik, lägeskommun, andel (%)
N02340	Elever i åk 9 med lägst betyget E i teknik, kommunala skolor, andel (%)
N02341	Elever i åk 9 med lägst betyget E i teknik, fristående skolor, andel (%)
N02342	Elever i åk. 9. betygspoäng i bild, lägeskommun, genomsnitt
N02343	Elever i åk. 9. betygspoäng i bild, kommunala skolor, genomsnitt
N02344	Elever i åk. 9. betygspoäng i bild, fristående skolor, genomsnitt
N02345	Elever i åk. 9. betygspoäng i biologi, lägeskommun, genomsnitt
N02346	Elever i åk. 9. betygspoäng i biologi, kommunala skolor, genomsnitt
N02347	Elever i åk. 9. betygspoäng i biologi, fristående skolor, genomsnitt
N02348	Elever i åk. 9. betygspoäng i engelska, lägeskommun, genomsnitt
N02349	Elever i åk. 9. betygspoäng i engelska, kommunala skolor, genomsnitt
N02350	Elever i åk. 9. betygspoäng i engelska, fristående skolor, genomsnitt
N02351	Elever i åk. 9. betygspoäng i fysik, lägeskommun, genomsnitt
N02352	Elever i åk. 9. betygspoäng i fysik, kommunala skolor, genomsnitt
N02353	Elever i åk. 9. betygspoäng i fysik, fristående skolor, genomsnitt
N02354	Elever i åk. 9. betygspoäng i geografi, lägeskommun, genomsnitt
N02355	Elever i åk. 9. betygspoäng i geografi, kommunala skolor, genomsnitt
N02356	Elever i åk. 9. betygspoäng i geograf, fristående skolor, genomsnitt
N02357	Elever i åk. 9. betygspoäng i hem- och konsumentkunskap, lägeskommun, genomsnitt
N02358	Elever i åk. 9. betygspoäng i hem- och konsumentkunskap, kommunala skolor, genomsnitt
N02359	Elever i åk. 9. betygspoäng i hem- och konsumentkunskap, fristående skolor, genomsnitt
N02360	Elever i åk. 9. betygspoäng i historia, lägeskommun, genomsnitt
N02361	Elever i åk. 9. betygspoäng i historia, kommunala skolor, genomsnitt
N02362	Elever i åk. 9. betygspoäng i historia, fristående skolor, genomsnitt
N02363	Elever i åk. 9. betygspoäng i idrott och hälsa, lägeskommun, genomsnitt
N02364	Elever i åk. 9. betygspoäng i idrott och hälsa, kommunala skolor, genomsnitt
N02365	Elever i åk. 9. betygspoäng i idrott och hälsa, fristående skolor, genomsnitt
N02366	Elever i åk. 9. betygspoäng i kemi, lägeskommun, genomsnitt
N02367	Elever i åk. 9. betygspoäng i kemi, kommunala skolor, genomsnitt
N02368	Elever i åk. 9. betygspoäng i kemi, fristående skolor, genomsnitt
N02369	Elever i åk. 9. betygspoäng i moderna språk som språkval, lägeskommun, genomsnitt
N02370	Elever i åk. 9. betygspoäng i moderna språk som språkval, kommunala skolor, genomsnitt
N02371	Elever i åk. 9. betygspoäng i moderna språk som språkval, fristående skolor, genomsnitt
N02372	Elever i åk. 9. betygspoäng i modersmål, lägeskommun, genomsnitt
N02373	Elever i åk. 9. betygspoäng i modersmål, kommunala skolor, genomsnitt
N02374	Elever i åk. 9. betygspoäng i modersmål, fristående skolor, genomsnitt
N02375	Elever i åk. 9. betygspoäng i musik, lägeskommun, genomsnitt
N02376	Elever i åk. 9. betygspoäng i musik, kommunala skolor, genomsnitt
N02377	Elever i åk. 9. betygspoäng i musik, fristående skolor, genomsnitt
N02378	Elever i åk. 9. betygspoäng i religionskunskap, lägeskommun, genomsnitt
N02379	Elever i åk. 9. betygspoäng i religionskunskap, kommunala skolor, genomsnitt
N02380	Elever i åk. 9. betygspoäng i religionskunskap, fristående skolor, genomsnitt
N02381	Elever i åk. 9. betygspoäng i samhällskunskap, lägeskommun, genomsnitt
N02382	Elever i åk. 9. betygspoäng i samhällskunskap, kommunala skolor, genomsnitt
N02383	Elever i åk. 9. betygspoäng i samhällskunskap, fristående skolor, genomsnitt
N02384	Elever i åk. 9. betygspoäng i slöjd, lägeskommun, genomsnitt
N02385	Elever i åk. 9. betygspoäng i slöjd, kommunala skolor, genomsnitt
N02386	Elever i åk. 9. betygspoäng i slöjd, fristående skolor, genomsnitt
N02387	Elever i åk. 9. betygspoäng i svenska, lägeskommun, genomsnitt
N02388	Elever i åk. 9. betygspoäng i svenska, kommunala skolor, genomsnitt
N02389	Elever i åk. 9. betygspoäng i svenska, fristående skolor, genomsnitt
N02390	Elever i åk. 9. betygspoäng i svenska som andra språk, lägeskommun, genomsnitt
N02391	Elever i åk. 9. betygspoäng i svenska som andra språk, kommunala skolor, genomsnitt
N02392	Elever i åk. 9. betygspoäng i svenska som andra språk, fristående skolor, genomsnitt
N02393	Elever i åk. 9. betygspoäng i teknik, lägeskommun, genomsnitt
N02394	Elever i åk. 9. betygspoäng i teknik, kommunala skolor, genomsnitt
N02395	Elever i åk. 9. betygspoäng i teknik, fristående skolor, genomsnitt
N02396	Elever i åk 6 med lägst betyget E i bild, lägeskommun, andel (%)
N02397	Elever i åk 6 med lägst betyget E i bild, kommunala skolor, andel (%)
N02398	Elever i åk 6 med lägst betyget E i bild, fristående skolor, andel (%)
N02399	Elever i åk 6 med lägst betyget E i biologi, lägeskommun, andel (%)
N02400	Elever i åk 6 med lägst betyget E i biologi, kommunala skolor, andel (%)
N02401	Elever i åk 6 med lägst betyget E i biologi, fristående skolor, andel (%)
N02402	Elever i åk 6 med lägst betyget E i fysik, lägeskommun, andel (%)
N02403	Elever i åk 6 med lägst betyget E i fysik, kommunala skolor, andel (%)
N02404	Elever i åk 6 med lägst betyget E i fysik, fristående skolor, andel (%)
N02405	Elever i åk 6 med lägst betyget E i geografi, lägeskommun, andel (%)
N02406	Elever i åk 6 med lägst betyget E i geografi, kommunala skolor, andel (%)
N02407	Elever i åk 6 med lägst betyget E i geografi, fristående skolor, andel (%)
N02408	Elever i åk 6 med lägst betyget E i hem- och konsumentkunskap, lägeskommun, andel (%)
N02409	Elever i åk 6 med lägst betyget E i hem- och konsumentkunskap, kommunala skolor, andel (%)
N02410	Elever i åk 6 med lägst betyget E i hem- och konsumentkunskap, fristående skolor, andel (%)
N02411	Elever i åk 6 med lägst betyget E i historia, lägeskommun, andel (%)
N02412	Elever i åk 6 med lägst betyget E i historia, kommunala skolor, andel (%)
N02413	Elever i åk 6 med lägst betyget E i historia, fristående skolor, andel (%)
N02414	Elever i åk 6 med lägst betyget E i kemi, lägeskommun, andel (%)
N02415	Elever i åk 6 med lägst betyget E i kemi, kommunala skolor, andel (%)
N02416	Elever i åk 6 med lägst betyget E i kemi, fristående skolor, andel (%)
N02417	Elever i åk 6 med lägst betyget E i moderna språk som språkval, lägeskommun, andel (%)
N02418	Elever i åk 6 med lägst betyget E i moderna språk som språkval, kommunala skolor, andel (%)
N02419	Elever i åk 6 med lägst betyget E i moderna språk som språkval, fristående skolor, andel (%)
N02420	Elever i åk 6 med lägst betyget E i modersmål, lägeskommun, andel (%)
N02421	Elever i åk 6 med lägst betyget E i modersmål, kommunala skolor, andel (%)
N02422	Elever i åk 6 med lägst betyget E i modersmål, fristående skolor, andel (%)
N02423	Elever i åk 6 med lägst betyget E i musik, lägeskommun, andel (%)
N02424	Elever i åk 6 med lägst betyget E i musik, kommunala skolor, andel (%)
N02425	Elever i åk 6 med lägst betyget E i musik, fristående skolor, andel (%)
N02426	Elever i åk 6 med lägst betyget E i religionskunskap, lägeskommun, andel (%)
N02427	Elever i åk 6 med lägst betyget E i religionskunskap, kommunala skolor, andel (%)
N02428	Elever i åk 6 med lägst betyget E i religionskunskap, fristående skolor, andel (%)
N02429	Elever i åk 6 med lägst betyget E i samhällskunskap, lägeskommun, andel (%)
N02430	Elever i åk 6 med lägst betyget E i samhällskunskap, kommunala skolor, andel (%)
N02431	Elever i åk 6 med lägst betyget E i samhällskunskap, fristående skolor, andel (%)
N02432	Elever i åk 6 med lägst betyget E i slöjd, lägeskommun, andel (%)
N02433	Elever i åk 6 med lägst betyget E i slöjd, kommunala skolor, andel (%)
N02434	Elever i åk 6 med lägst betyget E i slöjd, fristående skolor, andel (%)
N02435	Elever i åk 6 med lägst betyget E i teknik, lägeskommun, andel (%)
N02436	Elever i åk 6 med lägst betyget E i teknik, kommunala skolor, andel (%)
N02437	Elever i åk 6 med lägst betyget E i teknik, fristående skolor, andel (%)
N02438	Elever i åk. 6. betygspoäng i bild, lägeskommun, genomsnitt
N02439	Elever i åk. 6. betygspoäng i bild, kommunala skolor, genomsnitt
N02440	Elever i åk. 6. betygspoäng i bild, fristående skolor, genomsnitt
N02441	Elever i åk. 6. betygspoäng i biologi, lägeskommun, genomsnitt
N02442	Elever i åk. 6. betygspoäng i biologi, kommunala skolor, genomsnitt
N02443	Elever i åk. 6. betygspoäng i biologi, fristående skolor, genomsnitt
N02444	Elever i åk. 6. betygspoäng i engelska, lägeskommun, genomsnitt
N02445	Elever i åk. 6. betygspoäng i engelska, kommunala skolor, genomsnitt
N02446	Elever i åk. 6. betygspoäng i engelska, fristående skolor, genomsnitt
N02447	Elever i åk. 6. betygspoäng i fysik, lägeskommun, genomsnitt
N02448	Elever i åk. 6. betygspoäng i fysik, kommunala skolor, genomsnitt
N02449	Elever i åk. 6. betygspoäng i fysik, fristående skolor, genomsnitt
N02450	Elever i åk. 6. betygspoäng i geografi, lägeskommun, genomsnitt
N02451	Elever i åk. 6. betygspoäng i geografi, kommunala skolor, genomsnitt
N02452	Elever i åk. 6. betygspoäng i geografi, fristående skolor, genomsnitt
N02453	Elever i åk. 6. betygspoäng i hem- och konsumentkunskap, lägeskommun, genomsnitt
N02454	Elever i åk. 6. betygspoäng i hem- och konsumentkunskap, kommunala skolor, genomsnitt
N02455	Elever i åk. 6. betygspoäng i hem- och konsumentkunskap, fristående skolor, genomsnitt
N02456	Elever i åk. 6. betygspoäng i historia, lägeskommun, genomsnitt
N02457	Elever i åk. 6. betygspoäng i historia, kommunala skolor, genomsnitt
N02458	Elever i åk. 6. betygspoäng i historia, fristående skolor, genomsnitt
N02459	Elever i åk. 6. betygspoäng i idrott och hälsa, lägeskommun, genomsnitt
N02460	Elever i åk. 6. betygspoäng i idrott och hälsa, kommunala skolor, genomsnitt
N02461	Elever i åk. 6. betygspoäng i idrott och hälsa, fristående skolor, genomsnitt
N02462	Elever i åk. 6. betygspoäng i kemi, lägeskommun, genomsnitt
N02463	Elever i åk. 6. betygspoäng i kemi, kommunala skolor, genomsnitt
N02464	Elever i åk. 6. betygspoäng i kemi, fristående skolor, genomsnitt
N02465	Elever i åk. 6. betygspoäng i moderna språk som språkval, lägeskommun, genomsnitt
N02466	Elever i åk. 6. betygspoäng i moderna språk som språkval, kommunala skolor, genomsnitt
N02467	Elever i åk. 6. betygspoäng i moderna språk som språkval, fristående skolor, genomsnitt
N02468	Elever i åk. 6. betygspoäng i modersmål, lägeskommun, genomsnitt
N02469	Elever i åk. 6. betygspoäng i modersmål, kommunala skolor, genomsnitt
N02470	Elever i åk. 6. betygspoäng i modersmål, fristående skolor, genomsnitt
N02471	Elever i åk. 6. betygspoäng i musik, lägeskommun, genomsnitt
N02472	Elever i åk. 6. betygspoäng i musik, kommunala skolor, genomsnitt
N02473	Elever i åk. 6. betygspoäng i musik, fristående skolor, genomsnitt
N02474	Elever i åk. 6. betygspoäng i religionskunskap, lägeskommun, genomsnitt
N02475	Elever i åk. 6. betygspoäng i religionskunskap, kommunala skolor, genomsnitt
N02476	Elever i åk. 6. betygspoäng i religionskunskap, fristående skolor, genomsnitt
N02477	Elever i åk. 6. betygspoäng i samhällskunskap, lägeskommun, genomsnitt
N02478	Elever i åk. 6. betygspoäng i samhällskunskap, kommunala skolor, genomsnitt
N02479	Elever i åk. 6. betygspoäng i samhällskunskap, fristående skolor, genomsnitt
N02480	Elever i åk. 6. betygspoäng i slöjd, lägeskommun, genomsnitt
N02481	Elever i åk. 6. betygspoäng i slöjd, kommunala skolor, genomsnitt
N02482	Elever i åk. 6. betygspoäng i slöjd, fristående skolor, genomsnitt
N02483	Elever i åk. 6. betygspoäng i teknik, lägeskommun, genomsnitt
N02484	Elever i åk. 6. betygspoäng i teknik, kommunala skolor, genomsnitt
N02485	Elever i åk. 6. betygspoäng i teknik, fristående skolor, genomsnitt
N02797	Invånare 16-24 år som varken arbetar eller studerar, andel (%)
N02798	Invånare 25-29 som varken studerar eller arbetar, andel (%)
N02799	Födda barn, antal/1000 inv
N02820	Framskrivning, förväntat antal invånare 0 år om 5 år
N02822	Framskrivning, förväntat antal invånare 45-64 år om 5 år
N02823	Framskrivning, förväntat antal invånare 85+ om 5 år
N02824	Framskrivning, förväntad andel invånare 0-1 år om 5 år, andel (%)
N02826	Framskrivning, förväntad andel invånare 45-64 år om 5 år, andel (%)
N02827	Framskrivning, förväntad andel invånare 85+ år om 5 år, andel (%)
N02828	Framskrivning, förväntad förändring i antal invånare 0 år om 5 år, andel (%)
N02829	Framskrivning, förväntat antal invånare 67-79 år om 10 år
N02830	Framskrivning, förväntad förändring i antal invånare 45-64 år kommande 5 år, (%)
N02831	Framskrivning, förväntad förändring i antal invånare 85+ år kommande 5 år, (%)
N02832	Invånare 20-44 år, antal
N02833	Invånare 45-64 år, antal
N02834	Framskrivning, förväntat antal invånare om tio år
N02835	Framskrivning, förväntat antal invånare 0-19 år om 10 år
N02836	Framskrivning, förväntat antal invånare 20-66 år om 10 år
N02837	Framskrivning, förväntat antal invånare 80+ år om 10 år
N02838	Framskrivning, förväntad förändring i antal invånare om 10 år, (%)
N02839	Framskrivning, förväntad förändring i antal invånare 0-19 år om 10 år, (%)
N02840	Framskrivning, förväntad förändring i antal invånare 20-66 år om 10 år, (%)
N02841	Framskrivning, förväntad förändring i antal invånare 67-79 år om 10 år, (%)
N02842	Framskrivning, förväntad förändring i antal invånare 80+ år om 10 år, (%)
N02843	Framskrivning, förväntad andel invånare 0-19 år om 10 år, andel (%)
N02844	Framskrivning, förväntad andel invånare 20-66 år om 10 år, andel (%)
N02845	Framskrivning, förväntad andel invånare 67-79 år om 10 år, andel (%)
N02846	Framskrivning, förväntad andel invånare 80+ år om 10 år, andel (%)
N02847	Framskrivning, förväntad försörjningskvot, 20-66 år, om 10 år
N02890	Personer 20-64 som fått arbetslöshetsersättning någon period under året, andel (%)
N02893	Asylsökande/inskrivna i Migrationsverkets mottagningssystem 0-17 år, antal
N02894	Asylsökande/inskrivna i Migrationsverkets mottagningssystem 18+ år, antal
N02896	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal i kommunens boende
N02900	Utrikes födda invånare 0-19 år, andel (%)
N02901	Invånare 0-19 år med föräldrar som har högst grundskoleutbildning, andel (%)
N02902	Invånare 0-19 år med minst en långtidsarbetslös förälder, andel (%)
N02903	Invånare 0-19 år med minst en förälder med sjuk- eller aktivitetsersättning, andel (%)
N02907	Framskrivning, förväntat antal invånare om fem år
N02908	Framskrivning, förväntat antal invånare 01- 05 år om 5 år
N02909	Framskrivning, förväntat antal invånare 06-15 år om 5 år
N02910	Framskrivning, förväntat antal invånare 16-19 år om 5 år
N02911	Framskrivning, förväntat antal invånare 20-44 år om 5 år
N02912	Framskrivning, förväntat antal invånare 65+ om 5 år
N02913	Framskrivning, förväntat antal invånare 65-79 år om 5 år
N02914	Framskrivning, förväntat antal invånare 80+ om 5 år
N02915	Framskrivning, förväntad förändring i antal invånare kommande 5 år, (%)
N02916	Framskrivning, förväntad förändring i antal invånare 1-5 år kommande 5 år, (%)
N02917	Framskrivning, förväntad förändring i antal invånare 6-15 år kommande 5 år, (%)
N02918	Framskrivning, förväntad förändring i antal invånare 16-19 år kommande 5 år, (%)
N02919	Framskrivning, förväntad förändring i antal invånare 20-44 år kommande 5 år, (%)
N02920	Framskrivning, förväntad förändring i antal invånare 65+ kommande 5 år, (%)
N02921	Framskrivning, förväntad förändring i antal invånare 65-79 kommande 5 år, (%)
N02922	Framskrivning, förväntad förändring i antal invånare 80+ kommande 5 år, (%)
N02923	Kvinnor i befolkningen, andel (%)
N02924	Framskrivning, förväntad försörjningskvot om 5 år
N02925	Utrikes födda exklusive EU/EFTA, andel (%)
N02926	Utrikes födda, andel (%)
N02927	Inflyttade till det geografiska området, 0-5 år, antal
N02928	Inflyttade till det geografiska området, 6-19 år, antal
N02929	Inflyttade till det geografiska området, 20-64 år, antal
N02930	Inflyttade till det geografiska området, 65-79 år, antal
N02931	Inflyttade till det geografiska området, 80+ år, antal
N02932	Utflyttade från det geografiska området, 0-5 år, antal
N02933	Utflyttade från det geografiska området, 6-19 år, antal
N02934	Utflyttade från det geografiska området, 20-64 år, antal
N02935	Utflyttade från det geografiska området, 65-79 år, antal
N02936	Utflyttade från det geografiska området, 80+ år, antal
N02937	Invånare per kvadratkilometer, inv/kvm
N02938	Hushåll, antal
N02939	Ensamstående hushåll, antal
N02940	Sammanboende hushåll, antal
N02941	Övriga hushåll, antal
N02942	Ensamstående hushåll, andel (%)
N02943	Sammanboende hushåll, andel (%)
N02944	Övriga hushåll, andel (%)
N02952	Framskrivning, förväntad andel invånare 1-5 år om 5 år i kommunen, andel (%)
N02953	Framskrivning, förväntad andel invånare 6-15 år om 5 år, andel (%)
N02954	Framskrivning, förväntad andel invånare 16-19 år om 5 år, andel (%)
N02955	Framskrivning, förväntad andel invånare 0-19 år om 5 år, andel (%)
N02956	Framskrivning, förväntad andel invånare 20-44 år om 5 år, andel (%)
N02957	Framskrivning, förväntad andel invånare 65-79 år om 5 år, andel (%)
N02958	Framskrivning, förväntad andel invånare 80+ år om 5 år, andel (%)
N02959	Invånare 3-19 år, antal (-2023)
N02993	Landareal, kvadratkilometer
N02994	Förvärvsarbetande skyddsbehövande och anhöriga (flyktingar) 20-64 år, vistelsetid 4-6 år, andel (%)
N02996	Invånare 75+, andel (%)
N02997	Invånare 70+, andel (%)
N02998	Invånare 75+, antal
N02999	Invånare 70+, antal
N03001	Resultat före extraord. poster (kommunen), andel (%) av skatt & generella statsbidrag
N03002	Soliditet inkl pensionsåtag. kommun, (%)
N03003	Rörelsekapital kommun, kr/inv
N03004	Borgensförbindelser och övriga ansvarsförbindelser kommun, kr/inv
N03006	Försäljning av anläggningstillgångar som andel av skatt och generella statsbidrag kommun, (%)
N03007	Årets resultat kommun, kr/inv
N03008	Extraordinära poster kommunen, kr/inv
N03009	Generella statsbidrag och utjämning kommun, kr/inv
N03010	Skatteintäkter kommun, kr/inv
N03011	Verksamhetens nettokostnader enligt resultaträkningen kommun, kr/inv
N03012	Avskrivningar kommun, kr/inv
N03013	Verksamhetens kostnader totalt, kr/inv
N03014	Verksamhetens intäkter kommun, kr/inv
N03015	Årets resultat kommunens egna företag, kr/inv
N03016	Självfinansieringsgrad för kommunens verksamhet, (%)
N03017	Resultat före extord poster företag, kr/inv
N03018	Extraordinära poster företagen, kr/inv
N03026	Övriga bidrag från staten, kr/inv
N03031	Nettokostnad som andel av skatt & generella statsbidrag kommunkoncern, (%)
N03032	Finansnetto som andel av skatt & generella statsbidrag kommunkoncern, (%)
N03033	Resultat före extraordinära poster (kommunkoncern), andel (%) av skatt & generella statsbidrag
N03034	Soliditet inkl pensionsåtag. kommunkoncern, (%)
N03035	Årets resultat kommunkoncern, kr/inv
N03036	Eget kapital vid årets slut, kommunen, kr/inv
N03037	Borgensförbindelser och övriga ansvarsförbindelser inkl pensionsförpliktelser och löneskatt, kommun, kr/inv
N03038	Eget kapital kommunkoncern, kr/inv
N03039	Tillgångar totalt kommun, kr/inv
N03040	Skulder totalt kommun, kr/inv
N03041	Materiella & immateriella anläggningstillgångar kommunen, kr/inv
N03042	Finansiella anläggningstillgångar kommunen, kr/inv
N03043	Omsättningstillgångar kommunen, kr/inv
N03044	Avsättning för pensioner och löneskatt kommun, kr/inv
N03045	Andra avsättningar än pensioner och löneskatt kommun, kr/inv
N03046	Långfristiga skulder kommunen, kr/inv
N03047	Kortfristiga skulder kommunen, kr/inv
N03048	Pensionsförpl o löneskatt ej redov i balansräkning kommun, kr/inv
N03049	Tillgångar totalt kommunkoncern, kr/inv
N03050	Skulder totalt kommunkoncern, kr/inv
N03051	Materiella & immateriella anläggningstillgångar kommunkoncern, kr/inv
N03052	Finansiella anläggningstillgångar kommunkoncern, kr/inv
N03053	Omsättningstillgångar kommunkoncern, kr/inv
N03054	Avsättningar totalt kommunkoncern, kr/inv
N03055	Långfristiga skulder kommunkoncern, kr/inv
N03056	Kortfristiga skulder kommunkoncern, kr/inv
N03057	Extraordinära poster kommunkoncern, kr/inv
N03058	Verksamhetens nettokostnader enligt resultaträkningen kommunkoncern, kr/inv
N03059	Finansnetto kommunkoncern, kr/inv
N03060	Skatteintäkter och generella statsbidrag kommunkoncern, kr/inv
N03061	Verksamhetens intäkter kommunkoncern, kr/inv
N03062	Verksamhetens kostnader kommunkoncern, kr/inv
N03063	Avskrivningar kommunkoncern, kr/inv
N03064	LSS-utjämning kommunen, kr/inv
N03065	LSS-utjämning netto, kr/inv 1 nov fg år
N03066	Kostnad kommunens driftverksamhet totalt, kr/inv
N03067	Nettokostnad kommunens driftverksamhet totalt, kr/inv
N03068	Rörelsekapital kommunkoncern, kr/inv
N03074	Genomsnittlig allmän pensionsavgift, kr/inv 20-64 år
N03075	Resultatutjämningsreserv, kr/inv
N03078	Statliga driftbidrag, totalt, kr/inv
N03079	Verksamhetens nettokostnad som andel av skatteintäkter och generella statsbidrag, (%)
N03100	Nettokostnad som andel av skatt och generella statsbidrag kommun, (%)
N03101	Finansnetto som andel av skatt och generella statsbidrag kommunen, (%)
N03102	Årets resultat som andel av skatt & generella statsbidrag kommun, (%)
N03103	Självfinansieringsgrad för kommunens investeringar, andel (%)
N03104	Nettoinvesteringar i kommunen, andel (%) av skatt & generella statsbidrag
N03105	Kassalikviditet kommunen, (%)
N03106	Soliditet kommun, (%)
N03107	Resultat före extraordinära poster kommunen, kr/inv
N03108	Finansnetto kommunen, kr/inv
N03109	Kassalikviditet kommunkoncern, (%)
N03110	Soliditet kommunkoncern, (%)
N03111	Resultat före extraordinära poster kommunkoncern, kr/inv
N03112	Årets resultat som andel av skatt & generella statsbidrag kommunkoncern, (%)
N03113	Avsättningar kommun, kr/inv
N03114	Skulder, avsättningar och eget kapital kommunen, kr/inv
N03115	Skulder, avsättningar och eget kapital kommunkoncern, kr/inv
N03116	Aktier, andelar samt bostadsrätter i kommunens koncernföretag, kr/inv
N03117	Långfristiga fordringar kommun, kr/inv
N03118	Långfristiga fordringar i kommunens koncernföretag, kr/inv
N03120	Långfristiga skulder till koncernföretag, kr/inv
N03121	Borgen o andra förpliktelser gentemot kommunala bostadsföretag, kr/inv
N03122	Borgen o andra förpliktelser gentemot övriga kommunala företag, kr/inv
N03123	Räntekostnader för lån kommun, kr/inv
N03124	Finansiella intäkter kommunkoncern, kr/inv
N03125	Skulder och avsättningar kommunen, kr/inv
N03126	Skulder och avsättningar kommunkoncern, kr/inv
N03127	Verksamhetens resultat kommun, andel (%) av skatter och statsbidrag
N03128	Verksamhetens resultat kommun, kr/invånare
N03132	Nettoinvesteringar, totalt kommun, kr/inv
N03133	Ränta pensionsskuld kommun, kr/inv
N03135	Borgen o andra förplikt. gentemot övriga bostadsföretag/föreningar, kr/inv
N03136	Bidrag till statlig infrastruktur kommun, kr/inv
N03137	Bidrag till statlig infrastruktur kommunkoncern, kr/inv
N03138	Finansiella kostnader exkl ränta på pensionsskuld kommun, kr/inv
N03139	Balanskravsresultat kommun, kr/inv
N03140	Aktier, andelar samt bostadsrätter kommun, kr/inv
N03141	Nettoinvesteringar exkl. finansiella investeringar kommun, kr/inv
N03142	Kostnad forskning och utveckling kommun, kr/inv
N03143	Resultat efter synnerliga skäl i kommun, kr/inv (-2023)
N03144	Summa skuld kommun, kr/inv
N03145	Summa lån kommun exkl. vidareutlåning till koncernföretag, kr/inv (publiceras när K03138 har värde)
N03148	Investeringsutgifter kommunen totalt, kr/inv
N03149	Investeringsinkomster kommunen totalt, kr/inv
N03150	Investeringsutgifter Pedagogisk verksamhet, kr/inv
N03152	Balanskravsresultat att återställa efter synnerliga skäl i kommunen, kr/inv
N03153	Ackumulerat ej återställt negativt balanskravsresultat i kommunen, kr/inv
N03160	Investeringsutgifter inom vård och omsorg kommun, kr/inv
N03162	Investeringsutgifter inom infrastruktur, skydd mm kommun, kr/inv
N03163	Investeringsutgifter inom kultur- och fritidsverksamhet kommun, kr/inv
N03164	Investeringsutgifter inom politisk verksamhet kommun, kr/inv
N03166	Investeringsutgifter inom näringsliv och bostäder kommun, kr/inv
N03167	Investeringsutgifter inom särskilt riktade insatser kommun, kr/inv
N03168	Investeringsutgifter inom energi, vatten och avfall kommun, kr/inv
N03169	Investeringsutgifter inom kommunikationer kommun, kr/inv
N03170	Finansiella intäkter, kommun, kr/inv
N03171	Finansiella kostnader, kommun, kr/inv
N03172	Finansiella kostnader, kommunkoncern, kr/inv
N03180	Kostnad för interna köp och övriga interna kostnader för politisk verksamhet, kr/inv
N03181	Kostnad för interna köp och övriga interna kostnader för infrastruktur, skydd mm, kr/inv
N03182	Kostnad för interna köp och övriga interna kostnader för kultur och fritid, kr/inv
N03183	Kostnad för interna köp och övriga interna kostnader för pedagogisk verksamhet, kr/inv
N03184	Kostnad för interna köp och övriga interna kostnader för vård och omsorg, kr/inv
N03185	Kostnad för interna köp och övriga interna kostnader för särskilt riktade insatser, kr/inv
N03186	Kostnad för interna köp och övriga interna kostnader för affärsverksamhet, kr/inv
N03187	Kostnad för interna köp och övriga interna kostnader för gemensamma lokaler, kr/inv
N03188	Kostnad för interna köp och övriga interna kostnader för gemensamma verksamheter, kr/inv
N03189	Kostnad för interna köp och övriga interna kostnader, totalsumma, kr/inv
N03700	Bruttoregionprodukt, region (BRP), 1000 kr/invånare
N03701	Bruttoregionprodukt, region (BRP), 1000 kr/sysselsatt
N03702	Bruttoregionprodukt, kommun (BRP), 1000 kr/invånare
N03703	Bruttoregionprodukt, kommun (BRP), 1000 kr/sysselsatt
N03920	Arbetslösa av befolkningen, 18-65 år, andel (%)
N03921	Arbetslöshet 16-24 år, årsmedelvärde, andel (%) av bef. (-2024)
N03922	Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel (%) av bef. (-2024)
N03923	Långtidsarbetslöshet 15-74 år, årsmedelvärde, andel (%) av arbetslösa (-2024)
N03924	Långtidsarbetslösa av arbetslösa, 25-65 år, andel (%)
N03925	Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel (%) av arbetslösa (-2024)
N03926	Långtidsarbetslösa i befolkningen, 25-65 år, andel (%)
N03927	Arbetslöshet 16-24 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)
N03928	Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)
N03929	Långtidsarbetslöshet 25-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)
N03930	Långtidsarbetslöshet 16-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)
N03931	Arbetslöshet 25-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)
N03932	Arbetslöshet 16-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)
N03935	Arbetslösa av befolkningen, 18-24 år, andel (%)
N03936	Arbetslöshet 18-24 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)
N03937	Öppet arbetslösa av befolkningen, 18-65 år, andel (%)
N03938	Öppet arbetslösa av befolkningen, 25-65 år, andel (%)
N03939	Öppet arbetslösa av befolkningen, 18-24 år, andel (%)
N03941	Arbetslösa av arbetskraften (BAS), 18-65 år, andel (%)
N03942	Arbetslösa av arbetskraften (BAS), 18-24 år, andel (%)
N03943	Arbetslösa av arbetskraften (BAS), 25-65 år, andel (%)
N03944	Långtidsarbetslösa i arbetskraften (BAS), 18-24 år, andel (%)
N03945	Långtidsarbetslösa i arbetskraften (BAS), 25-65 år, andel (%)
N03946	Långtidsarbetslösa i arbetskraften (BAS), 18-65 år, andel (%)
N03947	Inskrivna i program med aktivitetsstöd av befolkningen, 18-65 år, andel (%)
N03948	Inskrivna i program med aktivitetsstöd av befolkningen, 25-65 år, andel (%)
N03949	Inskrivna i program med aktivitetsstöd av befolkningen, 18-24 år, andel (%)
N03950	Arbetslösa av befolkningen, 25-65 år, andel (%)
N03951	Långtidsarbetslösa i befolkningen, 18-24 år, andel (%)
N03952	Långtidsarbetslösa i befolkningen, 18-65 år, andel (%)
N03953	Långtidsarbetslösa av arbetslösa, 18-24 år, andel (%)
N03954	Långtidsarbetslösa av arbetslösa, 18-65 år, andel (%)
N04101	Kommunens köp av egentlig verksamhet totalt från offentliga utförare, andel (%) (-2024)
N04102	Kommunens köp av egentlig verksamhet totalt från regioner, andel (%)
N04103	Kommunens köp av egentlig verksamhet totalt från staten och statliga myndigheter, andel (%)
N04104	Kommunens köp av egentlig verksamhet totalt från kommunalförbund och SKR, andel (%)
N04105	Kommunens köp av egentlig verksamhet totalt från privata utförare, andel (%) (-2024)
N04107	Kommunens köp av pedagogisk verksamhet totalt, andel (%)
N04108	Kommunens köp av pedagogisk verksamhet totalt från offentliga utförare, andel (%) (-2024)
N04109	Kommunens köp av pedagogisk verksamhet totalt från privat utförare, andel (%) (-2024)
N04110	Kommunens köp av förskola totalt, andel (%)
N04111	Kommunens köp av förskola från offentliga utförare, andel (%) (-2024)
N04112	Kommunens köp av förskola från privata utförare, andel (%) (-2024)
N04113	Kommunens köp av grundskola F-9 (exkl. fritidshem) från offentliga utförare, andel (%) (-2024)
N04114	Kommunens köp av grundskola F-9 (exkl. fritidshem) från privata utförare, andel (%) (-2024)
N04115	Kommunens köp av gymnasieskola från offentliga utförare, andel (%) (-2024)
N04116	Kommunens köp av gymnasieskola från privata utförare, andel (%) (-2024)
N04117	Kommunens köp av vuxenutbildning (grundläggande och gymnasial) totalt, andel (%)
N04118	Kommunens köp av vuxenutbildning (grundläggande och gymnasial) från offentliga utförare, andel (%) (-2024)
N04119	Kommunens köp av vuxenutbildning (grundläggande och gymnasial) från privata utförare, andel (%) (-2024)
N04123	Kommunens köp av vård och omsorg totalt, andel (%)
N04124	Kommunens köp av vård och omsorg totalt från offentliga utförare, andel (%) (-2024)
N04125	Kommunens köp av vård och omsorg totalt från privata utförare, andel (%) (-2024)
N04127	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL, LSS och SFB (exkl. ersättning från Försäkringskassan) från offentliga utförare, andel (%) (-2024)
N04128	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL, LSS och SFB (exkl. ersättning från försäkringskassan) från privata utförare, andel (%) (-2024)
N04129	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL från offentliga utförare, andel (%) (-2024)
N04130	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL från privata utförare, andel (%) (-2024)
N04131	Kommunens köp av insatser till personer med funktionsnedsättning enligt LSS (exkl. ersättning från Försäkringskassan) från offentliga utförare, andel (%) (-2024)
N04132	Kommunens köp av insatser till personer med funktionsnedsättning enligt LSS (exkl. ersättning från Försäkringskassan) från privata utförare, andel (%) (-2024)
N04133	Kommunens köp av äldreomsorg från offentliga utförare, andel (%) (-2024)
N04135	Kommunens köp av hemtjänst i ordinärt boende äldreomsorg från offentliga utförare, andel (%) (-2024)
N04136	Kommunens köp av hemtjänst i ordinärt boende äldreomsorg från privata utförare, andel (%) (-2024)
N04137	Kommunens köp av särskilt boende äldreomsorg från offentliga utförare, andel (%) (-2024)
N04138	Kommunens köp av särskilt boende äldreomsorg från privata utförare, andel (%) (-2024)
N04139	Kommunens köp av korttidsboende äldreomsorg totalt, andel (%)
N04140	Kommunens köp av korttidsboende äldreomsorg från offentliga utförare, andel (%) (-2024)
N04141	Kommunens köp av korttidsboende äldreomsorg från privata utförare, andel (%) (-2024)
N04143	Kommunens köp av vård för vuxna med missbruksproblem från offentliga utförare, andel (%) (-2024)
N04144	Kommunens köp av övrig IFO inkl. familjerätt från offentliga utförare, andel (%) (-2024)
N04145	Kommunens köp av barn- och ungdomsvård från offentliga utförare, andel (%) (-2024)
N04146	Kommunens köp av politisk verksamhet från offentliga utförare, andel (%)
N04147	Kommunens köp av politisk verksamhet från privata utförare, andel (%)
N04148	Kommunens köp av infrastruktur och skydd från offentliga utförare, andel (%) (-2024)
N04149	Kommunens köp av infrastruktur och skydd från privata utförare, andel (%) (-2024)
N04150	Kommunens köp av särskilt riktade insatser totalt, andel (%)
N04151	Kommunens köp av särskilt riktade insatser från offentliga utförare, andel (%) (-2024)
N04152	Kommunens köp av särskilt riktade insatser från privata utförare, andel (%) (-2024)
N04153	Kommunens köp av flyktingmottagande från offentliga utförare, andel (%) (-2024)
N04154	Kommunens köp av arbetsmarknadsåtgärder från offentliga utförare, andel (%) (-2024)
N04155	Kommunens köp av arbetsmarknadsåtgärder från privata utförare, andel (%) (-2024)
N04156	Kommunens köp av kultur och fritid från offentliga utförare, andel (%) (-2024)
N04157	Kommunens köp av kultur och fritid från privata utförare, andel (%) (-2024)
N04158	Kommunens köp av äldreomsorg från privata utförare, andel (%) (-2024)
N04159	Kommunens köp av individ- och familjeomsorg totalt, andel (%)
N04160	Kommunens köp av individ- och familjeomsorg från offentliga utförare, andel (%) (-2024)
N04161	Kommunens köp av individ- och familjeomsorg från privata utförare, andel (%) (-2024)
N04162	Kommunens köp av vård för vuxna med missbruksproblem från privata utförare, andel (%) (-2024)
N04163	Kommunens köp av övrig IFO inkl. familjerätt från privata utförare, andel (%) (-2024)
N04164	Kommunens köp av barn- och ungdomsvård från privata utförare, andel (%) (-2024)
N05001	Intäkter politisk verksamhet, kr/inv
N05002	Nettokostnad politisk verksamhet, kr/inv
N05003	Nettokostnad stöd till politiska partier, kr/inv
N05004	Nettokostnad revision, kr/inv
N05005	Nettokostnad övrig politisk verksamhet, kr/inv
N05006	Kostnad nämnd- och styrelseverksamhet, kr/inv
N05007	Kostnad stöd till politiska partier, kr/inv
N05008	Kostnad revision, kr/inv
N05009	Kostnad övr politisk verksamhet, kr/inv
N05010	Kostnad politisk verksamhet, kr/inv
N05011	Nettokostnad nämnd- och styrelseverksamhet, kr/inv
N05013	Kommunens köp av politisk verksamhet totalt, andel (%)
N05014	Gemensamma kostnader fördelade till politisk verksamhet, andel (%)
N05015	Nettokostnad, revision, tkr
N05016	Kostnad lön + PO, revision, tkr
N05017	Övriga kostnader, revision, tkr
N05018	Köp av verksamhet, revision, tkr
N05019	Nettokostnad, revision, promille av total verksamhetskostnad
N05020	Nettokostnad revision kommun, kr/inv
N05165	Kommunens köp av flyktingmottagande från privata utförare, andel (%) (-2024)
N05400	Valdeltagande i minst ett av valen till riksdag, regionfullmäktige eller kommunfullmäktige,  andel (%)
N05401	Valdeltagande i senaste kommunalvalet, andel (%)
N05402	Valdeltagande i senaste regionvalet, andel (%)
N05403	Valdeltagande i senaste riksdagsvalet, andel (%)
N05404	Valdeltagande i senaste europaparlamentsvalet, andel (%)
N05405	Revisionsberättelse utan anmärkning eller avstyrkt ansvarsfrihet kommun, (Ja=1, Nej=0)
N05406	Ansvarsprövning i KF utan anmärkning och med beviljad ansvarsfrihet för samtliga ledamöter, (Ja=1, Nej=0)
N05701	Förtroendevalda revisorer i kommunen, antal
N05801	Röster på Socialdemokraterna i senaste kommunvalet, andel (%)
N05802	Röster på Vänsterpartiet i senaste kommunvalet, andel (%)
N05803	Röster på Miljöpartiet i senaste kommunvalet, andel (%)
N05804	Röster på Sverigedemokraterna i senaste kommunvalet, andel (%)
N05805	Röster på Moderaterna i senaste kommunvalet, andel (%)
N05806	Röster på Liberalerna i senaste kommunvalet, andel (%)
N05807	Röster på Centerpartiet i senaste kommunvalet, andel (%)
N05808	Röster på Kristdemokraterna i senaste kommunvalet, andel (%)
N05809	Röster på övriga partier i senaste kommunvalet, andel (%)
N05810	Förtroendevalda kommunpolitiker på heltid, andel (%)
N05811	Förtroendevalda kommunpolitiker på deltid, andel (%)
N05812	Antal invånare per förtroendevald kommunpolitiker
N05813	Antal förtroendeuppdrag per förtroendevald kommunpolitiker
N05814	Kvinnor bland förtroendevalda kommunpolitiker, andel (%)
N05815	Kvinnor i kommunfullmäktige, andel (%)
N05816	Kvinnor på ordförandeposter i kommunen, andel (%)
N05817	Förtroendevalda kommunpolitiker i åldern 18-29 år, andel (%)
N05818	Förtroendevalda kommunpolitiker i åldern 30-49 år, andel (%)
N05819	Förtroendevalda kommunpolitiker i åldern 50-64 år, andel (%)
N05820	Förtroendevalda kommunpolitiker i åldern 65+, andel (%)
N05821	Kommunfullmäktigeledamöter i åldern 18-29 år, andel (%)
N05822	Kommunfullmäktigeledamöter i åldern 30-49 år, andel (%)
N05823	Kommunfullmäktigeledamöter i åldern 50-64 år, andel (%)
N05824	Kommunfullmäktigeledamöter i åldern 65+, andel (%)
N05825	Utrikes födda bland förtroendevalda kommunpolitiker, andel (%)
N05826	Utrikes födda i kommunfullmäktige, andel (%)
N05827	Mediannettoinkomst kommunens förtroendevalda politiker, kr/person
N05828	Män på ordförandeposter i kommunen, andel (%)
N05829	Politiskt styre i kommunen (1=vänster, 2=blocköverskridande, 3=borgerligt styre, 4=Övrigt Styre, 5=Borgerlig/SD)
N05830	Förtroendevalda som hoppat av kommunfullmäktige, andel (%)
N05831	Valdeltagande i det valdistrikt som hade lägst andel röstande i senaste kommunvalet, andel (%)
N05832	Utrikes födda i kommunfullmäktige, balanstal
N05833	Valdeltagande i det valdistrikt som hade högst andel röstande i senaste kommunvalet, andel (%)
N07001	Kostnad fysisk o. teknisk planering, bostadsförbättringar, kr/inv
N07002	Kostnad konsument och energirådgivning, kr/inv
N07003	Kostnad turistverksamhet, kr/inv
N07004	Kostnad väg- och järnvägsnät, parkering, kr/inv
N07005	Kostnad parker, kr/inv
N07006	Kostnad miljö- och hälsoskydd, myndighetsutövning, kr/inv
N07007	Kostnad miljö, hälsa och hållbar utveckling, ej myndighetsutövning, kr/inv
N07008	Kostnad alkoholtillstånd m.m., kr/inv
N07009	Kostnad räddningstjänst, kr/inv
N07010	Kostnad totalförsvar och samhällsskydd, kr/inv
N07011	Intäkter infrastruktur, skydd mm, kr/inv
N07012	Intäkter fysisk o. teknisk planering, bostadsförbättringar, kr/inv
N07013	Intäkter konsument och energirådgivning, kr/inv
N07014	Intäkter turistverksamhet, kr/inv
N07015	Intäkter väg- och järnvägsnät, parkering, kr/inv
N07016	Intäkter parker, kr/inv
N07017	Intäkter miljö- och hälsoskydd, myndighetsutövning, kr/inv
N07018	Intäkter miljö hälsa och hållbar utveckling, kr/inv
N07019	Intäkter alkoholtillstånd m.m., kr/inv
N07020	Intäkter räddningstjänst, kr/inv
N07021	Intäkter totalförsvar och samhällsskydd, kr/inv
N07022	Nettokostnad konsument och energirådgivning, kr/inv
N07023	Nettokostnad turistverksamhet, kr/inv
N07024	Nettokostnad väg- och järnvägsnät, parkering, kr/inv
N07025	Nettokostnad parker, kr/inv
N07026	Nettokostnad miljö- och hälsoskydd, myndighetsutövning, kr/inv
N07027	Nettokostnad miljö, hälsa och hållbar utveckling, kr/inv
N07028	Nettokostnad alkoholtillstånd m.m, kr/inv
N07029	Nettokostnad totalförsvar och samhällsskydd, kr/inv
N07030	Månadsavlönad personal, kommunalt anställda teknisk handläggare, antal
N07031	Månadsavlönad personal, kommunalt anställda ingenjörer, antal
N07032	Månadsavlönad personal, kommunalt anställda i räddningstjänstarbete, antal
N07033	Årsarbetare, kommunalt anställda teknisk handläggare, antal
N07034	Årsarbetare, kommunalt anställda ingenjörer, antal
N07035	Årsarbetare, kommunalt anställda i räddningstjänstarbete, antal
N07036	Kostnad infrastruktur, skydd mm, kr/inv
N07037	Nettokostnad infrastruktur, skydd m.m., kr/inv
N07038	Nettokostnad fysisk o. teknisk planering, bostadsförbättringar, kr/inv
N07039	Nettokostnad väg- och järnvägsnät, parkering samt parker, kr/inv
N07040	Nettokostnad miljö, hälsa, myndighetsutöv mm, kr/inv
N07041	Nettokostnad räddningstjänst, kr/inv
N07046	Gemensamma kostnader fördelade till infrastruktur, skydd mm, andel (%)
N07402	Anmälda brott om grov kvinnofridskränkning i kommunen, antal/100 000 inv
N07403	Anmälda våldsbrott, antal/100 000 inv
N07410	Nytillkomna bostäder i kollektivtrafiknära läge, andel (%)
N07412	Befolkning, utanför tätort, i kollektivtrafiknära läge, andel (%)
N07415	Byggnadsbränder med spridning från startobjektet, antal/1000 inv
N07418	Befolkning i kollektivtrafiknära läge, andel (%)
N07419	Befolkning, inom tätort, i kollektivtrafiknära läge, andel (%)
N07497	Nöjd Medborgar-index - Tillgång till gångvägar/cykelvägar, medelbetyg (skala 0-10)
N07530	Invånare med tillgång till dagligvarubutik inom 2 km, andel (%)
N07531	Invånare 0-16 år med tillgång till grundskola inom 2 km, andel (%)
N07536	Anmälda brott mot frihet och frid, antal/100 000 inv
N07537	Anmälda sexualbrott, antal/100 000 inv
N07538	Anmälda ekobrott, antal/100 000 inv
N07540	Anmälda brott totalt, antal/100 000 inv
N07541	Anmält våld i inomhusmiljö mot barn och unga, antal/100 000 inv
N07542	Anmält våld i utomhusmiljö mot barn och unga, antal/100 000 inv
N07543	Anmälda personrån, antal/100 000 inv
N07544	Anmälda narkotikabrott, antal/100 000 inv
N07546	Anmälda bostadsinbrott, antal/100 000 inv
N07547	Anmälda bilbrott, antal/100 000 inv
N07548	Anmälda trafikbrott, antal/100 000 inv
N07549	Anmälda misshandelsbrott mot kvinna, inomhus, bekant med offret, antal/100 000 inv
N07600	NTU - Förtroende för rättsväsendet som helhet, andel (%)
N07601	NTU - Förtroende för polisens sätt att bedriva sitt arbete, andel (%)
N07602	NTU - Förtroende för åklagarnas sätt att bedriva sitt arbete, andel (%)
N07603	NTU - Förtroende för domstolarnas sätt att bedriva sitt arbete, andel (%)
N07604	NTU - Förtroende för kriminalvården sätt att bedriva sitt arbete, andel (%)
N07605	NTU - Förtroende för att rättsväsendet hanterar brottsmisstänkta på ett rättvist sätt, andel (%)
N07606	NTU - Förtroende för att polisen hanterar brottsmisstänkta på ett rättvist sätt, andel (%)
N07607	NTU - Förtroende för att rättsväsendet behandlar brottsutsatta på ett bra sätt, andel (%)
N07608	NTU - Förtroende för att polisen behandlar brottsutsatta på ett bra sätt, andel (%)
N07609	NTU - Otrygghet vid utomhusvistelse sen kväll i det egna bostadsområdet, andel (%)
N07610	NTU - Uppfattar att antalet brott har ökat under de senaste tre åren, andel (%)
N07611	NTU - Oro över brottsligheten i samhället, andel (%)
N07612	NTU - Oro för att närstående ska drabbas utav brott, andel (%)
N07613	NTU - Oro för att utsättas för misshandel, andel (%)
N07614	NTU - Oro för att utsättas för våldtäkt eller andra sexuella angrepp, andel (%)
N07615	NTU - Oro för att utsättas för personrån, andel (%)
N07616	NTU - Oro för att utsättas för bedrägeri på internet, andel (%)
N07617	NTU - Oro för att utsättas för bostadsinbrott, andel (%)
N07618	NTU - Oro för att utsättas för stöld av/skadegörelse på bil, andel (%)
N07619	NTU - Valt en annan väg eller ett annat färdsätt pga oro för att utsättas för brott, andel (%)
N07620	NTU - Avstått från någon aktivitet pga oro för att utsättas för brott, andel (%)
N07621	NTU - Avstått från någon aktivitet på internet pga oro för att utsättas för brott, andel (%)
N07622	NTU - Oro för brott påverkar livskvaliteten i stor utsträckning , andel (%)
N07623	NTU - Upplever att det är problem med nedskräpning i det egna bostadsområdet, andel (%)
N07624	NTU - Upplever att det är problem med skadegörelse i det egna bostadsområdet, andel (%)
N07625	NTU - Upplever att det är problem med klotter i det egna bostadsområdet, andel (%)
N07626	NTU - Upplever att det är problem med fortkörning i det egna bostadsområdet, andel (%)
N07627	NTU - Upplever att det är problem med övrigt störande körning med moped, bil eller andra motorfordon i det egna bostadsområdet, andel (%)
N07628	NTU - Upplever att det är problem med personer påverkade av alkohol eller droger utomhus i det egna bostadsområdet, andel (%)
N07629	NTU - Upplever att det är problem med gäng som uppehåller sig i det egna bostadsområdet, andel (%)
N07630	NTU - Upplever  att det är problem med personer eller gäng som bråkar eller stör i det egna bostadsområdet, andel (%)
N07631	NTU - Upplever att det är problem med öppen narkotikahandel i det egna bostadsområdet, andel (%)
N07632	NTU - Upplever att polisen inte bryr sig om de problem som finns i det egna bostadsområdet , andel (%)
N07633	NTU - Självrapporterad utsatthet för brott mot enskild person, andel (%)
N07634	NTU - Självrapporterad utsatthet för misshandel, andel (%)
N07635	NTU - Självrapporterad utsatthet för hot, andel (%)
N07636	NTU - Självrapporterad utsatthet för sexualbrott, andel (%)
N07637	NTU - Självrapporterad utsatthet för personrån, andel (%)
N07638	NTU - Självrapporterad utsatthet för fickstöld, andel (%)
N07639	NTU - Självrapporterad utsatthet för försäljningsbedrägeri, andel (%)
N07640	NTU - Självrapporterad utsatthet för kort-/kreditbedrägeri, andel (%)
N07641	NTU - Självrapporterad utsatthet för nätkränkning, andel (%)
N07642	NTU - Självrapporterad utsatthet för trakasserier, andel (%)
N07643	NTU - Självrapporterad utsatthet för egendomsbrott, andel (%)
N07644	NTU - Självrapporterad utsatthet för bostadsbrott, andel (%)
N07645	NTU - Självrapporterad utsatthet för bilstöld, andel (%)
N07646	NTU - Självrapporterad utsatthet för stöld ur/från fordon, andel (%)
N07647	NTU - Självrapporterad utsatthet för cykelstöld, andel (%)
N07648	Osäkerhetstal - Förtroende för rättsväsendet som helhet, andel (%)
N07649	Osäkerhetstal - Förtroende för polisens sätt att bedriva sitt arbete, andel (%)
N07650	Osäkerhetstal - Förtroende för åklagarnas sätt att bedriva sitt arbete, andel (%)
N07651	Osäkerhetstal - Förtroende för domstolarnas sätt att bedriva sitt arbete, andel (%)
N07652	Osäkerhetstal - Förtroende för kriminalvården sätt att bedriva sitt arbete, andel (%)
N07653	Osäkerhetstal - Förtroende för att rättsväsendet hanterar brottsmisstänkta på ett rättvist sätt, andel (%)
N07654	Osäkerhetstal - Förtroende för att polisen hanterar brottsmisstänkta på ett rättvist sätt, andel (%)
N07655	Osäkerhetstal - Förtroende för att rättsväsendet behandlar brottsutsatta på ett bra sätt, andel (%)
N07656	Osäkerhetstal - Förtroende för att polisen behandlar brottsutsatta på ett bra sätt, andel (%)
N07657	Osäkerhetstal - Otrygghet vid utomhusvistelse sen kväll i det egna bostadsområdet, andel (%)
N07658	Osäkerhetstal - Uppfattar att antalet brott har ökat under de senaste tre åren, andel (%)
N07659	Osäkerhetstal - Oro över brottsligheten i samhället, andel (%)
N07660	Osäkerhetstal - Oro för att närstående ska drabbas utav brott, andel (%)
N07661	Osäkerhetstal - Oro för att utsättas för misshandel, andel (%)
N07662	Osäkerhetstal - Oro för att utsättas för våldtäkt eller andra sexuella angrepp, andel (%)
N07663	Osäkerhetstal - Oro för att utsättas för personrån, andel (%)
N07664	Osäkerhetstal - Oro för att utsättas för bedrägeri på internet, andel (%)
N07665	Osäkerhetstal - Oro för att utsättas för bostadsinbrott, andel (%)
N07666	Osäkerhetstal - Oro för att utsättas för stöld av/skadegörelse på bil, andel (%)
N07667	Osäkerhetstal - Valt en annan väg eller ett annat färdsätt pga oro för att utsättas för brott, andel (%)
N07668	Osäkerhetstal - Avstått från någon aktivitet pga oro för att utsättas för brott, andel (%)
N07669	Osäkerhetstal - Avstått från någon aktivitet på internet pga oro för att utsättas för brott, andel (%)
N07670	Osäkerhetstal - Oro för brott påverkar livskvaliteten i stor utsträckning , andel (%)
N07671	Osäkerhetstal - Upplever att det är problem med nedskräpning i det egna bostadsområdet, andel (%)
N07672	Osäkerhetstal - Upplever att det är problem med skadegörelse i det egna bostadsområdet, andel (%)
N07673	Osäkerhetstal - Upplever att det är problem med klotter i det egna bostadsområdet, andel (%)
N07674	Osäkerhetstal - Upplever att det är problem med fortkörning i det egna bostadsområdet, andel (%)
N07675	Osäkerhetstal - Upplever att det är problem med övrigt störande körning med moped, bil eller andra motorfordon i det egna bostadsområdet, andel (%)
N07676	Osäkerhetstal - Upplever att det är problem med personer påverkade av alkohol eller droger utomhus i det egna bostadsområdet, andel (%)
N07677	Osäkerhetstal - Upplever att det är problem med gäng som uppehåller sig i det egna bostadsområdet, andel (%)
N07678	Osäkerhetstal - Upplever  att det är problem med personer eller gäng som bråkar eller stör i det egna bostadsområdet, andel (%)
N07679	Osäkerhetstal - Upplever att det är problem med öppen narkotikahandel i det egna bostadsområdet, andel (%)
N07680	Osäkerhetstal - Upplever att polisen inte bryr sig om de problem som finns i det egna bostadsområdet , andel (%)
N07681	Osäkerhetstal - Självrapporterad utsatthet för brott mot enskild person, andel (%)
N07682	Osäkerhetstal - Självrapporterad utsatthet för misshandel, andel (%)
N07683	Osäkerhetstal - Självrapporterad utsatthet för hot, andel (%)
N07684	Osäkerhetstal - Självrapporterad utsatthet för sexualbrott, andel (%)
N07685	Osäkerhetstal - Självrapporterad utsatthet för personrån, andel (%)
N07686	Osäkerhetstal - Självrapporterad utsatthet för fickstöld, andel (%)
N07687	Osäkerhetstal - Självrapporterad utsatthet för försäljningsbedrägeri, andel (%)
N07688	Osäkerhetstal - Självrapporterad utsatthet för kort-/kreditbedrägeri, andel (%)
N07689	Osäkerhetstal - Självrapporterad utsatthet för nätkränkning, andel (%)
N07690	Osäkerhetstal - Självrapporterad utsatthet för trakasserier, andel (%)
N07691	Osäkerhetstal - Självrapporterad utsatthet för egendomsbrott, andel (%)
N07692	Osäkerhetstal - Självrapporterad utsatthet för bostadsbrott, andel (%)
N07693	Osäkerhetstal - Självrapporterad utsatthet för bilstöld, andel (%)
N07694	Osäkerhetstal - Självrapporterad utsatthet för stöld ur/från fordon, andel (%)
N07695	Osäkerhetstal - Självrapporterad utsatthet för cykelstöld, andel (%)
N07700	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), kg
N07701	Utsläpp till luft av kväveoxider (NOx), totalt, kg
N07702	Utsläpp till luft av växthusgaser totalt, ton CO2-ekv
N07710	Elbilsladdpunkter: normalladdare, antal
N07711	Elbilsladdpunkter: snabbladdare, antal
N07712	Elbilsladdpunkter: supersnabbladdare, antal
N07713	Elbilsladdpunkter, totalt antal
N07782	Drivmedelsleverans till vägtransporter, liter/inv (-2023)
N07783	HVO-leverans till vägtransporter, liter/inv
N07784	Etanolleverans till vägtransporter, liter/inv (-2023)
N07785	Biodieselleverans (FAME) till vägtransporter, kbm
N07786	Bensinleverans till vägtransporter, liter/inv (-2023)
N07787	Dieselleverans till vägtransporter, liter/inv
N07788	Bensin- och dieselleverans till vägtransporter, liter/inv (-2023)
N07800	Kommunens köp av infrastruktur och skydd totalt, andel (%)
N07802	Bilväg i kommunen, kommunal, meter/inv
N07803	Cykelväg i kommunen, kommunal, meter/inv
N07804	Sjukhusrapporterade olyckor inom vägtransportområde, antal/100 000 inv
N07805	Bilväg i kommunen, total, meter/inv
N07806	Cykelväg i kommunen, total, meter/inv
N07807	Väg i kommunen, kommunal, meter/inv
N07810	Bil- och cykelväg i kommunen, kommunal, meter
N07811	Bilväg i kommunen, kommunal, meter
N07812	Cykelväg i kommunen, kommunal, meter
N07813	Bilväg i kommunen, statlig, meter/inv
N07814	Bilväg i kommunen, enskild, meter/inv
N07815	Bilväg i kommunen, statlig, meter
N07816	Bilväg i kommunen, enskild, meter
N07817	Cykelväg i kommunen, statlig, meter/inv
N07818	Cykelväg i kommunen, enskild, meter/inv
N07819	Cykelväg i kommunen, statlig, meter
N07820	Cykelväg i kommunen, enskild, meter
N07821	Bilväg i kommunen, total, meter
N07822	Cykelväg i kommunen, total, meter
N07898	Medarbetarengagemang (HME) infrastruktur, skydd m.m - svarsfrekvens, andel (%)
N07900	Tillgång till fast bredband om minst 100 Mbit/s, andel (%)
N07901	Bostäder med hyresrätter, antal/1000 inv
N07902	Bostäder med bostadsrätter, antal/1000 inv
N07903	Bostäder med äganderätter, antal/1000 inv
N07904	Bostäder där uppgift om upprättelseform saknas, antal/1000 inv
N07905	Färdigställda bostäder i småhus, antal/1000 inv
N07906	Färdigställda bostäder i flerbostadshus, nybyggnad, antal/1000inv
N07907	Trångboddhet i flerbostadshus, enligt norm 2, andel (%)
N07908	Fastighetspris bostadsrätt, kr/kvm
N07909	Fastighetspris småhus, kr/kvm
N07910	Fastighetspris fritidshus, kr/kvm
N07911	Fritidshus, antal/1000 inv
N07912	Genomsnittlig boyta, kvm/inv
N07913	Bostäder totalt, antal/1000 inv
N07914	Trångboddhet i flerbostadshus, enligt norm 3, andel (%)
N07915	Fastighetspris småhus, tkr
N07916	Färdigställda bostäder, ny- och ombyggnad, antal/1000 inv
N07917	Färdigställda bostäder, nybyggnad, antal/1000 inv
N07918	Hushåll med tillgång till eller möjlighet att ansluta till bredband om minst 1 Gbit/s, andel (%)
N07919	Hushåll i tätbebyggt område med tillgång till eller möjlighet i att ansluta till bredband om minst 1 Gbit/s, andel (%)
N07920	Hushåll i glesbebyggt område med tillgång till eller möjlighet att ansluta till bredband om minst 1 Gbit/s, andel (%)
N07923	Planberedskap för nya bostäder som kan byggas med stöd av alla gällande detaljplaner den 31/12, antal/1000 inv
N07924	Bostäder som planlagts under de senaste två åren, antal/1000 inv
N07925	Bostäder som beviljats bygglov under de senaste två åren, antal/1000 inv
N07926	Mediantid från planuppdrag till antagande under de senaste två åren, mediantid i månader
N07927	Mediantid från samrådsstart till antagande under de senaste två åren, mediantid i månader
N07928	Överklagade detaljplaner under de senaste två åren, andel (%)
N07929	Beslut om antagande av detaljplan som fattats i kommunen under de senaste två åren, antal
N07931	Försäljning av småhus, antal
N07932	Försäljning av fritidshus, antal
N07933	Försäljning av bostadsrätt, antal
N07935	Bilar, antal/1000 inv
N07936	Bensinbilar, antal/1000 inv
N07937	Dieselbilar, antal/1000 inv
N07938	Elbilar, antal/1000 inv
N07939	Elhybridbilar, antal/1000 inv
N07940	Laddhybridbilar, antal/1000 inv
N07941	Etanolbilar, antal/1000 inv
N07942	Gasbilar, antal/1000 inv
N07943	Bensinbilar, andel (%)
N07944	Dieselbilar, andel (%)
N07945	Elbilar, andel (%)
N07946	Elhybridbilar, andel (%)
N07947	Laddhybridbilar, andel (%)
N07948	Etanolbilar, andel (%)
N07949	Gasbilar, andel (%)
N07950	Färdigställda hyresrätter i flerbostadshus, antal/1000 inv
N07951	Färdigställda bostadsrätter i flerbostadshus, antal/1000 inv
N07952	Färdigställda äganderätter i flerbostadshus, antal/1000 inv
N07953	Färdigställda hyresrätter i småhus, antal/1000 inv
N07954	Färdigställda bostadsrätter i småhus, antal/1000 inv
N07955	Färdigställda äganderätter i småhus, antal/1000 inv
N07956	Hyresrätter i bostadsbeståndet, andel (%)
N07957	Bostadsrätter i bostadsbeståndet, andel (%)
N07958	Äganderätter i bostadsbeståndet, andel (%)
N07960	Inomhusbassänger, antal
N07961	Inomhusbassänger, antal/100 000 inv
N07962	Inomhusbassänger, antal/1000 inv 7-20 år
N07963	Inomhusbassänger 25-49 m, antal
N07964	Inomhusbassänger 25-49 m, antal/10 000 inv 0-18 år
N07965	Inomhusbassänger 25-49 m, antal/10 000 inv
N07966	Inomhusbassänger 49+ m, antal
N07967	Inomhusbassänger 49+ m, antal/10 000 inv 0-18 år
N07968	Inomhusbassänger 49+ m, antal/10 000 inv
N09001	Kostnad musik och kulturskola, kr/inv 7-15 år
N09002	Kostnad allmän fritidsverksamhet, kr/inv
N09003	Kostnad idrotts- och fritidsanläggningar, kr/inv
N09004	Kostnad fritidsgårdar, kr/inv
N09005	Kostnad musik- och kulturskola, kr/inv
N09006	Kostnad stöd till studieorganisationer, kr/inv
N09007	Kostnad allmän kulturverksamhet, kr/inv
N09008	Kostnad bibliotek, kr/inv
N09009	Intäkter fritidsverksamhet, kr/inv
N09010	Intäkter allmän fritidsverksamhet, kr/inv
N09011	Intäkter fritidsgårdar, kr/inv
N09012	Intäkter Idrotts- och fritidsanläggningar, kr/inv
N09013	Intäkter kulturverksamhet, kr/inv
N09014	Intäkter musik- och kulturskola, kr/inv
N09015	Intäkter stöd till studieorganisationer, kr/inv
N09016	Intäkter allmän kulturverksamhet, kr/inv
N09017	Intäkter bibliotek, kr/inv
N09018	Nettokostnad fritidsverksamhet, kr/inv
N09019	Nettokostnad allmän fritidsverksamhet, kr/inv
N09020	Nettokostnad fritidsgårdar, kr/inv
N09021	Nettokostnad Idrotts- och fritidsanläggningar, kr/inv
N09022	Nettokostnad kulturverksamhet, kr/inv
N09023	Nettokostnad musik- och kulturskola, kr/inv
N09024	Nettokostnad stöd till studieorganisationer, kr/inv
N09025	Nettokostnad allmän kulturverksamhet, kr/inv
N09026	Nettokostnad bibliotek, kr/inv
N09027	Månadsavlönad personal, kommunalt anställda fritidsledare, antal
N09028	Månadsavlönad personal, kommunalt anställda bibliotekarier, biblioteksassistenter, antal
N09029	Månadsavlönad personal, kommunalt anställda i övrig kultur, turism och friluftsliv, antal
N09030	Månadsavlönade inom kultur och fritid, kommun, antal
N09031	Årsarbetare, kommunalt anställda fritidsledare, antal
N09032	Årsarbetare, kommunalt anställda bibliotekarier, biblioteksassistenter, antal
N09033	Årsarbetare, kommunalt anställda i övrig kultur, turism och friluftsliv, antal
N09034	Årsarbetare inom kultur och fritid, kommun, antal
N09035	Anställda vid kommunala bibliotek, antal/10 000 inv
N09040	Kommunens köp av kultur och fritid totalt, andel (%)
N09041	Kommunens köp av kultur och fritid från privatägda företag, andel (%)
N09042	Gemensamma kostnader fördelade till kulturverksamhet, andel (%)
N09043	Gemensamma kostnader fördelade till fritidsverksamhet, andel (%)
N09100	Kostnad kulturverksamhet, kr/inv
N09101	Kostnad för kulturverksamhet, andel av total driftskostnad, (%)
N09102	Kostnad fritidsverksamhet, kr/inv
N09103	Kostnad för fritidsverksamhet, andel av total driftskostnad, (%)
N09104	Kostnad öppen fritidsverksamhet, kr/inv
N09200	Tillsvidareanställda månadsavlönade inom kultur och fritid, andel (%)
N09201	Visstidsanställda månadsavlönade inom kultur och fritid, andel (%)
N09202	Visstidsanställda timavlönade inom kultur och fritid, andel (%)
N09203	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom kultur och fritid, andel (%)
N09204	Arbetad tid utförd av visstidsanställda månadsavlönade inom kultur och fritid, andel (%)
N09205	Arbetad tid utförd av visstidsanställda timavlönade inom kultur och fritid, andel (%)
N09206	Heltidsanställda månadsavlönade inom kultur och fritid, andel (%)
N09207	Deltidsanställda (75-99 %) månadsavlönade inom kultur och fritid, andel (%)
N09208	Deltidsanställda (1-74 %) månadsavlönade inom kultur och fritid, andel (%)
N09209	Heltidsarbetande månadsavlönade inom kultur och fritid, andel (%)
N09210	Deltidsarbetande (75-99 %) månadsavlönade inom kultur och fritid, andel (%)
N09211	Deltidsarbetande (1-74 %) månadsavlönade inom kultur och fritid, andel (%)
N09212	Anställda -34 år inom kultur och fritid, andel (%)
N09213	Anställda 35-54 år inom kultur och fritid, andel (%)
N09214	Anställda 55+ inom kultur och fritid, andel (%)
N09216	Avgångna tillsvidareanställda under året (treårsmedelvärde) inom kultur och fritid, andel (%)
N09217	Utrikes födda, anställda inom kultur och fritid, balanstal
N09218	Anställda 55+ år inom kultur och fritid, antal
N09219	Anställda 55-64 år inom kultur och fritid, andel (%)
N09220	Anställda 65+ år inom kultur och fritid, andel (%)
N09221	Anställda 55-64 år inom kultur och fritid, antal
N09222	Anställda 65+ år inom kultur och fritid, antal
N09701	Studieförbundens deltagartimmar inom kultur, antal/inv
N09801	Lån från kommunala bibliotek, antal/inv
N09802	Böcker i kommunala bibliotek, antal/inv
N09803	Lån av böcker kommunala bibliotek, antal/inv
N09804	Inköpta böcker till kommunala bibliotek, antal/1000 inv
N09805	Aktivitetstillfällen för barn och unga i kommunala bibliotek, antal/1000 inv 0-18 år
N09806	Kommunala bibliotek, antal/1000 inv
N09807	Fysiska besök vid kommunala bibliotek, antal/inv
N09808	Öppethållande huvudbiblioteket (eller enskilda bibliotek) med längst öppettid, timmar/vecka
N09809	Aktiva låntagare i kommunala bibliotek, andel (%) av befolkningen
N09810	Lån av e-böcker i kommunala bibliotek, antal/inv
N09811	Barnbokslån i kommunala bibliotek, antal/barn 0-17 år
N09812	Summa av totala antalet öppettimmar av alla övriga biblioteksserviceställen, timmar/vecka
N09813	Tidningstitlar kommunala bibliotek, antal/1000 inv
N09815	Tidskriftstitlar kommunala bibliotek, antal/1000 inv
N09817	Genomsnittlig öppettid per bibliotek och vecka
N09819	Folkbibliotek, antal
N09887	Elever i musik- eller kulturskola, 6-19 år, antal
N09888	Elever i musik- eller kulturskola, 6-19 år, andel (%)
N09889	Elever i musik- eller kulturskola, 6-15 år, antal
N09890	Elever i musik- eller kulturskola, 6-15 år, andel (%)
N09891	Flickor i kulturskolan, 6-19 år, andel (%)
N09892	Genomsnittlig elevavgift i musik- eller kulturskola, kr/elever 6-19 år
N09898	Medarbetarengagemang (HME) kultur och fritid - svarsfrekvens, andel (%)
N10001	Kostnad förskola och skolbarnsomsorg, kr/inv
N10006	Kostnad förskola, fritidshem och pedagogisk omsorg, kr/inv 1-12 år
N10007	Kostnad förskola, fritidshem och pedagogisk omsorg, kr/inskrivet barn
N10013	Intäkter pedagogisk omsorg, kr/inv
N10015	Nettokostnad förskola, fritidshem och annan pedagogisk verksamhet, kr/inv
N10016	Nettokostnad pedagogisk omsorg, kr/inv
N10021	Kostnad pedagogisk omsorg, kr/inv
N10023	Kostnad pedagogisk omsorg, kr/inv 1-12 år
N10024	Kostnad pedagogisk omsorg, kr/inskrivet barn
N10025	Månadsavlönad personal, kommunalt anställda förskollärare, antal
N10026	Månadsavlönad personal, kommunalt anställda i övrigt lärararbete, antal
N10027	Månadsavlönad personal, kommunalt anställda elevassistenter, antal
N10028	Månadsavlönade inom förskola, fritidshem och pedagogisk omsorg, kommun, antal
N10029	Årsarbetare, kommunalt anställda förskollärare, antal
N10030	Årsarbetare, kommunalt anställda i övrigt lärararbete, antal
N10031	Årsarbetare, kommunalt anställda elevassistenter, antal
N10032	Årsarbetare inom förskola, fritidshem och pedagogisk verksamhet, kommun, antal
N10036	Gemensamma kostnader fördelade till pedagogisk verksamhet totalt, andel (%)
N10037	Kostnad pedagogisk verksamhet, kr/inv
N10038	Nettokostnad pedagogisk verksamhet, kr/inv
N10040	Månadsavlönad personal, kommunalt anställda behandlingsassistenter/socialpedagoger, antal
N10041	Årsarbetare, kommunalt anställda behandlingsassistenter/socialpedagoger, antal
N10042	Månadsavlönad personal, kommunalt anställda stödassistenter och stödpedagoger, antal
N10043	Årsarbetare, kommunalt anställda stödassistenter och stödpedagoger m.fl., antal
N10103	Kostnad grundskola F-9, hemkommun, andel av total driftskostnad (%)
N10104	Kostnad gymnasieskola hemkommun, andel av total driftskostnad (%)
N10801	Köp av förskola, fritidshem och pedagogisk omsorg, andel (%)
N10804	Barn 1-12 år inskrivna i förskola, fritidshem och pedagogisk omsorg, andel  (%)
N10805	Barn 1-12 år inskrivna i pedagogisk omsorg, andel  (%)
N10806	Elever i pedagogisk omsorg, hemkommun, antal
N11002	Intäkter förskola, kr/inv
N11003	Nettokostnad öppen förskola, kr/inv
N11004	Nettokostnad förskola, kr/inv
N11005	Kostnad öppen förskola, kr/inv
N11006	Kostnad förskola, kr/inv
N11007	Kostnad förskola, kr/inv 1-5 år
N11008	Kostnad förskola, kr/inskrivet barn
N11009	Personalkostnad som andel av kostnaden för den kommunala förskolan, andel (%)
N11010	Inskrivna barn per årsarbetare i förskolan, kommunal regi, antal
N11011	Inskrivna barn per årsarbetare i förskolan, enskild regi, antal
N11012	Månadsavlönad personal, kommunalt anställda barnskötare, antal
N11013	Månadsavlönad personal, kommunalt anställda dagbarnvårdare, antal
N11014	Månadsavlönad personal, kommunalt anställda i övrigt skol- och förskolearbete, antal
N11015	Årsarbetare, kommunalt anställda barnskötare, antal
N11016	Årsarbetare, kommunalt anställda dagbarnvårdare, antal
N11017	Årsarbetare, kommunalt anställda i övrigt skol- och förskolearbete, antal
N11019	Standardkostnad förskoleverksamhet, kr/inv
N11020	Nettokostnad lokaler i kommunal förskola, kr/inskrivet barn
N11021	Köp av förskola och skolbarnomsorg från privatägda företag, andel (%)
N11022	Köp av förskola och skolbarnomsorg från föreningar och stiftelser, andel (%)
N11023	Årsarbetare i förskolan med pedagogisk högskoleexamen, andel (%)
N11024	Nettokostnadsavvikelse förskola inkl. öppen förskola, (%)
N11025	Referenskostnad förskola inkl. öppen förskola, kr/inv
N11026	Åldersersättning förskola inkl. öppen förskola, kr/inv
N11027	Behovsnivå förskola inkl. öppen förskola, kr/inv
N11028	Produktionsförutsättningar inkl. öppen förskola förskola, kr/inv
N11031	Nettokostnad förskola inkl. öppen förskola, kr/inv
N11032	Kostnad kommunal förskola, kr/inskrivet barn
N11033	Bruttokostnad lokaler kommunal förskola, kr/inskrivet barn
N11034	Bruttokostnad personal kommunal förskola, kr/inskrivet barn
N11036	Gemensamma kostnader fördelade till förskola, andel (%)
N11037	Nettokostnad förskola, kr/inskrivet barn
N11038	Nettokostnadsavvikelse förskola inkl öppen förskola, miljoner kronor
N11041	Heltidstjänster i förskolan med förskollärarexamen, lägeskommun, andel (%)
N11042	Heltidstjänster i förskolan med förskollärarexamen, enskild regi, andel (%)
N11043	Heltidstjänster i förskolan med förskollärarexamen, kommunal regi, andel (%)
N11044	Barn per barngrupp 1-3 år (småbarnsgrupp) i förskola, lägeskommun, antal
N11045	Barn per barngrupp 1-3 år (småbarnsgrupp) i förskola, enskild regi, antal
N11046	Barn per barngrupp 1-3 år (småbarnsgrupp) i förskola, kommunal regi, antal
N11047	Heltidstjänster i förskolan med gymnasial utbildning för arbete med barn, lägeskommun, andel (%)
N11048	Heltidstjänster i förskolan med gymnasial utbildning för arbete med barn, enskild regi, andel (%)
N11049	Heltidstjänster i förskolan med gymnasial utbildning för arbete med barn, kommunal regi, andel (%)
N11050	Heltidstjänster i förskola med pedagogisk högskoleexamen, lägeskommun, andel (%)
N11051	Heltidstjänster i förskola med pedagogisk högskoleexamen, enskild regi, andel (%)
N11052	Heltidstjänster i förskola med pedagogisk högskoleexamen, kommunal regi, andel (%)
N11053	Heltidstjänster i förskola med viss pedagogisk utbildning, lägeskommun,  andel (%)
N11054	Heltidstjänster i förskola med viss pedagogisk utbildning, enskild regi, andel (%)
N11055	Heltidstjänster i förskola med viss pedagogisk utbildning, kommunal regi, andel (%)
N11056	Heltidstjänster i förskola med övrig utbildning, lägeskommun, andel (%)
N11057	Heltidstjänster i förskola med övrig utbildning, enskild regi, andel (%)
N11058	Heltidstjänster i förskola med övrig utbildning, kommunal regi, andel (%)
N11060	Förskoleenheter i fristående regi, antal
N11061	Förskoleenheter i kommunal regi, antal
N11071	Statliga driftbidrag, förskola, kr/inv 1-5 år
N11102	Inskrivna barn per årsarbetare i förskolan, lägeskommun, antal
N11103	Årsarbetare i förskolan, lägeskommun, antal
N11104	Årsarbetare i förskolan, kommunal regi, antal
N11105	Årsarbetare i förskolan, enskild regi, antal
N11200	Tillsvidareanställda månadsavlönade inom förskola, andel (%)
N11201	Visstidsanställda månadsavlönade inom förskola, andel (%)
N11202	Visstidsanställda timavlönade inom förskola, andel (%)
N11203	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom förskola, andel (%)
N11204	Arbetad tid utförd av visstidsanställda månadsavlönade inom förskola, andel (%)
N11205	Arbetad tid utförd av visstidsanställda timavlönade inom förskola, andel (%)
N11206	Heltidsanställda månadsavlönade inom förskola, andel (%)
N11207	Deltidsanställda (75-99 %) månadsavlönade inom förskola, andel (%)
N11208	Deltidsanställda (1-74 %) månadsavlönade inom förskola, andel (%)
N11209	Heltidsarbetande månadsavlönade inom förskola, andel (%)
N11210	Deltidsarbetande (75-99 %) månadsavlönade inom förskola, andel (%)
N11211	Deltidsarbetande (1-74 %) månadsavlönade inom förskola, andel (%)
N11212	Anställda, -34 år, inom förskola, andel (%)
N11213	Anställda, 35-54 år, inom förskola, andel (%)
N11214	Anställda 55+ inom förskola, andel (%)
N11217	Utrikes födda, anställda inom förskola och skolbarnomsorg, balanstal
N11218	Anställda, 55+ år, inom förskola, antal
N11219	Anställda, 55-64 år, inom förskola, andel (%)
N11220	Anställda 65+ inom förskola, andel (%)
N11221	Anställda 55-64 år inom förskola, antal
N11222	Anställda 65+ inom förskola, antal
N11701	Barn per barngrupp i förskola, lägeskommun, antal
N11702	Barn per barngrupp i förskola, enskild regi, antal
N11703	Barn per barngrupp i förskola, kommunal regi, antal
N11704	Barn per barngrupp 4-5 år i förskola, lägeskommun, antal
N11705	Barn per barngrupp 4-5 år i förskola, enskild regi
N11706	Barn per barngrupp 4-5 år i förskola, kommunal regi
N11710	Barn i fristående förskola, andel (%) av inskrivna barn
N11711	Barn i kommunal förskola, andel (%) av inskrivna barn
N11730	Inskrivna barn på förskola, kommunal regi, antal
N11731	Inskrivna barn på förskola, enskild regi, antal
N11732	Antal barn på förskola, lägeskommun, antal
N11800	Barn 1-5 år inskrivna i förskola, andel (%)
N11801	Barn 1-5 år inskrivna i förskola och pedagogisk omsorg, andel (%)
N11802	Förskolebarn i fristående förskola och pedagogisk omsorg, andel  (%)
N11803	Barn 1-5 år inskrivna i pedagogisk omsorg, andel (%) av barn 1-5 år inskrivna i förskola och pedagogisk omsorg
N11804	Elever i förskoleklass, lägeskommun, antal
N11805	Elever i kommunal förskoleklass belägen i kommunen, antal
N11806	Elever i förskoleklass i fristående grundskola, lägeskommun, antal
N11807	Inskrivna barn på förskola, hemkommun, antal
N11808	Heltidstjänster i förskolan med förskollärarlegitimation, lägeskommun, andel (%)
N11809	Heltidstjänster i förskolan med förskollärarlegitimation, enskild regi, andel (%)
N11810	Heltidstjänster i förskolan med förskollärarlegitimation, kommunal regi, andel (%)
N11811	Förskollärartäthet, antal barn/lärare med förskollärarlegitimation, lägeskommun
N11812	Förskollärartäthet, antal barn/lärare med förskollärarlegitimation, enskild regi
N11813	Förskollärartäthet, antal barn/lärare med förskollärarlegitimation, kommunal regi
N11815	Antal invånare 6-12 år inskrivna inom pedagogisk omsorg, antal
N11816	Barngrupper i förskolan, lägeskommun, antal
N11817	Barngrupper i förskolan, kommunal regi, antal
N11818	Barngrupper i förskolan, enskild regi, antal
N11820	Barn 1-2 år inskrivna i förskola, andel (%)
N11821	Barn 3-5 år inskrivna i förskola, andel (%)
N11898	Medarbetarengagemang (HME) förskola - svarsfrekvens, andel (%)
N13001	Intäkter fritidshem, kr/inv
N13002	Intäkter öppen fritidsverksamhet, kr/inv
N13003	Nettokostnad öppen fritidsverksamhet, kr/inv
N13004	Nettokostnad fritidshem, kr/inv
N13006	Kostnad fritidshem, kr/inv
N13007	Kostnad fritidshem, kr/inv 6-12 år
N13008	Kostnad fritidshem, kr/inskrivet barn
N13009	Personalkostnad som andel av kostnaden för kommunala fritidshem, andel (%)
N13011	Månadsavlönad personal, kommunalt anställda lärare i fritidshem, antal
N13012	Årsarbetare, kommunalt anställda lärare i fritidshem, antal
N13014	Inskrivna barn/årsarbetare i fritidshem, lägeskommun, antal
N13015	Årsarbetare i fritidshem med pedagogisk högskoleexamen, lägeskommun, andel (%)
N13020	Nettokostnadsavvikelse fritidshem inkl. öppen fritidsverksamhet, (%)
N13021	Referenskostnad fritidshem inkl. öppen fritidsverksamhet, kr/inv
N13022	Åldersersättning fritidshem inkl. öppen fritidsverksamhet, kr/inv
N13023	Behovsnivå fritidshem inkl. öppen fritidsverksamhet, kr/inv
N13024	Produktionsförutsättningar fritidshem inkl. öppen fritidsverksamhet, kr/inv
N13027	Nettokostnad fritidshem inkl. öppen fritidsverksamhet, kr/inv
N13028	Kostnad kommunalt fritidshem, kr/inskrivet barn
N13029	Nettokostnad lokaler kommunalt fritidshem, kr/inskrivet barn
N13030	Kostnad personal kommunalt fritidshem, kr/inskrivet barn
N13031	Kostnad övrigt kommunalt fritidshem, kr/inskrivet barn
N13032	Nettokostnadsavvikelse fritidshem, inkl. öppen fritidsverksamhet, miljoner kronor
N13033	Statliga driftbidrag, fritidshem, kr/inv 6-9 år
N13037	Årsarbetare i fritidshem med pedagogisk högskoleexamen, kommunala, andel (%)
N13038	Årsarbetare i fritidshem med pedagogisk högskoleexamen, fristående/statliga, andel (%)
N13060	Anställda inom pedagogisk omsorg med examen för arbete med barn, andel (%)
N13061	Anställda inom pedagogisk omsorg med pedagogisk högskoleexamen, andel (%)
N13062	Anställda inom pedagogisk omsorg, antal
N13063	Verksamheter inom pedagogisk omsorg i enskild regi, antal
N13064	Verksamheter inom pedagogisk omsorg i kommunal regi, antal
N13065	Verksamheter inom pedagogisk omsorg, antal
N13066	Barn i pedagogisk omsorg, enskild regi, andel (%)
N13067	Barn i pedagogisk omsorg, kommunal regi, andel (%)
N13068	Barn per anställd i pedagogisk omsorg, antal
N13700	Inskrivna barn i omsorg på obekväma tider 1-5 år, antal
N13800	Barn 6-12 år inskrivna i fritidshem, andel  (%)
N13801	Elever i fritidshem, hemkommun, antal
N13802	Elever/anställd i fristående fritidshem, antal
N13803	Elever/anställd i kommunal fritidshem, antal
N13804	Elever/anställd (heltidstjänst) i fristående fritidshem, antal (-2023)
N13805	Inskrivna barn/årsarbetare i kommunala fritidshem, antal
N13890	Barn 6-9 år inskrivna i fritidshem, andel (%)
N13891	Barn 10-12 år inskrivna i fritidshem, andel (%)
N13900	Invånare 6-12 år, andel (%)
N15001	Nettokostnadsavvikelse grundskola F-9, (%)
N15004	Kostnad grundskola åk 1-9, hemkommun, kr/inv
N15005	Kostnad förskoleklass, hemkommun, kr/elev
N15006	Kostnad grundskola åk 1-9, hemkommun, kr/elev
N15008	Kostnad för kommunal grundskola åk 1-9, kr/elev
N15009	Kostnad för lokaler i kommunal grundskola åk 1-9, kr/elev
N15010	Övriga kostnader i kommunal grundskola åk 1-9, kr/elev
N15011	Kostnad för undervisning i kommunal grundskola åk 1-9, kr/elev
N15012	Kostnad för lärverktyg i kommunal grundskola åk 1-9, kr/elev
N15013	Kostnad för måltider i kommunal grundskola åk 1-9, kr/elev
N15014	Kostnad elevhälsa i kommunal grundskola åk 1-9, kr/elev
N15015	Nettokostnad förskoleklass, kr/inv
N15016	Nettokostnad grundskola åk 1-9, kr/inv
N15018	Referenskostnad grundskola F-9, kr/inv
N15020	Kostnad förskoleklass, hemkommun, kr/inv
N15021	Månadsavlönad personal, kommunalt anställda grundskollärare, antal
N15022	Månadsavlönade inom grundskola inkl förskoleklass, kommun, antal
N15023	Årsarbetare, kommunalt anställda grundskollärare, antal
N15024	Årsarbetare inom grundskola F-9, kommun, antal
N15025	Kostnad grundskola F-9, hemkommun, kr/inv
N15027	Kostnad grundskola F-9, hemkommun, kr/elev
N15028	Nettokostnad grundskola F-9, kr/inv
N15029	Standardkostnad grundskola F-9, kr/inv
N15030	Lärare med pedagogisk högskoleexamen i grundskola åk 1-9, lägeskommun, andel (%)
N15031	Lärare med pedagogisk högskoleexamen i kommunal grundskola åk 1-9, andel (%)
N15032	Lärare med pedagogisk högskoleexamen, fristående grundskola åk 1-9, andel (%)
N15033	Elever/lärare (heltidstjänst) i grundskola åk 1-9, lägeskommun, antal
N15034	Elever/lärare (heltidstjänst) i kommunal grundskola åk 1-9, antal
N15035	Elever/lärare (heltidstjänst), fristående grundskola åk 1-9, antal
N15040	Kommunens köp av grundskola F-9 totalt, andel (%)
N15042	Kommunens köp av grundskola F-9 från privatägda företag, andel (%)
N15044	Kommunens köp av grundskola F-9 från föreningar och stiftelser, andel (%)
N15045	Nettokostnadsavvikelse grundskola F-9, miljoner kronor
N15046	Kommunens köp av grundskola F-9 från andra kommuner, andel (%)
N15047	Gemensamma kostnader fördelade till förskoleklass, andel (%)
N15048	Statliga driftbidrag, grundskola F-9, kr/elev
N15050	Åldersersättning grundskola inkl. förskoleklass, kr/inv
N15051	Behovsnivå grundskola inkl. förskoleklass, kr/inv
N15052	Produktionsförutsättningar grundskola inkl. förskoleklass, kr/inv
N15053	Kostnad kommunal förskoleklass, kr/elev
N15054	Bruttokostnad lokaler kommunal förskoleklass, kr/elev
N15055	Kostnad personal kommunal förskoleklass, kr/elev
N15056	Kostnad övrigt kommunal förskoleklass, kr/elev
N15057	Gemensamma kostnader fördelade till grundskola, andel (%)
N15058	Referenskostnad grundskola F-9, kr/elev
N15060	Kostnad kommunal grundskola F-9, kr/elev
N15061	Kostnad för lokaler i kommunal grundskola F-9, kr/elev
N15062	Kostnad för undervisning i kommunal grundskola F-9, kr/elev
N15063	Övriga kostnader i kommunal grundskola F-9, kr/elev
N15100	Elever/lärare (heltidstjänst) i kommunal grundskola F-9, antal (-2023)
N15140	Pedagogisk personal grundskola: Tycker du att du lyckas förklara för eleverna vad de behöver kunna i de ämnen du undervisar i? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15200	Tillsvidareanställda månadsavlönade inom grundskola, andel (%)
N15201	Visstidsanställda månadsavlönade inom grundskola, andel (%)
N15202	Visstidsanställda timavlönade inom grundskola, andel (%)
N15203	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom grundskola, andel (%)
N15204	Arbetad tid utförd av visstidsanställda månadsavlönade inom grundskola, andel (%)
N15205	Arbetad tid utförd av visstidsanställda timavlönade inom grundskola, andel (%)
N15206	Heltidsanställda månadsavlönade inom grundskola, andel (%)
N15207	Deltidsanställda (75-99 %) månadsavlönade inom grundskola, andel (%)
N15208	Deltidsanställda (1-74 %) månadsavlönade inom grundskola, andel (%)
N15209	Heltidsarbetande månadsavlönade inom grundskola, andel (%)
N15210	Deltidsarbetande (75-99 %) månadsavlönade inom grundskola, andel (%)
N15211	Deltidsarbetande (1-74 %) månadsavlönade inom grundskola, andel (%)
N15212	Anställda, -34 år, inom grundskola, andel (%)
N15213	Anställda, 35-54 år, inom grundskola, andel (%)
N15214	Anställda, 55+ år, inom grundskola, andel (%)
N15215	Nya tillsvidareanställda under året (treårsmedelvärde) inom grundskola inkl. förskoleklass, andel (%)
N15216	Avgångna tillsvidareanställda under året (treårsmedelvärde) inom grundskola inkl. förskoleklass, andel (%)
N15217	Utrikes födda, anställda inom grundskola inkl. förskoleklass, balanstal
N15218	Anställda, 55+ år, inom grundskola, antal
N15219	Anställda, 55-64 år, inom grundskola, andel (%)
N15220	Anställda 65+ inom grundskola, andel (%)
N15221	Anställda 55-64 år inom grundskola, antal
N15222	Anställda 65+ inom grundskola, antal
N15300	Pedagogisk personal grundskola: Hur tycker du att eleverna bemöter varandra i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)
N15301	Pedagogisk personal grundskola: Hur tycker du att eleverna bemöter er vuxna i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)
N15302	Pedagogisk personal grundskola: Upplever du att ni vuxna i skolan har koll på vad som händer på rasterna?  Andel som har svarat "Alltid" eller "Ofta" (%)
N15303	Pedagogisk personal grundskola: Upplever du att eleverna kan vara sig själva i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15304	Pedagogisk personal grundskola: Upplever du att eleverna känner sig trygga i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15305	Pedagogisk personal grundskola: Upplever du att ni vuxna i skolan gör tillräckligt om en elev blir illa behandlad? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15306	Pedagogisk personal grundskola: Hur uppfattar du möjligheterna för eleverna att få stöd från elevhälsan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)
N15307	Pedagogisk personal grundskola: Hur tycker du att elevhälsans förebyggande och hälsofrämjande arbete fungerar? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)
N15308	Pedagogisk personal grundskola: Hur uppfattar du möjligheterna för er lärare att få stöd från elevhälsan om det skulle behövas? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)
N15310	Pedagogisk personal grundskola: Tycker du att extra anpassningar ges skyndsamt till de elever som riskerar att inte nå kunskapskraven? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15311	Pedagogisk personal grundskola: Tycker du att skolan utreder behovet av särskilt stöd skyndsamt när extra anpassningar inte är tillräckliga? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15312	Pedagogisk personal grundskola: Tycker du att skolan ger stöd i enlighet med de behov som utredningar om särskilt stöd visar? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15313	Pedagogisk personal grundskola: Hur ofta upplever du att det är studiero på dina lektioner? Andel som har svarat "Alltid" eller "Ofta" (%)
N15314	Pedagogisk personal grundskola: Hur ofta går en stor del av lektionstiden till att upprätthålla ordningen?  Andel som har svarat "Aldrig" eller "Sällan" (%)
N15315	Pedagogisk personal grundskola: Hur ofta upplever du att alla elever får den hjälp de behöver på dina lektioner? Andel som har svarat "Alltid" eller "Ofta" (%)
N15316	Pedagogisk personal grundskola: Hur ofta lyckas du väcka elevernas intresse för skolarbetet?  Andel som har svarat "Alltid" eller "Ofta" (%)
N15318	Pedagogisk personal grundskola: Tycker du att du lyckats variera undervisningen så att eleverna får arbeta på olika sätt? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15319	Pedagogisk personal grundskola: Tycker du att ni lärare lyckats få eleverna att tro på sig själva i skolarbetet?  Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15320	Pedagogisk personal grundskola: Hur mycket får dina elever, utifrån ålder och mognad, vara med och påverka hur ni ska arbeta på lektionerna?  Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)
N15321	Pedagogisk personal grundskola: Hur mycket upplever du att de vuxna i skolan lyssnar på förslag från eleverna till exempel från klassråd och elevråd? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)
N15322	Pedagogisk personal grundskola: Tycker du att dina elver får det stöd från skolan som behövs för att klara skolarbetet? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15323	Pedagogisk personal grundskola: Tycker du att du lyckats ge tillräckliga utmaningar till de elever som kommit långt i sin kunskapsutveckling? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15324	Pedagogisk personal grundskola: Tycker du att dina elever får veta hur det går för dem i dina ämnen? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15325	Pedagogisk personal grundskola: Hur mycket pratar du med dina elever om att allt man hör och läser inte behöver vara sant (källkritik)? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)
N15326	Pedagogisk personal grundskola: Hur mycket får dina elever öva på att diskutera frågor där man kan ha olika uppfattningar? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)
N15327	Pedagogisk personal grundskola: Tycker du att ni lärare ger alla elever samma möjligheter oavsett om de är flickor, pojkar eller har annan könsidentitet? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N15328	Pedagogisk personal grundskola: I vilken utsträckning tycker du att skolledningen har tillräcklig kännedom om skolans verksamhet för att leda och samråda den? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15329	Pedagogisk personal grundskola: I vilken utsträckning följs skolans kunskapsresultat upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15330	Pedagogisk personal grundskola: I vilken utsträckning följs elevernas upplevelse av trygghet upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15331	Pedagogisk personal grundskola: I vilken utsträckning följs elevernas upplevelse av studiero upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15332	Pedagogisk personal grundskola: I vilken utsträckning är ni lärare delaktiga i skolans uppföljningsarbete (som del av det systematiska kvalitetsarbetet)? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15333	Pedagogisk personal grundskola: I vilken utsträckning genomförs utvecklingsinsatser och förbättringsarbeten som du tycker behövs i skolan? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15334	Pedagogisk personal grundskola: I vilken utsträckning arbetar skolan för att främja jämställdhet i undervisningen? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15335	Pedagogisk personal grundskola: I vilken utsträckning finns organisatoriska förutsättningar i skolan som främjar samverkan mellan lärarna? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15336	Pedagogisk personal grundskola: I vilken utsträckning delar du och dina kollegor med er av kunskap och lär av varandra? (Kollegialt lärande) Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15337	Pedagogisk personal grundskola: I vilken utsträckning samverkar du med kollegor när du planerar undervisningen? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15338	Pedagogisk personal grundskola: I vilken utsträckning samverkar du och dina kollegor kring bedömning och betygssättning? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15339	Pedagogisk personal grundskola: I vilken utsträckning bedrivs det ett arbete i skolan för att säkerställa att bedömningar och omdömen/betyg är likvärdiga? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N15418	Elever i åk 9 som uppnått betygskriterierna i alla ämnen, lägeskommun, andel (%)
N15419	Elever i åk 9 som uppnått betygskriterierna i alla ämnen, kommunala skolor,  andel (%)
N15420	Elever i åk 9 som uppnått betygskriterierna i alla ämnen, fristående skolor,  andel (%)
N15421	Elever i åk 9 som är behöriga till naturvetenskaps- och teknikprogrammen, lägeskommun, andel (%)
N15422	Elever i åk 9 som är behöriga till ekonomi-, humanistiska och samhällsvetenskapsprogrammen, lägeskommun, andel (%)
N15423	Elever i åk 9 som är behöriga till estetiska programmet, lägeskommun, andel (%)
N15424	Elever i åk 9 som är behöriga till yrkesprogram, lägeskommun, andel (%)
N15425	Elever i åk 9 som är behöriga till naturvetenskaps- och teknikprogrammen, hemkommun,  andel (%)
N15426	Elever i åk 9 som är behöriga till ekonomi-, humanistiska och samhällsvetenskapsprogrammen, hemkommun,  andel (%)
N15427	Elever i åk 9 som är behöriga till estetiska programmet, hemkommun,  andel (%)
N15428	Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)
N15429	Elever i åk 9 som är behöriga till naturvetenskaps- och teknikprogrammen, fristående skolor,  andel (%)
N15430	Elever i åk 9 som är behöriga till ekonomi-, humanistiska och samhällsvetenskapsprogrammen, fristående skolor,  andel (%)
N15431	Elever i åk 9 som är behöriga till estetiska programmet, fristående skolor,  andel (%)
N15432	Elever i åk 9 som är behöriga till yrkesprogram, fristående skolor,  andel (%)
N15433	Elever i åk 9 som är behöriga till naturvetenskaps- och teknikprogrammen, kommunala skolor,  andel (%)
N15434	Elever i åk 9 som är behöriga till ekonomi-, humanistiska och samhällsvetenskapsprogrammen, kommunala skolor,  andel (%)
N15435	Elever i åk 9 som är behöriga till estetiska programmet, kommunala skolor,  andel (%)
N15436	Elever i åk 9 som är behöriga till yrkesprogram, kommunala skolor,  andel (%)
N15443	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i svenska och svenska som andraspråk, lägeskommun, andel (%)  (-2023)
N15444	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i matematik, lägeskommun, andel (%) (-2023)
N15446	Elever i åk 3 som klarat alla delar av nationella proven för ämnesproven i SV, Sv2 och MA, lägeskommun, genomsnittlig andel (%) (-2023)
N15447	Elever i åk 3 som som klarat alla delar av nationella proven för ämnesprovet i svenska (ej svenska som andraspråk), lägeskommun, andel (%) (-2023)
N15449	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i svenska (ej svenska som andraspråk), fristående skolor, andel (%) (-2023)
N15450	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i svenska (ej svenska som andraspråk), kommunala skolor, andel (%)
N15451	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i svenska och svenska som andraspråk, fristående skolor, andel (%)
N15452	Elever i åk 3 som klarat alla delar av nationella proven för ämnesproven i svenska och svenska som andraspråk, kommunala skolor, andel (%)
N15453	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i matematik, fristående skolor, andel (%)
N15454	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i matematik, kommunala skolor, andel (%)
N15455	Elever i åk 3 som som klarat alla delar av nationella proven för ämnesproven i SV, Sv2 och MA, lägeskommun, fristående skola, genomsnittlig andel (%) (-2023)
N15456	Elever i åk 3 som klarat alla delar av nationella proven för ämnesproven i SV, Sv2 och MA, kommunal skola, genomsnittlig andel (%) (-2023)
N15472	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i svenska och svenska som andraspråk, hemkommun, andel (%)
N15473	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i matematik, hemkommun, andel (%)
N15480	Elever i åk 6 med lägst betyget E i engelska, lägeskommun, andel (%)
N15481	Elever i åk 6 med lägst betyget E i engelska, fristående grundskola, andel (%)
N15482	Elever i åk 6 med lägst betyget E i engelska, kommunala skolor, andel (%)
N15483	Elever i åk 6 med lägst betyget E i matematik, lägeskommun, andel (%)
N15484	Elever i åk 6 med lägst betyget E i matematik, fristående grundskola, andel (%)
N15485	Elever i åk 6 med lägst betyget E i matematik, kommunala skolor, andel (%)
N15486	Elever i åk 6 med lägst betyget E i svenska, lägeskommun, andel (%)
N15487	Elever i åk 6 med lägst betyget E i svenska, fristående grundskola, andel (%)
N15488	Elever i åk 6 med lägst betyget E i svenska, kommunala skolor, andel (%)
N15492	Elever i åk 9 med lägst betyget E  i engelska, lägeskommun, andel (%)
N15493	Elever i åk 9 med lägst betyget E i engelska, fristående skolor, andel (%)
N15494	Elever i åk 9 med lägst betyget E i engelska, kommunala skolor, andel (%)
N15495	Elever i åk 9 med lägst betyget E i matematik, lägeskommun, andel (%)
N15496	Elever i åk 9 med lägst betyget E i matematik, fristående skolor, andel (%)
N15497	Elever i åk 9 med lägst betyget E i matematik, kommunala skolor, andel (%)
N15498	Elever i åk 9 med lägst betyget E  i svenska, lägeskommun, andel (%)
N15499	Elever i åk 9 med lägst betyget E i svenska, fristående skolor, andel (%)
N15502	Elever i åk 9 med lägst betyget E i svenska, kommunala skolor, andel (%)
N15503	Elever i åk 9, betygspoäng i matematik, lägeskommun, genomsnitt
N15504	Elever i åk. 9, meritvärde lägeskommun, genomsnitt (17 ämnen)
N15505	Elever i åk. 9, meritvärde kommunala skolor, genomsnitt (17 ämnen)
N15506	Elever i åk 9, meritvärde fristående skolor i kommunen, genomsnitt (17 ämnen)
N15507	Elever i åk 9, meritvärde, hemkommun, genomsnitt (17 ämnen)
N15508	Elever i åk 9 som uppnått betygskriterierna i alla ämnen, hemkommun, andel (%)
N15509	Elever i åk 6, betygspoäng i matematik, lägeskommun, genomsnitt
N15510	Elever i åk 6, betygspoäng i svenska, lägeskommun, genomsnitt
N15511	Elever i åk 6, betygspoäng i svenska som andraspråk, lägeskommun, genomsnitt
N15512	Elever i åk 6 med lägst betyget E i svenska som andraspråk, lägeskommun, andel (%)
N15513	Elever i åk 6, betygspoäng i matematik, kommunala skolor, genomsnitt
N15514	Elever i åk 6, betygspoäng i svenska, kommunala skolor, genomsnitt
N15515	Elever i åk 6, betygspoäng i svenska som andraspråk, kommunala skolor, genomsnitt
N15516	Elever i åk 6 med lägst betyget E i svenska som andraspråk, kommunala skolor, andel (%)
N15517	Elever i åk 6, betygspoäng i matematik, fristående grundskola, genomsnitt
N15518	Elever i åk 6, betygspoäng i svenska, fristående grundskola, genomsnitt
N15519	Elever i åk 6, betygspoäng i svenska som andraspråk, fristående grundskola, genomsnitt
N15520	Elever i åk 6 med lägst betyget E i svenska som andraspråk, fristående grundskola, andel (%)
N15521	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i svenska som andraspråk, lägeskommun, andel (%)
N15522	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i svenska som andraspråk, lägeskommun, andel (%)
N15523	Elever i åk 9 betygspoäng i matematik kommunala skolor, genomsnitt
N15524	Elever i åk 9 betygspoäng i matematik fristående skolor, genomsnitt
N15539	Elever i åk 6 som uppnått betygskriterierna i alla ämnen (som eleven läser), lägeskommun, andel (%)
N15540	Elever i åk 6 som uppnått betygskriterierna i alla ämnen (som eleven läser), kommunala skolor, andel (%)
N15541	Elever i åk 6 som uppnått betygskriterierna i alla ämnen (som eleven läser), fristående skola, andel (%)
N15543	Elever i åk 6 som uppnått betygskriterierna i alla ämnen, hemkommun, andel (%)
N15544	Elever i åk 6 med lägst betyget E i engelska, hemkommun, andel (%)
N15545	Elever i åk 6 med lägst betyget E i matematik, hemkommun, andel (%)
N15546	Elever i åk 6 med lägst betyget E i svenska inkl. svenska som andraspråk, hemkommun, andel (%)
N15547	Elever i åk 9 med lägst betyget E i svenska som andraspråk, lägeskommun, andel (%)
N15548	Elever i åk 9 med lägst betyget E i svenska som andraspråk, kommunala skolor, andel (%)
N15549	Elever i åk 9, med lägst betyget E i svenska som andraspråk, fristående skolor, andel (%)
N15560	Elever i åk 9 som uppnått betygskriterierna i alla ämnen (exkl. nyinvandrade och okänd bakgr.), lägeskommun, andel (%)
N15561	Elever i åk 9 som uppnått betygskriterierna i alla ämnen (exkl. nyinvandrade och okänd bakgrund), kommunala skolor, andel (%)
N15562	Elever i åk 9 som uppnått betygskriterierna i alla ämnen (exkl. nyinvandrade och okänd bakgrund), fristående skolor, andel (%)
N15563	Elever i åk 9 som är behöriga till yrkesprogram (exkl. nyinvandrade och okänd bakgr.), lägeskommun, andel (%)
N15564	Elever i åk 9 som är behöriga till yrkesprogram (exkl. nyinvandrade och okänd bakgrund), kommunala skolor, andel (%)
N15565	Elever i åk 9 som är behöriga till yrkesprogram (exkl. nyinvandrade och okänd bakgr.), fristående skolor, andel (%)
N15566	Elever i åk 9 meritvärde lägeskommun (exkl. nyinvandrade och okänd bakgr.), genomsnitt (17 ämnen)
N15567	Elever i åk 9 meritvärde kommunala skolor (exkl. nyinvandrade och okänd bakgrund), genomsnitt (17 ämnen)
N15568	Elever i åk 9, meritvärde fristående skolor i kommunen (exkl. nyinvandrade och okänd bakgrund), genomsnitt (17 ämnen)
N15569	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i svenska, kommunala skolor, andel (%)
N15570	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i svenska, kommunala skolor, andel (%)
N15571	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i matematik, kommunala skolor, andel (%)
N15572	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i matematik, kommunala skolor, andel (%)
N15573	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i engelska, kommunala skolor, andel (%)
N15574	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i engelska, kommunala skolor, andel (%)
N15575	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i svenska som andraspråk, kommunala skolor, andel (%)
N15576	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i svenska som andraspråk, kommunala skolor, andel (%)
N15600	Elever i åk 5: Hur ofta förklarar lärarna vad du ska göra på lektionerna så att du förstår? Andel som svarat "Alltid" eller "Ofta", (%)
N15601	Elever i åk 5: Hur ofta får du den hjälp du behöver under lektionerna? Andel som svarat "Alltid" eller "Ofta", (%)
N15602	Elever i åk 5: Hur ofta får lärarna dig att bli intresserad av skolarbetet? Andel som svarat "Alltid" eller "Ofta", (%)
N15603	Elever i åk 5: Hur ofta är det arbetsro på lektionerna? Andel som svarat "Alltid" eller "Ofta", (%)
N15604	Elever i åk 5: Hur ofta är det så stökigt på lektionerna att du har svårt att koncentrera dig? Andel som svarat "Aldrig" eller "Sällan", (%)
N15605	Elever i åk 5: Hur tycker du att eleverna bemöter varandra i skolan? Andel som svarat "Mycket bra" eller "Ganska bra", (%)
N15606	Elever i åk 5: Hur tycker du att eleverna bemöter vuxna i skolan? Andel som svarat "Mycket bra" eller "Ganska bra", (%)
N15607	Elever i åk 5: Tycker du att de vuxna i skolan har koll på vad som händer på rasterna? Andel som svarat "Alltid" eller "Ofta", (%)
N15608	Elever i åk 5: Hur lätt eller svårt är det att få hjälp av elevhälsan till exempel skolsköterskan? Andel som svarat "Mycket lätt" eller "Ganska lätt", (%)
N15609	Elever i åk 5: Känner du dig rädd för andra elever i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)
N15610	Elever i åk 5: Känner du dig rädd för någon lärare eller annan vuxen i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)
N15611	Elever i åk 5: Känner du dig orättvist behandlad av någon lärare eller annan vuxen i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)
N15612	Elever i åk 5: Känner du att du kan vara dig själv i skolan? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15613	Elever i åk 5: Känner du dig trygg i skolan? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15614	Elever i åk 5: Litar du på att de vuxna i skolan gör tillräckligt om någon elev blir illa behandlad? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15615	Elever i åk 5: Känner du att det finns någon vuxen i skolan som bryr sig om hur du mår? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15617	Elever i åk 5: Tycker du att lärarna varierar lektionerna så att ni får arbeta på olika sätt? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15618	Elever i åk 5: Hur mycket tycker du att ni elever får vara med och påverka hur ni ska arbeta på lektionerna? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)
N15619	Elever i åk 5: Hur mycket tycker du att de vuxna i skolan lyssnar på förslag från eleverna till exempel från klassråd eller elevråd? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)
N15621	Elever i åk 5: Hur ofta tycker du att skolarbetet är för svårt? Andel som svarat "Aldrig" eller "Sällan", (%)
N15622	Elever i åk 5: Tycker du att du får veta hur det går för dig i skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15623	Elever i åk 5: Tycker du att du får den hjälp du behöver från skolan för att klara skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15624	Elever i åk 5: Tycker du att lärarna får dig att tro på dig själv i skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15625	Elever i åk 5: Tycker du att utvecklingssamtalet är till hjälp för dig i skolarbetet? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)
N15626	Elever i åk 5: Hur mycket pratar lärarna om att allt man hör och läser, till exempel på internet, inte behöver vara sant (källkritik)? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)
N15627	Elever i åk 5: Hur mycket tycker du att ni elever får öva på att diskutera frågor där man kan tycka olika? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)
N15628	Elever i åk 5: Tycker du att lärarna behandlar alla elever lika oavsett om de är flickor, pojkar eller har annan könsidentitet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15629	Elever i åk 5: Hur nöjd är du med din skola? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15630	Elever i åk 8: Hur ofta förklarar lärarna vad du ska göra på lektionerna så att du förstår? Andel som svarat "Alltid" eller "Ofta", (%)
N15631	Elever i åk 8: Hur ofta får du den hjälp du behöver under lektionerna? Andel som svarat "Alltid" eller "Ofta", (%)
N15632	Elever i åk 8: Hur ofta får lärarna dig att bli intresserad av skolarbetet? Andel som svarat "Alltid" eller "Ofta", (%)
N15633	Elever i åk 8: Hur ofta är det arbetsro på lektionerna? Andel som svarat "Alltid" eller "Ofta", (%)
N15634	Elever i åk 8: Hur ofta är det så stökigt på lektionerna att du har svårt att koncentrera dig? Andel som svarat "Aldrig" eller "Sällan", (%)
N15635	Elever i åk 8: Hur tycker du att eleverna bemöter varandra i skolan? Andel som svarat "Mycket bra" eller "Ganska bra", (%)
N15636	Elever i åk 8: Hur tycker du att eleverna bemöter vuxna i skolan? Andel som svarat "Mycket bra" eller "Ganska bra", (%)
N15637	Elever i åk 8: Tycker du att de vuxna i skolan har koll på vad som händer på rasterna? Andel som svarat "Alltid" eller "Ofta", (%)
N15638	Elever i åk 8: Hur lätt eller svårt är det att få hjälp av elevhälsan till exempel skolsköterskan? Andel som svarat "Mycket lätt" eller "Ganska lätt", (%)
N15639	Elever i åk 8: Känner du dig rädd för andra elever i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)
N15640	Elever i åk 8: Känner du dig rädd för någon lärare eller annan vuxen i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)
N15641	Elever i åk 8: Känner du dig orättvist behandlad av någon lärare eller annan vuxen i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)
N15642	Elever i åk 8: Känner du att du kan vara dig själv i skolan? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15643	Elever i åk 8: Känner du dig trygg i skolan? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15644	Elever i åk 8: Litar du på att de vuxna i skolan gör tillräckligt om någon elev blir illa behandlad? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15645	Elever i åk 8: Känner du att det finns någon vuxen i skolan som bryr sig om hur du mår? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15647	Elever i åk 8: Tycker du att lärarna varierar lektionerna så att ni får arbeta på olika sätt? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15648	Elever i åk 8: Hur mycket tycker du att ni elever får vara med och påverka hur ni ska arbeta på lektionerna? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)
N15649	Elever i åk 8: Hur mycket tycker du att de vuxna i skolan lyssnar på förslag från eleverna till exempel från klassråd eller elevråd? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)
N15651	Elever i åk 8: Hur ofta tycker du att skolarbetet är för svårt? Andel som svarat "Aldrig" eller "Sällan", (%)
N15652	Elever i åk 8: Tycker du att du får veta hur det går för dig i skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15653	Elever i åk 8: Tycker du att du får den hjälp du behöver från skolan för att klara skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15654	Elever i åk 8: Tycker du att lärarna får dig att tro på dig själv i skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15655	Elever i åk 8: Tycker du att utvecklingssamtalet är till hjälp för dig i skolarbetet? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)
N15656	Elever i åk 8: Hur mycket pratar lärarna om att allt man hör och läser, till exempel på internet, inte behöver vara sant (källkritik)? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)
N15657	Elever i åk 8: Hur mycket tycker du att ni elever får öva på att diskutera frågor där man kan tycka olika? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)
N15658	Elever i åk 8: Tycker du att lärarna behandlar alla elever lika oavsett om de är flickor, pojkar eller har annan könsidentitet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15659	Elever i åk 8: Hur nöjd är du med din skola? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N15720	Elever i åk 9 med lägst betyget E i idrott och hälsa, lägeskommun, andel (%)
N15721	Elever i åk 9 med lägst betyget E i idrott och hälsa, fristående skolor, andel (%)
N15722	Elever i åk 9 med lägst betyget E i idrott och hälsa, kommunala skolor, andel (%)
N15723	Elever i åk 6 med lägst betyget E i idrott och hälsa, lägeskommun, andel (%)
N15724	Elever i åk 6 med lägst betyget E i idrott och hälsa, kommunala skolor, andel (%)
N15725	Elever i åk 6 med lägst betyget E i idrott och hälsa, fristående skolor, andel (%)
N15750	Grundskolor F-9, kommunal regi, antal
N15751	Grundskolor F-9, fristående regi, antal
N15752	Antal elever per skolenhet, grundskola, genomsnitt
N15807	Elever i grundskola belägen i kommunen åk 1-9, lägeskommun, antal
N15808	Lärare i grundskola belägen i kommunen, antal
N15809	Elever i kommunal grundskola belägen i kommunen åk 1-9, antal
N15810	Elever i fristående grundskola belägen i kommunen åk 1-9, antal
N15811	Lärare i kommunal grundskola belägen i kommunen, antal
N15812	Lärare i fristående grundskola belägen i kommunen, antal
N15813	Lärare (heltidstjänster) med lärarlegitimation och behörighet i grundskola åk 1-9, lägeskommun, andel (%)
N15814	Lärare (heltidstjänster) med lärarlegitimation och behörighet i grundskola åk 1-9, kommunala skolor, andel (%)
N15815	Lärare (heltidstjänster) med lärarlegitimation och behörighet i grundskola åk 1-9, fristående skolor, andel (%)
N15816	Elever vars föräldrar har eftergymnasial utbildning, åk 1-9 i lägeskommun, andel (%)
N15817	Flickor i grundskola åk 1-9, lägeskommun, andel (%)
N15818	Utländsk bakgrund bland elever i åk 1-9, lägeskommun, andel (%)
N15819	Nyinvandrade och elever med okänd bakgrund i åk 9, lägeskommun, andel (%) (-2025)
N15820	Elever vars föräldrar har eftergymnasial utbildning, åk 1-9 i kommunal grundskola, andel (%)
N15821	Flickor i grundskola åk. 1-9, kommunala skolor, andel (%)
N15822	Utländsk bakgrund bland elever i åk 1-9, kommunala skolor, andel (%)
N15823	Nyinvandrade och elever med okänd bakgrund i åk 9, kommunala skolor, andel (%) (-2025)
N15824	Elever vars föräldrar har eftergymnasial utbildning, fristående grundskola åk 1-9, lägeskommun, andel (%)
N15825	Flickor, fristående grundskola åk 1-9, andel (%)
N15826	Utländsk bakgrund bland elever, fristående grundskola åk 1-9, andel (%)
N15828	Elever i förskoleklass, hemkommun, antal
N15829	Elever i grundskola åk. 1-9, hemkommun, antal
N15830	Elever i grundskola F-9, kommunal skola i kommunen, hemkommun, andel (%)
N15831	Elever i grundskola F-9, fristående skola i kommunen eller skola i annan kommun, hemkommun, andel (%)
N15832	Elever i grundskola F-9, lägeskommun, antal
N15833	Elever i kommunal grundskola F-9 belägen i kommunen, antal
N15834	Elever, fristående grundskola F-9, antal
N15835	Elever i grundskola F-9, hemkommun, antal
N15890	Elever i grundskola F-9, fristående skola i kommunen, hemkommun, andel (%) (-2023)
N15898	Medarbetarengagemang (HME) grundskola - svarsfrekvens, andel (%)
N15901	Nyinvandrade elever, grundskola åk 1-9, hemkommun, andel (%)
N15902	Nyinvandrade och elever med okänd bakgrund i kommunal grundskola åk. 1-9, andel (%)
N15903	Nyinvandrade och elever med okänd bakgrund, fristående grundskola åk 1-9, andel (%)
N16003	Gymnasieelever i år 2:  Tycker du att lärarna förklarar vad du behöver kunna i de olika ämnena? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N16004	Gymnasieelever i år 2: Tycker du att du får tillräckliga utmaningar i skolarbetet? Andel som svarat "Alltid" eller "Ofta", (%)
N16010	Elever i åk 5:  Tycker du att lärarna förklarar vad du behöver kunna i de olika ämnena? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N16011	Elever i åk 5: Tycker du att du får tillräckliga utmaningar i skolarbetet? Andel som svarat "Alltid" eller "Ofta", (%)
N16020	Elever i åk 8:  Tycker du att lärarna förklarar vad du behöver kunna i de olika ämnena? Andel som svarat "Helt och hållet" eller "Till stor del", (%)
N16021	Elever i åk 8: Tycker du att du får tillräckliga utmaningar i skolarbetet? Andel som svarat "Alltid" eller "Ofta", (%)
N17001	Nettokostnadsavvikelse gymnasieskola, (%)
N17004	Kostnad gymnasieskola hemkommun, kr/inv
N17005	Kostnad gymnasieskola hemkommun, kr/elev
N17007	Kostnad för kommunal gymnasieskola, kr/elev
N17008	Kostnader för lokaler i kommunal gymnasieskola, kr/elev
N17009	Övriga kostnader i kommunal gymnasieskola, kr/elev
N17010	Kostnader för undervisning i kommunal gymnasieskola, kr/elev
N17011	Kostnad för lärverktyg i kommunal gymnasieskola, kr/elev
N17012	Kostnad för måltider i kommunal gymnasieskola, kr/elev
N17013	Kostnad elevhälsa i kommunal gymnasieskola, kr/elev
N17014	Nettokostnad gymnasieskola, kr/inv
N17016	Referenskostnad gymnasieskola, kr/inv
N17018	Månadsavlönad personal, kommunalt anställda gymnasielärare, antal
N17019	Månadsavlönade inom gymnasieskola/komvux, kommun, antal
N17020	Årsarbetare, kommunalt anställda gymnasielärare, antal
N17021	Årsarbetare inom gymnasieskola/komvux, kommun, antal
N17022	Standardkostnad gymnasieskola, kr/inv
N17023	Kommunens köp av gymnasieskola totalt, andel (%)
N17024	Kommunens köp av gymnasieskola från privatägda företag, andel (%)
N17025	Kommunens köp av gymnasieskola från föreningar och stiftelser, andel (%)
N17026	Kommunens köp av gymnasieskola från andra kommuner, andel (%)
N17028	Gemensamma kostnader fördelade till gymnasieskola, andel (%)
N17029	Referenskostnad gymnasieskola, kr/elev
N17030	Nettokostnadsavvikelse gymnasieskola, miljoner kronor
N17040	Åldersersättning gymnasieskola, kr/inv
N17041	Behovsnivå gymnasieskola, kr/inv
N17042	Produktionsförutsättningar gymnasieskola, kr/inv
N17044	Statliga driftbidrag, gymnasieskola, kr/inv 16-19 år
N17140	Pedagogisk personal gymnasie: Tycker du att du lyckas förklara för eleverna vad de behöver kunna i de ämnen du undervisar i? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17200	Tillsvidareanställda månadsavlönade inom gymnasieskola och komvux, andel (%)
N17201	Visstidsanställda månadsavlönade inom gymnasieskola och komvux, andel (%)
N17202	Visstidsanställda timavlönade inom gymnasieskola och komvux, andel (%)
N17203	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom gymnasieskola och komvux, andel (%)
N17204	Arbetad tid utförd av visstidsanställda månadsavlönade inom gymnasieskola och komvux, andel (%)
N17205	Arbetad tid utförd av visstidsanställda timavlönade inom gymnasieskola och komvux, andel (%)
N17206	Heltidsanställda månadsavlönade inom gymnasieskola och komvux, andel (%)
N17207	Deltidsanställda (75-99 %) månadsavlönade inom gymnasieskola och komvux, andel (%)
N17208	Deltidsanställda (1-74 %) månadsavlönade inom gymnasieskola och komvux, andel (%)
N17209	Heltidsarbetande månadsavlönade inom gymnasieskola och komvux, andel (%)
N17210	Deltidsarbetande (75-99 %) månadsavlönade inom gymnasieskola och komvux, andel (%)
N17211	Deltidsarbetande (1-74 %) månadsavlönade inom gymnasieskola och komvux, andel (%)
N17212	Anställda -34 år inom gymnasieskola och komvux, andel (%)
N17213	Anställda 35-54 år inom gymnasieskola och komvux, andel (%)
N17214	Anställda 55+ inom gymnasieskola och komvux, andel (%)
N17215	Nya tillsvidareanställda under året (treårsmedelvärde) inom gymnasieskola och komvux, andel (%)
N17216	Avgångna tillsvidareanställda under året (treårsmedelvärde) inom gymnasieskola och komvux, andel (%)
N17217	Utrikes födda, anställda inom gymnasieskola och komvux, balanstal
N17218	Anställda 55+ år inom gymnasieskola och komvux, antal
N17219	Anställda 55-64 år inom gymnasieskola och komvux, andel (%)
N17220	Anställda 65+ inom gymnasieskola och komvux, andel (%)
N17221	Anställda 55-64 år inom gymnasieskola och komvux, antal
N17222	Anställda 65+ år inom gymnasieskola och komvux, antal
N17300	Elever i gymnasieskola, kommunalförbund, antal
N17301	Gymnasieelever med examen inom 4 år, kommunalförbund, andel (%)
N17302	Gymnasieelever med examen inom 4 år, högskoleförberedande program, kommunalförbund, andel (%)
N17303	Gymnasieelever med examen inom 4 år, yrkesprogram, kommunalförbund, andel (%)
N17304	Gymnasieelever med examen inom 3 år, kommunalförbund, andel (%)
N17305	Gymnasieelever med examen inom 3 år, högskoleförberedande program, kommunalförbund, andel (%)
N17306	Gymnasieelever med examen inom 3 år, yrkesprogram, kommunalförbund, andel (%)
N17307	Kostnad för gymnasieskola inkl anpassad gymnasieskola, kommunalförbund, kr/elev
N17308	Köp av huvudverksamhet gymnasieskola inkl. anpassad gymnasieskola, kommunalförbund, kr/elev
N17309	Personalkostnader för gymnasieskola inkl. anpassad gymnasieskola, kommunalförbund, kr/elev
N17310	Material, tjänster och övriga verksamhetskostnader för gymnasieskola inkl. anpassad gymnasieskola, kommunalförbund, kr/elev
N17311	Lämnade bidrag för gymnasieskola inkl. anpassad gymnasieskola, kommunalförbund, kr/elev
N17312	Verksamhetens intäkter för gymnasieskola inkl. anpassad gymnasieskola, kommunalförbund, kr/elev
N17313	Elever i anpassad gymnasieskola, kommunalförbund, antal
N17314	Gymnasieelever med examen inom 3 år, introduktionsprogram, kommunalförbund, andel (%)
N17315	Gymnasieelever med examen inom 4 år, introduktionsprogram, kommunalförbund, andel (%)
N17330	Pedagogisk personal gymnasie: Hur tycker du att eleverna bemöter varandra i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)
N17331	Pedagogisk personal gymnasie: Hur tycker du att eleverna bemöter er vuxna i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)
N17332	Pedagogisk personal gymnasie: Upplever du att ni vuxna i skolan har koll på vad som händer på rasterna?  Andel som har svarat "Alltid" eller "Ofta" (%)
N17333	Pedagogisk personal gymnasie: Upplever du att eleverna kan vara sig själva i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17334	Pedagogisk personal gymnasie: Upplever du att eleverna känner sig trygga i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17335	Pedagogisk personal gymnasie: Upplever du att ni vuxna i skolan gör tillräckligt om en elev blir illa behandlad? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17336	Pedagogisk personal gymnasie: Hur uppfattar du möjligheterna för eleverna att få stöd från elevhälsan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)
N17337	Pedagogisk personal gymnasie: Hur tycker du att elevhälsans förebyggande och hälsofrämjande arbete fungerar? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)
N17338	Pedagogisk personal gymnasie: Hur uppfattar du möjligheterna för er lärare att få stöd från elevhälsan om det skulle behövas? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)
N17340	Pedagogisk personal gymnasie: Tycker du att extra anpassningar ges skyndsamt till de elever som riskerar att inte nå kunskapskraven? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17341	Pedagogisk personal gymnasie: Tycker du att skolan utreder behovet av särskilt stöd skyndsamt när extra anpassningar inte är tillräckliga? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17342	Pedagogisk personal gymnasie: Tycker du att skolan ger stöd i enlighet med de behov som utredningar om särskilt stöd visar? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17343	Pedagogisk personal gymnasie: Hur ofta upplever du att det är studiero på dina lektioner? Andel som har svarat "Alltid" eller "Ofta" (%)
N17344	Pedagogisk personal gymnasie: Hur ofta går en stor del av lektionstiden till att upprätthålla ordningen?  Andel som har svarat "Aldrig" eller "Sällan" (%)
N17345	Pedagogisk personal gymnasie: Hur ofta upplever du att alla elever får den hjälp de behöver på dina lektioner? Andel som har svarat "Alltid" eller "Ofta" (%)
N17346	Pedagogisk personal gymnasie: Hur ofta lyckas du väcka elevernas intresse för skolarbetet?  Andel som har svarat "Alltid" eller "Ofta" (%)
N17348	Pedagogisk personal gymnasie: Tycker du att du lyckats variera undervisningen så att eleverna får arbeta på olika sätt? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17349	Pedagogisk personal gymnasie: Tycker du att ni lärare lyckats få eleverna att tro på sig själva i skolarbetet?  Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17350	Pedagogisk personal gymnasie: Hur mycket får dina elever, utifrån ålder och mognad, vara med och påverka hur ni ska arbeta på lektionerna?  Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)
N17351	Pedagogisk personal gymnasie: Hur mycket upplever du att de vuxna i skolan lyssnar på förslag från eleverna till exempel från klassråd och elevråd? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)
N17352	Pedagogisk personal gymnasie: Tycker du att dina elever får det stöd från skolan som behövs för att klara skolarbetet? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17353	Pedagogisk personal gymnasie: Tycker du att du lyckats ge tillräckliga utmaningar till de elever som kommit långt i sin kunskapsutveckling? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17354	Pedagogisk personal gymnasie: Tycker du att dina elever får veta hur det går för dem i dina ämnen? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17355	Pedagogisk personal gymnasie: Hur mycket pratar du med dina elever om att allt man hör och läser inte behöver vara sant (källkritik)? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)
N17356	Pedagogisk personal gymnasie: Hur mycket får dina elever öva på att diskutera frågor där man kan ha olika uppfattningar? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)
N17357	Pedagogisk personal gymnasie: Tycker du att ni lärare ger alla elever samma möjligheter oavsett om de är flickor, pojkar eller har annan könstillhörighet? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)
N17358	Pedagogisk personal gymnasie: I vilken utsträckning tycker du att skolledningen har tillräcklig kännedom om skolans verksamhet för att leda och samråda den? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17359	Pedagogisk personal gymnasie: I vilken utsträckning följs skolans kunskapsresultat upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17360	Pedagogisk personal gymnasie: I vilken utstrcäkning följs elevernas upplevelse av trygghet upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17361	Pedagogisk personal gymnasie: I vilken utsträckning följs elevernas upplevelse av studiero upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17362	Pedagogisk personal gymnasie: I vilken utsträckning är ni lärare delaktiga i skolans uppföljningsarbete (som del av det systematiska kvalitetsarbetet)? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17363	Pedagogisk personal gymnasie: I vilken utsträckning genomförs utvecklingsinsatser och förbättringsarbeten som du tycker behövs i skolan? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17364	Pedagogisk personal gymnasie: I vilken utsträckning arbetar skolan för att främja jämställdhet i undervisningen? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17365	Pedagogisk personal gymnasie: I vilken utsträckning finns organisatoriska förutsättningar i skolan som främjar samverkan mellan lärarna? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17366	Pedagogisk personal gymnasie: I vilken utsträckning delar du och dina kollegor med er av kunskap och lär av varandra? (Kollegialt lärande) Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17367	Pedagogisk personal gymnasie: I vilken utsträckning samverkar du med kollegor när du planerar undervisningen? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17368	Pedagogisk personal gymnasie: I vilken utsträckning samverkar du och dina kollegor kring bedömning och betygssättning? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17369	Pedagogisk personal gymnasie: I vilken utsträckning bedrivs det ett arbete i skolan för att säkerställa att bedömningar och omdömen/betyg är likvärdiga? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)
N17441	Gymnasieelever med examen eller studiebevis inom 3 år, hemkommun, andel (%)
N17442	Gymnasieelever med examen eller studiebevis inom 3 år, lägeskommun, andel (%)
N17443	Gymnasieelever med examen eller studiebevis inom 3 år, fristående skolor, andel (%)
N17444	Gymnasieelever med examen eller studiebevis inom 3 år, kommunala skolor, andel (%)
N17445	Gymnasieelever med examen inom 3 år, hemkommun, andel (%)
N17446	Gymnasieelever med examen inom 3 år, högskoleförberedande program hemkommun, andel (%)
N17447	Gymnasieelever med examen inom 3 år, yrkesprogram hemkommun, andel (%)
N17448	Gymnasieelever med examen inom 3 år, lägeskommun, andel (%)
N17449	Gymnasieelever med examen inom 3 år, högskoleförberedande program lägeskommun, andel (%)
N17450	Gymnasieelever med examen inom 3 år, yrkesprogram lägeskommun, andel (%)
N17451	Gymnasieelever med examen inom 3 år, kommunala skolor, andel (%)
N17452	Gymnasieelever med examen inom 3 år, högskoleförberedande program kommunala skolor, andel (%)
N17453	Gymnasieelever med examen inom 3 år, yrkesprogram kommunala skolor, andel (%)
N17454	Gymnasieelever med examen inom 3 år, fristående skolor, andel (%)
N17455	Gymnasieelever med examen inom 3 år, högskoleförberedande program fristående skolor, andel (%)
N17456	Gymnasieelever med examen inom 3 år, yrkesprogram fristående skolor, andel (%)
N17457	Gymnasieelever med examen eller studiebevis inom 4 år, hemkommun, andel (%)
N17458	Gymnasieelever med examen eller studiebevis inom 4 år, lägeskommun, andel (%)
N17459	Gymnasieelever med examen eller studiebevis inom 4 år, kommunala skolor, andel (%)
N17460	Gymnasieelever med examen eller studiebevis inom 4 år, fristående skolor, andel (%)
N17461	Gymnasieelever med examen inom 4 år, hemkommun, andel (%)
N17462	Gymnasieelever med examen inom 4 år, högskoleförberedande program hemkommun, andel (%)
N17463	Gymnasieelever med examen inom 4 år, yrkesprogram hemkommun, andel (%)
N17464	Gymnasieelever med examen inom 4 år, lägeskommun, andel (%)
N17465	Gymnasieelever med examen inom 4 år, högskoleförberedande program lägeskommun, andel (%)
N17466	Gymnasieelever med examen inom 4 år, yrkesprogram lägeskommun, andel (%)
N17467	Gymnasieelever med examen inom 4 år, kommunala skolor, andel (%)
N17468	Gymnasieelever med examen inom 4 år, högskoleförberedande program kommunala skolor, andel (%)
N17469	Gymnasieelever med examen inom 4 år, yrkesprogram kommunala skolor, andel (%)
N17470	Gymnasieelever med examen inom 4 år, fristående skolor, andel (%)
N17471	Gymnasieelever med examen inom 4 år, högskoleförberedande program fristående skolor, andel (%)
N17472	Gymnasieelever med examen inom 4 år, yrkesprogram fristående skolor, andel (%)
N17473	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, hemkommun, andel (%)
N17474	Gymnasieelever med grundläggande behörighet till universitet/högskola inom 3 år, högskoleförb pr hemkommun, andel (%)
N17475	Gymnasieelever med grundläggande behörighet till universitet/högskola inom 3 år, yrkesprogram hemkommun, andel (%)
N17476	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, lägeskommun, andel (%)
N17477	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, högskoleförberedande program lägeskommun, andel (%)
N17478	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, yrkesprogram lägeskommun, andel (%)
N17479	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, kommunala skolor, andel (%)
N17480	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, högskoleförberedande program kommunala skolor, andel (%)
N17481	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, yrkesprogram kommunala skolor, andel (%)
N17482	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, fristående skolor, andel (%)
N17483	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, högskoleförberedande program fristående skolor, andel (%)
N17484	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, yrkesprogram fristående skolor, andel (%)
N17528	Elever som avslutat årskurs 9 på våren och som ej återfanns i gymnasieskolan på hösten, hemkommun, andel (%)
N17529	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, yrkesprogram kommunala skolor, andel (%)
N17530	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, högskoleförberedande program kommunala skolor, andel (%)
N17531	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, kommunala skolor, andel (%)
N17532	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, yrkesprogram lägeskommun, andel (%) (-2023)
N17533	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, yrkesprogram fristående skolor, andel (%)
N17534	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, högskoleförberedande program fristående skolor, andel (%)
N17535	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, fristående skolor, andel (%)
N17536	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, högskoleförberedande program hemkommun, andel (%)
N17537	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, yrkesprogram hemkommun, andel (%)
N17538	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, hemkommun, andel (%)
N17539	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, lägeskommun, andel (%) (-2023)
N17540	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, högskoleförberedande program lägeskommun, andel (%) (-2023)
N17541	Gymnasieelever med examen inom 3 år, introduktionsprogram hemkommun, andel (%)
N17543	Gymnasieelever med examen inom 3 år, introduktionsprogram lägeskommun, andel (%)
N17545	Gymnasieelever med examen inom 3 år, introduktionsprogram kommunala skolor, andel (%)
N17547	Gymnasieelever med examen inom 3 år, introduktionsprogram fristående skolor, andel (%)
N17549	Gymnasieelever med examen inom 4 år, introduktionsprogram hemkommun, andel (%)
N17550	Gymnasieelever med examen eller studiebevis inom 4 år, introduktionsprogram hemkommun, andel (%)
N17551	Gymnasieelever med examen inom 4 år, introduktionsprogram lägeskommun, andel (%)
N17553	Gymnasieelever med examen inom 4 år, introduktionsprogram kommunala skolor, andel (%)
N17555	Gymnasieelever med examen inom 4 år, introduktionsprogram fristående skolor, andel (%)
N17557	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, introduktionsprogram hemkommun, andel (%)
N17559	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, introduktionsprogram kommunala skolor, andel (%)
N17560	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, introduktionsprogram fristående skolor, andel (%)
N17561	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, introduktionsprogram hemkommun, andel (%)
N17562	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, introduktionsprogram lägeskommun, andel (%) (-2023)
N17563	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, introduktionsprogram kommunala skolor, andel (%)
N17564	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, introduktionsprogram fristående skolor, andel (%)
N17623	Gymnasieelever som övergått från IM till nationellt program, hemkommun, andel (%)
N17624	Gymnasieelever som övergått från IM till nationellt program, kommunala skolor, andel (%)
N17625	Gymnasieelever med indraget studiestöd pga. ogiltig frånvaro, avser läsår, hemkommun, andel (%)
N17660	Gymnasieelever i år 2: Hur ofta förklarar lärarna vad du ska göra på lektionerna så att du förstår? Andel som har svarat "Alltid" eller "Ofta", andel (%)
N17661	Gymnasieelever i år 2: Hur ofta får du den hjälp du behöver under lektionerna? Andel som har svarat "Alltid" eller "Ofta", andel (%)
N17662	Gymnasieelever i år 2: Hur ofta får lärarna dig att bli intresserad av skolarbetet? Andel som har svarat "Alltid" eller "Ofta", andel (%)
N17663	Gymnasieelever i år 2: Hur ofta är det arbetsro på lektionerna? Andel som har svarat "Alltid" eller "Ofta", andel (%)
N17664	Gymnasieelever i år 2: Hur ofta är det så stökigt på lektionerna att du har svårt att koncentrera dig? Andel som har svarat "Aldrig" eller "Sällan", andel (%)
N17665	Gymnasieelever i år 2: Hur tycker du att eleverna bemöter varandra i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra", andel (%)
N17666	Gymnasieelever i år 2: Hur tycker du att eleverna bemöter vuxna i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra", andel (%)
N17667	Gymnasieelever i år 2: Tycker du att de vuxna i skolan har koll på vad som händer på rasterna? Andel som har svarat "Alltid" eller "Ofta", andel (%)
N17668	Gymnasieelever i år 2: Hur lätt eller svårt är det att få hjälp av elevhälsan till exempel skolsköterskan? Andel som har svarat "Mycket lätt" eller "Ganska lätt", andel (%)
N17669	Gymnasieelever i år 2: Känner du dig rädd för andra elever i skolan? Andel som har svarat "Aldrig" eller "Sällan", andel (%)
N17670	Gymnasieelever i år 2: Känner du dig rädd för någon lärare eller annan vuxen i skolan? Andel som har svarat "Aldrig" eller "Sällan", (%)
N17671	Gymnasieelever i år 2: Känner du dig orättvist behandlad av någon lärare eller annan vuxen i skolan? Andel som har svarat "Aldrig" eller "Sällan", (%)
N17672	Gymnasieelever i år 2: Känner du att du kan vara dig själv i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)
N17673	Gymnasieelever i år 2: Känner du dig trygg i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)
N17674	Gymnasieelever i år 2: Litar du på att de vuxna i skolan gör tillräckligt om någon elev blir illa behandlad? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)
N17675	Gymnasieelever i år 2: Känner du att det finns någon vuxen i skolan som bryr sig om hur du mår? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)
N17677	Gymnasieelever i år 2: Tycker du att lärarna varierar lektionerna så att ni får arbeta på olika sätt? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)
N17678	Gymnasieelever i år 2: Hur mycket tycker du att ni elever får vara med och påverka hur ni ska arbeta på lektionerna? Andel som har svarat "Väldigt mycket" eller "Ganska mycket", (%)
N17679	Gymnasieelever i år 2: Hur mycket tycker du att de vuxna i skolan lyssnar på förslag från eleverna till exempel från klassråd eller elevråd? Andel som har svarat "Väldigt mycket" eller "Ganska mycket", (%)
N17681	Gymnasieelever i år 2: Hur ofta tycker du att skolarbetet är för svårt? Andel som har svarat "Aldrig" eller "Sällan", (%)
N17682	Gymnasieelever i år 2: Tycker du att du får veta hur det går för dig i skolarbetet? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)
N17683	Gymnasieelever i år 2: Tycker du att du får den hjälp du behöver från skolan för att klara skolarbetet? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)
N17684	Gymnasieelever i år 2: Tycker du att lärarna får dig att tro på dig själv i skolarbetet? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)
N17685	Gymnasieelever i år 2: Tycker du att utvecklingssamtalet är till hjälp för dig i skolarbetet? Andel som har svarat "Väldigt mycket" eller "Ganska mycket", (%)
N17686	Gymnasieelever i år 2: Hur mycket pratar lärarna om att allt man hör och läser, till exempel på internet, inte behöver vara sant (källkritik)? Andel som har svarat "Väldigt mycket" eller "Ganska mycket", (%)
N17687	Gymnasieelever i år 2: Hur mycket tycker du att ni elever får öva på att diskutera frågor där man kan tycka olika? Andel som har svarat "Väldigt mycket" eller "Ganska mycket", (%)
N17688	Gymnasieelever i år 2: Tycker du att lärarna behandlar alla elever lika oavsett om de är flickor, pojkar eller har annan könsidentitet? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)
N17689	Gymnasieelever i år 2: Hur nöjd är du med din skola? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)
N17690	Genomsnittlig betygspoäng, gymnasieelever med examen, fristående skolor
N17691	Genomsnittlig betygspoäng, gymnasieelever med examen, kommunala skolor
N17692	Genomsnittlig betygspoäng, gymnasieelever med examen, lägeskommun
N17693	Genomsnittlig betygspoäng, gymnasieelever med examen, högskoleförberedande program fristående skolor
N17694	Genomsnittlig betygspoäng, gymnasieelever med examen, högskoleförberedande program kommunala skolor
N17695	Genomsnittlig betygspoäng, gymnasieelever med examen, högskoleförberedande program lägeskommun
N17696	Genomsnittlig betygspoäng, gymnasieelever med examen, yrkesprogram fristående skolor
N17697	Genomsnittlig betygspoäng, gymnasieelever med examen, yrkesprogram kommunala skolor
N17698	Genomsnittlig betygspoäng, gymnasieelever med examen, yrkesprogram lägeskommun
N17699	Genomsnittlig betygspoäng, gymnasieelever med examen, högskoleförberedande program hemkommun
N17700	Genomsnittlig betygspoäng, gymnasieelever med examen, yrkesprogram hemkommun
N17701	Genomsnittlig betygspoäng, gymnasieelever med examen, hemkommun
N17800	Elever i gymnasieskola, hemkommun, antal
N17801	Gymnasieelever på yrkesprogram, hemkommun, andel (%)
N17802	Gymnasieelever på högskoleförberedande program, hemkommun, andel (%)
N17803	Gymnasieelever på introduktionsprogram (IM), hemkommun, andel (%)
N17804	Gymnasieelever som går i fristående gymnasieskola i den egna kommunen, andel (%)
N17805	Gymnasieelever som går i annan kommuns gymnasieskola, andel (%)
N17806	Gymnasieelever som går i fristående gymnasieskola i annan kommun, andel (%)
N17807	Gymnasieelever som går i regionkommunal gymnasieskola, andel (%)
N17812	Gymnasieelever i kommunens egna skolor eller kommunalförbunds skolor i kommunen, andel (%)
N17813	Lärare med pedagogisk högskoleexamen i gymnasieskola, lägeskommun, andel (%)
N17814	Lärare med pedagogisk högskoleexamen i kommunal gymnasieskola, andel (%)
N17815	Lärare med pedagogisk högskoleexamen i fristående gymnasieskola, andel (%)
N17816	Elever/lärare (heltidstjänst) i gymnasieskola, lägeskommun, antal
N17817	Elever/lärare (heltidstjänst) i kommunal gymnasieskola, antal
N17818	Elever/lärare (heltidstjänst) i fristående gymnasieskola, antal
N17819	Elever i gymnasieskola, lägeskommun, antal
N17820	Elever i kommunal gymnasieskola i kommunen, antal
N17821	Elever i fristående gymnasieskola i kommunen, antal
N17822	Lärare (heltidstjänst) i gymnasieskola, lägeskommun, antal
N17823	Lärare (heltidstjänst) i kommunal gymnasieskola i kommunen, antal
N17824	Lärare (heltidstjänst) i fristående gymnasieskola i kommunen, antal.
N17825	Lärare (heltidstjänster) med lärarlegitimation och behörighet i gymnasieskola, lägeskommun, andel (%)
N17826	Lärare (heltidstjänster) med lärarlegitimation och behörighet i gymnasieskola, kommunala skolor, andel (%)
N17827	Lärare (heltidstjänster) med lärarlegitimation och behörighet i gymnasieskola, fristående skolor, andel (%)
N17828	Gymnasieelever vars föräldrar har eftergymnasial utbildning, lägeskommun, andel (%)
N17829	Kvinnor i gymnasieskola, lägeskommun, andel (%)
N17830	Utländsk bakgrund bland elever i år 1-3, lägeskommun, andel (%)
N17831	Elever vars föräldrar har eftergymnasial utbildning, kommunal gymnasieskola, andel (%)
N17832	Kvinnor i gymnasieskola, elever i kommunal gymnasieskola, andel (%)
N17833	Utländsk bakgrund bland elever, kommunal gymnasieskola, andel (%)
N17834	Elever vars föräldrar har eftergymnasial utbildning, fristående gymnasieskola, andel (%)
N17835	Kvinnor i gymnasieskola, elever i fristående gymnasieskola, andel (%)
N17836	Utländsk bakgrund bland elever, fristående gymnasieskola, andel (%)
N17837	Gymnasieelever på högskoleförberedande program i kommunal gymnasieskola, andel (%)
N17838	Gymnasieelever på högskoleförberedande program i fristående gymnasieskola, andel (%)
N17839	Gymnasieelever på yrkesprogram i kommunal gymnasieskola, andel (%)
N17840	Gymnasieelever på yrkesprogram i fristående gymnasieskola, andel (%)
N17841	Gymnasieelever på introduktionsprogram i kommunal gymnasieskola, andel (%)
N17842	Gymnasieelever på introduktionsprogram i fristående gymnasieskola, andel (%)
N17847	Gymnasieelever på högskoleförberedande program, lägeskommun, andel (%)
N17848	Gymnasieelever på introduktionsprogram, lägeskommun, andel (%)
N17849	Gymnasieelever på yrkesprogram, lägeskommun, andel (%)
N17895	Gymnasieelever i kommunens egna skolor, andel (%)
N17896	Gymnasieelever i andra kommuners, kommunalförbunds och regionsskolor, andel (%)
N17897	Gymnasieelever i fristående gymnasieskolor, andel (%)
N17898	Sökande till gymnasieskolan intagna på förstahandsval, andel (%) (-2023)
N17899	Gymnasiefrekvens, hemkommun(%)
N17901	Nyinvandrade elever i gymnasieskola, hemkommun, andel (%)
N17902	Nyinvandrade och elever med okänd bakgrund i kommunal gymnasieskola, andel (%)
N17903	Nyinvandrade och elever med okänd bakgrund i fristående gymnasieskola, andel (%)
N17940	Gymnasieelever som gått över till universitet/högskola direkt efter gymnasieexamen från högskoleförberedande program, hemkommun, andel (%)
N17941	Gymnasieelever som gått över till universitet/högskola direkt efter gymnasieexamen från högskoleförberedande program, kommunal gymnasieskola, andel (%)
N17942	Gymnasieelever som gått över till universitet/högskola direkt efter gymnasieexamen från högskoleförberedande program, fristående gymnasieskola, andel (%)
N17998	Medarbetarengagemang (HME) gymnasieskola - svarsfrekvens, andel (%)
N18001	Kostnad komvux, kr/heltidsstuderande
N18002	Nettokostnad anpassad grundskola, kr/inv
N18003	Nettokostnad anpassad gymnasieskola, kr/inv
N18004	Nettokostnad grundläggande vuxenutbildning, kr/inv
N18005	Nettokostnad gymnasial vuxenutbildning, kr/inv
N18006	Nettokostnad komvux som anpassad utbildning, kr/inv
N18007	Nettokostnad högskoleutbildning, kr/inv
N18008	Nettokostnad svenska för invandrare, kr/inv
N18009	Nettokostnad uppdragsutbildning, kr/inv
N18010	Kostnad anpassad grundskola hemkommun, kr/inv
N18011	Kostnad anpassad gymnasieskola, kr/inv
N18012	Kostnad grundläggande vuxenutbildning, kr/inv
N18013	Kostnad gymnasial vuxenutbildning, kr/inv
N18014	Kostnad komvux som anpassad utbildning, kr/inv
N18015	Kostnad högskoleutbildning, kr/inv
N18016	Kostnad svenska för invandrare, kr/inv
N18017	Kostnad uppdragsutbildning, kr/inv
N18019	Lärare med specialpedagogisk högskoleexamen i anpassad grundskola, lägeskommun, andel (%) (-2023)
N18020	Kostnad kommunal grundläggande vuxenutbildning, kr/heltidsstuderande
N18021	Kostnad anpassad grundskola hemkommun, kr/elev
N18022	Köp av övrig utbildning, totalt, andel (%) (-2024)
N18023	Köp av övrig utbildning från privatägda företag, andel (%) (-2024)
N18024	Köp av övrig utbildning från föreningar och stiftelser, andel (%) (-2024)
N18025	Köp av övrig utbildning från andra kommuner, andel (%)
N18026	Köp av övrig utbildning från övriga motparter, andel (%) (-2023)
N18027	Kostnad för kommunal anpassad grundskola, kr/elev
N18028	Kostnad för lokaler i kommunal anpassad grundskola, kr/elev
N18029	Kostnad för undervisning i kommunal anpassad grundskola, kr/elev
N18030	Kostnad för måltider i kommunal anpassad grundskola, kr/elev
N18031	Kostnad för lärverktyg i kommunal anpassad grundskola, kr/elev
N18032	Kostnad för elevhälsa i kommunal anpassad grundskola, kr/elev
N18033	Övriga kostnader i kommunal anpassad grundskola, kr/elev
N18034	Kostnad för kommunal anpassad gymnasieskola, kr/elev
N18035	Kostnad för lokaler i kommunal  anpassad gymnasieskola, kr/elev
N18036	Kostnad för undervisning i kommunal anpassad gymnasieskola, kr/elev
N18037	Kostnad för måltider i kommunal anpassad gymnasieskola, kr/elev
N18038	Kostnad för lärverktyg i kommunal anpassad gymnasieskola, kr/elev
N18039	Kostnad för elevhälsa i kommunal anpassad gymnasieskola, kr/elev
N18040	Övriga kostnader i kommunal anpassad gymnasieskola, kr/elev
N18044	Kostnad skolskjuts, reseersättning och inackordering, anpassad grundskola, hemkommun, kr/elev
N18046	Kostnad skolskjuts, reseersättning och inackordering, anpassad gymnasieskola, hemkommun, kr/elev
N18081	Kostnad anpassad grundskola, kr/inv
N18082	Kostnad förskoleklass, kr/inv
N18083	Kostnad grundskola åk 1-9, kr/inv
N18084	Kostnad gymnasieskola, kr/inv
N18101	Kostnad vuxenutbildning, kr/inv 20-64 år
N18406	Kursdeltagare i sfi på studieväg 1, i huvudmannens skolenheter, andel (%)
N18407	Kursdeltagare i sfi på studieväg 2, i huvudmannens skolenheter, andel (%)
N18408	Kursdeltagare i sfi på studieväg 3, i huvudmannens skolenheter, andel (%)
N18409	Elever på SFI som klarat minst två kurser, av nybörjare två år tidigare, andel (%)
N18410	Elever på SFI som fortsätter utbildningen men klarat mindre än två kurser, av nybörjare två år tidigare, andel (%)
N18411	Elever på SFI som avbrutit  utbildningen och klarat mindre än två kurser, av nybörjare två år tidigare, andel (%)
N18412	Elever på SFI som avbrutit som är förvärvsarbetande av nybörjare två år tidigare, andel (%)
N18413	Elever på SFI som avbrutit som antingen arbetar eller studerar av nybörjare två år tidigare, andel (%)
N18414	Elever på SFI som avbrutit som studerar av nybörjare två år tidigare, andel (%)
N18500	Kursdeltagare i gymnasial vuxenutbildning som vid årets slut slutfört kurs, hemkommun, andel (%)
N18601	Ungdomar som är etablerade på arbetsmarknaden eller studerar 2 år efter gymnasieexamen, hemkommun, andel (%)
N18602	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, hemkommun, andel (%)
N18603	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, yrkesprogram hemkommun, andel (%)
N18604	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, högskoleförberedande program hemkommun, andel (%)
N18605	Ungdomar som studerar på högskola/universitet 2 år efter gymnasieexamen, hemkommun, andel (%)
N18606	Ungdomar som studerar på högskola/universitet 2 år efter gymnasieexamen, yrkesprogram hemkommun, andel (%)
N18607	Ungdomar som studerar på högskola/universitet 2 år efter gymnasieexamen, högskoleförberedande program hemkommun, andel (%)
N18608	Ungdomar som studerar på annan studiemedelsberättigad utbildning än högskola 2 år efter gymnasieexamen, hemkommun, andel (%)
N18609	Ungdomar som studerar på annan studiemedelsberättigad utbildning än högskola 2 år efter gymnasieexamen, yrkesprogram hemkommun, andel (%)
N18610	Ungdomar som studerar på annan studiemedelsberättigad utbildning än högskola 2 år efter gymnasieexamen, högskoleförberedande program hemkommun, andel (%)
N18611	Ungdomar som är etablerade på arbetsmarknaden eller studerar 2 år efter studiebevis från gymnasiet, hemkommun, andel (%)
N18612	Ungdomar som är etablerade på arbetsmarknaden 2 år efter studiebevis från gymnasiet, hemkommun, andel (%)
N18613	Ungdomar som studerar på annan studiemedelsberättigad utbildning än högskola 2 år efter studiebevis från gymnasiet, andel (%)
N18614	Ungdomar som studerar på högskola/universitet 2 år efter studiebevis från gymnasiet, andel (%)
N18621	Ungdomar som är etablerade på arbetsmarknaden eller studerar 2 år efter gymnasieexamen, kommunala skolor, andel (%)
N18622	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, kommunala skolor, andel (%)
N18623	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, yrkesprogram kommunala skolor, andel (%)
N18624	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, högskoleförberedande program kommunala skolor, andel (%)
N18625	Ungdomar som studerar 2 år efter gymnasieexamen, kommunala skolor, andel (%)
N18626	Ungdomar som studerar 2 år efter gymnasieexamen, yrkesprogram kommunala skolor, andel (%)
N18627	Ungdomar som studerar 2 år efter gymnasieexamen, högskoleförberedande program kommunala skolor, andel (%)
N18631	Ungdomar som är etablerade på arbetsmarknaden eller studerar 2 år efter gymnasieexamen, fristående skolor, andel (%)
N18632	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, fristående skolor, andel (%)
N18633	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, yrkesprogram fristående skolor, andel (%)
N18634	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, högskoleförberedande program fristående skolor, andel (%)
N18635	Ungdomar som studerar 2 år efter gymnasieexamen, fristående skolor, andel (%)
N18636	Ungdomar som studerar 2 år efter gymnasieexamen, yrkesprogram fristående skolor, andel (%)
N18637	Ungdomar som studerar 2 år efter gymnasieexamen, högskoleförberedande program fristående, andel (%)
N18701	Elever på SFI som är skyddsbehövande och anhöriga till skyddsbehövande, andel (%)
N18704	Lärare (heltidstjänster) i sfi med lärarlegitimation, i huvudmannens skolenheter, andel (%)
N18705	Elever per lärare (heltidstjänster) i sfi, kommunal regi, antal (-2023)
N18706	Elever i anpassad grundskola, lägeskommun, antal (-2023)
N18708	Elever i anpassad grundskola, integrerade i grundskolan, lägeskommun, andel (%) (-2023)
N18709	Lärare i anpassad grundskola, lägeskommun, antal (-2023)
N18710	Lärare med pedagogisk högskoleexamen i anpassad grundskola, lägeskommun, andel (%) (-2023)
N18711	Elever/lärare (heltidstjänst) i anpassad grundskola, lägeskommun, antal (-2023)
N18712	Elever i anpassad gymnasieskola, lägeskommun, antal
N18713	Elever i anpassad gymnasieskola på Individuella program, andel (%)
N18714	Elever i anpassad gymnasieskola på Nationella program, andel (%)
N18715	Lärare i anpassad gymnasieskola, lägeskommun, antal
N18716	Lärare med pedagogisk högskoleexamen i anpassad gymnasieskola, lägeskommun, andel (%)
N18717	Lärare med specialpedagogisk högskoleexamen i anpassad gymnasieskola, lägeskommun, andel (%)
N18718	Elever/lärare (heltidstjänst) i anpassad gymnasieskola, lägeskommun, antal
N18719	Elever i komvux som anpassad utbildning, i huvudmannens skolenheter, antal (-2023)
N18720	Elever inom Komvux som anpassad utbildning i kommunal skola folkbokförda i annan kommun, andel (%) (-2023)
N18721	Elever i komvux som anpassad utbildning på grundläggande nivå, i huvudmannens skolenheter, andel (%) (-2023)
N18722	Elever i komvux som anpassad utbildning på gymnasial nivå, i huvudmannens skolenheter, andel (%) (-2023)
N18724	Undervisningstimmar per elev och vecka inom Komvux som anpassad utbildning, antal timmar (-2023)
N18730	Elever i anpassad grundskola, kommunal regi, antal
N18731	Elever i anpassad grundskola, integrerade i grundskolan, kommunal regi, andel (%)
N18732	Lärare i anpassad grundskola, kommunal regi, antal
N18733	Lärare med pedagogisk högskoleexamen i anpassad grundskola, kommunal regi, andel (%)
N18734	Lärare med specialpedagogisk högskoleexamen i anpassad grundskola, kommunal regi, andel (%)
N18735	Elever/lärare (heltidstjänst) i anpassad grundskola, kommunal regi, antal
N18736	Elever i anpassad grundskola i kommunal regi, andel (%)
N18741	Personer i kommunens aktivitetsansvar, andel (%) av inv 16-19 år
N18742	Avregistrering från kommunens aktivitetsansvar på grund av flytt, andel (%)
N18743	Avregistrering från kommunens aktivitetsansvar på grund av studier på nationellt program, andel (%)
N18744	Personer i kommunens aktivitetsansvar som arbetar eller praktiserar, andel (%) (-2023)
N18745	Personer i kommunens aktivitetsansvar utan sysselsättning, andel (%) (-2023)
N18746	Personer i kommunens aktivitetsansvar som deltagit i minst en åtgärd, andel (%)
N18800	Elever i kommunens egen SFI-utbildning, andel (%)
N18801	Elever i SFI-utbildning, antal
N18802	Elever i SFI-utbildning. kommunal regi, antal
N18803	Elever i anpassad grundskola, hemkommun, antal
N18804	Elever i anpassad gymnasieskola, hemkommun, antal
N18805	Elever i anpassad gymnasieskola, hemkommun, andel (%)
N18820	Elever i komvux som läser yrkespaket, i huvudmannens skolenheter, antal (-2023)
N18821	Elever i komvux som läser yrkespaket med inriktning barn och fritid, i huvudmannens skolenheter, antal
N18822	Elever i komvux som läser yrkespaket med inriktning bygg och anläggning, i huvudmannens skolenheter, antal
N18823	Elever i komvux som läser yrkespaket med inriktning el och energi, i huvudmannens skolenheter, antal
N18824	Elever i komvux som läser yrkespaket med inriktning fordon och transport, i huvudmannens skolenheter, antal
N18825	Elever i komvux som läser yrkespaket med inriktning försäljning och service, i huvudmannens skolenheter, antal
N18826	Elever i komvux som läser yrkespaket med inriktning hantverk, i huvudmannens skolenheter, antal
N18827	Elever i komvux som läser yrkespaket med inriktning hotell och turism, i huvudmannens skolenheter, antal
N18828	Elever i komvux som läser yrkespaket med inriktning industriteknik, i huvudmannens skolenheter, antal
N18829	Elever i komvux som läser yrkespaket med inriktning naturbruk, i huvudmannens skolenheter, antal
N18830	Elever i komvux som läser yrkespaket med inriktning restaurang och livsmedel, i huvudmannens skolenheter, antal
N18831	Elever i komvux som läser yrkespaket med inriktning VVS och fastighet, i huvudmannens skolenheter, antal
N18832	Elever i komvux som läser yrkespaket med inriktning vård och omsorg, i huvudmannens skolenheter, antal
N18890	Elever i anpassad grundskola, hemkommun, andel (%)
N18892	Kursdeltagare i kommunal vuxenutbildning, kommunal regi, andel (%)
N18893	Elever i kommunal vuxenutbildning som läser grundläggande vuxenutbildning, andel (%)
N18894	Elever i komvux som läser gymnasial vuxenutbildning, hemkommun, andel (%)
N18896	Elever i kommunal grundläggande vuxenutbildning hemkommun, antal
N18897	Elever i kommunal vuxenutbildning hemkommun, antal
N18898	Elever i kommunal gymnasial vuxenutbildning hemkommun, antal
N18899	Elever i komvux (exkl. anpassad utbildning), i huvudmannens skolenheter, antal
N18900	Elever i komvux på grundläggande nivå, i huvudmannens skolenheter, antal
N18901	Elever i komvux på gymnasial nivå, i huvudmannens skolenheter, antal
N18902	Elever i komvux (exkl. anpassad utbildning) som är födda utomlands, i huvudmannens skolenheter, andel (%)
N18903	Elever i komvux på grundläggande nivå som är födda utomlands, i huvudmannens skolenheter, andel (%)
N18904	Elever i komvux på gymnasial nivå som är födda utomlands, i huvudmannens skolenheter, andel (%)
N18906	Elever i komvux på grundläggande nivå från annan kommun, i huvudmannens skolenheter, andel (%)
N18907	Elever i komvux på gymnasial nivå från annan kommun, i huvudmannens skolenheter, andel (%)
N18908	Elever i sfi från annan kommun, i huvudmannens skolenheter, andel (%)
N18909	Kursdeltagare i komvux (exkl. anpassad utbildning), i huvudmannens skolenheter, antal
N18910	Kursdeltagare i komvux på grundläggande nivå, i huvudmannens skolenheter, antal
N18911	Kursdeltagare i komvux på gymnasial nivå, i huvudmannens skolenheter, antal
N18912	Kursdeltagare i komvux (exkl. anpassad utbildning) som läser kurs på distans, i huvudmannens skolenheter, andel (%)
N18913	Kursdeltagare i komvux på grundläggande nivå som läser kurs på distans på grundläggande nivå, i huvudmannens skolenheter, andel (%)
N18914	Kursdeltagare i komvux på gymnasial nivå som läser kurs på distans, i huvudmannens skolenheter, andel (%)
N18915	Kursdeltagare i komvux (exkl. anpassad utbildning) hos annan utbildningsanordnare, i huvudmannens skolenheter, andel (%)
N18916	Kursdeltagare i komvux (exkl. anpassad utbildning) på grundläggande nivå hos annan utbildningsanordnare, i huvudmannens skolenheter, andel (%)
N18917	Kursdeltagare i komvux (exkl. anpassad utbildning) på gymnasial nivå hos annan utbildningsanordnare, i huvudmannens skolenheter, andel (%)
N18918	Kursdeltagare i sfi hos annan utbildningsanordnare, i huvudmannens skolenheter, andel (%)
N18919	Kursdeltagare i komvux på grundläggande nivå som avslutat kurs med godkända betyg, i huvudmannens skolenheter, antal
N18920	Kursdeltagare i komvux på grundläggande nivå som har avslutat kurs utan godkända betyg, i huvudmannens skolenheter, antal
N18921	Kursdeltagare i komvux på grundläggande nivå som avbrutit kurs (exkl. orienteringskurser), i huvudmannens skolenheter, antal
N18922	Kursdeltagare i komvux på gymnasial nivå som avslutat kurs med godkända betyg, i huvudmannens skolenheter, antal
N18923	Kursdeltagare i komvux på gymnasial nivå som avslutat kurs utan godkända betyg, i huvudmannens skolenheter, antal
N18924	Kursdeltagare i komvux på gymnasial nivå som avbrutit kurs (exkl. orienteringskurser), i huvudmannens skolenheter, antal
N18925	Kursdeltagare sfi som har avslutat kurs med godkända betyg, i huvudmannens skolenheter, antal
N18926	Kursdeltagare i sfi som har avslutat kurs utan godkända betyg, i huvudmannens skolenheter, antal
N18927	Kursdeltagare i sfi som avbrutit kurs, i huvudmannens skolenheter, antal
N18928	Lärare (heltidstjänster) i komvux på grundläggande nivå med lärarlegitimation, kommunal regi, andel (%)
N18929	Lärare (heltidstjänster) i komvux på gymnasial nivå med lärarlegitimation, kommunal regi, andel (%)
N18930	Lärare (heltidstjänster) i komvux som anpassad utbildning med lärarlegitimation, i huvudmannens skolenheter, andel (%)
N18934	Elever per lärare (heltidstjänster) i komvux på grundläggande nivå, kommunal regi, antal (-2023)
N18935	Elever per lärare (heltidstjänster) i komvux på gymnasial nivå, kommunal regi, antal (-2023)
N18936	Elever i komvux i sfi, i huvudmannens skolenheter, antal
N18938	Elever i sfi som läser sfi och komvux på grundläggande eller gymnasial nivå under samma kalenderhalvår, i huvudmannens skolenheter, andel (%)
N18940	Personer som studerar året efter avslutad utbildning i komvux, grundläggande nivå, i huvudmannens skolenheter, andel (%)
N18942	Personer som studerar året efter slutförd utbildning i komvux, gymnasial nivå, i huvudmannens skolenheter, andel (%)
N18943	Kursdeltagare i sfi, i huvudmannens skolenheter, antal
N18944	Kursdeltagare i komvux på grundläggande nivå som har avslutat med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs under året (%)
N18945	Kursdeltagare i komvux på gymnasial nivå som har avslutat kurs med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs under året (%)
N18946	Kursdeltagare i sfi som har avslutat kurs med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs under året (%)
N18947	Kursdeltagare i komvux på grundläggande nivå som har avslutat med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat kurs (%)
N18948	Kursdeltagare i komvux på gymnasial nivå som har avslutat med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat kurs (%)
N18949	Kursdeltagare i sfi som har avslutat med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat kurs (%)
N18950	Kursdeltagare i komvux på grundläggande nivå som har avbrutit kurs, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs (%)
N18951	Kursdeltagare i komvux på gymnasial nivå som har avbrutit kurs, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs (%)
N18952	Kursdeltagare i sfi som har avbrutit kurs, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs (%)
N18954	Personer som studerar året efter avslutad utbildning inom sfi, i huvudmannens skolenheter, andel (%)
N18955	Kursdeltagare i sfi (exkl. anpassad utbildning) som läser kurs på distans, i huvudmannens skolenheter, andel (%)
N18956	Ny definition - Personer som arbetar året efter avslutad utbildning i komvux, grundläggande nivå, i huvudmannens skolenheter, andel (%)
N18957	Ny definition - Personer som arbetar året efter avslutad utbildning inom sfi, i huvudmannens skolenheter, andel (%)
N18958	Ny definition - Personer som arbetar året efter avslutad utbildning i komvux, gymnasial nivå, i huvudmannens skolenheter, andel (%)
N18961	Kursdeltagare i komvux som har avslutat med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs under året (%)
N18963	Kursdeltagare i komvux (exkl. orienteringskurser samt anpassad utbildning) som har avslutat eller avbrutit kurs under året, i huvudmannens skolenheter, antal
N18964	Elever i komvux från annan kommun, i huvudmannens skolenheter, andel (%)
N18980	Kursdeltagare i komvux (exkl. anpassad utbildning) som har avslutat kurs utan godkända betyg under året, i huvudmannens skolenheter, antal
N18981	Kursdeltagare i komvux (exkl. anpassad utbildning) som har avbrutit kurs under året, i huvudmannens skolenheter, antal
N20001	Kostnad äldre och funktionsnedsättning (SoL, LSS, SFB), kr/inv
N20005	Statliga driftbidrag, vård och omsorg om äldre, kr/invånare 80+
N20007	Kostnad äldreomsorg, kr/inv 65+
N20010	Intäkter äldre och funktionsnedsättning (SoL, LSS, SFB), kr/inv
N20011	Nettokostnad äldre och funktionsnedsättning (SoL, LSS, SFB), kr/inv
N20013	Nettokostnad färdtjänst/riksfärdtjänst, kr/inv
N20014	Nettokostnad äldreomsorg, kr/inv
N20016	Referenskostnad äldreomsorg, kr/inv
N20024	Kostnad färdtjänst/riksfärdtjänst, kr/inv
N20027	Bruttokostnad lokaler funktionsnedsättning SoL, kr/inv
N20029	Nettokostnadsavvikelse äldreomsorg, miljoner kronor
N20030	Månadsavlönad personal, kommunalt anställda sjuksköterskor, antal
N20033	Månadsavlönad personal, kommunalt anställda i övrig vård och omsorg, antal
N20034	Månadsavlönade inom rehabilitering, kommun, antal
N20035	Månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, kommun, antal
N20036	Årsarbetare, kommunalt anställda sjuksköterskor, antal
N20039	Årsarbetare, kommunalt anställda i övrig vård och omsorg, antal
N20040	Årsarbetare inom rehabilitering, kommun, antal
N20041	Årsarbetare inom vård och omsorg om äldre och personer med funktionsnedsättning, kommun, antal
N20042	Kostnad för äldreomsorgen, andel av total driftskostnad (%)
N20043	Kostnad äldreomsorg, kr/inv
N20044	Nettokostnad omsorg om äldre och personer med funktionsnedsättning enl SoL totalt, kr/inv
N20046	Nettokostnad öppen verksamhet äldreomsorg, kr/inv
N20047	Kostnad öppen verksamhet äldreomsorg, kr/inv 65+
N20048	Kostnad äldreomsorg, kr/inv 80+
N20049	Kostnad öppen verksamhet äldreomsorg, kr/inv 80+
N20050	Personalkostnad äldreomsorg, egen regi, andel (%)
N20055	Kommunens köp av vård och omsorg om äldre från privatägda företag, andel (%)
N20056	Kommunens köp av vård och omsorg om äldre från föreningar och stiftelser, andel (%)
N20057	Avgiftsintäkter äldreomsorg, kr/inv 65+
N20058	Bruttokostnad lokaler äldreomsorg, kr/inv 65+
N20059	Externa lokalintäkter äldreomsorg, kr/inv 65+
N20060	Kostnad lokaler exkl. externa lokalintäkter äldreomsorg, kr/inv 65+
N20063	Övriga externa intäkter från andra än kommuner och regioner äldreomsorg, kr/inv 65+
N20064	Externa intäkter från andra än kommuner och regioner äldreomsorg, kr/inv
N20065	Externa intäkter från andra än kommuner och regioner äldreomsorg, kr/inv 65+
N20066	Åldersersättning äldreomsorg, kr/inv
N20067	Behovsnivå äldreomsorg, kr/inv
N20068	Produktionsförutsättningar äldreomsorg, kr/inv
N20070	Gemensamma kostnader fördelade till vård och omsorg totalt, andel (%)
N20071	Gemensamma kostnader fördelade till vård och omsorg om äldre, andel (%)
N20200	Tillsvidareanställda månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20201	Visstidsanställda månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20202	Visstidsanställda timavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20203	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20204	Arbetad tid utförd av visstidsanställda månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20205	Arbetad tid utförd av visstidsanställda timavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20206	Heltidsanställda månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20207	Deltidsanställda (75-99 %) månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20208	Deltidsanställda (1-74 %) månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20209	Heltidsarbetande månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20210	Deltidsarbetande (75-99 %) månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20211	Deltidsarbetande (1-74 %) månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20212	Anställda -34 år inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20213	Anställda 35-54 år inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20214	Anställda 55+ inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20217	Utrikes födda, anställda inom omsorg om äldre och personer med funktionsnedsättning, balanstal
N20222	Anställda 55+ år inom omsorg om äldre och personer med funktionsnedsättning, antal
N20223	Månadsavlönad personal, kommunalt anställda undersköterskor och skötare, antal
N20224	Månadsavlönade inom vård och omsorgsarbete, kommun, antal
N20225	Månadsavlönad personal, kommunalt anställda vårdbiträden, antal
N20226	Årsarbetare, kommunalt anställda undersköterskor och skötare, antal
N20227	Årsarbetare inom vård och omsorgsarbete, kommun, antal
N20229	Månadsavlönad personal, kommunalt anställda behandlingsassistenter och socialpedagoger, antal
N20230	Heltidsanställd månadsavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20231	Heltidsanställd månadsavlönad personal som arbetar heltid, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20232	Heltidsanställd månadsavlönad personal som arbetar deltid, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20233	Heltidsanställd månadsavlönad personal ledig från sitt arbete, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20234	Deltidsanställd månadsavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20235	Deltidsanställd månadsavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20236	Deltidsanställd månadsavlönad personal ledig från sitt arbete, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20237	Timavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20238	Kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning enligt HÖK, kommun, antal
N20239	Helt lediga från sitt arbete inom vård och omsorg om äldre och personer med funktionsnedsättning, kommunalt anställda, antal
N20240	Tillsvidaresanställd månadsavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20241	Visstidsanställd månadsavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20242	Deltidsanställda (75-99 %) månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, kommun, antal
N20243	Deltidsanställda (1-74 %) månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20244	Heltidsarbetande månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, kommun, antal
N20245	Deltidsarbetande (75-99 %) månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20246	Deltidsarbetande (1-74 %) månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, antal
N20248	Genomsnittlig sysselsättningsgrad för anställda månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning i kommunen, (%)
N20249	Årsarbetare, kommunalt anställda vårdbiträden, antal
N20250	Deltidsanställd månadsavlönad arbetande deltid, inom vård och omsorg om äldre och personer med funktionsnedsättning i kommunen, antal
N20251	Månadsavlönad personal, kommunalt anställda stödassistenter, stödpedagoger och vårdare m.fl, antal
N20252	Årsarbetare, kommunalt anställda behandlingsassistenter och socialpedagoger, antal
N20253	Årsarbetare, kommunalt anställda stödassistenter, stödpedagoger och vårdare m.fl, antal
N20255	Anställda 55-64 inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20256	Anställda 65+ inom omsorg om äldre och personer med funktionsnedsättning, andel (%)
N20257	Anställda 55-64 år inom omsorg om äldre och personer med funktionsnedsättning, antal
N20258	Anställda 65+ år inom omsorg om äldre och personer med funktionsnedsättning, antal
N20402	Fallskador bland personer 80+, 3-årsm, antal slutenvårdstillfällen/100 000 inv
N20403	Medelvårdtid som utskrivningsklar, antal dagar
N20404	Vårdtid som utskrivningsklar, antal dagar/inv 65+
N20405	Vårdtillfällen som utskrivningsklar, antal/inv 65+
N20409	Höftfrakturer bland personer 80+, 3-årsm, antal vårdtillfällen /100 000 inv
N20410	Fallskador bland personer 65-79, 3-årsm, antal vårdtillfällen/100 000 inv
N20415	Avlidna som hade någon närvarande vid dödsögonblicket, särskilt boende, andel (%)
N20416	Avlidna som hade någon närvarande vid dödsögonblicket, ordinärt boende med hemvård, andel (%)
N20434	Fallskador bland personer 80+, 3-årsm, antal vårdtillfällen/100 000 inv
N20500	Riskförebyggande åtgärder i särskilt boende, andel (%)
N20501	Upplevt att personal har agerat olämpligt i särskilt boende, andel (%) (-2023)
N20502	Anhöriga som upplever att samarbetet med äldreboendet fungerar mycket bra, andel (%) (-2023)
N20503	Enheter med tillgång till träningslokal i särskilt boende, andel (%)
N20505	Äldrehushåll i kommunen, andel (%) (-2023)
N20506	Oplanerade återinskrivningar bland äldre, andel (%)
N20507	Handläggare inom äldreomsorg med socionomexamen, andel (%)
N20508	Anhöriga som upplever att samarbetet med hemtjänsten fungerar mycket bra, andel (%) (-2023)
N20509	Antal personer som en fast omsorgskontakt ansvarar för, hemtjänst, genomsnitt
N20580	Äldre med trycksår inom alla enhetstyper, andel (%)
N20581	Äldre med trycksår inom demensenhet, andel (%)
N20582	Äldre med trycksår inom vård och omsorgsenhet, andel (%)
N20583	Äldre med BMI lägre än 22 inom alla enhetstyper, andel (%)
N20584	Äldre med BMI lägre än 22 inom demensenhet, andel (%)
N20585	Äldre med BMI lägre än 22 inom vård och omsorgsenhet, andel (%)
N20805	Kommunens köp av äldreomsorg totalt, andel (%)
N20806	Köp av öppen verksamhet äldreomsorg, andel (%)
N20891	Invånare 65+ i särskilt boende eller med hemtjänst i ordinärt boende, andel (%)
N20892	Invånare 80+ i särskilt boende eller med hemtjänst i ordinärt boende,  andel (%)
N20897	Invånare 65+ som varit mottagare av hälso- och sjukvård som kommunen ansvarar för (hemsjukvård), andel (%)
N20900	Nettokostnadsavvikelse äldreomsorg, (%)
N21003	Kostnad ordinärt boende äldreomsorg övrigt, kr/inv 65+
N21006	Kostnad hemtjänst äldreomsorg, kr/hemtjänsttagare
N21008	Kostnad övriga insatser ordinärt boende äldreomsorg, kr/inv
N21009	Kostnad hemtjänst äldreomsorg, kr/inv 65+
N21013	Standardkostnad vård och omsorg om äldre, kr/inv
N21014	Kostnad dagverksamhet ordinärt boende äldreomsorg, kr/inv 65+
N21015	Nettokostnad ordinärt boende äldreomsorg, kr/inv
N21016	Nettokostnad korttidsvård äldreomsorg, kr/inv
N21017	Nettokostnad hemtjänst äldreomsorg, kr/inv
N21018	Nettokostnad dagverksamhet äldreomsorg, kr/inv
N21019	Nettokostnad ordinärt boende äldreomsorg övrigt, kr/inv
N21020	Kostnad ordinärt boende äldreomsorg, kr/inv 65+
N21021	Kostnad korttidsvård äldreomsorg, kr/inv 65+
N21022	Kostnad ordinärt boende äldreomsorg, kr/inv 80+
N21023	Kostnad korttidsvård äldreomsorg, kr/inv 80+
N21024	Kostnad hemtjänst äldreomsorg, kr/inv 80+
N21025	Kostnad dagverksamhet äldreomsorg, kr/inv 80+
N21026	Kostnad ordinärt boende äldreomsorg övrigt, kr/inv 80+
N21030	Avgiftsintäkter ordinärt boende äldreomsorg, kr/inv 65+
N21031	Externa lokalintäkter ordinärt boende äldreomsorg, kr/inv 65+
N21450	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - svåra besvär av ängslan, oro eller ångest, andel (%)
N21451	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - alltid bra bemötande, andel (%)
N21452	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - trygghet (mycket trygga), andel (%)
N21453	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - rörlighet inomhus, andel (%) (-2023)
N21454	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - bor med annan vuxen, andel (%)
N21455	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - behov anpassas, andel (%)
N21456	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - välja utförare, andel (%) (-2023)
N21457	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - svåra besvär av ensamhet, andel (%)
N21458	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - svåra besvär av ängslan, oro eller ångest, andel (%)
N21459	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - alltid bra bemötande, andel (%)
N21460	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - trygghet (mycket trygga), andel (%)
N21461	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - trivsamma gemensamma utrymmen, andel (%)
N21462	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - trivsamt utomhus, andel (%)
N21463	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - rörlighet inomhus, andel (%) (-2023)
N21464	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - plats på äldreboende, andel (%) (-2023)
N21465	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - trivs med rum/lägenhet, andel (%)
N21466	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - besväras ofta av ensamhet, andel (%)
N21492	Brukarbedömning hemtjänst äldreomsorg - samarbete med anhöriga, andel (%)
N21495	Brukarbedömning hemtjänst äldreomsorg - personalen pratar och förstår svenska, andel (%)
N21496	Brukarbedömning hemtjänst äldreomsorg - personalen har kunskap och kompetens, andel (%)
N21497	Brukarbedömning hemtjänst äldreomsorg - träffa fast omsorgskontakt, andel (%)
N21600	Enhetsundersökningen, äldreomsorg - Andel hemtjänsttagare som erbjudits en fast omsorgskontakt, äldreomsorg, andel (%)
N21601	Enhetsundersökningen, äldreomsorg - Andel hemtjänsttagare som tackat ja till en fast omsorgskontakt, äldreomsorg, andel (%)
N21602	Enhetsundersökningen, äldreomsorg - Andel hemtjänsttagare som bytt fast omsorgskontakt under det senaste året, äldreomsorg, andel (%)
N21603	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns inom hemtjänsten för arbetet med fasta omsorgskontakter, äldreomsorg, andel (%)
N21604	Enhetsundersökningen, äldreomsorg - Antal hemtjänsttagare som en fast omsorgskontakt ansvarar för, äldreomsorg, andel (%)
N21605	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns inom hemtjänsten för hur läkemedelsgenomgångar ska genomföras i samverkan med regionen, äldreomsorg, andel (%)
N21606	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns inom hemtjänsten för hur läkemedelsgenomgångar ska genomföras i samverkan med olika aktörer, där den enskildes delaktighet är dokumenterad i journalen, äldreomsorg, andel (%)
N21608	Enhetsundersökningen, äldreomsorg - Andel omsorgspersonal inom hemtjänsten som är undersköterskor, vardagar, äldreomsorg, andel (%)
N21609	Enhetsundersökningen, äldreomsorg - Andel omsorgspersonal inom hemtjänsten som är undersköterskor, helger, äldreomsorg, andel (%)
N21610	Enhetsundersökningen, äldreomsorg - Antal hemtjänsttagare per en omsorgspersonal vid enheten, vardagar, äldreomsorg, andel (%)
N21611	Enhetsundersökningen, äldreomsorg - Antal hemtjänsttagare per en omsorgspersonal vid enheten, helger, äldreomsorg, andel (%)
N21700	Invånare 65-79 år med hemtjänst ordinärt boende, andel (%)
N21701	Invånare 65+ med hemtjänst i ordinärt boende, andel (%)
N21702	Hemtjänsttagare 65+ i ordinärt boende, antal
N21703	Hemtjänsttagare 65-79 i ordinärt boende, antal
N21704	Invånare 80+ med hemtjänst i ordinärt boende, andel (%)
N21705	Hemtjänsttagare 80+ i ordinärt boende, antal
N21706	Hemtjänsttagare 65+ med hemtjänst i ordinärt boende med 120+ beviljade timmar per månad, andel (%)
N21804	Personer 65+ i ordinärt boende med hemtjänst i enskild regi, andel (%)
N21806	Kommunens köp av hemtjänst i ordinärt boende äldreomsorg totalt, andel (%)
N21814	Medelålder för äldre i ordinärt boende med hemtjänst, år
N21817	Invånare 65+ som var beviljade korttidsboende i ordinärt boende, andel (%)
N21818	Invånare 65+ som var beviljade dagverksamhet i ordinärt boende, andel (%)
N21826	Beviljade antal hemtjänsttimmar per brukare och månad för timregistrerade hemtjänsttagare 65+ i ordinärt boende, timmar/hemtjänsttagare
N21827	Timregistrerade hemtjänsttagare 65+ i ordinärt boende, antal
N21898	Medarbetarengagemang (HME) hemtjänst äldreomsorg - svarsfrekvens, andel (%)
N21900	Huvudmannaskap hemsjukvård?, (Ja=1, Nej=0)
N23001	Kostnad särskilt boende äldreomsorg, kr/inv 80+
N23002	Kostnad annat boende äldreomsorg, kr/inv 80+
N23004	Nettokostnad särskilt/annat boende äldreomsorg, kr/inv
N23005	Kostnad särskilt/annat boende äldreomsorg, kr/inv 65+
N23006	Kostnad särskilt/annat boende äldreomsorg, kr/inv 80+
N23007	Kostnad särskilt boende äldreomsorg, kr/inv 65+
N23008	Kostnad annat boende äldreomsorg, kr/inv 65+
N23009	Kostnad särskilt boende äldreomsorg, kr/brukare
N23010	Avgiftsintäkter särskilt- och annat boende äldreomsorg, kr/inv 65+
N23011	Externa lokalintäkter särskilt boende äldreomsorg, kr/inv 65+
N23012	Avgiftsintäkter särskilt boende äldreomsorg, kr/inv 65+
N23013	Avgiftsintäkter annat boende äldreomsorg, kr/inv 65+
N23390	Brukarbedömning särskilt boende äldreomsorg - personalen pratar och förstår svenska, andel (%)
N23391	Brukarbedömning särskilt boende äldreomsorg - personalen har kunskap och kompetens, andel (%)
N23491	Brukarbedömning särskilt boende äldreomsorg - samarbete med anhöriga, andel (%)
N23580	Enhetsundersökningen, äldreomsorg - Belagda bostäder vid enheten per en omsorgspersonal i särskilt boende, äldreomsorg, vardagar, antal
N23581	Enhetsundersökningen, äldreomsorg - Belagda bostäder vid enheten per en omsorgspersonal i särskilt boende, äldreomsorg, helgdagar, antal
N23582	Enhetsundersökningen, äldreomsorg - Förutsättningar för att utemiljön ska vara tillgänglig på särskilt boende, äldreomsorg, andel (%)
N23583	Enhetsundersökningen, äldreomsorg - Förutsättningar för förflyttning till och i utemiljön i särskilt boende, äldreomsorg, andel (%)
N23584	Enhetsundersökningen, äldreomsorg - Förutsättningar för utevistelse i utemiljön i särskilt boende, äldreomsorg, andel (%)
N23585	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur enheten ska använda utemiljö i genomförandet av insatser i särskilt boende, äldreomsorg, andel (%)
N23586	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur läkemedelsgenomgångar ska genomföras i särskilt boende, äldreomsorg, andel (%)
N23587	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur läkemedelsgenomgångar ska genomföras samt hur samverkan ska ske tillsammans med den enskilde, läkaren, sjuksköterskan som ansvarar i särskilt boende, äldreomsorg, andel (%)
N23588	Enhetsundersökningen, äldreomsorg - Omsorgspersonal som är undersköterska, vardagar i särskilt boende, äldreomsorg, andel (%)
N23589	Enhetsundersökningen, äldreomsorg - Omsorgspersonal som är undersköterska, helgdagar i särskilt boende, äldreomsorg, andel (%)
N23590	Brukarbedömning hemtjänst äldreomsorg, färre än 30 svarande ( Ja=1, Nej=0)
N23591	Brukarbedömning särskilt boende äldreomsorg, färre än 30 svarande ( Ja=1, Nej=0)
N23592	Enhetsundersökningen, äldreomsorg - Platser i särskilt boende/sjuksköterska, äldreomsorg, vardagar, antal
N23593	Enhetsundersökningen, äldreomsorg - Platser i särskilt boende/sjuksköterska, äldreomsorg, helgdagar, antal
N23700	Genomsnittligt antal hemtjänsttimmar för timregistrerade hemtjänsttagare 65+ i ordinärt boende med hemtjänst, månaden före inflytt till särskilt boende, timmar/hemtjänsttagare
N23706	Medelvårdtid i särskilt boende äldreomsorg, antal dagar
N23800	Invånare 65-79 år i särskilt boende, andel (%)
N23801	Invånare 80+ i särskilt boende, andel (%)
N23803	Personer 65+ i särskilda boendeformer i enskild regi, andel (%)
N23804	Kommunens köp av särskilt/annat boende äldreomsorg totalt, andel (%)
N23805	Brukare 65+ i särskilt boende äldre, antal
N23806	Brukare 80+ i särskilt boende äldre, antal
N23807	Brukare 65-79 år i särskilt boende äldre, antal
N23809	Medelålder för äldre i särskilt boende, år
N23890	Invånare 65+ i särskilda boendeformer, andel (%)
N23898	Medarbetarengagemang (HME) särskilt boende äldreomsorg - svarsfrekvens, andel (%)
N24001	Nettokostnad öppen verksamhet äldre och personer med funktionsnedsättning, kr/inv
N24002	Kostnad öppen verksamhet äldre och personer med funktionsnedsättning, kr/inv
N24010	Öppen förskola, andel (%) heltidstjänster med pedagogisk högskoleutbildning
N24011	Öppen förskola, antal heltidstjänster
N24012	Öppen förskola, antal verksamheter
N24013	Öppen förskola, antal verksamheter inom familjecentraler
N24014	Öppen förskola, öppethållande minst 16 tim/vecka
N24015	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL, LSS och SFB (exkl. ersättning från Försäkringskassan) totalt, andel (%)
N25004	Kostnad hemtjänst i ordinärt boende för personer med funktionsnedsättning, kr/inv
N25008	Kostnad funktionsnedsättning insatser i ordinärt boende enl. SoL, exkl. lokalkostnad, kr/inv
N25016	Kostnad funktionsnedsättning LSS och SFB, kr/inv
N25017	Kostnad funktionsnedsättning LSS och SFB minus ersättning från FK enl SFB, kr/inv
N25018	Kostnad funktionsnedsättning totalt (SoL, LSS, SFB), minus ersättning från FK enl SFB, kr/inv
N25021	Kostnad funktionsnedsättning enligt SoL, kr/inv
N25022	Kostnad funktionsnedsättning totalt (SoL, LSS, SFB), kr/inv
N25024	Månadsavlönad personal, kommunalt anställda personliga assistenter, antal
N25025	Årsarbetare, kommunalt anställda personliga assistenter, antal
N25026	Kostnad funktionsnedsättning totalt (SoL, LSS, SFB), andel av total driftskostnad (%)
N25027	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL totalt, andel (%)
N25028	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL från privatägda företag, andel (%)
N25029	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL från föreningar och stiftelser, andel (%)
N25030	Gemensamma kostnader fördelade till funktionsnedsättning SoL, andel (%)
N25031	Kostnad boendestöd för personer med funktionsnedsättning enligt SoL, kr/inv
N25032	Kostnad korttidsboende / -vård för personer med funktionsnedsättning enligt SoL och HSL, kr/inv
N25033	Kostnad övrigt för personer med funktionsnedsättning enligt SoL, kr/inv
N25034	Nettokostnad funktionsnedsättning totalt (SoL,LSS,SFB), kr/inv
N25035	Externa intäkter funktionsnedsättning totalt, kr/inv
N25036	Avgiftsintäkter funktionsnedsättning totalt, kr/inv
N25039	Kostnad dagverksamhet för personer med funktionsnedsättning enligt SoL, kr/inv
N25040	Övriga externa intäkter från andra än kommuner och regioner funktionsnedsättning (SoL, LSS, SFB), kr/inv
N25041	Externa intäkter från andra än kommuner och regioner funktionsnedsättning (Sol, LSS, SFB), kr/inv
N25042	Nettokostnad insatser till personer med funktionsnedsättning, SoL 0-64 år, kr/inv
N25044	Kostnad funktionsnedsättning insatser i ordinärt boende enl. SoL, kr/inv
N25050	Personalkostnad insatser till personer med funktionsnedsättning enligt SoL, egen regi, andel (%)
N25893	Invånare 0-64 år med kommunal hälso- och sjukvård  (%)
N25898	Medarbetarengagemang (HME) omsorg om personer med funktionnesättning - svarsfrekvens, andel (%)
N26021	Nettokostnad ordinärt boende, SoL 0-64 år, kr/inv
N26022	Nettokostnad hemtjänst i ordinärt boende, SoL 0-64 år, kr/inv
N26023	Nettokostnad boendestöd i ordinärt boende, SoL 0-64 år, kr/inv
N26024	Nettokostnad korttidsboende, SoL 0-64 år, kr/inv
N26025	Nettokostnad daglig verksamhet, ordinärt boende, SoL 0-64 år, kr/inv
N26026	Nettokostnad övriga insatser i ordinärt boende, SoL 0-64 år, kr/inv
N26027	Nettokostnad särskilt boende, 0-64 år, SoL, kr/inv
N26028	Nettokostnad öppen verksamhet, SoL 0-64 år, kr/inv
N26029	Kostnad funktionsnedsättning särskilt boende enl. SoL 0-64 år, kr/inv
N26527	Brukarbedömning sysselsättning SoL - Personalen pratar med brukaren om att kunna få ett arbete med lön, lägeskommun, andel (%)
N26801	Invånare 0-64 år med boendestöd, andel (%)
N26803	Invånare 0-64 år med boendestöd, antal
N26804	Invånare 0-64 år med särskilt boende funktionsnedsättning, andel (%)
N26805	Invånare 0-64 år med särskilt boende funktionsnedsättning, antal
N28008	Kostnad personlig assistans enl. LSS/SFB minus ersättning från Försäkringskassan, kr/inv
N28009	Kostnad funktionsnedsättning LSS daglig verksamhet, kr/inv
N28010	Kommunens ersättning från Försäkringskassan för personlig assistans enligt SFB, kr/inv
N28011	Kostnad funktionsnedsättning LSS övriga insatser, kr/inv
N28012	Kostnad funktionsnedsättning LSS boende, kr/inv
N28013	Kostnad funktionsnedsättning LSS boende, kr/brukare
N28015	Kostnad funktionsnedsättning LSS daglig verksamhet, kr/brukare
N28016	Nettokostnad funktionsnedsättning LSS och SFB, kr/inv
N28017	Standardkostnad LSS, kr/inv
N28018	Nettokostnadsavvikelse LSS (%)
N28020	Kommunens ersättning till Försäkringskassan för personlig assistans enligt  SFB, kr/inv
N28021	Nettokostnadsavvikelse LSS, miljoner kronor
N28026	Referenskostnad LSS, kr/inv
N28027	Kommunens köp av insatser till personer med funktionsnedsättning enligt LSS och SFB (exkl. ersättning från Försäkringskassan) totalt, andel (%)
N28028	Kommunens köp av insatser till personer med funktionsnedsättning enligt LSS och SFB (exkl. ersättning från Försäkringskassan) från privatägda företag, andel (%)
N28029	Kommunens köp av insatser till personer med funktionsnedsättning enligt LSS och SFB (exkl. ersättning från Försäkringskassan) från föreningar och stiftelser, andel (%)
N28030	Gemensamma kostnader fördelade till funktionsnedsättning LSS och SFB, andel (%)
N28031	Övriga externa intäkter från andra än kommuner och regioner funktionsnedsättning (LSS SFB), kr/inv
N28033	Bruttokostnad lokaler funktionsnedsättning LSS, kr/inv
N28034	Externa intäkter från andra än kommuner och regioner funktionsnedsättning LSS, kr/inv
N28035	Avgiftsintäkter funktionsnedsättning LSS, kr/inv
N28036	Externa lokalintäkter funktionsnedsättning LSS, kr/inv
N28037	Personalkostnad (inkl schablon för köp) funktionsnedsättning LSS boende, kr/brukare
N28040	Personalkostnadsindex LSS
N28050	Personalkostnad insatser till personer med funktionsnedsättning enligt LSS/SFB, egen regi, andel (%)
N28140	Enhetsundersökning LSS - Tillsvidareanställda med adekvat utbildning på gymnasienivå, bostad med särskild service, andel (%)
N28141	Enhetsundersökning LSS - Tillsvidareanställda med utbildning till stödpedagog på yrkeshögskola, bostad med särskild service, andel (%)
N28142	Enhetsundersökning LSS - Tillsvidareanställda med annan yrkeshögskoleutbildning eller högskoleutbildning  som är relevant för verksamheten, bostad med särskild service, andel (%)
N28143	Enhetsundersökning LSS - Tillsvidareanställda personal övrig eller saknar utbildning, bostad med särskild service, andel (%)
N28144	Enhetsundersökning LSS - Visstidsanställda med adekvat utbildning på gymnasienivå, bostad med särskild service, andel (%)
N28145	Enhetsundersökning LSS - Visstidsanställda med utbildning till stödpedagog på yrkeshögskola, bostad med särskild service, andel (%)
N28146	Enhetsundersökning LSS - Visstidsanställda med annan yrkeshögskoleutbildning eller högskoleutbildning  som är relevant för verksamheten, bostad med särskild service, andel (%)
N28147	Enhetsundersökning LSS - Visstidsanställda personal med övrig eller saknar utbildning, bostad med särskild service, andel (%)
N28148	Enhetsundersökning LSS - Bostad med särskild service i kommunal regi, andel (%)
N28149	Enhetsundersökning LSS - Bostäder med särskild service, deltagande enheter, antal
N28150	Enhetsundersökning LSS - Tillsvidareanställda med adekvat utbildning på gymnasienivå, Daglig verksamhet, andel (%)
N28151	Enhetsundersökning LSS - Tillsvidareanställda med utbildning till stödpedagog på yrkeshögskola, Daglig verksamhet, andel (%)
N28152	Enhetsundersökning LSS - Tillsvidareanställda med annan yrkeshögskoleutbildning eller högskoleutbildning  som är relevant för verksamheten, Daglig verksamhet, andel (%)
N28153	Enhetsundersökning LSS - Tillsvidareanställda personal övrig eller saknar utbildning, Daglig verksamhet, andel (%)
N28154	Nettokostnad boende LSS, barn, kr/inv
N28155	Nettokostnad daglig verksamhet LSS, kr/inv
N28156	Nettokostnad personlig assistans LSS, kr/inv
N28157	Nettokostnad övrigt LSS, kr/inv
N28158	Enhetsundersökning LSS - Visstidsanställda med adekvat utbildning på gymnasienivå, Daglig verksamhet, andel (%)
N28159	Enhetsundersökning LSS - Visstidsanställda med utbildning till stödpedagog på yrkeshögskola, Daglig verksamhet, andel (%)
N28160	Enhetsundersökning LSS - Visstidsanställda med annan yrkeshögskoleutbildning eller högskoleutbildning  som är relevant för verksamheten, Daglig verksamhet, andel (%)
N28161	Nettokostnad boende LSS, vuxna, kr/inv
N28162	Nettokostnad boende LSS, totalt, kr/inv
N28163	Enhetsundersökning LSS - Visstidsanställda personal med övrig eller saknar utbildning, Daglig verksamhet, andel (%)
N28164	Enhetsundersökning LSS - Daglig verksamhet i kommunal regi, andel (%)
N28165	Enhetsundersökning LSS - Daglig verksamhet, deltagande enheter, antal
N28166	Enhetsundersökning LSS - Enheterna har rutiner för att förebygga utmanande beteende, daglig verksamhet, andel (%)
N28167	Enhetsundersökning LSS - Tillsvidare- och visstidsanställd personal med kompetens i tydliggörande pedagogik, daglig verksamhet, andel (%)
N28685	Brukarbedömning daglig verksamhet LSS - Personalen pratar med brukaren om att kunna få ett arbete med lön, lägeskommun, andel (%)
N28686	Brukarbedömning daglig verksamhet LSS - Personalen pratar med brukaren om att kunna få ett arbete med lön, kommunal regi, andel (%)
N28700	Brukarbedömning boende särskild service SoL - All personal förstår brukaren, kommunal regi, andel (%)
N28701	Brukarbedömning boende särskild service SoL - Brukaren får bestämma om saker som är viktiga, kommunal regi, andel (%)
N28702	Brukarbedömning boende särskild service SoL - Brukaren får den hjälp hen vill ha, kommunal regi, andel (%)
N28703	Brukarbedömning boende särskild service SoL - Brukaren känner sig trygg med alla i personalen, kommunal regi, andel (%)
N28704	Brukarbedömning boende särskild service SoL - Brukaren trivs alltid hemma, kommunal regi, andel (%)
N28705	Brukarbedömning boende särskild service SoL - Brukaren vet vem hen ska kontakta om något är dåligt hemma, kommunal regi, andel (%)
N28706	Brukarbedömning boende särskild service SoL - Brukaren är aldrig rädd för något hemma, kommunal regi, andel (%)
N28707	Brukarbedömning boende särskild service SoL - Personalen bryr sig om brukaren, kommunal regi, andel (%)
N28708	Brukarbedömning boende särskild service SoL - Personalen pratar så brukaren förstår, kommunal regi, andel (%)
N28709	Brukarbedömning boendestöd SoL - All personal förstår brukaren, kommunal regi, andel (%)
N28710	Brukarbedömning boendestöd SoL - Brukaren får bestämma om saker som är viktiga, kommunal regi, andel (%)
N28711	Brukarbedömning boendestöd SoL - Brukaren får den hjälp hen vill ha, kommunal regi, andel (%)
N28712	Brukarbedömning boendestöd SoL - Brukaren känner sig trygg med alla i personalen, kommunal regi, andel (%)
N28713	Brukarbedömning boendestöd SoL - Brukaren trivs med sina boendestödjare, kommunal regi, andel (%)
N28714	Brukarbedömning boendestöd SoL - Brukaren vet vem hen ska kontakta om något är dåligt med boendestödet, kommunal regi, andel (%)
N28715	Brukarbedömning boendestöd SoL - Personalen bryr sig om brukaren, kommunal regi, andel (%)
N28716	Brukarbedömning boendestöd SoL - Personalen pratar så brukaren förstår, kommunal regi, andel (%)
N28717	Brukarbedömning daglig verksamhet LSS  - Brukaren känner sig trygg med alla i personalen, kommunal regi, andel (%)
N28718	Brukarbedömning daglig verksamhet LSS  - Brukaren trivs alltid på sin dagliga verksamhet, kommunal regi, andel (%)
N28719	Brukarbedömning daglig verksamhet LSS  - Brukaren är aldrig rädd för något på sin dagliga verksamhet, kommunal regi, andel (%)
N28720	Brukarbedömning daglig verksamhet LSS  - Personalen pratar så brukaren förstår, kommunal regi, andel (%)
N28721	Brukarbedömning daglig verksamhet LSS  - Brukaren får bestämma om saker som är viktiga, kommunal regi, andel (%)
N28722	Brukarbedömning daglig verksamhet LSS - All personal förstår brukaren, kommunal regi, andel (%)
N28723	Brukarbedömning daglig verksamhet LSS - Brukaren får den hjälp hen vill ha, kommunal regi, andel (%)
N28724	Brukarbedömning daglig verksamhet LSS - Brukaren vet vem hen ska kontakta om något är dåligt, kommunal regi, andel (%)
N28725	Brukarbedömning daglig verksamhet LSS - Personalen bryr sig om brukaren, kommunal regi, andel (%)
N28726	Brukarbedömning daglig verksamhet LSS - Verksamheten är viktig för brukaren, kommunal regi, andel (%)
N28727	Brukarbedömning gruppbostad LSS  - Brukaren får bestämma om saker som är viktiga hemma, kommunal regi, andel (%)
N28728	Brukarbedömning gruppbostad LSS  - Brukaren känner sig trygg med alla i personalen, kommunal regi, andel (%)
N28729	Brukarbedömning gruppbostad LSS  - Brukaren trivs alltid hemma, kommunal regi, andel (%)
N28730	Brukarbedömning gruppbostad LSS  - Brukaren är aldrig rädd för något hemma, kommunal regi, andel (%)
N28731	Brukarbedömning gruppbostad LSS  - Personalen bryr sig om brukaren, kommunal regi, andel (%)
N28732	Brukarbedömning gruppbostad LSS  - Personalen pratar så brukaren förstår, kommunal regi, andel (%)
N28733	Brukarbedömning gruppbostad LSS - All personal förstår brukaren, kommunal regi, andel (%)
N28734	Brukarbedömning gruppbostad LSS - Brukaren får den hjälp hen vill ha, kommunal regi, andel (%)
N28735	Brukarbedömning gruppbostad LSS - Brukaren vet vem hen ska kontakta om något är dåligt hemm, kommunal regi, andel (%)
N28736	Brukarbedömning servicebostad LSS - All personal  förstår brukaren, kommunal regi, andel (%)
N28737	Brukarbedömning servicebostad LSS - Brukaren får bestämma om saker som är viktiga hemma, kommunal regi, andel (%)
N28738	Brukarbedömning servicebostad LSS - Brukaren får den hjälp hen vill ha, kommunal regi, andel (%)
N28739	Brukarbedömning servicebostad LSS - Brukaren känner sig trygg med alla i personalen, kommunal regi, andel (%)
N28740	Brukarbedömning servicebostad LSS - Brukaren trivs med alla i boendepersonalen, kommunal regi, andel (%)
N28741	Brukarbedömning servicebostad LSS - Brukaren vet vem hen ska kontakta om något är dåligt hemma, kommunal regi, andel (%)
N28742	Brukarbedömning servicebostad LSS - Brukaren är aldrig rädd för något hemma, kommunal regi, andel (%)
N28743	Brukarbedömning servicebostad LSS - Personalen bryr sig om brukaren, kommunal regi, andel (%)
N28744	Brukarbedömning servicebostad LSS - Personalen pratar så brukaren förstår, kommunal regi, andel (%)
N28801	Personer med boende enligt LSS, antal
N28802	Personer med boende enligt LSS, andel (%) av totalt antal personer med insatser enligt LSS
N28803	Personer med daglig verksamhet, andel (%) av totalt antal personer med insatser enligt LSS (%)
N28804	Personer med daglig verksamhet enligt LSS, antal
N28805	Personer med personlig assistans enligt LSS, antal
N28806	Personer med ledsagarservice enligt LSS, antal
N28807	Personer med kontaktperson enligt LSS, antal
N28808	Personer med avlösarservice enligt LSS, antal
N28809	Personer med korttidsvistelse enligt LSS, antal
N28810	Personer med korttidstillsyn enligt LSS, antal
N28811	Personer med personlig assistans enligt SFB, antal
N28812	Personer med ledsagarservice enligt LSS, antal/10 000 inv
N28813	Personer med kontaktperson enligt LSS, antal/10 000 inv
N28814	Personer med avlösarservice enligt LSS, antal/10 000 inv
N28815	Personer med korttidsvistelse enligt LSS, antal/10 000 inv
N28816	Personer med korttidstillsyn enligt LSS, antal/10 000 inv
N28817	Personer med personlig assistans enligt SFB, antal/10 000 inv
N28818	Personer med personlig assistans enligt LSS, antal/10 000 inv
N28819	Personer med daglig verksamhet enligt LSS, antal/10 000 inv
N28820	Personer med boende enligt LSS, antal/10 000 inv
N28821	Genomsnittligt antal timmar per vecka, personlig assistans enligt SFB, timmar/vecka
N28890	Invånare 0-64 år med insatser enl. LSS, andel (%)
N28891	Invånare 0-22 år med insatser enligt LSS, antal/10 000 inv 0-22 år
N28892	Invånare med insatser enl. LSS, antal/10 000 inv
N29002	Kostnad funktionsnedsättning öppen verksamhet enl SoL, kr/inv
N30001	Nettokostnadsavvikelse individ- och familjeomsorg, (%)
N30004	Intäkter individ- och familjeomsorg, kr/inv
N30005	Nettokostnad individ- och familjeomsorg, kr/inv
N30007	Referenskostnad individ- och familjeomsorg, kr/inv
N30010	Månadsavlönade inom individ- och familjeomsorg, kommun, antal
N30012	Årsarbetare inom individ- och familjeomsorg, kommun, antal
N30014	Standardkostnad individ- och familjeomsorg, kr/inv
N30020	Kommunens köp av övrig IFO totalt, andel (%)
N30021	Kommunens köp av övrig IFO från privatägda företag, andel (%)
N30022	Kommunens köp av övrig IFO från föreningar och stiftelser, andel (%)
N30023	Kommunens köp av övrig IFO från andra kommuner, andel (%)
N30025	Gemensamma kostnader fördelade till individ- och familjeomsorg, andel (%)
N30026	Nettokostnadsavvikelse individ- och familjeomsorg, miljoner kronor
N30100	Kostnad för individ- och familjeomsorgen, andel av total driftskostnad (%)
N30101	Kostnad individ- och familjeomsorg, kr/inv
N30200	Tillsvidareanställda månadsavlönade inom individ- och familjeomsorg, andel (%)
N30201	Visstidsanställda månadsavlönade inom individ- och familjeomsorg, andel (%)
N30202	Visstidsanställda timavlönade inom individ- och familjeomsorg, andel (%)
N30203	Arbetad tid utförd av månadsavlönade kommunalt tillsvidareanställda inom individ- och familjeomsorg, andel (%)
N30204	Arbetad tid utförd av visstidsanställda månadsavlönade inom individ- och familjeomsorg, andel (%)
N30205	Arbetad tid utförd av visstidsanställda timavlönade inom individ- och familjeomsorg, andel (%)
N30206	Heltidsanställda månadsavlönade inom individ- och familjeomsorg, andel (%)
N30207	Deltidsanställda (75-99 %) månadsavlönade inom individ- och familjeomsorg, andel (%)
N30208	Deltidsanställda (1-74 %) månadsavlönade inom individ- och familjeomsorg, andel (%)
N30209	Heltidsarbetande månadsavlönade inom individ- och familjeomsorg, andel (%)
N30210	Deltidsarbetande (75-99 %) månadsavlönade inom individ- och familjeomsorg, andel (%)
N30211	Deltidsarbetande (1-74 %) månadsavlönade inom individ- och familjeomsorg, andel (%)
N30212	Anställda -34 år inom individ- och familjeomsorg, andel (%)
N30213	Anställda 35-54 år inom individ- och familjeomsorg, andel (%)
N30214	Anställda 55+ inom individ- och familjeomsorg, andel (%)
N30217	Utrikes födda, anställda inom individ- och familjeomsorg, balanstal
N30218	Anställda 55+ år inom individ- och familjeomsorg, antal
N30219	Anställda 55-64 år inom individ- och familjeomsorg, andel (%)
N30220	Månadsavlönad personal, kommunalt anställda i övrigt socialt och  kurativt arbete, antal
N30221	Månadsavlönade inom IFO, omsorg och integration, kommun, antal
N30222	Månadsavlönad personal, kommunalt anställda socialsekreterare, antal
N30223	Årsarbetare, kommunalt anställda socialsekreterare, antal
N30224	Årsarbetare inom IFO, omsorg och integration, kommun, antal
N30225	Årsarbetare, kommunalt anställda i övrigt socialt och kurativt arbete, antal
N30226	Anställda 65+ inom individ- och familjeomsorg, andel (%)
N30227	Anställda 55-64 år inom individ- och familjeomsorg, antal
N30228	Anställda 65+ år inom individ- och familjeomsorg, antal
N30466	Kommunen erbjuder varaktigt boende först till personer i hemlöshet (Ja=1, Nej=2)
N30898	Medarbetarengagemang (HME) individ- och familje-omsorg - svarsfrekvens, andel (%)
N31000	Kostnad ekonomiskt bistånd, kr/inv 18-64 år
N31001	Kostnad ekonomiskt bistånd, kr/inv
N31002	Kostnad utbetalt ekonomiskt bistånd, kr/inv
N31003	Kostnad övrigt ekonomiskt bistånd (ej utbet ek bistånd), kr/inv
N31004	Utbetalt ekonomiskt bistånd (enl Sos exkl flyktinghushåll), kr/inv (-2023)
N31006	Utbetalt ekonomiskt bistånd per hushåll (exkl flyktinghushåll), kr/hushåll (-2023)
N31007	Intäkter ekonomiskt bistånd, kr/inv
N31008	Nettokostnad ekonomiskt bistånd, kr/inv
N31009	Nettokostnad ekonomiskt bistånd, kr/inv 18-64 år
N31010	Kostnad ekonomiskt bistånd, kr/inv 0-64 år
N31805	Genomsnittlig månadsutbetalning (enl SoS) till hushåll exkl. flyktinghushåll, kr (-2023)
N31806	Genomsnittlig månadsutbetalning till flyktinghushåll (enl SoS), kr
N31807	Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%) av bef.
N31814	Vuxna biståndsmottagare (18+ år) med långvarigt ekonomiskt bistånd, andel (%) av biståndsmottagare 18+ år
N31816	Vuxna biståndsmottagare (18+ år) med långvarigt ekonomiskt bistånd, andel (%) av befolkningen
N31824	Biståndsmottagare, ekonomiskt bistånd, 18+ år, antal
N31825	Biståndsmottagare, ekonomiskt bistånd, 18+ år, andel (%) av befolkningen
N31836	Biståndsmottagare ekonomiskt bistånd, 0-17 år, antal
N31837	Biståndsmottagare ekonomiskt bistånd, 18-19 år, antal
N31838	Biståndsmottagare ekonomiskt bistånd, 20-24 år, antal
N31839	Biståndsmottagare ekonomiskt bistånd, 25-29 år, antal
N31840	Biståndsmottagare ekonomiskt bistånd, 30-34 år, antal
N31841	Biståndsmottagare ekonomiskt bistånd, 35-39 år, antal
N31842	Biståndsmottagare ekonomiskt bistånd, 40-44 år, antal
N31843	Biståndsmottagare ekonomiskt bistånd, 45-49 år, antal
N31844	Biståndsmottagare ekonomiskt bistånd, 50-54 år, antal
N31845	Biståndsmottagare ekonomiskt bistånd, 55-59 år, antal
N31846	Biståndsmottagare ekonomiskt bistånd, 60-64 år, antal
N31847	Biståndsmottagare ekonomiskt bistånd, 65+ år, antal
N31848	Biståndsmottagare, ekonomiskt bistånd, totalt, antal
N31849	Utbetalt ekonomiskt bistånd, kr/hushåll
N31850	Utbetalt ekonomiskt bistånd till barnhushåll (sökande < 18 år) inkl. okänd hushållstyp, tkr
N31851	Utbetalt ekonomiskt bistånd till ensamstående man utan barn, tkr
N31852	Utbetalt ekonomiskt bistånd till ensamstående man med barn, tkr
N31853	Utbetalt ekonomiskt bistånd till ensamstående kvinna utan barn, tkr
N31854	Utbetalt ekonomiskt bistånd till ensamstående kvinna med barn, tkr
N31855	Utbetalt ekonomiskt bistånd till sammanboende par utan barn, tkr
N31856	Utbetalt ekonomiskt bistånd till sammanboende par med barn, tkr
N31857	Utbetalt ekonomiskt bistånd totalt, tkr
N31858	Vuxna biståndsmottagare med försörjningshinder, arbetslösa, andel (%)
N31859	Vuxna biståndsmottagare med försörjningshinder, arbetslösa med etableringsersättning, andel (%)
N31860	Vuxna biståndsmottagare med försörjningshinder, sjukskrivna med läkarintyg, andel (%)
N31861	Vuxna biståndsmottagare med försörjningshinder, sjuk- eller aktivitetsersättning, andel (%)
N31862	Vuxna biståndsmottagare med försörjningshinder, pension el- äldreförsörjningsstöd, andel (%)
N31863	Vuxna biståndsmottagare med försörjningshinder, arbetshinder av sociala skäl, andel (%)
N31864	Vuxna biståndsmottagare med försörjningshinder, föräldraledighet, andel (%)
N31865	Vuxna biståndsmottagare med försörjningshinder, heltidsarbetande, andel (%)
N31866	Vuxna biståndsmottagare med försörjningshinder, deltidsarbetande, andel (%)
N31867	Vuxna biståndsmottagare med försörjningshinder, försörjningshinder saknas, andel (%)
N31868	Vuxna biståndsmottagare med försörjningshinder, uppgift saknas, andel (%)
N31869	Vuxna biståndsmottagare av ekonomiskt bistånd med försörjningshinder, antal personer totalt
N31870	Biståndsmottagare ekonomiskt bistånd, 0-17 år, andel (%) av biståndsmottagare totalt
N31871	Biståndsmottagare ekonomiskt bistånd, 18-19 år, andel (%) av biståndsmottagare totalt
N31872	Biståndsmottagare ekonomiskt bistånd, 20-24 år, andel (%) av biståndsmottagare totalt
N31873	Biståndsmottagare ekonomiskt bistånd, 25-29 år, andel (%) av biståndsmottagare totalt
N31874	Biståndsmottagare ekonomiskt bistånd, 30-34 år, andel (%) av biståndsmottagare totalt
N31875	Biståndsmottagare ekonomiskt bistånd, 35-39 år, andel (%) av biståndsmottagare totalt
N31876	Biståndsmottagare ekonomiskt bistånd, 40-44 år, andel (%) av biståndsmottagare totalt
N31877	Biståndsmottagare ekonomiskt bistånd, 45-49 år, andel (%) av biståndsmottagare totalt
N31878	Biståndsmottagare ekonomiskt bistånd, 50-54 år, andel (%) av biståndsmottagare totalt
N31879	Biståndsmottagare ekonomiskt bistånd, 55-59 år, andel (%) av biståndsmottagare totalt
N31880	Biståndsmottagare ekonomiskt bistånd, 60-64 år, andel (%) av biståndsmottagare totalt
N31881	Biståndsmottagare ekonomiskt bistånd, 65+ år, andel (%) av biståndsmottagare totalt
N31882	Biståndsmottagare ekonomiskt bistånd, 65+ år, andel (%) av invånare 65+ år
N31885	Utbetalt ekonomiskt bistånd till barnhushåll (sökande < 18 år) inkl. okänd hushållstyp, andel (%)
N31886	Utbetalt ekonomiskt bistånd till ensamstående man utan barn, andel (%) av utbetalt ekonomiskt bistånd
N31887	Utbetalt ekonomiskt bistånd till ensamstående man med barn, andel (%) av utbetalt ekonomiskt bistånd
N31888	Utbetalt ekonomiskt bistånd till ensamstående kvinna utan barn, andel (%) av utbetalt ekonomiskt bistånd
N31889	Utbetalt ekonomiskt bistånd till ensamstående kvinna med barn, andel (%) av utbetalt ekonomiskt bistånd
N31890	Utbetalt ekonomiskt bistånd till sammanboende par utan barn, andel (%) av utbetalt ekonomiskt bistånd
N31891	Utbetalt ekonomiskt bistånd till sammanboende par med barn, andel (%) av utbetalt ekonomiskt bistånd
N31910	Biståndshushåll, ekonomiskt bistånd, antal
N31911	Mottagare av ekonomiskt bistånd, hushåll bestående av ensamstående kvinna med barn, antal
N31912	Mottagare av ekonomiskt bistånd, hushåll bestående av ensamstående kvinna utan barn, antal
N31913	Mottagare av ekonomiskt bistånd, hushåll bestående av ensamstående man med barn, antal
N31914	Mottagare av ekonomiskt bistånd, hushåll bestående av ensamstående man utan barn, antal
N31915	Mottagare av ekonomiskt bistånd, hushåll bestående av sammanboende par med barn, antal
N31916	Mottagare av ekonomiskt bistånd, hushåll bestående av sammanboende par utan barn, antal
N33001	Kostnad barn och ungdomsvård, kr/inv
N33002	Kostnad HVB för barn och unga kr/inv 0-20 år
N33004	Kostnad familjehemsvård barn och unga, kr/inv 0-20 år
N33006	Kostnad barn och ungdomsvård, kr/inv 0-20 år
N33007	Kostnad HVB barn och unga, kr/inv
N33008	Kostnad familjehemsvård barn och unga, kr/inv
N33009	Kostnad öppna insatser barn och unga, kr/inv
N33010	Kostnad öppna insatser barn och unga, individuellt behovsprövad, kr/inv
N33011	Kostnad öppna insatser barn och unga övr. öppna ins. kr/inv
N33012	Intäkter barn och ungdomsvård, kr/inv
N33016	Nettokostnad barn och ungdomsvård, kr/inv
N33021	Kostnad öppna insatser barn och unga, kr/inv 0-20 år
N33022	Kostnad familje- och HVB barn och unga, kr/inv 0-20 år
N33023	Kommunens köp av barn- och ungdomsvård totalt, andel (%)
N33024	Kommunens köp av barn- och ungdomsvård från privatägda företag, andel (%)
N33025	Kommunens köp av barn- och ungdomsvård från föreningar och stiftelser, andel (%)
N33026	Kommunens köp av barn- och ungdomsvård från andra kommuner, andel (%)
N33802	Invånare 0-20 år som var föremål för individuellt biståndsbedömda öppna insatser, andel (%)
N33812	Antal barn och unga 0-20 år som har varit placerade på familjehem någon gång under året
N33813	Antal barn och unga  0-20 år som har varit placerade på HVB någon gång under året
N33816	Barn och unga 0-20 år som har varit placerade på HVB någon gång under året, antal/1000 inv
N33817	Barn och unga 0-20 år som har varit placerade på familjehem någon gång under året, antal/1000 inv
N33818	Barn och unga 0-20 år som har varit placerade på HVB eller familjehem någon gång under året, antal/1000 inv
N33820	Psykisk ohälsa bland barn och unga, andel (%)
N33821	Barn och unga i socialt utsatta områden, andel (%)
N33822	Barn och unga 0-20 år med strukturerat öppenvårdsprogram, andel (%)
N33823	Barn och unga 0-20 år med behovsprövat personligt stöd, anel (%)
N33840	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - få kontakt, andel (%)
N33841	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - tydlig information, andel (%)
N33842	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - visar förståelse, andel (%)
N33843	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år - prata om viktiga saker, andel (%)
N33844	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - inflytande, andel (%)
N33845	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - förbättrad situation för dig, andel (%)
N33846	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - förbättrad situation för ditt/dina barn, andel (%)
N33847	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - helhetssyn, andel (%)
N33848	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - framföra synpunkter eller klagomål, andel (%)
N33849	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - träffat familjebehandlaren 4 gånger eller fler, andel (%)
N33850	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år - antal svar
N33851	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år - svarsfrekvens (%)
N33852	Brukarbedömning öppna insatser, ungdomar 13-20 år - få kontakt, andel (%)
N33853	Brukarbedömning öppna insatser, ungdomar 13-20 år - tydlig information, andel (%)
N33854	Brukarbedömning öppna insatser, ungdomar 13-20 år - visar förståelse, andel (%)
N33855	Brukarbedömning öppna insatser, ungdomar 13-20 år - prata om viktiga saker, andel (%)
N33856	Brukarbedömning öppna insatser, ungdomar 13-20 år - inflytande, andel (%)
N33857	Brukarbedömning öppna insatser, ungdomar 13-20 år - förbättrad situation för dig, andel (%)
N33858	Brukarbedömning öppna insatser, ungdomar 13-20 år - helhetssyn, andel (%)
N33859	Brukarbedömning öppna insatser, ungdomar 13-20 år - framföra synpunkter eller klagomål, andel (%)
N33860	Brukarbedömning öppna insatser, ungdomar 13-20 år - träffat familjebehandlaren 4 gånger eller fler, andel (%)
N33861	Brukarbedömning öppna insatser, ungdomar 13-20 år - antal svar
N33862	Brukarbedömning öppna insatser, ungdomar 13-20 år - svarsfrekvens (%)
N33870	Behörighet till gymnasieutbildning - placerade hela åk 9, 17 år, andel (%)
N33871	Avslutat treårigt gymnasium - placerade hela åk 9, 20 år, andel (%)
N33872	Behandling för psykiatriska tillstånd - placerade i familjehem, 15-17 år, andel (%)
N33873	Behandling för psykiatriska tillstånd - placerade i familjehem, 18-20 år, andel (%)
N33874	Behandling för psykiatriska tillstånd - placerade på institution, 15-17 år, andel (%)
N33875	Behandling för psykiatriska tillstånd - placerade på institution, 18-20 år, andel (%)
N33876	Behörighet till gymnasieutbildning - ej placerade, 17 år, andel (%)
N33877	Behörighet till gymnasieutbildning - övriga placerade, 17 år, andel (%)
N33878	Placerade enligt LVU av heldygnsplacerade 0-20 år, andel (%)
N33900	Invånare 0-20 år, andel (%) av bef.
N35001	Kostnad missbruksvård vuxna, kr/inv
N35002	Kostnad institutionsvård vuxna missbrukare, kr/inv 21-64 år
N35003	Kostnad familjehemsvård vuxna missbrukare, kr/inv 21-64 år
N35006	Kostnad öppna insatser, bistånd som avser boende för vuxna missbrukare, kr/inv 21-64 år
N35007	Kostnad öppna insatser, individuellt behovsprövade avs. vuxna missbrukare, kr/inv 21-64 år
N35008	Kostnad öppna insatser, övriga avs. vuxna missbrukare. kr/inv 21-64 år
N35009	Kostnad institutionsvård vuxna missbrukare, kr/inv
N35010	Kostnad familjehemsvård vuxna missbrukare, kr/inv
N35011	Kostnad öppna insatser vuxna missbrukare, kr/inv
N35012	Kostnad öppna insatser, bistånd som avser boende för vuxna missbrukare, kr/inv
N35013	Kostnad öppna insatser, individuellt behovsprövade avs. vuxna missbrukare, kr/inv
N35014	Kostnad öppna insatser, övriga avs. vuxna missbrukare, kr/inv
N35015	Intäkter missbruksvård vuxna, kr/inv
N35019	Nettokostnad missbruksvård totalt för vuxna, kr/inv
N35023	Kostnad öppna insatser, bistånd som avser boende för vuxna missbrukare, kr/boendedygn
N35024	Kostnad heldygnsvård vuxna med missbruksproblem kr/inv 21-64 år
N35025	Kostnad institutionsvård vuxna missbrukare, kr/vårddygn
N35030	Kommunens köp av vård för vuxna med missbruksproblem totalt, andel (%)
N35031	Kommunens köp av vård för vuxna med missbruksproblem från privatägda företag, andel (%)
N35032	Kommunens köp av vård för vuxna med missbruksproblem från föreningar och stiftelser, andel (%)
N35033	Kommunens köp av vård för vuxna med missbruksproblem från andra kommuner, andel (%)
N35100	Kostnad öppna insatser vuxna missbrukare, kr/inv 21-64 år
N35801	Boendedygn i bistånd som avser boende för vuxna missbrukare, antal/inv 21-64 år
N35804	Vårddygn i institutionsvård vuxna missbrukare, antal/inv 21-64 år
N35805	Vuxna med missbruksproblem som någon gång under året varit i frivillig institutionsvård, andel (%) av bef. 21-64 år
N35806	Genomsnittligt antal boendedygn per person med bistånd avseende boende för vuxna med skadligt bruk- eller beroendeproblem
N35807	Antal personer med individuellt behovsprövade öppna insatser 1 november.
N35846	Patienter med missbruksdiagnos i specialiserad öppenvård, antal/1000 inv
N35847	Besök där missbruksdiagnos i specialiserad öppenvård förekommer, antal/1000 inv
N35848	Patienter med missbruksdiagnos i specialiserad öppenvård, antal
N35849	Besök där missbruksdiagnos i specialiserad öppenvård förekommer, antal
N37001	Kostnad övrig vuxenvård, kr/inv
N37002	Kostnad familjerätt och familjerådgivning, kr/inv
N37003	Intäkter övrig vuxenvård, kr/inv
N37004	Intäkter familjerätt och familjerådgivning, kr/inv
N37005	Nettokostnad övrig vuxenvård, kr/inv
N37006	Nettokostnad familjerätt och familjerådgivning, kr/inv
N40001	Kostnad särskilt riktade insatser, kr/inv
N40002	Intäkter arbetsmarknadsåtgärder, kr/inv
N40003	Kostnad näringslivsfrämjande åtgärder, kr/inv
N40004	Intäkter näringslivsfrämjande åtgärder, kr/inv
N40005	Intäkter särskilt riktade insatser, kr/inv
N40006	Nettokostnad särskilt riktade insatser, kr/inv
N40007	Kostnad flyktingmottagande, kr/inv
N40008	Kostnad arbetsmarknadsåtgärder, kr/inv
N40009	Nettokostnad näringslivsfrämjande åtgärder, kr/inv
N40010	Nettokostnad flyktingmottagande, kr/inv
N40011	Nettokostnad arbetsmarknadsåtgärder, kr/inv
N40013	Kommunens köp av arbetsmarknadsåtgärder totalt, andel (%)
N40014	Kommunens köp av flyktingmottagande totalt, andel (%)
N40015	Kommunens köp av flyktingmottagande från privatägda företag, andel (%)
N40016	Kommunens köp av flyktingmottagande från föreningar och stiftelser, andel (%)
N40017	Kommunens köp av flyktingmottagande från andra kommuner, andel (%)
N40019	Gemensamma kostnader fördelade till särskilda insatser, andel (%)
N40450	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare totalt, antal
N40471	Ungdomar som sökt och erhållit feriejobb/feriepraktik, andel (%)
N40472	Ungdomar som sökt och erhållit feriejobb/feriepraktik utanför kommunens egna verksamhet, antal
N40473	Ungdomar som sökt och erhållit feriejobb/feriepraktik inom privata näringslivet, andel (%)
N40474	Ungdomar som sökt och erhållit feriejobb/feriepraktik inom civilsamhället/föreningar, andel (%)
N40475	Ungdomar som sökt och erhållit feriejobb/feriepraktik hos annan arbetsgivare, andel (%)
N40826	Deltagare inom arbetsmarknadsverksamheten som varit utan arbete mellan 6-12 månader innan inskrivning, andel (%)
N40827	Deltagare inom arbetsmarknadsverksamheten som varit utan arbete mellan mer än 12 och som längst 24 månader innan inskrivning, andel (%)
N40828	Deltagare inom arbetsmarknadsverksamheten vars insatser avslutats inom 6 månader, andel (%)
N40829	Deltagare inom arbetsmarknadsverksamheten vars insatser har avslutats efter mellan 6 och 12 månader, andel (%)
N40830	Deltagare inom arbetsmarknadsverksamheten vars insatser har avslutats efter mellan mer än 12 månader och som längst 24 månader, andel (%)
N45001	Intäkter affärsverksamhet, kr/inv
N45002	Nettokostnad näringsliv och bostäder, kr/inv
N45003	Nettokostnad kommunikationer, kr/inv
N45004	Nettokostnad energi, vatten och avfall, kr/inv
N45005	Nettokostnad arbetsområden och lokaler, kr/inv
N45006	Nettokostnad hamnverksamhet, kr/inv
N45007	Nettokostnad kommersiell verksamhet, kr/inv
N45008	Nettokostnad bostadsverksamhet, kr/inv
N45009	Nettokostnad flygtrafik, kr/inv
N45010	Nettokostnad buss, bil och spårbunden trafik, kr/inv
N45011	Nettokostnad sjötrafik, kr/inv
N45012	Nettokostnad elförsörjning + gasförsörjning, kr/inv
N45013	Nettokostnad fjärrvärmeförsörjning, kr/inv
N45014	Nettokostnad vattenförsörjning och avloppshantering, kr/inv
N45015	Nettokostnad avfallshantering, kr/inv
N45016	Kostnad näringsliv och bostäder, kr/inv
N45017	Kostnad kommunikationer, kr/inv
N45018	Kostnad energi, vatten och avfall, kr/inv
N45019	Kostnad arbetsområden och lokaler, kr/inv
N45020	Kostnad hamnverksamhet, kr/inv
N45021	Kostnad kommersiell verksamhet, kr/inv
N45022	Kostnad bostadsverksamhet, kr/inv
N45023	Kostnad flygtrafik, kr/inv
N45024	Kostnad buss, bil och spårbunden trafik, kr/inv
N45025	Kostnad sjötrafik, kr/inv
N45026	Kostnad elförsörjning + gasförsörjning, kr/inv
N45027	Kostnad fjärrvärmeförsörjning, kr/inv
N45028	Kostnad vattenförsörjning och avloppshantering, kr/inv
N45029	Kostnad avfallshantering, kr/inv
N45030	Kostnad affärsverksamhet, kr/inv
N45031	Nettokostnad affärsverksamhet, kr/inv
N45035	Köp av affärsverksamhet från privatägda företag, andel (%)
N45036	Köp av affärsverksamhet från kommunägda företag, andel (%)
N45037	Köp av affärsverksamhet från övriga motparter, andel (%)
N45038	Investeringsutgifter el- och gasförsörjning, kr/inv
N45039	Investeringsutgifter fjärrvärmeförsörjning, kr/inv
N45040	Investeringsutgifter vattenförsörjning och avloppshantering, kr/inv
N45041	Investeringsutgifter avfallshantering, kr/inv
N45042	Gemensamma kostnader fördelade till affärsverksamhet, andel (%)
N45043	Gemensamma kostnader fördelade till kommunens verksamhet totalt, andel (%)
N45700	Företagsförekomster, antal/1000 inv
N45702	Branschbredd, andel (%)
N45703	Företagens ekonomiska omsättning, tkr/inv
N45704	Företagens ekonomiska omsättning, mnkr
N45801	Köp av affärsmässig verksamhet totalt, andel (%)
N45850	Gästnätter, antal nätter, totalt per invånare, antal/inv
N45851	Gästnätter, antal ankomster, totalt per invånare, antal/inv
N45900	Elpris inkl. moms för typfastighet enligt Nils Holgersson-modellen, kr/kvm
N45901	Fjärrvärmepris inkl. moms för typfastighet enligt Nils Holgersson-modellen, kr/kvm
N45904	Elproduktion från vindkraft, MWh
N45905	Slutanvändning av energi totalt inom det geografiska området, MWh/inv
N45906	Slutanvändning av el inom det geografiska området, MWh/inv
N45907	Slutanvändning av fjärrvärme inom det geografiska området, MWh/inv
N45908	Slutanvändning av förnybara bränsletyper inom det geografiska området, MWh/inv
N45909	Slutanvändning av icke-förnybara bränsletyper inom det geografiska området, MWh/inv
N45910	Slutanvändning av energi inom jordbruk, skogsbruk och fiske inom det geografiska området, MWh/inv
N45911	Slutanvändning av energi inom industri och byggverksamhet inom det geografiska området, MWh/inv
N45912	Slutanvändning av energi inom offentlig verksamhet inom det geografiska området, MWh/inv
N45913	Slutanvändning av energi inom transporter inom det geografiska området, MWh/inv
N45914	Slutanvändning av energi inom övriga tjänster inom det geografiska området, MWh/inv
N45915	Slutanvändning av energi bland småhus inom det geografiska området, MWh/inv
N45916	Slutanvändning av energi bland flerbostadshus inom det geografiska området, MWh/inv
N45917	Slutanvändning av energi bland fritidshus inom det geografiska området, MWh/inv
N45920	Slutanvändning energi inom hushåll inom det geografiska området, MWh/inv
N45923	Avgift för avfallshämtning inkl. moms för typfastighet enligt Nils Holgersson-modellen, kr/kvm (-2023)
N45924	Avgift för vatten och avlopp inkl. moms för typfastighet enligt Nils Holgersson-modellen, kr/kvm
N45925	Elproduktion av förnybara energikällor inom det geografiska området, andel (%)
N45926	Elproduktion totalt inom det geografiska området, MWh
N45927	Elproduktion av vattenkraft inom det geografiska området, MWh
N45928	Fjärrvärmeproduktion totalt inom det geografiska området, MWh
N45930	Fjärrvärmeproduktion av förnybara energikällor inom det geografiska området, andel (%)
N45932	Nettoproduktion av el inom det geografiska området, MWh/inv
N45933	Elavbrott,  genomsnittlig avbrottstid per kund (SAIDI), minuter/kund
N45934	Elavbrott,  andel kunder som drabbats av 4 eller fler oaviserade långa avbrott under året (CEMI-4), andel (%)
N45941	Slutanvändning av energi totalt inom det geografiska området, MWh
N45942	Slutanvändning av energi inom industri och byggverksamhet inom det geografiska området, MWh
N45943	Slutanvändning av energi inom jordbruk, skogsbruk och fiske inom det geografiska området, MWh
N45944	Slutanvändning av energi inom offentlig verksamhet inom det geografiska området, MWh
N45945	Slutanvändning av energi inom transporter inom det geografiska området, MWh
N45946	Slutanvändning av energi inom övriga tjänster inom det geografiska området, MWh
N45947	Slutanvändning av energi bland flerbostadshus inom det geografiska området, MWh
N45948	Slutanvändning av energi bland fritidshus inom det geografiska området, MWh
N45949	Slutanvändning av energi bland småhus inom det geografiska området, MWh
N45950	Elproduktion från kraftvärmeverk samt industriellt mottryck inom det geografiska området, MWh
N45951	Elproduktion från övrig värmekraft inom det geografiska området
N45952	Elproduktion från solkraft inom det geografiska området, MWh
N45953	Avgift för avfallshämtning (ny definition) inkl. moms för typfastighet enligt Nils Holgersson-modellen, kr/kvm
N45970	Solcellsanläggningar totalt, installerad effekt (MW)
N45971	Solcellsanläggningar under 20 kW, installerad effekt (MW)
N45972	Solcellsanläggningar 20 kW – 1000 kW, installerad effekt(MW)
N45973	Solcellsanläggningar över 1000 kW, installerad effekt (MW)
N45974	Solcellsanläggningar totalt, antal
N45975	Solcellsanläggningar med effekt under 20 kW, antal
N45976	Solcellsanläggningar med effekt 20 kW-1000 kW, antal
N45977	Solcellsanläggningar med effekt över 1000 kW, antal
N45978	Vindkraftverk, antal
N45979	Vindkraftverk, installerad effekt, MW
N45980	Installerad effekt per vindkraftverk, MW
N45981	Elproduktion per vindkraftverk, MWh
N52001	Försäljning i dagligvaruhandel, mkr
N52002	Försäljningsindex dagligvaruhandel, index
N52003	Försäljning i sällanköpsvaruhandel, mkr
N52004	Försäljningsindex sällanköpsvaruhandel, index
N52100	Barn berörda av samarbetssamtal, antal/10 000 invånare 0-17 år
N52101	Barn berörda av upplysningar inför beslut om vårdnad, boende eller umgänge, antal/10 000 invånare 0-17 år
N52102	Barn berörda av vårdnads-, boende- och/eller umgängesutredningar, antal/10 000 invånare 0-17 år
N60005	Kostnad serviceverksamhet, kr/inv
N60006	Kostnad regionen totalt, kr/inv
N60007	Nettokostnad politisk verksamhet, kr/inv
N60008	Nettokostnad regionen totalt, kr/inv
N60015	Månadsavlönad personal, regionanställda administratörer, antal
N60016	Månadsavlönad personal, regionanställda handläggare, antal
N60017	Månadsavlönad personal, regionanställda i vaktmästeri, trädgård, anläggning m.m., antal
N60018	Månadsavlönad personal, regionanställda ingenjörer m fl, antal
N60019	Månadsavlönad personal, regionanställda i köks- o måltidsarbete, antal
N60020	Månadsavlönad personal, regionanställda i ledningsarbete, antal
N60021	Månadsavlönad personal, regionanställda vårdadministratörer, antal
N60022	Månadsavlönad personal, regionanställda i städ, tvätt och renhållning, antal
N60023	Månadsavlönad personal, regionanställda tekniker, antal
N60024	Månadsavlönade inom övrig verksamhet, region, antal
N60025	Månadsavlönad personal, regionanställda barnmorskor, antal
N60026	Månadsavlönade totalt, region, antal
N60027	Sjukfrånvaro, 29 år eller yngre, region, andel (%)
N60028	Sjukfrånvaro, 50 år eller äldre, region, andel (%)
N60029	Sjukfrånvaro 30-49 år, region, andel (%)
N60030	Sjukfrånvaro totalt bland anställda, region, andel (%)
N60031	Sjukfrånvaro, mer än 59 dagar som andel av total sjukfrånvaro, region, andel (%)
N60034	Årsarbetare, regionanställda administratörer, antal
N60035	Årsarbetare, regionanställda handläggare, antal
N60036	Årsarbetare, regionanställda i vaktmästeri, trädgård, anläggning m.m., antal
N60037	Årsarbetare, regionanställda ingenjörer m fl, antal
N60038	Årsarbetare, regionanställda i köks- o måltidsarbete, antal
N60039	Årsarbetare, regionanställda i ledningsarbete, antal
N60040	Årsarbetare, regionanställda vårdadministratörer, antal
N60041	Årsarbetare, regionanställda i städ, tvätt o renhållning, antal
N60042	Årsarbetare, regionanställda tekniker, antal
N60043	Årsarbetare inom övrig verksamhet, region, antal
N60044	Årsarbetare, regionanställda barnmorskor, antal
N60046	Inkomstutjämning, bidrag/avgift, kr/inv
N60047	Kostnadsutjämning, bidrag/avgift, kr/inv
N60048	Regleringsbidrag/avgift, kr/inv
N60050	Införandebidrag, kr/inv
N60051	Strukturbidrag, kr/inv
N60052	Utjämningssystemet enl scb, kr/inv 1 nov fg år
N60053	Inkomstutjämning, bidrag/avgift, kr/inv 1 nov fg år
N60054	Underlag för utjämning, kr/inv 1 nov fg år.
N60055	Skattekraft region, uppräknad, kr/inv 1 nov fg år.
N60056	Garanterad skattekraft region, uppräknad, kr/inv 1 nov fg år.
N60057	Kostnadsutjämning, bidrag/avgift, kr/inv 1 nov fg år
N60058	Regleringsbidrag/avgift, kr/inv 1 nov fg år
N60059	Införandebidrag, kr/inv 1 nov fg år
N60060	Strukturbidrag, kr/inv 1 nov fg år
N60061	Månadsavlönade inom ledning, utveckling och stöd, region, antal
N60062	Månadsavlönade inom teknikarbete, region, antal
N60063	Årsarbetare inom ledning, utveckling och stöd, region, antal
N60064	Årsarbetare inom teknikarbete, region, antal
N60065	Årsarbetare totalt, region, antal
N60068	Tillsvidareanställda månadsavlönade, region, andel (%)
N60069	Visstidsanställda månadsavlönade, region, andel (%)
N60070	Visstidsanställda timavlönade, region, andel (%)
N60071	Arbetad tid utförd av tillsvidareanställda månadsavlönade, region, andel (%)
N60072	Arbetad tid utförd av visstidsanställda månadsavlönade, region, andel (%)
N60073	Arbetad tid utförd av visstidsanställda timavlönade, region, andel (%)
N60074	Heltidsanställda månadsavlönade, region, andel (%)
N60075	Deltidsanställda (75-99 %) månadsavlönade, region, andel (%)
N60076	Deltidsanställda (1-74 %) månadsavlönade, region, andel (%)
N60077	Heltidsarbetande månadsavlönade, region, andel (%)
N60078	Deltidsarbetande (75-99 %) månadsavlönade, region, andel (%)
N60079	Deltidsarbetande (1-74 %) månadsavlönade, region, andel (%)
N60080	Anställda -34 år, region, andel (%)
N60081	Anställda 35-54 år, region, andel (%)
N60082	Anställda 55+, region, andel (%)
N60083	Nya tillsvidareanställda under året, region, andel (%)
N60084	Avgångna tillsvidareanställda under året, region, andel (%)
N60085	Anställda utrikes födda, region, balanstal
N60086	Anställda med eftergymnasial utbildning, region, andel (%)
N60087	Regionens köp av verksamhet totalt, andel (%)
N60088	Regionens köp av verksamhet totalt från privata företag/vårdgivare, andel (%)
N60089	Regionens köp av verksamhet totalt från regioner, andel (%)
N60090	Regionens köp av verksamhet totalt från bolag inom koncernen, andel (%)
N60092	Regionens köp av verksamhet totalt från ideella föreningar och stiftelser, andel (%)
N60094	Heltidsarbetande månadsavlönade, region, antal
N60095	Deltidsarbetande (75-99 %) månadsavlönade, region, antal
N60096	Deltidsarbetande (1-74 %) månadsavlönade, region, antal
N60097	Heltidsanställda månadsavlönade, region, antal
N60098	Deltidsanställda (75-99 %) månadsavlönade, region, antal
N60099	Deltidsanställda (1-74 %) månadsavlönade, region, antal
N60100	Anställda 55+, region, antal
N60101	Heltidsanställda månadsavlönade, region, antal
N60102	Anställda 55-64 år, region, andel (%)
N60103	Anställda 65+, region, andel (%)
N60104	Anställda 55-64 år, region, antal
N60105	Anställda 65+, region, antal
N60110	Byggnader i havsstrandnära läge, totalt, antal
N60111	Havsstrandlinje påverkad av bebyggelse, andel (%)
N60200	Månadsavlönad personal, tillsvidareanställda i regionen, antal
N60201	Visstidsanställda månadsavlönade, region, antal
N60202	Genomsnittlig sysselsättningsgrad för månadsavlönade, region, andel (%)
N60227	Deltidsanställda (1-99 %) månadsavlönade, region, antal
N60230	Visstidsanställda timavlönad personal, region, antal
N60233	Tillsvidareanställda månadsavlönade, region, antal
N60404	Resor med kollektivtrafik, resor/inv
N60801	Hushåll med ekonomiskt bistånd som erhållit bistånd i 10-12 månader under året, region, andel (%)
N60802	Elever i år 9 som är behöriga till yrkesprogram, totalt län, andel (%) (-2023)
N60898	Medarbetarengagemang (HME) totalt regionen - svarsfrekvens, andel (%)
N60910	Incidens av cancer, åldersstandardiserat, antal/100 000 inv
N60911	Incidens, livmoderhalscancer, antal/100 000 inv
N60912	Incidens, lungcancer, antal/100 000 inv
N60913	Incidens, malignt melanom, antal/100 000 inv
N60916	Skattekraft som andel av rikets medelskattekraft region, (%)
N60917	Skattekraft region, kr/inv
N60918	Skattesats till regionen, (%)
N60920	Incidens av hjärtinfarkter, åldersstandardiserat 20+ år, fyraårsmedelvärde, antal/100 000 inv
N60951	Medianlön kvinnor anställda av regionen, kr
N60952	Medianlön män anställda av regionen, kr
N60953	Lönegap median kvinnor - median män anställda av regionen, kr
N60960	Gymnasieelever med examen eller studiebevis inom 4 år region, andel (%)
N60978	Gymnasieelever med examen inom 4 år region, andel (%)
N60982	Finansiella kapitalvinster/förluster, medelvärde i befolkningen, kronor
N60983	Kapitalvinster/förluster vid försäljning av fastighet och bostadsrätt, medelvärde i befolkningen, kronor
N60984	Individer med kapitalvinst/förlust, andel (%)
N60985	Ballastleveranser, ton/invånare
N60986	Skadade vårdade i slutenvård, antal/100 000 inv
N60987	Kvinnors andel av männens lönesumma, dagbefolkning, andel (%)
N60988	Deltagande i kultur, andel (%)
N60989	Invånare 16-84 år som är oroliga över att förlora sitt arbete, andel (%)
N61001	Anställda som arbetar i yrken som stämmer väl överens med deras utbildning, andel (%)
N61603	Självmord, 5-årsmedelvärde, antal/100 000 inv, 25 år+
N61700	Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd region, andel (%)
N61900	Invånare 65+, andel (%)
N61909	Födda barn, antal per 1000 kvinnor, 15-44 år
N61910	Födda barn, antal  per 1000 kvinnor, 15-19 år
N61911	Födda barn, antal per 1000 kvinnor, 20-34 år
N61912	Födda barn, antal per 1000 kvinnor, 35-44 år
N61924	Invånare 0-19 år, andel (%)
N61925	Invånare 65-79 år, andel (%)
N61931	Invånare 20+, antal
N61936	Kvinnor 15-54 år, antal
N61937	Invånare 20+, andel (%)
N61964	Invånare 0-1 år, antal
N61965	Invånare 2-6 år, antal
N61967	Invånare 20-29 år, antal
N61968	Invånare 30-49 år, antal
N61969	Invånare 50-64 år, antal
N61980	Inflyttade till regionen, antal
N61981	Utflyttade från regionen, antal
N61982	Inrikes födda med två inrikes födda föräldrar, andel (%)
N61984	Inrikes födda med två utrikes födda föräldrar, andel (%)
N61985	Inrikes födda med en inrikes och en utrikes född förälder, andel (%)
N62917	Kvinnor i befolkningen, region, andel (%)
N63000	Finansnetto regionen, kr/inv
N63001	Finansnettots andel av skatteintäkter och generella statsbidrag, (%)
N63002	Resultat före extraordinära poster som andel av  nettokostnader, regionkoncern, (%)
N63003	Resultat före extraordinära poster, regionkoncern, kr/inv
N63004	Resultat före extraordinära poster som andel av nettokostnader, regionen (%)
N63005	Resultat före extraordinära poster, regionen, kr/inv
N63006	Självfinansieringsgrad för regionens investeringar, andel (%)
N63007	Soliditet, regionen, (%)
N63008	Soliditet, regionskoncernen, (%)
N63009	Verksamhetens nettokostnad som andel av skatteintäkter och generella statsbidrag, (%)
N63010	Skatteintäkter region, kr/inv
N63011	Generella statsbidrag och utjämning region, kr/inv
N63012	Verksamhetens nettokostnader enligt resultaträkningen region, kr/inv
N63013	Verksamhetens kostnader region, kr/inv
N63014	Verksamhetens intäkter region, kr/inv
N63016	Årets resultat som andel av skatt & generella statsbidrag region, (%)
N63018	Extraordinära poster region, kr/inv
N63019	Årets resultat region, kr/inv
N63020	Skatteintäkter regionkoncern, kr/inv
N63021	Generella statsbidrag och utjämning regionkoncern, kr/inv
N63022	Verksamhetens nettokostnader enligt resultaträkningen regionkoncern, kr/inv
N63023	Verksamhetens kostnader regionkoncern, kr/inv
N63024	Verksamhetens intäkter regionkoncern, kr/inv
N63026	Finansnetto regionkoncern, kr/inv
N63028	Extraordinära poster regionkoncern, kr/inv
N63029	Årets resultat regionkoncern, kr/inv
N63030	Eget kapital vid årets slut, region, kr/inv
N63031	Skulder totalt region, kr/inv
N63032	Långfristiga skulder region, kr/inv
N63033	Kortfristiga skulder region, kr/inv
N63034	Avsättningar totalt region, kr/inv
N63035	Övriga borgens- o ansvarsförbindelser region, kr/inv
N63036	Övriga borgens- o ansvarsförbindelser region inkl pensionsförpliktelser och löneskatt, kr/inv
N63037	Avsättning för pensioner och löneskatt region, kr/inv
N63038	Tillgångar totalt region, kr/inv
N63039	Materiella anläggningstillgångar region, kr/inv
N63040	Finansiella anläggningstillgångar region, kr/inv
N63041	Omsättningstillgångar region, kr/inv
N63042	Pensionsförpl o löneskatt ej redov i balansräkning region, kr/inv
N63043	Eget kapital vid årets slut, regionkoncern, kr/inv
N63044	Skulder totalt regionkoncern, kr/inv
N63045	Långfristiga skulder regionkoncern, kr/inv
N63046	Kortfristiga skulder regionkoncern, kr/inv
N63047	Avsättningar totalt regionkoncern, kr/inv
N63048	Avskrivningar samt nedskrivningar, regionkoncern, kr/inv
N63051	Tillgångar totalt regionkoncern, kr/inv
N63052	Materiella anläggningstillgångar regionkoncern, kr/inv
N63053	Finansiella anläggningstillgångar regionkoncern, kr/inv
N63054	Omsättningstillgångar regionkoncern, kr/inv
N63056	Resultat före extraord. poster som andel av skatt & generella statsbidrag region, (%)
N63057	Rörelsekapital region, kr/inv
N63058	Rörelsekapital regionkoncernen, kr/inv
N63059	Kassalikviditet regionen, (%)
N63060	Kassalikviditet regionkoncernen, (%)
N63061	Skulder, avsättningar och eget kapital region, kr/inv
N63062	Skulder, avsättningar och eget kapital regionkoncern, kr/inv
N63063	Immateriella anläggningstillgångar region, kr/inv
N63064	Immateriella anläggningstillgångar regionkoncern, kr/inv
N63065	Anläggningstillgångar region, kr/inv
N63066	Anläggningstillgångar regionkoncern, kr/inv
N63067	Andra avsättningar än pensioner och löneskatt region, kr/inv
N63068	Skulder och avsättningar region, kr/inv
N63069	Skulder och avsättningar regionkoncern, kr/inv
N63070	Bidrag till statlig infrastruktur region, kr/inv
N63071	Bidrag till statlig infrastruktur regionkoncern, kr/inv
N63072	Finansiella intäkter region, kr/inv
N63073	Finansiella kostnader exkl ränta på pensionsskuld region, kr/inv
N63074	Aktier och andelar region, kr/inv
N63075	Aktie och andelar i regionernas koncernföretag, kr/inv
N63076	Långfristiga fordringar region, kr/inv
N63077	Långfristiga fordringar i regionernas koncernföretag, kr/inv
N63078	Lån i banker och kreditinstitut region, kr/inv
N63079	Pensionsutbetalningar exkl löneskatt (1998-) region, kr/inv
N63080	Pensionsutbetalningar exkl löneskatt (-1997) region, kr/inv
N63081	Bruttoinvesteringar i byggnader region, kr/inv
N63082	Investeringsutgifter region, kr/inv
N63083	Räntekostnader för lån region, kr/inv
N63084	Finansiella intäkter regionkoncern, kr/inv
N63085	Finansiella kostnader regionkoncern, kr/inv
N63090	Balanskravsresultat att återställa efter synnerliga skäl i region, kr/inv
N63091	Avskrivningar samt nedskrivningar, region, kr/inv
N63092	Ackumulerat ej återställt negativt balanskravsresultat i region, kr/inv
N63093	Finansiella kostnader, region, kr/inv
N63095	Resultat efter synnerliga skäl i region, kr/inv (-2023)
N63096	Skulder till närstående företag region, kr/inv
N63097	Bidrag för läkemedelsförmånen region, kr/inv
N63098	Avgiftsbestämd ålderspension i KAP-KL (exkl. löneskatt), region, kr/inv
N63100	Kostnad forskning och utveckling region, kr/inv
N63120	Nettokostnad pensionsutbetalningar och ränteintäkter, kr/inv
N63121	Jämförelsestörande poster region, kr/inv
N63124	Soliditet inkl pensionsåtag. region, (%)
N63125	Justerad skattesats region, (%)
N63126	Soliditet inkl pensionsåtag. regionkoncern, (%)
N63132	Balanskravsresultat region, kr/inv
N63133	Soliditet inklusive ansvarsförbindelsen, andel (%) av totala tillgångar
N63134	Strukturjusterad hälso- och sjukvårdskostnad, kr/inv (Föregående år)
N63135	Finansiella nettotillgångar, andel (%) av skatter och generella statsbidrag
N63136	Soliditet exklusive ansvarsförbindelsen, andel (%) av totala tillgångar
N63137	Investeringar (femårsgenomsnitt), kr/inv
N63138	Anläggningstillgångar - Byggnader och mark, kr/inv
N63139	Anläggningstillgångar - Maskiner och inventarier, kr/inv
N63140	Anläggningstillgångar - Övriga tillgångar, kr/inv
N63141	Bruttolåneskuld, andel (%) av skatter och generella bidrag
N63142	Verksamhetens resultat region, andel (%) av skatter och statsbidrag
N63143	Kostnadsutveckling (i förhållande till skatter och generella statsbidrag), årlig förändring (%)
N63144	Självfinansieringsgrad investeringar (Årets resultat + avskrivningar) / Bruttoinvesteringar, (%)
N63145	Finansnetto, kr/inv
N63146	Resultat efter finansiella poster (% av skatter och statsbidrag)
N63147	Balanskravsresultat, andel (%) av skatter och generella statsbidrag
N63148	Nettokostnadsutveckling (i förhållande till antalet invånare), årlig förändring (%)
N63149	Budgetavvikelse, kr/inv
N63150	Kassalikviditet, andel (%) av kortfristiga skulder
N63201	Regionens köp av verksamhet totalt från kommunalförbund och SKR, andel (%)
N63202	Regionens köp av verksamhet totalt från kommuner inkl. Gotland, andel (%)
N63203	Regionens köp av verksamhet totalt från staten och statliga myndigheter, andel (%)
N63204	Regionens köp av verksamhet totalt från hushåll och individer, andel (%)
N63205	Regionens köp av verksamhet totalt från utlandet, andel (%)
N63206	Regionens köp av kultur, utbildning och allmän regional utveckling, totalt, andel (%)
N63207	Regionens köp av kultur, utbildning och allmän regional utveckling från offentliga utförare, andel (%) (-2024)
N63208	Regionens köp av kultur, utbildning och allmän regional utveckling från privata utförare, andel (%) (-2024)
N63209	Regionens köp av trafik och infrastruktur från offentliga utförare, andel (%) (-2024)
N63210	Regionens köp av trafik och infrastruktur från privata utförare, andel (%) (-2024)
N63211	Regionens köp av övrig hälso- och sjukvård från privata utförare, andel (%) (-2024)
N63212	Regionens köp av övrig hälso- och sjukvård från offentliga utförare, andel (%) (-2024)
N63213	Regionens köp av tandvård från privata utförare, andel (%) (-2024)
N63214	Regionens köp av tandvård från offentliga utförare, andel (%) (-2024)
N63215	Regionens köp av specialiserad psykiatrisk vård från privata utförare, andel (%) (-2024)
N63216	Regionens köp av specialiserad psykiatrisk vård från offentliga utförare, andel (%) (-2024)
N63217	Regionens köp av specialiserad somatisk vård från privata utförare, andel (%) (-2024)
N63218	Regionens köp av specialiserad somatisk vård från offentliga utförare, andel (%) (-2024)
N63219	Regionens köp av primärvård från privata utförare, andel (%) (-2024)
N63220	Regionens köp av primärvård från offentliga utförare, andel (%) (-2024)
N63221	Regionens köp av verksamhet totalt från offentliga utförare, andel (%) (-2024)
N63222	Regionens köp av verksamhet totalt från privata utförare, andel (%) (-2024)
N63223	Regionens köp av hälso- och sjukvård totalt från offentliga utförare, andel (%) (-2024)
N63224	Regionens köp av hälso- och sjukvård totalt från privata utförare, andel (%) (-2024)
N63225	Regionens köp av regional utveckling, totalt, andel (%)
N63226	Regionens köp av regional utveckling, från offentliga utförare, andel (%) (-2024)
N63227	Regionens köp av regional utveckling, från privata utförare,  andel (%) (-2024)
N65001	Kostnad politisk verksamhet region, kr/inv
N65002	Köp av politisk verks. avs. hälso- och sjukvård som andel av nettokostnad, (%)
N65003	Kostnad politisk verksamhet avseende hälso- och sjukvård, kr/inv
N65005	Kostnad politisk verksamhet avseende regional utveckling, kr/inv
N65006	Kostnad arvoden, ersättningar m.m. revision region, tkr
N65007	Kostnad utbildning o. konferenser revision region, tkr
N65008	Kostnad sakkunniga anställda revision region, tkr
N65009	Kostnad sakkunniga upphandlade revision region, tkr
N65010	Kostnad övriga revision region, tkr
N65011	Bruttokostnad revision region, tkr
N65012	Intäkter revision region, tkr
N65013	Nettokostnad revision region, tkr
N65014	Total verksamhetskostnad brutto region, tkr
N65015	Nettokostnad revison region, promille av total verksamhetskostnad
N65016	Nettokostnad revision region, kr/inv
N65405	Revisionsberättelse utan anmärkning eller avstyrkt ansvarsfrihet region, (Ja=1, Nej=0)
N65406	Ansvarsprövning i RF utan anmärkning och med beviljad ansvarsfrihet för samtliga ledamöte, (Ja=1, Nej=0)
N65701	Förtroendevalda revisorer i regionen, antal
N65801	Röster på Socialdemokraterna i senaste regionvalet, andel (%)
N65802	Röster på Vänsterpartiet i senaste regionvalet, andel (%)
N65803	Röster på Miljöpartiet i senaste regionvalet, andel (%)
N65804	Röster på Sverigedemokraterna i senaste regionvalet, andel (%)
N65805	Röster på Moderaterna i senaste regionvalet, andel (%)
N65806	Röster på Liberalerna i senaste regionvalet, andel (%)
N65807	Röster på Centerpartiet i senaste regionvalet, andel (%)
N65808	Röster på Kristdemokraterna i senaste regionvalet, andel (%)
N65809	Röster på övriga partier i senaste regionvalet, andel (%)
N65810	Förtroendevalda regionpolitiker på heltid, andel (%)
N65811	Förtroendevalda regionpolitiker på deltid, andel (%)
N65812	Antal invånare per förtroendevald regionpolitiker
N65813	Antal förtroendeuppdrag per förtroendevald regionpolitiker
N65814	Kvinnor bland förtroendevalda regionpolitiker, andel (%)
N65815	Kvinnor i regionfullmäktige, andel (%)
N65816	Kvinnor på ordförandeposter i regionen, andel (%)
N65817	Förtroendevalda regionpolitiker i åldern 18-29 år, andel (%)
N65818	Förtroendevalda regionpolitiker i åldern 30-49 år, andel (%)
N65819	Förtroendevalda regionpolitiker i åldern 50-64 år, andel (%)
N65820	Förtroendevalda regionpolitiker i åldern 65+, andel (%)
N65821	Regionfullmäktigeledamöter i åldern 18-29 år, andel (%)
N65822	Regionfullmäktigeledamöter i åldern 30-49 år, andel (%)
N65823	Regionfullmäktigeledamöter i åldern 50-64 år, andel (%)
N65824	Regionfullmäktigeledamöter i åldern 65+, andel (%)
N65825	Utrikes födda bland förtroendevalda regionpolitiker, andel (%)
N65826	Utrikes födda i regionfullmäktige, andel (%)
N65827	Mediannettonettoinkomst regionens förtroendevalda politiker, kr/person
N65828	Politiskt styre i regionen (1=vänster, 2=blocköverskridande, 3=borgerligt styre, 4=borgerlig/SD styre)
N65829	Förtroendevalda som hoppat av regionfullmäktige, andel (%)
N65831	Valdeltagande i det valdistrikt som hade lägst andel röstande i senaste regionvalet, andel (%)
N65832	Valdeltagande i det valdistrikt som hade högst andel röstande i senaste regionvalet, andel (%)
N65841	Röster på Centerpartiet i senaste riksdagsvalet, andel (%)
N65842	Röster på Kristdemokraterna i senaste riksdagsvalet, andel (%)
N65843	Röster på Sverigedemokraterna i senaste riksdagsvalet, andel (%)
N65844	Röster på Miljöpartiet i senaste riksdagsvalet, andel (%)
N65845	Röster på Socialdemokraterna i senaste riksdagsvalet, andel (%)
N65846	Röster på Liberalerna i senaste riksdagsvalet, andel (%)
N65847	Röster på Vänsterpartiet i senaste riksdagsvalet, andel (%)
N65848	Röster på Moderaterna i senaste riksdagsvalet, andel (%)
N65849	Röster på övriga partier i senaste riksdagsvalet, andel (%)
N65851	Röster på Centerpartiet i senaste europaparlamentsvalet, andel (%)
N65852	Röster på Kristdemokraterna i senaste europaparlamentsvalet, andel (%)
N65853	Röster på Sverigedemokraterna i senaste europaparlamentsvalet, andel (%)
N65854	Röster på Miljöpartiet i senaste europaparlamentsvalet, andel (%)
N65855	Röster på Socialdemokraterna i senaste europaparlamentsvalet, andel (%)
N65856	Röster på Liberalerna i senaste europaparlamentsvalet, andel (%)
N65857	Röster på Vänsterpartiet i senaste europaparlamentsvalet, andel (%)
N65858	Röster på Moderaterna i senaste europaparlamentsvalet, andel (%)
N65859	Röster på övriga partier i senaste europaparlamentsvalet, andel (%)
N65870	Invånare i inkomstkvintil 1 som röstade i senaste kommunfullmäktigevalet, andel (%)
N65871	Invånare i inkomstkvintil 2 som röstade i senaste kommunfullmäktigevalet, andel (%)
N65872	Invånare i inkomstkvintil 3 som röstade i senaste kommunfullmäktigevalet, andel (%)
N65873	Invånare i inkomstkvintil 4 som röstade i senaste kommunfullmäktigevalet, andel (%)
N65874	Invånare i inkomstkvintil 5 som röstade i senaste kommunfullmäktigevalet, andel (%)
N65900	Förtroendevalda i kommunfullmäktige eller regionfullmäktige som utsatts för trakasserier, hot eller våld, andel (%)
N66077	Invånare, 0-19 år, med låg ekonomisk standard, andel (%)
N66078	Invånare, 20-64 år, med låg ekonomisk standard, andel (%)
N66079	Invånare, 65+ år, med låg ekonomisk standard, andel (%)
N66080	Invånare med låg ekonomisk standard, andel (%)
N66081	Invånare med ansträngd boendeekonomi, andel (%)
N70000	Kostnad för hälso- och sjukvård totalt (inkl. läkemedel), kr/inv
N70001	Nettokostnad läkemedel inom läkemedelsförmånen, kr/inv
N70002	Månadsavlönad personal, regionanställda arbetsterapeuter, antal
N70003	Månadsavlönad personal, regionanställda biomedicinska analytiker, antal
N70004	Månadsavlönad personal, regionanställda dietister, antal
N70005	Månadsavlönad personal, regionanställda icke specialistkompetenta läkare, antal
N70006	Månadsavlönad personal, regionanställda logopeder, antal
N70007	Månadsavlönad personal, regionanställda psykologer, antal
N70008	Månadsavlönad personal, regionanställda psykoterapeuter, antal
N70009	Månadsavlönad personal, regionanställda övrigt rehabiliteringsarbete, antal
N70010	Månadsavlönad personal, regionanställda sjukgymnaster, antal
N70011	Månadsavlönad personal, regionanställda övr. specialiteter inom hälso- och sjukvård, antal
N70012	Månadsavlönad personal, regionanställda sjuksköterskor, antal
N70013	Månadsavlönade inom skola, region, antal
N70014	Månadsavlönade inom kurativt och socialt arbete, region, antal
N70015	Månadsavlönad personal, regionanställda specialistkompetenta läkare, antal
N70016	Månadsavlönad personal, regionanställda undersköterskor, skötare mfl, antal
N70017	Nettokostnad hälso- och sjukvård (exkl. läkemedel), kr/inv
N70019	Nettokostnad politisk verksamhet avseende hälso- och sjukvård, kr/inv
N70021	Årsarbetare, regionanställda arbetsterapeuter, antal
N70022	Årsarbetare, regionanställda biomedicinska analytiker, antal
N70023	Årsarbetare, regionanställda dietister, antal
N70024	Årsarbetare, regionanställda icke specialistkompetenta läkare, antal
N70025	Årsarbetare, regionanställda logopeder, antal
N70026	Årsarbetare, regionanställda psykologer, antal
N70027	Årsarbetare, regionanställda psykoterapeuter, antal
N70028	Årsarbetare, regionanställda övrigt rehabiliteringsarbete, antal
N70029	Årsarbetare, regionanställda sjukgymnaster, antal
N70030	Årsarbetare, regionanställda övr. specialiteter inom hälso- och sjukvård, antal
N70031	Årsarbetare, regionanställda sjuksköterskor, antal
N70032	Årsarbetare inom skola, region, antal
N70033	Årsarbetare inom kurativt och socialt arbete, region, antal
N70034	Årsarbetare, regionanställda specialistkompetenta läkare, antal
N70035	Årsarbetare, regionanställda undersköterskor o skötare, antal
N70038	Referenskostnad hälso- och sjukvård (inkl läkemedel), kr/inv
N70039	Månadsavlönade inom rehabilitering och förebyggande arbete, region, antal
N70040	Månadsavlönade inom hälso och sjukvård, region, antal
N70041	Årsarbetare inom rehabilitering och förebyggande arbete, region, antal
N70042	Årsarbetare inom hälso och sjukvård, region, antal
N70049	Regionens köp av hälso- och sjukvård totalt, andel (%)
N70057	Kostnad hälso- och sjukvård exkl tandvård, kr/inv
N70059	Nettokostnad läkemedel, totalt (exkl. tandvård), kr/inv
N70060	Nettokostnad hälso- och sjukvård (exkl. tandvård), kr/inv
N70061	Nettokostnad hälso- och sjukvård totalt (inkl. läkemedel), kr/inv
N70341	Förekomst av akut hjärtinfarkt, antal/100 000 invånare
N70342	Förekomst av lungcancer, kvinnor, antal/100 000 invånare
N70343	Förekomst av lungcancer, män, antal/100 000 invånare
N70344	Förekomst av prostatacancer, antal/100 000 invånare
N70345	Förekomst av bröstcancer, antal/100 000 invånare
N70346	Förekomst av stroke, antal/100 000 invånare
N70347	Förekomst av tjocktarmscancer, kvinnor, antal/100 000 invånare
N70348	Förekomst av tjocktarmscancer, män, antal/100 000 invånare
N70349	Förekomst av ändtarmscancer, kvinnor, antal/100 000 invånare
N70350	Förekomst av ändtarmscancer, män, antal/100 000 invånare
N70351	Förekomst av cancer – kvinnor, antal/100 000 inv
N70352	Förekomst av cancer – män, antal/100 000 inv
N70402	Återstående medellivslängd vid 65 års ålder (Kvinnor) region, år
N70403	Återstående medellivslängd vid 65 års ålder (Män) region, år
N70465	Positiv inställning till 1177 Vårdguidens e-tjänster, andel (%)
N70466	Positiv inställning till digital teknik för vård, konsultation och behandling, andel (%)
N70467	Positiv inställning till att vårdas hemma med hembesök och stöd av digital teknik, andel (%)
N70535	Kvalitetsindikatorer - Astma och KOL, index (max = 100)
N70536	Kvalitetsindikatorer - Bröstcancer, index (max = 100)
N70537	Kvalitetsindikatorer - Diabetes, index (max = 100)
N70538	Kvalitetsindikatorer - Graviditet och förlossning, index (max = 100)
N70539	Kvalitetsindikatorer - Hjärtsjukvård, index (max = 100)
N70540	Kvalitetsindikatorer - Lungcancer, index (max = 100)
N70541	Kvalitetsindikatorer - MS, index (max = 100)
N70542	Kvalitetsindikatorer - Palliativ vård, index (max = 100)
N70543	Kvalitetsindikatorer - Prostatacancer, index (max = 100)
N70544	Kvalitetsindikatorer - Stroke, index (max = 100)
N70545	Kvalitetsindikatorer - Tarmcancer, index (max = 100)
N70550	Invånare som använt internet eller digital tjänst för att söka information om sjukdom eller behandling, andel (%) (-2023)
N70551	Invånare som använt internet eller digital tjänst för att jämföra vårdmottagningar, andel (%) (-2023)
N70552	Invånare som använt internet eller digital tjänst för att boka, av/omboka en tid för ett vårdbesök, andel (%) (-2023)
N70553	Invånare som använt internet eller digital tjänst för att kommunicera skriftligt (t ex. meddelanden, chatt) med vårdpersonal, andel (%) (-2023)
N70554	Invånare som haft ett videomöte med vårdpersonal, andel (%) (-2023)
N70555	Invånare som använt internet eller digital tjänst för att föra hälso-, tränings- eller kostdagbok, andel (%) (-2023)
N70556	Invånare som använt internet eller digital tjänst för att göra ett självtest (t ex. om alkoholkonsumtion, hjärtsvikt, diabetes, psykisk hälsa) andel (%) (-2023)
N70557	Invånare som använt internet eller digital tjänst för att skicka mätvärden till vården, andel (%) (-2023)
N70558	Invånare som deltagit i internetbaserad behandling, andel (%) (-2023)
N70559	Invånare som använt internet eller digital tjänst till annat kopplat till den egna hälsan (tex förnya recept eller få provsvar), andel (%) (-2023)
N70560	Invånare som anser att det är viktigt med tillgång till vårdinformation/patientjournal via internet eller digital tjänst, andel (%) (-2023)
N70561	Invånare som anser att digitala tjänster ersätter deras fysiska möten inom hälso- och sjukvården, andel (%) (-2023)
N70562	Invånare som anser att digitala tjänster ger tillgång till hälso- och sjukvård oberoende av tid och plats, andel (%) (-2023)
N70563	Invånare med positiv inställning till att allt mer inom hälso- och sjukvården och socialtjänsten digitaliseras, andel (%) (-2023)
N70570	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att söka information om sjukdom eller behandling, andel (%) (-2023)
N70571	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att jämföra vårdmottagningar, andel (%) (-2023)
N70572	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att boka, av/omboka en tid för ett vårdbesök, andel (%) (-2023)
N70573	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att kommunicera skriftligt (t ex. meddelanden, chatt) med vårdpersonal, andel (%) (-2023)
N70574	Osäkerhetstal - Invånare som haft ett videomöte med vårdpersonal, andel (%) (-2023)
N70575	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att föra hälso-, tränings- eller kostdagbok, andel (%) (-2023)
N70576	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att göra ett självtest (t ex. om alkoholkonsumtion, hjärtsvikt, diabetes, psykisk hälsa) andel (%) (-2023)
N70577	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att skicka mätvärden till vården, andel (%) (-2023)
N70578	Osäkerhetstal - Invånare som deltagit i internetbaserad behandling, andel (%) (-2023)
N70579	Osäkerhetstal - Invånare som använt internet eller digital tjänst till annat kopplat till den egna hälsan (tex förnya recept eller få provsvar), andel (%) (-2023)
N70595	Tidig utskrivning för rehabilitering i hemmet efter stroke, andel (%)
N70601	Operation inom 28 dagar vid välgrundad misstanke om bröstcancer, andel (%) - Målnivå ≥ 80
N70602	Individuell vårdplan vid bröstcancer, andel (%)
N70603	Bröstbevarande operation vid små invasiva tumörer vid bröstcancer, andel (%)
N70604	Bröstcancerpatienter som genomgått enbart en operation i bröst, andel (%)
N70605	Bröstcancerfall som upptäckts vid screening, andel (%)
N70606	Omedelbara bröstrekonstruktioner vid mastektomi, andel (%)
N70607	RAAS-hämmande läkemedelsbehandling vid diabetesrelaterad njursvikt, andel (%)
N70608	Screening för våldsutsatthet under graviditet, andel (%)
N70609	Kvinnor som fått bristningar vid instrumentell förlossning, andel (%)
N70610	Eftervårdsbesök på barnmorskemottagning, andel (%)
N70611	Stor blödning vid kejsarsnitt, andel (%)
N70612	Stor blödning vid vaginal förlossning - Målnivå ≤ 5,5
N70613	Kvinnor som fått bristningar vid icke instrumentell förlossning, andel (%)
N70614	Screening för riskbruk av alkohol före graviditet, andel (%)
N70615	EGFR-test inför behandling av lungcancer, andel (%)
N70616	Planerad kemoradioterapi vid icke-småcellig lungcancer, andel (%)
N70617	Kurativt syftande behandling vid lokaliserad lungcancer, andel (%)
N70618	Skelettundersökning vid prostatacancer med hög risk, andel (%)
N70619	Väntetid till prostatacancerbesked, andel (%)
N70620	Väntetid till första besök vid misstänkt prostatacancer, andel (%)
N70621	Patienter med tjocktarmscancer utan metastaser som blivit radikalt opererade, andel (%)
N70622	Tid från diagnos till behandlingsstart vid tjocktarmscancer, andel (%)
N70623	Patienter med ändtarmscancer utan metastaser som blivit radikalt opererade, andel (%)
N70624	Tid från diagnos till behandlingsstart vid ändtarmscancer, andel (%)
N70626	Patienter med KOL som genomgått mätning av FEV1/FVC efter bronkdilation, andel (%)
N70627	Patienter med KOL med hög symtombörda (CAT>20), andel (%)
N70630	Patienter med KOL som utfört spirometriundersökning, andel (%)
N70632	Kranskärlsröntgen inom 72 timmar vid mindre hjärtinfarkt, andel (%)
N70633	Patienter som fått extra blodförtunnande läkemedelsbehandling vid hjärtinfarkt, andel (%)
N70634	Patienter med RAAS-hämmande läkemedelsbehandling vid hjärtinfarkt, andel (%)
N70635	Måluppfyllelse för blodtryck efter hjärtinfarkt, andel (%)
N70636	Patienter med akut hjärtinfarkt som registrerats i Swedeheart, andel (%)
N70637	Deltagande i uppföljning efter hjärtinfarkt, andel (%)
N70638	Patienter som slutat röka 11-13 månader efter hjärtinfarkt, andel (%)
N70639	Patienter som börjat fysiskt träningsprogram 11–13 månader efter hjärtinfarkt, andel (%)
N70640	Vårdpersonals följsamhet till grundläggande hygienrutiner och klädregler, andel (%) (-2023)
N70641	Vårdtillfälle med skada, andel (%) (-2023)
N70642	Vårdtillfälle med vårdskada (undvikbar), andel (%) (-2023)
N70643	Standardiserat vårdförlopp för patienter med cancer, andel (%)
N70700	Läkarbesök i specialiserad vård, konsumtionsperspektiv, antal/1000 inv
N70701	Läkarbesök i specialiserad vård, produktionsperspektiv, antal/1000 inv
N70704	Läkarbesök i specialiserad vård, konsumtionsperspektiv, antal/1000 inv
N70706	Vårdtillfällen, produktionsperspektiv, antal/100 000 inv
N70800	Vårdtillfällen i åldersgruppen 0-14 år, andel (%)
N70801	Vårdtillfällen i åldersgruppen 15-24 år, andel (%)
N70802	Vårdtillfällen i åldersgruppen 25-44 år, andel (%)
N70803	Vårdtillfällen i åldersgruppen 45-64 år, andel (%)
N70804	Vårdtillfällen i åldersgruppen 65-74 år, andel (%)
N70805	Vårdtillfällen i åldersgruppen 75-84 år, andel (%)
N70806	Vårdtillfällen i åldersgruppen 85+, andel (%)
N70808	Vårdtillfällen, konsumtionsperspektiv, antal/100 000 inv
N70809	Vårdtillfällen i åldersgruppen 0-14 år, antal/100 000 inv
N70810	Vårdtillfällen i åldersgruppen 15-24 år, antal/100 000 inv
N70811	Vårdtillfällen i åldersgruppen 25-44 år, antal/100 000 inv
N70812	Vårdtillfällen i åldersgruppen 45-64 år, antal/100 000 inv
N70813	Vårdtillfällen i åldersgruppen 65-74 år, antal/100 000 inv
N70814	Vårdtillfällen i åldersgruppen 75-84 år, antal/100 000 inv
N70815	Vårdtillfällen i åldersgruppen 85+, antal/100 000 inv
N70816	Vårdtid i dagar i åldersgruppen 0-14 år, andel (%)
N70817	Vårdtid i dagar i åldersgruppen 15-24 år, andel (%)
N70818	Vårdtid i dagar i åldersgruppen 25-44 år, andel (%)
N70819	Vårdtid i dagar i åldersgruppen 45-64 år, andel (%)
N70820	Vårdtid i dagar i åldersgruppen 65-74 år, andel (%)
N70821	Vårdtid i dagar i åldersgruppen 75-84 år, andel (%)
N70822	Vårdtid i dagar i åldersgruppen 85+, andel (%)
N70824	Vårdtid i dagar, antal/100 000 inv
N70825	Vårdtid i dagar i åldersgruppen 0-14 år, antal/100 000 inv
N70826	Vårdtid i dagar i åldersgruppen 15-24 år, antal/100 000 inv
N70827	Vårdtid i dagar i åldersgruppen 25-44 år, antal/100 000 inv
N70828	Vårdtid i dagar i åldersgruppen 45-64 år, antal/100 000 inv
N70829	Vårdtid i dagar i åldersgruppen 65-74 år, antal/100 000 inv
N70830	Vårdtid i dagar i åldersgruppen 75-84 år, antal/100 000 inv
N70831	Vårdtid i dagar i åldersgruppen 85+, antal/100 000 inv
N70832	Medelvårdtid hälso- och sjukvård, antal dagar
N70833	Medelvårdtid hälso- och sjukvård i åldersgruppen 0-14 år, antal dagar
N70834	Medelvårdtid hälso- och sjukvård i åldersgruppen 15-24 år, antal dagar
N70835	Medelvårdtid hälso- och sjukvård i åldersgruppen 25-44 år, antal dagar
N70836	Medelvårdtid hälso- och sjukvård i åldersgruppen 45-64 år, antal dagar
N70837	Medelvårdtid hälso- och sjukvård i åldersgruppen 65-74 år, antal dagar
N70838	Medelvårdtid hälso- och sjukvård i åldersgruppen 75-84 år, antal dagar
N70839	Medelvårdtid hälso- och sjukvård i åldersgruppen 85+, antal dagar
N70840	Läkarbesök hälso- och sjukvård (exkl mvc/bvc), antal/1000 inv
N70841	Läkarbesök totalt mödra- och barnhälsovård, antal/1000 inv
N70842	Läkarbesök hälso- och sjukvård totalt, produktionsperspektiv, antal/1000 inv
N70843	Andra besök än läkarbesök hälso- och sjukvård totalt, produktionsperspektiv, antal/1000 inv
N70844	Dagsjukvårdsbesök totalt, antal/1000 inv
N70845	Disponibla vårdplatser slutenvård totalt i regionen, antal/1000 inv
N70880	Antibiotikaförsäljning inkl. viss förskrivning till husdjur, recept/1000 inv
N70898	Medarbetarengagemang (HME) hälso- och sjukvård totalt - svarsfrekvens, andel (%)
N70900	Invånare 0-24 år som vårdats i sluten vård pga övergrepp av annan person, antal/100 000
N70904	Invånare 10-24 år i slutenvård pga alkoholrelaterade diagnoser, antal/100 000
N70906	Invånare 0-24 år som vårdats i slutenvård pga avsiktligt självdestruktiv handling, antal/100 000
N70909	Slutenvårdats till följd av skadehändelse, antal/100 000 inv 0-6 år
N71000	Kostnad för primärvård (exkl. läkemedel), kr/inv
N71001	Regionens köp av primärvård från privata företag/vårdgivare, andel(%)
N71002	Månadsavlönade inom primärvård, region, antal
N71005	Nettokostnad barnhälsovård i primärvård (exkl. läkemedel), kr per barn 0-6 år
N71006	Nettokostnad mödrahälsovård i primärvård (exkl. läkemedel), kr per kvinna 15-54 år
N71007	Nettokostnad primärvård totalt (exkl. primärvårdsansluten hemsjukvård och läkemedel), kr/inv
N71009	Nettokostnad sjuksköterskevård i primärvård (exkl. läkemedel), kr/inv
N71010	Nettokostnad sluten primärvård (exkl. läkemedel), kr/inv
N71011	Nettokostnad övrig primärvård (exkl. läkemedel), kr/inv
N71013	Årsarbetare inom primärvård, region, antal
N71014	Nettokostnad för läkemedel inom läkemedelsförmånen, primärvård, kr/inv
N71017	Nettokostnad sjukgymnastik och arbetsterapi i primärvård (exkl. läkemedel), kr/inv
N71018	Nettokostnad allmänläkarvård inkl. jourverks i primärvård (exkl. läkemedel), kr/inv
N71019	Nettokostnad primärvård totalt (exkl. läkemedel), kr/inv
N71020	Nettokostnad barnhälsovård i primärvård (exkl. läkemedel), kr/inv
N71021	Nettokostnad mödrahälsovård i primärvård (exkl. läkemedel), kr/inv
N71029	Regionens köp av primärvård totalt, andel (%)
N71031	Regionens köp av primärvård från ideella föreningar och stiftelser, andel (%)
N71200	Tillsvidareanställda månadsavlönade inom primärvård, region, andel (%)
N71201	Visstidsanställda månadsavlönade inom primärvård, andel (%)
N71202	Visstidsanställda timavlönade inom primärvård, region, andel (%)
N71203	Månadsavlönade inom spec somatisk vård, region, antal
N71204	Arbetad tid utförd av visstidsanställda månadsavlönade inom primärvård, andel (%)
N71205	Arbetad tid utförd av visstidsanställda timavlönade inom primärvård, andel (%)
N71206	Heltidsanställda månadsavlönade inom primärvård, andel (%)
N71207	Deltidsanställda (75-99 %) månadsavlönade inom primärvård, andel (%)
N71208	Deltidsanställda (1-74 %) månadsavlönade inom primärvård, andel (%)
N71209	Heltidsarbetande månadsavlönade inom primärvård, andel (%)
N71210	Deltidsarbetande (75-99 %) månadsavlönade inom primärvård, andel (%)
N71211	Deltidsarbetande (1-74 %) månadsavlönade inom primärvård, andel (%)
N71212	Anställda -34 år inom primärvård, andel (%)
N71213	Anställda 35-54 år inom primärvård, andel (%)
N71214	Anställda 55+ inom primärvård, andel (%)
N71217	Utrikes födda, anställda inom primärvård, balanstal
N71218	Anställda 55-64 år inom primärvård, andel (%)
N71219	Anställda 65+ inom primärvård, andel (%)
N71800	Rökare vid inskrivning till mödrahälsovård i graviditetsvecka 8-12, andel (%)
N71807	Läkarbesök primärvård, antal/1000 inv
N71808	Läkarbesök primärvård, egen produktion (exkl mvc/bvc), antal/1000 inv
N71809	Läkarbesök primärvård, annan vårdgivare (exkl mvc/bvc), antal/1000 inv
N71810	Andra besök än läkarbesök primärvård (exkl mvc/bvc), antal/1000 inv
N71811	Andra besök än läkarbesök primärvård, antal/1000 inv
N71812	Andra besök än läkarbesök, primärvård (exkl mvc/bvc) egen produktion, antal/1000 inv
N71813	Andra besök än läkarbesök, primärvård egen produktion/1000 inv
N71814	Andra besök än läkarbesök, primärvård (exkl mvc/bvc) annan vårdgivare/1000 inv
N71815	Andra besök än läkarbesök, primärvård annan vårdgivare/1000 inv
N71816	Disponibla vårdplatser sluten primärvård i regionen, antal/1000 inv
N71898	Medarbetarengagemang (HME) primärvård - svarsfrekvens, andel (%)
N72000	Kostnad för specialiserad somatisk vård (exkl. läkemedel), kr/inv
N72002	Regionens köp av specialiserad somatisk vård från privata företag/vårdgivare som andel av nettokostnad, (%)
N72003	Månadsavlönad personal, regionanställda inom spec somatisk vård, antal
N72004	Nettokostnad specialiserad somatisk dagsjukvård (exkl. läkemedel), kr/inv
N72005	Nettokostnad specialiserad somatisk mottagningsverksamhet (exkl. läkemedel), kr/inv
N72006	Nettokostnad specialiserad somatisk slutenvård (exkl. läkemedel), kr/inv
N72007	Nettokostnad specialiserad somatisk vård totalt (exkl. somatisk hemsjukvård och läkemedel), kr/inv
N72008	Årsarbetare inom spec somatisk vård, region, antal
N72009	Nettokostnad specialiserad somatisk vård totalt (exkl. läkemedel), kr/inv
N72010	Nettokostnad för läkemedel inom läkemedelsförmånen, specialiserad somatisk vård, kr/inv
N72012	Regionens köp av specialiserad somatisk vård totalt, andel (%)
N72016	Tillsvidareanställda månadsavlönade inom specialiserad somatisk vård, region, andel (%)
N72017	Visstidsanställda månadsavlönade inom specialiserad somatisk vård, andel (%)
N72018	Visstidsanställda timavlönade inom specialiserad somatisk vård, region, andel (%)
N72019	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom specialiserad somatisk vård, andel (%)
N72020	Arbetad tid utförd av visstidsanställda månadsavlönade inom specialiserad somatisk vård, andel (%)
N72021	Arbetad tid utförd av visstidsanställda timavlönade inom specialiserad somatisk vård, andel (%)
N72022	Heltidsanställda månadsavlönade inom specialiserad somatisk vård, andel (%)
N72023	Deltidsanställda (75-99 %) månadsavlönade inom specialiserad somatisk vård, andel (%)
N72024	Deltidsanställda (1-74 %) månadsavlönade inom specialiserad somatisk vård, andel (%)
N72025	Heltidsarbetande månadsavlönade inom specialiserad somatisk vård, andel (%)
N72026	Deltidsarbetande (75-99 %) månadsavlönade inom specialiserad somatisk vård, andel (%)
N72027	Deltidsarbetande (1-74 %) månadsavlönade inom specialiserad somatisk vård, andel (%)
N72028	Anställda -34 år inom specialiserad somatisk vård, andel (%)
N72029	Anställda 35-54 år inom specialiserad somatisk vård, andel (%)
N72030	Anställda 55+ inom specialiserad somatisk vård, andel (%)
N72033	Utrikes födda, anställda inom specialiserad somatisk vård, balanstal
N72034	Regionens köp av specialiserad somatisk vård från ideella föreningar och stiftelser, andel (%)
N72035	Regionens köp av specialiserad somatisk vård från regioner, andel (%)
N72036	Regionens köp av specialiserad somatisk vård från bolag inom koncernen, andel (%)
N72042	Anställda 55-64 år inom specialiserad somatisk vård, andel (%)
N72043	Anställda 65+ inom specialiserad somatisk vård, andel (%)
N72409	Avlidna på sjukhus, andel (%)
N72455	Avlidna inom 28 dagar efter hjärtinfarkt, antal
N72461	Avlidna inom 3 månader efter stroke, antal/10 000 inv
N72802	Vårdtillfällen i specialiserad somatisk slutenvård, antal/100 000 inv
N72803	Läkarbesök specialiserad somatisk vård, antal/1000 inv
N72804	Läkarbesök spec somatisk vård annan vårdgivare, antal/1000 inv
N72805	Läkarbesök specialiserad somatisk vård egen prod, antal/1000 inv
N72806	Andra besök än läkarbesök specialiserad somatisk vård egen prod, antal/1000 inv
N72807	Andra besök än läkarbesök specialiserad somatisk vård annan vårdgivare, antal/1000 inv
N72808	Andra besök än läkarbesök specialiserad somatisk vård, antal/1000 inv
N72809	Andra besök än läkarbesök mödrahälsovård, antal/1000 inv
N72810	Andra besök än läkarbesök barnhälsovård, antal/1000 inv
N72811	Andra besök än läkarbesök, mödrahälsovård egen produktion, antal/1000 inv
N72812	Andra besök än läkarbesök, barnhälsovård egen produktion, antal/1000 inv
N72813	Andra besök än läkarbesök, mödrahälsovård annan vårdgivare/1000 inv
N72814	Andra besök än läkarbesök, barnhälsovård annan vårdgivare/1000 inv
N72815	Dagsjukvårdsbesök somatisk vård, antal/1000 inv
N72816	Disponibla vårdplatser i specialiserad somatisk vård i regionen, antal/1000 inv
N72817	Disponibla vårdplatser medicinsk korttidsvård i regionen, antal/1000 inv
N72818	Disponibla vårdplatser kirurgisk korttidsvård i regionen, antal/1000 inv
N72819	Disponibla vårdplatser ofördelad korttidsvård i regionen, antal/1000 inv
N72820	Disponibla vårdplatser geriatrisk vård i regionen, antal/1000 inv
N72821	Disponibla vårdplatser övrig specialiserad somatisk vård i regionen, antal/1000 inv
N72826	Beläggningsgrad för disponibla vårdplatser, andel (%)
N72827	Operationer - hysterektomi, ålderstandardiserade värden, antal/100 000 kvinnor
N72828	Medelvårdtid vid hysterektomi, antal dagar
N72829	Operationer - Framfall, ålderstandardiserade värden, antal/100 000 kvinnor
N72830	Operationer - Urininkontinens, ålderstandardiserade värden, antal/100 000 kvinnor
N72831	Operationer - Skrapning, ålderstandardiserade värden, antal/100 000 kvinnor
N72832	Operationer - Artroskopi i knäled, ålderstandardiserade värden, antal/100 000 invånare
N72833	Operationer - Knäprotes, ålderstandardiserade värden, antal/100 000 invånare
N72834	Medelvårdtider vid knäprotesoperationer, antal dagar
N72835	Operationer - Höftprotes, ålderstandardiserade värden, antal/100 000 invånare
N72836	Medelvårdtider vid höftprotesoperationer, antal dagar
N72837	Vårdtillfällen vid höftfraktur, ålderstandardiserade värden, antal/100 000 invånare
N72839	Vårdtillfällen vid hjärtsvikt, ålderstandardiserade värden, antal/100 000 invånare
N72840	Vårddagar vid hjärtsvikt, antal/patient
N72841	Medelvårdtid vid hjärtsvikt, antal dagar
N72842	Vårdtillfällen vid hjärtarytmi och överledningsstörningar, ålderstandardiserade värden, antal/100 000 invånare
N72843	Vårddagar vid hjärtarytmi och överledningsstörningar, antal/patient
N72844	Medelvårdtid vid hjärtarytmi och överledningsstörningar, antal dagar
N72846	Vårddagar vid kärlkramp, antal/patient
N72847	Medelvårdtid vid kärlkramp, antal vårddagar
N72848	Operationer - planerad PCI vid kranskärlsförträngning, ålderstandardiserade värden, antal/100 000 inv
N72849	Vårddagar vid planerad PCI vid kranskärlsförträngning, antal/patient
N72850	Medelvårdtid vid planerad PCI vid kranskärlsförträngning, antal dagar
N72851	Operationer - Kranskärl, ålderstandardiserade värden, antal/100 000 invånare
N72852	Operationer - pacemakerimplantat, ålderstandardiserade värden, antal/100 000 invånare
N72853	Medelvårdtid vid stroke, antal dagar
N72855	Operationer - Prostataförstoring, antal/100 000 män, ålderstandardiserade värden
N72856	Operationer - Ljumskbråck, antal/100 000 invånare, ålderstandardiserade värden
N72857	Operationer - Kolecystektomi, antal/100 000 invånare, ålderstandardiserade värden
N72858	Operationer - Septumplastik, antal/100 000 invånare, ålderstandardiserade värden
N72859	Operationer - Tonsillektomi, antal/100 000 invånare, ålderstandardiserade värden
N72864	Disponibla vårdplatser i specialiserad somatisk vård i regionen, offentlig regi, antal/1000 inv
N72865	Disponibla vårdplatser i specialiserad somatisk vård i regionen, övrig regi, antal/1000 inv
N72998	Medarbetarengagemang (HME) specialiserad somatisk vård - svarsfrekvens, andel (%)
N74000	Kostnad för specialiserad psykiatrisk vård (exkl. läkemedel), kr/inv
N74001	Regionens köp av specialiserad psykiatrisk vård från privata företag/vårdgivare som andel av nettokostnad, (%)
N74002	Månadsavlönade inom spec psykiatrisk vård, region, antal
N74003	Nettokostnad specialiserad psykiatrisk mottagningsverksamhet (exkl. läkemedel), kr/inv
N74004	Nettokostnad specialiserad psykiatrisk slutenvård (exkl. läkemedel), kr/inv
N74005	Nettokostnad specialiserad psykiatrisk dagsjukvård (exkl. läkemedel), kr/inv
N74006	Nettokostnad specialiserad psykiatrisk vård totalt (exkl. psykiatrisk hemsjukvård och läkemedel), kr/inv
N74007	Årsarbetare inom spec psykiatrisk vård, region, antal
N74008	Nettokostnad specialiserad psykiatrisk vård totalt (exkl. läkemedel), kr/inv
N74010	Nettokostnad för läkemedel inom läkemedelsförmånen, specialiserad psykiatrisk vård, kr/inv
N74012	Regionens köp av specialiserad psykiatrisk vård totalt, andel (%)
N74013	Tillsvidareanställda månadsavlönade inom specialiserad psykiatrisk vård, region, andel (%)
N74014	Visstidsanställda månadsavlönade inom specialiserad psykiatrisk vård, andel (%)
N74015	Visstidsanställda timavlönade inom specialiserad psykiatrisk vård, region, andel (%)
N74016	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom specialiserad psykiatrisk vård, andel (%)
N74017	Arbetad tid utförd av visstidsanställda månadsavlönade inom specialiserad psykiatrisk vård, andel (%)
N74018	Arbetad tid utförd av visstidsanställda timavlönade inom specialiserad psykiatrisk vård, andel (%)
N74019	Heltidsanställda månadsavlönade inom specialiserad psykiatrisk vård, andel (%)
N74020	Deltidsanställda (75-99 %) månadsavlönade inom specialiserad psykiatrisk vård, andel (%)
N74021	Deltidsanställda (1-74 %) månadsavlönade inom specialiserad psykiatrisk vård, andel (%)
N74022	Heltidsarbetande månadsavlönade inom specialiserad psykiatrisk vård, andel (%)
N74023	Deltidsarbetande (75-99 %) månadsavlönade inom specialiserad psykiatrisk vård, andel (%)
N74024	Deltidsarbetande (1-74 %) månadsavlönade inom specialiserad psykiatrisk vård, andel (%)
N74025	Anställda -34 år inom specialiserad psykiatrisk vård, andel (%)
N74026	Anställda 35-54 år inom specialiserad psykiatrisk vård, andel (%)
N74027	Anställda 55+ inom specialiserad psykiatrisk vård, andel (%)
N74030	Utrikes födda, anställda inom specialiserad psykiatrisk vård, balanstal
N74031	Regionens köp av psykiatrisk vård från ideella föreningar och stiftelser, andel (%)
N74032	Regionens köp av specialiserad psykiatrisk vård från regioner, andel (%)
N74033	Regionens köp av specialiserad psykiatrisk vård från koncernen, andel (%)
N74036	Anställda 55-64 år inom specialiserad psykiatrisk vård, andel (%)
N74037	Anställda 65+ inom specialiserad psykiatrisk vård, andel (%)
N74802	Vårdtillfällen i specialiserad psykiatrisk slutenvård, antal/100 000 inv
N74803	Läkarbesök specialiserad psykiatrisk vård, antal/1000 inv
N74804	Läkarbesök spec psykiatrisk vård annan vårdgivare, antal/1000 inv
N74805	Läkarbesök specialiserad psykiatrisk vård egen prod, antal/1000 inv
N74806	Andra besök än läkarbesök specialiserad psykiatrisk vård egen prod, antal/1000 inv
N74807	Andra besök än läkarbesök specialiserad psykiatrisk vård annan vårdgivare, antal/1000 inv
N74808	Andra besök än läkarbesök specialiserad psykiatrisk vård, antal/1000 inv
N74809	Dagsjukvårdsbesök psykiatrisk vård, antal/1000 inv
N74810	Disponibla vårdplatser specialiserad psykiatrisk vård i regionen, antal/1000 inv
N74814	Vårdtillfällen vid schizofreni, ålderstandardiserade värden, antal/100 000 invånare
N74815	Disponibla vårdplatser allmän psykiatri i regionen, antal/1000 inv
N74816	Disponibla vårdplatser barn- och ungdomspsykiatri i regionen, antal/1000 inv
N74817	Disponibla vårdplatser rättspsykiatri i regionen, antal/1000 inv
N74821	Dagsjukvårdsbesök, andra besök än läkarbesök i psykiatrisk vård, annan vårdgivare, antal/1000 inv
N74822	Dagsjukvårdsbesök, andra besök än läkarbesök i psykiatrisk vård, egen produktion, antal/1000 inv
N74823	Dagsjukvårdsbesök, andra besök än läkarbesök, somatisk vård, annan vårdgivare, antal/1000 inv
N74824	Dagsjukvårdsbesök, andra besök än läkarbesök, somatisk vård, egen produktion, antal/1000 inv
N74825	Dagsjukvårdsbesök, läkarbesök psykiatrisk vård, annan vårdgivare, antal/1000 inv
N74826	Dagsjukvårdsbesök, läkarbesök psykiatrisk vård, egen produktion, antal/1000 inv
N74827	Dagsjukvårdsbesök, läkarbesök somatisk vård, annan vårdgivare, antal/1000 inv
N74828	Dagsjukvårdsbesök, läkarbesök somatisk vård, egen produktion, antal/1000 inv
N74829	Dagsjukvårdsbesök, andra besök än läkarbesök, antal/1000 inv
N74830	Dagsjukvårdsbesök, läkarbesök hälso- och sjukvård (exkl mvc/bvc), antal/1000 inv
N74831	Dagsjukvårdsbesök, andra besök än läkarbesök i psykiatrisk vård, antal/1000 inv
N74832	Dagsjukvårdsbesök, andra besök än läkarbesök, somatisk vård, antal/1000 inv
N74833	Dagsjukvårdsbesök, läkarbesök psykiatrisk vård, antal/1000 inv
N74834	Dagsjukvårdsbesök, läkarbesök somatisk vård, antal/1000 inv
N74898	Medarbetarengagemang (HME) specialiserad psykiatrisk vård - svarsfrekvens, andel (%)
N74900	Invånare 0-24 år som vårdats i slutenvård med psykiatrisk diagnos, antal/100 000
N76000	Nettokostnad all hemsjukvård (exkl. läkemedel), kr/inv
N76001	Nettokostnad primärvårdsansluten hemsjukvård (exkl. läkemedel), kr/inv
N76002	Nettokostnad specialiserad psykiatrisk hemsjukvård (exkl. läkemedel), kr/inv
N76003	Nettokostnad specialiserad somatisk hemsjukvård (exkl. läkemedel), kr/inv
N78110	Patientupplevd kvalitet avseende vård och behandling, hälso- och vårdcentral, medelvärde
N78111	Patientupplevd kvalitet avseende delaktighet, hälso- och vårdcentral, medelvärde
N78112	Patientupplevd kvalitet avseende bemötande, hälso- och vårdcentral, medelvärde
N78113	Patientupplevd kvalitet avseende kontinuitet, hälso- och vårdcentral, medelvärde
N78114	Patientupplevd kvalitet avseende information, hälso- och vårdcentral, medelvärde
N78115	Patientupplevd kvalitet avseende tillgänglighet, hälso- och vårdcentral, medelvärde
N78116	Patientupplevd kvalitet på hälso- och vårdcentral, svarsfrekvens, andel (%)
N79000	Kostnad för övrig hälso- och sjukvård totalt, kr/inv
N79001	Månadsavlönade inom övrig hälso och sjukvård, region, antal
N79002	Nettokostnad ambulans- och sjuktransporter, kr/inv
N79003	Nettokostnad folkhälsofrågor, kr/inv
N79004	Nettokostnad FoU avseende hälso- och sjukvård, kr/inv
N79005	Nettokostnad handikapps-/hjälpverksamhet, kr/inv
N79006	Nettokostnad sjukresor, kr/inv
N79007	Nettokostnad social verksamhet, kr/inv
N79008	Nettokostnad övrig hälso- och sjukvård totalt (exkl. läkemedel), kr/inv
N79009	Nettokostnad övrigt inom övrig hälso- och sjukvård, kr/inv
N79010	Årsarbetare inom övrig hälso och sjukvård, region, antal
N79011	Regionens köp av övrig hälso- och sjukvård totalt, andel (%)
N79012	Nettokostnad för läkemedel inom läkemedelsförmånen, övrig hälso- och sjukvård, kr/inv
N79013	Regionens köp av övrig hälso- och sjukvård från privata företag/vårdgivare, andel (%)
N79014	Regionens köp av övrig hälso- och sjukvård från ideella föreningar och stiftelser, andel (%)
N79015	Regionens köp av övrig hälso- och sjukvård från regioner, andel (%)
N79016	Regionens köp av övrig hälso- och sjukvård från regionägda företag i egen kommunkoncern, andel (%)
N79169	Täckningsgrad för gynekologisk cellprovskontroll, andel (%) (-2023)
N79171	Positivt helhetsintryck hos patienter som besökt en akutmottagning, index
N79172	Förekomst av diabetes typ 2, andel (%)
N79173	Medicinsk bedömning inom tre dagar i primärvård, andel (%)
N79174	Positivt helhetsintryck hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)
N79175	Tio eller fler läkemedel samtidigt hos äldre, andel (%)
N79176	Vårdplatser belagda av utskrivningsklara patienter, andel (%)
N79178	Positivt helhetsintryck hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index
N79179	Telefonsamtal till primärvården som besvarats samma dag, andel (%)
N79180	Patienter med sjukhusförvärvade trycksår, andel (%) (-2023)
N79181	Användning av WHO:s checklista för säker operation, andel (%)
N79184	Patienter som är ADL-beroende eller avlider 90 dagar efter stroke, andel (%)
N79187	Patienter med stroke som vid akut insjuknande direkt vårdas på strokeenhet eller IVA, andel (%)
N79189	Patienter med diabetes med blodsocker högre än HbA1c > 70 mmol/mol, primärvård, andel (%)
N79190	Sjukvårdsrelaterad åtgärdbar dödlighet (treårsmedelvärde) enligt EUROSTAT/OECD, antal/100 000 invånare
N79191	Hälsopolitiskt åtgärdbar dödlighet enligt EUROSTAT/OECD, antal/ 100 000 invånare (-2023)
N79196	Överlevnad vid cancersjukdom – flera cancerformer, andel (%)
N79198	Patienter som genomgått standardiserade vårdförlopp inom den angivna ledtiden (cancervård), andel (%)
N79221	Väntande högst 90 dagar till första kontakt i specialiserad vård, andel (%)
N79222	Genomförd första kontakt inom högst 90 dagar i specialiserad vård, andel (%)
N79223	Väntande högst 90 dagar på operation/åtgärd i specialiserad vård, andel (%)
N79224	Genomförd operation/åtgärd inom högst 90 dagar i specialiserad vård, andel (%)
N79240	Väntetid för väntande till första kontakt i specialiserad vård, antal dagar (median)
N79241	Väntetid för första kontakt i specialiserad vård,  av genomförda besök, antal dagar (median)
N79242	Väntetid för väntande på operation/åtgärd i specialiserad vård, antal dagar (median)
N79243	Väntetid för operation/åtgärd i specialiserad vård, av genomförda besök, antal dagar (median)
N79500	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index
N79501	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index
N79502	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index
N79503	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index
N79504	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index
N79505	Patientupplevd kvalitet avseende tillgänglighet hos patienter som utreds inom standardiserat vårdförlopp i cancervårdenn, index
N79506	Patientupplevd kvalitet hos patienter som utreds inom standardiserat vårdförlopp i cancervården - svarsfrekvens (%)
N79507	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)
N79508	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)
N79509	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index (-2023)
N79510	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)
N79511	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)
N79512	Patientupplevd kvalitet avseende tillgänglighet hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)
N79513	Patientupplevd kvalitet  hos patienter som besökt en öppenvårdsmottagning på sjukhus - svarsfrekvens (%) (-2023)
N79514	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som besökt en akutmottagning, index
N79515	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som besökt en akutmottagning, index
N79516	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som besökt en akutmottagning, index
N79517	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som besökt en akutmottagning, index
N79518	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som besökt en akutmottagning, index
N79519	Patientupplevd kvalitet avseende tillgänglighet hos patienter som besökt en akutmottagning, index
N79520	Patientupplevd kvalitet hos patienter som besökt en akutmottagning, svarsfrekvens (%)
N79521	Positivt helhetsintryck hos patienter inom sluten specialiserad sjukhusvård, index
N79522	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index
N79523	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index
N79524	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index
N79525	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index
N79526	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index
N79527	Patientupplevd kvalitet avseende tillgänglighet hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index
N79528	Patientupplevd kvalitet hos patienter som har besökt en slutenvårdsmottagning på sjukhus, svarsfrekvens (%)
N79529	Positivt helhetsintryck hos patienter som har besökt sluten vuxenpsykiatri, index
N79530	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som har besökt sluten vuxenpsykiatri, index
N79531	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som har besökt sluten vuxenpsykiatri, index
N79532	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som har besökt sluten vuxenpsykiatri, index
N79533	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som har besökt sluten vuxenpsykiatri, index
N79534	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som har besökt sluten vuxenpsykiatri, index
N79535	Patientupplevd kvalitet avseende tillgänglighet hos patienter som har besökt sluten vuxenpsykiatri, index
N79536	Patientupplevd kvalitet hos patienter som har besökt sluten vuxenpsykiatri, Svarsfrekvens (%)
N79537	Positivt helhetsintryck hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index
N79538	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index
N79539	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index
N79540	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index
N79541	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index
N79542	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index
N79543	Patientupplevd kvalitet avseende tillgänglighet hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index
N79544	Patientupplevd kvalitet hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, svarsfrekvens (%)
N79545	Patientupplevd kvalitet hos patienter i primärvården, svarsfrekvens (%) (-2024)
N79700	Gånghjälpmedel som hanteras med båda armar/ rollatorer inköpta till regionens hjälpmedelscentral(er), antal
N79701	Personligt förskrivna gånghjälpmedel som hanteras av båda armar/ rollatorer lämnats ut av regionens hjälpmedelscentral(er), antal
N79702	Returer av gånghjälpmedel som hanteras av båda armar/rollatorer till regionens hjälpmedelscentral(er), antal
N79703	Manuella rullstolar/ manuella tvåhjulsdrivna rullstolar inköpta till regionens hjälpmedelscentral(er), antal
N79704	Personligt förskrivna manuella rullstolar/manuella tvåhjulsdrivna rullstolar som lämnats ut av regionens hjälpmedelscentral(er), antal
N79705	Returer av manuella rullstolar/manuella tvåhjulsdrivna rullstolar till regionens hjälpmedelscentral(er), antal
N79710	Gånghjälpmedel som hanteras med båda armar/ rollatorer inköpta till regionens hjälpmedelscentral(er), antal/10 000 invånare
N79711	Personligt förskrivna gånghjälpmedel som hanteras av båda armar/ rollatorer lämnats ut av regionens hjälpmedelscentral(er), antal/10 000 invånare
N79712	Returer av gånghjälpmedel som hanteras av båda armar/rollatorer till regionens hjälpmedelscentral(er), antal/10 000 invånare
N79713	Manuella rullstolar/ manuella tvåhjulsdrivna rullstolar inköpta till regionens hjälpmedelscentral(er), antal/10 000 invånare
N79714	Personligt förskrivna manuella rullstolar/manuella tvåhjulsdrivna rullstolar som lämnats ut av regionens hjälpmedelscentral(er), antal/10 000 invånare
N79715	Returer av manuella rullstolar/manuella tvåhjulsdrivna rullstolar till regionens hjälpmedelscentral(er), antal/10 000 invånare
N79720	Förskrivna tyngdtäcken, antal
N79721	Förskrivna ankelortoser, antal
N79722	Förskrivna knäortoser, antal
N79723	Förskrivna helbensortoser, antal
N79724	Förskrivna transtibiella proteser, antal
N79725	Förskrivna gåstativ, antal
N79726	Förskrivna rollatorer, antal
N79727	Förskrivna gåstolar, antal
N79728	Förskrivna gåbord, antal
N79729	Förskrivna manuella tvåhjulsdrivna rullstolar, antal
N79730	Förskrivna manuella vårdarmanövrerade rullstolar, antal
N79731	Förskrivna el-rullstolar, manuell styrning, antal
N79732	Förskrivna el-rullstolar, elektronisk styrning, antal
N79733	Förskrivna mobila lyftar slingsäten, antal
N79734	Förskrivna mobila lyftar stående, antal
N79735	Förskrivna stationära lyftar, antal
N79736	Förskrivna sängar och liknande, antal
N79737	Förskrivna stöd för sängar, antal
N79738	Förskrivna förstorande videosystem, antal
N79739	Förskrivna röstförstärkare, antal
N79740	Förskrivna ljudutrustning, antal
N79741	Förskrivna samtalsapparater, antal
N79742	Förskrivna programvara för närkommunikation, antal
N79743	Förskrivna ur och klockor, antal
N79745	Förskrivna läsmaskiner, antal
N79746	Förskrivna hörapparater, antal
N79747	Förskrivna kalendrar och tidtabeller, antal
N79800	Besök inom handikapp-/hjälpmedelsverksamheten, antal/1000 inv
N79898	Medarbetarengagemang (HME) övrig hälso- och sjukvård - svarsfrekvens, andel (%)
N80000	Kostnad för tandvård (inkl. läkemedel), kr/inv
N80001	Regionens köp av tandvård från privata företag/vårdgivare, andel (%)
N80002	Månadsavlönad personal, regionanställda tandhygienister, antal
N80003	Månadsavlönad personal, regionanställda tandläkare, antal
N80004	Månadsavlönad personal, regionanställda tandsköterskor, antal
N80005	Månadsavlönade inom tandvård, region, antal
N80006	Månadsavlönad personal, regionanställda tandvård övriga, antal
N80007	Nettokostnad tandvård (exkl. läkemedel), kr/inv
N80008	Årsarbetare, regionanställda tandhygienister, antal
N80009	Årsarbetare, regionanställda tandläkare, antal
N80010	Årsarbetare, regionanställda tandsköterskor, antal
N80011	Årsarbetare inom tandvård, region, antal
N80012	Årsarbetare, regionanställda tandvård övriga, antal
N80013	Nettokostnad för läkemedel inom läkemedelsförmånen, tandvård, kr/inv
N80014	Regionens köp av tandvård totalt, andel (%)
N80015	Tillsvidareanställda månadsavlönade inom tandvård, region, andel (%)
N80016	Visstidsanställda månadsavlönade inom tandvård, andel (%)
N80017	Visstidsanställda timavlönade inom tandvård, andel (%)
N80018	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom tandvård, andel (%)
N80019	Arbetad tid utförd av visstidsanställda månadsavlönade inom tandvård, andel (%)
N80020	Arbetad tid utförd av visstidsanställda timavlönade inom tandvård, andel (%)
N80021	Heltidsanställda månadsavlönade inom tandvård, andel (%)
N80022	Deltidsanställda (75-99 %) månadsavlönade inom tandvård, andel (%)
N80023	Deltidsanställda (1-74 %) månadsavlönade inom tandvård, andel (%)
N80024	Heltidsarbetande månadsavlönade inom tandvård, andel (%)
N80025	Deltidsarbetande (75-99 %) månadsavlönade inom tandvård, andel (%)
N80026	Deltidsarbetande (1-74 %) månadsavlönade inom tandvård, andel (%)
N80027	Anställda -34 år inom tandvård, andel (%)
N80028	Anställda 35-54 år inom tandvård, andel (%)
N80029	Anställda 55+ inom tandvård, andel (%)
N80032	Utrikes födda, anställda inom tandvård, balanstal
N80033	Regionens köp av tandvård från ideella föreningar och stiftelser, andel (%)
N80034	Köp av tandvård från regioner, andel (%)
N80035	Köp av tandvård från koncernen, andel (%)
N80036	Nettokostnad allmäntandvård vuxna (exkl. läkemedel), kr/vuxna invånare
N80037	Nettokostnad regionens tandvårdsstöd (exkl. läkemedel), kr/vuxna invånare
N80038	Nettokostnad allmäntandvård barn och unga (exkl. läkemedel), kr/barn och unga
N80039	Nettokostnad specialisttandvård (exkl. läkemedel), kr/inv
N80040	Nettokostnad allmäntandvård vuxna (exkl. läkemedel), kr/inv
N80041	Nettokostnad regionens tandvårdsstöd (exkl. läkemedel), kr/inv
N80042	Nettokostnad allmäntandvård barn och ungdomar (exkl. läkemedel), kr/inv
N80043	Nettokostnad tandvård, kr/inv
N80044	Anställda 55-64 år inom tandvård, andel (%)
N80045	Anställda 65+ inom tandvård, andel (%)
N80401	Kariesfria 3-åringar, andel (%)
N80402	Kariesfria 6-åringar, andel (%)
N80403	Kariesfria 12-åringar, andel (%)
N80404	Approximalt kariesfria 19-åringar, andel (%)
N80406	Kvarvarande tänder bland invånare 90+, median
N80407	Intakta tänder, median bland vuxna invånare
N80410	Patienter som fått en eller flera tänder utdragna på grund av karies, andel (%). (-2023)
N80411	Patienter som fått en eller flera tänder utdragna på grund av parodontit (tandlossning), andel (%). (-2023)
N80416	Sjukdomsbehandling vid karies, andel (%) (-2023)
N80417	Sjukdomsbehandling vid vid tandlossning (parodontit), andel (%) (-2023)
N80425	Kvarvarande tänder bland invånare 85-89 år, median
N80426	Senaste tandvårdsbesöket i offentlig regi, andel (%)
N80427	Senaste tandvårdsbesöket i privat regi, andel (%)
N80700	Personer som besökt vuxentandvården senaste tvåårsperioden, andel (%)
N80701	Personer som fått en undersökning inom vuxentandvården utförd senaste tvåårsperioden, andel (%)
N80702	Patienter allmäntandvård vuxna i offentlig regi, antal/vuxna invånare
N80703	Patienter allmäntandvård barn och ungdomar totalt, antal/barn och unga
N80704	Patienter allmäntandvård barn i offentlig regi, andel (%)
N80705	Patienter allmäntandvård barn i privat regi, andel (%)
N80706	Listade patienter allmäntandvård barn och unga totalt, andel (%)
N80707	Listade patienter allmäntandvård barn och ungdomar, offentlig regi, andel (%)
N80708	Listade patienter allmäntandvård barn och ungdomar i privat regi, andel (%)
N80709	Patienter specialisttandvård i offentlig regi, antal/inv
N80710	Patienter med regionens tandvårdsstöd - led i sjukdomsbehandling, antal/1000 vuxna invånare
N80711	Patienter regionens tandvårdsstöd - led i sjukdomsbehandling i offentlig regi, andel (%)
N80712	Patienter regionens tandvårdsstöd - led i sjukdomsbehandling i privat regi, andel (%)
N80713	Patienter regionens tandvårdsstöd - uppsökta personer totalt, antal/1000 vuxna invånare
N80714	Patienter regionens tandvårdsstöd - uppsökta personer i offentlig regi, andel (%)
N80715	Patienter regionens tandvårdsstöd - uppsökta personer i privat regi, andel (%)
N80716	Patienter regionens tandvårdsstöd - nödvändig tandvård totalt, antal/1000 vuxna invånare
N80717	Patienter regionens tandvårdsstöd - nödvändig tandvård i offentlig regi, andel (%)
N80718	Patienter regionens tandvårdsstöd - nödvändig tandvård i privat regi, andel (%)
N80719	Patienter regionens tandvårdsstöd - långvarig sjukdom totalt, antal/1000 vuxna invånare
N80720	Patienter regionens tandvårdsstöd - långvarig sjukdom i offentlig regi, andel (%)
N80721	Patienter regionens tandvårdsstöd - långvarig sjukdom i privat regi, andel (%)
N80722	Besök i tandvården av vuxna patienter totalt, antal/vuxna invånare
N80898	Medarbetarengagemang (HME) tandvård - svarsfrekvens, andel (%)
N85000	Kostnad för regional utveckling totalt, kr/inv
N85001	Månadsavlönade inom kultur, turism och frilutfsliv, region, antal
N85002	Månadsavlönade inom utbildning och kultur, region, antal
N85003	Nettokostnad allmän regional utveckling, kr/inv
N85004	Nettokostnad kulturverksamhet, kr/inv
N85005	Nettokostnad politisk verksamhet avseende regional utveckling, kr/inv
N85007	Nettokostnad trafik och infrastruktur, kr/inv
N85008	Nettokostnad utbildning region, kr/inv
N85009	Årsarbetare inom kultur, turism och friluftsliv, region, antal
N85010	Årsarbetare inom utbildning och kultur, region, antal
N85011	Kostnad utbildning region, kr/inv
N85012	Nettokostnad regional utveckling totalt, kr/inv
N85014	Kostnad kulturverksamhet, kr/inv
N85016	Nettokostnad teater- och musikverksamhet, kr/inv
N85017	Kostnad allmän regional utveckling, kr/inv
N85018	Nettokostnad museieverksamhet, kr/inv
N85019	Nettokostnad övrig kulturverksamhet, kr/inv
N85020	Kostnad trafik och infrastruktur, kr/inv
N85021	Köp av utbildning region totalt, andel (%)
N85022	Köp av kulturverksamhet region totalt, andel (%)
N85023	Regionens köp av trafik och infrastruktur totalt, andel (%)
N85024	Köp av allmän regional utveckling totalt, andel (%)
N85025	Köp av politisk verksamhet avseende regional utveckling totalt, andel (%)
N85026	Regionens köp av trafik och infrastruktur från privata företag, andel (%)
N85029	Nettokostnad infrastruktur, kr/inv
N85030	Nettokostnad färdtjänst, kr/inv
N85040	Marint skyddad havsareal, andel (%)
N85041	Marint skyddad havsareal, antal hektar
N85042	Vattenanvändning totalt, senaste mätning, kbm/inv
N85043	Vattenanvändning, hushåll, senaste mätning, kbm/inv
N85044	Vattenanvändning jordbruk, senaste mätning, kbm/inv
N85045	Vattenanvändning industri, senaste mätning, kbm/inv
N85046	Vattenanvändning övrig användning, senaste mätning, kbm/inv
N85047	Utsläpp till luft av kväveoxider (NOx), totalt, kg/inv
N85048	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom). kg/inv
N85049	Utsläpp till luft av kväveoxider (NOx), industri, kg/inv
N85050	Vattenförekomster med god status, andel (%)
N85051	Sjöar med god ekologisk status, andel (%)
N85052	Vattendrag med god ekologisk status, andel (%)
N85053	Grundvattenförekomster med god kemisk och kvantitativ status, andel (%)
N85054	Skyddad natur totalt, andel (%)
N85055	Skyddad natur land, andel (%)
N85056	Skyddad natur hav, andel (%)
N85057	Skyddad natur inlandsvatten, andel (%)
N85058	Utsläpp till luft av kväveoxider (NOx), transporter, kg/inv
N85059	Utsläpp till luft av kväveoxider (NOx), arbetsmaskiner, kg/inv
N85060	Utsläpp till luft av kväveoxider (NOx), jordbruk, kg/inv
N85061	Utsläpp till luft av Kväveoxider (NOx), egen uppvärmning, kg/inv
N85062	Utsläpp till luft av kväveoxider (NOx), el och fjärrvärme, kg/inv
N85063	Utsläpp till luft av kväveoxider (NOx), utrikes transporter, kg/inv
N85064	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), utrikes transporter, kg/inv
N85065	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), el och fjärrvärme, kg/inv
N85066	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), transporter, kg/inv
N85067	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), arbetsmaskiner, kg/inv
N85068	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), industi, kg/inv
N85070	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), jordbruk, kg/inv
N85071	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), egen uppvärmning, kg/inv
N85072	Utsläpp till luft av växthusgaser, egen uppvärmning, ton CO2e/inv
N85073	Utsläpp till luft av växthusgaser, transporter, ton CO2e/inv
N85075	Utsläpp till luft av växthusgaser, arbetsmaskiner, ton CO2e/inv
N85076	Utsläpp till luft av växthusgaser, el och fjärrvärme, ton CO2e/inv
N85077	Utsläpp till luft av växthusgaser, industri, ton CO2e/inv
N85078	Utsläpp till luft av växthusgaser, jordbruk, ton CO2e/inv
N85084	Medelavstånd till skyddad natur, km
N85085	Företagens utgifter för egen FoU, kr/inv
N85086	Offentliga sektorns utgifter för FoU, kr/inv
N85087	Universitets- och högskolesektorns utgifter för FoU, kr/inv
N85089	Kustvatten med god ekologisk status, andel (%)
N85369	Subjektivt välbefinnande - Regionindex
N85370	Subjektivt välbefinnande - Regionindex Kvinnor
N85371	Subjektivt välbefinnande - Regionindex Män
N85500	Utsläpp till luft av ammoniak (NH3), totalt, kg
N85501	Utsläpp till luft av ammoniak (NH3), totalt, kg/inv
N85502	Utsläpp till luft av ammoniak (NH3), el och fjärrvärme, kg/inv
N85503	Utsläpp till luft av ammoniak (NH3), egen uppvärmning, kg/inv
N85504	Utsläpp till luft av ammoniak (NH3), utrikes transporter, kg/inv
N85505	Utsläpp till luft av ammoniak (NH3), industri, kg/inv
N85506	Utsläpp till luft av ammoniak (NH3), jordbruk, kg/inv
N85507	Utsläpp till luft av ammoniak (NH3), arbetsmaskiner, kg/inv
N85508	Utsläpp till luft av ammoniak (NH3), transporter, kg/inv
N85509	Utsläpp till luft av ammoniak (NH3), avfall, kg/inv
N85510	Utsläpp till luft av ammoniak (NH3), el och fjärrvärme, kg
N85511	Utsläpp till luft av ammoniak (NH3), egen uppvärmning, kg
N85512	Utsläpp till luft av ammoniak (NH3), utrikes transporter, kg
N85513	Utsläpp till luft av ammoniak (NH3), industri, kg
N85514	Utsläpp till luft av ammoniak (NH3), jordbruk, kg
N85515	Utsläpp till luft av ammoniak (NH3), arbetsmaskiner, kg
N85516	Utsläpp till luft av ammoniak (NH3), transporter, kg
N85517	Utsläpp till luft av ammoniak (NH3), avfall, kg
N85518	Utsläpp till luft av Kväveoxider (NOx), Industri, kg
N85519	Utsläpp till luft av Kväveoxider (NOx), Transporter, kg
N85520	Utsläpp till luft av Kväveoxider (NOx), Arbetsmaskiner, kg
N85521	Utsläpp till luft av Kväveoxider (NOx), Jordbruk, kg
N85522	Utsläpp till luft av Kväveoxider (NOx), Egen uppvärmning, kg
N85523	Utsläpp till luft av Kväveoxider (NOx), El och fjärrvärme, kg
N85524	Utsläpp till luft av Kväveoxider (NOx), Utrikes transporter, kg
N85525	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), utrikes transporter, kg
N85526	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), el och fjärrvärme, kg
N85527	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), transporter, kg
N85528	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), arbetsmaskiner, kg
N85529	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), industi, kg
N85530	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), jordbruk, kg
N85531	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), egen uppvärmning, kg
N85532	Utsläpp till luft av växthusgaser, egen uppvärmning, ton CO2e
N85533	Utsläpp till luft av växthusgaser, transporter, ton CO2e
N85535	Utsläpp till luft av växthusgaser, arbetsmaskiner, ton CO2e
N85536	Utsläpp till luft av växthusgaser, el och fjärrvärme, ton CO2e
N85537	Utsläpp till luft av växthusgaser, industri, ton CO2e
N85538	Utsläpp till luft av växthusgaser, jordbruk, ton CO2e
N85540	Utsläpp till luft av växthusgaser, produktanvändning (inklusive lösningsmedel), ton CO2e
N85541	Utsläpp till luft av växthusgaser, produktanvändning (inklusive lösningsmedel), ton CO2e/inv
N85542	Utsläpp till luft av växthusgaser, avfall (inklusive avlopp), ton CO2e
N85543	Utsläpp till luft av växthusgaser, avfall (inklusive avlopp), ton CO2e/inv
N85544	Utsläpp till luft av ammoniak (NH3), produktanvändning (inkl. lösningsmedel), kg
N85545	Utsläpp till luft av ammoniak (NH3), produktanvändning (inkl. lösningsmedel), kg/inv
N85546	Utsläpp till luft av kväveoxider (NOx), produktanvändning (inkl. lösningsmedel), kg
N85547	Utsläpp till luft av kväveoxider (NOx), produktanvändning (inkl. lösningsmedel), kg/inv
N85548	Utsläpp till luft av kväveoxider (NOx), avfall (inkl. avlopp), kg
N85549	Utsläpp till luft av kväveoxider (NOx), avfall (inkl. avlopp), kg/inv
N85550	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), produktanvändning (inkl. lösningsmedel), kg
N85551	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), produktanvändning (inkl. lösningsmedel), kg/inv
N85552	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), avfall (inkl. avlopp), kg
N85553	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), avfall (inkl. avlopp), kg/inv
N85898	Medarbetarengagemang (HME) regional utveckling - svarsfrekvens, andel (%)
N90001	Domänens IT-hälsa, total poäng (-2025)
N90002	Bredbandskollen, genomsnittligt mätresultat, nedströms, webb, Mbit/s
N90003	Bredbandskollen, genomsnittligt mätresultat, uppströms, webb, Mbit/s
N90004	Bredbandskollen, genomsnittligt mätresultat, nedströms, mobil, Mbit/s
N90005	Bredbandskollen, genomsnittligt mätresultat, uppströms, mobil, Mbit/s
N90006	Bredbandskollen, mätningar, webb, antal per invånare
N90007	Bredbandskollen, mätningar, mobil, antal per invånare
U00200	Medarbetarengagemang (HME) totalt kommunen - Totalindex
U00201	Medarbetarengagemang (HME) totalt kommunen - Motivationsindex
U00202	Medarbetarengagemang (HME) totalt kommunen - Ledarskapsindex
U00203	Medarbetarengagemang (HME) totalt kommunen - Styrningsindex
U00204	Medarbetarengagemang (HME) totalt kommunen - Ledarskapsindex, senaste mätning på tre år
U00205	Medarbetarengagemang (HME) totalt kommunen - Motivationsindex, senaste mätning på tre år
U00206	Medarbetarengagemang (HME) totalt kommunen - Styrningsindex, senaste mätning på tre år
U00207	Medarbetarengagemang (HME) totalt kommunen - Totalindex, senaste mätning på tre år
U00300	HME kommunen totalt, index för påståendet Mitt arbete känns meningsfullt.
U00301	HME kommunen totalt, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U00302	HME kommunen totalt, index för påståendet Jag ser fram emot att gå till arbetet.
U00303	HME kommunen totalt, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U00304	HME kommunen totalt, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U00305	HME kommunen totalt, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U00306	HME kommunen totalt, index för påståendet Jag är insatt i min arbetsplats mål.
U00307	HME kommunen totalt, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U00308	HME kommunen totalt, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U00454	Delaktighetsindex, andel (%) av maxpoäng
U00487	Avvikelse från modellberäknat värde för sjukhusvårdade till följd av oavsiktliga skador (olyckor), (Färre än=2, lika många=1,  fler än=0)
U00488	Avvikelse från modellberäknat värde för utvecklade bränder i byggnad, (Färre än=2, lika många=1, fler än=0) (-2023)
U00489	Avvikelse från modellberäknat värde för anmälda våldsbrott, (Färre än=2, lika många=1, fler än=0)
U00490	Avvikelse från modellberäknat värde för anmälda stöld- och tillgreppsbrott, (Färre än=2, lika många=1, fler än=0)
U00501	Fossiloberoende personbilar, andel av totalt antal bilar i det geografiska området (%)
U00502	Fossiloberoende fordon i kommunorganisationen, andel (%)
U00503	Dieselbilar godkända för HVO100, andel (%)
U00504	Dieselbilar godkända för HVO100, antal/1000 inv
U00505	Fossiloberoende personbilar i kommunorganisationen, andel (%)
U00506	Fossiloberoende lätta lastbilar i kommunorganisationen, andel (%)
U00587	Nöjdhet med bibliotekets utbud och främjande av lokalt kulturliv, andel (%)
U00588	Nöjdhet med kommunens utbud av platser för idrott, friluftsliv och ställen att träffas på, andel (%)
U00800	Invånare 18-64 år som någon gång under året varit arbetslösa, andel (%)
U00801	Invånare 18-64 år som någon gång under året varit arbetslösa utan ersättning, andel (%)
U00810	Handläggningstid (median) från inkommen ansökan till beslut för bygglov för nybyggnad av en- och tvåbostadshus, antal dagar
U00811	Handläggningstid (median) från när ansökan betraktas som fullständig till beslut för bygglov för nybyggnad av en- och tvåbostadshus, antal dagar
U00812	Ärenden som mediantiden för bygglov baseras på, antal
U00915	Verkställda vräkningar/avhysningar som berör barn, antal barn/100 000 inv
U00958	Verkställda vräkningar (avhysningar), antal/100 000 inv
U01402	Invånare 16-84 år som röker dagligen, andel (%)
U01404	Invånare 16-84 år med riskabla alkoholvanor, andel (%)
U01405	Invånare med bra självskattat hälsotillstånd, andel (%)
U01407	Invånare 16-84 år som haft ekonomisk kris, andel (%)
U01411	Invånare med fetma, andel (%)
U01413	Invånare 16-84 år med avsaknad av tillit till andra, andel (%)
U01414	Invånare med bra självskattad tandhälsa, andel (%)
U01415	Incidens av hjärtinfarkter 20-79 år, antal/100 000 inv
U01416	Regelbunden behandling med sömn-/lugnande medel kommun, antal personer/1000 inv
U01420	Invånare 16-84 år som avstår från att gå ut ensam, andel (%)
U01421	Brukarbedömning hemtjänst äldreomsorg - besväras av ensamhet kommun, andel (%)
U01423	Invånare 16-84 år som äter frukt och grönt mer än 3 ggr/dag, andel (%)
U01424	Kvinnor som röker eller snusar vid graviditetsvecka 8-12, andel (%)
U01425	Invånare 16-84 år som är stillasittande mer än 7 timmar per dag, andel (%)
U01429	Invånare 16-84 år som är fysiskt aktiva minst 150 min/vecka, andel (%)
U01433	Invånare 16-84 år som är stillasittande 7-9 timmar per dag, andel (%)
U01434	Invånare 16-84 år som är stillasittande mer än 10 timmar per dag, andel (%)
U01435	Invånare med avsaknad av emotionellt stöd, andel (%)
U01471	Invånare 16-84 år som känner sig stressade, andel (%)
U01472	Invånare 16-84 år som besväras av ängslan, oro och/eller ångest, andel (%)
U01473	Invånare 16-84 år med gott psykiskt välbefinnande, andel (%)
U01507	Osäkerhetstal - Invånare 16-84 år som haft ekonomisk kris, andel (%)
U01508	Osäkerhetstal - Andel invånare 16-84 år som röker dagligen, andel (%)
U01510	Osäkerhetstal - Andel invånare 16-84 år med riskabla alkoholvanor, andel (%)
U01511	Osäkerhetstal - Andel invånare 16-84 år med bra självskattat hälsotillstånd, andel (%)
U01513	Osäkerhetstal - Invånare 16-84 år med avsaknad av emotionellt stöd, andel (%)
U01517	Osäkerhetstal - Andel invånare 16-84 år med fetma, andel (%)
U01519	Osäkerhetstal - Andel invånare 16-84 år med låg tillit till andra, andel (%)
U01521	Osäkerhetstal - Invånare 16-84 år som är stillasittande 7-9 timmar per dag, andel (%)
U01522	Osäkerhetstal - Invånare 16-84 år som är stillasittande mer än 10 timmar per dag, andel (%)
U01526	Osäkerhetstal - Invånare 16-84 år med bra självskattad tandhälsa, andel (%)
U01530	Osäkerhetstal - Förskolan fungerar bra i kommunen, andel (%)
U01531	Osäkerhetstal - Grundskolan fungerar bra i kommunen, andel (%)
U01532	Osäkerhetstal - Invånare 16-84 år som avstår från att gå ut ensam kommun, andel (%)
U01533	Osäkerhetstal - Äldreomsorgen fungerar bra i kommunen, andel (%)
U01534	Osäkerhetstal - Kommunala vuxenutbildningen fungerar bra i kommunen, andel (%)
U01535	Osäkerhetstal - Invånare 16-84 år som äter frukt och grönt mer än 3 ggr/dag, andel (%)
U01536	Osäkerhetstal - Socialtjänstens stöd och hjälp till utsatta personer fungerar bra i kommunen, andel (%)
U01544	Osäkerhetstal - Viktigt i boendemiljön - tyst och lugnt, andel (%)
U01545	Osäkerhetstal - Invånare 16-84 år som är fysiskt aktiva minst 150 min/vecka, andel (%)
U01546	Osäkerhetstal - Viktigt i boendemiljön - närhet till natur inkl. parker, andel (%)
U01547	Osäkerhetstal - Viktigt i boendemiljön - närhet till livsmedelsaffär, andel (%)
U01548	Osäkerhetstal - Viktigt i boendemiljön - närhet till skola och barnomsorg, andel (%)
U01549	Osäkerhetstal - Viktigt i boendemiljön - närhet till hälso- och sjukvård, andel (%)
U01550	Osäkerhetstal - Viktigt i boendemiljön - förbindelser med kollektivtrafik, andel (%)
U01551	Osäkerhetstal - Viktigt i boendemiljön - finns parkeringsmöjligheter, andel (%)
U01552	Osäkerhetstal - Viktigt i boendemiljön - begränsad biltrafik, andel (%)
U01553	Osäkerhetstal - Viktigt i boendemiljön - blandning av människor från olika kulturer eller bakgrund, andel (%)
U01556	Osäkerhetstal - Bra möjlighet för kommunens invånare att ha ett arbete inom rimligt avstånd från bostaden, andel (%)
U01557	Osäkerhetstal - Bra möjlighet för kommunens invånare att bo kvar i kommunen och genomföra eftergymnasiala studier, andel (%)
U01558	Osäkerhetstal - Bra tillgång till kommunal service utanför kommunens centralort, andel (%)
U01559	Osäkerhetstal - Bra tillgång till hälso- sjukvård inom rimligt avstånd från bostaden, andel (%)
U01560	Osäkerhetstal - Invånare med övervikt eller fetma, andel (%)
U01561	Osäkerhetstal - Bra utbud av livsmedelsaffärer inom rimligt avstånd från bostaden, andel (%)
U01562	Osäkerhetstal - Bra utbud av paketutlämningsställen inom rimligt avstånd från bostaden, andel (%)
U01563	Osäkerhetstal - Internetuppkopplingen i bostaden täcker behoven i stort, andel (%)
U01564	Osäkerhetstal - Internetuppkopplingen i bostaden täcker behoven helt och hållet,, andel (%)
U01570	Osäkerhetstal - Utbudet av gång- och cykelvägar är bra, andel (%)
U01571	Osäkerhetstal - Invånare 16-84 år som känner sig stressade, andel (%)
U01572	Osäkerhetstal - Invånare 16-84 år som besväras av oro och/eller ångest, andel (%)
U01573	Osäkerhetstal - Invånare 16-84 år med gott psykiskt välbefinnande, andel (%)
U01574	Osäkerhetstal - Möjligheterna att enkelt kunna göra längre resor från kommunen utan bil är bra, andel (%)
U01575	Osäkerhetstal - Möjligheterna att enkelt kunna transportera sig med bil är bra, andel (%)
U01576	Osäkerhetstal - Kommunens utbud av laddningsstationer för elfordon är bra, andel (%)
U01577	Osäkerhetstal - Utbudet av bilpooler i kommunen är bra, andel (%)
U01578	Osäkerhetstal - Utbudet av pendlarparkering i kommunen är bra, andel (%)
U01586	Osäkerhetstal - Bra utbud av böcker och tidskrifter i kommunens bibilotek, andel (%)
U01587	Osäkerhetstal - Bra digitalt utbud av böcker och tidskrifter i kommunens bibilotek, andel (%)
U01588	Osäkerhetstal - Bra utbud av aktiviteter (t.ex. bokklubbar, författarbesök, sagostunder, utbildning), andel (%)
U01589	Osäkerhetstal - Bra utbud av caféer och restauranger i kommunen, andel (%)
U01590	Osäkerhetstal - Bra utbud av lekplatser, parklekar etc. i kommunen, andel (%)
U01591	Osäkerhetstal - Bra utbud av ställen för unga att träffas på i kommunen, andel (%)
U01592	Osäkerhetstal - Bra utbud av ställen (t.ex. träffpunkter) för äldre att träffas på i kommunen, andel (%)
U01593	Osäkerhetstal - Det lokala kultur- och nöjeslivet i kommunen är bra, andel (%)
U01594	Osäkerhetstal - Kommunens arbete för att främja det lokala kulturlivet är bra, andel (%)
U01595	Osäkerhetstal - Bra öppettider vid kommunens idrotts- och motionsanläggningar, andel (%)
U01596	Osäkerhetstal - Bra möjlighet att nyttja kommunens idrotts- och motions-anläggningar, andel (%)
U01597	Osäkerhetstal - Bra utbud av belysta motionsspår i kommunen, andel (%)
U01598	Osäkerhetstal - Bra utbud av allmänna träningsplatser utomhus i kommunen, andel (%)
U01599	Osäkerhetstal - Bra utbud av friluftsområden i kommunen, andel (%)
U01600	Osäkerhetstal - Skötsel av gator och vägar fungerar bra i kommunen, andel (%)
U01601	Osäkerhetstal - Snöröjning av gator och vägar fungerar bra i kommunen,, andel (%)
U01602	Osäkerhetstal - Skötsel av gång- och cykelvägar fungerar bra i kommunen, andel (%)
U01603	Osäkerhetstal - Snöröjning av gång- och cykelvägar fungerar bra i kommunen, andel (%)
U01604	Osäkerhetstal - Skötsel av kommunens idrotts- och motionsanläggningar funderar bra, andel (%)
U01605	Osäkerhetstal - Skötsel av allmänna platser fungerar bra i kommunen, andel (%)
U01606	Osäkerhetstal - Skötsel av naturområden i kommunen fungerar bra, andel (%)
U01607	Osäkerhetstal - Skötsel av badplatser i kommunen fungerar bra, andel (%)
U01608	Osäkerhetstal - Åtgärder mot skadegörelser eller annan förstörelse fungerar bra i kommunen, andel (%)
U01609	Osäkerhetstal - Skötsel av byggnader där kommunen har verksamhet fungerar bra i kommunen, andel (%)
U01610	Osäkerhetstal - Trygg utomhus i området där du bor när det är mörkt ute, andel (%)
U01611	Osäkerhetstal - Trygg utomhus i området där du bor när det är ljust ute, andel (%)
U01612	Osäkerhetstal - Låg oro för att drabbas av inbrott i hemmet, andel (%)
U01613	Osäkerhetstal - Låg oro för att utsättas för sexuella trakasserier eller liknande, andel (%)
U01614	Osäkerhetstal - Låg oro för att bli utsatt för våldsbrott eller hot om våld, andel (%)
U01615	Osäkerhetstal - Låg oro för att bli utsatt för hot och trakaserier på nätet, andel (%)
U01616	Osäkerhetstal - Låg oro för att bli utsatt för identitetsstöld, andel (%)
U01617	Osäkerhetstal - Låg oro att det kommer ske en allvarlig samhällsstörning i kommunen, andel (%)
U01618	Osäkerhetstal - Låg oro för att det kommer ske en terrorhandling i kommunen, andel (%)
U01619	Osäkerhetstal - Få problem med personer eller gäng som bråkar eller stör i kommunen, andel (%)
U01620	Osäkerhetstal - Få problem med personer som är påverkade av alkohol eller narkotika i kommunen, andel (%)
U01621	Osäkerhetstal - Få problem med narkotikahandel i kommunen, andel (%)
U01622	Osäkerhetstal - Få problem med våldsbrott i kommunen, andel (%)
U01623	Osäkerhetstal - Få problem med inbrott eller stölder i kommunen, andel (%)
U01624	Osäkerhetstal - Få problem med störande trafik med motorfordon i kommunen, andel (%)
U01625	Osäkerhetstal - Få problem med hot och trakasserier på nätet i kommunen, andel (%)
U01626	Osäkerhetstal - Få problem med bristande eller trasig utomhusbelysning i kommunen, andel (%)
U01627	Osäkerhetstal - Få problem med skadegörelse eller klotter i kommunen, andel (%)
U01628	Osäkerhetstal - Få problem med nedskräpning i kommunen, andel (%)
U01629	Osäkerhetstal - Räddningstjänsten i kommunen fungerar bra, andel (%)
U01630	Osäkerhetstal - Kommunen informerar bra vid samhällsstörningar, andel (%)
U01631	Osäkerhetstal - Polisens närvaro i kommunen är bra, andel (%)
U01632	Osäkerhetstal - Hämtningen av hushållsavfall fungerar bra, andel (%)
U01633	Osäkerhetstal - Utbudet av platser för förpackningsåtervinning är bra, andel (%)
U01634	Osäkerhetstal - Utbudet av återvinningscentraler i kommunen är bra, andel (%)
U01635	Osäkerhetstal - Möjligheten att återvinna avfall utan transport med bil  är bra, andel (%)
U01636	Osäkerhetstal - Kommunens arbete för att minska miljö- och klimatpåverkan i egna verksamheter är bra, andel (%)
U01637	Osäkerhetstal - Information från kommunen om vad enskilda kan göra för att minska sin miljö- klimatpåverkan fungerar bra, andel (%)
U01638	Osäkerhetstal - Kommunens arbete för att säkerställa tillgången till dricksvatten är bra, andel (%)
U01640	Osäkerhetstal - Bra bemötande vid kontakt med tjänsteperson i kommunen, andel (%)
U01641	Osäkerhetstal - Bra bemötande vid kontakt med politiker i kommunen, andel (%)
U01646	Osäkerhetstal - Kommunens verksamheter är fria från korruption, andel (%)
U01647	Osäkerhetstal - Att få svar på frågor till kommunen fungerar bra, andel (%)
U01649	Osäkerhetstal - Möjlighet att påverka inom de kommunala verksamheterna fungerar bra, andel (%)
U01650	Osäkerhetstal - Möjlighet att påverka politiska beslut i kommunen fungerar bra, andel (%)
U01651	Osäkerhetstal - Möjlighet att delta aktivt i arbetet med att utveckla kommunen fungerar bra, andel (%)
U01652	Osäkerhetstal - Kommunens information kring större förändringar fungerar bra, andel (%)
U01653	Osäkerhetstal - Kommunens arbete för att förbättra integration och delaktighet i samhället fungerar bra, andel (%)
U01654	Osäkerhetstal - Kommunens arbete för att öka toleransen för människors olikheter fungerar bra, andel (%)
U01655	Osäkerhetstal - Kommunens arbete för att minska diskriminering fungerar bra, andel (%)
U01656	Osäkerhetstal - Möjlighet att vara den man är och leva det liv man vill leva, andel (%)
U01657	Osäkerhetstal - Kommunens politiker upplevs arbeta för kommunens bästa, andel (%)
U01658	Osäkerhetstal - Kommunens politiker upplevs som ansvarstagande, andel (%)
U01659	Osäkerhetstal - Kommunens politiker upplevs som lyhörda för idéer, andel (%)
U01660	Osäkerhetstal - Kommunens anställda upplevs arbeta för kommunens bäst, andel (%)
U01661	Osäkerhetstal - Beslut som fattas i kommunen upplevs som genomtänkta och genomarbetade, andel (%)
U01662	Osäkerhetstal - Beslut som fattas i kommunen upplevs vara transparenta, andel (%)
U01664	Osäkerhetstal - Förtroende för kommunens politiker, andel (%)
U01665	Osäkerhetstal - Förtroende för riksdagens politiker, andel (%)
U01666	Osäkerhetstal - Man kan generellt lita på människor, andel (%)
U01667	Osäkerhetstal - Kommunen är en bra plats att bo och leva på, andel (%)
U01668	Osäkerhetstal - Kommunen sköter sina olika verksamheter bra, andel (%)
U01669	Osäkerhetstal - Invånarnas möjlighet till insyn och inflytande över kommunens beslut och verksamheter är bra, andel (%)
U01670	Osäkerhetstal - Kan rekommendera andra att flytta till kommunen, andel (%)
U01672	Osäkerhetstal - Gymnasieskolan fungerar bra i kommunen, andel (%)
U01673	Osäkerhetstal - Kommunens verksamhet för personer med funktionsnedsättning fungerar bra i kommunen, andel (%)
U01674	Osäkerhetstal - Viktigt i boendemiljön - platser för barn att leka på, andel (%)
U01675	Osäkerhetstal - Säkerheten på gång- och cykelvägar är bra, andel (%)
U01676	Osäkerhetstal - Möjligheterna att enkelt använda kollektivtrafik för vardagliga resor är bra, andel (%)
U01677	Osäkerhetstal - Möjligheterna att enkelt använda kollektivtrafik till fritidsaktiviteter är bra, andel (%)
U01760	Invånare med övervikt eller fetma, andel (%)
U01803	Invånare 18-64 år med låg inkomst, andel (%)
U01804	Svenskfödda invånare 20-40 år med låg utbildningsnivå, andel (%)
U01805	Utrikes födda invånare 18-64 år med vistelsetid 0-5 år efter uppehållstillstånd, andel (%)
U01806	Utrikes födda invånare 18-64 år med vistelsetid 6-10 år efter uppehållstillstånd, andel (%)
U07003	Kvinnor som arbetar som brandpersonal i utryckningstjänst, andel (%)
U07075	Kostnad för olyckor totalt, kr/inv
U07200	Medarbetarengagemang (HME) infrastruktur, skydd m.m - Totalindex
U07201	Medarbetarengagemang (HME) infrastruktur, skydd m.m - Motivationsindex
U07202	Medarbetarengagemang (HME) infrastruktur, skydd m.m - Ledarskapsindex
U07203	Medarbetarengagemang (HME) infrastruktur, skydd m.m - Styrningsindex
U07300	HME infrastruktur, skydd m.m, index för påståendet Mitt arbete känns meningsfullt.
U07301	HME infrastruktur, skydd m.m, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U07302	HME infrastruktur, skydd m.m, index för påståendet Jag ser fram emot att gå till arbetet.
U07303	HME infrastruktur, skydd m.m, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U07304	HME infrastruktur, skydd m.m, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U07305	HME infrastruktur, skydd m.m, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U07306	HME infrastruktur, skydd m.m, index för påståendet Jag är insatt i min arbetsplats mål.
U07307	HME infrastruktur, skydd m.m, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U07308	HME infrastruktur, skydd m.m, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U07342	GPS-larm (positioneringslarm) finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)
U07343	Passivt larm/sensor finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)
U07344	Digital signering av hälso- och sjukvårdsåtgärder finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)
U07345	Läkemedelsfördelare som tillhandahålls av kommunen finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)
U07346	Digitala medicinskåp finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)
U07347	Digitalt planeringsverktyg finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)
U07349	Inkontinenssensorer finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)
U07350	Digitalt stöd för fysisk träning eller aktivering finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)
U07353	Kommunen har ett ledningssystem för systematiskt kvalitetsarbete som omfattar välfärdsteknik (inkl. trygghetsalarm), (Ja=1, Nej=0)
U07354	Personer i den kommunala hälso- och sjukvården som kommunen utrustat med en läkemedelsfördelare (läkemedelsautomat, läkemedelsrobot), antal
U07356	Den mobila legitimerade hälso- och sjukvårdspersonalen i kommunala verksamheter har tillgång till utrustning för att kunna dokumentera mobilt i kommunens verksamhetssystem vid t.ex. hembesök
U07359	Personer i den kommunala hälso- och sjukvården som utrustats med en läkemedelsfördelare (läkemedelsautomat, läkemedelsrobot), antal
U07360	Kommunen har i ledningssystemet som omfattar välfärdsteknik identifierat, beskrivit och fastställt de processer som rör införande och handhavande (Ja=1, Nej=0)
U07361	Kommunen har i ledningssystemet som omfattar välfärdsteknik utarbetat skriftliga rutiner för att säkra kvalitet på arbetet med införande och handhavande (Ja=1, Nej=0)
U07362	Kommunen har i ledningssystemet som omfattar välfärdsteknik rutiner för att göra riskanalyser (Ja=1, Nej=0)
U07363	Kommunen har i ledningssystemet som omfattar välfärdsteknik rutiner för egenkontroll för att säkra kvaliteten (Ja=1, Nej=0)
U07364	Kommunen har i ledningssystemet som omfattar välfärdsteknik rutiner för uppföljning av insatser med stöd av välfärdsteknik (Ja=1, Nej=0)
U07365	Någon av de automatiserade handläggningsprocesserna innefattar en automatiserad beslutsfunktion (Ja=1, Nej=0)
U07413	Sjukhusvårdade till följd av oavsiktliga skador (olyckor), antal/1000 inv
U07414	Kommunalt avfall som samlats in för materialåtervinning, inkl. biologisk behandling, andel (%)
U07415	Utvecklade bränder i byggnad, antal/1000 inv (-2023)
U07417	Anmälda stöld- och tillgreppsbrott, antal/100 000 inv
U07421	Samverkan - utför kommunen IVPA (i väntan på ambulans)? (1=Ja, 0=Nej)
U07425	Driftkostnad gatubelysning, kr/ljuspunkt
U07426	Energianvändning per gatubelysning, kWh/ljuspunkt
U07427	Driftkostnad kommunala bil- och cykelvägar, kr/meter
U07428	Driftkostnad vinterväghållning kommunala bil- och cykelvägar, kr/meter
U07440	Larmbehandlingstid för räddningstjänst, mediantid i minuter.
U07441	Larmbehandlingstid för ambulans, mediantid i minuter
U07442	Responstid (tid från 112-samtal till första resurs är på plats) för räddningstjänst, mediantid i minuter
U07443	Responstid (tid från 112-samtal till första resurs är på plats) för ambulans, mediantid i minuter.
U07446	Företagsklimat Insikt - Brandskydd - Index
U07447	Företagsklimat Insikt - Bygglov - Index
U07448	Företagsklimat Insikt - Markupplåtelse - Index
U07449	Företagsklimat Insikt - Miljö- och hälsoskydd - Index
U07450	Företagsklimat Insikt - Serveringstillstånd - Index
U07451	Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)
U07452	Anmälda brott om skadegörelse, antal/100 000 inv
U07453	Företagsklimat Insikt - Totalt, Index, ny definition
U07455	Företagsklimat Insikt - Livsmedelskontroll - Index
U07456	Beläggningsunderhåll av kommunala bilvägar, andel kvm (%)
U07457	Beläggningsunderhåll av kommunala cykelvägar, andel kvm (%)
U07458	Kommunal cykelväg som snöröjs och halkbekämpas, andel (%)
U07459	Företagsklimat Insikt - Upphandling - Index
U07461	IVPA-insatser (i väntan på ambulans), antal/1000 inv
U07480	Insamlat matavfall som går till biologisk återvinning inkl. hemkompostering, andel (%)
U07481	Insamlat matavfall som behandlas biologiskt så att både växtnäring och energi tas tillvara (endast rötning), andel (%)
U07482	Insamlat mat- och restavfall, kg/invånare (justerat)
U07483	Insamlat förpackningar och returpapper, kg/invånare (justerat)
U07484	Insamlat grovavfall, kg/invånare (justerat)
U07485	Insamlat farligt avfall (inkl. elavfall och batterier), kg/invånare (justerat)
U07486	Största återvinningscentralens tillgänglighet kväll/helg, timmar/vecka
U07487	Total tillgänglighet alla återvinningscentraler, minuter/person
U07488	Förnybara drivmedel för insamling av mat- och restavfall, andel (%)
U07489	Nöjdhet avfallshantering en- och tvåfamiljshus, andel (%)
U07490	Nöjdhet avfallshantering lägenhet, andel (%)
U07491	Nöjdhet besök vid återvinningscentral, andel (%)
U07492	Nöjdhet tillgänglighet till återvinningscentral, andel (%)
U07493	Vanligaste avfallsavgift totalt inkl. moms för en- och tvåfamiljshus, kr
U07494	Vanligaste avfallsavgift totalt inkl. moms för lägenhet i flerbostadshus, kr
U07495	Vanligaste avfallsavgift totalt inkl. moms för fritidshus, kr
U07496	Organisation av avfallshanteringen, (kodade svarsalternativ)
U07497	Driftkostnad kommunala bilvägar, kr/meter
U07498	Driftkostnad kommunala cykelvägar, kr/meter
U07499	Driftkostnad vinterväghållning kommunala bilvägar, kr/meter
U07500	Driftkostnad vinterväghållning kommunala cykelvägar, kr/meter
U07501	Driftkostnad exkl. vinterväghållning kommunala bil- och cykelvägar, kr/meter
U07505	Nöjdhet med skötseln av kommunens utomhusmiljöer, andel (%)
U07508	Företagsklimat Insikt - Tillgänglighet - Index
U07509	Företagsklimat Insikt - Information - Index
U07510	Företagsklimat Insikt - Bemötande - Index
U07511	Företagsklimat Insikt - Kompetens - Index
U07512	Företagsklimat Insikt - Rättssäkerhet - Index
U07513	Företagsklimat Insikt - Effektivitet - Index
U07514	Ekologiska livsmedel i kommunens verksamhet, andel (%)
U07519	Mängd kommunalt avfall till deponi, kg/invånare (justerat)
U07524	Kommunen har aktuella dokument för att främja miljöanpassade transporter och minskat transportbehov (Ja=1, Nej=0)
U07525	Kommunen har aktuella dokument som fyller funktionen av ett kulturmiljöprogram (Ja=1, Nej=0)
U07526	Kommunen har aktuella dokument som fyller funktionen av ett grön- och vattenstrukturprogram (Ja=1, Nej=0)
U07527	Kommunen har aktuell kommunal energiplan eller dokument som fyller funktionen av en sådan plan (Ja=1, Nej=0)
U07528	Kommunen har tillgång till antikvarisk kompetens (Ja=1, Nej=0)
U07551	Företagsklimat Insikt, antal svar, gammal definition (-2024)
U07552	Företagsklimat Insikt, svarsfrekvens, gammal definition (-2024)
U07553	Företagsklimat Insikt, svarsfrekvens, ny definition
U07554	Företagsklimat Insikt, antal svar, ny definition
U07801	Insamlat kommunalt avfall totalt, kg/invånare (justerat)
U07917	Genomsnittlig körsträcka med personbil, mil/inv
U07918	Genomsnittlig körsträcka med personbil, mil/personbil
U09200	Medarbetarengagemang (HME) kultur och fritid - Totalindex
U09201	Medarbetarengagemang (HME) kultur och fritid - Motivationsindex
U09202	Medarbetarengagemang (HME) kultur och fritid - Ledarskapsindex
U09203	Medarbetarengagemang (HME) kultur och fritid - Styrningsindex
U09300	HME kultur och fritid, index för påståendet Mitt arbete känns meningsfullt.
U09301	HME kultur och fritid, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U09302	HME kultur och fritid, index för påståendet Jag ser fram emot att gå till arbetet.
U09303	HME kultur och fritid, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U09304	HME kultur och fritid, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U09305	HME kultur och fritid, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U09306	HME kultur och fritid, index för påståendet Jag är insatt i min arbetsplats mål.
U09307	HME kultur och fritid, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U09308	HME kultur och fritid, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U09700	Fotbollsplaner, antal
U09701	Fotbollsplaner, 7-spelplaner, antal
U09702	Fotbollsplaner, 11-spelplaner, antal
U09703	Fotbollshallar, antal
U09705	Bandyplaner, antal
U09706	Friidrottsplatser, antal
U09707	Anläggningar med elljusspår, antal
U09708	Idrottshallar, samtliga, antal
U09709	Fotbollsplaner, antal/10 000 inv
U09710	Fotbollsplaner, 7-spelplaner, antal/10 000 inv
U09711	Fotbollsplaner, 11-spelplaner, antal/10 000 inv
U09712	Fotbollshallar, antal/10 000 inv
U09714	Bandyplaner, antal/10 000 inv
U09715	Friidrottsplatser, antal/10 000 inv
U09716	Anläggningar med elljusspår, antal/10 000 inv
U09717	Idrottshallar, samtliga, antal/10 000 inv
U09718	Ridhallar, antal
U09719	Ridhallar, antal/10 000 inv
U09720	Friidrottshallar, antal
U09721	Friidrottshallar, antal/ 10 000 inv
U09800	Deltagartillfällen i idrottsföreningar, antal/inv 7-20 år
U09801	Deltagartillfällen i idrottsföreningar, antal/inv 7-12 år
U09802	Deltagartillfällen i idrottsföreningar, antal/inv 13-16 år
U09803	Deltagartillfällen i idrottsföreningar, antal/inv 17-20 år
U09804	Idrottsföreningar med LOK-stöd, antal/10 000 inv
U09805	Idrottsföreningar med flickdominerad verksamhet, andel (%)
U09806	Idrottsföreningar med pojkdominerad verksamhet, andel (%)
U09807	Idrottsföreningar med varken pojk- eller flickdominerad verksamhet, andel (%)
U09808	Deltagartillfällen i idrottsföreningar, antal/inv 13-20 år
U09812	Utbetalt LOK-Stöd till idrottsföreningar, kr/inv
U09813	Deltagartillfällen i idrottsföreningar, antal/inv 21-25 år
U09817	Fotbollsplaner, 11-spelplaner, naturgräs, antal
U09818	Fotbollsplaner, 11-spelplaner, konstgräs, antal
U09819	Idrottshall 18x36 m till 22x42 m, antal
U09820	Ishallar för ishockey och konståkning, antal
U09824	Fritidsgårdar/ungdomsgårdar, antal (-2023)
U09825	Ungdomens hus/allaktivitetshus eller motsvarande, antal (-2023)
U09829	Fotbollsplaner, 11-spelplaner, naturgräs, antal/10 000 inv 0-18 år
U09830	Fotbollsplaner, 11-spelplaner, konstgräs, antal/10 000 inv 0-18 år
U09831	Idrottshall 18x36 m till 22x42 m, antal/10 000 inv 0-18 år
U09832	Ishallar för ishockey och konståkning, antal/10 000 inv 0-18 år
U09836	Fritidsgårdar/ungdomsgårdar, antal/10 000 inv 0-18 år (-2023)
U09837	Ungdomens hus/allaktivitetshus eller motsvarande, antal/10 000 inv 0-18 år (-2023)
U09841	Fotbollsplaner, 11-spelplaner, naturgräs, antal/10 000 inv
U09842	Fotbollsplaner, 11-spelplaner, konstgräs, antal/10 000 inv
U09843	Idrottshall 18x36 m till 22x42 m, antal/10 000 inv
U09844	Ishallar för ishockey och konståkning, antal/10 000 inv
U09848	Konserthus, antal (-2023)
U09849	Konsthallar, antal (-2023)
U09850	Museum, antal (-2023)
U09851	Teateranläggningar, antal (-2023)
U09852	Kulturhus, antal (-2023)
U09853	Konserthus, antal/10 000 inv (-2023)
U09854	Konsthallar, antal/10 000 inv (-2023)
U09855	Museum, antal/10 000 inv (-2023)
U09856	Teateranläggningar, antal/10 000 inv (-2023)
U09857	Kulturhus, antal/10 000 inv (-2023)
U09858	Konserthus, antal/10 000 inv 0-18 år (-2023)
U09859	Konsthallar, antal/10 000 inv 0-18 år (-2023)
U09860	Museum, antal/10 000 inv 0-18 år (-2023)
U09861	Teateranläggningar, antal/10 000 inv 0-18 år (-2023)
U09862	Kulturhus, antal/10 000 inv 0-18 år (-2023)
U09863	Idrottshall 22x42 m eller större, antal
U09864	Idrottshall 22x42 m eller större, antal/10 000 inv
U09865	Idrottshall 22x42 m eller större, antal/10 000 inv 0-18 år
U09868	Kultur- och musikskolor, antal/10 000 inv (-2023)
U09871	Ämneskurser som erbjuds i musik- eller kulturskolan, antal ämnesområden
U09873	Musik - ensemble, orkester, kör, musikgrupp/band erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)
U09874	Dans erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)
U09875	Teater/drama erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)
U09876	Bild och form erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)
U09877	Musikal erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)
U09878	Cirkus erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)
U09879	Film/animation erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)
U09880	Foto erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)
U09881	Slöjd/hantverk erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)
U09882	Skrivande/berättande erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)
U09883	Övriga områden erbjuds som ämneskurser i kulturskolan (Ja=1, Nej=0)
U09884	Förekomst av särskilda kurser till barn och unga med funktionsnedsättning i kulturskolan (Ja=1, Nej=0)
U09885	Förekomst av öppen verksamhet i kulturskolan (Ja=1, Nej=0)
U09886	Förekomst av verksamhet särskilt riktad till nyinvandrade (Ja=1, Nej=0)
U09888	Elever i musik- eller kulturskola totalt, antal
U09890	Deltagartillfällen i  fotbollsföreningar, antal/inv 7-20 år
U09891	Deltagartillfällen i idrottsföreningar för de fem idrotter som främst utnyttjar idrotthallar (innebandy, basket, handboll, volleyboll, gymnastik), antal/inv 7-20 år
U09892	Deltagartillfällen i konståkning och ishockey, antal/inv 7-20 år
U09893	Deltagartillfällen i friidrottsföreningar, antal/inv 7-20 år
U09894	Deltagartillfällen i simidrottsföreningar, antal/inv 7-20 år
U09895	Deltagartillfällen i bandyföreningar, antal/inv 7-20 år
U09896	Deltagartillfällen i ridsportsföreningar, antal/inv 7-20 år
U09897	Fotbollsplaner, antal/1000 inv 7-20 år
U09898	Idrottshallar, antal/1000 inv 7-20 år
U09899	Ishallar för ishockey och konståkning, antal/1000 inv 7-20 år
U09900	Friidrottsplatser, antal/1000 inv 7-20 år
U09902	Bandyplaner, antal/1000 inv 7-20 år
U09903	Ridhallar, antal/1000 inv 7-20 år
U09904	Deltagartillfällen i fotbollsföreningar, antal/fotbollsplan
U09905	Deltagartillfällen i idrottsföreningar för de fem idrotter som främst utnyttjar idrotthallar (innebandy, basket, handboll, volleyboll, gymnastik), antal/idrotsshall
U09906	Deltagartillfällen i konståkning och ishockey, antal/ishall
U09907	Deltagartillfällen i friidrottsföreningar, antal/friidrottsplats
U09908	Deltagartillfällen i simidrottsföreningar, antal/inomhusbassäng
U09909	Deltagartillfällen i bandyföreningar, antal/bandyplan
U09910	Deltagartillfällen i ridsportsföreningar, antal/ridhall
U09912	Deltagartillfällen i idrottsföreningar, antal/inv 7-25 år
U11001	Resursindex förskola
U11200	Medarbetarengagemang (HME) förskola - Totalindex
U11201	Medarbetarengagemang (HME) förskola - Motivationsindex
U11202	Medarbetarengagemang (HME) förskola - Ledarskapsindex
U11203	Medarbetarengagemang (HME) förskola - Styrningsindex
U11300	HME förskola, index för påståendet Mitt arbete känns meningsfullt.
U11301	HME förskola, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U11302	HME förskola, index för påståendet Jag ser fram emot att gå till arbetet.
U11303	HME förskola, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U11304	HME förskola, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U11305	HME förskola, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U11306	HME förskola, index för påståendet Jag är insatt i min arbetsplats mål.
U11307	HME förskola, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U11308	HME förskola, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U11404	Kvalitetsindex förskola
U11418	Erbjuder kommunen någon förskola med öppet före klockan 06.30 (ej nattis), (Ja=1/Nej=0)
U11530	Förskollärarenkäten: Systematisk uppföljning och dokumentation för varje barns lärande, andel positiva svar (%)
U11531	Förskollärarenkäten: Uppföljning om att utbildningen uppfyller läroplanens mål, andel positiva svar (%)
U11532	Förskollärarenkäten: Använder resultat från dokumentation och uppföljning för att utveckla utbildningen, andel positiva svar (%)
U11533	Förskollärarenkäten: Använder aktuell forskning för att utveckla utbildningen, andel positiva svar (%)
U11534	Förskollärarenkäten: Träffar andra förskollärare på inplanerad tid för att diskutera pedagogiska frågor, andel positiva svar (%)
U11535	Förskollärarenkäten: Möjlighet att prioritera pedagogiskt utvecklingsarbete, andel positiva svar (%)
U11536	Förskollärarenkäten: Tydlig rollfördelning, andel positiva svar (%)
U11537	Förskollärarenkäten: Inplanerad tid för personal för att diskutera pedagogiska frågor, andel positiva svar (%)
U11538	Förskollärarenkäten: Särskilt stöd till de barn som är i behov av det, andel positiva svar (%)
U11539	Förskollärarenkäten: Utbildningen anpassas för att kompensera barn från resurssvaga hemförhållanden, andel positiva svar (%)
U11540	Förskollärarenkäten: Innemiljön främjar barns utveckling och lärande, andel positiva svar (%)
U11541	Förskollärarenkäten: Utemiljön främjar barns utveckling och lärande, andel positiva svar (%)
U11542	Huvudmannaenkäten: Förekomst av socioekonomisk resursmodell i förskolan (Ja=1, Nej=0)
U11543	Huvudmannaenkäten: Förekomst av riktlinjer för den socioekonomiska omfördelningen i förskolan (Ja=1, Nej=0)
U11544	Huvudmannaenkäten: Rutiner för utvärdering av den socioekonomiska resursmodellen i förskolan (Ja=1, Nej=0)
U11545	Huvudmannaenkäten: Utvärdering av den socioekonomiska resursfördelningen i förskolan (Ja=1, Nej=0)
U11546	Förskollärarenkäten - Svarsfrekvens, andel (%)
U11901	Effektivitetsindex förskola
U15010	Resursindex kommunal grundskola F-9
U15011	Nettokostnad grundskola F-9, kr/elev
U15013	Nettokostnad grundskola åk 1-9, kr/elev
U15015	Kostnad för skolskjuts, reseersättning och inackordering, grundskola åk 1-9, kr/elev
U15041	Referenskostnadskorrigering grundskola F-9
U15049	Strukturjusterad kostnad per elev i kommunal grundskola F-9
U15200	Medarbetarengagemang (HME) grundskola och förskoleklass - Totalindex
U15201	Medarbetarengagemang (HME) grundskola och förskoleklass - Motivationsindex
U15202	Medarbetarengagemang (HME) grundskola och förskoleklass - Ledarskapsindex
U15203	Medarbetarengagemang (HME) grundskola och förskoleklass - Styrningsindex
U15300	HME grundskola, index för påståendet Mitt arbete känns meningsfullt.
U15301	HME grundskola, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U15302	HME grundskola, index för påståendet Jag ser fram emot att gå till arbetet.
U15303	HME grundskola, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U15304	HME grundskola, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U15305	HME grundskola, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U15306	HME grundskola, index för påståendet Jag är insatt i min arbetsplats mål.
U15307	HME grundskola, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U15308	HME grundskola, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U15401	Kvalitetsindex kommunal grundskola F-9
U15402	Elevenkätsindex kommunal grundskola åk 8
U15413	Elever i åk 9 som förväntas uppnå betygskriterierna i alla ämnen, modellberäknat värde (SALSA), andel (%)
U15414	Elever i åk 9 som uppnått betygskriterierna, avvikelse från SALSA på enhetsnivå, procentenheter
U15415	Meritvärde i åk. 9, modellberäknat genomsnittligt värde (SALSA)
U15416	Meritvärde i åk. 9, avvikelse från SALSA på enhetsnivå, poäng
U15429	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i matematik, lägeskommun, andel (%)
U15430	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i matematik, lägeskommun, andel (%)
U15431	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i engelska, lägeskommun, andel (%)
U15432	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i engelska, lägeskommun, andel (%)
U15433	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i svenska, lägeskommun, andel (%)
U15434	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i svenska, lägeskommun, andel (%)
U15441	Elever i åk 9 som uppnått betygskriterierna i alla ämnen lägeskommun (modellberäknat värde), andel (%) (-2024)
U15442	Elever i åk 9 som uppnått betygskriterierna i alla ämnen avvikelse från modellberäknat värde lägeskommun, procentenheter (-2024)
U15443	Elever i åk. 9. genomsnittligt meritvärde lägeskommun (modellberäknat värde) (-2024)
U15444	Elever i åk 9 genomsnittligt meritvärde, avvikelse från modellberäknat värde lägeskommun, meritvärdespoäng (-2024)
U15445	Elever i åk. 9 som är behöriga till yrkesprogram lägeskommun (modellberäknat värde), andel (%) (-2024)
U15446	Elever i åk 9 som är behöriga till yrkesprogram avvikelse från modellberäknat värde lägeskommun, procentenheter (-2024)
U15456	Elever i åk 9 som uppnått betygskriterierna i alla ämnen kommunala skolor (modellberäknat värde), andel (%) (-2024)
U15457	Elever i åk 9 som uppnått betygskriterierna  i alla ämnen avvikelse från modellberäknat värde kommunala skolor, procentenheter (-2024)
U15458	Elever i åk 9 genomsnittligt meritvärde kommunala skolor (modellberäknat värde) (-2024)
U15459	Elever i åk 9. genomsnittligt meritvärde avvikelse från modellberäknat värde kommunala skolor, meritvärdespoäng (-2024)
U15460	Elever i åk 9 som är behöriga till yrkesprogram kommunala skolor (modellberäknat värde), andel (%) (-2024)
U15461	Elever i åk 9 som är behöriga till yrkesprogram avvikelse från modellberäknat värde kommunala skolor, procentenheter (-2024)
U15900	Effektivitetsindex kommunal grundskola F-9
U17001	Resursindex kommunal gymnasieskola
U17023	Nettokostnad gymnasieskola, kr/elev
U17025	Kostnad för skolskjuts, reseersättning och inackordering, gymnasieskola, kr/elev
U17031	Programvalsjusterad kostnad kommunal gymnasieskola, kr/elev
U17200	Medarbetarengagemang (HME) gymnasieskola - Totalindex
U17201	Medarbetarengagemang (HME) gymnasieskola - Motivationsindex
U17202	Medarbetarengagemang (HME) gymnasieskola - Ledarskapsindex
U17203	Medarbetarengagemang (HME) gymnasieskola - Styrningsindex
U17300	HME gymnasieskola, index för påståendet Mitt arbete känns meningsfullt.
U17301	HME gymnasieskola, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U17302	HME gymnasieskola, index för påståendet Jag ser fram emot att gå till arbetet.
U17303	HME gymnasieskola, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U17304	HME gymnasieskola, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U17305	HME gymnasieskola, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U17306	HME gymnasieskola, index för påståendet Jag är insatt i min arbetsplats mål.
U17307	HME gymnasieskola, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U17308	HME gymnasieskola, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U17400	Nöjd Medborgar-Index - Gymnasieskola, index
U17401	Kvalitetsindex kommunal gymnasieskola
U17410	Förstagångsväljare som röstade i senaste valet till riksdagen, andel (%)
U17413	Förstagångsväljare som röstade i senaste kommunfullmäktigevalet, andel (%)
U17414	Genomsnittlig betygspoäng, gymnasieelever med examen, fristående skolor modellberäknat värde (-2024)
U17415	Genomsnittlig betygspoäng, gymnasieelever med examen, fristående skolor, avvikelse från modellberäknat värde (-2024)
U17416	Gymnasieelever med examen inom 3 år, fristående skolor, andel (%), modellberäknat värde (-2024)
U17417	Gymnasieelever med examen inom 3 år, fristående skolor, andel (%), avvikelse från modellberäknat värde (-2024)
U17418	Gymnasieelever med examen inom 4 år, fristående skolor, andel (%), modellberäknat värde (-2024)
U17419	Gymnasieelever med examen inom 4 år, fristående skolor, andel (%), avvikelse från modellberäknat värde (-2024)
U17445	Genomsnittlig betygspoäng, gymnasieelever med examen, kommunala skolor, modellberäknat värde (-2024)
U17446	Genomsnittlig betygspoäng, gymnasieelever med examen, kommunala skolor, avvikelse från modellberäknat värde (-2024)
U17447	Gymnasieelever med examen inom 3 år, kommunala skolor, andel (%), modellberäknat värde (-2024)
U17448	Gymnasieelever med examen inom 3 år, kommunala skolor, andel (%), avvikelse från modellberäknat värde (-2024)
U17449	Gymnasieelever med examen inom 4 år, kommunala skolor, andel (%), avvikelse från modellberäknat värde (-2024)
U17450	Gymnasieelever med examen inom 4 år, kommunala skolor, andel (%), modellberäknat värde (-2024)
U17508	Elevenkätsindex kommunal gymnasieskola åk 2
U17802	Kommunen bedriver kommunal gymnasieskola, (Ja=1, Nej=0)
U17808	Kommunen ingår i gymnasieförbund, (Ja=1, Nej=0)
U17900	Effektivitetsindex kommunal gymnasieskola
U17904	Programvalsfaktor kommunal gymnasieskola
U20008	Resursindex äldreomsorg
U20300	HME hemtjänst äldreomsorg, index för påståendet Mitt arbete känns meningsfullt.
U20301	HME hemtjänst äldreomsorg, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U20302	HME hemtjänst äldreomsorg, index för påståendet Jag ser fram emot att gå till arbetet.
U20303	HME hemtjänst äldreomsorg, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U20304	HME hemtjänst äldreomsorg, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U20305	HME hemtjänst äldreomsorg, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U20306	HME hemtjänst äldreomsorg, index för påståendet Jag är insatt i min arbetsplats mål.
U20307	HME hemtjänst äldreomsorg, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U20308	HME hemtjänst äldreomsorg, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U20341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet äldreomsorg, (Ja=1, Nej=0)
U20404	Kvalitetsindex äldreomsorg
U20414	Avlidna som hade någon närvarande vid dödsögonblicket, andel (%)
U20443	Enhetsundersökningen, äldreomsorg - Personer med aktuell genomförandeplan i särskilt boende, äldreomsorg, andel (%)
U20462	Fallskador bland personer 65+, 3-årsm, antal slutenvårdstillfällen /100 000 inv
U20488	Utrikes födda exklusive EU/EFTA, andel (%)
U20900	Effektivitetsindex äldreomsorg
U21200	Medarbetarengagemang (HME) hemtjänst äldreomsorg - Totalindex
U21201	Medarbetarengagemang (HME) hemtjänst äldreomsorg - Motivationsindex
U21202	Medarbetarengagemang (HME) hemtjänst äldreomsorg - Ledarskapsindex
U21203	Medarbetarengagemang (HME) hemtjänst äldreomsorg - Styrningsindex
U21340	Tillsyn med digitalteknik dag- och/eller natttid finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21341	GPS-larm (positioneringslarm) finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21342	Passivt larm/sensor finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21343	Samordnad individuell planering (SIP) med stöd av video finns tillgängligt inför utskrivning från slutenvård för äldre som bor i ordinärt boende,  (Breddinfört=2, testverksamhet=1, Nej=0)
U21344	Samordnad individuell planering (SIP) finns tillgänglig vid andra tillfällen (exl. utskrivning från slutenvård) för äldre som bor i ordinärt boende,  (Breddinfört=2, testverksamhet=1, Nej=0)
U21345	Digitalt stöd för fysisk träning eller aktivering finns tillgängligt för äldre som bor i ordinärt boende,  (Breddinfört=2, testverksamhet=1, Nej=0)
U21346	Digitalt stöd för, eller träning i, dagliga aktiviteter finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21347	Stöd för digitala inköp finns tillgängligt inom verksamheten äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21348	Digital kommunikation mellan enskilda och personal eller närstående finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21349	Digitala lås till enskildas bostäder finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21350	Tillsyn med digitalteknik dag- och/eller nattid finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21351	GPS-larm (positioneringslarm) finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21352	Passivt larm/sensor finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21353	Samordnad individuell planering (SIP) med stöd av video finns tillgängligt inför utskrivning från slutenvård för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21354	Samordnad individuell planering (SIP) finns tillgängligt vid andra tillfällen (exl. utskrivning från slutenvård) för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21355	Digitalt stöd för fysisk träning eller aktivering finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21356	Digitalt stöd för, eller träning i, dagliga aktiviteter finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21357	Stöd för digitala inköp finns tillgängligt inom verksamheten personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21358	Digital kommunikation mellan enskilda och personal eller närstående finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)
U21359	Digitala lås till enskildas bostäder finns infört eller som pilot-/testverksamhet för personer med funktionsnedsättning som bor i ordinärt boende, (Ja=1, Nej=0)
U21401	Personalkontinuitet, antal personal som en hemtjänsttagare med minst 2 besök dagligen möter under 14 dagar, medelvärde (- 2024)
U21402	Personalkontinuitet, antal personal som en hemtjänsttagare med minst 2 besök dagligen möter under 14 dagar, median (- 2024)
U21424	Personer 75+ år med hemtjänst med tre eller fler psykofarmaka, andel (%)
U21425	Personer 75+ år med hemtjänst med tio eller fler läkemedel, andel (%)
U21426	Personer 75+ år med hemtjänst med olämpliga läkemedel, andel (%)
U21427	Personer 75+ år med hemtjänst med antipsykotiska läkemedel, andel (%)
U21432	Åtgärder mot fall, undernäring, trycksår och nedsatt munhälsa för personer med hemsjukvård i ordinärt boende, andel (%)
U21436	Personalkontinuitet, hemtjänsttagare som möter fler än 20 personal under 14 dagar, andel (%) (- 2024)
U21438	Brukarbedömning hemtjänst äldreomsorg - Enskild regi - helhetssyn, andel (%)
U21439	Brukarbedömning hemtjänst äldreomsorg - Enskild regi - svåra besvär av ängslan, oro eller ångest, andel (%)
U21443	Brukarbedömning hemtjänst äldreomsorg - Kommunal regi - helhetssyn, andel (%)
U21444	Brukarbedömning hemtjänst äldreomsorg - Kommunal regi - svåra besvär av ängslan, oro eller ångest, andel (%)
U21447	Brukarbedömning hemtjänst äldreomsorg - hälsotillstånd, andel (%)
U21449	Brukarbedömning hemtjänst äldreomsorg - svåra besvär av ängslan, oro eller ångest, andel (%)
U21452	Enhetsundersökningen, äldreomsorg - Hemtjänsttagare med aktuell genomförandeplan, äldreomsorg, andel (%)
U21454	Brukarbedömning hemtjänst äldreomsorg - bemötande, förtroende och trygghet, medelvärde
U21455	Brukarbedömning hemtjänst äldreomsorg - inflytande och tillräckligt med tid, medelvärde
U21461	Brukarbedömning hemtjänst äldreomsorg - tillräckligt med tid, andel (%)
U21462	Brukarbedömning hemtjänst äldreomsorg - möjlighet påverka tider, andel (%)
U21463	Brukarbedömning hemtjänst äldreomsorg - hänsyn till åsikter och önskemål, andel (%)
U21464	Brukarbedömning hemtjänst äldreomsorg - möjlighet att framföra synpunkter eller klagomål, andel (%)
U21465	Brukarbedömning hemtjänst äldreomsorg -  information om förändringar, andel (%)
U21466	Brukarbedömning hemtjänst äldreomsorg - alltid bra bemötande, andel (%)
U21467	Brukarbedömning hemtjänst äldreomsorg - trygghet (mycket trygga), andel (%)
U21468	Brukarbedömning hemtjänst äldreomsorg -  helhetssyn, andel (%)
U21470	Brukarbedömning hemtjänst äldreomsorg - rörlighet inomhus, andel (%) (-2023)
U21471	Brukarbedömning hemtjänst äldreomsorg - bor med annan vuxen, andel (%)
U21472	Brukarbedömning hemtjänst äldreomsorg - behov anpassas, andel (%)
U21473	Brukarbedömning hemtjänst äldreomsorg - välja utförare, andel (%) (-2023)
U21474	Brukarbedömning hemtjänst äldreomsorg - personalen utför sina arbetsuppgifter, andel (%)
U21475	Brukarbedömning hemtjänst äldreomsorg - personalen kommer på avtalad tid, andel (%)
U21477	Brukarbedömning hemtjänst äldreomsorg - förtroende för personalen, andel (%)
U21478	Brukarbedömning hemtjänst äldreomsorg - svåra besvär av ensamhet, andel (%)
U21481	Brukarbedömning hemtjänst äldreomsorg - få kontakt med hemtjänstpersonalen, andel (%)
U21482	Brukarbedömning hemtjänst äldreomsorg - själv svarat på frågorna, andel (%)
U21504	Brukarbedömning hemtjänst äldreomsorg - alltid eller oftast bra bemötande, andel (%)
U21505	Brukarbedömning hemtjänst äldreomsorg - mycket eller ganska trygga, andel (%)
U21513	Enhetsundersökningen, äldreomsorg - Hemtjänstenheter äldreomsorg i kommunal regi, andel (%)
U21514	Enhetsundersökningen, äldreomsorg - Möjlighet att tillgodose vård och omsorg utförd av personal som talar finska i hemtjänst, äldreomsorg, andel (%)
U21516	Enhetsundersökningen, äldreomsorg - Hemtjänsttagare med namngiven fast personalkontakt, andel (%) (-2024)
U21554	Enhetsundersökningen, äldreomsorg - Hemtjänsttagare med dokumentation om hur brukaren deltagit vid upprättande/förändring av sin genomförandeplan, äldreomsorg, andel (%)
U21555	Enhetsundersökningen, äldreomsorg - Aktuell rutin när hemtjänsttagare, trots överenskommelse, inte öppnar dörren, äldreomsorg, andel (%)
U21556	Enhetsundersökningen, äldreomsorg - Aktuell rutin när hemtjänsttagare plötsligt uppvisar ett försämrat allmäntillstånd, äldreomsorg, andel (%)
U21557	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke om att hemtjänsttagare är undernärd eller felnärd, äldreomsorg, andel (%)
U21558	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke/upptäckt av att hemtjänsttagare utsatts för våld eller övergrepp av anhörig/närstående, äldreomsorg, andel (%)
U21559	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke/upptäckt av att hemtjänsttagare är beroende av/missbrukar läkemedel, äldreomsorg, andel (%)
U21560	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke/upptäckt av att hemtjänsttagare är beroende av/missbrukar alkohol eller andra beroendeframkallande medel (ej läkemedel), äldreomsorg, andel (%)
U21561	Enhetsundersökningen, äldreomsorg - Aktuell rutin för hur personalen samarbetar med anhöriga i hemtjänsten, äldreomsorg, andel (%)
U21562	Enhetsundersökningen, äldreomsorg - Aktuell rutin för schemalagda möten med sjuksköterska i hemtjänst, äldreomsorg, andel (%)
U21563	Enhetsundersökningen, äldreomsorg (enhetsdata) - Aktuell rutin för schemalagda möten med sjuksköterska i hemtjänsten, äldreomsorg, frekvens
U21564	Enhetsundersökningen, äldreomsorg - Aktuell rutin för kontakt med sjukvårdspersonal i frågor som rör hemtjänsttagare som regionens primärvård har ansvaret för, äldreomsorg, andel (%)
U21565	Enhetsundersökningen, äldreomsorg - Aktuell rutin för hur hemtjänsttagarens vårdplanering ska genomföras i samverkan med olika aktörer, äldreomsorg, andel (%)
U21566	Enhetsundersökningen, äldreomsorg - Aktuell rutin för hur hemtjänsttagarens vårdplanering ska genomföras i samverkan med den enskilde och med den kommunala hälso- och sjukvårdspersonalen samt hemtjänstpersonalen, äldreomsorg, andel (%)
U21567	Enhetsundersökningen, äldreomsorg - Aktuell rutin  för hur fördjupade läkemedelsgenomgångar ska genomföras, där hemtjänsttagarens delaktighet är dokumenterad i journalen, äldreomsorg, andel (%) (-2023)
U21568	Enhetsundersökningen, äldreomsorg - Aktuell rutin för hur fördjupade läkemedelsgenomgångar ska genomföras i samverkan med hemtjänsttagaren och läkare samt ansvarig sjuksköterska, där hemtjänstpersonal medverkar, äldreomsorg, andel (%) (-2023)
U21571	Aktuell rutin för hur samverkan vid vårdplanering ska ske tillsammans med hemtjänsttagaren, den kommunala hälso- och sjukvårds-personalen och hälso- och sjukvårdspersonalen vid regionens vårdcentral samt hemtjänstpersonalen, äldreomsorg, andel (%)
U21901	Brukartid hemtjänst äldreomsorg, andel (%) (- 2024)
U23200	Medarbetarengagemang (HME) särskilt boende äldreomsorg - Totalindex
U23201	Medarbetarengagemang (HME) särskilt boende äldreomsorg - Motivationsindex
U23202	Medarbetarengagemang (HME) särskilt boende äldreomsorg - Ledarskapsindex
U23203	Medarbetarengagemang (HME) särskilt boende äldreomsorg - Styrningsindex
U23300	HME särskilt boende äldreomsorg, index för påståendet Mitt arbete känns meningsfullt.
U23301	HME särskilt boende äldreomsorg, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U23302	HME särskilt boende äldreomsorg, index för påståendet Jag ser fram emot att gå till arbetet.
U23303	HME särskilt boende äldreomsorg, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U23304	HME särskilt boende äldreomsorg, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U23305	HME särskilt boende äldreomsorg, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U23306	HME särskilt boende äldreomsorg, index för påståendet Jag är insatt i min arbetsplats mål.
U23307	HME särskilt boende äldreomsorg, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U23308	HME särskilt boende äldreomsorg, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U23340	Möjlighet till uppkoppling till internet i den enskildes rum eller lägenhet i särskilt boende äldreomsorg, (inget=0, några=1, alla=2)
U23401	Väntetid i antal dagar från ansökningsdatum till första erbjudet inflyttningsdatum till särskilt boende, medelvärde
U23402	Väntetid i antal dagar från ansökningsdatum till första erbjudet inflyttningsdatum till särskilt boende, median (- 2024)
U23412	Boendeplatser i särskilt boende där den äldre erbjuds kvarboende i livets slutskede, andel (%)
U23418	Personer 65+ år i särskilt boende med risk för trycksår grad 1 med ordination av tryckutjämnande underlag, andel (%)
U23419	Personer 75+ år i särskilt boende med tre eller fler psykofarmaka, andel (%)
U23420	Personer 75+ år i särskilt boende med tio eller fler läkemedel, andel (%)
U23421	Personer 75+ år i särskilt boende med olämpliga läkemedel, andel (%)
U23422	Personer 75+ år i särskilt boende med antipsykotiska läkemedel, andel (%)
U23431	Väntetider från ansökningsdatum till första erbjudet inflyttningsdatum till särskilt boende, väntat längre än 90 dagar (%)
U23443	Brukarbedömning särskilt boende äldreomsorg - Enskild regi - helhetssyn, andel (%)
U23444	Brukarbedömning särskilt boende äldreomsorg - Enskild regi - svåra besvär av ängslan, oro eller ångest, andel (%)
U23448	Brukarbedömning särskilt boende äldreomsorg - hälsotillstånd, andel (%)
U23450	Brukarbedömning särskilt boende äldreomsorg - svåra besvär av ängslan, oro eller ångest, andel (%)
U23453	Följsamhet till basala hygienrutiner och klädregler i särskilt boende för äldre, andel (%) (-2023)
U23454	Följsamhet till basala hygienrutiner i särskilt boende för äldre, andel (%) (-2023)
U23455	Följsamhet till basala klädregler i särskilt boende för äldre, andel (%) (-2023)
U23458	Brukarbedömning särskilt boende äldreomsorg - Kommunal regi - helhetssyn, andel (%)
U23459	Brukarbedömning särskilt boende äldreomsorg - tillräckligt med tid, andel (%)
U23460	Brukarbedömning särskilt boende äldreomsorg - möjlighet påverka tider, andel (%)
U23461	Brukarbedömning särskilt boende äldreomsorg - hänsyn till åsikter och önskemål, andel (%)
U23462	Brukarbedömning särskilt boende äldreomsorg - information om förändringar, andel (%)
U23463	Brukarbedömning särskilt boende äldreomsorg - alltid bra bemötande, andel (%)
U23464	Brukarbedömning särskilt boende äldreomsorg - mycket trygga, andel (%)
U23465	Brukarbedömning särskilt boende äldreomsorg - trivsamma gemensamma utrymmen, andel (%)
U23466	Brukarbedömning särskilt boende äldreomsorg - trivsamt utomhus, andel (%)
U23467	Brukarbedömning särskilt boende äldreomsorg - maten, andel (%)
U23468	Brukarbedömning särskilt boende äldreomsorg - måltidsmiljö, andel (%)
U23469	Brukarbedömning särskilt boende äldreomsorg -  möjligheten att komma utomhus, andel (%)
U23470	Brukarbedömning särskilt boende äldreomsorg -  sociala aktiviteter, andel (%)
U23471	Brukarbedömning särskilt boende äldreomsorg -  helhetssyn, andel (%)
U23472	Brukarbedömning särskilt boende äldreomsorg -  tillgång till sjuksköterska, andel (%)
U23473	Brukarbedömning särskilt boende äldreomsorg - rörlighet inomhus, andel (%) (-2023)
U23474	Brukarbedömning särskilt boende äldreomsorg - plats på äldreboende, andel (%) (-2023)
U23475	Brukarbedömning särskilt boende äldreomsorg - trivs med rum/lägenhet, andel (%)
U23478	Brukarbedömning särskilt boende äldreomsorg - Kommunal regi - svåra besvär av ängslan, oro eller ångest, andel (%)
U23480	Brukarbedömning särskilt boende äldreomsorg - förtroende för personalen, andel (%)
U23481	Brukarbedömning särskilt boende äldreomsorg - besväras ofta av ensamhet, andel (%)
U23482	Brukarbedömning särskilt boende äldreomsorg - läkare vid behov, andel (%)
U23483	Brukarbedömning särskilt boende äldreomsorg - få kontakt med personalen på boendet, andel (%)
U23484	Brukarbedömning särskilt boende äldreomsorg - själv svarat på frågorna, andel (%)
U23489	Enhetsundersökningen, äldreomsorg - Omsorgspersonal/plats i boende i särskilt boende, äldreomsorg, vardagar, antal (-2023)
U23490	Enhetsundersökningen, äldreomsorg - Sjuksköterskor/plats i särskilt boende, äldreomsorg, vardagar, antal (-2023)
U23493	Enhetsundersökningen, äldreomsorg - Omsorgspersonal/plats i boende i särskilt boende, äldreomsorg, helgdagar, antal (-2023)
U23494	Enhetsundersökningen, äldreomsorg - Sjuksköterskor/plats i särskilt boende, äldreomsorg, helgdagar, antal (-2023)
U23495	Enhetsundersökningen, äldreomsorg - Omsorgspersonal med adekvat utbildning, vardagar i särskilt boende, äldreomsorg, andel (%) (-2023)
U23496	Enhetsundersökningen, äldreomsorg - Omsorgspersonal med adekvat utbildning, helgdagar i särskilt boende, äldreomsorg, andel (%) (-2023)
U23498	Enhetsundersökningen, äldreomsorg - Regelbundna borådsmöten i särskilt boende, äldreomsorg, andel (%)
U23503	Enhetsundersökningen, äldreomsorg - Närhet till träningslokal och som lätt kan nås i särskilt boende, äldreomsorg, andel (%)
U23505	Brukarbedömning särskilt boende äldreomsorg - bemötande, förtroende och trygghet, medelvärde
U23506	Brukarbedömning särskilt boende äldreomsorg - inflytande och tillräckligt med tid, medelvärde
U23508	Brukarbedömning särskilt boende äldreomsorg - boendemiljö, medelvärde
U23509	Brukarbedömning särskilt boende äldreomsorg -  kontakt med personal, medelvärde
U23516	Brukarbedömning särskilt boende äldreomsorg - möjlighet att framföra synpunkter eller klagomål, andel (%)
U23520	Brukarbedömning särskilt boende äldreomsorg - alltid eller oftast bra bemötande, andel (%)
U23521	Brukarbedömning särskilt boende äldreomsorg - mycket eller ganska trygga, andel (%)
U23522	Enhetsundersökningen, äldreomsorg - Särskilda boenden äldreomsorg i kommunal regi, andel (%)
U23524	Enhetsundersökningen, äldreomsorg - Möjlighet att tillgodose vård och omsorg utförd av personal som talar finska i särskilt boende, äldreomsorg, andel (%)
U23534	Enhetsundersökningen, äldreomsorg - Genomförandeplaner innehåller önskemål och behov i samband med måltider i särskilt boende, äldreomsorg, andel (%)
U23564	Enhetsundersökningen, äldreomsorg (enhetsdata) - Varje enskild boende erbjuds att delta i boenderådsmöte i särskilt boende, äldreomsorg, intervall
U23565	Enhetsundersökningen, äldreomsorg - Personer med en plan som innehåller dokumentation om hur personen deltagit vid upprättande/förändring av sin genomförandeplan i särskilt boende, äldreomsorg, andel (%)
U23566	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för genomförande av dygnets alla måltider, i särskilt boende, äldreomsorg, andel (%)
U23567	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns vid misstanke av att den enskilde utsatts för våld eller övergrepp av närstående i särskilt boende, äldreomsorg, andel (%)
U23568	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar läkemedel i särskilt boende, äldreomsorg, andel (%)
U23569	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar alkohol eller andra beroendeframkallande medel (ej läkemedel) i särskilt boende, äldreomsorg, andel (%)
U23570	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur personalen samarbetar med anhöriga i särskilt boende, äldreomsorg, andel (%)
U23571	Enhetsundersökningen, äldreomsorg - Aktuell rutin för hur planering av den enskildes vårdplanering ska genomföras i samverkan med olika aktörer i särskilt boende, äldreomsorg, andel (%)
U23572	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för schemalagda möten med sjuksköterska i frågor som rör personer med behov av kommunal hälso- och sjukvårdsinsatser i särskilt boende, äldreomsorg, andel (%)
U23573	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur fördjupade läkemedelsgenomgångar ska genomföras, där den enskildes delaktighet är dokumenterad i journalen, i särskilt boende, äldreomsorg, andel (%) (-2023)
U23574	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur fördjupade läkemedelsgenomgångar ska genomföras i samverkan med den enskilde och läkare samt ansvarig sjuksköterska och omsorgspersonal i särskilt boende, äldreomsorg, andel (%) (-2023)
U23577	Enhetsundersökningen, äldreomsorg - Personer som har en dokumentation om varför de har en skyddsåtgärd i särskilt boende, äldreomsorg, andel (%)
U23588	Enhetsundersökningen, äldreomsorg - Innemiljö som är utformad så att den stödjer den enskilde i särskilt boende, äldreomsorg, andel (%)
U23589	Enhetsundersökningen, äldreomsorg - Samtliga boende har tillgång till utevistelse när de så önskar i särskilt boende, äldreomsorg, andel (%) (-2023)
U23590	Brukarbedömning särskilt boende äldreomsorg - mat och måltidsmiljö, medelvärde
U23591	Brukarbedömning särskilt boende äldreomsorg -  aktiviteter och känsla av ensamhet, medelvärde
U23592	Brukarbedömning hemtjänst äldreomsorg - svarande, antal
U23593	Brukarbedömning hemtjänst äldreomsorg - svarsfrekvens, andel (%)
U23594	Brukarbedömning särskilt boende äldreomsorg - svarande, antal
U23595	Brukarbedömning särskilt boende äldreomsorg - svarsfrekvens, andel (%)
U23701	Medianvårdtid i särskilt boende äldreomsorg, antal dagar
U25200	Medarbetarengagemang (HME) omsorg om personer med funktionsnedsättning - Totalindex
U25201	Medarbetarengagemang (HME) omsorg om personer med funktionsnedsättning - Motivationsindex
U25202	Medarbetarengagemang (HME) omsorg om personer med funktionsnedsättning - Ledarskapsindex
U25203	Medarbetarengagemang (HME) omsorg om personer med funktionsnedsättning - Styrningsindex
U25300	HME omsorg om personer med funktionsnedsättning, index för påståendet Mitt arbete känns meningsfullt.
U25301	HME omsorg om personer med funktionsnedsättning, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U25302	HME omsorg om personer med funktionsnedsättning, index för påståendet Jag ser fram emot att gå till arbetet.
U25303	HME omsorg om personer med funktionsnedsättning, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U25304	HME omsorg om personer med funktionsnedsättning, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U25305	HME omsorg om personer med funktionsnedsättning, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U25306	HME omsorg om personer med funktionsnedsättning, index för påståendet Jag är insatt i min arbetsplats mål.
U25307	HME omsorg om personer med funktionsnedsättning, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U25308	HME omsorg om personer med funktionsnedsättning, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U25340	Möjlighet till uppkoppling till internet i den enskildes rum eller lägenhet i  stöd- och serviceboenden för personer med funktionsnedsättning, (inget=0, några=1, alla=2)
U26341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet funktionsfinder (SoL), (Ja=1, Nej=0)
U26413	Brukarbedömning boende särskild service SoL - Brukaren får bestämma om saker som är viktiga, lägeskommun, andel (%)
U26414	Brukarbedömning boende särskild service SoL - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)
U26415	Brukarbedömning boende särskild service SoL - Personalen bryr sig om brukaren, lägeskommun, andel (%)
U26416	Brukarbedömning boende särskild service SoL - Personalen pratar så brukaren förstår, lägeskommun, andel (%)
U26417	Brukarbedömning boende särskild service SoL - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)
U26418	Brukarbedömning boende särskild service SoL - Brukaren är aldrig rädd för något hemma, lägeskommun, andel (%)
U26419	Brukarbedömning boende särskild service SoL - Brukaren trivs alltid hemma, lägeskommun, andel (%)
U26420	Brukarbedömning boendestöd SoL - Brukaren får bestämma om saker som är viktiga, lägeskommun, andel (%)
U26421	Brukarbedömning boendestöd SoL - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)
U26422	Brukarbedömning boendestöd SoL - Personalen bryr sig om brukaren - lägeskommun, andel (%)
U26423	Brukarbedömning boendestöd SoL - Personalen pratar så brukaren förstår, lägeskommun, andel (%)
U26424	Brukarbedömning boendestöd SoL - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)
U26427	Brukarbedömning sysselsättning SoL - Brukaren får bestämma om saker som är viktiga, lägeskommun, andel (%)
U26428	Brukarbedömning sysselsättning SoL - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)
U26429	Brukarbedömning sysselsättning SoL - Personalen bryr sig om brukaren, lägeskommun, andel (%)
U26430	Brukarbedömning sysselsättning SoL - Personalen pratar så brukaren förstår, lägeskommun, andel (%)
U26431	Brukarbedömning sysselsättning SoL - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)
U26432	Brukarbedömning sysselsättning SoL - Brukaren är aldrig rädd för något på sin sysselsättning, lägeskommun, andel (%)
U26433	Brukarbedömning sysselsättning SoL - Brukaren trivs på verksamheten, lägeskommun, andel (%)
U26436	Brukarbedömning boende särskild service SoL - Brukaren vet vem hen ska kontakta om något är dåligt hemma, lägeskommun, andel (%)
U26437	Brukarbedömning boendestöd SoL - Brukaren vet vem hen ska kontakta om något är dåligt med boendestödet, lägeskommun, andel (%)
U26438	Brukarbedömning sysselsättning SoL - Verksamheten är viktig för brukaren, lägeskommun, andel (%)
U26439	Brukarbedömning sysselsättning SoL - Brukaren vet vem hen ska kontakta om något är dåligt på sysselsättningen, lägeskommun, andel (%)
U26440	Brukarbedömning boendestöd SoL - Brukaren får ibland bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)
U26441	Brukarbedömning boendestöd SoL - Brukaren får inte bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)
U26442	Brukarbedömning boendestöd SoL - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U26443	Brukarbedömning boendestöd SoL - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U26444	Brukarbedömning boendestöd SoL - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)
U26445	Brukarbedömning boendestöd SoL - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)
U26446	Brukarbedömning boendestöd SoL - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)
U26447	Brukarbedömning boendestöd SoL - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)
U26448	Brukarbedömning boendestöd SoL - Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)
U26449	Brukarbedömning boendestöd SoL - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)
U26452	Brukarbedömning sysselsättning SoL - Brukaren får ibland bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)
U26453	Brukarbedömning sysselsättning SoL - Brukaren får inte bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)
U26454	Brukarbedömning sysselsättning SoL - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U26455	Brukarbedömning sysselsättning SoL - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U26456	Brukarbedömning sysselsättning SoL - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)
U26457	Brukarbedömning sysselsättning SoL - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)
U26458	Brukarbedömning sysselsättning SoL - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)
U26459	Brukarbedömning sysselsättning SoL - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)
U26460	Brukarbedömning sysselsättning SoL - Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)
U26461	Brukarbedömning sysselsättning SoL - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)
U26462	Brukarbedömning sysselsättning SoL  - Brukaren är ibland rädd för något på sin sysselsättning, lägeskommun, andel (%) (-2024)
U26463	Brukarbedömning sysselsättning SoL  - Brukaren är ofta rädd för något på sin sysselsättning, lägeskommun, andel (%) (-2024)
U26464	Brukarbedömning sysselsättning SoL - Brukaren trivs ibland på verksamheten, lägeskommun, andel (%) (-2024)
U26465	Brukarbedömning sysselsättning SoL - Brukaren trivs aldrig på verksamheten, lägeskommun, andel (%) (-2024)
U26466	Brukarbedömning sysselsättning SoL - Verksamheten är ibland viktig för brukaren, lägeskommun, andel (%) (-2024)
U26467	Brukarbedömning sysselsättning SoL - Verksamheten är aldrig viktig för brukaren, lägeskommun, andel (%) (-2024)
U26468	Brukarbedömning boende särskild service SoL - Brukaren får ibland bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)
U26469	Brukarbedömning boende särskild service SoL - Brukaren får inte bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)
U26470	Brukarbedömning boende särskild service SoL - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U26471	Brukarbedömning boende särskild service SoL - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U26472	Brukarbedömning boende särskild service SoL - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)
U26473	Brukarbedömning boende särskild service SoL - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)
U26474	Brukarbedömning boende särskild service SoL - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)
U26475	Brukarbedömning boende särskild service SoL - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)
U26476	Brukarbedömning boende särskild service SoL - Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)
U26477	Brukarbedömning boende särskild service SoL - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)
U26478	Brukarbedömning boende särskild service SoL - Brukaren är ibland rädd för något hemma, lägeskommun, andel (%) (-2024)
U26479	Brukarbedömning boende särskild service SoL - Brukaren är ofta rädd för något hemma, lägeskommun, andel (%) (-2024)
U26480	Brukarbedömning boende särskild service SoL - Brukaren trivs hemma ibland, lägeskommun, andel (%) (-2024)
U26481	Brukarbedömning boende särskild service SoL - Brukaren trivs aldrig hemma, lägeskommun, andel (%) (-2024)
U26482	Brukarbedömning daglig verksamhet LSS - Verksamheten är ibland viktig för brukaren, andel (%)
U26483	Brukarbedömning daglig verksamhet LSS - Verksamheten är aldrig viktig för brukaren, lägeskommun, andel (%) (-2024)
U26490	Brukarbedömning myndighetskontakt funktionshinderområdet - Brukaren fick veta före mötet vad mötet skulle handla om, andel "Ja" (%)
U26491	Brukarbedömning myndighetskontakt funktionshinderområdet - Brukaren fick välja var mötet med handläggaren skulle ske, andel "Ja" (%)
U26492	Brukarbedömning myndighetskontakt funktionshinderområdet - Handläggaren pratade så brukaren förstod på mötet, andel "Ja" (%)
U26493	Brukarbedömning myndighetskontakt funktionshinderområdet - Handläggaren förstod vad brukaren sa på mötet, andel "Ja" (%)
U26494	Brukarbedömning myndighetskontakt funktionshinderområdet -  Fick säga det som var viktigt på mötet, andel "Ja" (%)
U26495	Brukarbedömning myndighetskontakt funktionshinderområdet - Vad tyckte brukaren om mötet med handläggaren, andel "Bra" (%)
U26496	Brukarbedömning myndighetskontakt funktionshinderområdet - Brukaren vet vem hen ska prata med om hen tycker mötet med handläggaren var dåligt, andel "Ja" (%)
U26497	Brukarbedömning myndighetskontakt funktionshinderområdet - Brukaren vet hur hen får kontakt med sin handläggare, andel "Ja" (%)
U26498	Brukarbedömning myndighetskontakt funktionshinderområdet - antal svar
U26499	Brukarbedömning myndighetskontakt funktionshinderområdet - svarsfrekvens, andel (%)
U28001	Resursindex LSS boende och daglig verksamhet
U28112	Enhetsundersökning LSS - Enheterna har aktuella genomförandeplaner, bostad med särskild service, andel (%)
U28113	Enhetsundersökning LSS - Enheter har dokumentation om delaktighet i genomförandeplanen, bostäder med särskild service, andel (%)
U28116	Enhetsundersökning LSS - Enheterna har individuellt utformade mål i genomförandeplanen, boende med särskild service, andel (%)
U28118	Enhetsundersökning LSS - Enheterna har regelbundna, gemensamma möten för de boende, bostad med särskild service, andel (%)
U28119	Enhetsundersökning LSS - Enheterna har rutiner för att säkerställa tillgång till hälso- och sjukvård, bostad med särskild service, andel (%)
U28120	Enhetsundersökning LSS - Enheterna har rutiner för samverkan kring hjälpmedel, bostad med särskild service, andel (%)
U28121	Enhetsundersökning LSS - Individuella kompetensutvecklingsplaner finns för samtliga i personalgruppen på enheten, bostad med särskild service, andel (%)
U28122	Enhetsundersökning LSS - Samlad kompetensutvecklingsplan för personalen finns vid enheten, bostad med särskild service, andel (%)
U28123	Enhetsundersökning LSS - Kompetensutveckling inom Alternativ och Kompletterande Kommunikation (AKK) har erbjudits till personalen på enheten, bostad med särskild service, andel (%)
U28124	Enhetsundersökning LSS - Kontinuerlig handledning har erbjudits till personalen på enheterna, bostad med särskild service, andel (%)
U28125	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde har utsatts för våld eller andra övergrepp, bostad med särskild service, andel (%)
U28126	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar läkemedel, bostad med särskild service, andel (%)
U28127	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar alkohol eller andra beroendeframkallande medel (ej läkemedel), Bostad med särskild service, andel (%)
U28128	Enhetsundersökning LSS - På enheten används enskildas uppfattning för att utveckla verksamheten, bostad med särskild service, andel (%)
U28129	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan, bostad med särskild service, andel (%)
U28130	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan som innehåller dokumentation om delaktighet, bostad med särskild service, andel (%)
U28131	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan som innehåller individuellt utformade mål, bostad med särskild service, andel (%)
U28132	Enhetsundersökning LSS - Enheterna har aktuella genomförandeplaner, daglig verksamhet, andel (%)
U28133	Enhetsundersökning LSS - Enheterna har dokumentation om delaktighet i genomförandeplanen, daglig verksamhet, andel (%)
U28134	Enhetsundersökning LSS - Enheterna har individuellt utformade mål i genomförandeplanen, daglig verksamhet, andel (%)
U28135	Enhetsundersökning LSS - Enheterna har regelbundna, gemensamma möten, daglig verksamhet, andel (%)
U28136	Enhetsundersökning LSS - Individuella kompetensutvecklingsplaner finns för samtliga i personalgruppen på enheten, daglig verksamhet, andel (%)
U28137	Enhetsundersökning LSS - Samlad kompetensutvecklingsplan för personalen finns vid enheten, daglig verksamhet, andel (%)
U28138	Enhetsundersökning LSS - Kompetensutveckling inom Alternativ och Kompletterande Kommunikation (AKK) har erbjudits till personalen på enheten, daglig verksamhet, andel (%)
U28139	Enhetsundersökning LSS - Kontinuerlig handledning har erbjudits till personalen på enheten, daglig verksamhet, andel (%)
U28140	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde har utsatts för våld eller andra övergrepp, daglig verksamhet, andel (%)
U28141	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar läkemedel, daglig verksamhet, andel (%)
U28142	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar alkohol eller andra beroendeframkallande medel (ej läkemedel), daglig verksamhet, andel (%)
U28143	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan, daglig verksamhet, andel (%)
U28144	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan som innehåller dokumentation om delaktighet, daglig verksamhet, andel (%)
U28145	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan som innehåller individuellt utformade mål, daglig verksamhet, andel (%)
U28146	Enhetsundersökning LSS - På enheten används enskildas uppfattning för att utveckla verksamheten, daglig verksamhet, andel (%)
U28341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet funktionsfinder (LSS), (Ja=1, Nej=0)
U28408	Kvalitetsindex LSS boende och daglig verksamhet
U28414	Utredningstid i antal dagar från ansökan till beslut om LSS-insats (alla insatser), medelvärde (- 2024)
U28417	Utredningstid i antal dagar från ansökan till beslut om LSS-insats (alla insatser), median (- 2024)
U28418	Väntetid i antal dagar från beslut till första erbjudna inflyttningsdatum avseende boende enl. LSS § 9.9, medelvärde (- 2024)
U28419	Väntetid i antal dagar från beslut till första erbjudna inflyttningsdatum avseende boende enl. LSS § 9.9, median (- 2024)
U28475	Information på kommunens webbplats på lättläst svenska för socialpsykiatri, (Ja=1, Nej=0)
U28476	Talad information på kommunens webbplats för socialpsykiatri, (Ja=1, Nej=0)
U28490	Aktuell rutin vid indikation på att en vuxen utsatts för våld inom socialpsykiatri, (Ja=1, Nej=0)
U28500	Personligt ombud (PO) till personer med psykisk funktionsnedsättning, (Ja=1, Nej=0)
U28502	Brukarstyrd brukarrevision för att utveckla verksamheter inom socialpsykiatri, (Ja=1, Nej=0)
U28518	Brukarbedömning gruppbostad LSS  - Brukaren får bestämma om saker som är viktiga hemma, lägeskommun, andel (%)
U28519	Brukarbedömning gruppbostad LSS - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)
U28520	Brukarbedömning gruppbostad LSS  - Personalen bryr sig om brukaren, lägeskommun, andel (%)
U28521	Brukarbedömning gruppbostad LSS  - Personalen pratar så brukaren förstår, lägeskommun, andel (%)
U28522	Brukarbedömning gruppbostad LSS  - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)
U28523	Brukarbedömning gruppbostad LSS  - Brukaren är aldrig rädd för något hemma, lägeskommun, andel (%)
U28524	Brukarbedömning gruppbostad LSS  - Brukaren trivs alltid hemma, lägeskommun, andel (%)
U28525	Brukarbedömning servicebostad LSS - Brukaren får bestämma om saker som är viktiga hemma, lägeskommun, andel (%)
U28526	Brukarbedömning servicebostad LSS - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)
U28527	Brukarbedömning servicebostad LSS - Personalen bryr sig om brukaren, lägeskommun, andel (%)
U28528	Brukarbedömning servicebostad LSS - Personalen pratar så brukaren förstår, lägeskommun, andel (%)
U28529	Brukarbedömning servicebostad LSS - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)
U28530	Brukarbedömning servicebostad LSS - Brukaren är aldrig rädd för något hemma, lägeskommun, andel (%)
U28531	Brukarbedömning servicebostad LSS - Brukaren trivs med alla i boendepersonalen, lägeskommun, andel (%)
U28532	Brukarbedömning daglig verksamhet LSS  - Brukaren får bestämma om saker som är viktiga, lägeskommun, andel (%)
U28533	Brukarbedömning daglig verksamhet LSS - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)
U28534	Brukarbedömning daglig verksamhet LSS - Personalen bryr sig om brukaren, lägeskommun, andel (%)
U28535	Brukarbedömning  daglig verksamhet LSS  - Personalen pratar så brukaren förstår, lägeskommun, andel (%)
U28536	Brukarbedömning  daglig verksamhet LSS  - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)
U28537	Brukarbedömning  daglig verksamhet LSS  - Brukaren är aldrig rädd för något på sin dagliga verksamhet, lägeskommun, andel (%)
U28538	Brukarbedömning  daglig verksamhet LSS  - Brukaren trivs alltid på sin dagliga verksamhet, lägeskommun, andel (%)
U28560	Brukarbedömning gruppbostad LSS - Brukaren vet vem hen ska kontakta om något är dåligt hemma, lägeskommun, andel (%)
U28561	Brukarbedömning daglig verksamhet LSS - Verksamheten är viktig för brukaren, lägeskommun, andel (%)
U28562	Brukarbedömning daglig verksamhet LSS - Brukaren vet vem hen ska kontakta om något är dåligt, lägeskommun, andel (%)
U28563	Brukarbedömning boende LSS totalt - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)
U28564	Brukarbedömning boende LSS totalt - Personalen bryr sig om brukaren, lägeskommun, andel (%)
U28565	Brukarbedömning boende LSS totalt - Personalen pratar så brukaren förstår, lägeskommun, andel (%)
U28566	Brukarbedömning boende LSS totalt  - All personal förstår brukaren, lägeskommun, andel (%)
U28567	Brukarbedömning boende LSS totalt - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)
U28568	Brukarbedömning boende LSS totalt - Brukaren är aldrig rädd för något hemma, lägeskommun, andel (%)
U28569	Brukarbedömning boende LSS totalt - Brukaren vet vem hen ska kontakta om något är dåligt hemma, lägeskommun, andel (%)
U28570	Brukarbedömning boende LSS totalt - Brukaren trivs alltid hemma, lägeskommun, andel (%)
U28571	Brukarbedömning servicebostad LSS - Brukaren vet vem hen ska kontakta om något är dåligt hemma, lägeskommun, andel (%)
U28574	Brukarbedömning gruppbostad LSS - Brukaren får ibland bestämma om saker som är viktiga hemma, lägeskommun, andel (%) (-2024)
U28575	Brukarbedömning gruppbostad LSS - Brukaren får inte bestämma om saker som är viktiga hemma, lägeskommun, andel (%) (-2024)
U28576	Brukarbedömning gruppbostad LSS - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U28577	Brukarbedömning gruppbostad LSS - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U28578	Brukarbedömning gruppbostad LSS - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)
U28579	Brukarbedömning gruppbostad LSS - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)
U28580	Brukarbedömning gruppbostad LSS - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)
U28581	Brukarbedömning gruppbostad LSS - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)
U28582	Brukarbedömning gruppbostad LSS - Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)
U28583	Brukarbedömning gruppbostad LSS - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)
U28584	Brukarbedömning gruppbostad LSS - Brukaren är ibland rädd för något hemma, lägeskommun, andel (%) (-2024)
U28585	Brukarbedömning gruppbostad LSS - Brukaren är ofta rädd för något hemma, lägeskommun, andel (%) (-2024)
U28586	Brukarbedömning gruppbostad LSS - Brukaren trivs hemma ibland, lägeskommun, andel (%) (-2024)
U28587	Brukarbedömning gruppbostad LSS - Brukaren trivs aldrig hemma, lägeskommun, andel (%) (-2024)
U28588	Brukarbedömning servicebostad LSS - Får ibland bestämma om saker som är viktiga hemma, lägeskommun, andel (%) (-2024)
U28589	Brukarbedömning servicebostad LSS - Får inte bestämma om saker som är viktiga hemma, lägeskommun, andel (%) (-2024)
U28590	Brukarbedömning servicebostad LSS - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U28591	Brukarbedömning servicebostad LSS - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U28592	Brukarbedömning servicebostad LSS - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)
U28593	Brukarbedömning servicebostad LSS - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)
U28594	Brukarbedömning servicebostad LSS - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)
U28595	Brukarbedömning servicebostad LSS - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)
U28596	Brukarbedömning servicebostad LSS - Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)
U28597	Brukarbedömning servicebostad LSS - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)
U28598	Brukarbedömning servicebostad LSS - Brukaren är ibland rädd för något hemma, lägeskommun, andel (%) (-2024)
U28599	Brukarbedömning servicebostad LSS - Brukaren är ofta rädd för något hemma, lägeskommun, andel (%) (-2024)
U28600	Brukarbedömning servicebostad LSS - Brukaren trivs med några i boendepersonalen, lägeskommun, andel (%) (-2024)
U28601	Brukarbedömning servicebostad LSS - Brukaren trivs inte med någon i boendepersonalen, lägeskommun, andel (%) (-2024)
U28602	Brukarbedömning daglig verksamhet LSS - Brukaren får ibland bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)
U28603	Brukarbedömning daglig verksamhet LSS - Brukaren får inte bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)
U28604	Brukarbedömning daglig verksamhet LSS - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U28605	Brukarbedömning daglig verksamhet LSS - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)
U28606	Brukarbedömning daglig verksamhet LSS - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)
U28607	Brukarbedömning daglig verksamhet LSS - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)
U28608	Brukarbedömning daglig verksamhet LSS - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)
U28609	Brukarbedömning daglig verksamhet LSS - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)
U28610	Brukarbedömning daglig verksamhet LSS -  Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)
U28611	Brukarbedömning daglig verksamhet LSS - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)
U28612	Brukarbedömning daglig verksamhet LSS  - Brukaren är ibland rädd för något på sin dagliga verksamhet, lägeskommun, andel (%) (-2024)
U28613	Brukarbedömning daglig verksamhet LSS - Brukaren är ofta rädd för något på sin dagliga verksamhet, lägeskommun, andel (%) (-2024)
U28614	Brukarbedömning daglig verksamhet LSS - Brukaren trivs på sin dagliga verksamhet ibland, lägeskommun, andel (%) (-2024)
U28615	Brukarbedömning daglig verksamhet LSS - Brukaren trivs aldrig på sin dagliga verksamhet, lägeskommun, andel (%) (-2024)
U28616	Brukarbedömning Personlig assistans - Brukaren har varit med och bestämt alla sina assistenter, lägeskommun, andel (%)
U28617	Brukarbedömning Personlig assistans - Brukaren har varit med och bestämt några av sina assistenter, lägeskommun, andel (%) (-2024)
U28618	Brukarbedömning Personlig assistans - Brukaren har inte varit med och bestämt sina assistenter, lägeskommun, andel (%) (-2024)
U28619	Brukarbedömning Personlig assistans - Brukaren får den hjälp hen vill ha av assistenterna, lägeskommun, andel (%)
U28620	Brukarbedömning Personlig assistans - Brukaren får ibland den hjälp hen vill ha av assistenterna, lägeskommun, andel (%) (-2024)
U28621	Brukarbedömning Personlig assistans - Brukaren får inte den hjälp hen vill ha av assistenterna, lägeskommun, andel (%) (-2024)
U28622	Brukarbedömning Personlig assistans - Assistenterna bryr sig om brukaren, lägeskommun, andel (%)
U28623	Brukarbedömning Personlig assistans - Assistenterna bryr sig om brukaren ibland, lägeskommun, andel (%) (-2024)
U28624	Brukarbedömning Personlig assistans - Assistenterna bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)
U28625	Brukarbedömning Personlig assistans - Alla assistenter pratar så brukaren förstår, lägeskommun, andel (%)
U28626	Brukarbedömning Personlig assistans - Några av assistenterna pratar så brukaren förstår, lägeskommun, andel (%) (-2024)
U28627	Brukarbedömning Personlig assistans - Ingen av assistenterna pratar så brukaren förstår, lägeskommun, andel (%) (-2024)
U28628	Brukarbedömning Personlig assistans - Alla assistenter förstår brukaren, lägeskommun, andel (%)
U28629	Brukarbedömning Personlig assistans - Några av assistenterna förstår brukaren, lägeskommun, andel (%) (-2024)
U28630	Brukarbedömning Personlig assistans - Ingen av assistenterna förstår brukaren, lägeskommun, andel (%) (-2024)
U28631	Brukarbedömning Personlig assistans - Brukaren känner sig trygg med alla sina assistenter, lägeskommun, andel (%)
U28632	Brukarbedömning Personlig assistans - Brukaren känner sig trygg med några sina assistenter, lägeskommun, andel (%) (-2024)
U28633	Brukarbedömning Personlig assistans - Brukaren känner sig inte trygg med någon av sina assistenter, lägeskommun, andel (%) (-2024)
U28634	Brukarbedömning Personlig assistans - Brukaren kan göra det hen vill med hjälp av sina assistenter, lägeskommun, andel (%)
U28635	Brukarbedömning Personlig assistans - Brukaren kan ibland göra det hen vill med hjälp av sina assistenter, lägeskommun, andel (%) (-2024)
U28636	Brukarbedömning Personlig assistans - Brukaren kan inte göra det hen vill med hjälp av sina assistenter, lägeskommun, andel (%) (-2024)
U28637	Brukarbedömning Personlig assistans - Brukaren vet vem hen ska prata med om något fungerar dåligt med assistenterna, lägeskommun, andel (%)
U28638	Brukarbedömning Personlig assistans - Brukaren trivs med sina assistenter, lägeskommun andel (%)
U28639	Brukarbedömning Personlig assistans - Brukaren trivs ibland med sina assistenter, andel (%)
U28640	Brukarbedömning Personlig assistans - Brukaren trivs inte med sina assistenter, lägeskommun, andel (%) (-2024)
U28641	Brukarbedömning gruppbostad LSS - All personal förstår brukaren, lägeskommun, andel (%)
U28642	Brukarbedömning gruppbostad LSS - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28643	Brukarbedömning gruppbostad LSS - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28644	Brukarbedömning servicebostad LSS - All personal  förstår brukaren, lägeskommun, andel (%)
U28645	Brukarbedömning servicebostad LSS - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28646	Brukarbedömning servicebostad LSS - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28647	Brukarbedömning daglig verksamhet LSS - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28648	Brukarbedömning daglig verksamhet LSS - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28649	Brukarbedömning  boende särskild service SoL - All personal förstår brukaren, lägeskommun, andel (%)
U28650	Brukarbedömning  boende särskild service SoL - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28651	Brukarbedömning  boende särskild service SoL - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28652	Brukarbedömning boendestöd SoL - All personal förstår brukaren, lägeskommun, andel (%)
U28653	Brukarbedömning boendestöd SoL - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28654	Brukarbedömning boendestöd SoL - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28655	Brukarbedömning sysselsättning SoL - All personal förstår brukaren, lägeskommun, andel (%)
U28656	Brukarbedömning sysselsättning SoL - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28657	Brukarbedömning sysselsättning SoL - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)
U28658	Brukarbedömning daglig verksamhet LSS - All personal förstår brukaren, lägeskommun, andel (%)
U28663	Brukarbedömning boende LSS totalt - Brukaren får bestämma om saker som är viktiga hemma, lägeskommun, andel (%)
U28690	Genomfört individbaserad systematisk uppföljning av målgruppens problem och/eller behov inom socialpsykiatri (Ja=1, Nej=0) (-2023)
U28691	Genomfört individbaserad systematisk uppföljning av verksamhetens stöd och/eller insatser till enskilda inom socialpsykiatri (Ja=1, Nej=0) (-2023)
U28692	Genomfört individbaserad systematisk uppföljning av stöd och insatsers resultat för de enskilda inom socialpsykiatri (Ja=1, Nej=0) (-2023)
U28900	Effektivitetsindex LSS boende och daglig verksamhet
U30200	Medarbetarengagemang (HME) individ- och familjeomsorg - Totalindex
U30201	Medarbetarengagemang (HME) individ- och familjeomsorg - Motivationsindex
U30202	Medarbetarengagemang (HME) individ- och familjeomsorg - Ledarskapsindex
U30203	Medarbetarengagemang (HME) individ- och familjeomsorg - Styrningsindex
U30300	HME individ- och familjeomsorg, index för påståendet Mitt arbete känns meningsfullt.
U30301	HME individ- och familjeomsorg, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U30302	HME individ- och familjeomsorg, index för påståendet Jag ser fram emot att gå till arbetet.
U30303	HME individ- och familjeomsorg, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U30304	HME individ- och familjeomsorg, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U30305	HME individ- och familjeomsorg, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U30306	HME individ- och familjeomsorg, index för påståendet Jag är insatt i min arbetsplats mål.
U30307	HME individ- och familjeomsorg, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U30308	HME individ- och familjeomsorg, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U30341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet familjerätt, (Ja=1, Nej=0)
U30426	Uppsökande verksamhet för akut hemlösa, (Ja=1, Nej=2)
U30427	Uppsökande verksamhet för de som riskerar förlora sitt boende, (Ja=1, Nej=2)
U30446	Bostadsmarknadsläge i kommunen totalt, (Överskott=2, Balans=1, Underskott=0)
U30447	Brukarbedömning individ- och familjeomsorg totalt  - få kontakt, andel (%)
U30448	Brukarbedömning individ- och familjeomsorg totalt  - tydlig information, andel (%)
U30449	Brukarbedömning individ- och familjeomsorg totalt  - visar förståelse, andel (%)
U30450	Brukarbedömning individ- och familjeomsorg totalt  - inflytande, andel (%)
U30451	Brukarbedömning individ- och familjeomsorg totalt  - påverka hjälp, andel (%)
U30452	Brukarbedömning individ- och familjeomsorg totalt  - helhetssyn, andel (%)
U30453	Brukarbedömning individ- och familjeomsorg totalt  - förbättrad situation, andel (%)
U30456	Bostadsmarknadsläget i kommunen, särskilt boende äldre (Överskott=2, Balans=1, Underskott=0)
U30457	Bostadsmarknadsläget i kommunen, studenter, (Överskott=2, Balans=1, Underskott=0)
U30458	Bostadsmarknadsläget i kommunen, personer med funktionsnedsättning, (Överskott=2, Balans=1, Underskott=0)
U30460	Bostadsmarknadsläget i kommunen, ungdomar, (Överskott=2, Balans=1, Underskott=0)
U30461	Bostadsmarknadsläget i kommunen, självbosatta nyanlända, (Överskott=2, Balans=1, Underskott=0)
U30464	Kommunen tar emot anvisade nyanlända, (Ja=1, Nej=0)
U30465	Kommunen har goda möjligheter att erbjuda anvisade nyanlända bostad, (Ja=1, Nej=0)
U30750	Vuxna (18+) som aktualiserats i individ- och familjeomsorgen p.g.a. utsatthet för våld i nära relation/hedersrelaterat våld, antal/10 000 vuxna invånare
U30751	Vuxna (18+) som fått minst en insats från individ- och familjeomsorgen p.g.a. utsatthet för våld i nära relation/hedersrelaterat våld, antal/10 000 vuxna invånare
U30752	Vuxna (18+) som fått insats från individ- och familjeomsorgen p.g.a. utsatthet för våld i nära relation/hedersrelaterat våld, där ärendet avslutats för att det övergripande målet med insatserna har nåtts helt eller delvis, antal/10 000 vuxna invånare
U30900	Brukarbedömning individ- och familjeomsorg totalt, svarsfrekvens (%)
U30901	Brukarbedömning individ- och familjeomsorg totalt, antal svar
U31001	Utbetalt ekonomiskt bistånd (enl SoS inkl flyktinghushåll), kr/inv
U31002	Resursindex ekonomiskt bistånd
U31003	Strukturjusterad nettokostnad ekonomiskt bistånd, kr/inv
U31004	Modellberäknad nettokostnad ekonomiskt bistånd, kr/inv
U31341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet ekonomiskt bistånd, (Ja=1, Nej=0)
U31401	Kvalitetsindex ekonomiskt bistånd
U31402	Väntetid i antal dagar från ansökan vid nybesök till beslut inom försörjningsstöd, medelvärde
U31403	Väntetid i antal dagar från ansökan vid nybesök till beslut inom försörjningsstöd, median
U31404	Handläggare inom ekonomiskt bistånd som har socionomexamen, andel (%)
U31462	Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%) (- 2024)
U31463	Väntetid i antal dagar från ansökan vid nybesök till beslut inom försörjningsstöd, väntat längre än 14 dagar (%). (- 2024)
U31500	Brukarbedömning ekonomiskt bistånd IFO  - få kontakt, andel (%)
U31501	Brukarbedömning ekonomiskt bistånd IFO  - tydlig information, andel (%)
U31502	Brukarbedömning ekonomiskt bistånd IFO  - visar förståelse, andel (%)
U31503	Brukarbedömning ekonomiskt bistånd IFO  - inflytande, andel (%)
U31504	Brukarbedömning ekonomiskt bistånd IFO  - påverka hjälp, andel (%)
U31505	Brukarbedömning ekonomiskt bistånd IFO  - helhetssyn, andel (%)
U31506	Brukarbedömning ekonomiskt bistånd IFO  - förbättrad situation, andel (%)
U31801	Vuxna biståndsmottagare (18+ år) med mycket långvarigt ekonomiskt bistånd, andel (%) av biståndsmottagare 18+ år
U31803	Barn i befolkningen som ingår i familjer med ekonomiskt bistånd, andel (%)
U31804	Unga vuxna med ekonomiskt bistånd, andel (%) av invånare 18-24 år
U31809	Barn i befolkningen som ingår i familjer med långvarigt ekonomiskt bistånd, andel (%)
U31900	Socioekonomisk sorteringsnyckel, (skala 1-8, 1=låg risk, 8 = hög risk).
U31902	Brukarbedömning ekonomiskt bistånd IFO, svarsfrekvens (%)
U31903	Brukarbedömning ekonomiskt bistånd IFO, antal svar
U31904	Effektivitetsindex ekonomiskt bistånd
U33341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet barn och unga, (Ja=1, Nej=0)
U33401	Utredningstid i antal dagar från påbörjad utredning till avslutad utredning inom barn och ungdom 0-20 år, medelvärde
U33402	Utredningstid i antal dagar från påbörjad utredning till avslutad utredning inom barn och ungdom 0-20 år, median (- 2024)
U33575	Brukarbedömning barn- och ungdomsvård IFO - få kontakt, andel (%)
U33576	Brukarbedömning barn- och ungdomsvård IFO - tydlig information, andel (%)
U33577	Brukarbedömning barn- och ungdomsvård IFO - visar förståelse, andel (%)
U33578	Brukarbedömning barn- och ungdomsvård IFO - inflytande, andel (%)
U33579	Brukarbedömning barn- och ungdomsvård IFO - påverka hjälp, andel (%)
U33580	Brukarbedömning barn- och ungdomsvård IFO  - helhetssyn, andel (%)
U33581	Brukarbedömning barn- och ungdomsvård IFO - förbättrad situation, andel (%)
U33589	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - få kontakt, andel (%)
U33590	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - tydlig information, andel (%)
U33591	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - visar förståelse, andel (%)
U33592	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - inflytande, andel (%)
U33593	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - påverka hjälp, andel (%)
U33594	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - helhetssyn, andel (%)
U33595	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - förbättrad situation, andel (%)
U33620	Enskildas uppfattning används till att utveckla myndighetsutövningen inom LSS.  (Ja=1, Nej=0)
U33621	Enskildas uppfattning används till att utveckla LSS - verksamheter. (Ja=1, Nej=0)
U33750	Brukarbedömning familjehem - Brukaren får det stöd hen behöver för att det ska ska fungera i skola/praktik/arbete, andel (%)
U33751	Brukarbedömning familjehem - Brukaren får den hjälp hen behöver med läxor, andel (%)
U33752	Brukarbedömning familjehem - Brukaren får det stöd hen behöver för att ha en bra fritid, andel (%)
U33753	Brukarbedömning familjehem - Brukaren får vara med och bestämma om saker som är viktiga för hen i boendet, andel (%)
U33754	Brukarbedömning familjehem - Det finns någon vuxen brukaren kan prata med vid behov, andel (%)
U33755	Brukarbedömning familjehem - Brukaren känner sig trygg i boendet, andel (%)
U33756	Brukarbedömning familjehem - Brukaren vet vem hen ska kontakta om något är dåligt i boendet, andel (%)
U33757	Brukarbedömning familjehem - Brukaren får den hjälp hen behöver för att hålla kontakt med familj och vänner, andel (%)
U33758	Brukarbedömning  familjehem - Brukaren får det stöd hen behöver för att må bra, andel (%)
U33759	Brukarbedömning familjehem - Brukaren får den hjälp hen behöver för att få kontakt med sjukvård, andel (%)
U33760	Brukarbedömning familjehem - Brukaren trivs i boendet, andel (%)
U33761	Brukarbedömning familjehem - Brukaren får stöd att planera sin framtid, andel (%)
U33762	Brukarbedömning stödboende - Brukaren får det stöd hen behöver för att det ska ska fungera i skola/praktik/arbete, andel (%)
U33763	Brukarbedömning stödboende - Brukaren får den hjälp hen behöver med läxor, andel (%)
U33764	Brukarbedömning stödboende - Brukaren får det stöd hen behöver för att ha en bra fritid, andel (%)
U33765	Brukarbedömning stödboende - Brukaren får vara med och bestämma om saker som är viktiga för hen i boendet, andel (%)
U33766	Brukarbedömning stödboende - Det finns någon vuxen brukaren kan prata med vid behov, andel (%)
U33767	Brukarbedömning stödboende - Brukaren känner sig trygg i boendet, andel (%)
U33768	Brukarbedömning stödboende - Brukaren vet vem hen ska kontakta om något är dåligt i boendet, andel (%)
U33769	Brukarbedömning stödboende - Brukaren får den hjälp hen behöver för att hålla kontakt med familj och vänner, andel (%)
U33770	Brukarbedömning stödboende - Brukaren får det stöd hen behöver för att må bra, andel (%)
U33771	Brukarbedömning stödboende - Brukaren får den hjälp hen behöver för att få kontakt med sjukvård, andel (%)
U33772	Brukarbedömning stödboende - Brukaren trivs i boendet, andel (%)
U33773	Brukarbedömning stödboende - Brukaren får stöd att planera sin framtid, andel (%)
U33774	Brukarbedömning HVB - Brukaren får det stöd hen behöver för att det ska ska fungera i skola/praktik/arbete, andel (%)
U33775	Brukarbedömning HVB - Brukaren får den hjälp hen behöver med läxor, andel (%)
U33776	Brukarbedömning HVB - Brukaren får det stöd hen behöver för att ha en bra fritid, andel (%)
U33777	Brukarbedömning HVB - Brukaren får vara med och bestämma om saker som är viktiga för hen i boendet, andel (%)
U33778	Brukarbedömning HVB - Det finns någon vuxen brukaren kan prata med vid behov, andel (%)
U33779	Brukarbedömning HVB - Brukaren känner sig trygg i boendet, andel (%)
U33780	Brukarbedömning HVB - Brukaren vet vem hen ska kontakta om något är dåligt i boendet, andel (%)
U33781	Brukarbedömning HVB - Brukaren får den hjälp hen behöver för att hålla kontakt med familj och vänner, andel (%)
U33782	Brukarbedömning HVB - Brukaren får det stöd hen behöver för att må bra, andel (%)
U33783	Brukarbedömning HVB - Brukaren får den hjälp hen behöver för att få kontakt med sjukvård, andel (%)
U33784	Brukarbedömning HVB - Brukaren trivs i boendet, andel (%)
U33785	Brukarbedömning HVB - Brukaren får stöd att planera sin framtid, andel (%)
U33786	Brukarbedömning familjehem, svarsfrekvens, andel (%)
U33787	Brukarbedömning familjehem, antal svar
U33788	Brukarbedömning stödboende, svarsfrekvens, andel (%)
U33789	Brukarbedömning stödboende, antal svar
U33790	Brukarbedömning HVB, svarsfrekvens, andel (%)
U33791	Brukarbedömning HVB, antal svar
U33816	Handläggare med socionomutbildning och minst ett års erfarenhet av barnutredningar, andel (%)
U33900	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare, svarsfrekvens (%)
U33901	Brukarbedömning barn- och ungdomsvård IFO, svarsfrekvens (%)
U33903	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare, antal svar
U33904	Brukarbedömning barn- och ungdomsvård IFO, antal svar
U33950	Brukarbedömning daglig verksamhet LSS, lägeskommun, svarsfrekvens (%)
U33951	Brukarbedömning boende särskild service SoL, lägeskommun, svarsfrekvens (%)
U33952	Brukarbedömning sysselsättning SoL, lägeskommun, svarsfrekvens (%)
U33953	Brukarbedömning boendestöd SoL, lägeskommun, svarsfrekvens (%)
U33954	Brukarbedömning gruppbostad LSS, lägeskommun, svarsfrekvens (%)
U33955	Brukarbedömning Personlig assistans, lägeskommun, svarsfrekvens (%)
U33956	Brukarbedömning servicebostad LSS, lägeskommun, svarsfrekvens (%)
U33960	Brukarbedömning daglig verksamhet LSS, lägeskommun, antal svar
U33961	Brukarbedömning boende särskild service SoL, lägeskommun, antal svar
U33962	Brukarbedömning sysselsättning SoL, lägeskommun, antal svar
U33963	Brukarbedömning boendestöd SoL, lägeskommun, antal svar
U33964	Brukarbedömning gruppbostad LSS, lägeskommun, antal svar
U33965	Brukarbedömning Personlig assistans, lägeskommun, antal svar
U33966	Brukarbedömning servicebostad LSS, lägeskommun, antal svar
U33967	Brukarbedömning boendestöd SoL - Brukaren trivs med sina boendestödjare, lägeskommun, andel (%)
U33968	Brukarbedömning boendestöd SoL - Brukaren trivs ibland med sina boendestödjare, lägeskommun, andel (%) (-2024)
U33969	Brukarbedömning boendestöd SoL - Brukaren trivs inte med sina boendestödjare, lägeskommun, andel (%) (-2024)
U35341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet vuxna med missbruksproblem, (Ja=1, Nej=0)
U35400	Utredningstid i antal dagar från påbörjad utredning till avslutad utredning för vuxna med missbruksproblem 21+, medelvärde (- 2024)
U35401	Utredningstid i antal dagar från påbörjad utredning till avslutad utredning för vuxna med missbruksproblem 21+, median (- 2024)
U35537	Tid till första personliga besök (nybesök) inom skadligt bruk- och beroendevården, (Inom 3 dagar=3, 4-7 dagar=2, 8-14 dagar=1, mer än 15 dagar=0).
U35538	Brukarbedömning missbruksvård IFO  - få kontakt, andel (%)
U35539	Brukarbedömning missbruksvård IFO  - tydlig information, andel (%)
U35540	Brukarbedömning missbruksvård IFO  - visar förståelse, andel (%)
U35541	Brukarbedömning missbruksvård IFO  - inflytande, andel (%)
U35542	Brukarbedömning missbruksvård IFO  - påverka hjälp, andel (%)
U35543	Brukarbedömning missbruksvård IFO  - helhetssyn, andel (%)
U35544	Brukarbedömning missbruksvård IFO  - förbättrad situation, andel (%)
U35548	Handläggare inom skadligt bruk- och beroendevården som har socionomexamen, andel (%)
U35900	Brukarbedömning missbruksvård IFO, svarsfrekvens (%)
U35901	Brukarbedömning missbruksvård IFO, antal svar
U37001	Ställföreträdaruppdrag där arvode inte tas ut, andel (%)
U37002	Invånare som har ställföreträdarskap, antal/1000 invånare
U37003	Ensamkommande barn som har god man, antal/1000 invånare
U37004	Invånare som har förvaltare, antal/1000 invånare
U37005	Invånare, 0-18 år, som är registrerade hos överförmyndare, antal per 1000 invånare
U37006	Invånare som har god man, antal/1000 invånare
U37008	Ställföreträdarskap per ställföreträdare, antal
U37009	Kostnad för överförmyndare/-nämnd, kr/ställföreträdarskap
U40000	Årsarbetare, anställda som jobbar med arbetsmarknadsfrågor, antal
U40003	Arbetstid inom arbetsmarknadsverksamheten som går till 1. Arbetsprövning, -träning, andel (%) (-2023)
U40004	Arbetstid inom arbetsmarknadsverksamheten som går till 2. Jobbsökaraktivitet inkl. coachning, andel (%) (-2023)
U40005	Arbetstid inom arbetsmarknadsverksamheten som går till 3. Kurs, andel (%) (-2023)
U40006	Arbetstid inom arbetsmarknadsverksamheten som går till 4. Matchning, andel (%) (-2023)
U40007	Arbetstid inom arbetsmarknadsverksamheten som går till 5a. Praktik hos offentlig arbetsgivare, andel (%) (-2023)
U40008	Arbetstid inom arbetsmarknadsverksamheten som går till 5b. Praktik hos privata arbetsgivare, andel (%) (-2023)
U40009	Arbetstid inom arbetsmarknadsverksamheten som går till 6. Studie-, yrkes- och arbetsvägledning , andel (%) (-2023)
U40010	Arbetstid inom arbetsmarknadsverksamheten som går till 7. Kommunala arbetsmarknadsanställningar, andel (%) (-2023)
U40011	Arbetstid inom arbetsmarknadsverksamheten som går till 8. Feriejobb/praktik, andel (%) (-2023)
U40012	Arbetstid inom arbetsmarknadsverksamheten som går till 9. Administrativt stöd och verksamhetsutveckling, andel (%) (-2023)
U40013	Arbetstid inom arbetsmarknadsverksamheten som går till Övriga insatser, andel (%) (-2023)
U40014	Kostnad köp av externa tjänster kommunala arbetsmarknadsverksamheten, kr (-2023)
U40403	Årsarbetare, kommunala arbetsmarknadsanställningar, antal
U40406	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som A. Börjat arbeta, andel (%)
U40409	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som B. Börjat studera, andel (%)
U40412	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som C. Överförts till annan myndighet, andel (%)
U40415	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som D. Slutförda uppdrag, andel (%)
U40418	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som E. Övrigt, andel (%)
U40450	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som A. Börjat arbeta, antal
U40451	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som B. Börjat studera, antal
U40452	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som C. Överförts till annan myndighet, antal
U40453	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som D. Slutförda uppdrag, antal
U40454	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som E. Övrigt, antal
U40455	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som börjat arbeta eller studera, andel (%)
U40460	Deltagarbedömning Finsam - Stöd är till stor nytta, andel (%)
U40461	Deltagarbedömning Finsam - Får vara med och bestämma, andel (%)
U40462	Deltagarbedömning Finsam - Stödet har fått den ta den tid som behövts för deltagaren, andel (%)
U40463	Deltagarbedömning Finsam - Stöttning i kontakt med myndigheter och vården, andel (%) (-2023)
U40464	Deltagarbedömning Finsam - Stödet har hjälpt deltagaren att hantera sin situation, andel (%)
U40465	Deltagarbedömning Finsam - Mer redo att arbeta eller studera, andel (%)
U40466	Deltagarbedömning Finsam - Personalen tar tillvara på deltagarens erfarenheter, andel (%)
U40467	Deltagarbedömning Finsam - Planering  finns för vad som ska hända efter insats, andel (%)
U40468	Deltagarbedömning Finsam - Tillräckling planering  finns för vad som ska hända efter insats, andel (%)
U40469	Deltagarbedömning Finsam - Det som planerats påbörjas inom rimlig tid, andel (%)
U40800	Deltagare i kommunala arbetsmarknadsåtgärder, antal
U40803	Deltagare som har anvisats till kommunala arbetsmarknadsåtgärder, antal
U40806	Anvisningar inom arbetsmarknadsverksamheten som initierats av arbetsförmedlingen, andel (%)
U40807	Anvisningar inom arbetsmarknadsverksamheten som initierats av försäkringskassan, andel (%)
U40808	Anvisningar inom arbetsmarknadsverksamheten som initierats av individen själv, andel (%)
U40809	Anvisningar inom arbetsmarknadsverksamheten som initierats av socialtjänst, andel (%)
U40810	Anvisningar inom arbetsmarknadsverksamheten som initierats av övrigt/annan instans, andel (%)
U40811	Deltagare inom arbetsmarknadsverksamheten som är 24 år eller yngre, andel (%)
U40812	Deltagare inom arbetsmarknadsverksamheten som är 25 år eller äldre, andel (%)
U40813	Deltagare inom arbetsmarknadsverksamheten med eftergymnasial utbildning, andel (%)
U40814	Deltagare inom arbetsmarknadsverksamheten med gymnasial utbildning, andel (%)
U40815	Deltagare inom arbetsmarknadsverksamheten med högst grundskoleutbildning, andel (%)
U40816	Deltagare inom arbetsmarknadsverksamheten med icke fullgjord grundskoleutbildning, andel (%)
U40817	Deltagare inom arbetsmarknadsverksamheten som varit utan arbete kortare än 6 månader innan inskrivning, andel (%)
U40818	Deltagare inom arbetsmarknadsverksamheten som varit utan arbete mellan 6-24 månader innan inskrivning, andel (%)
U40819	Deltagare inom arbetsmarknadsverksamheten som varit utan arbete mer än 24 månader innan inskrivning, andel (%)
U40820	Deltagare inom arbetsmarknadsverksamheten vars insatser avslutats inom 3 månader, andel (%) (-2023)
U40821	Deltagare inom arbetsmarknadsverksamheten vars insatser har avslutats efter mellan 3 och 6 månader, andel (%) (-2023)
U40822	Deltagare inom arbetsmarknadsverksamheten vars insatser har avslutats efter mellan 6 och 24 månader, andel (%)
U40823	Deltagare inom arbetsmarknadsverksamheten vars insatser har avslutats efter mer än 24 månader, andel (%)
U40824	Anvisningar inom arbetsmarknadsverksamheten som initierats av arbetsförmedlingen, i samverkan med socialtjänsten, andel (%) (-2023)
U40825	Inget annat ansvarsområde ingår i förvaltningen för arbetsmarknadsinsatserna  (Ja = 1, Nej = 0) (-2023)
U40826	Ekonomiskt bistånd ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)
U40827	Deltagare inom arbetsmarknadsverksamheten med ej validerad utbildning, andel (%)
U40828	Vuxenutbildning ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)
U40829	Integration/mottagande av nyanlända ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)
U40830	Gymnasieskolan ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)
U40831	Kommunens aktivitetsansvar ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)
U40832	Näringslivsutveckling ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)
U40833	Andra ansvarsområden ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)
U40835	Deltagare inom arbetsmarknadsverksamheten som saknar uppgift om hur länge de varit utan arbete innan inskrivning, andel (%)
U50103	Vegetariskt alternativ i kommunala grundskolor för alla barn vid lunch, andel (%)
U50104	Personal i måltidsverksamheten i kommunala grundskolor med storköksutbildning, kockutbildning eller liknande, andel (%)
U50105	Personal i måltidsverksamheten i kommunala särskilda boenden med storköksutbildning, kockutbildning eller liknande, andel (%)
U50106	Personal i måltidsverksamheten i kommunala förskolor med storköksutbildning, kockutbildning eller liknande, andel (%)
U50107	Särskilda boenden som serverar minst 6 måltider per dygn, andel (%)
U50120	Tallrikssvinn, förskola, gram/ätande
U50121	Serveringssvinn, förskola, gram/ätande
U50122	Måltidssvinn, förskola, gram/ätande
U50123	Tallrikssvinn, grundskola, gram/ätande
U50124	Serveringssvinn, grundskola, gram/ätande
U50125	Måltidssvinn, grundskola, gram/ätande
U50126	Tallrikssvinn, gymnasieskola, gram/ätande
U50127	Serveringssvinn, gymnasieskola, gram/ätande
U50128	Måltidssvinn, gymnasieskola, gram/ätande
U60000	Total investeringsutgift (netto) för byggnader och mark, mkr
U60001	Total investeringsutgift byggnader och mark, kr/inv
U60002	Kostnad inhyrda lokaler, kr/kvm BRA
U60003	Hyresintäkter egna lokaler, kr/kvm BRA
U60005	Kostnad värmeförbrukning lokaler, kr/kvm BRA
U60006	Kostnad elförbrukning lokaler, kr/kvm BRA
U60007	Kostnad vattenförbrukning lokaler, kr/kvm BRA
U60008	Kostnad värme, el, fjärrkyla och vatten i lokaler, kr/kvm BRA
U60009	Kostnad planerat underhåll lokaler, kr/kvm BRA
U60010	Kostnad förvaltning av ägda lokaler, kr/kvm BRA
U60011	Kapitalkostnad lokaler, kr/inv
U60013	Kapitalkostnad lokaler, kr/kvm BRA
U60014	Total driftskostnad och kapitalkostnad lokaler, kr/kvm BRA
U60015	Kyla lokaler, egenproducerad, kWh/kvm BRA Källa: Egna uppgifter i regionen.
U60016	El lokaler, externt producerad, kWh/kvm BRA  Källa: Egna uppgifter i regionen.
U60032	Snitt bokfört värde egna lokaler, kr/kvm BRA
U60036	Kostnad tillsyn och skötsel, kr/kvm BRA
U60037	Kostnad felavhjälpande underhåll (FAUH), kr/kvm BRA
U60038	Kostnad tillsyn, skötsel och felavhjälpande underhåll, kr/kvm BRA
U60039	Kostnad utemiljö, kr/kvm BRA
U60040	Kostnader för försäkringar och försäkringsskador, kr/kvm BRA
U60041	Kostnad fjärrkyla lokaler, kr/kvm BRA
U60042	Driftkostnad för lokaler, kr/kvm BRA
U60043	Driftkostnad för lokaler inklusive FAUH, kr/kvm BRA
U60044	Driftkostnad för lokaler inklusive FAUH + PU, kr/kvm BRA
U60045	Driftkostnad, underhåll (FAUH+PU) och kapitalkostnad lokaler, kr/kvm BRA
U60200	Medarbetarengagemang (HME) totalt regionen - Totalindex
U60201	Medarbetarengagemang (HME) totalt regionen - Motivationsindex
U60202	Medarbetarengagemang (HME) totalt regionen - Ledarskapsindex
U60203	Medarbetarengagemang (HME) totalt regionen - Styrningsindex
U60300	HME regionen totalt, index för påståendet Mitt arbete känns meningsfullt.
U60301	HME regionen totalt, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U60302	HME regionen totalt, index för påståendet Jag ser fram emot att gå till arbetet.
U60303	HME regionen totalt, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U60304	HME regionen totalt, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U60305	HME regionen totalt, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U60306	HME regionen totalt, index för påståendet Jag är insatt i min arbetsplats mål.
U60307	HME regionen totalt, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U60308	HME regionen totalt, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U60446	Invånare 16-84 år med svåra besvär av ängslan, oro eller ångest, andel (%)
U60452	El lokaler, köpt, kWh/kvm BRA  Källa: Egna uppgifter i regionen
U60470	Värme lokaler, köpt (levererad) (ej normalårskorrigerad) kWh/kvm BRA
U60471	Vattenförbrukning lokaler, kbm/kvm BRA
U60494	Ekologiska livsmedel i regionens verksamhet, andel (%)
U60495	Energianvändning i verksamhetslokaler, summerad, kWh/kvm BRA
U60496	Förnybara drivmedel i kollektivtrafiken, andel (%)
U60497	Klimatpåverkan från medicinska gaser, kg CO2-ekv/inv
U60531	Brukarbedömning hemtjänst äldreomsorg - besväras av ensamhet region, andel (%)
U60546	Kvinnor som röker eller snusar vid graviditetsvecka 8-12, andel (%)
U60551	Avfallsåtervinning i sjukhusfastigheter, andel (%)
U60553	Värme lokaler, egenproducerad (ej korrigerad), kWh/kvm BRA
U60554	Värme lokaler, köpt (levererad) (normalårskorrigerad med nytt normalår 2022), kWh/kvm BRA
U60555	El lokaler, egenproducerad inom fastigheten, kWh/kvm BRA
U60557	Värme lokaler, egenproducerad (normalårskorrigerad), kWh/kvm BRA
U60704	Deltagartillfällen i idrottsföreningar region, antal/inv 13-20 år
U60800	Area egna lokaler, kvm BRA
U60801	Area externt uthyrda lokaler, kvm BRA
U60802	Area egna lokaler, kvm BRA/inv
U60803	Vakansgrad egna lokaler, procent kvm BRA (%)
U60808	Area inhyrda lokaler och bostäder, kvm BRA
U60810	Area inhyrda lokaler och bostäder, kvm BRA/inv
U60823	Förbrukning av fjärrkyla, kWh/kvm BRA
U60977	Medarbetarengagemang (HME) totalt regionen - Motivationsindex, senaste mätning på tre år
U60978	Medarbetarengagemang (HME) totalt regionen- Styrningsindex, senaste mätning på tre år
U60979	Medarbetarengagemang (HME) totalt regionen- Totalindex, senaste mätning på tre år
U60980	Medarbetarengagemang (HME) totalt regionen - Ledarskapsindex, senaste mätning på tre år
U61400	Klamydiafall i åldern 15-24 år, antal/100 000
U61547	Osäkerhetstal - Svåra besvär av ängslan, oro eller ångest, andel (%)
U61900	Socioekonomiska förutsättningar, index (max = 100)
U61901	Levnadsvanor i befolkningen, index (max = 100)
U61902	Låg förekomst av folksjukdomar, index (max = 100)
U61904	Läkarbesök i primärvården, produktionsperspektiv, andel (%) av totalt antal läkarbesök
U65700	Förstagångsväljare som röstade i senaste regionfullmäktigevalet, andel (%)
U65860	Inrikes födda som röstade i senaste kommunfullmäktigevalet, andel (%)
U65861	Utrikes födda som röstade i senaste kommunfullmäktigevalet, andel (%)
U65862	Invånare med förgymnasial utbilning som röstade i senaste kommunfullmäktigevalet, andel (%)
U65863	Invånare med gymnasial utbilning som röstade i senaste kommunfullmäktigevalet, andel (%)
U65864	Invånare med eftergymnasial utbilning som röstade i senaste kommunfullmäktigevalet, andel (%)
U65865	Invånare 18-29 år som röstade i senaste kommunfullmäktigevalet, andel (%)
U65866	Invånare 30-49 år som röstade i senaste kommunfullmäktigevalet, andel (%)
U65867	Invånare 50-64 år som röstade i senaste kommunfullmäktigevalet, andel (%)
U65868	Invånare 65+ år som röstade i senaste kommunfullmäktigevalet, andel (%)
U65869	Ej förstagångsväljare som röstade i senaste kommunfullmäktigevalet, andel (%)
U70020	Strukturjusterad hälso- och sjukvårdskostnad, kr/inv
U70200	Medarbetarengagemang (HME) hälso- och sjukvård totalt - Totalindex
U70201	Medarbetarengagemang (HME) hälso- och sjukvård totalt - Motivationsindex
U70202	Medarbetarengagemang (HME) hälso- och sjukvård totalt - Ledarskapsindex
U70203	Medarbetarengagemang (HME) hälso- och sjukvård totalt - Styrningsindex
U70418	Följsamhet till basala hygienrutiner och klädregler specialiserad somatisk slutenvård, andel (%) (-2023)
U70419	Följsamhet till basala hygienrutiner i hälso- och sjukvård totalt, andel (%) (-2023)
U70420	Följsamhet till basala klädregler i hälso- och sjukvård totalt, andel (%) (-2023)
U70425	Överbeläggningar i somatisk slutenvård, antal/100 disponibla vårdplatser
U70445	Förtroende för att vård ges på lika villkor, andel (%)
U70446	Förtroende för sjukhus, andel (%)
U70447	Förtroende för sjukvården i sin helhet, andel (%)
U70448	Rimlig väntetid till sjukhusvård, andel (%)
U70449	Tillgång till den hälso- och sjukvård man behöver, andel (%)
U70450	Rimlig väntetid till vård- eller hälsocentral, andel (%)
U70451	Nydiagnostiserade bröstcancerfall som erbjudits kontaktsjuksköterska enligt dokumentation i journalen, andel (%)
U70452	Bröstcancerfall där beslut om åtgärd är fattat vid multidisciplinär konferens, andel (%)
U70453	Bröstcancerfall med fastställd diagnos innan operation bland patienter utan fjärrmetastaser vid diagnos, andel (%)
U70457	Uppnådda målnivåer - Prostatacancer, andel (%) av 6 målnivåer
U70465	Multidisciplinär konferens vid prostatacancer med hög risk, andel (%)
U70466	Kontaktsjuksköterska erbjuden vid nydiagnosticerad prostatacancer, andel (%)
U70468	Kurativ behandling vid lokaliserad prostatacancer med hög risk, andel (%)
U70470	Multidisciplinär konferens vid tjocktarmscancer, andel (%)
U70471	Överlevnad vid tjocktarmscancer, 30 dagar efter akut operation, andel (%)
U70472	Överlevnad vid tjocktarmscancer, 30 dagar efter planerad operation, andel (%)
U70474	Multidisciplinär konferens vid ändtarmscancer, andel (%)
U70475	Överlevnad vid ändtarmscancer, 30 dagar efter operation, andel (%)
U70476	Blodsocker (HbA1c >70 mmol/mol) vid diabetes typ 1 - medicinklinik, andel (%)
U70477	Blodsocker (HbA1c >70 mmol/mol) vid diabetes - primärvård, andel (%)
U70478	Blodtryck < 140/85 mmHg vid diabetes typ 1 - medicinklinik, andel (%)
U70479	Blodtryck < 140/85 mmHg vid diabetes typ 2 - primärvård, andel (%)
U70480	Fotundersökning vid diabetes typ 1 - medicinklinik, andel (%)
U70481	Fotundersökning vid diabetes - primärvård, andel (%)
U70482	Ögonbottenundersökning vid diabetes typ 1 - medicinklinik, andel (%)
U70483	Ögonbottenundersökning vid diabetes - primärvård, andel (%)
U70484	Icke-rökare vid diabetes typ 1 - medicinklinik, andel (%)
U70485	Icke-rökare vid diabetes - primärvård, andel (%)
U70486	Måluppfyllelse för LDL-kolesterol efter hjärtinfarkt, andel (%)
U70489	Multidisciplinär konferens vid lungcancer, andel (%)
U70490	Användning av PET-DT inför kurativt syftande behandling vid lungcancer, andel (%)
U70491	Palliativ kemoterapi vid lungcancer, andel (%)
U70492	Reperfusionbehandling vid akut ischemisk stroke, andel (%)
U70493	Trombolys inom 30 minuter vid stroke, andel (%)
U70494	Vård på strokeenhet, andel (%)
U70495	Strokeenhet som första vårdenhet vid stroke, andel (%)
U70496	Bedömning av sväljförmåga vid akut stroke, andel (%)
U70498	Rökstopp efter stroke, andel (%)
U70500	Nöjdhet med rehabilitering 3 månader efter stroke, andel (%)
U70501	Tillgodosedda behov av hjälp och stöd efter stroke, andel (%)
U70502	Operation inom 14 dagar vid förträngning av halspulsådern, andel (%)
U70503	Strokeenhet som första vårdenhet vid TIA, andel (%)
U70504	Munhälsobedömning under sista levnadsveckan, andel (%)
U70505	Smärtskattning under sista levnadsveckan, andel (%)
U70506	Vidbehovsordination av ångestdämpande läkemedel i palliativ vård, andel (%)
U70507	Brytpunktssamtal om övergång till palliativ vård för patienter i livets slutskede, andel (%)
U70508	Patienter med astma som utfört spirometriundersökning, andel (%)
U70509	Hälsostatus vid astma,  låg påverkan på hälsostatus (ACT ≥ 20) , andel (%)
U70510	Regelbundna MR-kontroller vid MS, andel (%)
U70511	Sjukdomsmodifierande behandling vid skovvist förlöpande MS, andel (%) - Målnivå = 90
U70513	Patienter med större hjärtinfarkt som behandlats med akut öppnande av kranskärl (reperfusion) inom rekommenderad tid, andel (%)
U70514	Patienter som behandlats med akut öppnande av kranskärl (reperfusion) vid större hjärtinfarkt (STEMI), andel (%)
U70515	Vidbehovsordination av opioider i palliativ vård, andel (%)
U70516	Frånvaro av trycksår av grad 2-4 hos avlidna, andel (%)
U70530	Antikoagulantiabehandling vid förmaksflimmer och ischemisk stroke, andel (%)
U71200	Medarbetarengagemang (HME) primärvård - Totalindex
U71201	Medarbetarengagemang (HME) primärvård - Motivationsindex
U71202	Medarbetarengagemang (HME) primärvård - Ledarskapsindex
U71203	Medarbetarengagemang (HME) primärvård - Styrningsindex
U71438	Dödlighet i hjärt- och kärlsjukdom bland personer med diabetes, antal/100 000 inv
U71451	Positivt helhetsintryck hos patienter som har besökt primärvården, index (-2024)
U71452	Patientupplevd kvalitet avseende emotionellt stöd i primärvården, index (-2024)
U71453	Patientupplevd kvalitet avseende delaktighet och involvering i primärvården, index (-2024)
U71454	Patientupplevd kvalitet avseende respekt och bemötande i primärvården, index (-2024)
U71455	Patientupplevd kvalitet avseende kontinuitet och koordinering i primärvården, index (-2024)
U71456	Patientupplevd kvalitet avseende information och kunskap i primärvården, index (-2024)
U71457	Patientupplevd kvalitet avseende tillgänglighet i primärvården, index (-2024)
U71458	Förtroende för vård-/hälsocentral, andel (%)
U72200	Medarbetarengagemang (HME) specialiserad somatisk vård - Totalindex
U72201	Medarbetarengagemang (HME) specialiserad somatisk vård - Motivationsindex
U72202	Medarbetarengagemang (HME) specialiserad somatisk vård - Ledarskapsindex
U72203	Medarbetarengagemang (HME) specialiserad somatisk vård - Styrningsindex
U72430	Patienter i sluten vård med vårdrelaterad infektion, andel (%) (-2023)
U72552	Genomförda första besök inom 90 dagar i barn- och ungdomspsykiatrisk vård, andel (%)
U72553	Patienter i somatisk slutenvård med tryckskada/trycksår, andel (%) (-2023)
U72554	Patienter i somatisk slutenvård med tryckskada/trycksår i kategori 2, 3 och/eller 4, andel (%) (-2023)
U72555	Patienter i riskzon för trycksår i somatisk slutenvård som har förebyggande eller behandlande madrass, andel (%) (-2023)
U74200	Medarbetarengagemang (HME) specialiserad psykiatrisk vård - Totalindex
U74201	Medarbetarengagemang (HME) specialiserad psykiatrisk vård - Motivationsindex
U74202	Medarbetarengagemang (HME) specialiserad psykiatrisk vård - Ledarskapsindex
U74203	Medarbetarengagemang (HME) specialiserad psykiatrisk vård - Styrningsindex
U74438	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam, (Ja=1, Nej=0) (-2023)
U74450	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam i särskilt boende för äldre, (Ja=1, Nej=0) (-2023)
U74451	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam på korttidsplats , (Ja=1, Nej=0) (-2023)
U74452	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam i bostad med särskilt service (SoL), (Ja=1, Nej=0)(-2023)
U74453	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam i bostad med stöd och service till vuxna (LSS), (Ja=1, Nej=0) (-2023)
U74454	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam i ordinärt boende, (Ja=1, Nej=0) (-2023)
U74457	Vård och omsorg vid diabetes - Erbjuder enkel fotundersökning för att förebygga allvarliga fotproblem i bostad med särskilt service (SoL),  (Ja=1, Nej=0)
U79029	Besök på akutmottagning - 80 år och äldre, antal/1000 inv
U79041	Eftervårdsbesök på barnmorskemottagning, andel (%)
U79049	Genomförda första besök inom 90 dagar i allmänpsykiatrisk vård, andel (%)
U79062	Kontaktsjuksköterska vid nydiagnosticerad prostatacancer, andel (%)
U79063	Kontaktsjuksköterska vid nydiagnostiserad bröstcancer, andel (%)
U79065	Kostnad per producerad DRG-poäng i öppen somatisk sjukhusvård,  kr/DRG-poäng
U79066	Kostnad per producerad DRG-poäng i sluten somatisk sjukhusvård,  kr/DRG-poäng
U79071	Multidisciplinär konferens vid lungcancer, andel (%)
U79073	Multidisciplinär konferens vid tjocktarmscancer, andel (%)
U79092	Patienter med oplanerad återinskrivning inom 30 dagar, andel (%)
U79093	Patienter med trycksår i slutenvård, andel (%) (-2023)
U79119	Startade utredningar och behandlingar inom 30 dagar i barn- och ungdomspsykiatri, andel (%).
U79132	Trycksår hos patienter med ökad risk, andel (%) (-2023)
U79133	Påverkbar slutenvård vid kronisk sjukdom, antal/100 000 inv
U79134	Utlokaliserade patienter i somatisk slutenvård, antal/100 disponibla vårdplatser
U79135	Utskrivningsklara patienter på sjukhus 65+, antal vårddygn/1000 inv
U79142	Tillgänglighet enligt vårdgarantin, index (max = 100) (-2023)
U79149	Överbeläggningar i psykiatrisk slutenvård, antal/100 disponibla vårdplatser
U79200	Medarbetarengagemang (HME) övrig hälso- och sjukvård - Totalindex
U79201	Medarbetarengagemang (HME) övrig hälso- och sjukvård - Motivationsindex
U79202	Medarbetarengagemang (HME) övrig hälso- och sjukvård - Ledarskapsindex
U79203	Medarbetarengagemang (HME) övrig hälso- och sjukvård - Styrningsindex
U79231	Elever i åk 9 som druckit alkohol de senaste 12 månaderna, region, andel (%)
U79232	Elever i åk 9 som använt narkotika de senaste 12 månaderna, region, andel (%)
U79233	Elever i åk 9 som använt läkemedel utan recept de senaste 12 månaderna, region, andel (%)
U79234	Gymnasieelever i år 2 som druckit alkohol de senaste 12 månaderna, region, andel (%)
U79235	Gymnasieelever i år 2 som använt narkotika de senaste 12 månaderna, region, andel (%)
U79236	Gymnasieelever i år 2 som använt läkemedel utan recept de senaste 12 månaderna, region, andel (%)
U79253	Kostnad per producerad DRG-poäng, spec. somatisk vård, öppen- och slutenvård, regionsjukhus, kr/DRG-poäng
U79254	Kostnad per producerad DRG-poäng, spec. somatisk vård, öppen- och slutenvård, länssjukhus total, kr/DRG-poäng
U79255	Kostnad per producerad DRG-poäng, spec. somatisk vård, öppen- och slutenvård, länsdelssjukhus total, kr/DRG-poäng
U79256	Kostnad per producerad DRG-poäng öppen somatisk sjukhusvård, regionsjukhus, kr/DRG-poäng
U79257	Kostnad per producerad DRG-poäng öppen somatisk sjukhusvård, länssjukhus, kr/DRG-poäng
U79258	Kostnad per producerad DRG-poäng öppen somatisk sjukhusvård, länsdelssjukhus, kr/DRG-poäng
U79259	Kostnad per producerad DRG-poäng sluten somatisk sjukhusvård, regionsjukhus, kr/DRG-poäng
U79260	Kostnad per producerad DRG-poäng sluten somatisk sjukhusvård, länssjukhus, kr/DRG-poäng
U79261	Kostnad per producerad DRG-poäng sluten somatisk sjukhusvård, länsdelssjukhus, kr/DRG-poäng
U79263	Kostnad per producerad DRG-poäng, sjukdomar i nervsystemet, regionsjukhus, kr/DRG-poäng
U79264	Kostnad per producerad DRG-poäng, sjukdomar i öga och närliggande organ, regionsjukhus, kr/DRG-poäng
U79265	Kostnad per producerad DRG-poäng, sjukdomar i öra, näsa, mun och hals, regionsjukhus, kr/DRG-poäng
U79266	Kostnad per producerad DRG-poäng, andningsorganens sjukdomar, regionsjukhus, kr/DRG-poäng
U79267	Kostnad per producerad DRG-poäng, cirkulationsorganens sjukdomar, regionsjukhus, kr/DRG-poäng
U79268	Kostnad per producerad DRG-poäng, matsmältningsorganens sjukdomar, regionsjukhus, kr/DRG-poäng
U79269	Kostnad per producerad DRG-poäng, sjukdomar i lever, gallvägar och bukspottkörtel, regionsjukhus, kr/DRG-poäng
U79270	Kostnad per producerad DRG-poäng, sjukdomar i muskler, skelett och bindväv, regionsjukhus, kr/DRG-poäng
U79271	Kostnad per producerad DRG-poäng, sjukdomar i hud och underhud, regionsjukhus, kr/DRG-poäng
U79272	Kostnad per producerad DRG-poäng, bröstkörtelsjukdomar, regionsjukhus, kr/DRG-poäng
U79273	Kostnad per producerad DRG-poäng, endokrina, metabola och nutritionssjukdomar, regionsjukhus, kr/DRG-poäng
U79274	Kostnad per producerad DRG-poäng, sjukdomar i njure och urinvägar, regionsjukhus, kr/DRG-poäng
U79275	Kostnad per producerad DRG-poäng, sjukdomar i manliga könsorgan, regionsjukhus, kr/DRG-poäng
U79276	Kostnad per producerad DRG-poäng, sjukdomar i kvinnliga könsorgan, regionsjukhus, kr/DRG-poäng
U79277	Kostnad per producerad DRG-poäng, graviditet, förlossning och barnsängstid, regionsjukhus, kr/DRG-poäng
U79278	Kostnad per producerad DRG-poäng, nyfödda och vissa perinatala tillstånd, regionsjukhus, kr/DRG-poäng
U79279	Kostnad per producerad DRG-poäng, blodsjukdomar och immunologiska rubbningar, regionsjukhus, kr/DRG-poäng
U79280	Kostnad per producerad DRG-poäng, myeloproliferativa sjukdomar och icke specificerade tumörer, regionsjukhus, kr/DRG-poäng
U79281	Kostnad per producerad DRG-poäng, infektions- och parasitsjukdomar inklusive HIV, regionsjukhus, kr/DRG-poäng
U79283	Kostnad per producerad DRG-poäng, skador, förgiftningar och toxiska effekter, regionsjukhus, kr/DRG-poäng
U79284	Kostnad per producerad DRG-poäng, brännskador, regionsjukhus, kr/DRG-poäng
U79285	Kostnad per producerad DRG-poäng, andra och ospecificerade hälsoproblem, regionsjukhus, kr/DRG-poäng
U79286	Kostnad per producerad DRG-poäng, multipelt trauma utom ytliga skador och sårskador, regionsjukhus, kr/DRG-poäng
U79288	Kostnad per producerad DRG-poäng, sjukdomar i nervsystemet, länssjukhus, kr/DRG-poäng
U79289	Kostnad per producerad DRG-poäng, sjukdomar i öga och närliggande organ, länssjukhus, kr/DRG-poäng
U79290	Kostnad per producerad DRG-poäng, sjukdomar i öra, näsa, mun och hals, länssjukhus, kr/DRG-poäng
U79291	Kostnad per producerad DRG-poäng, andningsorganens sjukdomar, länssjukhus, kr/DRG-poäng
U79292	Kostnad per producerad DRG-poäng, cirkulationsorganens sjukdomar, länssjukhus, kr/DRG-poäng
U79293	Kostnad per producerad DRG-poäng, matsmältningsorganens sjukdomar, länssjukhus, kr/DRG-poäng
U79294	Kostnad per producerad DRG-poäng, sjukdomar i lever, gallvägar och bukspottkörtel, länssjukhus, kr/DRG-poäng
U79295	Kostnad per producerad DRG-poäng, sjukdomar i muskler, skelett och bindväv, länssjukhus, kr/DRG-poäng
U79296	Kostnad per producerad DRG-poäng, sjukdomar i hud och underhud, länssjukhus, kr/DRG-poäng
U79297	Kostnad per producerad DRG-poäng, bröstkörtelsjukdomar, länssjukhus, kr/DRG-poäng
U79298	Kostnad per producerad DRG-poäng, endokrina, metabola och nutritionssjukdomar, länssjukhus, kr/DRG-poäng
U79299	Kostnad per producerad DRG-poäng, sjukdomar i njure och urinvägar, länssjukhus, kr/DRG-poäng
U79300	Kostnad per producerad DRG-poäng, sjukdomar i manliga könsorgan, länssjukhus, kr/DRG-poäng
U79301	Kostnad per producerad DRG-poäng, sjukdomar i kvinnliga könsorgan, länssjukhus, kr/DRG-poäng
U79302	Kostnad per producerad DRG-poäng, graviditet, förlossning och barnsängstid, länssjukhus, kr/DRG-poäng
U79303	Kostnad per producerad DRG-poäng, nyfödda och vissa perinatala tillstånd, länssjukhus
U79304	Kostnad per producerad DRG-poäng, blodsjukdomar och immunologiska rubbningar, länssjukhus, kr/DRG-poäng
U79305	Kostnad per producerad DRG-poäng, myeloproliferativa sjukdomar och icke specificerade tumörer, länssjukhus, kr/DRG-poäng
U79306	Kostnad per producerad DRG-poäng, infektions- och parasitsjukdomar inklusive HIV, länssjukhus, kr/DRG-poäng
U79308	Kostnad per producerad DRG-poäng, skador, förgiftningar och toxiska effekter, länssjukhus, kr/DRG-poäng
U79309	Kostnad per producerad DRG-poäng, brännskador, länssjukhus, kr/DRG-poäng
U79310	Kostnad per producerad DRG-poäng, andra och ospecificerade hälsoproblem, länssjukhus, kr/DRG-poäng
U79311	Kostnad per producerad DRG-poäng, multipelt trauma utom ytliga skador och sårskador, länssjukhus, kr/DRG-poäng
U79313	Kostnad per producerad DRG-poäng, sjukdomar i nervsystemet, länsdelssjukhus, kr/DRG-poäng
U79314	Kostnad per producerad DRG-poäng, sjukdomar i öga och närliggande organ, länsdelssjukhus, kr/DRG-poäng
U79315	Kostnad per producerad DRG-poäng, sjukdomar i öra, näsa, mun och hals, länsdelssjukhus, kr/DRG-poäng
U79316	Kostnad per producerad DRG-poäng, andningsorganens sjukdomar, länsdelssjukhus, kr/DRG-poäng
U79317	Kostnad per producerad DRG-poäng, cirkulationsorganens sjukdomar, länsdelssjukhus, kr/DRG-poäng
U79318	Kostnad per producerad DRG-poäng, matsmältningsorganens sjukdomar, länsdelssjukhus, kr/DRG-poäng
U79319	Kostnad per producerad DRG-poäng, sjukdomar i lever, gallvägar och bukspottkörtel, länsdelssjukhus, kr/DRG-poäng
U79320	Kostnad per producerad DRG-poäng, sjukdomar i muskler, skelett och bindväv, länsdelssjukhus, kr/DRG-poäng
U79321	Kostnad per producerad DRG-poäng, sjukdomar i hud och underhud, länsdelssjukhus, kr/DRG-poäng
U79322	Kostnad per producerad DRG-poäng, bröstkörtelsjukdomar, länsdelssjukhus, kr/DRG-poäng
U79323	Kostnad per producerad DRG-poäng, endokrina, metabola och nutritionssjukdomar, länsdelssjukhus, kr/DRG-poäng
U79324	Kostnad per producerad DRG-poäng, sjukdomar i njure och urinvägar, länsdelssjukhus, kr/DRG-poäng
U79325	Kostnad per producerad DRG-poäng, sjukdomar i manliga könsorgan, länsdelssjukhus, kr/DRG-poäng
U79326	Kostnad per producerad DRG-poäng, sjukdomar i kvinnliga könsorgan, länsdelssjukhus, kr/DRG-poäng
U79327	Kostnad per producerad DRG-poäng, graviditet, förlossning och barnsängstid, länsdelssjukhus, kr/DRG-poäng
U79328	Kostnad per producerad DRG-poäng, nyfödda och vissa perinatala tillstånd, länsdelssjukhus, kr/DRG-poäng
U79329	Kostnad per producerad DRG-poäng, blodsjukdomar och immunologiska rubbningar, länsdelssjukhus, kr/DRG-poäng
U79330	Kostnad per producerad DRG-poäng, myeloproliferativa sjukdomar och icke specificerade tumörer, länsdelssjukhus, kr/DRG-poäng
U79331	Kostnad per producerad DRG-poäng, infektions- och parasitsjukdomar inklusive HIV, länsdelssjukhus, kr/DRG-poäng
U79333	Kostnad per producerad DRG-poäng, skador, förgiftningar och toxiska effekter, länsdelssjukhus, kr/DRG-poäng
U79334	Kostnad per producerad DRG-poäng, brännskador, länsdelssjukhus, kr/DRG-poäng
U79335	Kostnad per producerad DRG-poäng, andra och ospecificerade hälsoproblem, länsdelssjukhus, kr/DRG-poäng
U79336	Kostnad per producerad DRG-poäng, multipelt trauma utom ytliga skador och sårskador, länsdelssjukhus, kr/DRG-poäng
U79339	Kostnad per producerad DRG-poäng, spec. somatisk vård, öppen- och slutenvård, totalt, kr/DRG-poäng
U79340	Kostnad per producerad DRG-poäng, psykiatrisk slutenvård exkl. rättspsykiatri, kr/DRG-poäng
U79341	Kostnad per producerad DRG-poäng, vuxenpsykiatri, slutenvård exkl. rättspsykiatri, kr/DRG-poäng
U79342	Kostnad per producerad DRG-poäng, barn och ungdomspsykiatri, slutenvård exkl. rättspsykiatri, kr/DRG-poäng
U79343	Kostnad per producerad DRG-poäng, psykiatrisk öppenvård exkl. rättspsykiatri, kr/DRG-poäng
U79344	Kostnad per producerad DRG-poäng, vuxenpsykiatri, öppenvård exkl. rättspsykiatri, kr/DRG-poäng
U79345	Kostnad per producerad DRG-poäng, barn och ungdomspsykiatri, öppenvård exkl. rättspsykiatri, kr/DRG-poäng
U79350	Kostnad per producerad DRG-poäng, andel ytterfall, öppen- och slutenvård, regionsjukhus, andel (%)
U79351	Kostnad per producerad DRG-poäng, andel ytterfall, öppen- och slutenvård, länssjukhus, andel (%)
U79352	Kostnad per producerad DRG-poäng, andel ytterfall, öppen- och slutenvård, länsdelssjukhus, andel (%)
U79353	Kostnad per producerad DRG-poäng, sjukdomar i nervsystemet, kr/DRG-poäng
U79354	Kostnad per producerad DRG-poäng, sjukdomar i öga och närliggande organ, kr/DRG-poäng
U79355	Kostnad per producerad DRG-poäng, sjukdomar i öra, näsa, mun och hals, kr/DRG-poäng
U79356	Kostnad per producerad DRG-poäng, andningsorganens sjukdomar, kr/DRG-poäng
U79357	Kostnad per producerad DRG-poäng, cirkulationsorganens sjukdomar, kr/DRG-poäng
U79358	Kostnad per producerad DRG-poäng, matsmältningsorganens sjukdomar, kr/DRG-poäng
U79359	Kostnad per producerad DRG-poäng, sjukdomar i lever, gallvägar och bukspottkörtel, kr/DRG-poäng
U79360	Kostnad per producerad DRG-poäng, sjukdomar i muskler, skelett och bindväv, kr/DRG-poäng
U79361	Kostnad per producerad DRG-poäng, sjukdomar i hud och underhud, kr/DRG-poäng
U79362	Kostnad per producerad DRG-poäng, endokrina, metabola och nutritionssjukdomar, kr/DRG-poäng
U79363	Kostnad per producerad DRG-poäng, sjukdomar i njure och urinvägar, kr/DRG-poäng
U79364	Kostnad per producerad DRG-poäng, sjukdomar i manliga könsorgan, kr/DRG-poäng
U79365	Kostnad per producerad DRG-poäng, sjukdomar i kvinnliga könsorgan, kr/DRG-poäng
U79366	Kostnad per producerad DRG-poäng, graviditet, förlossning och barnsängstid, kr/DRG-poäng
U79367	Kostnad per producerad DRG-poäng, nyfödda och vissa perinatala tillstånd, kr/DRG-poäng
U79368	Kostnad per producerad DRG-poäng, blodsjukdomar och immunologiska rubbningar, kr/DRG-poäng
U79369	Kostnad per producerad DRG-poäng, myeloproliferativa sjukdomar och icke specificerade tumörer, kr/DRG-poäng
U79370	Kostnad per producerad DRG-poäng, infektions- och parasitsjukdomar inklusive HIV, kr/DRG-poäng
U79371	Kostnad per producerad DRG-poäng, skador, förgiftningar och toxiska effekter, kr/DRG-poäng
U79372	Kostnad per producerad DRG-poäng, brännskador, kr/DRG-poäng
U79373	Kostnad per producerad DRG-poäng, andra och ospecificerade hälsoproblem, kr/DRG-poäng
U79374	Kostnad per producerad DRG-poäng, multipelt trauma utom ytliga skador och sårskador, kr/DRG-poäng
U79375	Kostnad per producerad DRG-poäng, bröstkörtelsjukdomar, kr/DRG-poäng
U80200	Medarbetarengagemang (HME) tandvård - Totalindex
U80201	Medarbetarengagemang (HME) tandvård - Motivationsindex
U80202	Medarbetarengagemang (HME) tandvård - Ledarskapsindex
U80203	Medarbetarengagemang (HME) tandvård - Styrningsindex
U80400	Antibiotika förskrivet av tandläkare, recept/1000 inv
U85001	Nettokostnad trafik, kr/inv
U85200	Medarbetarengagemang (HME) regional utveckling - Totalindex
U85201	Medarbetarengagemang (HME) regional utveckling - Motivationsindex
U85202	Medarbetarengagemang (HME) regional utveckling - Ledarskapsindex
U85203	Medarbetarengagemang (HME) regional utveckling - Styrningsindex
U85300	HME regional utveckling, index för påståendet Mitt arbete känns meningsfullt.
U85301	HME regional utveckling, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.
U85302	HME regional utveckling, index för påståendet Jag ser fram emot att gå till arbetet.
U85303	HME regional utveckling, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.
U85304	HME regional utveckling, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.
U85305	HME regional utveckling, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.
U85306	HME regional utveckling, index för påståendet Jag är insatt i min arbetsplats mål.
U85307	HME regional utveckling, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.
U85308	HME regional utveckling, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.
U85420	Allmänhetens nöjdhet med kollektivtrafiken, andel (%)
U85421	Resenärernas nöjdhet med kollektivtrafiken, andel (%)
]==]
