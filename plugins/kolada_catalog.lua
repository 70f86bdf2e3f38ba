-- Kolada's KPI catalogue, bundled for `styr sources search kolada TEXT` without network and for
-- `styr init`. Snapshot of Kolada's v3 catalogue (about April 2026, 6 099 KPIs), taken from the list in
-- kpi_catalog_v3_nodesc.csv (tests/fixtures/opendata/SOURCES.md) by
-- tests/fixtures/catalogue/generate_kolada.py; the live catalogue is asked first.
-- Generated data: one "ID<TAB>TITLE<TAB>TYPE<TAB>LATEST" line per KPI: TYPE is the areas Kolada has
-- it for (K municipalities, L regions, A both), LATEST the newest year published ("-": not known).
return [==[
N00003	Personalkostnader, kr/inv	K	2025
N00005	Utjämningssystemet enl resultaträkning, kr/inv	K	2025
N00009	Intäkter kommunen totalt, kr/inv	K	2026
N00011	Inkomstutjämning, bidrag/avgift, kr/inv 1 nov fg år	K	2026
N00012	Kostnadsutjämning, bidrag/avgift, kr/inv	K	2026
N00014	Regleringsbidrag/avgift, kr/inv	K	2026
N00016	Utjämningssystemet enl SCB, kr/inv	K	2026
N00018	Införandebidrag, kr/inv	K	2026
N00019	Strukturbidrag, kr/inv	K	2026
N00021	Intäkter egentlig verksamhet, kr/inv	K	2025
N00022	Kostnadsutjämningsnetto förskola och skolbarnsomsorg, kr/inv 1 nov fg år	K	2026
N00023	Kostnadsutjämningsnetto grundskola, kr/inv 1 nov fg år	K	2026
N00024	Kostnadsutjämningsnetto äldreomsorg, kr/inv 1 nov fg år	K	2026
N00025	Kostnadsutjämningsnetto individ- och familjeomsorg, kr/inv 1 nov fg år	K	2026
N00026	Kostnadsutjämningsnetto gymnasieskolan, kr/inv 1 nov fg år	K	2026
N00031	Kostnadsutjämningsnetto kollektivtrafik, kr/inv 1 nov fg år	K	2026
N00040	Underlag för utjämning, kr/inv 1 nov fg år	K	2026
N00041	Länsvis skattesats, (%)	K	2026
N00042	Garanterad skattekraft, kr/inv 1 nov fg år	K	2026
N00043	Skattekraft kommun, uppräknad, kr/inv 1 nov fg år	K	2026
N00047	Kompensationsgrad, (%)	K	2026
N00048	Skattekraft, kr/inv 1 nov fg år	K	2026
N00049	Uppräkningsfaktor, %	K	2026
N00053	Månadsavlönade totalt, kommun, antal	K	2025
N00060	Månadsavlönad personal, kommunalt anställda i ledningsarbete, antal	K	2025
N00061	Månadsavlönad personal, kommunalt anställda handläggare, antal	K	2025
N00062	Månadsavlönad personal, kommunalt anställda administratörer, antal	K	2025
N00064	Månadsavlönad personal, kommunalt anställda tekniker, antal	K	2025
N00065	Månadsavlönad personal, kommunalt anställda i vaktmästeri, trädgård, anläggning m.m., antal	K	2025
N00066	Månadsavlönad personal, kommunalt anställda i köks- och måltidsarbete, antal	K	2025
N00067	Månadsavlönad personal, kommunalt anställda i städ, tvätt och renhållning, antal	K	2025
N00068	Månadsavlönade inom övrig verksamhet, kommun, antal	K	2025
N00071	Månadsavlönad personal, tillsvidareanställda i kommunen, antal	K	2025
N00072	Visstidsanställda månadsavlönade, kommunalt anställda, antal	K	2025
N00073	Årsarbetare, kommunalt anställda i ledningsarbete, antal	K	2025
N00074	Årsarbetare, kommunalt anställda handläggare, antal	K	2025
N00075	Årsarbetare, kommunalt anställda administratörer, antal	K	2025
N00077	Årsarbetare, kommunalt anställda tekniker, antal	K	2025
N00078	Årsarbetare, kommunalt anställda i vaktmästeri, trädgård, anläggning m.m., antal	K	2025
N00079	Årsarbetare, kommunalt anställda i köks- och måltidsarbete, antal	K	2025
N00080	Årsarbetare, kommunalt anställda i städ, tvätt och renhållning, antal	K	2025
N00081	Årsarbetare inom övrig verksamhet, kommun, antal	K	2025
N00082	Gemensamma kostnader fördelade till egentlig verksamhet totalt, andel (%)	K	2025
N00090	Sjukfrånvaro totalt bland anställda, kommun, andel (%)	K	2026
N00091	Sjukfrånvaro mer än 59 dagar som andel av total sjukfrånvaro bland anställda, kommun, andel (%)	K	2026
N00092	Sjukfrånvaro bland anställda <30 år, kommun, andel (%)	K	2026
N00093	Sjukfrånvaro bland anställda 30-49 år, kommun, andel (%)	K	2026
N00094	Sjukfrånvaro bland anställda >49 år, kommun, andel (%)	K	2026
N00095	Kostnad egentlig verksamhet, kr/inv	K	2025
N00096	Nettokostnad egentlig verksamhet, kr/inv	K	2025
N00097	Nettokostnadsavvikelse totalt (exkl. LSS), andel (%)	K	2025
N00098	Årsarbetare totalt, kommun, antal	K	2025
N00100	Strukturkostnad kommunen, kr/inv	K	2026
N00103	Pågående stressrelaterade sjukfall, årsgenomsnittlig andel av befolkningen (%)	A	2025
N00105	Standardkostnad kollektivtrafik, kr/inv	K	2026
N00106	Månadsavlönade inom ledning, utveckling och stöd, kommun, antal	K	2025
N00107	Månadsavlönade inom kultur-, turism- och fritidsarbete m.m., kommun, antal	K	2025
N00108	Månadsavlönad personal, kommunalt anställda i förskola, skola, fritids m.m., antal	K	2025
N00110	Månadsavlönade inom teknikarbete, kommun, antal	K	2025
N00112	Årsarbetare inom ledning, utveckling och stöd, kommun, antal	K	2025
N00113	Årsarbetare inom kultur, turism och friluftsliv, kommun, antal	K	2025
N00114	Årsarbetare inom förskola, skola, fritids m.m., kommun, antal	K	2025
N00116	Årsarbetare inom teknikarbete, kommun, antal	K	2025
N00119	Kommunens köp av egentlig verksamhet från privatägda företag, andel (%)	K	2025
N00120	Kommunens köp av egentlig verksamhet från föreningar och stiftelser, andel (%)	K	2025
N00121	Kommunens köp av egentlig verksamhet totalt från kommuner, andel (%)	K	2025
N00122	Kommunens köp av egentlig verksamhet totalt från bolag inom koncernen, andel (%)	K	2025
N00125	Lönesumma, arbetsställets belägenhet/dagbefolkning, mkr	A	2025
N00126	Lönesumma, boställets belägenhet/nattbefolkning, mkr	A	2025
N00150	Standardkostnad kommunal vuxenutbildning, kr/inv	K	2026
N00151	Kostnadsutjämningsnetto kommunal vuxenutbildning, kr/inv, 1 nov fg år	K	2026
N00153	Referenskostnad kommunal vuxenutbildning, kr/inv	K	2025
N00155	Standardkostnad verksamhetsövergripande kostnader, kr/inv	K	2026
N00156	Kostnadsutjämningsnetto verksamhetsövergripande kostnader, kr/inv, 1 nov fg år	K	2026
N00157	Standardkostnad infrastruktur och skydd, kr/inv	K	2026
N00158	Kostnadsutjämningsnetto infrastruktur och skydd, kr/inv, 1 nov fg år	K	2026
N00200	Tillsvidareanställda månadsavlönade, kommun, andel (%)	K	2025
N00201	Visstidsanställda månadsavlönade, kommun, andel (%)	K	2025
N00202	Visstidsanställda timavlönade, kommun, andel (%)	K	2025
N00203	Arbetad tid utförd av tillsvidareanställda månadsavlönade, kommunalt anställda, andel (%)	K	2025
N00204	Arbetad tid utförd av visstidsanställda månadsavlönade, kommun, andel (%)	K	2025
N00205	Arbetad tid utförd av visstidsanställda timavlönade, kommun, andel (%)	K	2025
N00206	Heltidsanställda månadsavlönade, kommun, andel (%)	K	2025
N00207	Deltidsanställda (75-99 %) månadsavlönade, kommun, andel (%)	K	2025
N00208	Deltidsanställda (1-74 %) månadsavlönade, kommun, andel (%)	K	2025
N00209	Heltidsarbetande månadsavlönade, kommun, andel (%)	K	2025
N00210	Deltidsarbetande (75-99 %) månadsavlönade, kommun, andel (%)	K	2025
N00211	Deltidsarbetande (1-74 %) månadsavlönade, kommun, andel (%)	K	2025
N00212	Anställda -34 år, kommun, andel (%)	K	2025
N00213	Anställda 35-54 år, kommun, andel (%)	K	2025
N00214	Anställda 55+, kommun, andel (%)	K	2025
N00215	Nya tillsvidareanställda månadsavlönade, kommun, andel (%)	K	2025
N00216	Avgångna tillsvidareanställda under året, kommun, andel (%)	K	2025
N00217	Anställda utrikes födda, kommun, balanstal	K	2025
N00218	Anställda med eftergymnasial utbildning, kommun, andel (%)	K	2025
N00219	Anställda 55+ år, kommun, antal	K	2025
N00220	Utrikes födda 18-64 år bland anställda, kommun, andel (%)	K	2025
N00221	Utrikes födda 18-64 år, andel (%)	K	2026
N00222	Anställda kvinnor, andel (%)	A	2025
N00223	Heltidsanställda månadsavlönade, kommun, antal	K	2025
N00224	Heltidsanställd månadsavlönad personal som arbetar heltid, kommunalt anställda, antal	K	2025
N00225	Heltidsanställd månadsavlönad personal som arbetar deltid, kommunalt anställda, antal	K	2025
N00226	Heltidsanställd månadsavlönad personal ledig från sitt arbete, kommunalt anställda, antal	K	2025
N00227	Deltidsanställda (1-99 %) månadsavlönade, kommun, antal	K	2025
N00228	Deltidsanställd månadsavlönad personal, kommunalt anställda, andel (%)	K	2025
N00229	Deltidsanställd månadsavlönad personal ledig från sitt arbete, kommunalt anställda, antal	K	2025
N00230	Timavlönade, kommun, antal	K	2025
N00231	Kommunalt anställda enligt HÖK, kommun, antal	K	2025
N00232	Anställda helt lediga från sitt arbete, kommun, antal	K	2025
N00233	Tillsvidareanställda månadsavlönade, kommun, antal	K	2025
N00234	Deltidsanställda (75-99 %) månadsavlönade, kommun, antal	K	2025
N00235	Deltidsanställda (1-74 %) månadsavlönade, kommun, antal	K	2025
N00236	Heltidsarbetande månadsavlönade, kommun, antal	K	2025
N00237	Deltidsarbetande (75-99 %) månadsavlönade, kommun, antal	K	2025
N00238	Deltidsarbetande (1-74 %) månadsavlönade, kommun, antal	K	2025
N00239	Nya tillsvidareanställda månadsavlönade, antal	A	2025
N00242	Genomsnittlig sysselsättningsgrad för månadsavlönade, kommun, andel (%)	K	2025
N00244	Deltidsanställd månadsavlönad arbetande deltid, kommunalt anställda, antal	K	2025
N00245	Anställda 55-64 år, kommun, andel (%)	K	2025
N00246	Anställda 65+, kommun, andel (%)	K	2025
N00247	Anställda 55-64 år, kommun, antal	K	2025
N00248	Anställda 65+ år, kommun, antal	K	2025
N00300	Medborgarengagemang och demokratisk delaktighet - Kommunindex	K	2025
N00301	Trygghet och säkerhet - Kommunindex	K	2025
N00302	Miljökvalitet - Kommunindex	K	2025
N00303	Tillgänglighet till tjänster - Kommunindex	K	2025
N00304	Inkomst och förmögenhet - Kommunindex	K	2025
N00305	Arbete och löner - Kommunindex	K	2025
N00306	Bostad - Kommunindex	K	2025
N00307	Hälsa - Kommunindex	K	2025
N00308	Utbildning och kompetens - Kommunindex	K	2025
N00309	Sociala relationer och tillit - Kommunindex	K	2025
N00310	Livskvalitet - Kommunindex	K	2025
N00311	Medborgarengagemang och demokratisk delaktighet – Kommunindex Kvinnor	K	2025
N00312	Trygghet och säkerhet – Kommunindex Kvinnor	K	2025
N00314	Tillgänglighet till tjänster – Kommunindex Kvinnor	K	2025
N00315	Inkomst och förmögenhet – Kommunindex Kvinnor	K	2025
N00316	Arbete och löner – Kommunindex Kvinnor	K	2025
N00317	Bostad – Kommunindex Kvinnor	K	2025
N00318	Hälsa – Kommunindex Kvinnor	K	2025
N00319	Utbildning och kompetens – Kommunindex Kvinnor	K	2025
N00320	Sociala relationer och tillit – Kommunindex Kvinnor	K	2025
N00321	Livskvalitet – Kommunindex Kvinnor	K	2025
N00322	Medborgarengagemang och demokratisk delaktighet – Kommunindex Män	K	2025
N00323	Trygghet och säkerhet – Kommunindex Män	K	2025
N00325	Tillgänglighet till tjänster – Kommunindex Män	K	2025
N00326	Inkomst och förmögenhet – Kommunindex Män	K	2025
N00327	Arbete och löner – Kommunindex Män	K	2025
N00328	Bostad – Kommunindex Män	K	2025
N00329	Hälsa – Kommunindex Män	K	2025
N00330	Utbildning och kompetens – Kommunindex Män	K	2025
N00331	Sociala relationer och tillit – Kommunindex Män	K	2025
N00332	Livskvalitet – Kommunindex Män	K	2025
N00333	Medborgarengagemang och demokratisk delaktighet - Regionindex	L	2025
N00334	Trygghet och säkerhet - Regionindex	L	2025
N00335	Miljökvalitet - Regionindex	L	2025
N00336	Tillgänglighet till tjänster - Regionindex	L	2025
N00337	Inkomst och förmögenhet - Regionindex	L	2025
N00338	Arbete och löner - Regionindex	L	2025
N00339	Bostad - Regionindex	L	2025
N00340	Hälsa - Regionindex	L	2025
N00341	Utbildning och kompetens - Regionindex	L	2025
N00342	Sociala relationer och tillit - Regionindex	L	2025
N00343	Livskvalitet - Regionindex	L	2025
N00344	Medborgarengagemang och demokratisk delaktighet – Regionindex Kvinnor	L	2025
N00345	Trygghet och säkerhet – Regionindex Kvinnor	L	2025
N00347	Tillgänglighet till tjänster – Regionindex Kvinnor	L	2025
N00348	Inkomst och förmögenhet – Regionindex Kvinnor	L	2025
N00349	Arbete och löner – Regionindex Kvinnor	L	2025
N00350	Bostad – Regionindex Kvinnor	L	2025
N00351	Hälsa – Regionindex Kvinnor	L	2025
N00352	Utbildning och kompetens – Regionindex Kvinnor	L	2025
N00353	Sociala relationer och tillit – Regionindex Kvinnor	L	2025
N00354	Livskvalitet – Regionindex Kvinnor	L	2025
N00355	Medborgarengagemang och demokratisk delaktighet – Regionindex Män	L	2025
N00356	Trygghet och säkerhet – Regionindex Män	L	2025
N00358	Tillgänglighet till tjänster – Regionindex Män	L	2025
N00359	Inkomst och förmögenhet – Regionindex Män	L	2025
N00360	Arbete och löner – Regionindex Män	L	2025
N00361	Bostad – Regionindex Män	L	2025
N00362	Hälsa – Regionindex Män	L	2025
N00363	Utbildning och kompetens – Regionindex Män	L	2025
N00364	Sociala relationer och tillit – Regionindex Män	L	2025
N00365	Livskvalitet – Regionindex Män	L	2025
N00366	Subjektivt välbefinnande - Kommunindex	K	2025
N00367	Subjektivt välbefinnande - Kommunindex Kvinnor	K	2025
N00368	Subjektivt välbefinnande - Kommunindex Män	K	2025
N00370	Ekonomisk hållbarhet - Kommunindex	K	2025
N00371	Miljömässig hållbarhet - Kommunindex	K	2025
N00372	Social hållbarhet - Kommunindex	K	2025
N00373	Hållbarhet - Kommunindex	K	2025
N00374	Ekonomisk hållbarhet - Kommunindex Kvinnor	K	2025
N00375	Social hållbarhet - Kommunindex Kvinnor	K	2025
N00376	Hållbarhet - Kommunindex Kvinnor	K	2025
N00377	Ekonomisk hållbarhet - Kommunindex Män	K	2025
N00378	Social hållbarhet - Kommunindex Män	K	2025
N00379	Hållbarhet - Kommunindex Män	K	2025
N00380	Ekonomisk hållbarhet - Regionindex	L	2025
N00381	Miljömässig hållbarhet - Regionindex	L	2025
N00382	Social hållbarhet - Regionindex	L	2025
N00383	Hållbarhet - Regionindex	L	2025
N00384	Ekonomisk hållbarhet - Regionindex Kvinnor	L	2025
N00385	Social hållbarhet - Regionindex Kvinnor	L	2025
N00386	Hållbarhet - Regionindex Kvinnor	L	2025
N00387	Ekonomisk hållbarhet - Regionindex Män	L	2025
N00388	Social hållbarhet - Regionindex Män	L	2025
N00389	Hållbarhet - Regionindex Män	L	2025
N00401	Utsläpp till luft av växthusgaser totalt, ton CO2-ekv/inv	A	2024
N00403	Ekologiskt brukad åkermark, andel (%)	A	2025
N00404	Antibiotikaförsäljning, recept/1000 inv	A	2025
N00408	Ekologiskt brukad jordbruksmark, andel (%)	L	2025
N00485	Förväntat värde förvärvsarbetande skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)	K	2024
N00486	Avvikelse från förväntat värde, förvärvsarbetande skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)	K	2024
N00487	Antibiotikaförsäljning åldersstandardiserat, recept/1000 (medelbefolkning) inv	A	2025
N00488	Avvikelse från modellberäknat värde för byggnadsbränder med spridning från startobjektet, (Färre än=2, lika många=1, fler än=0)	K	2025
N00510	Utsläpp till luft av flyktiga organiska ämnen totalt, ton NMVOC	A	2024
N00511	Utsläpp till luft av flyktiga organiska ämnen, arbetsmaskiner, ton NMVOC	A	2024
N00512	Utsläpp till luft av flyktiga organiska ämnen, egen uppvärmning,  ton NMVOC	A	2024
N00513	Utsläpp till luft av flyktiga organiska ämnen, el och fjärrvärme, ton NMVOC	A	2024
N00514	Utsläpp till luft av flyktiga organiska ämnen, industri, ton NMVOC	A	2024
N00515	Utsläpp till luft av flyktiga organiska ämnen, jordbruk, ton NMVOC	A	2024
N00516	Utsläpp till luft av flyktiga organiska ämnen, transporter, ton NMVOC	A	2024
N00517	Utsläpp till luft av flyktiga organiska ämnen totalt, ton NMVOC/inv	A	2024
N00518	Utsläpp till luft av flyktiga organiska ämnen, arbetsmaskiner, ton NMVOC/inv	A	2024
N00519	Utsläpp till luft av flyktiga organiska ämnen, egen uppvärmning,  ton NMVOC/inv	A	2024
N00520	Utsläpp till luft av flyktiga organiska ämnen, el och fjärrvärme, ton NMVOC/inv	A	2024
N00521	Utsläpp till luft av flyktiga organiska ämnen, industri, ton NMVOC/inv	A	2024
N00522	Utsläpp till luft av flyktiga organiska ämnen, jordbruk, ton NMVOC/inv	A	2024
N00523	Utsläpp till luft av flyktiga organiska ämnen, transporter, ton NMVOC/inv	A	2024
N00524	Utsläpp till luft av flyktiga organiska ämnen, produktanvändning (inkl. lösningsmedel), ton NMVOC	A	2024
N00525	Utsläpp till luft av flyktiga organiska ämnen, produktanvändning (inkl. lösningsmedel), ton NMVOC/inv	A	2024
N00526	Utsläpp till luft av flyktiga organiska ämnen, avfall (inkl. avlopp), ton NMVOC	A	2024
N00527	Utsläpp till luft av flyktiga organiska ämnen, avfall (inkl. avlopp), ton NMVOC/inv	A	2024
N00528	Medborgarundersökningen - Antal svar	K	2026
N00529	Medborgarundersökningen - Svarsfrekvens, andel (%)	K	2026
N00530	Medborgarundersökningen - Förskolan fungerar bra i kommunen, andel (%)	A	2026
N00531	Medborgarundersökningen - Grundskolan fungerar bra i kommunen, andel (%)	A	2026
N00532	Medborgarundersökningen - Gymnasieskolan fungerar bra i kommunen, andel (%)	A	2026
N00533	Medborgarundersökningen - Äldreomsorgen fungerar bra i kommunen, andel (%)	A	2026
N00534	Medborgarundersökningen - Kommunala vuxenutbildningen fungerar bra i kommunen, andel (%)	A	2026
N00535	Medborgarundersökningen - Kommunens verksamhet för personer med funktionsnedsättning fungerar bra i kommunen, andel (%)	A	2026
N00536	Medborgarundersökningen - Socialtjänstens stöd och hjälp till utsatta personer fungerar bra i kommunen, andel (%)	A	2026
N00544	Medborgarundersökningen - Viktigt i boendemiljön - tyst och lugnt, andel (%)	A	2026
N00545	Medborgarundersökningen - Viktigt i boendemiljön - platser för barn att leka på, andel (%)	A	2026
N00546	Medborgarundersökningen - Viktigt i boendemiljön - närhet till natur inkl. parker, andel (%)	A	2026
N00547	Medborgarundersökningen - Viktigt i boendemiljön - närhet till livsmedelsaffär, andel (%)	A	2026
N00548	Medborgarundersökningen - Viktigt i boendemiljön - närhet till skola och barnomsorg, andel (%)	A	2026
N00549	Medborgarundersökningen - Viktigt i boendemiljön - närhet till hälso- och sjukvård, andel (%)	A	2026
N00550	Medborgarundersökningen - Viktigt i boendemiljön - förbindelser med kollektivtrafik, andel (%)	A	2026
N00551	Medborgarundersökningen - Viktigt i boendemiljön - finns parkeringsmöjligheter, andel (%)	A	2026
N00552	Medborgarundersökningen - Viktigt i boendemiljön - begränsad biltrafik, andel (%)	A	2026
N00553	Medborgarundersökningen - Viktigt i boendemiljön - blandning av människor från olika kulturer eller bakgrund, andel (%)	A	2026
N00556	Medborgarundersökningen - Bra möjlighet för kommunens invånare att ha ett arbete inom rimligt avstånd från bostaden, andel (%)	A	2026
N00557	Medborgarundersökningen - Bra möjlighet för kommunens invånare att bo kvar i kommunen och genomföra eftergymnasiala studier, andel (%)	A	2026
N00558	Medborgarundersökningen - Bra tillgång till kommunal service utanför kommunens centralort, andel (%)	A	2026
N00559	Medborgarundersökningen - Bra tillgång till hälso- och sjukvård inom rimligt avstånd från bostaden, andel (%)	A	2026
N00561	Medborgarundersökningen - Bra utbud av livsmedelsaffärer inom rimligt avstånd från bostaden, andel (%)	A	2026
N00562	Medborgarundersökningen - Bra utbud av paketutlämningsställen inom rimligt avstånd från bostaden, andel (%)	A	2026
N00563	Medborgarundersökningen - Internetuppkopplingen i bostaden täcker behoven i stort, andel (%)	A	2026
N00564	Medborgarundersökningen - Internetuppkopplingen i bostaden täcker behoven helt och hållet, andel (%)	A	2026
N00570	Medborgarundersökningen - Utbudet av gång- och cykelvägar är bra, andel (%)	A	2026
N00571	Medborgarundersökningen - Säkerheten på gång- och cykelvägar är bra, andel (%)	A	2026
N00572	Medborgarundersökningen - Möjligheterna att enkelt använda kollektivtrafik för vardagliga resor är bra, andel (%)	A	2026
N00573	Medborgarundersökningen - Möjligheterna att enkelt använda kollektivtrafik till fritidsaktiviteter är bra, andel (%)	A	2026
N00574	Medborgarundersökningen - Möjligheterna att enkelt kunna göra längre resor från kommunen utan bil är bra, andel (%)	A	2026
N00575	Medborgarundersökningen - Möjligheterna att enkelt kunna transportera sig med bil är bra, andel (%)	A	2026
N00576	Medborgarundersökningen - Kommunens utbud av laddningsstationer för elfordon är bra, andel (%)	A	2026
N00577	Medborgarundersökningen - Utbudet av bilpooler i kommunen är bra, andel (%)	A	2026
N00578	Medborgarundersökningen - Utbudet av pendlarparkering i kommunen är bra, andel (%)	A	2026
N00586	Medborgarundersökningen - Bra utbud av böcker och tidskrifter i kommunens bibliotek, andel (%)	A	2026
N00587	Medborgarundersökningen - Bra digitalt utbud av böcker och tidskrifter i kommunens bibliotek, andel (%)	A	2026
N00588	Medborgarundersökningen - Bra utbud av bibliotekets aktiviteter (t.ex. bokklubbar, författarbesök, sagostunder, utbildning), andel (%)	A	2026
N00589	Medborgarundersökningen - Bra utbud av caféer och restauranger i kommunen, andel (%)	A	2026
N00590	Medborgarundersökningen - Bra utbud av lekplatser, parklekar etc. i kommunen, andel (%)	A	2026
N00591	Medborgarundersökningen - Bra utbud av ställen för unga att träffas på i kommunen, andel (%)	A	2026
N00592	Medborgarundersökningen - Bra utbud av ställen (t.ex. träffpunkter) för äldre att träffas på i kommunen, andel (%)	A	2026
N00593	Medborgarundersökningen - Det lokala kultur- och nöjeslivet i kommunen är bra, andel (%)	A	2026
N00594	Medborgarundersökningen - Kommunens arbete för att främja det lokala kulturlivet är bra, andel (%)	A	2026
N00595	Medborgarundersökningen - Bra öppettider vid kommunens idrotts- och motionsanläggningar, andel (%)	A	2026
N00596	Medborgarundersökningen - Bra möjlighet att nyttja kommunens idrotts- och motions-anläggningar, andel (%)	A	2026
N00597	Medborgarundersökningen - Bra utbud av belysta motionsspår i kommunen, andel (%)	A	2026
N00598	Medborgarundersökningen - Bra utbud av allmänna träningsplatser utomhus i kommunen, andel (%)	A	2026
N00599	Medborgarundersökningen - Bra utbud av friluftsområden i kommunen, andel (%)	A	2026
N00600	Medborgarundersökningen - Skötsel av gator och vägar fungerar bra i kommunen, andel (%)	A	2026
N00601	Medborgarundersökningen - Snöröjning av gator och vägar fungerar bra i kommunen, andel  (%)	A	2026
N00602	Medborgarundersökningen - Skötsel av gång- och cykelvägar fungerar bra i kommunen, andel (%)	A	2026
N00603	Medborgarundersökningen - Snöröjning av gång- och cykelvägar fungerar bra i kommunen, andel (%)	A	2026
N00604	Medborgarundersökningen - Skötsel av kommunens idrotts- och motionsanläggningar fungerar bra, andel (%)	A	2026
N00605	Medborgarundersökningen - Skötsel av allmänna platser fungerar bra i kommunen, andel (%)	A	2026
N00606	Medborgarundersökningen - Skötsel av naturområden i kommunen fungerar bra, andel (%)	A	2026
N00607	Medborgarundersökningen - Skötsel av badplatser i kommunen fungerar bra, andel (%)	A	2026
N00608	Medborgarundersökningen - Åtgärder mot skadegörelser eller annan förstörelse fungerar bra i kommunen, andel (%)	A	2026
N00609	Medborgarundersökningen - Skötsel av byggnader där kommunen har verksamhet fungerar bra i kommunen, andel (%)	A	2026
N00610	Medborgarundersökningen - Trygg utomhus i området där du bor när det är mörkt ute, andel(%)	A	2026
N00611	Medborgarundersökningen - Trygg utomhus i området där du bor när det är ljust ute, andel (%)	A	2026
N00612	Medborgarundersökningen - Låg oro för att drabbas av inbrott i hemmet, andel (%)	A	2026
N00613	Medborgarundersökningen - Låg oro för att utsättas för sexuella trakasserier eller liknande, andel (%)	A	2026
N00614	Medborgarundersökningen - Låg oro för att bli utsatt för våldsbrott eller hot om våld, andel (%)	A	2026
N00615	Medborgarundersökningen - Låg oro för att bli utsatt för hot och trakasserier på nätet, andel (%)	A	2026
N00616	Medborgarundersökningen - Låg oro för att bli utsatt för identitetsstöld, andel (%)	A	2026
N00617	Medborgarundersökningen - Låg oro att det kommer ske en allvarlig samhällsstörning i kommunen, andel (%)	A	2026
N00618	Medborgarundersökningen - Låg oro för att det kommer ske en terrorhandling i kommunen, andel (%)	A	2026
N00619	Medborgarundersökningen - Få problem med personer eller gäng som bråkar eller stör i kommunen, andel (%)	A	2026
N00620	Medborgarundersökningen - Få problem med personer som är påverkade av alkohol eller narkotika i kommunen, andel (%)	A	2026
N00621	Medborgarundersökningen - Få problem med narkotikahandel i kommunen, andel (%)	A	2026
N00622	Medborgarundersökningen - Få problem med våldsbrott i kommunen, andel (%)	A	2026
N00623	Medborgarundersökningen - Få problem med inbrott eller stölder i kommunen, andel (%)	A	2026
N00624	Medborgarundersökningen - Få problem med störande trafik med motorfordon i kommunen, andel (%)	A	2026
N00625	Medborgarundersökningen - Få problem med hot och trakasserier på nätet i kommunen, andel (%)	A	2026
N00626	Medborgarundersökningen - Få problem med bristande eller trasig utomhusbelysning i kommunen, andel (%)	A	2026
N00627	Medborgarundersökningen - Få problem med skadegörelse eller klotter i kommunen, andel (%)	A	2026
N00628	Medborgarundersökningen - Få problem med nedskräpning i kommunen, andel (%)	A	2026
N00629	Medborgarundersökningen - Räddningstjänsten i kommunen fungerar bra, andel (%)	A	2026
N00630	Medborgarundersökningen - Kommunen informerar bra vid samhällsstörningar, andel (%)	A	2026
N00631	Medborgarundersökningen - Polisens närvaro i kommunen är bra, andel (%)	A	2026
N00632	Medborgarundersökningen - Hämtningen av hushållsavfall fungerar bra, andel (%)	A	2026
N00633	Medborgarundersökningen - Utbudet av platser för förpackningsåtervinning är bra, andel (%)	A	2026
N00634	Medborgarundersökningen - Utbudet av återvinningscentraler i kommunen är bra, andel (%)	A	2026
N00635	Medborgarundersökningen - Möjligheten att återvinna avfall utan transport med bil  är bra, andel (%)	A	2026
N00636	Medborgarundersökningen - Kommunens arbete för att minska miljö- och klimatpåverkan i egna verksamheter är bra, andel (%)	A	2026
N00637	Medborgarundersökningen - Information från kommunen om vad enskilda kan göra för att minska sin miljö- klimatpåverkan fungerar bra, andel (%)	A	2026
N00638	Medborgarundersökningen - Kommunens arbete för att säkerställa tillgången till dricksvatten är bra, andel (%)	A	2026
N00640	Medborgarundersökningen - Bra bemötande vid kontakt med tjänsteperson i kommunen, andel (%)	A	2026
N00641	Medborgarundersökningen - Bra bemötande vid kontakt med politiker i kommunen, andel (%)	A	2026
N00646	Medborgarundersökningen - Kommunens verksamheter är fria från korruption, andel(%)	A	2026
N00647	Medborgarundersökningen - Att få svar på frågor till kommunen fungerar bra, andel (%)	A	2026
N00649	Medborgarundersökningen - Möjlighet att påverka inom de kommunala verksamheterna fungerar bra, andel (%)	A	2026
N00650	Medborgarundersökningen - Möjlighet att påverka politiska beslut i kommunen fungerar bra, andel (%)	A	2026
N00651	Medborgarundersökningen - Möjlighet att delta aktivt i arbetet med att utveckla kommunen fungerar bra, andel (%)	A	2026
N00652	Medborgarundersökningen - Kommunens information kring större förändringar fungerar bra, andel (%)	A	2026
N00653	Medborgarundersökningen - Kommunens arbete för att förbättra integration och delaktighet i samhället fungerar bra, andel (%)	A	2026
N00654	Medborgarundersökningen - Kommunens arbete för att öka toleransen för människors olikheter fungerar bra, andel (%)	A	2026
N00655	Medborgarundersökningen - Kommunens arbete för att minska diskriminering fungerar bra, andel (%)	A	2026
N00656	Medborgarundersökningen - Möjlighet att vara den man är och leva det liv man vill leva, andel (%)	A	2026
N00657	Medborgarundersökningen - Kommunens politiker upplevs arbeta för kommunens bästa, andel (%)	A	2026
N00658	Medborgarundersökningen - Kommunens politiker upplevs som ansvarstagande, andel (%)	A	2026
N00659	Medborgarundersökningen - Kommunens politiker upplevs som lyhörda för idéer, andel (%)	A	2026
N00660	Medborgarundersökningen - Kommunens anställda upplevs arbeta för kommunens bästa, andel(%)	A	2026
N00661	Medborgarundersökningen - Beslut som fattas i kommunen upplevs som genomtänkta och genomarbetade, andel (%)	A	2026
N00662	Medborgarundersökningen - Beslut som fattas i kommunen upplevs vara transparenta, andel (%)	A	2026
N00664	Medborgarundersökningen - Förtroende för kommunens politiker, andel (%)	A	2026
N00665	Medborgarundersökningen - Förtroende för riksdagens politiker, andel (%)	A	2026
N00666	Medborgarundersökningen - Man kan generellt lita på människor, andel (%)	A	2026
N00667	Medborgarundersökningen - Kommunen är en bra plats att bo och leva på, andel (%)	A	2026
N00668	Medborgarundersökningen - Kommunen sköter sina olika verksamheter bra, andel (%)	A	2026
N00669	Medborgarundersökningen - Invånarnas möjlighet till insyn och inflytande över kommunens beslut och verksamheter är bra, andel (%)	A	2026
N00670	Medborgarundersökningen - Kan rekommendera andra att flytta till kommunen, andel (%)	K	2026
N00671	Servicemätning - Nöjd med bemötandet via telefoni, index	K	2026
N00672	Servicemätning - Enkelt att få hjälp med sin fråga via telefoni, index	K	2026
N00673	Servicemätning - Tydligt svar från kommunen via e-post, index	K	2026
N00674	Servicemätning - Enkelt att få hjälp med sin fråga via e-post, index	K	2026
N00675	Servicemätning - Telefoni svar, antal	K	2026
N00676	Servicemätning - E-post svar, antal	K	2026
N00680	Ekologiskt brukad jordbruksmark, hektar	L	2025
N00681	Ekologiskt brukad betesmark, andel (%)	L	2025
N00682	Ekologiskt brukad betesmark, hektar	L	2025
N00683	Ekologiskt brukad åkermark, hektar	L	2025
N00700	Förvärvsarbetande skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)	K	2024
N00701	Studerande skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)	K	2024
N00702	Försörjningsstöd som andel av nettoinkomsten bland skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)	K	2024
N00703	Skyddsbehövande och anhöriga (flyktingar) 20-25 år som varken förvärvsarbetar eller studerar, andel (%)	K	2024
N00704	Skyddsbehövande och anhöriga (flyktingar) med kort vistelsetid i Sverige 0-6 år, andel (%)	K	2024
N00705	Skyddsbehövande och anhöriga (flyktingar) med förgymnasial utbildning, andel (%)	K	2024
N00706	Skyddsbehövande och anhöriga (flyktingar) med gymnasial utbildning, andel (%)	K	2024
N00707	Skyddsbehövande och anhöriga (flyktingar) med eftergymnasial-eller forskarutbildning, andel (%)	K	2024
N00708	Arbetslöshet någon gång under året, bland inrikes födda 20-64 år, andel (%) av bef.	K	2024
N00709	Skyddsbehövande och anhöriga (flyktingar) med vistelsetid 0-2 år i Sverige, andel (%)	K	2024
N00710	Skyddsbehövande och anhöriga (flyktingar) med vistelsetid 3-6 år i Sverige, andel (%)	K	2024
N00711	Förvärvsarbetande eller studerande skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)	K	2024
N00732	Kvarboende kommunmottagna tre år efter mottagande, antal	K	2025
N00750	Total betesmark, hektar	A	2025
N00751	Slåtteräng, hektar	A	2025
N00752	Betesmark, andel (%)	A	2025
N00753	Slåtteräng, per total betesmark, andel (%)	A	2025
N00754	Slåtteräng, andel (%)	A	2025
N00799	Trafikolyckor med räddningsinsatser per 1000 inv	A	2024
N00801	Egentlig verksamhet i kommunal regi, andel (%)	K	2025
N00803	Kommunens köp av egentlig verksamhet totalt, andel (%)	K	2025
N00820	Handläggningstid (median) från inkommen ansökan till beslut för bygglov för nybyggnad av en- och tvåbostadshus, antal dagar	K	-
N00821	Handläggningstid (median) från när ansökan betraktas som fullständig till beslut för bygglov för nybyggnad av en- och tvåbostadshus, antal dagar	K	-
N00822	Ärenden som mediantiden för bygglov baseras på, antal	K	-
N00881	Sammanräknad förvärvsinkomst i åldern 25-29 år (median), kr	A	2025
N00882	Sammanräknad förvärvsinkomst i åldern 30-34 år (median), kr	A	2025
N00883	Sammanräknad förvärvsinkomst i åldern 35-39 år (median), kr	A	2025
N00884	Sammanräknad förvärvsinkomst i åldern 40-44 år (median), kr	A	2025
N00885	Sammanräknad förvärvsinkomst i åldern 45-49 år (median), tkr	A	2025
N00886	Sammanräknad förvärvsinkomst i åldern 50-54 år (median), kr	A	2025
N00887	Sammanräknad förvärvsinkomst i åldern 55-59 år (median), tkr	A	2025
N00891	Sammanräknad förvärvsinkomst i åldern 65+ år (median), kr	A	2025
N00892	Kvinnors mediannettoinkomst som andel av mäns mediannettoinkomst, 65+ år, andel (%)	A	2025
N00898	Medarbetarengagemang (HME) totalt kommunen - svarsfrekvens, andel (%)	K	-
N00900	Skattesats, totalt (%)	K	2027
N00901	Skattesats till kommun (%)	K	2027
N00902	Skattesats till region, (%)	K	2027
N00903	Skattekraft kommun, kr/inv	K	2027
N00904	Skattekraft som andel av rikets medelskattekraft kommun, (%)	K	2027
N00905	Mediannettoinkomst, kr/inv 20+	A	2025
N00906	Sammanräknad förvärvsinkomst i åldern 20-64 år (median), kr	A	2025
N00907	Sammanräknad förvärvsinkomst i åldern 16-19 år (median), kr	A	2025
N00923	Medellivslängd män, år	A	2025
N00925	Medellivslängd kvinnor, år	A	2025
N00926	Företagskonkurser, antal/1000 inv, 16-64 år	A	2025
N00927	Demografisk försörjningskvot	A	2026
N00933	Sammanräknad förvärvsinkomst i åldern 20-24 år (median), kr	A	2025
N00937	Sammanräknad förvärvsinkomst i åldern 60-64 år (median), kr	A	2025
N00938	Sjukpenningtalet, 16–64 år, dagar/registrerad försäkrad	K	2026
N00939	Uttagna dagar med föräldrapenning, antal/mottagare	K	2026
N00940	Uttagna dagar med tillfällig föräldrapenning (VAB), antal/mottagare	A	2026
N00942	Föräldrapenningdagar som tas ut av kvinnor, andel av antal dagar (%)	K	2026
N00943	Föräldrapenningdagar som tas ut av män, andel av antal dagar (%)	A	2026
N00944	Tillfälliga föräldrapenningdagar (VAB) som tas ut av kvinnor, andel av antal dagar (%)	A	2026
N00945	Tillfälliga föräldrapenningdagar (VAB) som tas ut av män, andel av antal dagar (%)	A	2026
N00949	Medianlön kvinnor anställda av kommunen, kr	K	2025
N00950	Medianlön män anställda av kommunen, kr	K	2025
N00951	Lönegap median kvinnor - median män anställda av kommunen, kr	K	2025
N00952	Kvinnors mediannettoinkomst som andel av mäns mediannettoinkomst, andel (%)	A	2025
N00953	Kvinnors medianlön som andel av mäns medianlön, kommunalt anställda, andel (%)	K	2025
N00954	Tätortsgrad (senaste mätning)	A	2026
N00956	Ginikoefficient - förvärvsinkomst, index	A	2025
N00957	Ohälsotal, dagar	A	2026
N00958	Kvinnors medianlön som andel av mäns medianlön, anställda av regionen, andel (%)	L	2025
N00959	Medelålder, år	A	2026
N00960	Inskrivna i etableringsuppdraget under året , antal	K	2025
N00961	Inskrivna i etableringsuppdraget med högst förgymnasial utbildning, andel (%)	K	2025
N00962	Inskrivna i etableringsuppdraget med gymnasial utbildning,  andel (%)	K	2025
N00963	Inskrivna i etableringsuppdraget med eftergymnasial utbildning längre än 2 år, andel (%)	K	2025
N00964	Lämnat etableringsuppdraget under året, antal	K	2025
N00967	Sjukpenningtalet, 15–69 år, dagar/arbetskraften	K	2026
N00969	Inskrivna i etableringsuppdraget med förgymnasial utbildning kortare än 9 år, andel (%)	K	2025
N00970	Inskrivna i etableringsuppdraget med förgymnasial utbildning 9 (10) år, andel (%)	K	2025
N00971	Lämnat etableringsuppdraget och börjat arbeta (status efter 90 dagar), andel (%)	K	2025
N00972	Lämnat etableringsuppdraget och börjat studera (status efter 90 dagar), andel (%)	K	2025
N00973	Lämnat etableringsuppdraget och börjat arbeta eller studera (status efter 90 dagar), andel (%)	K	2025
N00974	Ohälsotal, 16-19 år, dagar	A	2026
N00975	Ohälsotal, 20-29 år, dagar	A	2026
N00976	Ohälsotal, 30-39 år, dagar	A	2026
N00977	Ohälsotal, 40-49 år, dagar	A	2026
N00978	Ohälsotal, 50-59 år, dagar	A	2026
N00979	Ohälsotal, 60-64 år, dagar	A	2026
N00980	Äldre äldre av invånare 65+, andel (%)	A	2026
N00989	Skuldsatta invånare 18+ hos Kronofogden, andel (%)	K	2026
N00990	Medianskuld hos Kronofogden, kr	K	2026
N00991	Lämnat etableringsuppdraget och deltar i arbetsmarknadspolitiska program (status efter 90 dagar), andel (%). Källa: SCB.	K	2025
N00992	Care Need Index (CNI), index	A	2025
N00994	Inskrivna i etableringsuppdraget som saknar formell grundläggande utbildning, andel (%)	K	2025
N00995	Lämnat etableringsuppdraget och börjat arbete med stöd (exkl. nystartsjobb) (status efter 90 dagar), andel (%)	K	2025
N00997	Ginikoefficient – hushållens disponibla inkomster, index	A	2025
N00998	Arbetsolyckor, antal/1000 sysselsatta	A	2024
N00999	Nystartade företag, antal/1000 inv, 16-64 år	A	2025
N01003	Nystartade företag, antal	A	2025
N01004	Nystartade arbetsställen, antal/1000 inv 16-64 år	A	2025
N01005	Nystartade arbetsställen, antal	K	2025
N01006	Företagskonkurser, antal anställda, antal/1000 inv, 16-64 år	A	2025
N01010	Tätorter (senaste mätningen), antal	A	2026
N01011	Tätorter (senaste mätningen), antal/10 000 inv	A	2026
N01439	Incidens av hjärtinfarkter 25+ år, antal/100 000 inv	A	2025
N01451	Förtida dödsfall 25-64 år, åldersstandardiserat, antal/100 000 inv	A	2024
N01452	Invånare 16-84 år med allvarlig psykisk påfrestning, andel (%)	A	2026
N01453	Osäkerhetstal - Invånare 16-84 år med allvarlig psykisk påfrestning, andel (%)	A	2026
N01454	Invånare 25+ med varaktigt låg ekonomisk standard (relativ), åldersstandardiserat, andel (%)	A	2024
N01455	Invånare 25+ med varaktigt låg inkomststandard (absolut), åldersstandardiserat, andel (%)	A	2024
N01456	Invånare 16-84 med störd sömn av trafikbuller, andel (%)	A	2026
N01457	Osäkerhetstal - Invånare 16-84 med störd sömn av trafikbuller, andel (%)	A	2026
N01458	Invånare 16-84 år som utsatts för kränkande behandling eller bemötande, andel (%)	A	2026
N01459	Osäkerhetstal - Invånare 16-84 år som utsatts för kränkande behandling eller bemötande, andel (%)	A	2026
N01460	Invånare 16-84 år som utsatts för våld eller hot om våld, andel (%)	A	2026
N01461	Osäkerhetstal - Invånare 16-84 år som utsatts för våld eller hot om våld, andel (%)	A	2026
N01462	Invånare som avstått läkarvård trots upplevt behov, andel (%)	L	2024
N01463	Osäkerhetstal - Invånare som avstått läkarvård trots upplevt behov, andel (%)	L	2024
N01464	Invånare 16-84 år som avstått tandvård av ekonomiska skäl trots behov, andel (%)	A	2026
N01465	Osäkerhetstal - Invånare 16+ år som avstått tandvård av ekonomiska skäl trots behov, andel (%)	A	2026
N01481	MPR-vaccinerade 2-åringar, andel (%)	A	2025
N01482	MPR-vaccinerade 9-åringar, andel (%)	A	2025
N01483	HPV-vaccinerade flickor, andel (%)	A	2025
N01484	HPV-vaccinerade pojkar, andel (%)	A	2025
N01700	Individer med sjukpenning räknat i helårsekvivalenter, antal	K	2025
N01701	Individer med rehabilitieringspenning räknat i helårsekvivalenter, antal	K	2025
N01702	Individer med aktivitetsersättning räknat i helårsekvivalenter, antal	K	2025
N01703	Individer med sjukersättning räknat i helårsekvivalenter, antal	K	2025
N01704	Individer med arbetslöshetsersättning räknat i helårsekvivalenter, antal	K	2025
N01705	Individer med aktivitetsstöd räknat i helårsekvivalenter, antal	K	2025
N01706	Individer med utvecklingsersättning räknat i helårsekvivalenter, antal	K	2025
N01707	Individer med etableringsersättning räknat i helårsekvivalenter, antal	K	2025
N01708	Individer med etableringstillägg räknat i helårsekvivalenter, antal	K	2025
N01709	Individer med bostadsersättning räknat i helårsekvivalenter, antal	K	2025
N01710	Individer med ekonomiskt bistånd räknat i helårsekvivalenter, antal	K	2025
N01711	Individer med utbetalat stöd räknat i helårsekvivalenter för samtliga ersättningsformer, antal	K	2025
N01712	Invånare 65+ med eftergymnasial utbildning, andel (%)	A	2025
N01713	Invånare 16-64 år, antal	A	2026
N01714	Invånare 65+ med förgymnasial utbildning, andel (%)	A	2025
N01715	Invånare 0-4 år, andel (%)	A	2025
N01716	Invånare födda i öst- och sydeuropa (ej EU), Afrika, Asien eller Sydamerika, andel (%)	A	2025
N01717	Invånare 65+ och ensamboende, andel (%) av bef	A	2025
N01718	Ensamstående förälder med barn 17 år och yngre, andel (%)	A	2025
N01719	Invånare, 1 år eller äldre som flyttat in eller bytt distrikt i kommunen, andel (%)	A	2025
N01720	Arbetslösa eller i åtgärd minst en dag under året, 16-64 år, andel (%)	A	2025
N01721	Invånare, 25-64 år, med låg utbildningsnivå, andel (%)	A	2025
N01722	Invånare 65+ med gymnasial utbildning, andel (%)	A	2025
N01723	Invånare 65+ med uppgift om utbildningsnivå saknas, andel (%)	A	2025
N01724	Högutbildade invånare 25-64 år, andel (%)	A	2025
N01725	Forskarutbildade invånare 25-64 år, andel (%)	A	2025
N01726	Invånare 65+ och ensamboende, andel (%) av 65+	K	2025
N01770	Summerad fruktsamhet, antal barn/kvinna	A	2026
N01771	Medelålder vid första barnet, kvinnor	A	2025
N01797	Invånare 0-5 år, andel (%)	A	2026
N01798	Invånare 6-15 år, andel (%)	A	2026
N01799	Invånare 16-19 år, andel (%)	A	2026
N01800	Flyttnetto, antal	A	2026
N01801	Inflyttade till kommunen, antal	K	2026
N01802	Utflyttade från kommunen, antal	K	2026
N01803	Födelsenetto	A	2026
N01804	Födda, antal	A	2026
N01805	Döda, antal	A	2026
N01806	Utrikes flyttnetto, antal	A	2026
N01807	Utrikes inflyttade, antal	A	2026
N01808	Utrikes utflyttade, antal	A	2026
N01810	Invånare 16-18 år, andel (%)	A	2026
N01811	Invånare 0-64 år, andel (%)	A	2026
N01812	Invånare 65-79 år, andel (%)	A	2026
N01813	Invånare 80+, andel (%)	A	2026
N01814	Invånare 7-15 år, andel (%)	A	2026
N01815	Invånare 1-12 år, andel (%)	A	2026
N01816	Invånare 1-5 år, andel (%)	A	2026
N01817	Invånare 0 år, antal	A	2026
N01818	Invånare 1 år, antal	A	2026
N01819	Invånare 2 år, antal	A	2026
N01820	Invånare 3 år, antal	A	2026
N01821	Invånare 4 år, antal	A	2026
N01822	Invånare 5 år, antal	A	2026
N01823	Invånare 6 år, antal	A	2026
N01824	Invånare 7 år, antal	A	2026
N01825	Invånare 8 år, antal	A	2026
N01826	Invånare 9 år, antal	A	2026
N01827	Invånare 10 år, antal	A	2026
N01828	Invånare 11 år, antal	A	2026
N01829	Invånare 12 år, antal	A	2026
N01830	Invånare 13 år, antal	A	2026
N01831	Invånare 14 år, antal	A	2026
N01832	Invånare 15 år, antal	A	2026
N01833	Invånare 16 år, antal	A	2026
N01834	Invånare 17 år, antal	A	2026
N01835	Invånare 18 år, antal	A	2026
N01836	Invånare 19 år, antal	A	2026
N01837	Invånare 20 år, antal	A	2026
N01838	Invånare 21 år, antal	A	2026
N01839	Invånare 22 år, antal	A	2026
N01840	Invånare 23 år, antal	A	2026
N01841	Invånare 24 år, antal	A	2026
N01842	Invånare 25 år, antal	A	2026
N01843	Invånare 26 år, antal	A	2026
N01844	Invånare 27 år, antal	A	2026
N01845	Invånare 28 år, antal	A	2026
N01846	Invånare 29 år, antal	A	2026
N01847	Invånare 30 år, antal	A	2026
N01848	Invånare 31 år, antal	A	2026
N01849	Invånare 32 år, antal	A	2026
N01850	Invånare 33 år, antal	A	2026
N01851	Invånare 34 år, antal	A	2026
N01852	Invånare 35 år, antal	A	2026
N01853	Invånare 36 år, antal	A	2026
N01854	Invånare 37 år, antal	A	2026
N01855	Invånare 38 år, antal	A	2026
N01856	Invånare 39 år, antal	A	2026
N01857	Invånare 40 år, antal	A	2026
N01858	Invånare 41 år, antal	A	2026
N01859	Invånare 42 år, antal	A	2026
N01860	Invånare 43 år, antal	A	2026
N01861	Invånare 44 år, antal	A	2026
N01862	Invånare 45 år, antal	A	2026
N01863	Invånare 46 år, antal	A	2026
N01864	Invånare 47 år, antal	A	2026
N01865	Invånare 48 år, antal	A	2026
N01866	Invånare 49 år, antal	A	2026
N01867	Invånare 50 år, antal	A	2026
N01868	Invånare 51 år, antal	A	2026
N01869	Invånare 52 år, antal	A	2026
N01870	Invånare 53 år, antal	A	2026
N01871	Invånare 54 år, antal	A	2026
N01872	Invånare 55 år, antal	A	2026
N01873	Invånare 56 år, antal	A	2026
N01874	Invånare 57 år, antal	A	2026
N01875	Invånare 58 år, antal	A	2026
N01876	Invånare 59 år, antal	A	2026
N01877	Invånare 60 år, antal	A	2026
N01878	Invånare 61 år, antal	A	2026
N01879	Invånare 62 år, antal	A	2026
N01880	Invånare 63 år, antal	A	2026
N01881	Invånare 64 år, antal	A	2026
N01882	Invånare 65 år, antal	A	2026
N01883	Invånare 66 år, antal	A	2026
N01884	Invånare 67 år, antal	A	2026
N01885	Invånare 68 år, antal	A	2026
N01886	Invånare 69 år, antal	A	2026
N01887	Invånare 70 år, antal	A	2026
N01888	Invånare 71 år, antal	A	2026
N01889	Invånare 72 år, antal	A	2026
N01890	Invånare 73 år, antal	A	2026
N01891	Invånare 74 år, antal	A	2026
N01892	Invånare 75 år, antal	A	2026
N01893	Invånare 76 år, antal	A	2026
N01894	Invånare 77 år, antal	A	2026
N01895	Invånare 78 år, antal	A	2026
N01896	Invånare 79 år, antal	A	2026
N01897	Invånare 80 år, antal	A	2026
N01898	Invånare 81 år, antal	A	2026
N01899	Invånare 82 år, antal	A	2026
N01900	Invånare 83 år, antal	A	2026
N01901	Invånare 84 år, antal	A	2026
N01902	Invånare 85 år, antal	A	2026
N01903	Invånare 86 år, antal	A	2026
N01904	Invånare 87 år, antal	A	2026
N01905	Invånare 88 år, antal	A	2026
N01906	Invånare 89 år, antal	A	2026
N01907	Invånare 90 år, antal	A	2026
N01908	Invånare 91 år, antal	A	2026
N01909	Invånare 92 år, antal	A	2026
N01910	Invånare 93 år, antal	A	2026
N01911	Invånare 94 år, antal	A	2026
N01912	Invånare 95 år, antal	A	2026
N01913	Invånare 96 år, antal	A	2026
N01914	Invånare 97 år, antal	A	2026
N01915	Invånare 98 år, antal	A	2026
N01916	Invånare 99 år, antal	A	2026
N01917	Invånare 100+, antal	A	2026
N01918	Invånare 0-64 år, antal	A	2026
N01919	Invånare 0-19 år, antal	A	2026
N01920	Invånare 0-18 år, antal	A	2026
N01921	Invånare 0-12 år, antal	K	2026
N01922	Invånare 0-6 år, antal	A	2026
N01923	Invånare 6-12 år, antal	A	2026
N01924	Invånare 1-12 år, antal	K	2026
N01925	Invånare 1-6 år, antal	A	2026
N01926	Invånare 1-5 år, antal	A	2026
N01927	Invånare 13-18 år, antal	K	2026
N01928	Invånare 13-15 år, antal (-2023)	A	-
N01929	Invånare 16-18 år, antal	K	2026
N01930	Invånare 7-15 år, antal	A	2026
N01931	Invånare 19-64 år, antal	A	2026
N01932	Invånare 40-64 år, antal	A	2026
N01933	Invånare 40-59 år, antal	A	2026
N01934	Invånare 60-64 år, antal	A	2026
N01935	Invånare 20-39 år, antal	A	2026
N01936	Invånare 20-22 år, antal	A	2026
N01937	Invånare 23-39 år, antal	A	2026
N01938	Invånare 65+, antal	A	2026
N01939	Invånare 65-84 år, antal	A	2026
N01940	Invånare 65-69 år, antal	A	2026
N01941	Invånare 70-74 år, antal	A	2026
N01942	Invånare 75-79 år, antal	A	2026
N01943	Invånare 80-84 år, antal	A	2026
N01944	Invånare 85+, antal	A	2026
N01945	Invånare 85-89 år, antal	A	2026
N01946	Invånare 90-94 år, antal	A	2026
N01947	Invånare 95-99 år, antal	A	2026
N01948	Invånare 0-20 år, antal	A	2026
N01949	Invånare 67-79 år, antal	A	2026
N01950	Utrikes födda vuxna invånare, 20-64 år, andel (%)	A	2026
N01951	Invånare totalt, antal	A	2026
N01952	Invånare 0-5 år, antal	A	2026
N01953	Invånare 6-15 år, antal	A	2026
N01954	Invånare 16-19 år, antal	A	2026
N01955	Invånare 20-64 år, antal	A	2026
N01956	Invånare 65-79 år, antal	A	2026
N01957	Invånare 80+, antal	A	2026
N01958	Befolkningsförändring i antal invånare under senaste femårsperioden, procent	A	2026
N01959	Invånare 20-66 år, antal	A	2026
N01960	Invånare 65+, andel (%)	A	2026
N01961	Invånare 20-64 år, andel (%)	A	2026
N01962	Invånare 16-19 år, andel (%)	A	2026
N01963	Befolkningsförändring i antal invånare sedan föregående år, procent	A	2026
N01964	Inrikes flyttnetto, antal	A	2026
N01965	Inrikes inflyttade, antal	A	2026
N01966	Inrikes utflyttade, antal	A	2026
N01967	Unga vuxna av invånare 18-64 år, andel (%)	A	2026
N01968	Invånare 25-44 år med eftergymnasial utbildning, andel (%)	A	2025
N01969	Invånare 25-44 år med gymnasial utbildning, andel (%)	A	2025
N01970	Invånare 25-44 år med förgymnasial utbildning, andel (%)	A	2025
N01971	Invånare 25-44 år med uppgift om utbildningsnivå saknas, andel (%)	A	2025
N01972	Invånare 45-64 år med eftergymnasial utbildning, andel (%)	A	2025
N01973	Invånare 45-64 år med gymnasial utbildning, andel (%)	A	2025
N01974	Invånare 45-64 år med förgymnasial utbildning, andel (%)	A	2025
N01975	Invånare 45-64 år med uppgift om utbildningsnivå saknas, andel (%)	A	2025
N01976	Invånare 0-19 och 65+, antal	A	2026
N01977	Invånare 20-24 år, antal	A	2026
N01978	Invånare 25-34 år, antal	A	2026
N01979	Invånare 35-44 år, antal	A	2026
N01980	Invånare 45-54 år, antal	A	2026
N01981	Invånare 55-64 år, antal	A	2026
N01982	Invånare 25-64 år med eftergymnasial utbildning, andel (%)	A	2025
N01983	Invånare 25-64 år med gymnasial utbildning, andel (%)	A	2025
N01984	Invånare 25-64 år med förgymnasial utbildning, andel (%)	A	2025
N01985	Invånare 25-64 år med uppgift om utbildningsnivå saknas, andel (%)	A	2025
N01986	Kommunmottagna i flyktingmottagandet med uppehållstillstånd, antal	K	2026
N01987	Kommunmottagna i flyktingmottagandet efter anvisning med uppehållstillstånd, antal	K	2026
N01990	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal	K	2026
N01991	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal i ABO	K	2026
N01992	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal i EBO	K	2026
N01993	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal/1000 inv	K	2026
N01994	Invånare 0-19 år, andel (%)	A	2026
N01995	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal i övrigt boende	K	2026
N01996	Kommunmottagna i flyktingmottagandet med uppehållstillstånd 0-5 år, antal	K	2026
N01997	Kommunmottagna i flyktingmottagandet med uppehållstillstånd 6-15 år, antal	K	2026
N01998	Kommunmottagna i flyktingmottagandet med uppehållstillstånd 16-17 år, antal	K	2026
N01999	Kommunmottagna i flyktingmottagandet med uppehållstillstånd 18-19 år, antal	K	2026
N02000	Kommunmottagna i flyktingmottagandet med uppehållstillstånd 20-65 år, antal	K	2026
N02002	Anvisade ensamkommande barn, antal	K	2026
N02003	Invånare 85+, andel (%)	A	2026
N02004	Invånare 90+, andel (%)	A	2026
N02005	Invånare 95+, andel (%)	A	2026
N02006	Kommunmottagna i flyktingmottagandet med uppehållstillstånd, antal/1000 inv	K	2026
N02012	Befolkningsförändring i antal invånare sedan föregående år, antal	A	2026
N02013	Lungcancer, dödlighet, 25+ år, antal/100 000 inv	A	2025
N02014	Befolkningsförändring i åldersgruppen 1-5 år sedan föregående år, procent	A	2026
N02015	Befolkningsförändring i åldersgruppen 6-15 år sedan föregående år, procent	A	2026
N02016	Befolkningsförändring i åldersgruppen 80+  år sedan föregående år, procent	A	2026
N02017	Befolkningsförändring i åldersgruppen 1-5 år under den senaste femårsperioden, procent	A	2026
N02018	Befolkningsförändring i åldersgruppen 6-15 år under den senaste femårsperioden, procent	A	2026
N02019	Befolkningsförändring i åldersgruppen 80+  år under den senaste femårsperioden, procent	A	2026
N02020	Befolkningsförändring i åldersgruppen 16-19 år under den senaste femårsperioden, procent	A	2026
N02100	Födelsenetto, andel (%)	A	2026
N02101	Inrikes flyttnetto, andel (%)	A	2026
N02102	Utrikes flyttnetto, andel (%)	A	2026
N02104	Invånare 18+, antal	A	2026
N02105	Invånare 0-15 år, andel (%)	A	2026
N02201	Sysselsatta efter arbetsställets belägenhet, antal	A	2025
N02202	Sysselsatta efter bostadens belägenhet, antal	A	2025
N02203	Sysselsatta i kommun-/ regionsektor, efter arbetsställets belägenhet, andel (%)	A	2025
N02204	Sysselsatta i kommun-/ regionsektor, efter bostadens belägenhet, andel (%)	A	2025
N02205	Sysselsatta i näringslivet, efter arbetsställets belägenhet, andel (%)	A	2025
N02206	Sysselsatta i statlig sektor, efter arbetsställets belägenhet, andel (%)	A	2025
N02207	Sysselsatta i statlig sektor, efter bostadens belägenhet, andel (%)	A	2025
N02208	Sysselsatta i övriga organisationer, efter arbetsställets belägenhet, andel (%)	A	2025
N02209	Sysselsatta i övriga sektorer, efter bostadens belägenhet, andel (%)	A	2025
N02210	Sysselsatta inom byggverksamhet, efter arbetsställets belägenhet, andel (%)	A	2025
N02211	Sysselsatta inom byggverksamhet, efter bostadens belägenhet, andel (%)	A	2025
N02212	Sysselsatta inom energiförsörjning och miljöverksamhet, efter arbetsställets belägenhet, andel (%)	A	2025
N02213	Sysselsatta inom energiförsörjning och miljöverksamhet, efter bostadens belägenhet, andel (%)	A	2025
N02214	Sysselsatta inom fastighetsverksamhet, efter arbetsställets belägenhet, andel (%)	A	2025
N02215	Sysselsatta inom fastighetsverksamhet, efter bostadens belägenhet, andel (%)	A	2025
N02216	Sysselsatta inom finans- och försäkringsverksamhet, efter arbetsställets belägenhet, andel (%)	A	2025
N02217	Sysselsatta inom finans- och försäkringsverksamhet, efter bostadens belägenhet, andel (%)	A	2025
N02218	Sysselsatta inom företagstjänster, efter arbetsställets belägenhet, andel (%)	A	2025
N02219	Sysselsatta inom företagstjänster, efter bostadens belägenhet, andel (%)	A	2025
N02220	Sysselsatta inom handel, efter arbetsställets belägenhet, andel (%)	A	2025
N02221	Sysselsatta inom handel, efter bostadens belägenhet, andel (%)	A	2025
N02222	Sysselsatta inom hotell- och restaurangverksamhet, efter arbetsställets belägenhet, andel (%)	A	2025
N02223	Sysselsatta inom hotell- och restaurangverksamhet, efter bostadens belägenhet, andel (%)	A	2025
N02224	Sysselsatta inom information och kommunikation, efter arbetsställets belägenhet, andel (%)	A	2025
N02225	Sysselsatta inom information och kommunikation, efter bostadens belägenhet, andel (%)	A	2025
N02226	Sysselsatta inom jordbruk, skogsbruk och fiske, efter arbetsställets belägenhet, andel (%)	A	2025
N02227	Sysselsatta inom jordbruk, skogsbruk och fiske, efter bostadens belägenhet, andel (%)	A	2025
N02228	Sysselsatta inom kulturella och personliga tjänster m.m., efter arbetsställets belägenhet, andel (%)	A	2025
N02229	Sysselsatta inom kulturella och personliga tjänster m.m., efter bostadens belägenhet, andel (%)	A	2025
N02230	Sysselsatta i näringslivet, efter bostadens belägenhet, andel (%)	A	2025
N02231	Sysselsatta inom offentlig förvaltning och försvar, efter arbetsställets belägenhet, andel (%)	A	2025
N02232	Sysselsatta inom offentlig förvaltning och försvar, efter bostadens belägenhet, andel (%)	A	2025
N02233	Sysselsatta inom okänd verksamhet, efter arbetsställets belägenhet, andel (%)	A	2025
N02234	Sysselsatta inom okänd verksamhet, efter bostadens belägenhet, andel (%)	A	2025
N02235	Sysselsatta inom tillverkning och utvinning, efter arbetsställets belägenhet, andel (%)	A	2025
N02236	Sysselsatta inom tillverkning och utvinning, efter bostadens belägenhet, andel (%)	A	2025
N02237	Sysselsatta inom transport och magasinering, efter arbetsställets belägenhet, andel (%)	A	2025
N02238	Sysselsatta inom transport och magasinering, efter bostadens belägenhet, andel (%)	A	2025
N02239	Sysselsatta inom utbildning, efter arbetsställets belägenhet, andel (%)	A	2025
N02240	Sysselsatta inom utbildning, efter bostadens belägenhet, andel (%)	A	2025
N02241	Sysselsatta inom vård och omsorg, sociala tjänster, efter arbetsställets belägenhet, andel (%)	A	2025
N02242	Sysselsatta inom vård och omsorg, sociala tjänster, efter bostadens belägenhet, andel (%)	A	2025
N02243	Sysselsatta invånare 20-65 år, andel (%)	A	2025
N02244	Sysselsatta invånare 20-24 år, andel (%)	A	2025
N02245	Sysselsatta invånare 25-34 år, andel (%)	A	2025
N02246	Sysselsatta invånare 25-44 år, andel (%)	A	2025
N02247	Sysselsatta invånare 35-49 år, andel (%)	A	2025
N02248	Sysselsatta invånare 45-59 år, andel (%)	A	2025
N02249	Sysselsatta invånare 50-59 år, andel (%)	A	2025
N02250	Sysselsatta invånare 60-64 år, andel (%)	A	2025
N02251	Egenföretagare, andel av totalt sysselsatta efter bostadens belägenhet (%)	A	2025
N02252	Egenföretagare, andel av totalt sysselsatta efter arbetsställets belägenhet (%)	A	2025
N02253	Sysselsatta invånare 16-19 år, andel (%)	A	2025
N02254	Sysselsatta invånare 65-69 år, andel (%)	A	2025
N02255	Sysselsatta invånare 70-74 år, andel (%)	A	2025
N02267	Sysselsättningsgrad 20-64 år, andel (%)	A	2025
N02268	Sysselsättningsgrad, utrikes födda 20-64 år, andel (%)	A	2025
N02269	Sysselsättningsgrad, inrikes födda 20-64 år, andel (%)	A	2025
N02274	Bor och arbetar i kommunen, andel (%)	K	2025
N02275	Bor och arbetar i kommunen, antal	K	2025
N02276	Inpendling, andel (%)	K	2025
N02277	Inpendling, antal	K	2025
N02278	Utpendling, antal	K	2025
N02279	Utpendling, andel (%)	K	2025
N02280	Arbetslöshet, 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%) (-2024)	A	-
N02281	Arbetslöshet bland inrikes födda, 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%)	A	2025
N02282	Arbetslöshet bland utrikes födda, 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%)	A	2025
N02283	Arbetskraftsdeltagande bland inrikes födda 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%)	A	2025
N02284	Arbetskraftsdeltagande bland utrikes födda 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%)	A	2025
N02285	Arbetskraftsdeltagande totalt 20-64 år, befolkningens arbetsmarknadsstatus (BAS), andel (%)	A	2025
N02300	Elever i åk 9 med lägst betyget E i bild, lägeskommun, andel (%)	K	2026
N02301	Elever i åk 9 med lägst betyget E i bild, kommunala skolor, andel (%)	K	2026
N02302	Elever i åk 9 med lägst betyget E i bild, fristående skolor, andel (%)	K	2026
N02303	Elever i åk 9 med lägst betyget E i biologi, lägeskommun, andel (%)	K	2026
N02304	Elever i åk 9 med lägst betyget E i biologi, kommunala skolor, andel (%)	K	2026
N02305	Elever i åk 9 med lägst betyget E i biologi, fristående skolor, andel (%)	K	2026
N02306	Elever i åk 9 med lägst betyget E i fysik, lägeskommun, andel (%)	K	2026
N02307	Elever i åk 9 med lägst betyget E i fysik, kommunala skolor, andel (%)	K	2026
N02308	Elever i åk 9 med lägst betyget E i fysik, fristående skolor, andel (%)	K	2026
N02309	Elever i åk 9 med lägst betyget E i geografi, lägeskommun, andel (%)	K	2026
N02310	Elever i åk 9 med lägst betyget E i geografi, kommunala skolor, andel (%)	K	2026
N02311	Elever i åk 9 med lägst betyget E i geografi, fristående skolor, andel (%)	K	2026
N02312	Elever i åk 9 med lägst betyget E i hem- och konsumentkunskap, lägeskommun, andel (%)	K	2026
N02313	Elever i åk 9 med lägst betyget E i hem- och konsumentkunskap, kommunala skolor, andel (%)	K	2026
N02314	Elever i åk 9 med lägst betyget E i hem- och konsumentkunskap, fristående skolor, andel (%)	K	2026
N02315	Elever i åk 9 med lägst betyget E i historia, lägeskommun, andel (%)	K	2026
N02316	Elever i åk 9 med lägst betyget E i historia, kommunala skolor, andel (%)	K	2026
N02317	Elever i åk 9 med lägst betyget E i historia, fristående skolor, andel (%)	K	2026
N02318	Elever i åk 9 med lägst betyget E i kemi, lägeskommun, andel (%)	K	2026
N02319	Elever i åk 9 med lägst betyget E i kemi, kommunala skolor, andel (%)	K	2026
N02320	Elever i åk 9 med lägst betyget E i kemi, fristående skolor, andel (%)	K	2026
N02321	Elever i åk 9 med lägst betyget E i moderna språk som språkval, lägeskommun, andel (%)	K	2026
N02322	Elever i åk 9 med lägst betyget E i moderna språk som språkval, kommunala skolor, andel (%)	K	2026
N02323	Elever i åk 9 med lägst betyget E i moderna språk som språkval, fristående skolor, andel (%)	K	2026
N02324	Elever i åk 9 med lägst betyget E i modersmål, lägeskommun, andel (%)	K	2026
N02325	Elever i åk 9 med lägst betyget E i modersmål, kommunala skolor, andel (%)	K	2026
N02326	Elever i åk 9 med lägst betyget E i modersmål, fristående skolor, andel (%)	K	2026
N02327	Elever i åk 9 med lägst betyget E i musik, lägeskommun, andel (%)	K	2026
N02328	Elever i åk 9 med lägst betyget E i musik, kommunala skolor, andel (%)	K	2026
N02329	Elever i åk 9 med lägst betyget E i musik, fristående skolor, andel (%)	K	2026
N02330	Elever i åk 9 med lägst betyget E i religionskunskap, lägeskommun, andel (%)	K	2026
N02331	Elever i åk 9 med lägst betyget E i religionskunskap, kommunala skolor, andel (%)	K	2026
N02332	Elever i åk 9 med lägst betyget E i religionskunskap, fristående skolor, andel (%)	K	2026
N02333	Elever i åk 9 med lägst betyget E i samhällskunskap, lägeskommun, andel (%)	K	2026
N02334	Elever i åk 9 med lägst betyget E i samhällskunskap, kommunala skolor, andel (%)	K	2026
N02335	Elever i åk 9 med lägst betyget E i samhällskunskap, fristående skolor, andel (%)	K	2026
N02336	Elever i åk 9 med lägst betyget E i slöjd, lägeskommun, andel (%)	K	2026
N02337	Elever i åk 9 med lägst betyget E i slöjd, kommunala skolor, andel (%)	K	2026
N02338	Elever i åk 9 med lägst betyget E i slöjd, fristående skolor, andel (%)	K	2026
N02339	Elever i åk 9 med lägst betyget E i teknik, lägeskommun, andel (%)	K	2026
N02340	Elever i åk 9 med lägst betyget E i teknik, kommunala skolor, andel (%)	K	2026
N02341	Elever i åk 9 med lägst betyget E i teknik, fristående skolor, andel (%)	K	2026
N02342	Elever i åk. 9. betygspoäng i bild, lägeskommun, genomsnitt	K	2026
N02343	Elever i åk. 9. betygspoäng i bild, kommunala skolor, genomsnitt	K	2026
N02344	Elever i åk. 9. betygspoäng i bild, fristående skolor, genomsnitt	K	2026
N02345	Elever i åk. 9. betygspoäng i biologi, lägeskommun, genomsnitt	K	2026
N02346	Elever i åk. 9. betygspoäng i biologi, kommunala skolor, genomsnitt	K	2026
N02347	Elever i åk. 9. betygspoäng i biologi, fristående skolor, genomsnitt	K	2026
N02348	Elever i åk. 9. betygspoäng i engelska, lägeskommun, genomsnitt	K	2026
N02349	Elever i åk. 9. betygspoäng i engelska, kommunala skolor, genomsnitt	K	2026
N02350	Elever i åk. 9. betygspoäng i engelska, fristående skolor, genomsnitt	K	2026
N02351	Elever i åk. 9. betygspoäng i fysik, lägeskommun, genomsnitt	K	2026
N02352	Elever i åk. 9. betygspoäng i fysik, kommunala skolor, genomsnitt	K	2026
N02353	Elever i åk. 9. betygspoäng i fysik, fristående skolor, genomsnitt	K	2026
N02354	Elever i åk. 9. betygspoäng i geografi, lägeskommun, genomsnitt	K	2026
N02355	Elever i åk. 9. betygspoäng i geografi, kommunala skolor, genomsnitt	K	2026
N02356	Elever i åk. 9. betygspoäng i geograf, fristående skolor, genomsnitt	K	2026
N02357	Elever i åk. 9. betygspoäng i hem- och konsumentkunskap, lägeskommun, genomsnitt	K	2026
N02358	Elever i åk. 9. betygspoäng i hem- och konsumentkunskap, kommunala skolor, genomsnitt	K	2026
N02359	Elever i åk. 9. betygspoäng i hem- och konsumentkunskap, fristående skolor, genomsnitt	K	2026
N02360	Elever i åk. 9. betygspoäng i historia, lägeskommun, genomsnitt	K	2026
N02361	Elever i åk. 9. betygspoäng i historia, kommunala skolor, genomsnitt	K	2026
N02362	Elever i åk. 9. betygspoäng i historia, fristående skolor, genomsnitt	K	2026
N02363	Elever i åk. 9. betygspoäng i idrott och hälsa, lägeskommun, genomsnitt	K	2026
N02364	Elever i åk. 9. betygspoäng i idrott och hälsa, kommunala skolor, genomsnitt	K	2026
N02365	Elever i åk. 9. betygspoäng i idrott och hälsa, fristående skolor, genomsnitt	K	2026
N02366	Elever i åk. 9. betygspoäng i kemi, lägeskommun, genomsnitt	K	2026
N02367	Elever i åk. 9. betygspoäng i kemi, kommunala skolor, genomsnitt	K	2026
N02368	Elever i åk. 9. betygspoäng i kemi, fristående skolor, genomsnitt	K	2026
N02369	Elever i åk. 9. betygspoäng i moderna språk som språkval, lägeskommun, genomsnitt	K	2026
N02370	Elever i åk. 9. betygspoäng i moderna språk som språkval, kommunala skolor, genomsnitt	K	2026
N02371	Elever i åk. 9. betygspoäng i moderna språk som språkval, fristående skolor, genomsnitt	K	2026
N02372	Elever i åk. 9. betygspoäng i modersmål, lägeskommun, genomsnitt	K	2026
N02373	Elever i åk. 9. betygspoäng i modersmål, kommunala skolor, genomsnitt	K	2026
N02374	Elever i åk. 9. betygspoäng i modersmål, fristående skolor, genomsnitt	K	2026
N02375	Elever i åk. 9. betygspoäng i musik, lägeskommun, genomsnitt	K	2026
N02376	Elever i åk. 9. betygspoäng i musik, kommunala skolor, genomsnitt	K	2026
N02377	Elever i åk. 9. betygspoäng i musik, fristående skolor, genomsnitt	K	2026
N02378	Elever i åk. 9. betygspoäng i religionskunskap, lägeskommun, genomsnitt	K	2026
N02379	Elever i åk. 9. betygspoäng i religionskunskap, kommunala skolor, genomsnitt	K	2026
N02380	Elever i åk. 9. betygspoäng i religionskunskap, fristående skolor, genomsnitt	K	2026
N02381	Elever i åk. 9. betygspoäng i samhällskunskap, lägeskommun, genomsnitt	K	2026
N02382	Elever i åk. 9. betygspoäng i samhällskunskap, kommunala skolor, genomsnitt	K	2026
N02383	Elever i åk. 9. betygspoäng i samhällskunskap, fristående skolor, genomsnitt	K	2026
N02384	Elever i åk. 9. betygspoäng i slöjd, lägeskommun, genomsnitt	K	2026
N02385	Elever i åk. 9. betygspoäng i slöjd, kommunala skolor, genomsnitt	K	2026
N02386	Elever i åk. 9. betygspoäng i slöjd, fristående skolor, genomsnitt	K	2026
N02387	Elever i åk. 9. betygspoäng i svenska, lägeskommun, genomsnitt	K	2026
N02388	Elever i åk. 9. betygspoäng i svenska, kommunala skolor, genomsnitt	K	2026
N02389	Elever i åk. 9. betygspoäng i svenska, fristående skolor, genomsnitt	K	2026
N02390	Elever i åk. 9. betygspoäng i svenska som andra språk, lägeskommun, genomsnitt	K	2026
N02391	Elever i åk. 9. betygspoäng i svenska som andra språk, kommunala skolor, genomsnitt	K	2026
N02392	Elever i åk. 9. betygspoäng i svenska som andra språk, fristående skolor, genomsnitt	K	2026
N02393	Elever i åk. 9. betygspoäng i teknik, lägeskommun, genomsnitt	K	2026
N02394	Elever i åk. 9. betygspoäng i teknik, kommunala skolor, genomsnitt	K	2026
N02395	Elever i åk. 9. betygspoäng i teknik, fristående skolor, genomsnitt	K	2026
N02396	Elever i åk 6 med lägst betyget E i bild, lägeskommun, andel (%)	K	2026
N02397	Elever i åk 6 med lägst betyget E i bild, kommunala skolor, andel (%)	K	2026
N02398	Elever i åk 6 med lägst betyget E i bild, fristående skolor, andel (%)	K	2026
N02399	Elever i åk 6 med lägst betyget E i biologi, lägeskommun, andel (%)	K	2026
N02400	Elever i åk 6 med lägst betyget E i biologi, kommunala skolor, andel (%)	K	2026
N02401	Elever i åk 6 med lägst betyget E i biologi, fristående skolor, andel (%)	K	2026
N02402	Elever i åk 6 med lägst betyget E i fysik, lägeskommun, andel (%)	K	2026
N02403	Elever i åk 6 med lägst betyget E i fysik, kommunala skolor, andel (%)	K	2026
N02404	Elever i åk 6 med lägst betyget E i fysik, fristående skolor, andel (%)	K	2026
N02405	Elever i åk 6 med lägst betyget E i geografi, lägeskommun, andel (%)	K	2026
N02406	Elever i åk 6 med lägst betyget E i geografi, kommunala skolor, andel (%)	K	2026
N02407	Elever i åk 6 med lägst betyget E i geografi, fristående skolor, andel (%)	K	2026
N02408	Elever i åk 6 med lägst betyget E i hem- och konsumentkunskap, lägeskommun, andel (%)	K	2026
N02409	Elever i åk 6 med lägst betyget E i hem- och konsumentkunskap, kommunala skolor, andel (%)	K	2026
N02410	Elever i åk 6 med lägst betyget E i hem- och konsumentkunskap, fristående skolor, andel (%)	K	2026
N02411	Elever i åk 6 med lägst betyget E i historia, lägeskommun, andel (%)	K	2026
N02412	Elever i åk 6 med lägst betyget E i historia, kommunala skolor, andel (%)	K	2026
N02413	Elever i åk 6 med lägst betyget E i historia, fristående skolor, andel (%)	K	2026
N02414	Elever i åk 6 med lägst betyget E i kemi, lägeskommun, andel (%)	K	2026
N02415	Elever i åk 6 med lägst betyget E i kemi, kommunala skolor, andel (%)	K	2026
N02416	Elever i åk 6 med lägst betyget E i kemi, fristående skolor, andel (%)	K	2026
N02417	Elever i åk 6 med lägst betyget E i moderna språk som språkval, lägeskommun, andel (%)	K	2026
N02418	Elever i åk 6 med lägst betyget E i moderna språk som språkval, kommunala skolor, andel (%)	K	2026
N02419	Elever i åk 6 med lägst betyget E i moderna språk som språkval, fristående skolor, andel (%)	K	2026
N02420	Elever i åk 6 med lägst betyget E i modersmål, lägeskommun, andel (%)	K	2026
N02421	Elever i åk 6 med lägst betyget E i modersmål, kommunala skolor, andel (%)	K	2026
N02422	Elever i åk 6 med lägst betyget E i modersmål, fristående skolor, andel (%)	K	2026
N02423	Elever i åk 6 med lägst betyget E i musik, lägeskommun, andel (%)	K	2026
N02424	Elever i åk 6 med lägst betyget E i musik, kommunala skolor, andel (%)	K	2026
N02425	Elever i åk 6 med lägst betyget E i musik, fristående skolor, andel (%)	K	2026
N02426	Elever i åk 6 med lägst betyget E i religionskunskap, lägeskommun, andel (%)	K	2026
N02427	Elever i åk 6 med lägst betyget E i religionskunskap, kommunala skolor, andel (%)	K	2026
N02428	Elever i åk 6 med lägst betyget E i religionskunskap, fristående skolor, andel (%)	K	2026
N02429	Elever i åk 6 med lägst betyget E i samhällskunskap, lägeskommun, andel (%)	K	2026
N02430	Elever i åk 6 med lägst betyget E i samhällskunskap, kommunala skolor, andel (%)	K	2026
N02431	Elever i åk 6 med lägst betyget E i samhällskunskap, fristående skolor, andel (%)	K	2026
N02432	Elever i åk 6 med lägst betyget E i slöjd, lägeskommun, andel (%)	K	2026
N02433	Elever i åk 6 med lägst betyget E i slöjd, kommunala skolor, andel (%)	K	2026
N02434	Elever i åk 6 med lägst betyget E i slöjd, fristående skolor, andel (%)	K	2026
N02435	Elever i åk 6 med lägst betyget E i teknik, lägeskommun, andel (%)	K	2026
N02436	Elever i åk 6 med lägst betyget E i teknik, kommunala skolor, andel (%)	K	2026
N02437	Elever i åk 6 med lägst betyget E i teknik, fristående skolor, andel (%)	K	2026
N02438	Elever i åk. 6. betygspoäng i bild, lägeskommun, genomsnitt	K	2026
N02439	Elever i åk. 6. betygspoäng i bild, kommunala skolor, genomsnitt	K	2026
N02440	Elever i åk. 6. betygspoäng i bild, fristående skolor, genomsnitt	K	2026
N02441	Elever i åk. 6. betygspoäng i biologi, lägeskommun, genomsnitt	K	2026
N02442	Elever i åk. 6. betygspoäng i biologi, kommunala skolor, genomsnitt	K	2026
N02443	Elever i åk. 6. betygspoäng i biologi, fristående skolor, genomsnitt	K	2026
N02444	Elever i åk. 6. betygspoäng i engelska, lägeskommun, genomsnitt	K	2026
N02445	Elever i åk. 6. betygspoäng i engelska, kommunala skolor, genomsnitt	K	2026
N02446	Elever i åk. 6. betygspoäng i engelska, fristående skolor, genomsnitt	K	2026
N02447	Elever i åk. 6. betygspoäng i fysik, lägeskommun, genomsnitt	K	2026
N02448	Elever i åk. 6. betygspoäng i fysik, kommunala skolor, genomsnitt	K	2026
N02449	Elever i åk. 6. betygspoäng i fysik, fristående skolor, genomsnitt	K	2026
N02450	Elever i åk. 6. betygspoäng i geografi, lägeskommun, genomsnitt	K	2026
N02451	Elever i åk. 6. betygspoäng i geografi, kommunala skolor, genomsnitt	K	2026
N02452	Elever i åk. 6. betygspoäng i geografi, fristående skolor, genomsnitt	K	2026
N02453	Elever i åk. 6. betygspoäng i hem- och konsumentkunskap, lägeskommun, genomsnitt	K	2026
N02454	Elever i åk. 6. betygspoäng i hem- och konsumentkunskap, kommunala skolor, genomsnitt	K	2026
N02455	Elever i åk. 6. betygspoäng i hem- och konsumentkunskap, fristående skolor, genomsnitt	K	2026
N02456	Elever i åk. 6. betygspoäng i historia, lägeskommun, genomsnitt	K	2026
N02457	Elever i åk. 6. betygspoäng i historia, kommunala skolor, genomsnitt	K	2026
N02458	Elever i åk. 6. betygspoäng i historia, fristående skolor, genomsnitt	K	2026
N02459	Elever i åk. 6. betygspoäng i idrott och hälsa, lägeskommun, genomsnitt	K	2026
N02460	Elever i åk. 6. betygspoäng i idrott och hälsa, kommunala skolor, genomsnitt	K	2026
N02461	Elever i åk. 6. betygspoäng i idrott och hälsa, fristående skolor, genomsnitt	K	2026
N02462	Elever i åk. 6. betygspoäng i kemi, lägeskommun, genomsnitt	K	2026
N02463	Elever i åk. 6. betygspoäng i kemi, kommunala skolor, genomsnitt	K	2026
N02464	Elever i åk. 6. betygspoäng i kemi, fristående skolor, genomsnitt	K	2026
N02465	Elever i åk. 6. betygspoäng i moderna språk som språkval, lägeskommun, genomsnitt	K	2026
N02466	Elever i åk. 6. betygspoäng i moderna språk som språkval, kommunala skolor, genomsnitt	K	2026
N02467	Elever i åk. 6. betygspoäng i moderna språk som språkval, fristående skolor, genomsnitt	K	2026
N02468	Elever i åk. 6. betygspoäng i modersmål, lägeskommun, genomsnitt	K	2026
N02469	Elever i åk. 6. betygspoäng i modersmål, kommunala skolor, genomsnitt	K	2026
N02470	Elever i åk. 6. betygspoäng i modersmål, fristående skolor, genomsnitt	K	2026
N02471	Elever i åk. 6. betygspoäng i musik, lägeskommun, genomsnitt	K	2026
N02472	Elever i åk. 6. betygspoäng i musik, kommunala skolor, genomsnitt	K	2026
N02473	Elever i åk. 6. betygspoäng i musik, fristående skolor, genomsnitt	K	2026
N02474	Elever i åk. 6. betygspoäng i religionskunskap, lägeskommun, genomsnitt	K	2026
N02475	Elever i åk. 6. betygspoäng i religionskunskap, kommunala skolor, genomsnitt	K	2026
N02476	Elever i åk. 6. betygspoäng i religionskunskap, fristående skolor, genomsnitt	K	2026
N02477	Elever i åk. 6. betygspoäng i samhällskunskap, lägeskommun, genomsnitt	K	2026
N02478	Elever i åk. 6. betygspoäng i samhällskunskap, kommunala skolor, genomsnitt	K	2026
N02479	Elever i åk. 6. betygspoäng i samhällskunskap, fristående skolor, genomsnitt	K	2026
N02480	Elever i åk. 6. betygspoäng i slöjd, lägeskommun, genomsnitt	K	2026
N02481	Elever i åk. 6. betygspoäng i slöjd, kommunala skolor, genomsnitt	K	2026
N02482	Elever i åk. 6. betygspoäng i slöjd, fristående skolor, genomsnitt	K	2026
N02483	Elever i åk. 6. betygspoäng i teknik, lägeskommun, genomsnitt	K	2026
N02484	Elever i åk. 6. betygspoäng i teknik, kommunala skolor, genomsnitt	K	2026
N02485	Elever i åk. 6. betygspoäng i teknik, fristående skolor, genomsnitt	K	2026
N02797	Invånare 16-24 år som varken arbetar eller studerar, andel (%)	A	2024
N02798	Invånare 25-29 som varken studerar eller arbetar, andel (%)	A	2024
N02799	Födda barn, antal/1000 inv	A	2026
N02820	Framskrivning, förväntat antal invånare 0 år om 5 år	A	2025
N02822	Framskrivning, förväntat antal invånare 45-64 år om 5 år	A	2025
N02823	Framskrivning, förväntat antal invånare 85+ om 5 år	A	2025
N02824	Framskrivning, förväntad andel invånare 0-1 år om 5 år, andel (%)	A	2025
N02826	Framskrivning, förväntad andel invånare 45-64 år om 5 år, andel (%)	A	2025
N02827	Framskrivning, förväntad andel invånare 85+ år om 5 år, andel (%)	A	2025
N02828	Framskrivning, förväntad förändring i antal invånare 0 år om 5 år, andel (%)	A	2025
N02829	Framskrivning, förväntat antal invånare 67-79 år om 10 år	A	2025
N02830	Framskrivning, förväntad förändring i antal invånare 45-64 år kommande 5 år, (%)	A	2025
N02831	Framskrivning, förväntad förändring i antal invånare 85+ år kommande 5 år, (%)	A	2025
N02832	Invånare 20-44 år, antal	A	2026
N02833	Invånare 45-64 år, antal	A	2026
N02834	Framskrivning, förväntat antal invånare om tio år	A	2025
N02835	Framskrivning, förväntat antal invånare 0-19 år om 10 år	A	2025
N02836	Framskrivning, förväntat antal invånare 20-66 år om 10 år	A	2025
N02837	Framskrivning, förväntat antal invånare 80+ år om 10 år	A	2025
N02838	Framskrivning, förväntad förändring i antal invånare om 10 år, (%)	A	2025
N02839	Framskrivning, förväntad förändring i antal invånare 0-19 år om 10 år, (%)	A	2025
N02840	Framskrivning, förväntad förändring i antal invånare 20-66 år om 10 år, (%)	A	2025
N02841	Framskrivning, förväntad förändring i antal invånare 67-79 år om 10 år, (%)	A	2025
N02842	Framskrivning, förväntad förändring i antal invånare 80+ år om 10 år, (%)	A	2025
N02843	Framskrivning, förväntad andel invånare 0-19 år om 10 år, andel (%)	A	2025
N02844	Framskrivning, förväntad andel invånare 20-66 år om 10 år, andel (%)	A	2025
N02845	Framskrivning, förväntad andel invånare 67-79 år om 10 år, andel (%)	A	2025
N02846	Framskrivning, förväntad andel invånare 80+ år om 10 år, andel (%)	A	2025
N02847	Framskrivning, förväntad försörjningskvot, 20-66 år, om 10 år	A	2025
N02890	Personer 20-64 som fått arbetslöshetsersättning någon period under året, andel (%)	A	2025
N02893	Asylsökande/inskrivna i Migrationsverkets mottagningssystem 0-17 år, antal	K	2026
N02894	Asylsökande/inskrivna i Migrationsverkets mottagningssystem 18+ år, antal	K	2026
N02896	Asylsökande/inskrivna i Migrationsverkets mottagningssystem, antal i kommunens boende	K	2026
N02900	Utrikes födda invånare 0-19 år, andel (%)	K	2026
N02901	Invånare 0-19 år med föräldrar som har högst grundskoleutbildning, andel (%)	K	2025
N02902	Invånare 0-19 år med minst en långtidsarbetslös förälder, andel (%)	K	2024
N02903	Invånare 0-19 år med minst en förälder med sjuk- eller aktivitetsersättning, andel (%)	K	2025
N02907	Framskrivning, förväntat antal invånare om fem år	A	2025
N02908	Framskrivning, förväntat antal invånare 01- 05 år om 5 år	A	2025
N02909	Framskrivning, förväntat antal invånare 06-15 år om 5 år	A	2025
N02910	Framskrivning, förväntat antal invånare 16-19 år om 5 år	A	2025
N02911	Framskrivning, förväntat antal invånare 20-44 år om 5 år	A	2025
N02912	Framskrivning, förväntat antal invånare 65+ om 5 år	A	2025
N02913	Framskrivning, förväntat antal invånare 65-79 år om 5 år	A	2025
N02914	Framskrivning, förväntat antal invånare 80+ om 5 år	A	2025
N02915	Framskrivning, förväntad förändring i antal invånare kommande 5 år, (%)	A	2025
N02916	Framskrivning, förväntad förändring i antal invånare 1-5 år kommande 5 år, (%)	A	2025
N02917	Framskrivning, förväntad förändring i antal invånare 6-15 år kommande 5 år, (%)	A	2025
N02918	Framskrivning, förväntad förändring i antal invånare 16-19 år kommande 5 år, (%)	A	2025
N02919	Framskrivning, förväntad förändring i antal invånare 20-44 år kommande 5 år, (%)	A	2025
N02920	Framskrivning, förväntad förändring i antal invånare 65+ kommande 5 år, (%)	A	2025
N02921	Framskrivning, förväntad förändring i antal invånare 65-79 kommande 5 år, (%)	A	2025
N02922	Framskrivning, förväntad förändring i antal invånare 80+ kommande 5 år, (%)	A	2025
N02923	Kvinnor i befolkningen, andel (%)	A	2026
N02924	Framskrivning, förväntad försörjningskvot om 5 år	A	2025
N02925	Utrikes födda exklusive EU/EFTA, andel (%)	K	2025
N02926	Utrikes födda, andel (%)	K	2026
N02927	Inflyttade till det geografiska området, 0-5 år, antal	A	2026
N02928	Inflyttade till det geografiska området, 6-19 år, antal	A	2026
N02929	Inflyttade till det geografiska området, 20-64 år, antal	A	2026
N02930	Inflyttade till det geografiska området, 65-79 år, antal	A	2026
N02931	Inflyttade till det geografiska området, 80+ år, antal	A	2026
N02932	Utflyttade från det geografiska området, 0-5 år, antal	A	2026
N02933	Utflyttade från det geografiska området, 6-19 år, antal	A	2026
N02934	Utflyttade från det geografiska området, 20-64 år, antal	A	2026
N02935	Utflyttade från det geografiska området, 65-79 år, antal	A	2026
N02936	Utflyttade från det geografiska området, 80+ år, antal	A	2026
N02937	Invånare per kvadratkilometer, inv/kvm	A	2026
N02938	Hushåll, antal	A	2025
N02939	Ensamstående hushåll, antal	A	2025
N02940	Sammanboende hushåll, antal	A	2025
N02941	Övriga hushåll, antal	A	2025
N02942	Ensamstående hushåll, andel (%)	A	2025
N02943	Sammanboende hushåll, andel (%)	A	2025
N02944	Övriga hushåll, andel (%)	A	2025
N02952	Framskrivning, förväntad andel invånare 1-5 år om 5 år i kommunen, andel (%)	A	2025
N02953	Framskrivning, förväntad andel invånare 6-15 år om 5 år, andel (%)	A	2025
N02954	Framskrivning, förväntad andel invånare 16-19 år om 5 år, andel (%)	A	2025
N02955	Framskrivning, förväntad andel invånare 0-19 år om 5 år, andel (%)	A	2025
N02956	Framskrivning, förväntad andel invånare 20-44 år om 5 år, andel (%)	A	2025
N02957	Framskrivning, förväntad andel invånare 65-79 år om 5 år, andel (%)	A	2025
N02958	Framskrivning, förväntad andel invånare 80+ år om 5 år, andel (%)	A	2025
N02959	Invånare 3-19 år, antal (-2023)	A	-
N02993	Landareal, kvadratkilometer	A	2026
N02994	Förvärvsarbetande skyddsbehövande och anhöriga (flyktingar) 20-64 år, vistelsetid 4-6 år, andel (%)	K	2024
N02996	Invånare 75+, andel (%)	A	2026
N02997	Invånare 70+, andel (%)	A	2026
N02998	Invånare 75+, antal	A	2026
N02999	Invånare 70+, antal	A	2026
N03001	Resultat före extraord. poster (kommunen), andel (%) av skatt & generella statsbidrag	K	2025
N03002	Soliditet inkl pensionsåtag. kommun, (%)	K	2025
N03003	Rörelsekapital kommun, kr/inv	K	2025
N03004	Borgensförbindelser och övriga ansvarsförbindelser kommun, kr/inv	K	2025
N03006	Försäljning av anläggningstillgångar som andel av skatt och generella statsbidrag kommun, (%)	K	2025
N03007	Årets resultat kommun, kr/inv	K	2025
N03008	Extraordinära poster kommunen, kr/inv	K	2025
N03009	Generella statsbidrag och utjämning kommun, kr/inv	K	2025
N03010	Skatteintäkter kommun, kr/inv	K	2025
N03011	Verksamhetens nettokostnader enligt resultaträkningen kommun, kr/inv	K	2025
N03012	Avskrivningar kommun, kr/inv	K	2025
N03013	Verksamhetens kostnader totalt, kr/inv	K	2025
N03014	Verksamhetens intäkter kommun, kr/inv	K	2025
N03015	Årets resultat kommunens egna företag, kr/inv	K	2025
N03016	Självfinansieringsgrad för kommunens verksamhet, (%)	K	2025
N03017	Resultat före extord poster företag, kr/inv	K	2025
N03018	Extraordinära poster företagen, kr/inv	K	2025
N03026	Övriga bidrag från staten, kr/inv	K	2025
N03031	Nettokostnad som andel av skatt & generella statsbidrag kommunkoncern, (%)	K	2025
N03032	Finansnetto som andel av skatt & generella statsbidrag kommunkoncern, (%)	K	2025
N03033	Resultat före extraordinära poster (kommunkoncern), andel (%) av skatt & generella statsbidrag	K	2025
N03034	Soliditet inkl pensionsåtag. kommunkoncern, (%)	K	2025
N03035	Årets resultat kommunkoncern, kr/inv	K	2025
N03036	Eget kapital vid årets slut, kommunen, kr/inv	K	2025
N03037	Borgensförbindelser och övriga ansvarsförbindelser inkl pensionsförpliktelser och löneskatt, kommun, kr/inv	K	2025
N03038	Eget kapital kommunkoncern, kr/inv	K	2025
N03039	Tillgångar totalt kommun, kr/inv	K	2025
N03040	Skulder totalt kommun, kr/inv	K	2025
N03041	Materiella & immateriella anläggningstillgångar kommunen, kr/inv	K	2025
N03042	Finansiella anläggningstillgångar kommunen, kr/inv	K	2025
N03043	Omsättningstillgångar kommunen, kr/inv	K	2025
N03044	Avsättning för pensioner och löneskatt kommun, kr/inv	K	2025
N03045	Andra avsättningar än pensioner och löneskatt kommun, kr/inv	K	2025
N03046	Långfristiga skulder kommunen, kr/inv	K	2025
N03047	Kortfristiga skulder kommunen, kr/inv	K	2025
N03048	Pensionsförpl o löneskatt ej redov i balansräkning kommun, kr/inv	K	2025
N03049	Tillgångar totalt kommunkoncern, kr/inv	K	2025
N03050	Skulder totalt kommunkoncern, kr/inv	K	2025
N03051	Materiella & immateriella anläggningstillgångar kommunkoncern, kr/inv	K	2025
N03052	Finansiella anläggningstillgångar kommunkoncern, kr/inv	K	2025
N03053	Omsättningstillgångar kommunkoncern, kr/inv	K	2025
N03054	Avsättningar totalt kommunkoncern, kr/inv	K	2025
N03055	Långfristiga skulder kommunkoncern, kr/inv	K	2025
N03056	Kortfristiga skulder kommunkoncern, kr/inv	K	2025
N03057	Extraordinära poster kommunkoncern, kr/inv	K	2025
N03058	Verksamhetens nettokostnader enligt resultaträkningen kommunkoncern, kr/inv	K	2025
N03059	Finansnetto kommunkoncern, kr/inv	K	2025
N03060	Skatteintäkter och generella statsbidrag kommunkoncern, kr/inv	K	2025
N03061	Verksamhetens intäkter kommunkoncern, kr/inv	K	2025
N03062	Verksamhetens kostnader kommunkoncern, kr/inv	K	2025
N03063	Avskrivningar kommunkoncern, kr/inv	K	2025
N03064	LSS-utjämning kommunen, kr/inv	K	2026
N03065	LSS-utjämning netto, kr/inv 1 nov fg år	K	2026
N03066	Kostnad kommunens driftverksamhet totalt, kr/inv	K	2025
N03067	Nettokostnad kommunens driftverksamhet totalt, kr/inv	K	2025
N03068	Rörelsekapital kommunkoncern, kr/inv	K	2025
N03074	Genomsnittlig allmän pensionsavgift, kr/inv 20-64 år	A	2025
N03075	Resultatutjämningsreserv, kr/inv	K	2025
N03078	Statliga driftbidrag, totalt, kr/inv	K	2025
N03079	Verksamhetens nettokostnad som andel av skatteintäkter och generella statsbidrag, (%)	K	2025
N03100	Nettokostnad som andel av skatt och generella statsbidrag kommun, (%)	K	2025
N03101	Finansnetto som andel av skatt och generella statsbidrag kommunen, (%)	K	2025
N03102	Årets resultat som andel av skatt & generella statsbidrag kommun, (%)	K	2025
N03103	Självfinansieringsgrad för kommunens investeringar, andel (%)	K	2025
N03104	Nettoinvesteringar i kommunen, andel (%) av skatt & generella statsbidrag	K	2025
N03105	Kassalikviditet kommunen, (%)	K	2025
N03106	Soliditet kommun, (%)	K	2025
N03107	Resultat före extraordinära poster kommunen, kr/inv	K	2025
N03108	Finansnetto kommunen, kr/inv	K	2025
N03109	Kassalikviditet kommunkoncern, (%)	K	2025
N03110	Soliditet kommunkoncern, (%)	K	2025
N03111	Resultat före extraordinära poster kommunkoncern, kr/inv	K	2025
N03112	Årets resultat som andel av skatt & generella statsbidrag kommunkoncern, (%)	K	2025
N03113	Avsättningar kommun, kr/inv	K	2025
N03114	Skulder, avsättningar och eget kapital kommunen, kr/inv	K	2025
N03115	Skulder, avsättningar och eget kapital kommunkoncern, kr/inv	K	2025
N03116	Aktier, andelar samt bostadsrätter i kommunens koncernföretag, kr/inv	K	2025
N03117	Långfristiga fordringar kommun, kr/inv	K	2025
N03118	Långfristiga fordringar i kommunens koncernföretag, kr/inv	K	2025
N03120	Långfristiga skulder till koncernföretag, kr/inv	K	2025
N03121	Borgen o andra förpliktelser gentemot kommunala bostadsföretag, kr/inv	K	2025
N03122	Borgen o andra förpliktelser gentemot övriga kommunala företag, kr/inv	K	2025
N03123	Räntekostnader för lån kommun, kr/inv	K	2025
N03124	Finansiella intäkter kommunkoncern, kr/inv	K	2025
N03125	Skulder och avsättningar kommunen, kr/inv	K	2025
N03126	Skulder och avsättningar kommunkoncern, kr/inv	K	2025
N03127	Verksamhetens resultat kommun, andel (%) av skatter och statsbidrag	K	2025
N03128	Verksamhetens resultat kommun, kr/invånare	K	2025
N03132	Nettoinvesteringar, totalt kommun, kr/inv	K	2025
N03133	Ränta pensionsskuld kommun, kr/inv	K	2025
N03135	Borgen o andra förplikt. gentemot övriga bostadsföretag/föreningar, kr/inv	K	2025
N03136	Bidrag till statlig infrastruktur kommun, kr/inv	K	2025
N03137	Bidrag till statlig infrastruktur kommunkoncern, kr/inv	K	2025
N03138	Finansiella kostnader exkl ränta på pensionsskuld kommun, kr/inv	K	2025
N03139	Balanskravsresultat kommun, kr/inv	K	2025
N03140	Aktier, andelar samt bostadsrätter kommun, kr/inv	K	2025
N03141	Nettoinvesteringar exkl. finansiella investeringar kommun, kr/inv	K	2025
N03142	Kostnad forskning och utveckling kommun, kr/inv	K	2025
N03143	Resultat efter synnerliga skäl i kommun, kr/inv (-2023)	K	-
N03144	Summa skuld kommun, kr/inv	K	2025
N03145	Summa lån kommun exkl. vidareutlåning till koncernföretag, kr/inv (publiceras när K03138 har värde)	K	2025
N03148	Investeringsutgifter kommunen totalt, kr/inv	K	2025
N03149	Investeringsinkomster kommunen totalt, kr/inv	K	2025
N03150	Investeringsutgifter Pedagogisk verksamhet, kr/inv	K	2025
N03152	Balanskravsresultat att återställa efter synnerliga skäl i kommunen, kr/inv	L	2025
N03153	Ackumulerat ej återställt negativt balanskravsresultat i kommunen, kr/inv	L	2025
N03160	Investeringsutgifter inom vård och omsorg kommun, kr/inv	K	2025
N03162	Investeringsutgifter inom infrastruktur, skydd mm kommun, kr/inv	K	2025
N03163	Investeringsutgifter inom kultur- och fritidsverksamhet kommun, kr/inv	K	2025
N03164	Investeringsutgifter inom politisk verksamhet kommun, kr/inv	K	2025
N03166	Investeringsutgifter inom näringsliv och bostäder kommun, kr/inv	K	2025
N03167	Investeringsutgifter inom särskilt riktade insatser kommun, kr/inv	K	2025
N03168	Investeringsutgifter inom energi, vatten och avfall kommun, kr/inv	K	2025
N03169	Investeringsutgifter inom kommunikationer kommun, kr/inv	K	2025
N03170	Finansiella intäkter, kommun, kr/inv	K	2025
N03171	Finansiella kostnader, kommun, kr/inv	K	2025
N03172	Finansiella kostnader, kommunkoncern, kr/inv	K	2025
N03180	Kostnad för interna köp och övriga interna kostnader för politisk verksamhet, kr/inv	K	2025
N03181	Kostnad för interna köp och övriga interna kostnader för infrastruktur, skydd mm, kr/inv	K	2025
N03182	Kostnad för interna köp och övriga interna kostnader för kultur och fritid, kr/inv	K	2025
N03183	Kostnad för interna köp och övriga interna kostnader för pedagogisk verksamhet, kr/inv	K	2025
N03184	Kostnad för interna köp och övriga interna kostnader för vård och omsorg, kr/inv	K	2025
N03185	Kostnad för interna köp och övriga interna kostnader för särskilt riktade insatser, kr/inv	K	2025
N03186	Kostnad för interna köp och övriga interna kostnader för affärsverksamhet, kr/inv	K	2025
N03187	Kostnad för interna köp och övriga interna kostnader för gemensamma lokaler, kr/inv	K	2025
N03188	Kostnad för interna köp och övriga interna kostnader för gemensamma verksamheter, kr/inv	K	2025
N03189	Kostnad för interna köp och övriga interna kostnader, totalsumma, kr/inv	K	2025
N03700	Bruttoregionprodukt, region (BRP), 1000 kr/invånare	L	2025
N03701	Bruttoregionprodukt, region (BRP), 1000 kr/sysselsatt	L	2025
N03702	Bruttoregionprodukt, kommun (BRP), 1000 kr/invånare	K	2024
N03703	Bruttoregionprodukt, kommun (BRP), 1000 kr/sysselsatt	K	2024
N03920	Arbetslösa av befolkningen, 18-65 år, andel (%)	A	2026
N03921	Arbetslöshet 16-24 år, årsmedelvärde, andel (%) av bef. (-2024)	A	-
N03922	Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel (%) av bef. (-2024)	A	-
N03923	Långtidsarbetslöshet 15-74 år, årsmedelvärde, andel (%) av arbetslösa (-2024)	A	-
N03924	Långtidsarbetslösa av arbetslösa, 25-65 år, andel (%)	A	2026
N03925	Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel (%) av arbetslösa (-2024)	A	-
N03926	Långtidsarbetslösa i befolkningen, 25-65 år, andel (%)	A	2026
N03927	Arbetslöshet 16-24 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)	A	-
N03928	Långtidsarbetslöshet 16-24 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)	A	-
N03929	Långtidsarbetslöshet 25-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)	A	-
N03930	Långtidsarbetslöshet 16-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)	A	-
N03931	Arbetslöshet 25-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)	A	-
N03932	Arbetslöshet 16-65 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)	A	-
N03935	Arbetslösa av befolkningen, 18-24 år, andel (%)	K	2026
N03936	Arbetslöshet 18-24 år, årsmedelvärde, andel (%) av registerbaserad arbetskraft (-2023)	K	-
N03937	Öppet arbetslösa av befolkningen, 18-65 år, andel (%)	A	2026
N03938	Öppet arbetslösa av befolkningen, 25-65 år, andel (%)	A	2026
N03939	Öppet arbetslösa av befolkningen, 18-24 år, andel (%)	A	2026
N03941	Arbetslösa av arbetskraften (BAS), 18-65 år, andel (%)	A	2026
N03942	Arbetslösa av arbetskraften (BAS), 18-24 år, andel (%)	A	2026
N03943	Arbetslösa av arbetskraften (BAS), 25-65 år, andel (%)	A	2026
N03944	Långtidsarbetslösa i arbetskraften (BAS), 18-24 år, andel (%)	A	2026
N03945	Långtidsarbetslösa i arbetskraften (BAS), 25-65 år, andel (%)	A	2026
N03946	Långtidsarbetslösa i arbetskraften (BAS), 18-65 år, andel (%)	A	2026
N03947	Inskrivna i program med aktivitetsstöd av befolkningen, 18-65 år, andel (%)	A	2026
N03948	Inskrivna i program med aktivitetsstöd av befolkningen, 25-65 år, andel (%)	A	2026
N03949	Inskrivna i program med aktivitetsstöd av befolkningen, 18-24 år, andel (%)	A	2026
N03950	Arbetslösa av befolkningen, 25-65 år, andel (%)	A	2026
N03951	Långtidsarbetslösa i befolkningen, 18-24 år, andel (%)	A	2026
N03952	Långtidsarbetslösa i befolkningen, 18-65 år, andel (%)	A	2026
N03953	Långtidsarbetslösa av arbetslösa, 18-24 år, andel (%)	A	2026
N03954	Långtidsarbetslösa av arbetslösa, 18-65 år, andel (%)	A	2026
N04101	Kommunens köp av egentlig verksamhet totalt från offentliga utförare, andel (%) (-2024)	K	-
N04102	Kommunens köp av egentlig verksamhet totalt från regioner, andel (%)	K	2025
N04103	Kommunens köp av egentlig verksamhet totalt från staten och statliga myndigheter, andel (%)	K	2025
N04104	Kommunens köp av egentlig verksamhet totalt från kommunalförbund och SKR, andel (%)	K	2025
N04105	Kommunens köp av egentlig verksamhet totalt från privata utförare, andel (%) (-2024)	K	-
N04107	Kommunens köp av pedagogisk verksamhet totalt, andel (%)	K	2025
N04108	Kommunens köp av pedagogisk verksamhet totalt från offentliga utförare, andel (%) (-2024)	K	-
N04109	Kommunens köp av pedagogisk verksamhet totalt från privat utförare, andel (%) (-2024)	K	-
N04110	Kommunens köp av förskola totalt, andel (%)	K	2025
N04111	Kommunens köp av förskola från offentliga utförare, andel (%) (-2024)	K	-
N04112	Kommunens köp av förskola från privata utförare, andel (%) (-2024)	K	-
N04113	Kommunens köp av grundskola F-9 (exkl. fritidshem) från offentliga utförare, andel (%) (-2024)	K	-
N04114	Kommunens köp av grundskola F-9 (exkl. fritidshem) från privata utförare, andel (%) (-2024)	K	-
N04115	Kommunens köp av gymnasieskola från offentliga utförare, andel (%) (-2024)	K	-
N04116	Kommunens köp av gymnasieskola från privata utförare, andel (%) (-2024)	K	-
N04117	Kommunens köp av vuxenutbildning (grundläggande och gymnasial) totalt, andel (%)	K	2025
N04118	Kommunens köp av vuxenutbildning (grundläggande och gymnasial) från offentliga utförare, andel (%) (-2024)	K	-
N04119	Kommunens köp av vuxenutbildning (grundläggande och gymnasial) från privata utförare, andel (%) (-2024)	K	-
N04123	Kommunens köp av vård och omsorg totalt, andel (%)	K	2025
N04124	Kommunens köp av vård och omsorg totalt från offentliga utförare, andel (%) (-2024)	K	-
N04125	Kommunens köp av vård och omsorg totalt från privata utförare, andel (%) (-2024)	K	-
N04127	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL, LSS och SFB (exkl. ersättning från Försäkringskassan) från offentliga utförare, andel (%) (-2024)	K	-
N04128	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL, LSS och SFB (exkl. ersättning från försäkringskassan) från privata utförare, andel (%) (-2024)	K	-
N04129	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL från offentliga utförare, andel (%) (-2024)	K	-
N04130	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL från privata utförare, andel (%) (-2024)	K	-
N04131	Kommunens köp av insatser till personer med funktionsnedsättning enligt LSS (exkl. ersättning från Försäkringskassan) från offentliga utförare, andel (%) (-2024)	K	-
N04132	Kommunens köp av insatser till personer med funktionsnedsättning enligt LSS (exkl. ersättning från Försäkringskassan) från privata utförare, andel (%) (-2024)	K	-
N04133	Kommunens köp av äldreomsorg från offentliga utförare, andel (%) (-2024)	K	-
N04135	Kommunens köp av hemtjänst i ordinärt boende äldreomsorg från offentliga utförare, andel (%) (-2024)	K	-
N04136	Kommunens köp av hemtjänst i ordinärt boende äldreomsorg från privata utförare, andel (%) (-2024)	K	-
N04137	Kommunens köp av särskilt boende äldreomsorg från offentliga utförare, andel (%) (-2024)	K	-
N04138	Kommunens köp av särskilt boende äldreomsorg från privata utförare, andel (%) (-2024)	K	-
N04139	Kommunens köp av korttidsboende äldreomsorg totalt, andel (%)	K	2025
N04140	Kommunens köp av korttidsboende äldreomsorg från offentliga utförare, andel (%) (-2024)	K	-
N04141	Kommunens köp av korttidsboende äldreomsorg från privata utförare, andel (%) (-2024)	K	-
N04143	Kommunens köp av vård för vuxna med missbruksproblem från offentliga utförare, andel (%) (-2024)	K	-
N04144	Kommunens köp av övrig IFO inkl. familjerätt från offentliga utförare, andel (%) (-2024)	K	-
N04145	Kommunens köp av barn- och ungdomsvård från offentliga utförare, andel (%) (-2024)	K	-
N04146	Kommunens köp av politisk verksamhet från offentliga utförare, andel (%)	K	2025
N04147	Kommunens köp av politisk verksamhet från privata utförare, andel (%)	K	2025
N04148	Kommunens köp av infrastruktur och skydd från offentliga utförare, andel (%) (-2024)	K	-
N04149	Kommunens köp av infrastruktur och skydd från privata utförare, andel (%) (-2024)	K	-
N04150	Kommunens köp av särskilt riktade insatser totalt, andel (%)	K	2025
N04151	Kommunens köp av särskilt riktade insatser från offentliga utförare, andel (%) (-2024)	K	-
N04152	Kommunens köp av särskilt riktade insatser från privata utförare, andel (%) (-2024)	K	-
N04153	Kommunens köp av flyktingmottagande från offentliga utförare, andel (%) (-2024)	K	-
N04154	Kommunens köp av arbetsmarknadsåtgärder från offentliga utförare, andel (%) (-2024)	K	-
N04155	Kommunens köp av arbetsmarknadsåtgärder från privata utförare, andel (%) (-2024)	K	-
N04156	Kommunens köp av kultur och fritid från offentliga utförare, andel (%) (-2024)	K	-
N04157	Kommunens köp av kultur och fritid från privata utförare, andel (%) (-2024)	K	-
N04158	Kommunens köp av äldreomsorg från privata utförare, andel (%) (-2024)	K	-
N04159	Kommunens köp av individ- och familjeomsorg totalt, andel (%)	K	2025
N04160	Kommunens köp av individ- och familjeomsorg från offentliga utförare, andel (%) (-2024)	K	-
N04161	Kommunens köp av individ- och familjeomsorg från privata utförare, andel (%) (-2024)	K	-
N04162	Kommunens köp av vård för vuxna med missbruksproblem från privata utförare, andel (%) (-2024)	K	-
N04163	Kommunens köp av övrig IFO inkl. familjerätt från privata utförare, andel (%) (-2024)	K	-
N04164	Kommunens köp av barn- och ungdomsvård från privata utförare, andel (%) (-2024)	K	-
N05001	Intäkter politisk verksamhet, kr/inv	K	2025
N05002	Nettokostnad politisk verksamhet, kr/inv	K	2025
N05003	Nettokostnad stöd till politiska partier, kr/inv	K	2025
N05004	Nettokostnad revision, kr/inv	K	2025
N05005	Nettokostnad övrig politisk verksamhet, kr/inv	K	2025
N05006	Kostnad nämnd- och styrelseverksamhet, kr/inv	K	2025
N05007	Kostnad stöd till politiska partier, kr/inv	K	2025
N05008	Kostnad revision, kr/inv	K	2025
N05009	Kostnad övr politisk verksamhet, kr/inv	K	2025
N05010	Kostnad politisk verksamhet, kr/inv	K	2025
N05011	Nettokostnad nämnd- och styrelseverksamhet, kr/inv	K	2025
N05013	Kommunens köp av politisk verksamhet totalt, andel (%)	K	2025
N05014	Gemensamma kostnader fördelade till politisk verksamhet, andel (%)	K	2025
N05015	Nettokostnad, revision, tkr	K	2025
N05016	Kostnad lön + PO, revision, tkr	K	2025
N05017	Övriga kostnader, revision, tkr	K	2025
N05018	Köp av verksamhet, revision, tkr	K	2025
N05019	Nettokostnad, revision, promille av total verksamhetskostnad	K	2025
N05020	Nettokostnad revision kommun, kr/inv	K	2025
N05165	Kommunens köp av flyktingmottagande från privata utförare, andel (%) (-2024)	K	-
N05400	Valdeltagande i minst ett av valen till riksdag, regionfullmäktige eller kommunfullmäktige,  andel (%)	A	2024
N05401	Valdeltagande i senaste kommunalvalet, andel (%)	A	2026
N05402	Valdeltagande i senaste regionvalet, andel (%)	A	2026
N05403	Valdeltagande i senaste riksdagsvalet, andel (%)	A	2026
N05404	Valdeltagande i senaste europaparlamentsvalet, andel (%)	A	2029
N05405	Revisionsberättelse utan anmärkning eller avstyrkt ansvarsfrihet kommun, (Ja=1, Nej=0)	K	2025
N05406	Ansvarsprövning i KF utan anmärkning och med beviljad ansvarsfrihet för samtliga ledamöter, (Ja=1, Nej=0)	K	2025
N05701	Förtroendevalda revisorer i kommunen, antal	K	2026
N05801	Röster på Socialdemokraterna i senaste kommunvalet, andel (%)	K	2026
N05802	Röster på Vänsterpartiet i senaste kommunvalet, andel (%)	K	2026
N05803	Röster på Miljöpartiet i senaste kommunvalet, andel (%)	K	2026
N05804	Röster på Sverigedemokraterna i senaste kommunvalet, andel (%)	K	2026
N05805	Röster på Moderaterna i senaste kommunvalet, andel (%)	K	2026
N05806	Röster på Liberalerna i senaste kommunvalet, andel (%)	K	2026
N05807	Röster på Centerpartiet i senaste kommunvalet, andel (%)	K	2026
N05808	Röster på Kristdemokraterna i senaste kommunvalet, andel (%)	K	2026
N05809	Röster på övriga partier i senaste kommunvalet, andel (%)	K	2026
N05810	Förtroendevalda kommunpolitiker på heltid, andel (%)	K	2026
N05811	Förtroendevalda kommunpolitiker på deltid, andel (%)	K	2026
N05812	Antal invånare per förtroendevald kommunpolitiker	K	2026
N05813	Antal förtroendeuppdrag per förtroendevald kommunpolitiker	K	2026
N05814	Kvinnor bland förtroendevalda kommunpolitiker, andel (%)	K	2026
N05815	Kvinnor i kommunfullmäktige, andel (%)	K	2026
N05816	Kvinnor på ordförandeposter i kommunen, andel (%)	K	2026
N05817	Förtroendevalda kommunpolitiker i åldern 18-29 år, andel (%)	K	2026
N05818	Förtroendevalda kommunpolitiker i åldern 30-49 år, andel (%)	K	2026
N05819	Förtroendevalda kommunpolitiker i åldern 50-64 år, andel (%)	K	2026
N05820	Förtroendevalda kommunpolitiker i åldern 65+, andel (%)	K	2026
N05821	Kommunfullmäktigeledamöter i åldern 18-29 år, andel (%)	K	2026
N05822	Kommunfullmäktigeledamöter i åldern 30-49 år, andel (%)	K	2026
N05823	Kommunfullmäktigeledamöter i åldern 50-64 år, andel (%)	K	2026
N05824	Kommunfullmäktigeledamöter i åldern 65+, andel (%)	K	2026
N05825	Utrikes födda bland förtroendevalda kommunpolitiker, andel (%)	K	2026
N05826	Utrikes födda i kommunfullmäktige, andel (%)	K	2026
N05827	Mediannettoinkomst kommunens förtroendevalda politiker, kr/person	K	2026
N05828	Män på ordförandeposter i kommunen, andel (%)	K	2026
N05829	Politiskt styre i kommunen (1=vänster, 2=blocköverskridande, 3=borgerligt styre, 4=Övrigt Styre, 5=Borgerlig/SD)	K	2025
N05830	Förtroendevalda som hoppat av kommunfullmäktige, andel (%)	K	2026
N05831	Valdeltagande i det valdistrikt som hade lägst andel röstande i senaste kommunvalet, andel (%)	K	2026
N05832	Utrikes födda i kommunfullmäktige, balanstal	K	2026
N05833	Valdeltagande i det valdistrikt som hade högst andel röstande i senaste kommunvalet, andel (%)	K	2026
N07001	Kostnad fysisk o. teknisk planering, bostadsförbättringar, kr/inv	K	2025
N07002	Kostnad konsument och energirådgivning, kr/inv	K	2025
N07003	Kostnad turistverksamhet, kr/inv	K	2025
N07004	Kostnad väg- och järnvägsnät, parkering, kr/inv	K	2025
N07005	Kostnad parker, kr/inv	K	2025
N07006	Kostnad miljö- och hälsoskydd, myndighetsutövning, kr/inv	K	2025
N07007	Kostnad miljö, hälsa och hållbar utveckling, ej myndighetsutövning, kr/inv	K	2025
N07008	Kostnad alkoholtillstånd m.m., kr/inv	K	2025
N07009	Kostnad räddningstjänst, kr/inv	K	2025
N07010	Kostnad totalförsvar och samhällsskydd, kr/inv	K	2025
N07011	Intäkter infrastruktur, skydd mm, kr/inv	K	2025
N07012	Intäkter fysisk o. teknisk planering, bostadsförbättringar, kr/inv	K	2025
N07013	Intäkter konsument och energirådgivning, kr/inv	K	2025
N07014	Intäkter turistverksamhet, kr/inv	K	2025
N07015	Intäkter väg- och järnvägsnät, parkering, kr/inv	K	2025
N07016	Intäkter parker, kr/inv	K	2025
N07017	Intäkter miljö- och hälsoskydd, myndighetsutövning, kr/inv	K	2025
N07018	Intäkter miljö hälsa och hållbar utveckling, kr/inv	K	2025
N07019	Intäkter alkoholtillstånd m.m., kr/inv	K	2025
N07020	Intäkter räddningstjänst, kr/inv	K	2025
N07021	Intäkter totalförsvar och samhällsskydd, kr/inv	K	2025
N07022	Nettokostnad konsument och energirådgivning, kr/inv	K	2025
N07023	Nettokostnad turistverksamhet, kr/inv	K	2025
N07024	Nettokostnad väg- och järnvägsnät, parkering, kr/inv	K	2025
N07025	Nettokostnad parker, kr/inv	K	2025
N07026	Nettokostnad miljö- och hälsoskydd, myndighetsutövning, kr/inv	K	2025
N07027	Nettokostnad miljö, hälsa och hållbar utveckling, kr/inv	K	2025
N07028	Nettokostnad alkoholtillstånd m.m, kr/inv	K	2025
N07029	Nettokostnad totalförsvar och samhällsskydd, kr/inv	K	2025
N07030	Månadsavlönad personal, kommunalt anställda teknisk handläggare, antal	K	2025
N07031	Månadsavlönad personal, kommunalt anställda ingenjörer, antal	K	2025
N07032	Månadsavlönad personal, kommunalt anställda i räddningstjänstarbete, antal	K	2025
N07033	Årsarbetare, kommunalt anställda teknisk handläggare, antal	K	2025
N07034	Årsarbetare, kommunalt anställda ingenjörer, antal	K	2025
N07035	Årsarbetare, kommunalt anställda i räddningstjänstarbete, antal	K	2025
N07036	Kostnad infrastruktur, skydd mm, kr/inv	K	2025
N07037	Nettokostnad infrastruktur, skydd m.m., kr/inv	K	2025
N07038	Nettokostnad fysisk o. teknisk planering, bostadsförbättringar, kr/inv	K	2025
N07039	Nettokostnad väg- och järnvägsnät, parkering samt parker, kr/inv	K	2025
N07040	Nettokostnad miljö, hälsa, myndighetsutöv mm, kr/inv	K	2025
N07041	Nettokostnad räddningstjänst, kr/inv	K	2025
N07046	Gemensamma kostnader fördelade till infrastruktur, skydd mm, andel (%)	K	2025
N07402	Anmälda brott om grov kvinnofridskränkning i kommunen, antal/100 000 inv	K	2025
N07403	Anmälda våldsbrott, antal/100 000 inv	A	2025
N07410	Nytillkomna bostäder i kollektivtrafiknära läge, andel (%)	A	2024
N07412	Befolkning, utanför tätort, i kollektivtrafiknära läge, andel (%)	A	2024
N07415	Byggnadsbränder med spridning från startobjektet, antal/1000 inv	K	2025
N07418	Befolkning i kollektivtrafiknära läge, andel (%)	A	2024
N07419	Befolkning, inom tätort, i kollektivtrafiknära läge, andel (%)	A	2024
N07497	Nöjd Medborgar-index - Tillgång till gångvägar/cykelvägar, medelbetyg (skala 0-10)	K	-
N07530	Invånare med tillgång till dagligvarubutik inom 2 km, andel (%)	A	2025
N07531	Invånare 0-16 år med tillgång till grundskola inom 2 km, andel (%)	A	2025
N07536	Anmälda brott mot frihet och frid, antal/100 000 inv	K	2025
N07537	Anmälda sexualbrott, antal/100 000 inv	K	2025
N07538	Anmälda ekobrott, antal/100 000 inv	K	2025
N07540	Anmälda brott totalt, antal/100 000 inv	K	2025
N07541	Anmält våld i inomhusmiljö mot barn och unga, antal/100 000 inv	K	2025
N07542	Anmält våld i utomhusmiljö mot barn och unga, antal/100 000 inv	K	2025
N07543	Anmälda personrån, antal/100 000 inv	K	2025
N07544	Anmälda narkotikabrott, antal/100 000 inv	K	2025
N07546	Anmälda bostadsinbrott, antal/100 000 inv	K	2025
N07547	Anmälda bilbrott, antal/100 000 inv	K	2025
N07548	Anmälda trafikbrott, antal/100 000 inv	K	2025
N07549	Anmälda misshandelsbrott mot kvinna, inomhus, bekant med offret, antal/100 000 inv	K	2025
N07600	NTU - Förtroende för rättsväsendet som helhet, andel (%)	A	2025
N07601	NTU - Förtroende för polisens sätt att bedriva sitt arbete, andel (%)	A	2025
N07602	NTU - Förtroende för åklagarnas sätt att bedriva sitt arbete, andel (%)	A	2025
N07603	NTU - Förtroende för domstolarnas sätt att bedriva sitt arbete, andel (%)	A	2025
N07604	NTU - Förtroende för kriminalvården sätt att bedriva sitt arbete, andel (%)	A	2025
N07605	NTU - Förtroende för att rättsväsendet hanterar brottsmisstänkta på ett rättvist sätt, andel (%)	A	2025
N07606	NTU - Förtroende för att polisen hanterar brottsmisstänkta på ett rättvist sätt, andel (%)	A	2025
N07607	NTU - Förtroende för att rättsväsendet behandlar brottsutsatta på ett bra sätt, andel (%)	A	2025
N07608	NTU - Förtroende för att polisen behandlar brottsutsatta på ett bra sätt, andel (%)	A	2025
N07609	NTU - Otrygghet vid utomhusvistelse sen kväll i det egna bostadsområdet, andel (%)	A	2025
N07610	NTU - Uppfattar att antalet brott har ökat under de senaste tre åren, andel (%)	A	2025
N07611	NTU - Oro över brottsligheten i samhället, andel (%)	A	2025
N07612	NTU - Oro för att närstående ska drabbas utav brott, andel (%)	A	2025
N07613	NTU - Oro för att utsättas för misshandel, andel (%)	A	2025
N07614	NTU - Oro för att utsättas för våldtäkt eller andra sexuella angrepp, andel (%)	A	2025
N07615	NTU - Oro för att utsättas för personrån, andel (%)	A	2025
N07616	NTU - Oro för att utsättas för bedrägeri på internet, andel (%)	A	2025
N07617	NTU - Oro för att utsättas för bostadsinbrott, andel (%)	A	2025
N07618	NTU - Oro för att utsättas för stöld av/skadegörelse på bil, andel (%)	A	2025
N07619	NTU - Valt en annan väg eller ett annat färdsätt pga oro för att utsättas för brott, andel (%)	A	2025
N07620	NTU - Avstått från någon aktivitet pga oro för att utsättas för brott, andel (%)	A	2025
N07621	NTU - Avstått från någon aktivitet på internet pga oro för att utsättas för brott, andel (%)	A	2025
N07622	NTU - Oro för brott påverkar livskvaliteten i stor utsträckning , andel (%)	A	2025
N07623	NTU - Upplever att det är problem med nedskräpning i det egna bostadsområdet, andel (%)	A	2025
N07624	NTU - Upplever att det är problem med skadegörelse i det egna bostadsområdet, andel (%)	A	2025
N07625	NTU - Upplever att det är problem med klotter i det egna bostadsområdet, andel (%)	A	2025
N07626	NTU - Upplever att det är problem med fortkörning i det egna bostadsområdet, andel (%)	A	2025
N07627	NTU - Upplever att det är problem med övrigt störande körning med moped, bil eller andra motorfordon i det egna bostadsområdet, andel (%)	A	2025
N07628	NTU - Upplever att det är problem med personer påverkade av alkohol eller droger utomhus i det egna bostadsområdet, andel (%)	A	2025
N07629	NTU - Upplever att det är problem med gäng som uppehåller sig i det egna bostadsområdet, andel (%)	A	2025
N07630	NTU - Upplever  att det är problem med personer eller gäng som bråkar eller stör i det egna bostadsområdet, andel (%)	A	2025
N07631	NTU - Upplever att det är problem med öppen narkotikahandel i det egna bostadsområdet, andel (%)	A	2025
N07632	NTU - Upplever att polisen inte bryr sig om de problem som finns i det egna bostadsområdet , andel (%)	A	2025
N07633	NTU - Självrapporterad utsatthet för brott mot enskild person, andel (%)	A	2025
N07634	NTU - Självrapporterad utsatthet för misshandel, andel (%)	A	2025
N07635	NTU - Självrapporterad utsatthet för hot, andel (%)	A	2025
N07636	NTU - Självrapporterad utsatthet för sexualbrott, andel (%)	A	2025
N07637	NTU - Självrapporterad utsatthet för personrån, andel (%)	A	2025
N07638	NTU - Självrapporterad utsatthet för fickstöld, andel (%)	A	2025
N07639	NTU - Självrapporterad utsatthet för försäljningsbedrägeri, andel (%)	A	2025
N07640	NTU - Självrapporterad utsatthet för kort-/kreditbedrägeri, andel (%)	A	2025
N07641	NTU - Självrapporterad utsatthet för nätkränkning, andel (%)	A	2025
N07642	NTU - Självrapporterad utsatthet för trakasserier, andel (%)	A	2025
N07643	NTU - Självrapporterad utsatthet för egendomsbrott, andel (%)	A	2025
N07644	NTU - Självrapporterad utsatthet för bostadsbrott, andel (%)	A	2025
N07645	NTU - Självrapporterad utsatthet för bilstöld, andel (%)	A	2025
N07646	NTU - Självrapporterad utsatthet för stöld ur/från fordon, andel (%)	A	2025
N07647	NTU - Självrapporterad utsatthet för cykelstöld, andel (%)	A	2025
N07648	Osäkerhetstal - Förtroende för rättsväsendet som helhet, andel (%)	A	2025
N07649	Osäkerhetstal - Förtroende för polisens sätt att bedriva sitt arbete, andel (%)	A	2025
N07650	Osäkerhetstal - Förtroende för åklagarnas sätt att bedriva sitt arbete, andel (%)	A	2025
N07651	Osäkerhetstal - Förtroende för domstolarnas sätt att bedriva sitt arbete, andel (%)	A	2025
N07652	Osäkerhetstal - Förtroende för kriminalvården sätt att bedriva sitt arbete, andel (%)	A	2025
N07653	Osäkerhetstal - Förtroende för att rättsväsendet hanterar brottsmisstänkta på ett rättvist sätt, andel (%)	A	2025
N07654	Osäkerhetstal - Förtroende för att polisen hanterar brottsmisstänkta på ett rättvist sätt, andel (%)	A	2025
N07655	Osäkerhetstal - Förtroende för att rättsväsendet behandlar brottsutsatta på ett bra sätt, andel (%)	A	2025
N07656	Osäkerhetstal - Förtroende för att polisen behandlar brottsutsatta på ett bra sätt, andel (%)	A	2025
N07657	Osäkerhetstal - Otrygghet vid utomhusvistelse sen kväll i det egna bostadsområdet, andel (%)	A	2025
N07658	Osäkerhetstal - Uppfattar att antalet brott har ökat under de senaste tre åren, andel (%)	A	2025
N07659	Osäkerhetstal - Oro över brottsligheten i samhället, andel (%)	A	2025
N07660	Osäkerhetstal - Oro för att närstående ska drabbas utav brott, andel (%)	A	2025
N07661	Osäkerhetstal - Oro för att utsättas för misshandel, andel (%)	A	2025
N07662	Osäkerhetstal - Oro för att utsättas för våldtäkt eller andra sexuella angrepp, andel (%)	A	2025
N07663	Osäkerhetstal - Oro för att utsättas för personrån, andel (%)	A	2025
N07664	Osäkerhetstal - Oro för att utsättas för bedrägeri på internet, andel (%)	A	2025
N07665	Osäkerhetstal - Oro för att utsättas för bostadsinbrott, andel (%)	A	2025
N07666	Osäkerhetstal - Oro för att utsättas för stöld av/skadegörelse på bil, andel (%)	A	2025
N07667	Osäkerhetstal - Valt en annan väg eller ett annat färdsätt pga oro för att utsättas för brott, andel (%)	A	2025
N07668	Osäkerhetstal - Avstått från någon aktivitet pga oro för att utsättas för brott, andel (%)	A	2025
N07669	Osäkerhetstal - Avstått från någon aktivitet på internet pga oro för att utsättas för brott, andel (%)	A	2025
N07670	Osäkerhetstal - Oro för brott påverkar livskvaliteten i stor utsträckning , andel (%)	A	2025
N07671	Osäkerhetstal - Upplever att det är problem med nedskräpning i det egna bostadsområdet, andel (%)	A	2025
N07672	Osäkerhetstal - Upplever att det är problem med skadegörelse i det egna bostadsområdet, andel (%)	A	2025
N07673	Osäkerhetstal - Upplever att det är problem med klotter i det egna bostadsområdet, andel (%)	A	2025
N07674	Osäkerhetstal - Upplever att det är problem med fortkörning i det egna bostadsområdet, andel (%)	A	2025
N07675	Osäkerhetstal - Upplever att det är problem med övrigt störande körning med moped, bil eller andra motorfordon i det egna bostadsområdet, andel (%)	A	2025
N07676	Osäkerhetstal - Upplever att det är problem med personer påverkade av alkohol eller droger utomhus i det egna bostadsområdet, andel (%)	A	2025
N07677	Osäkerhetstal - Upplever att det är problem med gäng som uppehåller sig i det egna bostadsområdet, andel (%)	A	2025
N07678	Osäkerhetstal - Upplever  att det är problem med personer eller gäng som bråkar eller stör i det egna bostadsområdet, andel (%)	A	2025
N07679	Osäkerhetstal - Upplever att det är problem med öppen narkotikahandel i det egna bostadsområdet, andel (%)	A	2025
N07680	Osäkerhetstal - Upplever att polisen inte bryr sig om de problem som finns i det egna bostadsområdet , andel (%)	A	2025
N07681	Osäkerhetstal - Självrapporterad utsatthet för brott mot enskild person, andel (%)	A	2025
N07682	Osäkerhetstal - Självrapporterad utsatthet för misshandel, andel (%)	A	2025
N07683	Osäkerhetstal - Självrapporterad utsatthet för hot, andel (%)	A	2025
N07684	Osäkerhetstal - Självrapporterad utsatthet för sexualbrott, andel (%)	A	2025
N07685	Osäkerhetstal - Självrapporterad utsatthet för personrån, andel (%)	A	2025
N07686	Osäkerhetstal - Självrapporterad utsatthet för fickstöld, andel (%)	A	2025
N07687	Osäkerhetstal - Självrapporterad utsatthet för försäljningsbedrägeri, andel (%)	A	2025
N07688	Osäkerhetstal - Självrapporterad utsatthet för kort-/kreditbedrägeri, andel (%)	A	2025
N07689	Osäkerhetstal - Självrapporterad utsatthet för nätkränkning, andel (%)	A	2025
N07690	Osäkerhetstal - Självrapporterad utsatthet för trakasserier, andel (%)	A	2025
N07691	Osäkerhetstal - Självrapporterad utsatthet för egendomsbrott, andel (%)	A	2025
N07692	Osäkerhetstal - Självrapporterad utsatthet för bostadsbrott, andel (%)	A	2025
N07693	Osäkerhetstal - Självrapporterad utsatthet för bilstöld, andel (%)	A	2025
N07694	Osäkerhetstal - Självrapporterad utsatthet för stöld ur/från fordon, andel (%)	A	2025
N07695	Osäkerhetstal - Självrapporterad utsatthet för cykelstöld, andel (%)	A	2025
N07700	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), kg	A	2024
N07701	Utsläpp till luft av kväveoxider (NOx), totalt, kg	A	2024
N07702	Utsläpp till luft av växthusgaser totalt, ton CO2-ekv	A	2024
N07710	Elbilsladdpunkter: normalladdare, antal	A	2026
N07711	Elbilsladdpunkter: snabbladdare, antal	A	2026
N07712	Elbilsladdpunkter: supersnabbladdare, antal	A	2026
N07713	Elbilsladdpunkter, totalt antal	A	2026
N07782	Drivmedelsleverans till vägtransporter, liter/inv (-2023)	K	-
N07783	HVO-leverans till vägtransporter, liter/inv	K	-
N07784	Etanolleverans till vägtransporter, liter/inv (-2023)	K	-
N07785	Biodieselleverans (FAME) till vägtransporter, kbm	K	-
N07786	Bensinleverans till vägtransporter, liter/inv (-2023)	K	-
N07787	Dieselleverans till vägtransporter, liter/inv	K	-
N07788	Bensin- och dieselleverans till vägtransporter, liter/inv (-2023)	K	-
N07800	Kommunens köp av infrastruktur och skydd totalt, andel (%)	K	2025
N07802	Bilväg i kommunen, kommunal, meter/inv	K	2026
N07803	Cykelväg i kommunen, kommunal, meter/inv	K	2026
N07804	Sjukhusrapporterade olyckor inom vägtransportområde, antal/100 000 inv	K	2025
N07805	Bilväg i kommunen, total, meter/inv	K	2026
N07806	Cykelväg i kommunen, total, meter/inv	K	2026
N07807	Väg i kommunen, kommunal, meter/inv	K	2026
N07810	Bil- och cykelväg i kommunen, kommunal, meter	K	2026
N07811	Bilväg i kommunen, kommunal, meter	K	2026
N07812	Cykelväg i kommunen, kommunal, meter	K	2026
N07813	Bilväg i kommunen, statlig, meter/inv	K	2026
N07814	Bilväg i kommunen, enskild, meter/inv	K	2026
N07815	Bilväg i kommunen, statlig, meter	K	2026
N07816	Bilväg i kommunen, enskild, meter	K	2026
N07817	Cykelväg i kommunen, statlig, meter/inv	K	2026
N07818	Cykelväg i kommunen, enskild, meter/inv	K	2026
N07819	Cykelväg i kommunen, statlig, meter	K	2026
N07820	Cykelväg i kommunen, enskild, meter	K	2026
N07821	Bilväg i kommunen, total, meter	K	2026
N07822	Cykelväg i kommunen, total, meter	K	2026
N07898	Medarbetarengagemang (HME) infrastruktur, skydd m.m - svarsfrekvens, andel (%)	K	-
N07900	Tillgång till fast bredband om minst 100 Mbit/s, andel (%)	A	2025
N07901	Bostäder med hyresrätter, antal/1000 inv	K	2025
N07902	Bostäder med bostadsrätter, antal/1000 inv	K	2025
N07903	Bostäder med äganderätter, antal/1000 inv	K	2025
N07904	Bostäder där uppgift om upprättelseform saknas, antal/1000 inv	K	2025
N07905	Färdigställda bostäder i småhus, antal/1000 inv	K	2025
N07906	Färdigställda bostäder i flerbostadshus, nybyggnad, antal/1000inv	K	2025
N07907	Trångboddhet i flerbostadshus, enligt norm 2, andel (%)	A	2025
N07908	Fastighetspris bostadsrätt, kr/kvm	K	2025
N07909	Fastighetspris småhus, kr/kvm	K	2025
N07910	Fastighetspris fritidshus, kr/kvm	K	2025
N07911	Fritidshus, antal/1000 inv	K	2025
N07912	Genomsnittlig boyta, kvm/inv	K	2025
N07913	Bostäder totalt, antal/1000 inv	K	2025
N07914	Trångboddhet i flerbostadshus, enligt norm 3, andel (%)	A	2025
N07915	Fastighetspris småhus, tkr	A	2025
N07916	Färdigställda bostäder, ny- och ombyggnad, antal/1000 inv	A	2025
N07917	Färdigställda bostäder, nybyggnad, antal/1000 inv	K	2025
N07918	Hushåll med tillgång till eller möjlighet att ansluta till bredband om minst 1 Gbit/s, andel (%)	A	2025
N07919	Hushåll i tätbebyggt område med tillgång till eller möjlighet i att ansluta till bredband om minst 1 Gbit/s, andel (%)	A	2025
N07920	Hushåll i glesbebyggt område med tillgång till eller möjlighet att ansluta till bredband om minst 1 Gbit/s, andel (%)	A	2025
N07923	Planberedskap för nya bostäder som kan byggas med stöd av alla gällande detaljplaner den 31/12, antal/1000 inv	K	2025
N07924	Bostäder som planlagts under de senaste två åren, antal/1000 inv	K	2025
N07925	Bostäder som beviljats bygglov under de senaste två åren, antal/1000 inv	K	2025
N07926	Mediantid från planuppdrag till antagande under de senaste två åren, mediantid i månader	K	2025
N07927	Mediantid från samrådsstart till antagande under de senaste två åren, mediantid i månader	K	2025
N07928	Överklagade detaljplaner under de senaste två åren, andel (%)	K	2025
N07929	Beslut om antagande av detaljplan som fattats i kommunen under de senaste två åren, antal	K	2025
N07931	Försäljning av småhus, antal	K	2025
N07932	Försäljning av fritidshus, antal	K	2025
N07933	Försäljning av bostadsrätt, antal	K	2025
N07935	Bilar, antal/1000 inv	A	2026
N07936	Bensinbilar, antal/1000 inv	A	2025
N07937	Dieselbilar, antal/1000 inv	A	2025
N07938	Elbilar, antal/1000 inv	A	2025
N07939	Elhybridbilar, antal/1000 inv	A	2025
N07940	Laddhybridbilar, antal/1000 inv	A	2025
N07941	Etanolbilar, antal/1000 inv	A	2025
N07942	Gasbilar, antal/1000 inv	A	2025
N07943	Bensinbilar, andel (%)	A	2025
N07944	Dieselbilar, andel (%)	A	2025
N07945	Elbilar, andel (%)	A	2025
N07946	Elhybridbilar, andel (%)	A	2025
N07947	Laddhybridbilar, andel (%)	A	2025
N07948	Etanolbilar, andel (%)	A	2025
N07949	Gasbilar, andel (%)	A	2025
N07950	Färdigställda hyresrätter i flerbostadshus, antal/1000 inv	K	2025
N07951	Färdigställda bostadsrätter i flerbostadshus, antal/1000 inv	K	2025
N07952	Färdigställda äganderätter i flerbostadshus, antal/1000 inv	K	2025
N07953	Färdigställda hyresrätter i småhus, antal/1000 inv	K	2025
N07954	Färdigställda bostadsrätter i småhus, antal/1000 inv	K	2025
N07955	Färdigställda äganderätter i småhus, antal/1000 inv	K	2025
N07956	Hyresrätter i bostadsbeståndet, andel (%)	K	2025
N07957	Bostadsrätter i bostadsbeståndet, andel (%)	K	2025
N07958	Äganderätter i bostadsbeståndet, andel (%)	K	2025
N07960	Inomhusbassänger, antal	K	2026
N07961	Inomhusbassänger, antal/100 000 inv	K	2026
N07962	Inomhusbassänger, antal/1000 inv 7-20 år	K	2026
N07963	Inomhusbassänger 25-49 m, antal	K	2026
N07964	Inomhusbassänger 25-49 m, antal/10 000 inv 0-18 år	K	2026
N07965	Inomhusbassänger 25-49 m, antal/10 000 inv	K	2026
N07966	Inomhusbassänger 49+ m, antal	K	2026
N07967	Inomhusbassänger 49+ m, antal/10 000 inv 0-18 år	K	2026
N07968	Inomhusbassänger 49+ m, antal/10 000 inv	K	2026
N09001	Kostnad musik och kulturskola, kr/inv 7-15 år	K	2025
N09002	Kostnad allmän fritidsverksamhet, kr/inv	K	2025
N09003	Kostnad idrotts- och fritidsanläggningar, kr/inv	K	2025
N09004	Kostnad fritidsgårdar, kr/inv	K	2025
N09005	Kostnad musik- och kulturskola, kr/inv	K	2025
N09006	Kostnad stöd till studieorganisationer, kr/inv	K	2025
N09007	Kostnad allmän kulturverksamhet, kr/inv	K	2025
N09008	Kostnad bibliotek, kr/inv	K	2025
N09009	Intäkter fritidsverksamhet, kr/inv	K	2025
N09010	Intäkter allmän fritidsverksamhet, kr/inv	K	2025
N09011	Intäkter fritidsgårdar, kr/inv	K	2025
N09012	Intäkter Idrotts- och fritidsanläggningar, kr/inv	K	2025
N09013	Intäkter kulturverksamhet, kr/inv	K	2025
N09014	Intäkter musik- och kulturskola, kr/inv	K	2025
N09015	Intäkter stöd till studieorganisationer, kr/inv	K	2025
N09016	Intäkter allmän kulturverksamhet, kr/inv	K	2025
N09017	Intäkter bibliotek, kr/inv	K	2025
N09018	Nettokostnad fritidsverksamhet, kr/inv	K	2025
N09019	Nettokostnad allmän fritidsverksamhet, kr/inv	K	2025
N09020	Nettokostnad fritidsgårdar, kr/inv	K	2025
N09021	Nettokostnad Idrotts- och fritidsanläggningar, kr/inv	K	2025
N09022	Nettokostnad kulturverksamhet, kr/inv	K	2025
N09023	Nettokostnad musik- och kulturskola, kr/inv	K	2025
N09024	Nettokostnad stöd till studieorganisationer, kr/inv	K	2025
N09025	Nettokostnad allmän kulturverksamhet, kr/inv	K	2025
N09026	Nettokostnad bibliotek, kr/inv	K	2025
N09027	Månadsavlönad personal, kommunalt anställda fritidsledare, antal	K	2025
N09028	Månadsavlönad personal, kommunalt anställda bibliotekarier, biblioteksassistenter, antal	K	2025
N09029	Månadsavlönad personal, kommunalt anställda i övrig kultur, turism och friluftsliv, antal	K	2025
N09030	Månadsavlönade inom kultur och fritid, kommun, antal	K	2025
N09031	Årsarbetare, kommunalt anställda fritidsledare, antal	K	2025
N09032	Årsarbetare, kommunalt anställda bibliotekarier, biblioteksassistenter, antal	K	2025
N09033	Årsarbetare, kommunalt anställda i övrig kultur, turism och friluftsliv, antal	K	2025
N09034	Årsarbetare inom kultur och fritid, kommun, antal	K	2025
N09035	Anställda vid kommunala bibliotek, antal/10 000 inv	K	2025
N09040	Kommunens köp av kultur och fritid totalt, andel (%)	K	2025
N09041	Kommunens köp av kultur och fritid från privatägda företag, andel (%)	K	2025
N09042	Gemensamma kostnader fördelade till kulturverksamhet, andel (%)	K	2025
N09043	Gemensamma kostnader fördelade till fritidsverksamhet, andel (%)	K	2025
N09100	Kostnad kulturverksamhet, kr/inv	K	2025
N09101	Kostnad för kulturverksamhet, andel av total driftskostnad, (%)	K	2025
N09102	Kostnad fritidsverksamhet, kr/inv	K	2025
N09103	Kostnad för fritidsverksamhet, andel av total driftskostnad, (%)	K	2025
N09104	Kostnad öppen fritidsverksamhet, kr/inv	K	2025
N09200	Tillsvidareanställda månadsavlönade inom kultur och fritid, andel (%)	K	2025
N09201	Visstidsanställda månadsavlönade inom kultur och fritid, andel (%)	K	2025
N09202	Visstidsanställda timavlönade inom kultur och fritid, andel (%)	K	2025
N09203	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom kultur och fritid, andel (%)	K	2025
N09204	Arbetad tid utförd av visstidsanställda månadsavlönade inom kultur och fritid, andel (%)	K	2025
N09205	Arbetad tid utförd av visstidsanställda timavlönade inom kultur och fritid, andel (%)	K	2025
N09206	Heltidsanställda månadsavlönade inom kultur och fritid, andel (%)	K	2025
N09207	Deltidsanställda (75-99 %) månadsavlönade inom kultur och fritid, andel (%)	K	2025
N09208	Deltidsanställda (1-74 %) månadsavlönade inom kultur och fritid, andel (%)	K	2025
N09209	Heltidsarbetande månadsavlönade inom kultur och fritid, andel (%)	K	2025
N09210	Deltidsarbetande (75-99 %) månadsavlönade inom kultur och fritid, andel (%)	K	2025
N09211	Deltidsarbetande (1-74 %) månadsavlönade inom kultur och fritid, andel (%)	K	2025
N09212	Anställda -34 år inom kultur och fritid, andel (%)	K	2025
N09213	Anställda 35-54 år inom kultur och fritid, andel (%)	K	2025
N09214	Anställda 55+ inom kultur och fritid, andel (%)	K	2025
N09216	Avgångna tillsvidareanställda under året (treårsmedelvärde) inom kultur och fritid, andel (%)	K	-
N09217	Utrikes födda, anställda inom kultur och fritid, balanstal	K	2025
N09218	Anställda 55+ år inom kultur och fritid, antal	K	2025
N09219	Anställda 55-64 år inom kultur och fritid, andel (%)	K	2025
N09220	Anställda 65+ år inom kultur och fritid, andel (%)	K	2025
N09221	Anställda 55-64 år inom kultur och fritid, antal	K	2025
N09222	Anställda 65+ år inom kultur och fritid, antal	K	2025
N09701	Studieförbundens deltagartimmar inom kultur, antal/inv	K	2025
N09801	Lån från kommunala bibliotek, antal/inv	K	2025
N09802	Böcker i kommunala bibliotek, antal/inv	K	2025
N09803	Lån av böcker kommunala bibliotek, antal/inv	K	2025
N09804	Inköpta böcker till kommunala bibliotek, antal/1000 inv	K	2025
N09805	Aktivitetstillfällen för barn och unga i kommunala bibliotek, antal/1000 inv 0-18 år	K	2025
N09806	Kommunala bibliotek, antal/1000 inv	K	2025
N09807	Fysiska besök vid kommunala bibliotek, antal/inv	K	2025
N09808	Öppethållande huvudbiblioteket (eller enskilda bibliotek) med längst öppettid, timmar/vecka	K	2025
N09809	Aktiva låntagare i kommunala bibliotek, andel (%) av befolkningen	K	2025
N09810	Lån av e-böcker i kommunala bibliotek, antal/inv	K	2025
N09811	Barnbokslån i kommunala bibliotek, antal/barn 0-17 år	K	2025
N09812	Summa av totala antalet öppettimmar av alla övriga biblioteksserviceställen, timmar/vecka	K	2025
N09813	Tidningstitlar kommunala bibliotek, antal/1000 inv	K	2025
N09815	Tidskriftstitlar kommunala bibliotek, antal/1000 inv	K	2025
N09817	Genomsnittlig öppettid per bibliotek och vecka	K	2025
N09819	Folkbibliotek, antal	K	2025
N09887	Elever i musik- eller kulturskola, 6-19 år, antal	K	2025
N09888	Elever i musik- eller kulturskola, 6-19 år, andel (%)	K	2025
N09889	Elever i musik- eller kulturskola, 6-15 år, antal	K	2025
N09890	Elever i musik- eller kulturskola, 6-15 år, andel (%)	K	2025
N09891	Flickor i kulturskolan, 6-19 år, andel (%)	K	2025
N09892	Genomsnittlig elevavgift i musik- eller kulturskola, kr/elever 6-19 år	K	2025
N09898	Medarbetarengagemang (HME) kultur och fritid - svarsfrekvens, andel (%)	K	-
N10001	Kostnad förskola och skolbarnsomsorg, kr/inv	K	2025
N10006	Kostnad förskola, fritidshem och pedagogisk omsorg, kr/inv 1-12 år	K	2025
N10007	Kostnad förskola, fritidshem och pedagogisk omsorg, kr/inskrivet barn	K	2025
N10013	Intäkter pedagogisk omsorg, kr/inv	K	2025
N10015	Nettokostnad förskola, fritidshem och annan pedagogisk verksamhet, kr/inv	K	2025
N10016	Nettokostnad pedagogisk omsorg, kr/inv	K	2025
N10021	Kostnad pedagogisk omsorg, kr/inv	K	2025
N10023	Kostnad pedagogisk omsorg, kr/inv 1-12 år	K	2025
N10024	Kostnad pedagogisk omsorg, kr/inskrivet barn	K	2025
N10025	Månadsavlönad personal, kommunalt anställda förskollärare, antal	K	2025
N10026	Månadsavlönad personal, kommunalt anställda i övrigt lärararbete, antal	K	2025
N10027	Månadsavlönad personal, kommunalt anställda elevassistenter, antal	K	2025
N10028	Månadsavlönade inom förskola, fritidshem och pedagogisk omsorg, kommun, antal	K	2025
N10029	Årsarbetare, kommunalt anställda förskollärare, antal	K	2025
N10030	Årsarbetare, kommunalt anställda i övrigt lärararbete, antal	K	2025
N10031	Årsarbetare, kommunalt anställda elevassistenter, antal	K	2025
N10032	Årsarbetare inom förskola, fritidshem och pedagogisk verksamhet, kommun, antal	K	2025
N10036	Gemensamma kostnader fördelade till pedagogisk verksamhet totalt, andel (%)	K	2025
N10037	Kostnad pedagogisk verksamhet, kr/inv	K	2025
N10038	Nettokostnad pedagogisk verksamhet, kr/inv	K	2025
N10040	Månadsavlönad personal, kommunalt anställda behandlingsassistenter/socialpedagoger, antal	K	2025
N10041	Årsarbetare, kommunalt anställda behandlingsassistenter/socialpedagoger, antal	K	2025
N10042	Månadsavlönad personal, kommunalt anställda stödassistenter och stödpedagoger, antal	K	2025
N10043	Årsarbetare, kommunalt anställda stödassistenter och stödpedagoger m.fl., antal	K	2025
N10103	Kostnad grundskola F-9, hemkommun, andel av total driftskostnad (%)	K	2025
N10104	Kostnad gymnasieskola hemkommun, andel av total driftskostnad (%)	K	2025
N10801	Köp av förskola, fritidshem och pedagogisk omsorg, andel (%)	K	2025
N10804	Barn 1-12 år inskrivna i förskola, fritidshem och pedagogisk omsorg, andel  (%)	K	2025
N10805	Barn 1-12 år inskrivna i pedagogisk omsorg, andel  (%)	K	2025
N10806	Elever i pedagogisk omsorg, hemkommun, antal	K	2025
N11002	Intäkter förskola, kr/inv	K	2025
N11003	Nettokostnad öppen förskola, kr/inv	K	2025
N11004	Nettokostnad förskola, kr/inv	K	2025
N11005	Kostnad öppen förskola, kr/inv	K	2025
N11006	Kostnad förskola, kr/inv	K	2025
N11007	Kostnad förskola, kr/inv 1-5 år	K	2025
N11008	Kostnad förskola, kr/inskrivet barn	K	2025
N11009	Personalkostnad som andel av kostnaden för den kommunala förskolan, andel (%)	K	2025
N11010	Inskrivna barn per årsarbetare i förskolan, kommunal regi, antal	K	2025
N11011	Inskrivna barn per årsarbetare i förskolan, enskild regi, antal	K	2025
N11012	Månadsavlönad personal, kommunalt anställda barnskötare, antal	K	2025
N11013	Månadsavlönad personal, kommunalt anställda dagbarnvårdare, antal	K	2025
N11014	Månadsavlönad personal, kommunalt anställda i övrigt skol- och förskolearbete, antal	K	2025
N11015	Årsarbetare, kommunalt anställda barnskötare, antal	K	2025
N11016	Årsarbetare, kommunalt anställda dagbarnvårdare, antal	K	2025
N11017	Årsarbetare, kommunalt anställda i övrigt skol- och förskolearbete, antal	K	2025
N11019	Standardkostnad förskoleverksamhet, kr/inv	K	2026
N11020	Nettokostnad lokaler i kommunal förskola, kr/inskrivet barn	K	2025
N11021	Köp av förskola och skolbarnomsorg från privatägda företag, andel (%)	K	2025
N11022	Köp av förskola och skolbarnomsorg från föreningar och stiftelser, andel (%)	K	2025
N11023	Årsarbetare i förskolan med pedagogisk högskoleexamen, andel (%)	K	2025
N11024	Nettokostnadsavvikelse förskola inkl. öppen förskola, (%)	K	2025
N11025	Referenskostnad förskola inkl. öppen förskola, kr/inv	K	2025
N11026	Åldersersättning förskola inkl. öppen förskola, kr/inv	K	2025
N11027	Behovsnivå förskola inkl. öppen förskola, kr/inv	K	2025
N11028	Produktionsförutsättningar inkl. öppen förskola förskola, kr/inv	K	2025
N11031	Nettokostnad förskola inkl. öppen förskola, kr/inv	K	2025
N11032	Kostnad kommunal förskola, kr/inskrivet barn	K	2025
N11033	Bruttokostnad lokaler kommunal förskola, kr/inskrivet barn	K	2025
N11034	Bruttokostnad personal kommunal förskola, kr/inskrivet barn	K	2025
N11036	Gemensamma kostnader fördelade till förskola, andel (%)	K	2025
N11037	Nettokostnad förskola, kr/inskrivet barn	K	2025
N11038	Nettokostnadsavvikelse förskola inkl öppen förskola, miljoner kronor	K	2025
N11041	Heltidstjänster i förskolan med förskollärarexamen, lägeskommun, andel (%)	K	2025
N11042	Heltidstjänster i förskolan med förskollärarexamen, enskild regi, andel (%)	K	2025
N11043	Heltidstjänster i förskolan med förskollärarexamen, kommunal regi, andel (%)	K	2025
N11044	Barn per barngrupp 1-3 år (småbarnsgrupp) i förskola, lägeskommun, antal	K	2025
N11045	Barn per barngrupp 1-3 år (småbarnsgrupp) i förskola, enskild regi, antal	K	2025
N11046	Barn per barngrupp 1-3 år (småbarnsgrupp) i förskola, kommunal regi, antal	K	2025
N11047	Heltidstjänster i förskolan med gymnasial utbildning för arbete med barn, lägeskommun, andel (%)	K	2025
N11048	Heltidstjänster i förskolan med gymnasial utbildning för arbete med barn, enskild regi, andel (%)	K	2025
N11049	Heltidstjänster i förskolan med gymnasial utbildning för arbete med barn, kommunal regi, andel (%)	K	2025
N11050	Heltidstjänster i förskola med pedagogisk högskoleexamen, lägeskommun, andel (%)	K	2025
N11051	Heltidstjänster i förskola med pedagogisk högskoleexamen, enskild regi, andel (%)	K	2025
N11052	Heltidstjänster i förskola med pedagogisk högskoleexamen, kommunal regi, andel (%)	K	2025
N11053	Heltidstjänster i förskola med viss pedagogisk utbildning, lägeskommun,  andel (%)	K	2025
N11054	Heltidstjänster i förskola med viss pedagogisk utbildning, enskild regi, andel (%)	K	2025
N11055	Heltidstjänster i förskola med viss pedagogisk utbildning, kommunal regi, andel (%)	K	2025
N11056	Heltidstjänster i förskola med övrig utbildning, lägeskommun, andel (%)	K	2025
N11057	Heltidstjänster i förskola med övrig utbildning, enskild regi, andel (%)	K	2025
N11058	Heltidstjänster i förskola med övrig utbildning, kommunal regi, andel (%)	K	2025
N11060	Förskoleenheter i fristående regi, antal	K	2025
N11061	Förskoleenheter i kommunal regi, antal	K	2025
N11071	Statliga driftbidrag, förskola, kr/inv 1-5 år	K	2025
N11102	Inskrivna barn per årsarbetare i förskolan, lägeskommun, antal	K	2025
N11103	Årsarbetare i förskolan, lägeskommun, antal	K	2025
N11104	Årsarbetare i förskolan, kommunal regi, antal	K	2025
N11105	Årsarbetare i förskolan, enskild regi, antal	K	2025
N11200	Tillsvidareanställda månadsavlönade inom förskola, andel (%)	K	2025
N11201	Visstidsanställda månadsavlönade inom förskola, andel (%)	K	2025
N11202	Visstidsanställda timavlönade inom förskola, andel (%)	K	2025
N11203	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom förskola, andel (%)	K	2025
N11204	Arbetad tid utförd av visstidsanställda månadsavlönade inom förskola, andel (%)	K	2025
N11205	Arbetad tid utförd av visstidsanställda timavlönade inom förskola, andel (%)	K	2025
N11206	Heltidsanställda månadsavlönade inom förskola, andel (%)	K	2025
N11207	Deltidsanställda (75-99 %) månadsavlönade inom förskola, andel (%)	K	2025
N11208	Deltidsanställda (1-74 %) månadsavlönade inom förskola, andel (%)	K	2025
N11209	Heltidsarbetande månadsavlönade inom förskola, andel (%)	K	2025
N11210	Deltidsarbetande (75-99 %) månadsavlönade inom förskola, andel (%)	K	2025
N11211	Deltidsarbetande (1-74 %) månadsavlönade inom förskola, andel (%)	K	2025
N11212	Anställda, -34 år, inom förskola, andel (%)	K	2025
N11213	Anställda, 35-54 år, inom förskola, andel (%)	K	2025
N11214	Anställda 55+ inom förskola, andel (%)	K	2025
N11217	Utrikes födda, anställda inom förskola och skolbarnomsorg, balanstal	K	2025
N11218	Anställda, 55+ år, inom förskola, antal	K	2025
N11219	Anställda, 55-64 år, inom förskola, andel (%)	K	2025
N11220	Anställda 65+ inom förskola, andel (%)	K	2025
N11221	Anställda 55-64 år inom förskola, antal	K	2025
N11222	Anställda 65+ inom förskola, antal	K	2025
N11701	Barn per barngrupp i förskola, lägeskommun, antal	K	2025
N11702	Barn per barngrupp i förskola, enskild regi, antal	K	2025
N11703	Barn per barngrupp i förskola, kommunal regi, antal	K	2025
N11704	Barn per barngrupp 4-5 år i förskola, lägeskommun, antal	K	2025
N11705	Barn per barngrupp 4-5 år i förskola, enskild regi	K	2025
N11706	Barn per barngrupp 4-5 år i förskola, kommunal regi	K	2025
N11710	Barn i fristående förskola, andel (%) av inskrivna barn	K	2025
N11711	Barn i kommunal förskola, andel (%) av inskrivna barn	K	2025
N11730	Inskrivna barn på förskola, kommunal regi, antal	K	2025
N11731	Inskrivna barn på förskola, enskild regi, antal	K	2025
N11732	Antal barn på förskola, lägeskommun, antal	K	2025
N11800	Barn 1-5 år inskrivna i förskola, andel (%)	A	2025
N11801	Barn 1-5 år inskrivna i förskola och pedagogisk omsorg, andel (%)	K	2025
N11802	Förskolebarn i fristående förskola och pedagogisk omsorg, andel  (%)	K	2025
N11803	Barn 1-5 år inskrivna i pedagogisk omsorg, andel (%) av barn 1-5 år inskrivna i förskola och pedagogisk omsorg	K	2025
N11804	Elever i förskoleklass, lägeskommun, antal	K	2025
N11805	Elever i kommunal förskoleklass belägen i kommunen, antal	K	2025
N11806	Elever i förskoleklass i fristående grundskola, lägeskommun, antal	K	2025
N11807	Inskrivna barn på förskola, hemkommun, antal	K	2025
N11808	Heltidstjänster i förskolan med förskollärarlegitimation, lägeskommun, andel (%)	K	2025
N11809	Heltidstjänster i förskolan med förskollärarlegitimation, enskild regi, andel (%)	K	2025
N11810	Heltidstjänster i förskolan med förskollärarlegitimation, kommunal regi, andel (%)	K	2025
N11811	Förskollärartäthet, antal barn/lärare med förskollärarlegitimation, lägeskommun	K	2025
N11812	Förskollärartäthet, antal barn/lärare med förskollärarlegitimation, enskild regi	K	2025
N11813	Förskollärartäthet, antal barn/lärare med förskollärarlegitimation, kommunal regi	K	2025
N11815	Antal invånare 6-12 år inskrivna inom pedagogisk omsorg, antal	K	2025
N11816	Barngrupper i förskolan, lägeskommun, antal	K	2025
N11817	Barngrupper i förskolan, kommunal regi, antal	K	2025
N11818	Barngrupper i förskolan, enskild regi, antal	K	2025
N11820	Barn 1-2 år inskrivna i förskola, andel (%)	K	2025
N11821	Barn 3-5 år inskrivna i förskola, andel (%)	K	2025
N11898	Medarbetarengagemang (HME) förskola - svarsfrekvens, andel (%)	K	-
N13001	Intäkter fritidshem, kr/inv	K	2025
N13002	Intäkter öppen fritidsverksamhet, kr/inv	K	2025
N13003	Nettokostnad öppen fritidsverksamhet, kr/inv	K	2025
N13004	Nettokostnad fritidshem, kr/inv	K	2025
N13006	Kostnad fritidshem, kr/inv	K	2025
N13007	Kostnad fritidshem, kr/inv 6-12 år	K	2025
N13008	Kostnad fritidshem, kr/inskrivet barn	K	2025
N13009	Personalkostnad som andel av kostnaden för kommunala fritidshem, andel (%)	K	2025
N13011	Månadsavlönad personal, kommunalt anställda lärare i fritidshem, antal	K	2025
N13012	Årsarbetare, kommunalt anställda lärare i fritidshem, antal	K	2025
N13014	Inskrivna barn/årsarbetare i fritidshem, lägeskommun, antal	K	2025
N13015	Årsarbetare i fritidshem med pedagogisk högskoleexamen, lägeskommun, andel (%)	K	2025
N13020	Nettokostnadsavvikelse fritidshem inkl. öppen fritidsverksamhet, (%)	K	2025
N13021	Referenskostnad fritidshem inkl. öppen fritidsverksamhet, kr/inv	K	2025
N13022	Åldersersättning fritidshem inkl. öppen fritidsverksamhet, kr/inv	K	2025
N13023	Behovsnivå fritidshem inkl. öppen fritidsverksamhet, kr/inv	K	2025
N13024	Produktionsförutsättningar fritidshem inkl. öppen fritidsverksamhet, kr/inv	K	2025
N13027	Nettokostnad fritidshem inkl. öppen fritidsverksamhet, kr/inv	K	2025
N13028	Kostnad kommunalt fritidshem, kr/inskrivet barn	K	2025
N13029	Nettokostnad lokaler kommunalt fritidshem, kr/inskrivet barn	K	2025
N13030	Kostnad personal kommunalt fritidshem, kr/inskrivet barn	K	2025
N13031	Kostnad övrigt kommunalt fritidshem, kr/inskrivet barn	K	2025
N13032	Nettokostnadsavvikelse fritidshem, inkl. öppen fritidsverksamhet, miljoner kronor	K	2025
N13033	Statliga driftbidrag, fritidshem, kr/inv 6-9 år	K	2025
N13037	Årsarbetare i fritidshem med pedagogisk högskoleexamen, kommunala, andel (%)	K	2025
N13038	Årsarbetare i fritidshem med pedagogisk högskoleexamen, fristående/statliga, andel (%)	K	2025
N13060	Anställda inom pedagogisk omsorg med examen för arbete med barn, andel (%)	K	2025
N13061	Anställda inom pedagogisk omsorg med pedagogisk högskoleexamen, andel (%)	K	2025
N13062	Anställda inom pedagogisk omsorg, antal	K	2025
N13063	Verksamheter inom pedagogisk omsorg i enskild regi, antal	K	2025
N13064	Verksamheter inom pedagogisk omsorg i kommunal regi, antal	K	2025
N13065	Verksamheter inom pedagogisk omsorg, antal	K	2025
N13066	Barn i pedagogisk omsorg, enskild regi, andel (%)	K	2025
N13067	Barn i pedagogisk omsorg, kommunal regi, andel (%)	K	2025
N13068	Barn per anställd i pedagogisk omsorg, antal	K	2025
N13700	Inskrivna barn i omsorg på obekväma tider 1-5 år, antal	K	2025
N13800	Barn 6-12 år inskrivna i fritidshem, andel  (%)	K	2025
N13801	Elever i fritidshem, hemkommun, antal	K	2025
N13802	Elever/anställd i fristående fritidshem, antal	K	2025
N13803	Elever/anställd i kommunal fritidshem, antal	K	2025
N13804	Elever/anställd (heltidstjänst) i fristående fritidshem, antal (-2023)	K	-
N13805	Inskrivna barn/årsarbetare i kommunala fritidshem, antal	K	2025
N13890	Barn 6-9 år inskrivna i fritidshem, andel (%)	K	2025
N13891	Barn 10-12 år inskrivna i fritidshem, andel (%)	K	2025
N13900	Invånare 6-12 år, andel (%)	A	2026
N15001	Nettokostnadsavvikelse grundskola F-9, (%)	K	2025
N15004	Kostnad grundskola åk 1-9, hemkommun, kr/inv	K	2025
N15005	Kostnad förskoleklass, hemkommun, kr/elev	K	2025
N15006	Kostnad grundskola åk 1-9, hemkommun, kr/elev	K	2025
N15008	Kostnad för kommunal grundskola åk 1-9, kr/elev	K	2025
N15009	Kostnad för lokaler i kommunal grundskola åk 1-9, kr/elev	K	2025
N15010	Övriga kostnader i kommunal grundskola åk 1-9, kr/elev	K	2025
N15011	Kostnad för undervisning i kommunal grundskola åk 1-9, kr/elev	K	2025
N15012	Kostnad för lärverktyg i kommunal grundskola åk 1-9, kr/elev	K	2025
N15013	Kostnad för måltider i kommunal grundskola åk 1-9, kr/elev	K	2025
N15014	Kostnad elevhälsa i kommunal grundskola åk 1-9, kr/elev	K	2025
N15015	Nettokostnad förskoleklass, kr/inv	K	2025
N15016	Nettokostnad grundskola åk 1-9, kr/inv	K	2025
N15018	Referenskostnad grundskola F-9, kr/inv	K	2025
N15020	Kostnad förskoleklass, hemkommun, kr/inv	K	2025
N15021	Månadsavlönad personal, kommunalt anställda grundskollärare, antal	K	2025
N15022	Månadsavlönade inom grundskola inkl förskoleklass, kommun, antal	K	2025
N15023	Årsarbetare, kommunalt anställda grundskollärare, antal	K	2025
N15024	Årsarbetare inom grundskola F-9, kommun, antal	K	2025
N15025	Kostnad grundskola F-9, hemkommun, kr/inv	K	2025
N15027	Kostnad grundskola F-9, hemkommun, kr/elev	K	2025
N15028	Nettokostnad grundskola F-9, kr/inv	K	2025
N15029	Standardkostnad grundskola F-9, kr/inv	K	2026
N15030	Lärare med pedagogisk högskoleexamen i grundskola åk 1-9, lägeskommun, andel (%)	K	2025
N15031	Lärare med pedagogisk högskoleexamen i kommunal grundskola åk 1-9, andel (%)	K	2025
N15032	Lärare med pedagogisk högskoleexamen, fristående grundskola åk 1-9, andel (%)	K	2025
N15033	Elever/lärare (heltidstjänst) i grundskola åk 1-9, lägeskommun, antal	K	2025
N15034	Elever/lärare (heltidstjänst) i kommunal grundskola åk 1-9, antal	K	2025
N15035	Elever/lärare (heltidstjänst), fristående grundskola åk 1-9, antal	K	2025
N15040	Kommunens köp av grundskola F-9 totalt, andel (%)	K	2025
N15042	Kommunens köp av grundskola F-9 från privatägda företag, andel (%)	K	2025
N15044	Kommunens köp av grundskola F-9 från föreningar och stiftelser, andel (%)	K	2025
N15045	Nettokostnadsavvikelse grundskola F-9, miljoner kronor	K	2025
N15046	Kommunens köp av grundskola F-9 från andra kommuner, andel (%)	K	2025
N15047	Gemensamma kostnader fördelade till förskoleklass, andel (%)	K	2025
N15048	Statliga driftbidrag, grundskola F-9, kr/elev	K	2025
N15050	Åldersersättning grundskola inkl. förskoleklass, kr/inv	K	2025
N15051	Behovsnivå grundskola inkl. förskoleklass, kr/inv	K	2025
N15052	Produktionsförutsättningar grundskola inkl. förskoleklass, kr/inv	K	2025
N15053	Kostnad kommunal förskoleklass, kr/elev	K	2025
N15054	Bruttokostnad lokaler kommunal förskoleklass, kr/elev	K	2025
N15055	Kostnad personal kommunal förskoleklass, kr/elev	K	2025
N15056	Kostnad övrigt kommunal förskoleklass, kr/elev	K	2025
N15057	Gemensamma kostnader fördelade till grundskola, andel (%)	K	2025
N15058	Referenskostnad grundskola F-9, kr/elev	K	2025
N15060	Kostnad kommunal grundskola F-9, kr/elev	K	2025
N15061	Kostnad för lokaler i kommunal grundskola F-9, kr/elev	K	2025
N15062	Kostnad för undervisning i kommunal grundskola F-9, kr/elev	K	2025
N15063	Övriga kostnader i kommunal grundskola F-9, kr/elev	K	2025
N15100	Elever/lärare (heltidstjänst) i kommunal grundskola F-9, antal (-2023)	K	-
N15140	Pedagogisk personal grundskola: Tycker du att du lyckas förklara för eleverna vad de behöver kunna i de ämnen du undervisar i? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15200	Tillsvidareanställda månadsavlönade inom grundskola, andel (%)	K	2025
N15201	Visstidsanställda månadsavlönade inom grundskola, andel (%)	K	2025
N15202	Visstidsanställda timavlönade inom grundskola, andel (%)	K	2025
N15203	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom grundskola, andel (%)	K	2025
N15204	Arbetad tid utförd av visstidsanställda månadsavlönade inom grundskola, andel (%)	K	2025
N15205	Arbetad tid utförd av visstidsanställda timavlönade inom grundskola, andel (%)	K	2025
N15206	Heltidsanställda månadsavlönade inom grundskola, andel (%)	K	2025
N15207	Deltidsanställda (75-99 %) månadsavlönade inom grundskola, andel (%)	K	2025
N15208	Deltidsanställda (1-74 %) månadsavlönade inom grundskola, andel (%)	K	2025
N15209	Heltidsarbetande månadsavlönade inom grundskola, andel (%)	K	2025
N15210	Deltidsarbetande (75-99 %) månadsavlönade inom grundskola, andel (%)	K	2025
N15211	Deltidsarbetande (1-74 %) månadsavlönade inom grundskola, andel (%)	K	2025
N15212	Anställda, -34 år, inom grundskola, andel (%)	K	2025
N15213	Anställda, 35-54 år, inom grundskola, andel (%)	K	2025
N15214	Anställda, 55+ år, inom grundskola, andel (%)	K	2025
N15215	Nya tillsvidareanställda under året (treårsmedelvärde) inom grundskola inkl. förskoleklass, andel (%)	K	-
N15216	Avgångna tillsvidareanställda under året (treårsmedelvärde) inom grundskola inkl. förskoleklass, andel (%)	K	-
N15217	Utrikes födda, anställda inom grundskola inkl. förskoleklass, balanstal	K	2025
N15218	Anställda, 55+ år, inom grundskola, antal	K	2025
N15219	Anställda, 55-64 år, inom grundskola, andel (%)	K	2025
N15220	Anställda 65+ inom grundskola, andel (%)	K	2025
N15221	Anställda 55-64 år inom grundskola, antal	K	2025
N15222	Anställda 65+ inom grundskola, antal	K	2025
N15300	Pedagogisk personal grundskola: Hur tycker du att eleverna bemöter varandra i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)	K	2026
N15301	Pedagogisk personal grundskola: Hur tycker du att eleverna bemöter er vuxna i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)	K	2026
N15302	Pedagogisk personal grundskola: Upplever du att ni vuxna i skolan har koll på vad som händer på rasterna?  Andel som har svarat "Alltid" eller "Ofta" (%)	K	2026
N15303	Pedagogisk personal grundskola: Upplever du att eleverna kan vara sig själva i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15304	Pedagogisk personal grundskola: Upplever du att eleverna känner sig trygga i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15305	Pedagogisk personal grundskola: Upplever du att ni vuxna i skolan gör tillräckligt om en elev blir illa behandlad? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15306	Pedagogisk personal grundskola: Hur uppfattar du möjligheterna för eleverna att få stöd från elevhälsan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)	K	2026
N15307	Pedagogisk personal grundskola: Hur tycker du att elevhälsans förebyggande och hälsofrämjande arbete fungerar? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)	K	2026
N15308	Pedagogisk personal grundskola: Hur uppfattar du möjligheterna för er lärare att få stöd från elevhälsan om det skulle behövas? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)	K	2026
N15310	Pedagogisk personal grundskola: Tycker du att extra anpassningar ges skyndsamt till de elever som riskerar att inte nå kunskapskraven? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15311	Pedagogisk personal grundskola: Tycker du att skolan utreder behovet av särskilt stöd skyndsamt när extra anpassningar inte är tillräckliga? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15312	Pedagogisk personal grundskola: Tycker du att skolan ger stöd i enlighet med de behov som utredningar om särskilt stöd visar? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15313	Pedagogisk personal grundskola: Hur ofta upplever du att det är studiero på dina lektioner? Andel som har svarat "Alltid" eller "Ofta" (%)	K	2026
N15314	Pedagogisk personal grundskola: Hur ofta går en stor del av lektionstiden till att upprätthålla ordningen?  Andel som har svarat "Aldrig" eller "Sällan" (%)	K	2026
N15315	Pedagogisk personal grundskola: Hur ofta upplever du att alla elever får den hjälp de behöver på dina lektioner? Andel som har svarat "Alltid" eller "Ofta" (%)	K	2026
N15316	Pedagogisk personal grundskola: Hur ofta lyckas du väcka elevernas intresse för skolarbetet?  Andel som har svarat "Alltid" eller "Ofta" (%)	K	2026
N15318	Pedagogisk personal grundskola: Tycker du att du lyckats variera undervisningen så att eleverna får arbeta på olika sätt? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15319	Pedagogisk personal grundskola: Tycker du att ni lärare lyckats få eleverna att tro på sig själva i skolarbetet?  Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15320	Pedagogisk personal grundskola: Hur mycket får dina elever, utifrån ålder och mognad, vara med och påverka hur ni ska arbeta på lektionerna?  Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)	K	2026
N15321	Pedagogisk personal grundskola: Hur mycket upplever du att de vuxna i skolan lyssnar på förslag från eleverna till exempel från klassråd och elevråd? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)	K	2026
N15322	Pedagogisk personal grundskola: Tycker du att dina elver får det stöd från skolan som behövs för att klara skolarbetet? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15323	Pedagogisk personal grundskola: Tycker du att du lyckats ge tillräckliga utmaningar till de elever som kommit långt i sin kunskapsutveckling? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15324	Pedagogisk personal grundskola: Tycker du att dina elever får veta hur det går för dem i dina ämnen? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15325	Pedagogisk personal grundskola: Hur mycket pratar du med dina elever om att allt man hör och läser inte behöver vara sant (källkritik)? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)	K	2026
N15326	Pedagogisk personal grundskola: Hur mycket får dina elever öva på att diskutera frågor där man kan ha olika uppfattningar? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)	K	2026
N15327	Pedagogisk personal grundskola: Tycker du att ni lärare ger alla elever samma möjligheter oavsett om de är flickor, pojkar eller har annan könsidentitet? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N15328	Pedagogisk personal grundskola: I vilken utsträckning tycker du att skolledningen har tillräcklig kännedom om skolans verksamhet för att leda och samråda den? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15329	Pedagogisk personal grundskola: I vilken utsträckning följs skolans kunskapsresultat upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15330	Pedagogisk personal grundskola: I vilken utsträckning följs elevernas upplevelse av trygghet upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15331	Pedagogisk personal grundskola: I vilken utsträckning följs elevernas upplevelse av studiero upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15332	Pedagogisk personal grundskola: I vilken utsträckning är ni lärare delaktiga i skolans uppföljningsarbete (som del av det systematiska kvalitetsarbetet)? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15333	Pedagogisk personal grundskola: I vilken utsträckning genomförs utvecklingsinsatser och förbättringsarbeten som du tycker behövs i skolan? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15334	Pedagogisk personal grundskola: I vilken utsträckning arbetar skolan för att främja jämställdhet i undervisningen? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15335	Pedagogisk personal grundskola: I vilken utsträckning finns organisatoriska förutsättningar i skolan som främjar samverkan mellan lärarna? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15336	Pedagogisk personal grundskola: I vilken utsträckning delar du och dina kollegor med er av kunskap och lär av varandra? (Kollegialt lärande) Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15337	Pedagogisk personal grundskola: I vilken utsträckning samverkar du med kollegor när du planerar undervisningen? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15338	Pedagogisk personal grundskola: I vilken utsträckning samverkar du och dina kollegor kring bedömning och betygssättning? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15339	Pedagogisk personal grundskola: I vilken utsträckning bedrivs det ett arbete i skolan för att säkerställa att bedömningar och omdömen/betyg är likvärdiga? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N15418	Elever i åk 9 som uppnått betygskriterierna i alla ämnen, lägeskommun, andel (%)	K	2026
N15419	Elever i åk 9 som uppnått betygskriterierna i alla ämnen, kommunala skolor,  andel (%)	K	2026
N15420	Elever i åk 9 som uppnått betygskriterierna i alla ämnen, fristående skolor,  andel (%)	K	2026
N15421	Elever i åk 9 som är behöriga till naturvetenskaps- och teknikprogrammen, lägeskommun, andel (%)	K	2026
N15422	Elever i åk 9 som är behöriga till ekonomi-, humanistiska och samhällsvetenskapsprogrammen, lägeskommun, andel (%)	K	2026
N15423	Elever i åk 9 som är behöriga till estetiska programmet, lägeskommun, andel (%)	K	2026
N15424	Elever i åk 9 som är behöriga till yrkesprogram, lägeskommun, andel (%)	K	2026
N15425	Elever i åk 9 som är behöriga till naturvetenskaps- och teknikprogrammen, hemkommun,  andel (%)	K	2026
N15426	Elever i åk 9 som är behöriga till ekonomi-, humanistiska och samhällsvetenskapsprogrammen, hemkommun,  andel (%)	K	2026
N15427	Elever i åk 9 som är behöriga till estetiska programmet, hemkommun,  andel (%)	K	2026
N15428	Elever i åk 9 som är behöriga till yrkesprogram, hemkommun, andel (%)	A	2026
N15429	Elever i åk 9 som är behöriga till naturvetenskaps- och teknikprogrammen, fristående skolor,  andel (%)	K	2026
N15430	Elever i åk 9 som är behöriga till ekonomi-, humanistiska och samhällsvetenskapsprogrammen, fristående skolor,  andel (%)	K	2026
N15431	Elever i åk 9 som är behöriga till estetiska programmet, fristående skolor,  andel (%)	K	2026
N15432	Elever i åk 9 som är behöriga till yrkesprogram, fristående skolor,  andel (%)	K	2026
N15433	Elever i åk 9 som är behöriga till naturvetenskaps- och teknikprogrammen, kommunala skolor,  andel (%)	K	2026
N15434	Elever i åk 9 som är behöriga till ekonomi-, humanistiska och samhällsvetenskapsprogrammen, kommunala skolor,  andel (%)	K	2026
N15435	Elever i åk 9 som är behöriga till estetiska programmet, kommunala skolor,  andel (%)	K	2026
N15436	Elever i åk 9 som är behöriga till yrkesprogram, kommunala skolor,  andel (%)	K	2026
N15443	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i svenska och svenska som andraspråk, lägeskommun, andel (%)  (-2023)	K	-
N15444	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i matematik, lägeskommun, andel (%) (-2023)	K	-
N15446	Elever i åk 3 som klarat alla delar av nationella proven för ämnesproven i SV, Sv2 och MA, lägeskommun, genomsnittlig andel (%) (-2023)	K	-
N15447	Elever i åk 3 som som klarat alla delar av nationella proven för ämnesprovet i svenska (ej svenska som andraspråk), lägeskommun, andel (%) (-2023)	K	-
N15449	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i svenska (ej svenska som andraspråk), fristående skolor, andel (%) (-2023)	K	-
N15450	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i svenska (ej svenska som andraspråk), kommunala skolor, andel (%)	K	2026
N15451	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i svenska och svenska som andraspråk, fristående skolor, andel (%)	K	2026
N15452	Elever i åk 3 som klarat alla delar av nationella proven för ämnesproven i svenska och svenska som andraspråk, kommunala skolor, andel (%)	K	2026
N15453	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i matematik, fristående skolor, andel (%)	K	2026
N15454	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i matematik, kommunala skolor, andel (%)	K	2026
N15455	Elever i åk 3 som som klarat alla delar av nationella proven för ämnesproven i SV, Sv2 och MA, lägeskommun, fristående skola, genomsnittlig andel (%) (-2023)	K	-
N15456	Elever i åk 3 som klarat alla delar av nationella proven för ämnesproven i SV, Sv2 och MA, kommunal skola, genomsnittlig andel (%) (-2023)	K	-
N15472	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i svenska och svenska som andraspråk, hemkommun, andel (%)	K	2026
N15473	Elever i åk 3 som klarat alla delar av nationella proven för ämnesprovet i matematik, hemkommun, andel (%)	K	2026
N15480	Elever i åk 6 med lägst betyget E i engelska, lägeskommun, andel (%)	K	2026
N15481	Elever i åk 6 med lägst betyget E i engelska, fristående grundskola, andel (%)	K	2026
N15482	Elever i åk 6 med lägst betyget E i engelska, kommunala skolor, andel (%)	K	2026
N15483	Elever i åk 6 med lägst betyget E i matematik, lägeskommun, andel (%)	K	2026
N15484	Elever i åk 6 med lägst betyget E i matematik, fristående grundskola, andel (%)	K	2026
N15485	Elever i åk 6 med lägst betyget E i matematik, kommunala skolor, andel (%)	K	2026
N15486	Elever i åk 6 med lägst betyget E i svenska, lägeskommun, andel (%)	K	2026
N15487	Elever i åk 6 med lägst betyget E i svenska, fristående grundskola, andel (%)	K	2026
N15488	Elever i åk 6 med lägst betyget E i svenska, kommunala skolor, andel (%)	K	2026
N15492	Elever i åk 9 med lägst betyget E  i engelska, lägeskommun, andel (%)	K	2026
N15493	Elever i åk 9 med lägst betyget E i engelska, fristående skolor, andel (%)	K	2026
N15494	Elever i åk 9 med lägst betyget E i engelska, kommunala skolor, andel (%)	K	2026
N15495	Elever i åk 9 med lägst betyget E i matematik, lägeskommun, andel (%)	K	2026
N15496	Elever i åk 9 med lägst betyget E i matematik, fristående skolor, andel (%)	K	2026
N15497	Elever i åk 9 med lägst betyget E i matematik, kommunala skolor, andel (%)	K	2026
N15498	Elever i åk 9 med lägst betyget E  i svenska, lägeskommun, andel (%)	K	2026
N15499	Elever i åk 9 med lägst betyget E i svenska, fristående skolor, andel (%)	K	2026
N15502	Elever i åk 9 med lägst betyget E i svenska, kommunala skolor, andel (%)	K	2026
N15503	Elever i åk 9, betygspoäng i matematik, lägeskommun, genomsnitt	K	2026
N15504	Elever i åk. 9, meritvärde lägeskommun, genomsnitt (17 ämnen)	K	2026
N15505	Elever i åk. 9, meritvärde kommunala skolor, genomsnitt (17 ämnen)	K	2026
N15506	Elever i åk 9, meritvärde fristående skolor i kommunen, genomsnitt (17 ämnen)	K	2026
N15507	Elever i åk 9, meritvärde, hemkommun, genomsnitt (17 ämnen)	K	2026
N15508	Elever i åk 9 som uppnått betygskriterierna i alla ämnen, hemkommun, andel (%)	K	2026
N15509	Elever i åk 6, betygspoäng i matematik, lägeskommun, genomsnitt	K	2026
N15510	Elever i åk 6, betygspoäng i svenska, lägeskommun, genomsnitt	K	2026
N15511	Elever i åk 6, betygspoäng i svenska som andraspråk, lägeskommun, genomsnitt	K	2026
N15512	Elever i åk 6 med lägst betyget E i svenska som andraspråk, lägeskommun, andel (%)	K	2026
N15513	Elever i åk 6, betygspoäng i matematik, kommunala skolor, genomsnitt	K	2026
N15514	Elever i åk 6, betygspoäng i svenska, kommunala skolor, genomsnitt	K	2026
N15515	Elever i åk 6, betygspoäng i svenska som andraspråk, kommunala skolor, genomsnitt	K	2026
N15516	Elever i åk 6 med lägst betyget E i svenska som andraspråk, kommunala skolor, andel (%)	K	2026
N15517	Elever i åk 6, betygspoäng i matematik, fristående grundskola, genomsnitt	K	2026
N15518	Elever i åk 6, betygspoäng i svenska, fristående grundskola, genomsnitt	K	2026
N15519	Elever i åk 6, betygspoäng i svenska som andraspråk, fristående grundskola, genomsnitt	K	2026
N15520	Elever i åk 6 med lägst betyget E i svenska som andraspråk, fristående grundskola, andel (%)	K	2026
N15521	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i svenska som andraspråk, lägeskommun, andel (%)	K	2026
N15522	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i svenska som andraspråk, lägeskommun, andel (%)	K	2026
N15523	Elever i åk 9 betygspoäng i matematik kommunala skolor, genomsnitt	K	2026
N15524	Elever i åk 9 betygspoäng i matematik fristående skolor, genomsnitt	K	2026
N15539	Elever i åk 6 som uppnått betygskriterierna i alla ämnen (som eleven läser), lägeskommun, andel (%)	K	2026
N15540	Elever i åk 6 som uppnått betygskriterierna i alla ämnen (som eleven läser), kommunala skolor, andel (%)	K	2026
N15541	Elever i åk 6 som uppnått betygskriterierna i alla ämnen (som eleven läser), fristående skola, andel (%)	K	2026
N15543	Elever i åk 6 som uppnått betygskriterierna i alla ämnen, hemkommun, andel (%)	K	2026
N15544	Elever i åk 6 med lägst betyget E i engelska, hemkommun, andel (%)	K	2026
N15545	Elever i åk 6 med lägst betyget E i matematik, hemkommun, andel (%)	K	2026
N15546	Elever i åk 6 med lägst betyget E i svenska inkl. svenska som andraspråk, hemkommun, andel (%)	K	2026
N15547	Elever i åk 9 med lägst betyget E i svenska som andraspråk, lägeskommun, andel (%)	K	2026
N15548	Elever i åk 9 med lägst betyget E i svenska som andraspråk, kommunala skolor, andel (%)	K	2026
N15549	Elever i åk 9, med lägst betyget E i svenska som andraspråk, fristående skolor, andel (%)	K	2026
N15560	Elever i åk 9 som uppnått betygskriterierna i alla ämnen (exkl. nyinvandrade och okänd bakgr.), lägeskommun, andel (%)	K	2026
N15561	Elever i åk 9 som uppnått betygskriterierna i alla ämnen (exkl. nyinvandrade och okänd bakgrund), kommunala skolor, andel (%)	K	2026
N15562	Elever i åk 9 som uppnått betygskriterierna i alla ämnen (exkl. nyinvandrade och okänd bakgrund), fristående skolor, andel (%)	K	2026
N15563	Elever i åk 9 som är behöriga till yrkesprogram (exkl. nyinvandrade och okänd bakgr.), lägeskommun, andel (%)	K	2026
N15564	Elever i åk 9 som är behöriga till yrkesprogram (exkl. nyinvandrade och okänd bakgrund), kommunala skolor, andel (%)	K	2026
N15565	Elever i åk 9 som är behöriga till yrkesprogram (exkl. nyinvandrade och okänd bakgr.), fristående skolor, andel (%)	K	2026
N15566	Elever i åk 9 meritvärde lägeskommun (exkl. nyinvandrade och okänd bakgr.), genomsnitt (17 ämnen)	K	2026
N15567	Elever i åk 9 meritvärde kommunala skolor (exkl. nyinvandrade och okänd bakgrund), genomsnitt (17 ämnen)	K	2026
N15568	Elever i åk 9, meritvärde fristående skolor i kommunen (exkl. nyinvandrade och okänd bakgrund), genomsnitt (17 ämnen)	K	2026
N15569	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i svenska, kommunala skolor, andel (%)	K	2026
N15570	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i svenska, kommunala skolor, andel (%)	K	2026
N15571	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i matematik, kommunala skolor, andel (%)	K	2026
N15572	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i matematik, kommunala skolor, andel (%)	K	2026
N15573	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i engelska, kommunala skolor, andel (%)	K	2026
N15574	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i engelska, kommunala skolor, andel (%)	K	2026
N15575	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i svenska som andraspråk, kommunala skolor, andel (%)	K	2026
N15576	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i svenska som andraspråk, kommunala skolor, andel (%)	K	2026
N15600	Elever i åk 5: Hur ofta förklarar lärarna vad du ska göra på lektionerna så att du förstår? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N15601	Elever i åk 5: Hur ofta får du den hjälp du behöver under lektionerna? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N15602	Elever i åk 5: Hur ofta får lärarna dig att bli intresserad av skolarbetet? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N15603	Elever i åk 5: Hur ofta är det arbetsro på lektionerna? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N15604	Elever i åk 5: Hur ofta är det så stökigt på lektionerna att du har svårt att koncentrera dig? Andel som svarat "Aldrig" eller "Sällan", (%)	K	2026
N15605	Elever i åk 5: Hur tycker du att eleverna bemöter varandra i skolan? Andel som svarat "Mycket bra" eller "Ganska bra", (%)	K	2026
N15606	Elever i åk 5: Hur tycker du att eleverna bemöter vuxna i skolan? Andel som svarat "Mycket bra" eller "Ganska bra", (%)	K	2026
N15607	Elever i åk 5: Tycker du att de vuxna i skolan har koll på vad som händer på rasterna? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N15608	Elever i åk 5: Hur lätt eller svårt är det att få hjälp av elevhälsan till exempel skolsköterskan? Andel som svarat "Mycket lätt" eller "Ganska lätt", (%)	K	2026
N15609	Elever i åk 5: Känner du dig rädd för andra elever i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)	K	2026
N15610	Elever i åk 5: Känner du dig rädd för någon lärare eller annan vuxen i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)	K	2026
N15611	Elever i åk 5: Känner du dig orättvist behandlad av någon lärare eller annan vuxen i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)	K	2026
N15612	Elever i åk 5: Känner du att du kan vara dig själv i skolan? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15613	Elever i åk 5: Känner du dig trygg i skolan? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15614	Elever i åk 5: Litar du på att de vuxna i skolan gör tillräckligt om någon elev blir illa behandlad? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15615	Elever i åk 5: Känner du att det finns någon vuxen i skolan som bryr sig om hur du mår? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15617	Elever i åk 5: Tycker du att lärarna varierar lektionerna så att ni får arbeta på olika sätt? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15618	Elever i åk 5: Hur mycket tycker du att ni elever får vara med och påverka hur ni ska arbeta på lektionerna? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N15619	Elever i åk 5: Hur mycket tycker du att de vuxna i skolan lyssnar på förslag från eleverna till exempel från klassråd eller elevråd? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N15621	Elever i åk 5: Hur ofta tycker du att skolarbetet är för svårt? Andel som svarat "Aldrig" eller "Sällan", (%)	K	2026
N15622	Elever i åk 5: Tycker du att du får veta hur det går för dig i skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15623	Elever i åk 5: Tycker du att du får den hjälp du behöver från skolan för att klara skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15624	Elever i åk 5: Tycker du att lärarna får dig att tro på dig själv i skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15625	Elever i åk 5: Tycker du att utvecklingssamtalet är till hjälp för dig i skolarbetet? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N15626	Elever i åk 5: Hur mycket pratar lärarna om att allt man hör och läser, till exempel på internet, inte behöver vara sant (källkritik)? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N15627	Elever i åk 5: Hur mycket tycker du att ni elever får öva på att diskutera frågor där man kan tycka olika? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N15628	Elever i åk 5: Tycker du att lärarna behandlar alla elever lika oavsett om de är flickor, pojkar eller har annan könsidentitet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15629	Elever i åk 5: Hur nöjd är du med din skola? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15630	Elever i åk 8: Hur ofta förklarar lärarna vad du ska göra på lektionerna så att du förstår? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N15631	Elever i åk 8: Hur ofta får du den hjälp du behöver under lektionerna? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N15632	Elever i åk 8: Hur ofta får lärarna dig att bli intresserad av skolarbetet? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N15633	Elever i åk 8: Hur ofta är det arbetsro på lektionerna? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N15634	Elever i åk 8: Hur ofta är det så stökigt på lektionerna att du har svårt att koncentrera dig? Andel som svarat "Aldrig" eller "Sällan", (%)	K	2026
N15635	Elever i åk 8: Hur tycker du att eleverna bemöter varandra i skolan? Andel som svarat "Mycket bra" eller "Ganska bra", (%)	K	2026
N15636	Elever i åk 8: Hur tycker du att eleverna bemöter vuxna i skolan? Andel som svarat "Mycket bra" eller "Ganska bra", (%)	K	2026
N15637	Elever i åk 8: Tycker du att de vuxna i skolan har koll på vad som händer på rasterna? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N15638	Elever i åk 8: Hur lätt eller svårt är det att få hjälp av elevhälsan till exempel skolsköterskan? Andel som svarat "Mycket lätt" eller "Ganska lätt", (%)	K	2026
N15639	Elever i åk 8: Känner du dig rädd för andra elever i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)	K	2026
N15640	Elever i åk 8: Känner du dig rädd för någon lärare eller annan vuxen i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)	K	2026
N15641	Elever i åk 8: Känner du dig orättvist behandlad av någon lärare eller annan vuxen i skolan? Andel som svarat "Aldrig" eller "Sällan", (%)	K	2026
N15642	Elever i åk 8: Känner du att du kan vara dig själv i skolan? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15643	Elever i åk 8: Känner du dig trygg i skolan? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15644	Elever i åk 8: Litar du på att de vuxna i skolan gör tillräckligt om någon elev blir illa behandlad? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15645	Elever i åk 8: Känner du att det finns någon vuxen i skolan som bryr sig om hur du mår? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15647	Elever i åk 8: Tycker du att lärarna varierar lektionerna så att ni får arbeta på olika sätt? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15648	Elever i åk 8: Hur mycket tycker du att ni elever får vara med och påverka hur ni ska arbeta på lektionerna? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N15649	Elever i åk 8: Hur mycket tycker du att de vuxna i skolan lyssnar på förslag från eleverna till exempel från klassråd eller elevråd? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N15651	Elever i åk 8: Hur ofta tycker du att skolarbetet är för svårt? Andel som svarat "Aldrig" eller "Sällan", (%)	K	2026
N15652	Elever i åk 8: Tycker du att du får veta hur det går för dig i skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15653	Elever i åk 8: Tycker du att du får den hjälp du behöver från skolan för att klara skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15654	Elever i åk 8: Tycker du att lärarna får dig att tro på dig själv i skolarbetet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15655	Elever i åk 8: Tycker du att utvecklingssamtalet är till hjälp för dig i skolarbetet? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N15656	Elever i åk 8: Hur mycket pratar lärarna om att allt man hör och läser, till exempel på internet, inte behöver vara sant (källkritik)? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N15657	Elever i åk 8: Hur mycket tycker du att ni elever får öva på att diskutera frågor där man kan tycka olika? Andel som svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N15658	Elever i åk 8: Tycker du att lärarna behandlar alla elever lika oavsett om de är flickor, pojkar eller har annan könsidentitet? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15659	Elever i åk 8: Hur nöjd är du med din skola? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N15720	Elever i åk 9 med lägst betyget E i idrott och hälsa, lägeskommun, andel (%)	K	2026
N15721	Elever i åk 9 med lägst betyget E i idrott och hälsa, fristående skolor, andel (%)	K	2026
N15722	Elever i åk 9 med lägst betyget E i idrott och hälsa, kommunala skolor, andel (%)	K	2026
N15723	Elever i åk 6 med lägst betyget E i idrott och hälsa, lägeskommun, andel (%)	K	2026
N15724	Elever i åk 6 med lägst betyget E i idrott och hälsa, kommunala skolor, andel (%)	K	2026
N15725	Elever i åk 6 med lägst betyget E i idrott och hälsa, fristående skolor, andel (%)	K	2026
N15750	Grundskolor F-9, kommunal regi, antal	K	2025
N15751	Grundskolor F-9, fristående regi, antal	K	2025
N15752	Antal elever per skolenhet, grundskola, genomsnitt	K	2025
N15807	Elever i grundskola belägen i kommunen åk 1-9, lägeskommun, antal	K	2025
N15808	Lärare i grundskola belägen i kommunen, antal	K	2025
N15809	Elever i kommunal grundskola belägen i kommunen åk 1-9, antal	K	2025
N15810	Elever i fristående grundskola belägen i kommunen åk 1-9, antal	K	2025
N15811	Lärare i kommunal grundskola belägen i kommunen, antal	K	2025
N15812	Lärare i fristående grundskola belägen i kommunen, antal	K	2025
N15813	Lärare (heltidstjänster) med lärarlegitimation och behörighet i grundskola åk 1-9, lägeskommun, andel (%)	K	2025
N15814	Lärare (heltidstjänster) med lärarlegitimation och behörighet i grundskola åk 1-9, kommunala skolor, andel (%)	K	2025
N15815	Lärare (heltidstjänster) med lärarlegitimation och behörighet i grundskola åk 1-9, fristående skolor, andel (%)	K	2025
N15816	Elever vars föräldrar har eftergymnasial utbildning, åk 1-9 i lägeskommun, andel (%)	K	2025
N15817	Flickor i grundskola åk 1-9, lägeskommun, andel (%)	K	2025
N15818	Utländsk bakgrund bland elever i åk 1-9, lägeskommun, andel (%)	K	2025
N15819	Nyinvandrade och elever med okänd bakgrund i åk 9, lägeskommun, andel (%) (-2025)	K	-
N15820	Elever vars föräldrar har eftergymnasial utbildning, åk 1-9 i kommunal grundskola, andel (%)	K	2025
N15821	Flickor i grundskola åk. 1-9, kommunala skolor, andel (%)	K	2025
N15822	Utländsk bakgrund bland elever i åk 1-9, kommunala skolor, andel (%)	K	2025
N15823	Nyinvandrade och elever med okänd bakgrund i åk 9, kommunala skolor, andel (%) (-2025)	K	-
N15824	Elever vars föräldrar har eftergymnasial utbildning, fristående grundskola åk 1-9, lägeskommun, andel (%)	K	2025
N15825	Flickor, fristående grundskola åk 1-9, andel (%)	K	2025
N15826	Utländsk bakgrund bland elever, fristående grundskola åk 1-9, andel (%)	K	2025
N15828	Elever i förskoleklass, hemkommun, antal	K	2025
N15829	Elever i grundskola åk. 1-9, hemkommun, antal	K	2025
N15830	Elever i grundskola F-9, kommunal skola i kommunen, hemkommun, andel (%)	K	2025
N15831	Elever i grundskola F-9, fristående skola i kommunen eller skola i annan kommun, hemkommun, andel (%)	K	2025
N15832	Elever i grundskola F-9, lägeskommun, antal	K	2025
N15833	Elever i kommunal grundskola F-9 belägen i kommunen, antal	K	2025
N15834	Elever, fristående grundskola F-9, antal	K	2025
N15835	Elever i grundskola F-9, hemkommun, antal	A	2025
N15890	Elever i grundskola F-9, fristående skola i kommunen, hemkommun, andel (%) (-2023)	K	-
N15898	Medarbetarengagemang (HME) grundskola - svarsfrekvens, andel (%)	K	-
N15901	Nyinvandrade elever, grundskola åk 1-9, hemkommun, andel (%)	K	2025
N15902	Nyinvandrade och elever med okänd bakgrund i kommunal grundskola åk. 1-9, andel (%)	K	2025
N15903	Nyinvandrade och elever med okänd bakgrund, fristående grundskola åk 1-9, andel (%)	K	2025
N16003	Gymnasieelever i år 2:  Tycker du att lärarna förklarar vad du behöver kunna i de olika ämnena? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N16004	Gymnasieelever i år 2: Tycker du att du får tillräckliga utmaningar i skolarbetet? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N16010	Elever i åk 5:  Tycker du att lärarna förklarar vad du behöver kunna i de olika ämnena? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N16011	Elever i åk 5: Tycker du att du får tillräckliga utmaningar i skolarbetet? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N16020	Elever i åk 8:  Tycker du att lärarna förklarar vad du behöver kunna i de olika ämnena? Andel som svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N16021	Elever i åk 8: Tycker du att du får tillräckliga utmaningar i skolarbetet? Andel som svarat "Alltid" eller "Ofta", (%)	K	2026
N17001	Nettokostnadsavvikelse gymnasieskola, (%)	K	2025
N17004	Kostnad gymnasieskola hemkommun, kr/inv	K	2025
N17005	Kostnad gymnasieskola hemkommun, kr/elev	K	2025
N17007	Kostnad för kommunal gymnasieskola, kr/elev	K	2025
N17008	Kostnader för lokaler i kommunal gymnasieskola, kr/elev	K	2025
N17009	Övriga kostnader i kommunal gymnasieskola, kr/elev	K	2025
N17010	Kostnader för undervisning i kommunal gymnasieskola, kr/elev	K	2025
N17011	Kostnad för lärverktyg i kommunal gymnasieskola, kr/elev	K	2025
N17012	Kostnad för måltider i kommunal gymnasieskola, kr/elev	K	2025
N17013	Kostnad elevhälsa i kommunal gymnasieskola, kr/elev	K	2025
N17014	Nettokostnad gymnasieskola, kr/inv	K	2025
N17016	Referenskostnad gymnasieskola, kr/inv	K	2025
N17018	Månadsavlönad personal, kommunalt anställda gymnasielärare, antal	K	2025
N17019	Månadsavlönade inom gymnasieskola/komvux, kommun, antal	K	2025
N17020	Årsarbetare, kommunalt anställda gymnasielärare, antal	K	2025
N17021	Årsarbetare inom gymnasieskola/komvux, kommun, antal	K	2025
N17022	Standardkostnad gymnasieskola, kr/inv	K	2026
N17023	Kommunens köp av gymnasieskola totalt, andel (%)	K	2025
N17024	Kommunens köp av gymnasieskola från privatägda företag, andel (%)	K	2025
N17025	Kommunens köp av gymnasieskola från föreningar och stiftelser, andel (%)	K	2025
N17026	Kommunens köp av gymnasieskola från andra kommuner, andel (%)	K	2025
N17028	Gemensamma kostnader fördelade till gymnasieskola, andel (%)	K	2025
N17029	Referenskostnad gymnasieskola, kr/elev	K	2025
N17030	Nettokostnadsavvikelse gymnasieskola, miljoner kronor	K	2025
N17040	Åldersersättning gymnasieskola, kr/inv	K	2025
N17041	Behovsnivå gymnasieskola, kr/inv	K	2025
N17042	Produktionsförutsättningar gymnasieskola, kr/inv	K	2025
N17044	Statliga driftbidrag, gymnasieskola, kr/inv 16-19 år	K	2025
N17140	Pedagogisk personal gymnasie: Tycker du att du lyckas förklara för eleverna vad de behöver kunna i de ämnen du undervisar i? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17200	Tillsvidareanställda månadsavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17201	Visstidsanställda månadsavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17202	Visstidsanställda timavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17203	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17204	Arbetad tid utförd av visstidsanställda månadsavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17205	Arbetad tid utförd av visstidsanställda timavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17206	Heltidsanställda månadsavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17207	Deltidsanställda (75-99 %) månadsavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17208	Deltidsanställda (1-74 %) månadsavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17209	Heltidsarbetande månadsavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17210	Deltidsarbetande (75-99 %) månadsavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17211	Deltidsarbetande (1-74 %) månadsavlönade inom gymnasieskola och komvux, andel (%)	K	2025
N17212	Anställda -34 år inom gymnasieskola och komvux, andel (%)	K	2025
N17213	Anställda 35-54 år inom gymnasieskola och komvux, andel (%)	K	2025
N17214	Anställda 55+ inom gymnasieskola och komvux, andel (%)	K	2025
N17215	Nya tillsvidareanställda under året (treårsmedelvärde) inom gymnasieskola och komvux, andel (%)	K	-
N17216	Avgångna tillsvidareanställda under året (treårsmedelvärde) inom gymnasieskola och komvux, andel (%)	K	-
N17217	Utrikes födda, anställda inom gymnasieskola och komvux, balanstal	K	2025
N17218	Anställda 55+ år inom gymnasieskola och komvux, antal	K	2025
N17219	Anställda 55-64 år inom gymnasieskola och komvux, andel (%)	K	2025
N17220	Anställda 65+ inom gymnasieskola och komvux, andel (%)	K	2025
N17221	Anställda 55-64 år inom gymnasieskola och komvux, antal	K	2025
N17222	Anställda 65+ år inom gymnasieskola och komvux, antal	K	2025
N17300	Elever i gymnasieskola, kommunalförbund, antal	K	2025
N17301	Gymnasieelever med examen inom 4 år, kommunalförbund, andel (%)	K	2025
N17302	Gymnasieelever med examen inom 4 år, högskoleförberedande program, kommunalförbund, andel (%)	K	2025
N17303	Gymnasieelever med examen inom 4 år, yrkesprogram, kommunalförbund, andel (%)	K	2025
N17304	Gymnasieelever med examen inom 3 år, kommunalförbund, andel (%)	K	2025
N17305	Gymnasieelever med examen inom 3 år, högskoleförberedande program, kommunalförbund, andel (%)	K	2025
N17306	Gymnasieelever med examen inom 3 år, yrkesprogram, kommunalförbund, andel (%)	K	2025
N17307	Kostnad för gymnasieskola inkl anpassad gymnasieskola, kommunalförbund, kr/elev	K	2025
N17308	Köp av huvudverksamhet gymnasieskola inkl. anpassad gymnasieskola, kommunalförbund, kr/elev	K	2025
N17309	Personalkostnader för gymnasieskola inkl. anpassad gymnasieskola, kommunalförbund, kr/elev	K	2025
N17310	Material, tjänster och övriga verksamhetskostnader för gymnasieskola inkl. anpassad gymnasieskola, kommunalförbund, kr/elev	K	2025
N17311	Lämnade bidrag för gymnasieskola inkl. anpassad gymnasieskola, kommunalförbund, kr/elev	K	2025
N17312	Verksamhetens intäkter för gymnasieskola inkl. anpassad gymnasieskola, kommunalförbund, kr/elev	K	2025
N17313	Elever i anpassad gymnasieskola, kommunalförbund, antal	K	2025
N17314	Gymnasieelever med examen inom 3 år, introduktionsprogram, kommunalförbund, andel (%)	K	2025
N17315	Gymnasieelever med examen inom 4 år, introduktionsprogram, kommunalförbund, andel (%)	K	2025
N17330	Pedagogisk personal gymnasie: Hur tycker du att eleverna bemöter varandra i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)	K	2026
N17331	Pedagogisk personal gymnasie: Hur tycker du att eleverna bemöter er vuxna i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)	K	2026
N17332	Pedagogisk personal gymnasie: Upplever du att ni vuxna i skolan har koll på vad som händer på rasterna?  Andel som har svarat "Alltid" eller "Ofta" (%)	K	2026
N17333	Pedagogisk personal gymnasie: Upplever du att eleverna kan vara sig själva i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17334	Pedagogisk personal gymnasie: Upplever du att eleverna känner sig trygga i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17335	Pedagogisk personal gymnasie: Upplever du att ni vuxna i skolan gör tillräckligt om en elev blir illa behandlad? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17336	Pedagogisk personal gymnasie: Hur uppfattar du möjligheterna för eleverna att få stöd från elevhälsan? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)	K	2026
N17337	Pedagogisk personal gymnasie: Hur tycker du att elevhälsans förebyggande och hälsofrämjande arbete fungerar? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)	K	2026
N17338	Pedagogisk personal gymnasie: Hur uppfattar du möjligheterna för er lärare att få stöd från elevhälsan om det skulle behövas? Andel som har svarat "Mycket bra" eller "Ganska bra" (%)	K	2026
N17340	Pedagogisk personal gymnasie: Tycker du att extra anpassningar ges skyndsamt till de elever som riskerar att inte nå kunskapskraven? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17341	Pedagogisk personal gymnasie: Tycker du att skolan utreder behovet av särskilt stöd skyndsamt när extra anpassningar inte är tillräckliga? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17342	Pedagogisk personal gymnasie: Tycker du att skolan ger stöd i enlighet med de behov som utredningar om särskilt stöd visar? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17343	Pedagogisk personal gymnasie: Hur ofta upplever du att det är studiero på dina lektioner? Andel som har svarat "Alltid" eller "Ofta" (%)	K	2026
N17344	Pedagogisk personal gymnasie: Hur ofta går en stor del av lektionstiden till att upprätthålla ordningen?  Andel som har svarat "Aldrig" eller "Sällan" (%)	K	2026
N17345	Pedagogisk personal gymnasie: Hur ofta upplever du att alla elever får den hjälp de behöver på dina lektioner? Andel som har svarat "Alltid" eller "Ofta" (%)	K	2026
N17346	Pedagogisk personal gymnasie: Hur ofta lyckas du väcka elevernas intresse för skolarbetet?  Andel som har svarat "Alltid" eller "Ofta" (%)	K	2026
N17348	Pedagogisk personal gymnasie: Tycker du att du lyckats variera undervisningen så att eleverna får arbeta på olika sätt? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17349	Pedagogisk personal gymnasie: Tycker du att ni lärare lyckats få eleverna att tro på sig själva i skolarbetet?  Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17350	Pedagogisk personal gymnasie: Hur mycket får dina elever, utifrån ålder och mognad, vara med och påverka hur ni ska arbeta på lektionerna?  Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)	K	2026
N17351	Pedagogisk personal gymnasie: Hur mycket upplever du att de vuxna i skolan lyssnar på förslag från eleverna till exempel från klassråd och elevråd? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)	K	2026
N17352	Pedagogisk personal gymnasie: Tycker du att dina elever får det stöd från skolan som behövs för att klara skolarbetet? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17353	Pedagogisk personal gymnasie: Tycker du att du lyckats ge tillräckliga utmaningar till de elever som kommit långt i sin kunskapsutveckling? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17354	Pedagogisk personal gymnasie: Tycker du att dina elever får veta hur det går för dem i dina ämnen? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17355	Pedagogisk personal gymnasie: Hur mycket pratar du med dina elever om att allt man hör och läser inte behöver vara sant (källkritik)? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)	K	2026
N17356	Pedagogisk personal gymnasie: Hur mycket får dina elever öva på att diskutera frågor där man kan ha olika uppfattningar? Andel som har svarat "Väldigt mycket" eller "Ganska mycket" (%)	K	2026
N17357	Pedagogisk personal gymnasie: Tycker du att ni lärare ger alla elever samma möjligheter oavsett om de är flickor, pojkar eller har annan könstillhörighet? Andel som har svarat "Helt och hållet" eller "Till stor del" (%)	K	2026
N17358	Pedagogisk personal gymnasie: I vilken utsträckning tycker du att skolledningen har tillräcklig kännedom om skolans verksamhet för att leda och samråda den? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17359	Pedagogisk personal gymnasie: I vilken utsträckning följs skolans kunskapsresultat upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17360	Pedagogisk personal gymnasie: I vilken utstrcäkning följs elevernas upplevelse av trygghet upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17361	Pedagogisk personal gymnasie: I vilken utsträckning följs elevernas upplevelse av studiero upp? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17362	Pedagogisk personal gymnasie: I vilken utsträckning är ni lärare delaktiga i skolans uppföljningsarbete (som del av det systematiska kvalitetsarbetet)? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17363	Pedagogisk personal gymnasie: I vilken utsträckning genomförs utvecklingsinsatser och förbättringsarbeten som du tycker behövs i skolan? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17364	Pedagogisk personal gymnasie: I vilken utsträckning arbetar skolan för att främja jämställdhet i undervisningen? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17365	Pedagogisk personal gymnasie: I vilken utsträckning finns organisatoriska förutsättningar i skolan som främjar samverkan mellan lärarna? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17366	Pedagogisk personal gymnasie: I vilken utsträckning delar du och dina kollegor med er av kunskap och lär av varandra? (Kollegialt lärande) Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17367	Pedagogisk personal gymnasie: I vilken utsträckning samverkar du med kollegor när du planerar undervisningen? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17368	Pedagogisk personal gymnasie: I vilken utsträckning samverkar du och dina kollegor kring bedömning och betygssättning? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17369	Pedagogisk personal gymnasie: I vilken utsträckning bedrivs det ett arbete i skolan för att säkerställa att bedömningar och omdömen/betyg är likvärdiga? Andel som har svarat "I mycket stor utsträckning" eller "I ganska stor utsträckning" (%)	K	2026
N17441	Gymnasieelever med examen eller studiebevis inom 3 år, hemkommun, andel (%)	K	2025
N17442	Gymnasieelever med examen eller studiebevis inom 3 år, lägeskommun, andel (%)	K	2025
N17443	Gymnasieelever med examen eller studiebevis inom 3 år, fristående skolor, andel (%)	K	2025
N17444	Gymnasieelever med examen eller studiebevis inom 3 år, kommunala skolor, andel (%)	K	2025
N17445	Gymnasieelever med examen inom 3 år, hemkommun, andel (%)	K	2025
N17446	Gymnasieelever med examen inom 3 år, högskoleförberedande program hemkommun, andel (%)	K	2025
N17447	Gymnasieelever med examen inom 3 år, yrkesprogram hemkommun, andel (%)	K	2025
N17448	Gymnasieelever med examen inom 3 år, lägeskommun, andel (%)	K	2025
N17449	Gymnasieelever med examen inom 3 år, högskoleförberedande program lägeskommun, andel (%)	K	2025
N17450	Gymnasieelever med examen inom 3 år, yrkesprogram lägeskommun, andel (%)	K	2025
N17451	Gymnasieelever med examen inom 3 år, kommunala skolor, andel (%)	K	2025
N17452	Gymnasieelever med examen inom 3 år, högskoleförberedande program kommunala skolor, andel (%)	K	2025
N17453	Gymnasieelever med examen inom 3 år, yrkesprogram kommunala skolor, andel (%)	K	2025
N17454	Gymnasieelever med examen inom 3 år, fristående skolor, andel (%)	K	2025
N17455	Gymnasieelever med examen inom 3 år, högskoleförberedande program fristående skolor, andel (%)	K	2025
N17456	Gymnasieelever med examen inom 3 år, yrkesprogram fristående skolor, andel (%)	K	2025
N17457	Gymnasieelever med examen eller studiebevis inom 4 år, hemkommun, andel (%)	K	2025
N17458	Gymnasieelever med examen eller studiebevis inom 4 år, lägeskommun, andel (%)	K	2025
N17459	Gymnasieelever med examen eller studiebevis inom 4 år, kommunala skolor, andel (%)	K	2025
N17460	Gymnasieelever med examen eller studiebevis inom 4 år, fristående skolor, andel (%)	K	2025
N17461	Gymnasieelever med examen inom 4 år, hemkommun, andel (%)	A	-
N17462	Gymnasieelever med examen inom 4 år, högskoleförberedande program hemkommun, andel (%)	K	2025
N17463	Gymnasieelever med examen inom 4 år, yrkesprogram hemkommun, andel (%)	K	2025
N17464	Gymnasieelever med examen inom 4 år, lägeskommun, andel (%)	K	2025
N17465	Gymnasieelever med examen inom 4 år, högskoleförberedande program lägeskommun, andel (%)	K	2025
N17466	Gymnasieelever med examen inom 4 år, yrkesprogram lägeskommun, andel (%)	K	2025
N17467	Gymnasieelever med examen inom 4 år, kommunala skolor, andel (%)	K	2025
N17468	Gymnasieelever med examen inom 4 år, högskoleförberedande program kommunala skolor, andel (%)	K	2025
N17469	Gymnasieelever med examen inom 4 år, yrkesprogram kommunala skolor, andel (%)	K	2025
N17470	Gymnasieelever med examen inom 4 år, fristående skolor, andel (%)	K	2025
N17471	Gymnasieelever med examen inom 4 år, högskoleförberedande program fristående skolor, andel (%)	K	2025
N17472	Gymnasieelever med examen inom 4 år, yrkesprogram fristående skolor, andel (%)	K	2025
N17473	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, hemkommun, andel (%)	K	2025
N17474	Gymnasieelever med grundläggande behörighet till universitet/högskola inom 3 år, högskoleförb pr hemkommun, andel (%)	K	2025
N17475	Gymnasieelever med grundläggande behörighet till universitet/högskola inom 3 år, yrkesprogram hemkommun, andel (%)	K	2025
N17476	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, lägeskommun, andel (%)	K	2025
N17477	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, högskoleförberedande program lägeskommun, andel (%)	K	2025
N17478	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, yrkesprogram lägeskommun, andel (%)	K	2025
N17479	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, kommunala skolor, andel (%)	K	2025
N17480	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, högskoleförberedande program kommunala skolor, andel (%)	K	2025
N17481	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, yrkesprogram kommunala skolor, andel (%)	K	2025
N17482	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, fristående skolor, andel (%)	K	2025
N17483	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, högskoleförberedande program fristående skolor, andel (%)	K	2025
N17484	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, yrkesprogram fristående skolor, andel (%)	K	2025
N17528	Elever som avslutat årskurs 9 på våren och som ej återfanns i gymnasieskolan på hösten, hemkommun, andel (%)	K	2025
N17529	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, yrkesprogram kommunala skolor, andel (%)	K	2025
N17530	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, högskoleförberedande program kommunala skolor, andel (%)	K	2025
N17531	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, kommunala skolor, andel (%)	K	2025
N17532	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, yrkesprogram lägeskommun, andel (%) (-2023)	K	-
N17533	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, yrkesprogram fristående skolor, andel (%)	K	2025
N17534	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, högskoleförberedande program fristående skolor, andel (%)	K	2025
N17535	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, fristående skolor, andel (%)	K	2025
N17536	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, högskoleförberedande program hemkommun, andel (%)	K	2025
N17537	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, yrkesprogram hemkommun, andel (%)	K	2025
N17538	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, hemkommun, andel (%)	K	2025
N17539	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, lägeskommun, andel (%) (-2023)	K	-
N17540	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, högskoleförberedande program lägeskommun, andel (%) (-2023)	K	-
N17541	Gymnasieelever med examen inom 3 år, introduktionsprogram hemkommun, andel (%)	K	2025
N17543	Gymnasieelever med examen inom 3 år, introduktionsprogram lägeskommun, andel (%)	K	2025
N17545	Gymnasieelever med examen inom 3 år, introduktionsprogram kommunala skolor, andel (%)	K	2025
N17547	Gymnasieelever med examen inom 3 år, introduktionsprogram fristående skolor, andel (%)	K	2025
N17549	Gymnasieelever med examen inom 4 år, introduktionsprogram hemkommun, andel (%)	K	2025
N17550	Gymnasieelever med examen eller studiebevis inom 4 år, introduktionsprogram hemkommun, andel (%)	K	2025
N17551	Gymnasieelever med examen inom 4 år, introduktionsprogram lägeskommun, andel (%)	K	2025
N17553	Gymnasieelever med examen inom 4 år, introduktionsprogram kommunala skolor, andel (%)	K	2025
N17555	Gymnasieelever med examen inom 4 år, introduktionsprogram fristående skolor, andel (%)	K	2025
N17557	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, introduktionsprogram hemkommun, andel (%)	K	2025
N17559	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, introduktionsprogram kommunala skolor, andel (%)	K	2025
N17560	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 3 år, introduktionsprogram fristående skolor, andel (%)	K	2025
N17561	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, introduktionsprogram hemkommun, andel (%)	K	2025
N17562	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, introduktionsprogram lägeskommun, andel (%) (-2023)	K	-
N17563	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, introduktionsprogram kommunala skolor, andel (%)	K	2025
N17564	Gymnasieelever som uppnått grundläggande behörighet till universitet och högskola inom 4 år, introduktionsprogram fristående skolor, andel (%)	K	2025
N17623	Gymnasieelever som övergått från IM till nationellt program, hemkommun, andel (%)	K	2025
N17624	Gymnasieelever som övergått från IM till nationellt program, kommunala skolor, andel (%)	K	2025
N17625	Gymnasieelever med indraget studiestöd pga. ogiltig frånvaro, avser läsår, hemkommun, andel (%)	A	2026
N17660	Gymnasieelever i år 2: Hur ofta förklarar lärarna vad du ska göra på lektionerna så att du förstår? Andel som har svarat "Alltid" eller "Ofta", andel (%)	K	2026
N17661	Gymnasieelever i år 2: Hur ofta får du den hjälp du behöver under lektionerna? Andel som har svarat "Alltid" eller "Ofta", andel (%)	K	2026
N17662	Gymnasieelever i år 2: Hur ofta får lärarna dig att bli intresserad av skolarbetet? Andel som har svarat "Alltid" eller "Ofta", andel (%)	K	2026
N17663	Gymnasieelever i år 2: Hur ofta är det arbetsro på lektionerna? Andel som har svarat "Alltid" eller "Ofta", andel (%)	K	2026
N17664	Gymnasieelever i år 2: Hur ofta är det så stökigt på lektionerna att du har svårt att koncentrera dig? Andel som har svarat "Aldrig" eller "Sällan", andel (%)	K	2026
N17665	Gymnasieelever i år 2: Hur tycker du att eleverna bemöter varandra i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra", andel (%)	K	2026
N17666	Gymnasieelever i år 2: Hur tycker du att eleverna bemöter vuxna i skolan? Andel som har svarat "Mycket bra" eller "Ganska bra", andel (%)	K	2026
N17667	Gymnasieelever i år 2: Tycker du att de vuxna i skolan har koll på vad som händer på rasterna? Andel som har svarat "Alltid" eller "Ofta", andel (%)	K	2026
N17668	Gymnasieelever i år 2: Hur lätt eller svårt är det att få hjälp av elevhälsan till exempel skolsköterskan? Andel som har svarat "Mycket lätt" eller "Ganska lätt", andel (%)	K	2026
N17669	Gymnasieelever i år 2: Känner du dig rädd för andra elever i skolan? Andel som har svarat "Aldrig" eller "Sällan", andel (%)	K	2026
N17670	Gymnasieelever i år 2: Känner du dig rädd för någon lärare eller annan vuxen i skolan? Andel som har svarat "Aldrig" eller "Sällan", (%)	K	2026
N17671	Gymnasieelever i år 2: Känner du dig orättvist behandlad av någon lärare eller annan vuxen i skolan? Andel som har svarat "Aldrig" eller "Sällan", (%)	K	2026
N17672	Gymnasieelever i år 2: Känner du att du kan vara dig själv i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N17673	Gymnasieelever i år 2: Känner du dig trygg i skolan? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N17674	Gymnasieelever i år 2: Litar du på att de vuxna i skolan gör tillräckligt om någon elev blir illa behandlad? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N17675	Gymnasieelever i år 2: Känner du att det finns någon vuxen i skolan som bryr sig om hur du mår? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N17677	Gymnasieelever i år 2: Tycker du att lärarna varierar lektionerna så att ni får arbeta på olika sätt? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N17678	Gymnasieelever i år 2: Hur mycket tycker du att ni elever får vara med och påverka hur ni ska arbeta på lektionerna? Andel som har svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N17679	Gymnasieelever i år 2: Hur mycket tycker du att de vuxna i skolan lyssnar på förslag från eleverna till exempel från klassråd eller elevråd? Andel som har svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N17681	Gymnasieelever i år 2: Hur ofta tycker du att skolarbetet är för svårt? Andel som har svarat "Aldrig" eller "Sällan", (%)	K	2026
N17682	Gymnasieelever i år 2: Tycker du att du får veta hur det går för dig i skolarbetet? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N17683	Gymnasieelever i år 2: Tycker du att du får den hjälp du behöver från skolan för att klara skolarbetet? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N17684	Gymnasieelever i år 2: Tycker du att lärarna får dig att tro på dig själv i skolarbetet? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N17685	Gymnasieelever i år 2: Tycker du att utvecklingssamtalet är till hjälp för dig i skolarbetet? Andel som har svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N17686	Gymnasieelever i år 2: Hur mycket pratar lärarna om att allt man hör och läser, till exempel på internet, inte behöver vara sant (källkritik)? Andel som har svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N17687	Gymnasieelever i år 2: Hur mycket tycker du att ni elever får öva på att diskutera frågor där man kan tycka olika? Andel som har svarat "Väldigt mycket" eller "Ganska mycket", (%)	K	2026
N17688	Gymnasieelever i år 2: Tycker du att lärarna behandlar alla elever lika oavsett om de är flickor, pojkar eller har annan könsidentitet? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N17689	Gymnasieelever i år 2: Hur nöjd är du med din skola? Andel som har svarat "Helt och hållet" eller "Till stor del", (%)	K	2026
N17690	Genomsnittlig betygspoäng, gymnasieelever med examen, fristående skolor	K	2026
N17691	Genomsnittlig betygspoäng, gymnasieelever med examen, kommunala skolor	K	2026
N17692	Genomsnittlig betygspoäng, gymnasieelever med examen, lägeskommun	K	2026
N17693	Genomsnittlig betygspoäng, gymnasieelever med examen, högskoleförberedande program fristående skolor	K	2026
N17694	Genomsnittlig betygspoäng, gymnasieelever med examen, högskoleförberedande program kommunala skolor	K	2026
N17695	Genomsnittlig betygspoäng, gymnasieelever med examen, högskoleförberedande program lägeskommun	K	2026
N17696	Genomsnittlig betygspoäng, gymnasieelever med examen, yrkesprogram fristående skolor	K	2026
N17697	Genomsnittlig betygspoäng, gymnasieelever med examen, yrkesprogram kommunala skolor	K	2026
N17698	Genomsnittlig betygspoäng, gymnasieelever med examen, yrkesprogram lägeskommun	K	2026
N17699	Genomsnittlig betygspoäng, gymnasieelever med examen, högskoleförberedande program hemkommun	K	2025
N17700	Genomsnittlig betygspoäng, gymnasieelever med examen, yrkesprogram hemkommun	K	2025
N17701	Genomsnittlig betygspoäng, gymnasieelever med examen, hemkommun	K	2025
N17800	Elever i gymnasieskola, hemkommun, antal	K	2026
N17801	Gymnasieelever på yrkesprogram, hemkommun, andel (%)	K	2026
N17802	Gymnasieelever på högskoleförberedande program, hemkommun, andel (%)	K	2026
N17803	Gymnasieelever på introduktionsprogram (IM), hemkommun, andel (%)	K	2026
N17804	Gymnasieelever som går i fristående gymnasieskola i den egna kommunen, andel (%)	K	2025
N17805	Gymnasieelever som går i annan kommuns gymnasieskola, andel (%)	K	2025
N17806	Gymnasieelever som går i fristående gymnasieskola i annan kommun, andel (%)	K	2025
N17807	Gymnasieelever som går i regionkommunal gymnasieskola, andel (%)	K	2025
N17812	Gymnasieelever i kommunens egna skolor eller kommunalförbunds skolor i kommunen, andel (%)	K	2025
N17813	Lärare med pedagogisk högskoleexamen i gymnasieskola, lägeskommun, andel (%)	K	2025
N17814	Lärare med pedagogisk högskoleexamen i kommunal gymnasieskola, andel (%)	K	2025
N17815	Lärare med pedagogisk högskoleexamen i fristående gymnasieskola, andel (%)	K	2025
N17816	Elever/lärare (heltidstjänst) i gymnasieskola, lägeskommun, antal	K	2025
N17817	Elever/lärare (heltidstjänst) i kommunal gymnasieskola, antal	K	2025
N17818	Elever/lärare (heltidstjänst) i fristående gymnasieskola, antal	K	2025
N17819	Elever i gymnasieskola, lägeskommun, antal	K	2025
N17820	Elever i kommunal gymnasieskola i kommunen, antal	K	2026
N17821	Elever i fristående gymnasieskola i kommunen, antal	K	2026
N17822	Lärare (heltidstjänst) i gymnasieskola, lägeskommun, antal	K	2025
N17823	Lärare (heltidstjänst) i kommunal gymnasieskola i kommunen, antal	K	2025
N17824	Lärare (heltidstjänst) i fristående gymnasieskola i kommunen, antal.	K	2025
N17825	Lärare (heltidstjänster) med lärarlegitimation och behörighet i gymnasieskola, lägeskommun, andel (%)	K	2025
N17826	Lärare (heltidstjänster) med lärarlegitimation och behörighet i gymnasieskola, kommunala skolor, andel (%)	K	2025
N17827	Lärare (heltidstjänster) med lärarlegitimation och behörighet i gymnasieskola, fristående skolor, andel (%)	K	2025
N17828	Gymnasieelever vars föräldrar har eftergymnasial utbildning, lägeskommun, andel (%)	K	2025
N17829	Kvinnor i gymnasieskola, lägeskommun, andel (%)	K	2025
N17830	Utländsk bakgrund bland elever i år 1-3, lägeskommun, andel (%)	K	2025
N17831	Elever vars föräldrar har eftergymnasial utbildning, kommunal gymnasieskola, andel (%)	K	2025
N17832	Kvinnor i gymnasieskola, elever i kommunal gymnasieskola, andel (%)	K	2025
N17833	Utländsk bakgrund bland elever, kommunal gymnasieskola, andel (%)	K	2025
N17834	Elever vars föräldrar har eftergymnasial utbildning, fristående gymnasieskola, andel (%)	K	2025
N17835	Kvinnor i gymnasieskola, elever i fristående gymnasieskola, andel (%)	K	2025
N17836	Utländsk bakgrund bland elever, fristående gymnasieskola, andel (%)	K	2025
N17837	Gymnasieelever på högskoleförberedande program i kommunal gymnasieskola, andel (%)	K	2025
N17838	Gymnasieelever på högskoleförberedande program i fristående gymnasieskola, andel (%)	K	2025
N17839	Gymnasieelever på yrkesprogram i kommunal gymnasieskola, andel (%)	K	2025
N17840	Gymnasieelever på yrkesprogram i fristående gymnasieskola, andel (%)	K	2025
N17841	Gymnasieelever på introduktionsprogram i kommunal gymnasieskola, andel (%)	K	2025
N17842	Gymnasieelever på introduktionsprogram i fristående gymnasieskola, andel (%)	K	2025
N17847	Gymnasieelever på högskoleförberedande program, lägeskommun, andel (%)	K	2025
N17848	Gymnasieelever på introduktionsprogram, lägeskommun, andel (%)	K	2025
N17849	Gymnasieelever på yrkesprogram, lägeskommun, andel (%)	K	2025
N17895	Gymnasieelever i kommunens egna skolor, andel (%)	K	2025
N17896	Gymnasieelever i andra kommuners, kommunalförbunds och regionsskolor, andel (%)	K	2025
N17897	Gymnasieelever i fristående gymnasieskolor, andel (%)	K	2025
N17898	Sökande till gymnasieskolan intagna på förstahandsval, andel (%) (-2023)	K	-
N17899	Gymnasiefrekvens, hemkommun(%)	K	2026
N17901	Nyinvandrade elever i gymnasieskola, hemkommun, andel (%)	K	2026
N17902	Nyinvandrade och elever med okänd bakgrund i kommunal gymnasieskola, andel (%)	K	2026
N17903	Nyinvandrade och elever med okänd bakgrund i fristående gymnasieskola, andel (%)	K	2026
N17940	Gymnasieelever som gått över till universitet/högskola direkt efter gymnasieexamen från högskoleförberedande program, hemkommun, andel (%)	K	2025
N17941	Gymnasieelever som gått över till universitet/högskola direkt efter gymnasieexamen från högskoleförberedande program, kommunal gymnasieskola, andel (%)	K	2025
N17942	Gymnasieelever som gått över till universitet/högskola direkt efter gymnasieexamen från högskoleförberedande program, fristående gymnasieskola, andel (%)	K	2025
N17998	Medarbetarengagemang (HME) gymnasieskola - svarsfrekvens, andel (%)	K	-
N18001	Kostnad komvux, kr/heltidsstuderande	K	2025
N18002	Nettokostnad anpassad grundskola, kr/inv	K	2025
N18003	Nettokostnad anpassad gymnasieskola, kr/inv	K	2025
N18004	Nettokostnad grundläggande vuxenutbildning, kr/inv	K	2025
N18005	Nettokostnad gymnasial vuxenutbildning, kr/inv	K	2025
N18006	Nettokostnad komvux som anpassad utbildning, kr/inv	K	2025
N18007	Nettokostnad högskoleutbildning, kr/inv	K	2025
N18008	Nettokostnad svenska för invandrare, kr/inv	K	2025
N18009	Nettokostnad uppdragsutbildning, kr/inv	K	2025
N18010	Kostnad anpassad grundskola hemkommun, kr/inv	K	2025
N18011	Kostnad anpassad gymnasieskola, kr/inv	K	2025
N18012	Kostnad grundläggande vuxenutbildning, kr/inv	K	2025
N18013	Kostnad gymnasial vuxenutbildning, kr/inv	K	2025
N18014	Kostnad komvux som anpassad utbildning, kr/inv	K	2025
N18015	Kostnad högskoleutbildning, kr/inv	K	2025
N18016	Kostnad svenska för invandrare, kr/inv	K	2025
N18017	Kostnad uppdragsutbildning, kr/inv	K	2025
N18019	Lärare med specialpedagogisk högskoleexamen i anpassad grundskola, lägeskommun, andel (%) (-2023)	K	-
N18020	Kostnad kommunal grundläggande vuxenutbildning, kr/heltidsstuderande	K	2025
N18021	Kostnad anpassad grundskola hemkommun, kr/elev	K	2025
N18022	Köp av övrig utbildning, totalt, andel (%) (-2024)	K	-
N18023	Köp av övrig utbildning från privatägda företag, andel (%) (-2024)	K	-
N18024	Köp av övrig utbildning från föreningar och stiftelser, andel (%) (-2024)	K	-
N18025	Köp av övrig utbildning från andra kommuner, andel (%)	K	2025
N18026	Köp av övrig utbildning från övriga motparter, andel (%) (-2023)	K	-
N18027	Kostnad för kommunal anpassad grundskola, kr/elev	K	2025
N18028	Kostnad för lokaler i kommunal anpassad grundskola, kr/elev	K	2025
N18029	Kostnad för undervisning i kommunal anpassad grundskola, kr/elev	K	2025
N18030	Kostnad för måltider i kommunal anpassad grundskola, kr/elev	K	2025
N18031	Kostnad för lärverktyg i kommunal anpassad grundskola, kr/elev	K	2025
N18032	Kostnad för elevhälsa i kommunal anpassad grundskola, kr/elev	K	2025
N18033	Övriga kostnader i kommunal anpassad grundskola, kr/elev	K	2025
N18034	Kostnad för kommunal anpassad gymnasieskola, kr/elev	K	2025
N18035	Kostnad för lokaler i kommunal  anpassad gymnasieskola, kr/elev	K	2025
N18036	Kostnad för undervisning i kommunal anpassad gymnasieskola, kr/elev	K	2025
N18037	Kostnad för måltider i kommunal anpassad gymnasieskola, kr/elev	K	2025
N18038	Kostnad för lärverktyg i kommunal anpassad gymnasieskola, kr/elev	K	2025
N18039	Kostnad för elevhälsa i kommunal anpassad gymnasieskola, kr/elev	K	2025
N18040	Övriga kostnader i kommunal anpassad gymnasieskola, kr/elev	K	2025
N18044	Kostnad skolskjuts, reseersättning och inackordering, anpassad grundskola, hemkommun, kr/elev	K	2025
N18046	Kostnad skolskjuts, reseersättning och inackordering, anpassad gymnasieskola, hemkommun, kr/elev	K	2025
N18081	Kostnad anpassad grundskola, kr/inv	K	2025
N18082	Kostnad förskoleklass, kr/inv	K	2025
N18083	Kostnad grundskola åk 1-9, kr/inv	K	2025
N18084	Kostnad gymnasieskola, kr/inv	K	2025
N18101	Kostnad vuxenutbildning, kr/inv 20-64 år	K	2025
N18406	Kursdeltagare i sfi på studieväg 1, i huvudmannens skolenheter, andel (%)	K	2025
N18407	Kursdeltagare i sfi på studieväg 2, i huvudmannens skolenheter, andel (%)	K	2025
N18408	Kursdeltagare i sfi på studieväg 3, i huvudmannens skolenheter, andel (%)	K	2025
N18409	Elever på SFI som klarat minst två kurser, av nybörjare två år tidigare, andel (%)	K	2025
N18410	Elever på SFI som fortsätter utbildningen men klarat mindre än två kurser, av nybörjare två år tidigare, andel (%)	K	2025
N18411	Elever på SFI som avbrutit  utbildningen och klarat mindre än två kurser, av nybörjare två år tidigare, andel (%)	K	2025
N18412	Elever på SFI som avbrutit som är förvärvsarbetande av nybörjare två år tidigare, andel (%)	K	2025
N18413	Elever på SFI som avbrutit som antingen arbetar eller studerar av nybörjare två år tidigare, andel (%)	K	2025
N18414	Elever på SFI som avbrutit som studerar av nybörjare två år tidigare, andel (%)	K	2025
N18500	Kursdeltagare i gymnasial vuxenutbildning som vid årets slut slutfört kurs, hemkommun, andel (%)	K	2025
N18601	Ungdomar som är etablerade på arbetsmarknaden eller studerar 2 år efter gymnasieexamen, hemkommun, andel (%)	K	2024
N18602	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, hemkommun, andel (%)	K	2024
N18603	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, yrkesprogram hemkommun, andel (%)	K	2024
N18604	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, högskoleförberedande program hemkommun, andel (%)	K	2024
N18605	Ungdomar som studerar på högskola/universitet 2 år efter gymnasieexamen, hemkommun, andel (%)	K	2024
N18606	Ungdomar som studerar på högskola/universitet 2 år efter gymnasieexamen, yrkesprogram hemkommun, andel (%)	K	2024
N18607	Ungdomar som studerar på högskola/universitet 2 år efter gymnasieexamen, högskoleförberedande program hemkommun, andel (%)	K	2024
N18608	Ungdomar som studerar på annan studiemedelsberättigad utbildning än högskola 2 år efter gymnasieexamen, hemkommun, andel (%)	K	2024
N18609	Ungdomar som studerar på annan studiemedelsberättigad utbildning än högskola 2 år efter gymnasieexamen, yrkesprogram hemkommun, andel (%)	K	2024
N18610	Ungdomar som studerar på annan studiemedelsberättigad utbildning än högskola 2 år efter gymnasieexamen, högskoleförberedande program hemkommun, andel (%)	K	2024
N18611	Ungdomar som är etablerade på arbetsmarknaden eller studerar 2 år efter studiebevis från gymnasiet, hemkommun, andel (%)	K	2024
N18612	Ungdomar som är etablerade på arbetsmarknaden 2 år efter studiebevis från gymnasiet, hemkommun, andel (%)	K	2024
N18613	Ungdomar som studerar på annan studiemedelsberättigad utbildning än högskola 2 år efter studiebevis från gymnasiet, andel (%)	K	2024
N18614	Ungdomar som studerar på högskola/universitet 2 år efter studiebevis från gymnasiet, andel (%)	K	2024
N18621	Ungdomar som är etablerade på arbetsmarknaden eller studerar 2 år efter gymnasieexamen, kommunala skolor, andel (%)	K	2024
N18622	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, kommunala skolor, andel (%)	K	2024
N18623	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, yrkesprogram kommunala skolor, andel (%)	K	2024
N18624	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, högskoleförberedande program kommunala skolor, andel (%)	K	2024
N18625	Ungdomar som studerar 2 år efter gymnasieexamen, kommunala skolor, andel (%)	K	2024
N18626	Ungdomar som studerar 2 år efter gymnasieexamen, yrkesprogram kommunala skolor, andel (%)	K	2024
N18627	Ungdomar som studerar 2 år efter gymnasieexamen, högskoleförberedande program kommunala skolor, andel (%)	K	2024
N18631	Ungdomar som är etablerade på arbetsmarknaden eller studerar 2 år efter gymnasieexamen, fristående skolor, andel (%)	K	2024
N18632	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, fristående skolor, andel (%)	K	2024
N18633	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, yrkesprogram fristående skolor, andel (%)	K	2024
N18634	Ungdomar som är etablerade på arbetsmarknaden 2 år efter gymnasieexamen, högskoleförberedande program fristående skolor, andel (%)	K	2024
N18635	Ungdomar som studerar 2 år efter gymnasieexamen, fristående skolor, andel (%)	K	2024
N18636	Ungdomar som studerar 2 år efter gymnasieexamen, yrkesprogram fristående skolor, andel (%)	K	2024
N18637	Ungdomar som studerar 2 år efter gymnasieexamen, högskoleförberedande program fristående, andel (%)	K	2024
N18701	Elever på SFI som är skyddsbehövande och anhöriga till skyddsbehövande, andel (%)	K	2025
N18704	Lärare (heltidstjänster) i sfi med lärarlegitimation, i huvudmannens skolenheter, andel (%)	K	2025
N18705	Elever per lärare (heltidstjänster) i sfi, kommunal regi, antal (-2023)	K	-
N18706	Elever i anpassad grundskola, lägeskommun, antal (-2023)	K	-
N18708	Elever i anpassad grundskola, integrerade i grundskolan, lägeskommun, andel (%) (-2023)	K	-
N18709	Lärare i anpassad grundskola, lägeskommun, antal (-2023)	K	-
N18710	Lärare med pedagogisk högskoleexamen i anpassad grundskola, lägeskommun, andel (%) (-2023)	K	-
N18711	Elever/lärare (heltidstjänst) i anpassad grundskola, lägeskommun, antal (-2023)	K	-
N18712	Elever i anpassad gymnasieskola, lägeskommun, antal	K	2025
N18713	Elever i anpassad gymnasieskola på Individuella program, andel (%)	K	2025
N18714	Elever i anpassad gymnasieskola på Nationella program, andel (%)	K	2025
N18715	Lärare i anpassad gymnasieskola, lägeskommun, antal	K	2025
N18716	Lärare med pedagogisk högskoleexamen i anpassad gymnasieskola, lägeskommun, andel (%)	K	2025
N18717	Lärare med specialpedagogisk högskoleexamen i anpassad gymnasieskola, lägeskommun, andel (%)	K	2025
N18718	Elever/lärare (heltidstjänst) i anpassad gymnasieskola, lägeskommun, antal	K	2025
N18719	Elever i komvux som anpassad utbildning, i huvudmannens skolenheter, antal (-2023)	K	-
N18720	Elever inom Komvux som anpassad utbildning i kommunal skola folkbokförda i annan kommun, andel (%) (-2023)	K	-
N18721	Elever i komvux som anpassad utbildning på grundläggande nivå, i huvudmannens skolenheter, andel (%) (-2023)	K	-
N18722	Elever i komvux som anpassad utbildning på gymnasial nivå, i huvudmannens skolenheter, andel (%) (-2023)	K	-
N18724	Undervisningstimmar per elev och vecka inom Komvux som anpassad utbildning, antal timmar (-2023)	K	-
N18730	Elever i anpassad grundskola, kommunal regi, antal	K	2025
N18731	Elever i anpassad grundskola, integrerade i grundskolan, kommunal regi, andel (%)	K	2025
N18732	Lärare i anpassad grundskola, kommunal regi, antal	K	2025
N18733	Lärare med pedagogisk högskoleexamen i anpassad grundskola, kommunal regi, andel (%)	K	2025
N18734	Lärare med specialpedagogisk högskoleexamen i anpassad grundskola, kommunal regi, andel (%)	K	2025
N18735	Elever/lärare (heltidstjänst) i anpassad grundskola, kommunal regi, antal	K	2025
N18736	Elever i anpassad grundskola i kommunal regi, andel (%)	K	2025
N18741	Personer i kommunens aktivitetsansvar, andel (%) av inv 16-19 år	K	2026
N18742	Avregistrering från kommunens aktivitetsansvar på grund av flytt, andel (%)	K	2026
N18743	Avregistrering från kommunens aktivitetsansvar på grund av studier på nationellt program, andel (%)	K	2026
N18744	Personer i kommunens aktivitetsansvar som arbetar eller praktiserar, andel (%) (-2023)	K	-
N18745	Personer i kommunens aktivitetsansvar utan sysselsättning, andel (%) (-2023)	K	-
N18746	Personer i kommunens aktivitetsansvar som deltagit i minst en åtgärd, andel (%)	K	2026
N18800	Elever i kommunens egen SFI-utbildning, andel (%)	K	2025
N18801	Elever i SFI-utbildning, antal	K	2025
N18802	Elever i SFI-utbildning. kommunal regi, antal	K	2025
N18803	Elever i anpassad grundskola, hemkommun, antal	K	2025
N18804	Elever i anpassad gymnasieskola, hemkommun, antal	K	2025
N18805	Elever i anpassad gymnasieskola, hemkommun, andel (%)	K	2025
N18820	Elever i komvux som läser yrkespaket, i huvudmannens skolenheter, antal (-2023)	K	-
N18821	Elever i komvux som läser yrkespaket med inriktning barn och fritid, i huvudmannens skolenheter, antal	K	2024
N18822	Elever i komvux som läser yrkespaket med inriktning bygg och anläggning, i huvudmannens skolenheter, antal	K	2024
N18823	Elever i komvux som läser yrkespaket med inriktning el och energi, i huvudmannens skolenheter, antal	K	2024
N18824	Elever i komvux som läser yrkespaket med inriktning fordon och transport, i huvudmannens skolenheter, antal	K	2024
N18825	Elever i komvux som läser yrkespaket med inriktning försäljning och service, i huvudmannens skolenheter, antal	K	2024
N18826	Elever i komvux som läser yrkespaket med inriktning hantverk, i huvudmannens skolenheter, antal	K	2024
N18827	Elever i komvux som läser yrkespaket med inriktning hotell och turism, i huvudmannens skolenheter, antal	K	2024
N18828	Elever i komvux som läser yrkespaket med inriktning industriteknik, i huvudmannens skolenheter, antal	K	2024
N18829	Elever i komvux som läser yrkespaket med inriktning naturbruk, i huvudmannens skolenheter, antal	K	2024
N18830	Elever i komvux som läser yrkespaket med inriktning restaurang och livsmedel, i huvudmannens skolenheter, antal	K	2024
N18831	Elever i komvux som läser yrkespaket med inriktning VVS och fastighet, i huvudmannens skolenheter, antal	K	2024
N18832	Elever i komvux som läser yrkespaket med inriktning vård och omsorg, i huvudmannens skolenheter, antal	K	2024
N18890	Elever i anpassad grundskola, hemkommun, andel (%)	K	2025
N18892	Kursdeltagare i kommunal vuxenutbildning, kommunal regi, andel (%)	K	2025
N18893	Elever i kommunal vuxenutbildning som läser grundläggande vuxenutbildning, andel (%)	K	2025
N18894	Elever i komvux som läser gymnasial vuxenutbildning, hemkommun, andel (%)	K	2025
N18896	Elever i kommunal grundläggande vuxenutbildning hemkommun, antal	K	2025
N18897	Elever i kommunal vuxenutbildning hemkommun, antal	K	2025
N18898	Elever i kommunal gymnasial vuxenutbildning hemkommun, antal	K	2025
N18899	Elever i komvux (exkl. anpassad utbildning), i huvudmannens skolenheter, antal	K	2025
N18900	Elever i komvux på grundläggande nivå, i huvudmannens skolenheter, antal	K	2025
N18901	Elever i komvux på gymnasial nivå, i huvudmannens skolenheter, antal	K	2025
N18902	Elever i komvux (exkl. anpassad utbildning) som är födda utomlands, i huvudmannens skolenheter, andel (%)	K	2025
N18903	Elever i komvux på grundläggande nivå som är födda utomlands, i huvudmannens skolenheter, andel (%)	K	2025
N18904	Elever i komvux på gymnasial nivå som är födda utomlands, i huvudmannens skolenheter, andel (%)	K	2025
N18906	Elever i komvux på grundläggande nivå från annan kommun, i huvudmannens skolenheter, andel (%)	K	2025
N18907	Elever i komvux på gymnasial nivå från annan kommun, i huvudmannens skolenheter, andel (%)	K	2025
N18908	Elever i sfi från annan kommun, i huvudmannens skolenheter, andel (%)	K	2025
N18909	Kursdeltagare i komvux (exkl. anpassad utbildning), i huvudmannens skolenheter, antal	K	2025
N18910	Kursdeltagare i komvux på grundläggande nivå, i huvudmannens skolenheter, antal	K	2025
N18911	Kursdeltagare i komvux på gymnasial nivå, i huvudmannens skolenheter, antal	K	2025
N18912	Kursdeltagare i komvux (exkl. anpassad utbildning) som läser kurs på distans, i huvudmannens skolenheter, andel (%)	K	2025
N18913	Kursdeltagare i komvux på grundläggande nivå som läser kurs på distans på grundläggande nivå, i huvudmannens skolenheter, andel (%)	K	2025
N18914	Kursdeltagare i komvux på gymnasial nivå som läser kurs på distans, i huvudmannens skolenheter, andel (%)	K	2025
N18915	Kursdeltagare i komvux (exkl. anpassad utbildning) hos annan utbildningsanordnare, i huvudmannens skolenheter, andel (%)	K	2025
N18916	Kursdeltagare i komvux (exkl. anpassad utbildning) på grundläggande nivå hos annan utbildningsanordnare, i huvudmannens skolenheter, andel (%)	K	2025
N18917	Kursdeltagare i komvux (exkl. anpassad utbildning) på gymnasial nivå hos annan utbildningsanordnare, i huvudmannens skolenheter, andel (%)	K	2025
N18918	Kursdeltagare i sfi hos annan utbildningsanordnare, i huvudmannens skolenheter, andel (%)	K	2025
N18919	Kursdeltagare i komvux på grundläggande nivå som avslutat kurs med godkända betyg, i huvudmannens skolenheter, antal	K	2025
N18920	Kursdeltagare i komvux på grundläggande nivå som har avslutat kurs utan godkända betyg, i huvudmannens skolenheter, antal	K	2025
N18921	Kursdeltagare i komvux på grundläggande nivå som avbrutit kurs (exkl. orienteringskurser), i huvudmannens skolenheter, antal	K	2025
N18922	Kursdeltagare i komvux på gymnasial nivå som avslutat kurs med godkända betyg, i huvudmannens skolenheter, antal	K	2025
N18923	Kursdeltagare i komvux på gymnasial nivå som avslutat kurs utan godkända betyg, i huvudmannens skolenheter, antal	K	2025
N18924	Kursdeltagare i komvux på gymnasial nivå som avbrutit kurs (exkl. orienteringskurser), i huvudmannens skolenheter, antal	K	2025
N18925	Kursdeltagare sfi som har avslutat kurs med godkända betyg, i huvudmannens skolenheter, antal	K	2025
N18926	Kursdeltagare i sfi som har avslutat kurs utan godkända betyg, i huvudmannens skolenheter, antal	K	2025
N18927	Kursdeltagare i sfi som avbrutit kurs, i huvudmannens skolenheter, antal	K	2025
N18928	Lärare (heltidstjänster) i komvux på grundläggande nivå med lärarlegitimation, kommunal regi, andel (%)	K	2025
N18929	Lärare (heltidstjänster) i komvux på gymnasial nivå med lärarlegitimation, kommunal regi, andel (%)	K	2025
N18930	Lärare (heltidstjänster) i komvux som anpassad utbildning med lärarlegitimation, i huvudmannens skolenheter, andel (%)	K	2025
N18934	Elever per lärare (heltidstjänster) i komvux på grundläggande nivå, kommunal regi, antal (-2023)	K	-
N18935	Elever per lärare (heltidstjänster) i komvux på gymnasial nivå, kommunal regi, antal (-2023)	K	-
N18936	Elever i komvux i sfi, i huvudmannens skolenheter, antal	K	2025
N18938	Elever i sfi som läser sfi och komvux på grundläggande eller gymnasial nivå under samma kalenderhalvår, i huvudmannens skolenheter, andel (%)	K	2025
N18940	Personer som studerar året efter avslutad utbildning i komvux, grundläggande nivå, i huvudmannens skolenheter, andel (%)	K	2024
N18942	Personer som studerar året efter slutförd utbildning i komvux, gymnasial nivå, i huvudmannens skolenheter, andel (%)	K	2024
N18943	Kursdeltagare i sfi, i huvudmannens skolenheter, antal	K	2025
N18944	Kursdeltagare i komvux på grundläggande nivå som har avslutat med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs under året (%)	K	2025
N18945	Kursdeltagare i komvux på gymnasial nivå som har avslutat kurs med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs under året (%)	K	2025
N18946	Kursdeltagare i sfi som har avslutat kurs med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs under året (%)	K	2025
N18947	Kursdeltagare i komvux på grundläggande nivå som har avslutat med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat kurs (%)	K	2025
N18948	Kursdeltagare i komvux på gymnasial nivå som har avslutat med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat kurs (%)	K	2025
N18949	Kursdeltagare i sfi som har avslutat med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat kurs (%)	K	2025
N18950	Kursdeltagare i komvux på grundläggande nivå som har avbrutit kurs, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs (%)	K	2025
N18951	Kursdeltagare i komvux på gymnasial nivå som har avbrutit kurs, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs (%)	K	2025
N18952	Kursdeltagare i sfi som har avbrutit kurs, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs (%)	K	2025
N18954	Personer som studerar året efter avslutad utbildning inom sfi, i huvudmannens skolenheter, andel (%)	K	2024
N18955	Kursdeltagare i sfi (exkl. anpassad utbildning) som läser kurs på distans, i huvudmannens skolenheter, andel (%)	K	2025
N18956	Ny definition - Personer som arbetar året efter avslutad utbildning i komvux, grundläggande nivå, i huvudmannens skolenheter, andel (%)	K	2024
N18957	Ny definition - Personer som arbetar året efter avslutad utbildning inom sfi, i huvudmannens skolenheter, andel (%)	K	2024
N18958	Ny definition - Personer som arbetar året efter avslutad utbildning i komvux, gymnasial nivå, i huvudmannens skolenheter, andel (%)	K	2024
N18961	Kursdeltagare i komvux som har avslutat med godkända betyg, i huvudmannens skolenheter, andel av de som avslutat eller avbrutit kurs under året (%)	K	2025
N18963	Kursdeltagare i komvux (exkl. orienteringskurser samt anpassad utbildning) som har avslutat eller avbrutit kurs under året, i huvudmannens skolenheter, antal	K	2025
N18964	Elever i komvux från annan kommun, i huvudmannens skolenheter, andel (%)	K	2025
N18980	Kursdeltagare i komvux (exkl. anpassad utbildning) som har avslutat kurs utan godkända betyg under året, i huvudmannens skolenheter, antal	K	2025
N18981	Kursdeltagare i komvux (exkl. anpassad utbildning) som har avbrutit kurs under året, i huvudmannens skolenheter, antal	K	2025
N20001	Kostnad äldre och funktionsnedsättning (SoL, LSS, SFB), kr/inv	K	2025
N20005	Statliga driftbidrag, vård och omsorg om äldre, kr/invånare 80+	K	2025
N20007	Kostnad äldreomsorg, kr/inv 65+	K	2025
N20010	Intäkter äldre och funktionsnedsättning (SoL, LSS, SFB), kr/inv	K	2025
N20011	Nettokostnad äldre och funktionsnedsättning (SoL, LSS, SFB), kr/inv	K	2025
N20013	Nettokostnad färdtjänst/riksfärdtjänst, kr/inv	K	2025
N20014	Nettokostnad äldreomsorg, kr/inv	K	2025
N20016	Referenskostnad äldreomsorg, kr/inv	K	2025
N20024	Kostnad färdtjänst/riksfärdtjänst, kr/inv	K	2025
N20027	Bruttokostnad lokaler funktionsnedsättning SoL, kr/inv	K	2025
N20029	Nettokostnadsavvikelse äldreomsorg, miljoner kronor	K	2025
N20030	Månadsavlönad personal, kommunalt anställda sjuksköterskor, antal	K	2025
N20033	Månadsavlönad personal, kommunalt anställda i övrig vård och omsorg, antal	K	2025
N20034	Månadsavlönade inom rehabilitering, kommun, antal	K	2025
N20035	Månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, kommun, antal	K	2025
N20036	Årsarbetare, kommunalt anställda sjuksköterskor, antal	K	2025
N20039	Årsarbetare, kommunalt anställda i övrig vård och omsorg, antal	K	2025
N20040	Årsarbetare inom rehabilitering, kommun, antal	K	2025
N20041	Årsarbetare inom vård och omsorg om äldre och personer med funktionsnedsättning, kommun, antal	K	2025
N20042	Kostnad för äldreomsorgen, andel av total driftskostnad (%)	K	2025
N20043	Kostnad äldreomsorg, kr/inv	K	2025
N20044	Nettokostnad omsorg om äldre och personer med funktionsnedsättning enl SoL totalt, kr/inv	K	2025
N20046	Nettokostnad öppen verksamhet äldreomsorg, kr/inv	K	2025
N20047	Kostnad öppen verksamhet äldreomsorg, kr/inv 65+	K	2025
N20048	Kostnad äldreomsorg, kr/inv 80+	K	2025
N20049	Kostnad öppen verksamhet äldreomsorg, kr/inv 80+	K	2025
N20050	Personalkostnad äldreomsorg, egen regi, andel (%)	K	2025
N20055	Kommunens köp av vård och omsorg om äldre från privatägda företag, andel (%)	K	2025
N20056	Kommunens köp av vård och omsorg om äldre från föreningar och stiftelser, andel (%)	K	2025
N20057	Avgiftsintäkter äldreomsorg, kr/inv 65+	K	2025
N20058	Bruttokostnad lokaler äldreomsorg, kr/inv 65+	K	2025
N20059	Externa lokalintäkter äldreomsorg, kr/inv 65+	K	2025
N20060	Kostnad lokaler exkl. externa lokalintäkter äldreomsorg, kr/inv 65+	K	2025
N20063	Övriga externa intäkter från andra än kommuner och regioner äldreomsorg, kr/inv 65+	K	2025
N20064	Externa intäkter från andra än kommuner och regioner äldreomsorg, kr/inv	K	2025
N20065	Externa intäkter från andra än kommuner och regioner äldreomsorg, kr/inv 65+	K	2025
N20066	Åldersersättning äldreomsorg, kr/inv	K	2025
N20067	Behovsnivå äldreomsorg, kr/inv	K	2025
N20068	Produktionsförutsättningar äldreomsorg, kr/inv	K	2025
N20070	Gemensamma kostnader fördelade till vård och omsorg totalt, andel (%)	K	2025
N20071	Gemensamma kostnader fördelade till vård och omsorg om äldre, andel (%)	K	2025
N20200	Tillsvidareanställda månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20201	Visstidsanställda månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20202	Visstidsanställda timavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20203	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20204	Arbetad tid utförd av visstidsanställda månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20205	Arbetad tid utförd av visstidsanställda timavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20206	Heltidsanställda månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20207	Deltidsanställda (75-99 %) månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20208	Deltidsanställda (1-74 %) månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20209	Heltidsarbetande månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20210	Deltidsarbetande (75-99 %) månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20211	Deltidsarbetande (1-74 %) månadsavlönade inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20212	Anställda -34 år inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20213	Anställda 35-54 år inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20214	Anställda 55+ inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20217	Utrikes födda, anställda inom omsorg om äldre och personer med funktionsnedsättning, balanstal	K	2025
N20222	Anställda 55+ år inom omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20223	Månadsavlönad personal, kommunalt anställda undersköterskor och skötare, antal	K	2025
N20224	Månadsavlönade inom vård och omsorgsarbete, kommun, antal	K	2025
N20225	Månadsavlönad personal, kommunalt anställda vårdbiträden, antal	K	2025
N20226	Årsarbetare, kommunalt anställda undersköterskor och skötare, antal	K	2025
N20227	Årsarbetare inom vård och omsorgsarbete, kommun, antal	K	2025
N20229	Månadsavlönad personal, kommunalt anställda behandlingsassistenter och socialpedagoger, antal	K	2025
N20230	Heltidsanställd månadsavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20231	Heltidsanställd månadsavlönad personal som arbetar heltid, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20232	Heltidsanställd månadsavlönad personal som arbetar deltid, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20233	Heltidsanställd månadsavlönad personal ledig från sitt arbete, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20234	Deltidsanställd månadsavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20235	Deltidsanställd månadsavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20236	Deltidsanställd månadsavlönad personal ledig från sitt arbete, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20237	Timavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20238	Kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning enligt HÖK, kommun, antal	K	2025
N20239	Helt lediga från sitt arbete inom vård och omsorg om äldre och personer med funktionsnedsättning, kommunalt anställda, antal	K	2025
N20240	Tillsvidaresanställd månadsavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20241	Visstidsanställd månadsavlönad personal, kommunalt anställda inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20242	Deltidsanställda (75-99 %) månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, kommun, antal	K	2025
N20243	Deltidsanställda (1-74 %) månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20244	Heltidsarbetande månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, kommun, antal	K	2025
N20245	Deltidsarbetande (75-99 %) månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20246	Deltidsarbetande (1-74 %) månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20248	Genomsnittlig sysselsättningsgrad för anställda månadsavlönade inom vård och omsorg om äldre och personer med funktionsnedsättning i kommunen, (%)	K	2025
N20249	Årsarbetare, kommunalt anställda vårdbiträden, antal	K	2025
N20250	Deltidsanställd månadsavlönad arbetande deltid, inom vård och omsorg om äldre och personer med funktionsnedsättning i kommunen, antal	K	2025
N20251	Månadsavlönad personal, kommunalt anställda stödassistenter, stödpedagoger och vårdare m.fl, antal	K	2025
N20252	Årsarbetare, kommunalt anställda behandlingsassistenter och socialpedagoger, antal	K	2025
N20253	Årsarbetare, kommunalt anställda stödassistenter, stödpedagoger och vårdare m.fl, antal	K	2025
N20255	Anställda 55-64 inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20256	Anställda 65+ inom omsorg om äldre och personer med funktionsnedsättning, andel (%)	K	2025
N20257	Anställda 55-64 år inom omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20258	Anställda 65+ år inom omsorg om äldre och personer med funktionsnedsättning, antal	K	2025
N20402	Fallskador bland personer 80+, 3-årsm, antal slutenvårdstillfällen/100 000 inv	A	2025
N20403	Medelvårdtid som utskrivningsklar, antal dagar	A	2025
N20404	Vårdtid som utskrivningsklar, antal dagar/inv 65+	A	2025
N20405	Vårdtillfällen som utskrivningsklar, antal/inv 65+	A	2025
N20409	Höftfrakturer bland personer 80+, 3-årsm, antal vårdtillfällen /100 000 inv	A	2025
N20410	Fallskador bland personer 65-79, 3-årsm, antal vårdtillfällen/100 000 inv	A	2025
N20415	Avlidna som hade någon närvarande vid dödsögonblicket, särskilt boende, andel (%)	K	2026
N20416	Avlidna som hade någon närvarande vid dödsögonblicket, ordinärt boende med hemvård, andel (%)	K	2026
N20434	Fallskador bland personer 80+, 3-årsm, antal vårdtillfällen/100 000 inv	A	2025
N20500	Riskförebyggande åtgärder i särskilt boende, andel (%)	K	2025
N20501	Upplevt att personal har agerat olämpligt i särskilt boende, andel (%) (-2023)	K	-
N20502	Anhöriga som upplever att samarbetet med äldreboendet fungerar mycket bra, andel (%) (-2023)	K	-
N20503	Enheter med tillgång till träningslokal i särskilt boende, andel (%)	K	2025
N20505	Äldrehushåll i kommunen, andel (%) (-2023)	K	-
N20506	Oplanerade återinskrivningar bland äldre, andel (%)	K	2025
N20507	Handläggare inom äldreomsorg med socionomexamen, andel (%)	K	2025
N20508	Anhöriga som upplever att samarbetet med hemtjänsten fungerar mycket bra, andel (%) (-2023)	K	-
N20509	Antal personer som en fast omsorgskontakt ansvarar för, hemtjänst, genomsnitt	K	2025
N20580	Äldre med trycksår inom alla enhetstyper, andel (%)	K	2025
N20581	Äldre med trycksår inom demensenhet, andel (%)	K	2025
N20582	Äldre med trycksår inom vård och omsorgsenhet, andel (%)	K	2025
N20583	Äldre med BMI lägre än 22 inom alla enhetstyper, andel (%)	K	2025
N20584	Äldre med BMI lägre än 22 inom demensenhet, andel (%)	K	2025
N20585	Äldre med BMI lägre än 22 inom vård och omsorgsenhet, andel (%)	K	2025
N20805	Kommunens köp av äldreomsorg totalt, andel (%)	K	2025
N20806	Köp av öppen verksamhet äldreomsorg, andel (%)	K	2025
N20891	Invånare 65+ i särskilt boende eller med hemtjänst i ordinärt boende, andel (%)	K	2025
N20892	Invånare 80+ i särskilt boende eller med hemtjänst i ordinärt boende,  andel (%)	K	2025
N20897	Invånare 65+ som varit mottagare av hälso- och sjukvård som kommunen ansvarar för (hemsjukvård), andel (%)	K	2025
N20900	Nettokostnadsavvikelse äldreomsorg, (%)	K	2025
N21003	Kostnad ordinärt boende äldreomsorg övrigt, kr/inv 65+	K	2025
N21006	Kostnad hemtjänst äldreomsorg, kr/hemtjänsttagare	K	2025
N21008	Kostnad övriga insatser ordinärt boende äldreomsorg, kr/inv	K	2025
N21009	Kostnad hemtjänst äldreomsorg, kr/inv 65+	K	2025
N21013	Standardkostnad vård och omsorg om äldre, kr/inv	K	2026
N21014	Kostnad dagverksamhet ordinärt boende äldreomsorg, kr/inv 65+	K	2025
N21015	Nettokostnad ordinärt boende äldreomsorg, kr/inv	K	2025
N21016	Nettokostnad korttidsvård äldreomsorg, kr/inv	K	2025
N21017	Nettokostnad hemtjänst äldreomsorg, kr/inv	K	2025
N21018	Nettokostnad dagverksamhet äldreomsorg, kr/inv	K	2025
N21019	Nettokostnad ordinärt boende äldreomsorg övrigt, kr/inv	K	2025
N21020	Kostnad ordinärt boende äldreomsorg, kr/inv 65+	K	2025
N21021	Kostnad korttidsvård äldreomsorg, kr/inv 65+	K	2025
N21022	Kostnad ordinärt boende äldreomsorg, kr/inv 80+	K	2025
N21023	Kostnad korttidsvård äldreomsorg, kr/inv 80+	K	2025
N21024	Kostnad hemtjänst äldreomsorg, kr/inv 80+	K	2025
N21025	Kostnad dagverksamhet äldreomsorg, kr/inv 80+	K	2025
N21026	Kostnad ordinärt boende äldreomsorg övrigt, kr/inv 80+	K	2025
N21030	Avgiftsintäkter ordinärt boende äldreomsorg, kr/inv 65+	K	2025
N21031	Externa lokalintäkter ordinärt boende äldreomsorg, kr/inv 65+	K	2025
N21450	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - svåra besvär av ängslan, oro eller ångest, andel (%)	K	2026
N21451	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - alltid bra bemötande, andel (%)	K	2026
N21452	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - trygghet (mycket trygga), andel (%)	K	2026
N21453	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - rörlighet inomhus, andel (%) (-2023)	K	-
N21454	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - bor med annan vuxen, andel (%)	K	2026
N21455	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - behov anpassas, andel (%)	K	2026
N21456	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - välja utförare, andel (%) (-2023)	K	-
N21457	Osäkerhetstal - Brukarbedömning hemtjänst äldreomsorg - svåra besvär av ensamhet, andel (%)	K	2026
N21458	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - svåra besvär av ängslan, oro eller ångest, andel (%)	K	2026
N21459	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - alltid bra bemötande, andel (%)	K	2026
N21460	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - trygghet (mycket trygga), andel (%)	K	2026
N21461	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - trivsamma gemensamma utrymmen, andel (%)	K	2026
N21462	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - trivsamt utomhus, andel (%)	K	2026
N21463	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - rörlighet inomhus, andel (%) (-2023)	K	-
N21464	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - plats på äldreboende, andel (%) (-2023)	K	-
N21465	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - trivs med rum/lägenhet, andel (%)	K	2026
N21466	Osäkerhetstal - Brukarbedömning särskilt boende äldreomsorg - besväras ofta av ensamhet, andel (%)	K	2026
N21492	Brukarbedömning hemtjänst äldreomsorg - samarbete med anhöriga, andel (%)	K	2026
N21495	Brukarbedömning hemtjänst äldreomsorg - personalen pratar och förstår svenska, andel (%)	K	2026
N21496	Brukarbedömning hemtjänst äldreomsorg - personalen har kunskap och kompetens, andel (%)	K	2026
N21497	Brukarbedömning hemtjänst äldreomsorg - träffa fast omsorgskontakt, andel (%)	K	2026
N21600	Enhetsundersökningen, äldreomsorg - Andel hemtjänsttagare som erbjudits en fast omsorgskontakt, äldreomsorg, andel (%)	K	2026
N21601	Enhetsundersökningen, äldreomsorg - Andel hemtjänsttagare som tackat ja till en fast omsorgskontakt, äldreomsorg, andel (%)	K	2026
N21602	Enhetsundersökningen, äldreomsorg - Andel hemtjänsttagare som bytt fast omsorgskontakt under det senaste året, äldreomsorg, andel (%)	K	2026
N21603	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns inom hemtjänsten för arbetet med fasta omsorgskontakter, äldreomsorg, andel (%)	K	2026
N21604	Enhetsundersökningen, äldreomsorg - Antal hemtjänsttagare som en fast omsorgskontakt ansvarar för, äldreomsorg, andel (%)	K	2026
N21605	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns inom hemtjänsten för hur läkemedelsgenomgångar ska genomföras i samverkan med regionen, äldreomsorg, andel (%)	K	2026
N21606	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns inom hemtjänsten för hur läkemedelsgenomgångar ska genomföras i samverkan med olika aktörer, där den enskildes delaktighet är dokumenterad i journalen, äldreomsorg, andel (%)	K	2026
N21608	Enhetsundersökningen, äldreomsorg - Andel omsorgspersonal inom hemtjänsten som är undersköterskor, vardagar, äldreomsorg, andel (%)	K	2026
N21609	Enhetsundersökningen, äldreomsorg - Andel omsorgspersonal inom hemtjänsten som är undersköterskor, helger, äldreomsorg, andel (%)	K	2026
N21610	Enhetsundersökningen, äldreomsorg - Antal hemtjänsttagare per en omsorgspersonal vid enheten, vardagar, äldreomsorg, andel (%)	K	2026
N21611	Enhetsundersökningen, äldreomsorg - Antal hemtjänsttagare per en omsorgspersonal vid enheten, helger, äldreomsorg, andel (%)	K	2026
N21700	Invånare 65-79 år med hemtjänst ordinärt boende, andel (%)	K	2025
N21701	Invånare 65+ med hemtjänst i ordinärt boende, andel (%)	K	2025
N21702	Hemtjänsttagare 65+ i ordinärt boende, antal	K	2025
N21703	Hemtjänsttagare 65-79 i ordinärt boende, antal	K	2025
N21704	Invånare 80+ med hemtjänst i ordinärt boende, andel (%)	K	2025
N21705	Hemtjänsttagare 80+ i ordinärt boende, antal	K	2025
N21706	Hemtjänsttagare 65+ med hemtjänst i ordinärt boende med 120+ beviljade timmar per månad, andel (%)	K	2025
N21804	Personer 65+ i ordinärt boende med hemtjänst i enskild regi, andel (%)	K	2025
N21806	Kommunens köp av hemtjänst i ordinärt boende äldreomsorg totalt, andel (%)	K	2025
N21814	Medelålder för äldre i ordinärt boende med hemtjänst, år	K	2025
N21817	Invånare 65+ som var beviljade korttidsboende i ordinärt boende, andel (%)	K	2025
N21818	Invånare 65+ som var beviljade dagverksamhet i ordinärt boende, andel (%)	K	2025
N21826	Beviljade antal hemtjänsttimmar per brukare och månad för timregistrerade hemtjänsttagare 65+ i ordinärt boende, timmar/hemtjänsttagare	K	2025
N21827	Timregistrerade hemtjänsttagare 65+ i ordinärt boende, antal	K	2025
N21898	Medarbetarengagemang (HME) hemtjänst äldreomsorg - svarsfrekvens, andel (%)	K	-
N21900	Huvudmannaskap hemsjukvård?, (Ja=1, Nej=0)	K	2025
N23001	Kostnad särskilt boende äldreomsorg, kr/inv 80+	K	2025
N23002	Kostnad annat boende äldreomsorg, kr/inv 80+	K	2025
N23004	Nettokostnad särskilt/annat boende äldreomsorg, kr/inv	K	2025
N23005	Kostnad särskilt/annat boende äldreomsorg, kr/inv 65+	K	2025
N23006	Kostnad särskilt/annat boende äldreomsorg, kr/inv 80+	K	2025
N23007	Kostnad särskilt boende äldreomsorg, kr/inv 65+	K	2025
N23008	Kostnad annat boende äldreomsorg, kr/inv 65+	K	2025
N23009	Kostnad särskilt boende äldreomsorg, kr/brukare	K	2025
N23010	Avgiftsintäkter särskilt- och annat boende äldreomsorg, kr/inv 65+	K	2025
N23011	Externa lokalintäkter särskilt boende äldreomsorg, kr/inv 65+	K	2026
N23012	Avgiftsintäkter särskilt boende äldreomsorg, kr/inv 65+	K	2025
N23013	Avgiftsintäkter annat boende äldreomsorg, kr/inv 65+	K	2025
N23390	Brukarbedömning särskilt boende äldreomsorg - personalen pratar och förstår svenska, andel (%)	K	2026
N23391	Brukarbedömning särskilt boende äldreomsorg - personalen har kunskap och kompetens, andel (%)	K	-
N23491	Brukarbedömning särskilt boende äldreomsorg - samarbete med anhöriga, andel (%)	K	2026
N23580	Enhetsundersökningen, äldreomsorg - Belagda bostäder vid enheten per en omsorgspersonal i särskilt boende, äldreomsorg, vardagar, antal	K	2026
N23581	Enhetsundersökningen, äldreomsorg - Belagda bostäder vid enheten per en omsorgspersonal i särskilt boende, äldreomsorg, helgdagar, antal	K	2026
N23582	Enhetsundersökningen, äldreomsorg - Förutsättningar för att utemiljön ska vara tillgänglig på särskilt boende, äldreomsorg, andel (%)	K	2026
N23583	Enhetsundersökningen, äldreomsorg - Förutsättningar för förflyttning till och i utemiljön i särskilt boende, äldreomsorg, andel (%)	K	2026
N23584	Enhetsundersökningen, äldreomsorg - Förutsättningar för utevistelse i utemiljön i särskilt boende, äldreomsorg, andel (%)	K	2026
N23585	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur enheten ska använda utemiljö i genomförandet av insatser i särskilt boende, äldreomsorg, andel (%)	K	2026
N23586	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur läkemedelsgenomgångar ska genomföras i särskilt boende, äldreomsorg, andel (%)	K	2026
N23587	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur läkemedelsgenomgångar ska genomföras samt hur samverkan ska ske tillsammans med den enskilde, läkaren, sjuksköterskan som ansvarar i särskilt boende, äldreomsorg, andel (%)	K	2026
N23588	Enhetsundersökningen, äldreomsorg - Omsorgspersonal som är undersköterska, vardagar i särskilt boende, äldreomsorg, andel (%)	K	2026
N23589	Enhetsundersökningen, äldreomsorg - Omsorgspersonal som är undersköterska, helgdagar i särskilt boende, äldreomsorg, andel (%)	K	2026
N23590	Brukarbedömning hemtjänst äldreomsorg, färre än 30 svarande ( Ja=1, Nej=0)	K	2026
N23591	Brukarbedömning särskilt boende äldreomsorg, färre än 30 svarande ( Ja=1, Nej=0)	K	2026
N23592	Enhetsundersökningen, äldreomsorg - Platser i särskilt boende/sjuksköterska, äldreomsorg, vardagar, antal	K	2026
N23593	Enhetsundersökningen, äldreomsorg - Platser i särskilt boende/sjuksköterska, äldreomsorg, helgdagar, antal	K	2026
N23700	Genomsnittligt antal hemtjänsttimmar för timregistrerade hemtjänsttagare 65+ i ordinärt boende med hemtjänst, månaden före inflytt till särskilt boende, timmar/hemtjänsttagare	K	2025
N23706	Medelvårdtid i särskilt boende äldreomsorg, antal dagar	K	2026
N23800	Invånare 65-79 år i särskilt boende, andel (%)	K	2025
N23801	Invånare 80+ i särskilt boende, andel (%)	K	2025
N23803	Personer 65+ i särskilda boendeformer i enskild regi, andel (%)	K	2025
N23804	Kommunens köp av särskilt/annat boende äldreomsorg totalt, andel (%)	K	2025
N23805	Brukare 65+ i särskilt boende äldre, antal	K	2025
N23806	Brukare 80+ i särskilt boende äldre, antal	K	2025
N23807	Brukare 65-79 år i särskilt boende äldre, antal	K	2025
N23809	Medelålder för äldre i särskilt boende, år	K	2025
N23890	Invånare 65+ i särskilda boendeformer, andel (%)	K	2025
N23898	Medarbetarengagemang (HME) särskilt boende äldreomsorg - svarsfrekvens, andel (%)	K	-
N24001	Nettokostnad öppen verksamhet äldre och personer med funktionsnedsättning, kr/inv	K	2025
N24002	Kostnad öppen verksamhet äldre och personer med funktionsnedsättning, kr/inv	K	2025
N24010	Öppen förskola, andel (%) heltidstjänster med pedagogisk högskoleutbildning	K	2025
N24011	Öppen förskola, antal heltidstjänster	K	2025
N24012	Öppen förskola, antal verksamheter	K	2025
N24013	Öppen förskola, antal verksamheter inom familjecentraler	K	2025
N24014	Öppen förskola, öppethållande minst 16 tim/vecka	K	2025
N24015	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL, LSS och SFB (exkl. ersättning från Försäkringskassan) totalt, andel (%)	K	2025
N25004	Kostnad hemtjänst i ordinärt boende för personer med funktionsnedsättning, kr/inv	K	2025
N25008	Kostnad funktionsnedsättning insatser i ordinärt boende enl. SoL, exkl. lokalkostnad, kr/inv	K	2025
N25016	Kostnad funktionsnedsättning LSS och SFB, kr/inv	K	2025
N25017	Kostnad funktionsnedsättning LSS och SFB minus ersättning från FK enl SFB, kr/inv	K	2025
N25018	Kostnad funktionsnedsättning totalt (SoL, LSS, SFB), minus ersättning från FK enl SFB, kr/inv	K	2025
N25021	Kostnad funktionsnedsättning enligt SoL, kr/inv	K	2025
N25022	Kostnad funktionsnedsättning totalt (SoL, LSS, SFB), kr/inv	K	2025
N25024	Månadsavlönad personal, kommunalt anställda personliga assistenter, antal	K	2025
N25025	Årsarbetare, kommunalt anställda personliga assistenter, antal	K	2025
N25026	Kostnad funktionsnedsättning totalt (SoL, LSS, SFB), andel av total driftskostnad (%)	K	2025
N25027	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL totalt, andel (%)	K	2025
N25028	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL från privatägda företag, andel (%)	K	2025
N25029	Kommunens köp av insatser till personer med funktionsnedsättning enligt SoL från föreningar och stiftelser, andel (%)	K	2025
N25030	Gemensamma kostnader fördelade till funktionsnedsättning SoL, andel (%)	K	2025
N25031	Kostnad boendestöd för personer med funktionsnedsättning enligt SoL, kr/inv	K	2025
N25032	Kostnad korttidsboende / -vård för personer med funktionsnedsättning enligt SoL och HSL, kr/inv	K	2025
N25033	Kostnad övrigt för personer med funktionsnedsättning enligt SoL, kr/inv	K	2025
N25034	Nettokostnad funktionsnedsättning totalt (SoL,LSS,SFB), kr/inv	K	2025
N25035	Externa intäkter funktionsnedsättning totalt, kr/inv	K	2025
N25036	Avgiftsintäkter funktionsnedsättning totalt, kr/inv	K	2025
N25039	Kostnad dagverksamhet för personer med funktionsnedsättning enligt SoL, kr/inv	K	2025
N25040	Övriga externa intäkter från andra än kommuner och regioner funktionsnedsättning (SoL, LSS, SFB), kr/inv	K	2025
N25041	Externa intäkter från andra än kommuner och regioner funktionsnedsättning (Sol, LSS, SFB), kr/inv	K	2025
N25042	Nettokostnad insatser till personer med funktionsnedsättning, SoL 0-64 år, kr/inv	K	2025
N25044	Kostnad funktionsnedsättning insatser i ordinärt boende enl. SoL, kr/inv	K	2025
N25050	Personalkostnad insatser till personer med funktionsnedsättning enligt SoL, egen regi, andel (%)	K	2025
N25893	Invånare 0-64 år med kommunal hälso- och sjukvård  (%)	K	2025
N25898	Medarbetarengagemang (HME) omsorg om personer med funktionnesättning - svarsfrekvens, andel (%)	K	-
N26021	Nettokostnad ordinärt boende, SoL 0-64 år, kr/inv	K	2025
N26022	Nettokostnad hemtjänst i ordinärt boende, SoL 0-64 år, kr/inv	K	2025
N26023	Nettokostnad boendestöd i ordinärt boende, SoL 0-64 år, kr/inv	K	2025
N26024	Nettokostnad korttidsboende, SoL 0-64 år, kr/inv	K	2025
N26025	Nettokostnad daglig verksamhet, ordinärt boende, SoL 0-64 år, kr/inv	K	2025
N26026	Nettokostnad övriga insatser i ordinärt boende, SoL 0-64 år, kr/inv	K	2025
N26027	Nettokostnad särskilt boende, 0-64 år, SoL, kr/inv	K	2025
N26028	Nettokostnad öppen verksamhet, SoL 0-64 år, kr/inv	K	2025
N26029	Kostnad funktionsnedsättning särskilt boende enl. SoL 0-64 år, kr/inv	K	2025
N26527	Brukarbedömning sysselsättning SoL - Personalen pratar med brukaren om att kunna få ett arbete med lön, lägeskommun, andel (%)	K	2026
N26801	Invånare 0-64 år med boendestöd, andel (%)	K	2025
N26803	Invånare 0-64 år med boendestöd, antal	K	2025
N26804	Invånare 0-64 år med särskilt boende funktionsnedsättning, andel (%)	K	2025
N26805	Invånare 0-64 år med särskilt boende funktionsnedsättning, antal	K	2025
N28008	Kostnad personlig assistans enl. LSS/SFB minus ersättning från Försäkringskassan, kr/inv	K	2025
N28009	Kostnad funktionsnedsättning LSS daglig verksamhet, kr/inv	K	2025
N28010	Kommunens ersättning från Försäkringskassan för personlig assistans enligt SFB, kr/inv	K	2025
N28011	Kostnad funktionsnedsättning LSS övriga insatser, kr/inv	K	2025
N28012	Kostnad funktionsnedsättning LSS boende, kr/inv	K	2025
N28013	Kostnad funktionsnedsättning LSS boende, kr/brukare	K	2025
N28015	Kostnad funktionsnedsättning LSS daglig verksamhet, kr/brukare	K	2025
N28016	Nettokostnad funktionsnedsättning LSS och SFB, kr/inv	K	2025
N28017	Standardkostnad LSS, kr/inv	K	2026
N28018	Nettokostnadsavvikelse LSS (%)	K	2025
N28020	Kommunens ersättning till Försäkringskassan för personlig assistans enligt  SFB, kr/inv	K	2025
N28021	Nettokostnadsavvikelse LSS, miljoner kronor	K	2025
N28026	Referenskostnad LSS, kr/inv	K	2025
N28027	Kommunens köp av insatser till personer med funktionsnedsättning enligt LSS och SFB (exkl. ersättning från Försäkringskassan) totalt, andel (%)	K	2025
N28028	Kommunens köp av insatser till personer med funktionsnedsättning enligt LSS och SFB (exkl. ersättning från Försäkringskassan) från privatägda företag, andel (%)	K	2025
N28029	Kommunens köp av insatser till personer med funktionsnedsättning enligt LSS och SFB (exkl. ersättning från Försäkringskassan) från föreningar och stiftelser, andel (%)	K	2025
N28030	Gemensamma kostnader fördelade till funktionsnedsättning LSS och SFB, andel (%)	K	2025
N28031	Övriga externa intäkter från andra än kommuner och regioner funktionsnedsättning (LSS SFB), kr/inv	K	2025
N28033	Bruttokostnad lokaler funktionsnedsättning LSS, kr/inv	K	2025
N28034	Externa intäkter från andra än kommuner och regioner funktionsnedsättning LSS, kr/inv	K	2025
N28035	Avgiftsintäkter funktionsnedsättning LSS, kr/inv	K	2025
N28036	Externa lokalintäkter funktionsnedsättning LSS, kr/inv	K	2025
N28037	Personalkostnad (inkl schablon för köp) funktionsnedsättning LSS boende, kr/brukare	K	2025
N28040	Personalkostnadsindex LSS	K	2026
N28050	Personalkostnad insatser till personer med funktionsnedsättning enligt LSS/SFB, egen regi, andel (%)	K	2025
N28140	Enhetsundersökning LSS - Tillsvidareanställda med adekvat utbildning på gymnasienivå, bostad med särskild service, andel (%)	K	2026
N28141	Enhetsundersökning LSS - Tillsvidareanställda med utbildning till stödpedagog på yrkeshögskola, bostad med särskild service, andel (%)	K	2026
N28142	Enhetsundersökning LSS - Tillsvidareanställda med annan yrkeshögskoleutbildning eller högskoleutbildning  som är relevant för verksamheten, bostad med särskild service, andel (%)	K	2026
N28143	Enhetsundersökning LSS - Tillsvidareanställda personal övrig eller saknar utbildning, bostad med särskild service, andel (%)	K	2026
N28144	Enhetsundersökning LSS - Visstidsanställda med adekvat utbildning på gymnasienivå, bostad med särskild service, andel (%)	K	2026
N28145	Enhetsundersökning LSS - Visstidsanställda med utbildning till stödpedagog på yrkeshögskola, bostad med särskild service, andel (%)	K	2026
N28146	Enhetsundersökning LSS - Visstidsanställda med annan yrkeshögskoleutbildning eller högskoleutbildning  som är relevant för verksamheten, bostad med särskild service, andel (%)	K	2026
N28147	Enhetsundersökning LSS - Visstidsanställda personal med övrig eller saknar utbildning, bostad med särskild service, andel (%)	K	2026
N28148	Enhetsundersökning LSS - Bostad med särskild service i kommunal regi, andel (%)	K	2026
N28149	Enhetsundersökning LSS - Bostäder med särskild service, deltagande enheter, antal	K	2026
N28150	Enhetsundersökning LSS - Tillsvidareanställda med adekvat utbildning på gymnasienivå, Daglig verksamhet, andel (%)	K	2026
N28151	Enhetsundersökning LSS - Tillsvidareanställda med utbildning till stödpedagog på yrkeshögskola, Daglig verksamhet, andel (%)	K	2026
N28152	Enhetsundersökning LSS - Tillsvidareanställda med annan yrkeshögskoleutbildning eller högskoleutbildning  som är relevant för verksamheten, Daglig verksamhet, andel (%)	K	2026
N28153	Enhetsundersökning LSS - Tillsvidareanställda personal övrig eller saknar utbildning, Daglig verksamhet, andel (%)	K	2026
N28154	Nettokostnad boende LSS, barn, kr/inv	K	2025
N28155	Nettokostnad daglig verksamhet LSS, kr/inv	K	2025
N28156	Nettokostnad personlig assistans LSS, kr/inv	K	2025
N28157	Nettokostnad övrigt LSS, kr/inv	K	2025
N28158	Enhetsundersökning LSS - Visstidsanställda med adekvat utbildning på gymnasienivå, Daglig verksamhet, andel (%)	K	2026
N28159	Enhetsundersökning LSS - Visstidsanställda med utbildning till stödpedagog på yrkeshögskola, Daglig verksamhet, andel (%)	K	2026
N28160	Enhetsundersökning LSS - Visstidsanställda med annan yrkeshögskoleutbildning eller högskoleutbildning  som är relevant för verksamheten, Daglig verksamhet, andel (%)	K	2026
N28161	Nettokostnad boende LSS, vuxna, kr/inv	K	2025
N28162	Nettokostnad boende LSS, totalt, kr/inv	K	2025
N28163	Enhetsundersökning LSS - Visstidsanställda personal med övrig eller saknar utbildning, Daglig verksamhet, andel (%)	K	2026
N28164	Enhetsundersökning LSS - Daglig verksamhet i kommunal regi, andel (%)	K	2026
N28165	Enhetsundersökning LSS - Daglig verksamhet, deltagande enheter, antal	K	2026
N28166	Enhetsundersökning LSS - Enheterna har rutiner för att förebygga utmanande beteende, daglig verksamhet, andel (%)	K	2026
N28167	Enhetsundersökning LSS - Tillsvidare- och visstidsanställd personal med kompetens i tydliggörande pedagogik, daglig verksamhet, andel (%)	K	2026
N28685	Brukarbedömning daglig verksamhet LSS - Personalen pratar med brukaren om att kunna få ett arbete med lön, lägeskommun, andel (%)	K	2026
N28686	Brukarbedömning daglig verksamhet LSS - Personalen pratar med brukaren om att kunna få ett arbete med lön, kommunal regi, andel (%)	K	2026
N28700	Brukarbedömning boende särskild service SoL - All personal förstår brukaren, kommunal regi, andel (%)	K	2026
N28701	Brukarbedömning boende särskild service SoL - Brukaren får bestämma om saker som är viktiga, kommunal regi, andel (%)	K	2026
N28702	Brukarbedömning boende särskild service SoL - Brukaren får den hjälp hen vill ha, kommunal regi, andel (%)	K	2026
N28703	Brukarbedömning boende särskild service SoL - Brukaren känner sig trygg med alla i personalen, kommunal regi, andel (%)	K	2026
N28704	Brukarbedömning boende särskild service SoL - Brukaren trivs alltid hemma, kommunal regi, andel (%)	K	2026
N28705	Brukarbedömning boende särskild service SoL - Brukaren vet vem hen ska kontakta om något är dåligt hemma, kommunal regi, andel (%)	K	2026
N28706	Brukarbedömning boende särskild service SoL - Brukaren är aldrig rädd för något hemma, kommunal regi, andel (%)	K	2026
N28707	Brukarbedömning boende särskild service SoL - Personalen bryr sig om brukaren, kommunal regi, andel (%)	K	2026
N28708	Brukarbedömning boende särskild service SoL - Personalen pratar så brukaren förstår, kommunal regi, andel (%)	K	2026
N28709	Brukarbedömning boendestöd SoL - All personal förstår brukaren, kommunal regi, andel (%)	K	2026
N28710	Brukarbedömning boendestöd SoL - Brukaren får bestämma om saker som är viktiga, kommunal regi, andel (%)	K	2026
N28711	Brukarbedömning boendestöd SoL - Brukaren får den hjälp hen vill ha, kommunal regi, andel (%)	K	2026
N28712	Brukarbedömning boendestöd SoL - Brukaren känner sig trygg med alla i personalen, kommunal regi, andel (%)	K	2026
N28713	Brukarbedömning boendestöd SoL - Brukaren trivs med sina boendestödjare, kommunal regi, andel (%)	K	2026
N28714	Brukarbedömning boendestöd SoL - Brukaren vet vem hen ska kontakta om något är dåligt med boendestödet, kommunal regi, andel (%)	K	2026
N28715	Brukarbedömning boendestöd SoL - Personalen bryr sig om brukaren, kommunal regi, andel (%)	K	2026
N28716	Brukarbedömning boendestöd SoL - Personalen pratar så brukaren förstår, kommunal regi, andel (%)	K	2026
N28717	Brukarbedömning daglig verksamhet LSS  - Brukaren känner sig trygg med alla i personalen, kommunal regi, andel (%)	K	2026
N28718	Brukarbedömning daglig verksamhet LSS  - Brukaren trivs alltid på sin dagliga verksamhet, kommunal regi, andel (%)	K	2026
N28719	Brukarbedömning daglig verksamhet LSS  - Brukaren är aldrig rädd för något på sin dagliga verksamhet, kommunal regi, andel (%)	K	2026
N28720	Brukarbedömning daglig verksamhet LSS  - Personalen pratar så brukaren förstår, kommunal regi, andel (%)	K	2026
N28721	Brukarbedömning daglig verksamhet LSS  - Brukaren får bestämma om saker som är viktiga, kommunal regi, andel (%)	K	2026
N28722	Brukarbedömning daglig verksamhet LSS - All personal förstår brukaren, kommunal regi, andel (%)	K	2026
N28723	Brukarbedömning daglig verksamhet LSS - Brukaren får den hjälp hen vill ha, kommunal regi, andel (%)	K	2026
N28724	Brukarbedömning daglig verksamhet LSS - Brukaren vet vem hen ska kontakta om något är dåligt, kommunal regi, andel (%)	K	2026
N28725	Brukarbedömning daglig verksamhet LSS - Personalen bryr sig om brukaren, kommunal regi, andel (%)	K	2026
N28726	Brukarbedömning daglig verksamhet LSS - Verksamheten är viktig för brukaren, kommunal regi, andel (%)	K	2026
N28727	Brukarbedömning gruppbostad LSS  - Brukaren får bestämma om saker som är viktiga hemma, kommunal regi, andel (%)	K	2026
N28728	Brukarbedömning gruppbostad LSS  - Brukaren känner sig trygg med alla i personalen, kommunal regi, andel (%)	K	2026
N28729	Brukarbedömning gruppbostad LSS  - Brukaren trivs alltid hemma, kommunal regi, andel (%)	K	2026
N28730	Brukarbedömning gruppbostad LSS  - Brukaren är aldrig rädd för något hemma, kommunal regi, andel (%)	K	2026
N28731	Brukarbedömning gruppbostad LSS  - Personalen bryr sig om brukaren, kommunal regi, andel (%)	K	2026
N28732	Brukarbedömning gruppbostad LSS  - Personalen pratar så brukaren förstår, kommunal regi, andel (%)	K	2026
N28733	Brukarbedömning gruppbostad LSS - All personal förstår brukaren, kommunal regi, andel (%)	K	2026
N28734	Brukarbedömning gruppbostad LSS - Brukaren får den hjälp hen vill ha, kommunal regi, andel (%)	K	2026
N28735	Brukarbedömning gruppbostad LSS - Brukaren vet vem hen ska kontakta om något är dåligt hemm, kommunal regi, andel (%)	K	2026
N28736	Brukarbedömning servicebostad LSS - All personal  förstår brukaren, kommunal regi, andel (%)	K	2026
N28737	Brukarbedömning servicebostad LSS - Brukaren får bestämma om saker som är viktiga hemma, kommunal regi, andel (%)	K	2026
N28738	Brukarbedömning servicebostad LSS - Brukaren får den hjälp hen vill ha, kommunal regi, andel (%)	K	2026
N28739	Brukarbedömning servicebostad LSS - Brukaren känner sig trygg med alla i personalen, kommunal regi, andel (%)	K	2026
N28740	Brukarbedömning servicebostad LSS - Brukaren trivs med alla i boendepersonalen, kommunal regi, andel (%)	K	2026
N28741	Brukarbedömning servicebostad LSS - Brukaren vet vem hen ska kontakta om något är dåligt hemma, kommunal regi, andel (%)	K	2026
N28742	Brukarbedömning servicebostad LSS - Brukaren är aldrig rädd för något hemma, kommunal regi, andel (%)	K	2026
N28743	Brukarbedömning servicebostad LSS - Personalen bryr sig om brukaren, kommunal regi, andel (%)	K	2026
N28744	Brukarbedömning servicebostad LSS - Personalen pratar så brukaren förstår, kommunal regi, andel (%)	K	2026
N28801	Personer med boende enligt LSS, antal	K	2025
N28802	Personer med boende enligt LSS, andel (%) av totalt antal personer med insatser enligt LSS	K	2025
N28803	Personer med daglig verksamhet, andel (%) av totalt antal personer med insatser enligt LSS (%)	K	2025
N28804	Personer med daglig verksamhet enligt LSS, antal	K	2025
N28805	Personer med personlig assistans enligt LSS, antal	K	2025
N28806	Personer med ledsagarservice enligt LSS, antal	K	2025
N28807	Personer med kontaktperson enligt LSS, antal	K	2025
N28808	Personer med avlösarservice enligt LSS, antal	K	2025
N28809	Personer med korttidsvistelse enligt LSS, antal	K	2025
N28810	Personer med korttidstillsyn enligt LSS, antal	K	2025
N28811	Personer med personlig assistans enligt SFB, antal	K	2025
N28812	Personer med ledsagarservice enligt LSS, antal/10 000 inv	K	2025
N28813	Personer med kontaktperson enligt LSS, antal/10 000 inv	K	2025
N28814	Personer med avlösarservice enligt LSS, antal/10 000 inv	K	2025
N28815	Personer med korttidsvistelse enligt LSS, antal/10 000 inv	K	2025
N28816	Personer med korttidstillsyn enligt LSS, antal/10 000 inv	K	2025
N28817	Personer med personlig assistans enligt SFB, antal/10 000 inv	K	2025
N28818	Personer med personlig assistans enligt LSS, antal/10 000 inv	K	2025
N28819	Personer med daglig verksamhet enligt LSS, antal/10 000 inv	K	2025
N28820	Personer med boende enligt LSS, antal/10 000 inv	K	2025
N28821	Genomsnittligt antal timmar per vecka, personlig assistans enligt SFB, timmar/vecka	A	2025
N28890	Invånare 0-64 år med insatser enl. LSS, andel (%)	K	2025
N28891	Invånare 0-22 år med insatser enligt LSS, antal/10 000 inv 0-22 år	K	2025
N28892	Invånare med insatser enl. LSS, antal/10 000 inv	K	2025
N29002	Kostnad funktionsnedsättning öppen verksamhet enl SoL, kr/inv	K	2025
N30001	Nettokostnadsavvikelse individ- och familjeomsorg, (%)	K	2025
N30004	Intäkter individ- och familjeomsorg, kr/inv	K	2025
N30005	Nettokostnad individ- och familjeomsorg, kr/inv	K	2025
N30007	Referenskostnad individ- och familjeomsorg, kr/inv	K	2025
N30010	Månadsavlönade inom individ- och familjeomsorg, kommun, antal	K	2025
N30012	Årsarbetare inom individ- och familjeomsorg, kommun, antal	K	2025
N30014	Standardkostnad individ- och familjeomsorg, kr/inv	K	2026
N30020	Kommunens köp av övrig IFO totalt, andel (%)	K	2025
N30021	Kommunens köp av övrig IFO från privatägda företag, andel (%)	K	2025
N30022	Kommunens köp av övrig IFO från föreningar och stiftelser, andel (%)	K	2025
N30023	Kommunens köp av övrig IFO från andra kommuner, andel (%)	K	2025
N30025	Gemensamma kostnader fördelade till individ- och familjeomsorg, andel (%)	K	2025
N30026	Nettokostnadsavvikelse individ- och familjeomsorg, miljoner kronor	K	2025
N30100	Kostnad för individ- och familjeomsorgen, andel av total driftskostnad (%)	K	2025
N30101	Kostnad individ- och familjeomsorg, kr/inv	K	2025
N30200	Tillsvidareanställda månadsavlönade inom individ- och familjeomsorg, andel (%)	K	2025
N30201	Visstidsanställda månadsavlönade inom individ- och familjeomsorg, andel (%)	K	2025
N30202	Visstidsanställda timavlönade inom individ- och familjeomsorg, andel (%)	K	2025
N30203	Arbetad tid utförd av månadsavlönade kommunalt tillsvidareanställda inom individ- och familjeomsorg, andel (%)	K	2025
N30204	Arbetad tid utförd av visstidsanställda månadsavlönade inom individ- och familjeomsorg, andel (%)	K	2025
N30205	Arbetad tid utförd av visstidsanställda timavlönade inom individ- och familjeomsorg, andel (%)	K	2025
N30206	Heltidsanställda månadsavlönade inom individ- och familjeomsorg, andel (%)	K	2025
N30207	Deltidsanställda (75-99 %) månadsavlönade inom individ- och familjeomsorg, andel (%)	K	2025
N30208	Deltidsanställda (1-74 %) månadsavlönade inom individ- och familjeomsorg, andel (%)	K	2025
N30209	Heltidsarbetande månadsavlönade inom individ- och familjeomsorg, andel (%)	K	2025
N30210	Deltidsarbetande (75-99 %) månadsavlönade inom individ- och familjeomsorg, andel (%)	K	2025
N30211	Deltidsarbetande (1-74 %) månadsavlönade inom individ- och familjeomsorg, andel (%)	K	2025
N30212	Anställda -34 år inom individ- och familjeomsorg, andel (%)	K	2025
N30213	Anställda 35-54 år inom individ- och familjeomsorg, andel (%)	K	2025
N30214	Anställda 55+ inom individ- och familjeomsorg, andel (%)	K	2025
N30217	Utrikes födda, anställda inom individ- och familjeomsorg, balanstal	K	2025
N30218	Anställda 55+ år inom individ- och familjeomsorg, antal	K	2025
N30219	Anställda 55-64 år inom individ- och familjeomsorg, andel (%)	K	2025
N30220	Månadsavlönad personal, kommunalt anställda i övrigt socialt och  kurativt arbete, antal	K	2025
N30221	Månadsavlönade inom IFO, omsorg och integration, kommun, antal	K	2025
N30222	Månadsavlönad personal, kommunalt anställda socialsekreterare, antal	K	2025
N30223	Årsarbetare, kommunalt anställda socialsekreterare, antal	K	2025
N30224	Årsarbetare inom IFO, omsorg och integration, kommun, antal	K	2025
N30225	Årsarbetare, kommunalt anställda i övrigt socialt och kurativt arbete, antal	K	2025
N30226	Anställda 65+ inom individ- och familjeomsorg, andel (%)	K	2025
N30227	Anställda 55-64 år inom individ- och familjeomsorg, antal	K	2025
N30228	Anställda 65+ år inom individ- och familjeomsorg, antal	K	2025
N30466	Kommunen erbjuder varaktigt boende först till personer i hemlöshet (Ja=1, Nej=2)	K	2026
N30898	Medarbetarengagemang (HME) individ- och familje-omsorg - svarsfrekvens, andel (%)	K	-
N31000	Kostnad ekonomiskt bistånd, kr/inv 18-64 år	K	2025
N31001	Kostnad ekonomiskt bistånd, kr/inv	K	2025
N31002	Kostnad utbetalt ekonomiskt bistånd, kr/inv	K	2025
N31003	Kostnad övrigt ekonomiskt bistånd (ej utbet ek bistånd), kr/inv	K	2025
N31004	Utbetalt ekonomiskt bistånd (enl Sos exkl flyktinghushåll), kr/inv (-2023)	K	-
N31006	Utbetalt ekonomiskt bistånd per hushåll (exkl flyktinghushåll), kr/hushåll (-2023)	K	-
N31007	Intäkter ekonomiskt bistånd, kr/inv	K	2025
N31008	Nettokostnad ekonomiskt bistånd, kr/inv	K	2025
N31009	Nettokostnad ekonomiskt bistånd, kr/inv 18-64 år	K	2025
N31010	Kostnad ekonomiskt bistånd, kr/inv 0-64 år	K	2025
N31805	Genomsnittlig månadsutbetalning (enl SoS) till hushåll exkl. flyktinghushåll, kr (-2023)	K	-
N31806	Genomsnittlig månadsutbetalning till flyktinghushåll (enl SoS), kr	K	-
N31807	Invånare som någon gång under året erhållit ekonomiskt bistånd, andel (%) av bef.	A	2025
N31814	Vuxna biståndsmottagare (18+ år) med långvarigt ekonomiskt bistånd, andel (%) av biståndsmottagare 18+ år	K	2025
N31816	Vuxna biståndsmottagare (18+ år) med långvarigt ekonomiskt bistånd, andel (%) av befolkningen	K	2025
N31824	Biståndsmottagare, ekonomiskt bistånd, 18+ år, antal	K	2025
N31825	Biståndsmottagare, ekonomiskt bistånd, 18+ år, andel (%) av befolkningen	K	2025
N31836	Biståndsmottagare ekonomiskt bistånd, 0-17 år, antal	K	2025
N31837	Biståndsmottagare ekonomiskt bistånd, 18-19 år, antal	K	2025
N31838	Biståndsmottagare ekonomiskt bistånd, 20-24 år, antal	K	2025
N31839	Biståndsmottagare ekonomiskt bistånd, 25-29 år, antal	K	2025
N31840	Biståndsmottagare ekonomiskt bistånd, 30-34 år, antal	K	2025
N31841	Biståndsmottagare ekonomiskt bistånd, 35-39 år, antal	K	2025
N31842	Biståndsmottagare ekonomiskt bistånd, 40-44 år, antal	K	2025
N31843	Biståndsmottagare ekonomiskt bistånd, 45-49 år, antal	K	2025
N31844	Biståndsmottagare ekonomiskt bistånd, 50-54 år, antal	K	2025
N31845	Biståndsmottagare ekonomiskt bistånd, 55-59 år, antal	K	2025
N31846	Biståndsmottagare ekonomiskt bistånd, 60-64 år, antal	K	2025
N31847	Biståndsmottagare ekonomiskt bistånd, 65+ år, antal	K	2025
N31848	Biståndsmottagare, ekonomiskt bistånd, totalt, antal	K	2025
N31849	Utbetalt ekonomiskt bistånd, kr/hushåll	K	2025
N31850	Utbetalt ekonomiskt bistånd till barnhushåll (sökande < 18 år) inkl. okänd hushållstyp, tkr	K	2025
N31851	Utbetalt ekonomiskt bistånd till ensamstående man utan barn, tkr	K	2025
N31852	Utbetalt ekonomiskt bistånd till ensamstående man med barn, tkr	K	2025
N31853	Utbetalt ekonomiskt bistånd till ensamstående kvinna utan barn, tkr	K	2025
N31854	Utbetalt ekonomiskt bistånd till ensamstående kvinna med barn, tkr	K	2025
N31855	Utbetalt ekonomiskt bistånd till sammanboende par utan barn, tkr	K	2025
N31856	Utbetalt ekonomiskt bistånd till sammanboende par med barn, tkr	K	2025
N31857	Utbetalt ekonomiskt bistånd totalt, tkr	K	2025
N31858	Vuxna biståndsmottagare med försörjningshinder, arbetslösa, andel (%)	K	2025
N31859	Vuxna biståndsmottagare med försörjningshinder, arbetslösa med etableringsersättning, andel (%)	K	2025
N31860	Vuxna biståndsmottagare med försörjningshinder, sjukskrivna med läkarintyg, andel (%)	K	2025
N31861	Vuxna biståndsmottagare med försörjningshinder, sjuk- eller aktivitetsersättning, andel (%)	K	2025
N31862	Vuxna biståndsmottagare med försörjningshinder, pension el- äldreförsörjningsstöd, andel (%)	K	2025
N31863	Vuxna biståndsmottagare med försörjningshinder, arbetshinder av sociala skäl, andel (%)	K	2025
N31864	Vuxna biståndsmottagare med försörjningshinder, föräldraledighet, andel (%)	K	2025
N31865	Vuxna biståndsmottagare med försörjningshinder, heltidsarbetande, andel (%)	K	2025
N31866	Vuxna biståndsmottagare med försörjningshinder, deltidsarbetande, andel (%)	K	2025
N31867	Vuxna biståndsmottagare med försörjningshinder, försörjningshinder saknas, andel (%)	K	2025
N31868	Vuxna biståndsmottagare med försörjningshinder, uppgift saknas, andel (%)	K	2025
N31869	Vuxna biståndsmottagare av ekonomiskt bistånd med försörjningshinder, antal personer totalt	K	2025
N31870	Biståndsmottagare ekonomiskt bistånd, 0-17 år, andel (%) av biståndsmottagare totalt	K	2025
N31871	Biståndsmottagare ekonomiskt bistånd, 18-19 år, andel (%) av biståndsmottagare totalt	K	2025
N31872	Biståndsmottagare ekonomiskt bistånd, 20-24 år, andel (%) av biståndsmottagare totalt	K	2025
N31873	Biståndsmottagare ekonomiskt bistånd, 25-29 år, andel (%) av biståndsmottagare totalt	K	2025
N31874	Biståndsmottagare ekonomiskt bistånd, 30-34 år, andel (%) av biståndsmottagare totalt	K	2025
N31875	Biståndsmottagare ekonomiskt bistånd, 35-39 år, andel (%) av biståndsmottagare totalt	K	2025
N31876	Biståndsmottagare ekonomiskt bistånd, 40-44 år, andel (%) av biståndsmottagare totalt	K	2025
N31877	Biståndsmottagare ekonomiskt bistånd, 45-49 år, andel (%) av biståndsmottagare totalt	K	2025
N31878	Biståndsmottagare ekonomiskt bistånd, 50-54 år, andel (%) av biståndsmottagare totalt	K	2025
N31879	Biståndsmottagare ekonomiskt bistånd, 55-59 år, andel (%) av biståndsmottagare totalt	K	2025
N31880	Biståndsmottagare ekonomiskt bistånd, 60-64 år, andel (%) av biståndsmottagare totalt	K	2025
N31881	Biståndsmottagare ekonomiskt bistånd, 65+ år, andel (%) av biståndsmottagare totalt	K	2025
N31882	Biståndsmottagare ekonomiskt bistånd, 65+ år, andel (%) av invånare 65+ år	K	2025
N31885	Utbetalt ekonomiskt bistånd till barnhushåll (sökande < 18 år) inkl. okänd hushållstyp, andel (%)	K	2025
N31886	Utbetalt ekonomiskt bistånd till ensamstående man utan barn, andel (%) av utbetalt ekonomiskt bistånd	K	2025
N31887	Utbetalt ekonomiskt bistånd till ensamstående man med barn, andel (%) av utbetalt ekonomiskt bistånd	K	2025
N31888	Utbetalt ekonomiskt bistånd till ensamstående kvinna utan barn, andel (%) av utbetalt ekonomiskt bistånd	K	2025
N31889	Utbetalt ekonomiskt bistånd till ensamstående kvinna med barn, andel (%) av utbetalt ekonomiskt bistånd	K	2025
N31890	Utbetalt ekonomiskt bistånd till sammanboende par utan barn, andel (%) av utbetalt ekonomiskt bistånd	K	2025
N31891	Utbetalt ekonomiskt bistånd till sammanboende par med barn, andel (%) av utbetalt ekonomiskt bistånd	K	2025
N31910	Biståndshushåll, ekonomiskt bistånd, antal	K	2025
N31911	Mottagare av ekonomiskt bistånd, hushåll bestående av ensamstående kvinna med barn, antal	K	2025
N31912	Mottagare av ekonomiskt bistånd, hushåll bestående av ensamstående kvinna utan barn, antal	K	2025
N31913	Mottagare av ekonomiskt bistånd, hushåll bestående av ensamstående man med barn, antal	K	2025
N31914	Mottagare av ekonomiskt bistånd, hushåll bestående av ensamstående man utan barn, antal	K	2025
N31915	Mottagare av ekonomiskt bistånd, hushåll bestående av sammanboende par med barn, antal	K	2025
N31916	Mottagare av ekonomiskt bistånd, hushåll bestående av sammanboende par utan barn, antal	K	2025
N33001	Kostnad barn och ungdomsvård, kr/inv	K	2025
N33002	Kostnad HVB för barn och unga kr/inv 0-20 år	K	2025
N33004	Kostnad familjehemsvård barn och unga, kr/inv 0-20 år	K	2025
N33006	Kostnad barn och ungdomsvård, kr/inv 0-20 år	K	2025
N33007	Kostnad HVB barn och unga, kr/inv	K	2025
N33008	Kostnad familjehemsvård barn och unga, kr/inv	K	2025
N33009	Kostnad öppna insatser barn och unga, kr/inv	K	2025
N33010	Kostnad öppna insatser barn och unga, individuellt behovsprövad, kr/inv	K	2025
N33011	Kostnad öppna insatser barn och unga övr. öppna ins. kr/inv	K	2025
N33012	Intäkter barn och ungdomsvård, kr/inv	K	2025
N33016	Nettokostnad barn och ungdomsvård, kr/inv	K	2025
N33021	Kostnad öppna insatser barn och unga, kr/inv 0-20 år	K	2025
N33022	Kostnad familje- och HVB barn och unga, kr/inv 0-20 år	K	2025
N33023	Kommunens köp av barn- och ungdomsvård totalt, andel (%)	K	2025
N33024	Kommunens köp av barn- och ungdomsvård från privatägda företag, andel (%)	K	2025
N33025	Kommunens köp av barn- och ungdomsvård från föreningar och stiftelser, andel (%)	K	2025
N33026	Kommunens köp av barn- och ungdomsvård från andra kommuner, andel (%)	K	2025
N33802	Invånare 0-20 år som var föremål för individuellt biståndsbedömda öppna insatser, andel (%)	K	2025
N33812	Antal barn och unga 0-20 år som har varit placerade på familjehem någon gång under året	A	2025
N33813	Antal barn och unga  0-20 år som har varit placerade på HVB någon gång under året	A	2025
N33816	Barn och unga 0-20 år som har varit placerade på HVB någon gång under året, antal/1000 inv	K	2025
N33817	Barn och unga 0-20 år som har varit placerade på familjehem någon gång under året, antal/1000 inv	K	2025
N33818	Barn och unga 0-20 år som har varit placerade på HVB eller familjehem någon gång under året, antal/1000 inv	K	2025
N33820	Psykisk ohälsa bland barn och unga, andel (%)	K	2024
N33821	Barn och unga i socialt utsatta områden, andel (%)	K	2024
N33822	Barn och unga 0-20 år med strukturerat öppenvårdsprogram, andel (%)	K	2024
N33823	Barn och unga 0-20 år med behovsprövat personligt stöd, anel (%)	K	2024
N33840	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - få kontakt, andel (%)	K	2026
N33841	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - tydlig information, andel (%)	K	2026
N33842	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - visar förståelse, andel (%)	K	2026
N33843	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år - prata om viktiga saker, andel (%)	K	2026
N33844	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - inflytande, andel (%)	K	2026
N33845	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - förbättrad situation för dig, andel (%)	K	2026
N33846	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - förbättrad situation för ditt/dina barn, andel (%)	K	2026
N33847	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - helhetssyn, andel (%)	K	2026
N33848	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - framföra synpunkter eller klagomål, andel (%)	K	2026
N33849	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år  - träffat familjebehandlaren 4 gånger eller fler, andel (%)	K	2026
N33850	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år - antal svar	K	2026
N33851	Brukarbedömning öppna insatser, omsorgspersoner till 0-18 år - svarsfrekvens (%)	K	2026
N33852	Brukarbedömning öppna insatser, ungdomar 13-20 år - få kontakt, andel (%)	K	2026
N33853	Brukarbedömning öppna insatser, ungdomar 13-20 år - tydlig information, andel (%)	K	2026
N33854	Brukarbedömning öppna insatser, ungdomar 13-20 år - visar förståelse, andel (%)	K	2026
N33855	Brukarbedömning öppna insatser, ungdomar 13-20 år - prata om viktiga saker, andel (%)	K	2026
N33856	Brukarbedömning öppna insatser, ungdomar 13-20 år - inflytande, andel (%)	K	2026
N33857	Brukarbedömning öppna insatser, ungdomar 13-20 år - förbättrad situation för dig, andel (%)	K	2026
N33858	Brukarbedömning öppna insatser, ungdomar 13-20 år - helhetssyn, andel (%)	K	2026
N33859	Brukarbedömning öppna insatser, ungdomar 13-20 år - framföra synpunkter eller klagomål, andel (%)	K	2026
N33860	Brukarbedömning öppna insatser, ungdomar 13-20 år - träffat familjebehandlaren 4 gånger eller fler, andel (%)	K	2026
N33861	Brukarbedömning öppna insatser, ungdomar 13-20 år - antal svar	K	2026
N33862	Brukarbedömning öppna insatser, ungdomar 13-20 år - svarsfrekvens (%)	K	2026
N33870	Behörighet till gymnasieutbildning - placerade hela åk 9, 17 år, andel (%)	K	2024
N33871	Avslutat treårigt gymnasium - placerade hela åk 9, 20 år, andel (%)	K	2024
N33872	Behandling för psykiatriska tillstånd - placerade i familjehem, 15-17 år, andel (%)	K	2024
N33873	Behandling för psykiatriska tillstånd - placerade i familjehem, 18-20 år, andel (%)	K	2024
N33874	Behandling för psykiatriska tillstånd - placerade på institution, 15-17 år, andel (%)	K	2024
N33875	Behandling för psykiatriska tillstånd - placerade på institution, 18-20 år, andel (%)	K	2024
N33876	Behörighet till gymnasieutbildning - ej placerade, 17 år, andel (%)	K	2024
N33877	Behörighet till gymnasieutbildning - övriga placerade, 17 år, andel (%)	K	2024
N33878	Placerade enligt LVU av heldygnsplacerade 0-20 år, andel (%)	K	2024
N33900	Invånare 0-20 år, andel (%) av bef.	A	2026
N35001	Kostnad missbruksvård vuxna, kr/inv	K	2025
N35002	Kostnad institutionsvård vuxna missbrukare, kr/inv 21-64 år	K	2025
N35003	Kostnad familjehemsvård vuxna missbrukare, kr/inv 21-64 år	K	2025
N35006	Kostnad öppna insatser, bistånd som avser boende för vuxna missbrukare, kr/inv 21-64 år	K	2025
N35007	Kostnad öppna insatser, individuellt behovsprövade avs. vuxna missbrukare, kr/inv 21-64 år	K	2025
N35008	Kostnad öppna insatser, övriga avs. vuxna missbrukare. kr/inv 21-64 år	K	2025
N35009	Kostnad institutionsvård vuxna missbrukare, kr/inv	K	2025
N35010	Kostnad familjehemsvård vuxna missbrukare, kr/inv	K	2025
N35011	Kostnad öppna insatser vuxna missbrukare, kr/inv	K	2025
N35012	Kostnad öppna insatser, bistånd som avser boende för vuxna missbrukare, kr/inv	K	2025
N35013	Kostnad öppna insatser, individuellt behovsprövade avs. vuxna missbrukare, kr/inv	K	2025
N35014	Kostnad öppna insatser, övriga avs. vuxna missbrukare, kr/inv	K	2025
N35015	Intäkter missbruksvård vuxna, kr/inv	K	2025
N35019	Nettokostnad missbruksvård totalt för vuxna, kr/inv	K	2025
N35023	Kostnad öppna insatser, bistånd som avser boende för vuxna missbrukare, kr/boendedygn	K	2025
N35024	Kostnad heldygnsvård vuxna med missbruksproblem kr/inv 21-64 år	K	2025
N35025	Kostnad institutionsvård vuxna missbrukare, kr/vårddygn	K	2025
N35030	Kommunens köp av vård för vuxna med missbruksproblem totalt, andel (%)	K	2025
N35031	Kommunens köp av vård för vuxna med missbruksproblem från privatägda företag, andel (%)	K	2025
N35032	Kommunens köp av vård för vuxna med missbruksproblem från föreningar och stiftelser, andel (%)	K	2025
N35033	Kommunens köp av vård för vuxna med missbruksproblem från andra kommuner, andel (%)	K	2025
N35100	Kostnad öppna insatser vuxna missbrukare, kr/inv 21-64 år	K	2025
N35801	Boendedygn i bistånd som avser boende för vuxna missbrukare, antal/inv 21-64 år	K	2025
N35804	Vårddygn i institutionsvård vuxna missbrukare, antal/inv 21-64 år	K	2025
N35805	Vuxna med missbruksproblem som någon gång under året varit i frivillig institutionsvård, andel (%) av bef. 21-64 år	K	2025
N35806	Genomsnittligt antal boendedygn per person med bistånd avseende boende för vuxna med skadligt bruk- eller beroendeproblem	K	2025
N35807	Antal personer med individuellt behovsprövade öppna insatser 1 november.	K	2025
N35846	Patienter med missbruksdiagnos i specialiserad öppenvård, antal/1000 inv	K	2025
N35847	Besök där missbruksdiagnos i specialiserad öppenvård förekommer, antal/1000 inv	K	2025
N35848	Patienter med missbruksdiagnos i specialiserad öppenvård, antal	K	2025
N35849	Besök där missbruksdiagnos i specialiserad öppenvård förekommer, antal	K	2025
N37001	Kostnad övrig vuxenvård, kr/inv	K	2025
N37002	Kostnad familjerätt och familjerådgivning, kr/inv	K	2025
N37003	Intäkter övrig vuxenvård, kr/inv	K	2025
N37004	Intäkter familjerätt och familjerådgivning, kr/inv	K	2025
N37005	Nettokostnad övrig vuxenvård, kr/inv	K	2025
N37006	Nettokostnad familjerätt och familjerådgivning, kr/inv	K	2025
N40001	Kostnad särskilt riktade insatser, kr/inv	K	2025
N40002	Intäkter arbetsmarknadsåtgärder, kr/inv	K	2025
N40003	Kostnad näringslivsfrämjande åtgärder, kr/inv	K	2025
N40004	Intäkter näringslivsfrämjande åtgärder, kr/inv	K	2025
N40005	Intäkter särskilt riktade insatser, kr/inv	K	2025
N40006	Nettokostnad särskilt riktade insatser, kr/inv	K	2025
N40007	Kostnad flyktingmottagande, kr/inv	K	2025
N40008	Kostnad arbetsmarknadsåtgärder, kr/inv	K	2025
N40009	Nettokostnad näringslivsfrämjande åtgärder, kr/inv	K	2025
N40010	Nettokostnad flyktingmottagande, kr/inv	K	2025
N40011	Nettokostnad arbetsmarknadsåtgärder, kr/inv	K	2025
N40013	Kommunens köp av arbetsmarknadsåtgärder totalt, andel (%)	K	2025
N40014	Kommunens köp av flyktingmottagande totalt, andel (%)	K	2025
N40015	Kommunens köp av flyktingmottagande från privatägda företag, andel (%)	K	2025
N40016	Kommunens köp av flyktingmottagande från föreningar och stiftelser, andel (%)	K	2025
N40017	Kommunens köp av flyktingmottagande från andra kommuner, andel (%)	K	2025
N40019	Gemensamma kostnader fördelade till särskilda insatser, andel (%)	K	2025
N40450	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare totalt, antal	K	-
N40471	Ungdomar som sökt och erhållit feriejobb/feriepraktik, andel (%)	K	-
N40472	Ungdomar som sökt och erhållit feriejobb/feriepraktik utanför kommunens egna verksamhet, antal	K	-
N40473	Ungdomar som sökt och erhållit feriejobb/feriepraktik inom privata näringslivet, andel (%)	K	-
N40474	Ungdomar som sökt och erhållit feriejobb/feriepraktik inom civilsamhället/föreningar, andel (%)	K	-
N40475	Ungdomar som sökt och erhållit feriejobb/feriepraktik hos annan arbetsgivare, andel (%)	K	-
N40826	Deltagare inom arbetsmarknadsverksamheten som varit utan arbete mellan 6-12 månader innan inskrivning, andel (%)	K	-
N40827	Deltagare inom arbetsmarknadsverksamheten som varit utan arbete mellan mer än 12 och som längst 24 månader innan inskrivning, andel (%)	K	-
N40828	Deltagare inom arbetsmarknadsverksamheten vars insatser avslutats inom 6 månader, andel (%)	K	-
N40829	Deltagare inom arbetsmarknadsverksamheten vars insatser har avslutats efter mellan 6 och 12 månader, andel (%)	K	-
N40830	Deltagare inom arbetsmarknadsverksamheten vars insatser har avslutats efter mellan mer än 12 månader och som längst 24 månader, andel (%)	K	-
N45001	Intäkter affärsverksamhet, kr/inv	K	2025
N45002	Nettokostnad näringsliv och bostäder, kr/inv	K	2025
N45003	Nettokostnad kommunikationer, kr/inv	K	2025
N45004	Nettokostnad energi, vatten och avfall, kr/inv	K	2025
N45005	Nettokostnad arbetsområden och lokaler, kr/inv	K	2025
N45006	Nettokostnad hamnverksamhet, kr/inv	K	2025
N45007	Nettokostnad kommersiell verksamhet, kr/inv	K	2025
N45008	Nettokostnad bostadsverksamhet, kr/inv	K	2025
N45009	Nettokostnad flygtrafik, kr/inv	K	2025
N45010	Nettokostnad buss, bil och spårbunden trafik, kr/inv	K	2025
N45011	Nettokostnad sjötrafik, kr/inv	K	2025
N45012	Nettokostnad elförsörjning + gasförsörjning, kr/inv	K	2025
N45013	Nettokostnad fjärrvärmeförsörjning, kr/inv	K	2025
N45014	Nettokostnad vattenförsörjning och avloppshantering, kr/inv	K	2025
N45015	Nettokostnad avfallshantering, kr/inv	K	2025
N45016	Kostnad näringsliv och bostäder, kr/inv	K	2025
N45017	Kostnad kommunikationer, kr/inv	K	2025
N45018	Kostnad energi, vatten och avfall, kr/inv	K	2025
N45019	Kostnad arbetsområden och lokaler, kr/inv	K	2025
N45020	Kostnad hamnverksamhet, kr/inv	K	2025
N45021	Kostnad kommersiell verksamhet, kr/inv	K	2025
N45022	Kostnad bostadsverksamhet, kr/inv	K	2025
N45023	Kostnad flygtrafik, kr/inv	K	2025
N45024	Kostnad buss, bil och spårbunden trafik, kr/inv	K	2025
N45025	Kostnad sjötrafik, kr/inv	K	2025
N45026	Kostnad elförsörjning + gasförsörjning, kr/inv	K	2025
N45027	Kostnad fjärrvärmeförsörjning, kr/inv	K	2025
N45028	Kostnad vattenförsörjning och avloppshantering, kr/inv	K	2025
N45029	Kostnad avfallshantering, kr/inv	K	2025
N45030	Kostnad affärsverksamhet, kr/inv	K	2025
N45031	Nettokostnad affärsverksamhet, kr/inv	K	2025
N45035	Köp av affärsverksamhet från privatägda företag, andel (%)	K	2025
N45036	Köp av affärsverksamhet från kommunägda företag, andel (%)	K	2025
N45037	Köp av affärsverksamhet från övriga motparter, andel (%)	K	2025
N45038	Investeringsutgifter el- och gasförsörjning, kr/inv	K	2025
N45039	Investeringsutgifter fjärrvärmeförsörjning, kr/inv	K	2025
N45040	Investeringsutgifter vattenförsörjning och avloppshantering, kr/inv	K	2025
N45041	Investeringsutgifter avfallshantering, kr/inv	K	2025
N45042	Gemensamma kostnader fördelade till affärsverksamhet, andel (%)	K	2025
N45043	Gemensamma kostnader fördelade till kommunens verksamhet totalt, andel (%)	K	2025
N45700	Företagsförekomster, antal/1000 inv	A	2025
N45702	Branschbredd, andel (%)	A	2025
N45703	Företagens ekonomiska omsättning, tkr/inv	A	2024
N45704	Företagens ekonomiska omsättning, mnkr	A	2024
N45801	Köp av affärsmässig verksamhet totalt, andel (%)	K	2025
N45850	Gästnätter, antal nätter, totalt per invånare, antal/inv	A	2025
N45851	Gästnätter, antal ankomster, totalt per invånare, antal/inv	A	2025
N45900	Elpris inkl. moms för typfastighet enligt Nils Holgersson-modellen, kr/kvm	K	2026
N45901	Fjärrvärmepris inkl. moms för typfastighet enligt Nils Holgersson-modellen, kr/kvm	K	2026
N45904	Elproduktion från vindkraft, MWh	A	2025
N45905	Slutanvändning av energi totalt inom det geografiska området, MWh/inv	A	2025
N45906	Slutanvändning av el inom det geografiska området, MWh/inv	A	2025
N45907	Slutanvändning av fjärrvärme inom det geografiska området, MWh/inv	A	2025
N45908	Slutanvändning av förnybara bränsletyper inom det geografiska området, MWh/inv	A	2025
N45909	Slutanvändning av icke-förnybara bränsletyper inom det geografiska området, MWh/inv	A	2025
N45910	Slutanvändning av energi inom jordbruk, skogsbruk och fiske inom det geografiska området, MWh/inv	A	2025
N45911	Slutanvändning av energi inom industri och byggverksamhet inom det geografiska området, MWh/inv	A	2025
N45912	Slutanvändning av energi inom offentlig verksamhet inom det geografiska området, MWh/inv	A	2025
N45913	Slutanvändning av energi inom transporter inom det geografiska området, MWh/inv	A	2025
N45914	Slutanvändning av energi inom övriga tjänster inom det geografiska området, MWh/inv	A	2025
N45915	Slutanvändning av energi bland småhus inom det geografiska området, MWh/inv	A	2025
N45916	Slutanvändning av energi bland flerbostadshus inom det geografiska området, MWh/inv	A	2025
N45917	Slutanvändning av energi bland fritidshus inom det geografiska området, MWh/inv	A	2025
N45920	Slutanvändning energi inom hushåll inom det geografiska området, MWh/inv	A	2025
N45923	Avgift för avfallshämtning inkl. moms för typfastighet enligt Nils Holgersson-modellen, kr/kvm (-2023)	K	-
N45924	Avgift för vatten och avlopp inkl. moms för typfastighet enligt Nils Holgersson-modellen, kr/kvm	K	2026
N45925	Elproduktion av förnybara energikällor inom det geografiska området, andel (%)	A	2025
N45926	Elproduktion totalt inom det geografiska området, MWh	A	2025
N45927	Elproduktion av vattenkraft inom det geografiska området, MWh	A	2025
N45928	Fjärrvärmeproduktion totalt inom det geografiska området, MWh	A	2025
N45930	Fjärrvärmeproduktion av förnybara energikällor inom det geografiska området, andel (%)	A	2025
N45932	Nettoproduktion av el inom det geografiska området, MWh/inv	A	2025
N45933	Elavbrott,  genomsnittlig avbrottstid per kund (SAIDI), minuter/kund	K	2025
N45934	Elavbrott,  andel kunder som drabbats av 4 eller fler oaviserade långa avbrott under året (CEMI-4), andel (%)	K	2025
N45941	Slutanvändning av energi totalt inom det geografiska området, MWh	A	2025
N45942	Slutanvändning av energi inom industri och byggverksamhet inom det geografiska området, MWh	A	2025
N45943	Slutanvändning av energi inom jordbruk, skogsbruk och fiske inom det geografiska området, MWh	A	2025
N45944	Slutanvändning av energi inom offentlig verksamhet inom det geografiska området, MWh	A	2025
N45945	Slutanvändning av energi inom transporter inom det geografiska området, MWh	A	2025
N45946	Slutanvändning av energi inom övriga tjänster inom det geografiska området, MWh	A	2025
N45947	Slutanvändning av energi bland flerbostadshus inom det geografiska området, MWh	A	2025
N45948	Slutanvändning av energi bland fritidshus inom det geografiska området, MWh	A	2025
N45949	Slutanvändning av energi bland småhus inom det geografiska området, MWh	A	2025
N45950	Elproduktion från kraftvärmeverk samt industriellt mottryck inom det geografiska området, MWh	A	2025
N45951	Elproduktion från övrig värmekraft inom det geografiska området	A	2025
N45952	Elproduktion från solkraft inom det geografiska området, MWh	A	2025
N45953	Avgift för avfallshämtning (ny definition) inkl. moms för typfastighet enligt Nils Holgersson-modellen, kr/kvm	K	2026
N45970	Solcellsanläggningar totalt, installerad effekt (MW)	A	2025
N45971	Solcellsanläggningar under 20 kW, installerad effekt (MW)	A	2025
N45972	Solcellsanläggningar 20 kW – 1000 kW, installerad effekt(MW)	A	2025
N45973	Solcellsanläggningar över 1000 kW, installerad effekt (MW)	A	2025
N45974	Solcellsanläggningar totalt, antal	A	2025
N45975	Solcellsanläggningar med effekt under 20 kW, antal	A	2025
N45976	Solcellsanläggningar med effekt 20 kW-1000 kW, antal	A	2025
N45977	Solcellsanläggningar med effekt över 1000 kW, antal	A	2025
N45978	Vindkraftverk, antal	A	2025
N45979	Vindkraftverk, installerad effekt, MW	A	2025
N45980	Installerad effekt per vindkraftverk, MW	A	2025
N45981	Elproduktion per vindkraftverk, MWh	A	2025
N52001	Försäljning i dagligvaruhandel, mkr	K	2025
N52002	Försäljningsindex dagligvaruhandel, index	K	2025
N52003	Försäljning i sällanköpsvaruhandel, mkr	K	2025
N52004	Försäljningsindex sällanköpsvaruhandel, index	K	2025
N52100	Barn berörda av samarbetssamtal, antal/10 000 invånare 0-17 år	A	2025
N52101	Barn berörda av upplysningar inför beslut om vårdnad, boende eller umgänge, antal/10 000 invånare 0-17 år	A	2025
N52102	Barn berörda av vårdnads-, boende- och/eller umgängesutredningar, antal/10 000 invånare 0-17 år	A	2025
N60005	Kostnad serviceverksamhet, kr/inv	L	2025
N60006	Kostnad regionen totalt, kr/inv	L	2025
N60007	Nettokostnad politisk verksamhet, kr/inv	L	2025
N60008	Nettokostnad regionen totalt, kr/inv	L	2025
N60015	Månadsavlönad personal, regionanställda administratörer, antal	L	2025
N60016	Månadsavlönad personal, regionanställda handläggare, antal	L	2025
N60017	Månadsavlönad personal, regionanställda i vaktmästeri, trädgård, anläggning m.m., antal	L	2025
N60018	Månadsavlönad personal, regionanställda ingenjörer m fl, antal	L	2025
N60019	Månadsavlönad personal, regionanställda i köks- o måltidsarbete, antal	L	2025
N60020	Månadsavlönad personal, regionanställda i ledningsarbete, antal	L	2025
N60021	Månadsavlönad personal, regionanställda vårdadministratörer, antal	L	2025
N60022	Månadsavlönad personal, regionanställda i städ, tvätt och renhållning, antal	L	2025
N60023	Månadsavlönad personal, regionanställda tekniker, antal	L	2025
N60024	Månadsavlönade inom övrig verksamhet, region, antal	L	2025
N60025	Månadsavlönad personal, regionanställda barnmorskor, antal	L	2025
N60026	Månadsavlönade totalt, region, antal	L	2025
N60027	Sjukfrånvaro, 29 år eller yngre, region, andel (%)	L	2026
N60028	Sjukfrånvaro, 50 år eller äldre, region, andel (%)	L	2026
N60029	Sjukfrånvaro 30-49 år, region, andel (%)	L	2026
N60030	Sjukfrånvaro totalt bland anställda, region, andel (%)	L	2026
N60031	Sjukfrånvaro, mer än 59 dagar som andel av total sjukfrånvaro, region, andel (%)	L	2026
N60034	Årsarbetare, regionanställda administratörer, antal	L	2025
N60035	Årsarbetare, regionanställda handläggare, antal	L	2025
N60036	Årsarbetare, regionanställda i vaktmästeri, trädgård, anläggning m.m., antal	L	2025
N60037	Årsarbetare, regionanställda ingenjörer m fl, antal	L	2025
N60038	Årsarbetare, regionanställda i köks- o måltidsarbete, antal	L	2025
N60039	Årsarbetare, regionanställda i ledningsarbete, antal	L	2025
N60040	Årsarbetare, regionanställda vårdadministratörer, antal	L	2025
N60041	Årsarbetare, regionanställda i städ, tvätt o renhållning, antal	L	2025
N60042	Årsarbetare, regionanställda tekniker, antal	L	2025
N60043	Årsarbetare inom övrig verksamhet, region, antal	L	2025
N60044	Årsarbetare, regionanställda barnmorskor, antal	L	2025
N60046	Inkomstutjämning, bidrag/avgift, kr/inv	L	2025
N60047	Kostnadsutjämning, bidrag/avgift, kr/inv	L	2025
N60048	Regleringsbidrag/avgift, kr/inv	L	2025
N60050	Införandebidrag, kr/inv	L	2025
N60051	Strukturbidrag, kr/inv	L	2025
N60052	Utjämningssystemet enl scb, kr/inv 1 nov fg år	L	2026
N60053	Inkomstutjämning, bidrag/avgift, kr/inv 1 nov fg år	L	2026
N60054	Underlag för utjämning, kr/inv 1 nov fg år.	L	2026
N60055	Skattekraft region, uppräknad, kr/inv 1 nov fg år.	L	2026
N60056	Garanterad skattekraft region, uppräknad, kr/inv 1 nov fg år.	L	2026
N60057	Kostnadsutjämning, bidrag/avgift, kr/inv 1 nov fg år	L	2026
N60058	Regleringsbidrag/avgift, kr/inv 1 nov fg år	L	2026
N60059	Införandebidrag, kr/inv 1 nov fg år	L	2026
N60060	Strukturbidrag, kr/inv 1 nov fg år	L	2026
N60061	Månadsavlönade inom ledning, utveckling och stöd, region, antal	L	2025
N60062	Månadsavlönade inom teknikarbete, region, antal	L	2025
N60063	Årsarbetare inom ledning, utveckling och stöd, region, antal	L	2025
N60064	Årsarbetare inom teknikarbete, region, antal	L	2025
N60065	Årsarbetare totalt, region, antal	L	2025
N60068	Tillsvidareanställda månadsavlönade, region, andel (%)	L	2025
N60069	Visstidsanställda månadsavlönade, region, andel (%)	L	2025
N60070	Visstidsanställda timavlönade, region, andel (%)	L	2025
N60071	Arbetad tid utförd av tillsvidareanställda månadsavlönade, region, andel (%)	L	2025
N60072	Arbetad tid utförd av visstidsanställda månadsavlönade, region, andel (%)	L	2025
N60073	Arbetad tid utförd av visstidsanställda timavlönade, region, andel (%)	L	2025
N60074	Heltidsanställda månadsavlönade, region, andel (%)	L	2025
N60075	Deltidsanställda (75-99 %) månadsavlönade, region, andel (%)	L	2025
N60076	Deltidsanställda (1-74 %) månadsavlönade, region, andel (%)	L	2025
N60077	Heltidsarbetande månadsavlönade, region, andel (%)	L	2025
N60078	Deltidsarbetande (75-99 %) månadsavlönade, region, andel (%)	L	2025
N60079	Deltidsarbetande (1-74 %) månadsavlönade, region, andel (%)	L	2025
N60080	Anställda -34 år, region, andel (%)	L	2025
N60081	Anställda 35-54 år, region, andel (%)	L	2025
N60082	Anställda 55+, region, andel (%)	L	2025
N60083	Nya tillsvidareanställda under året, region, andel (%)	L	2025
N60084	Avgångna tillsvidareanställda under året, region, andel (%)	L	2025
N60085	Anställda utrikes födda, region, balanstal	L	2025
N60086	Anställda med eftergymnasial utbildning, region, andel (%)	L	2025
N60087	Regionens köp av verksamhet totalt, andel (%)	L	2025
N60088	Regionens köp av verksamhet totalt från privata företag/vårdgivare, andel (%)	L	2025
N60089	Regionens köp av verksamhet totalt från regioner, andel (%)	L	2025
N60090	Regionens köp av verksamhet totalt från bolag inom koncernen, andel (%)	L	2025
N60092	Regionens köp av verksamhet totalt från ideella föreningar och stiftelser, andel (%)	L	2025
N60094	Heltidsarbetande månadsavlönade, region, antal	L	2025
N60095	Deltidsarbetande (75-99 %) månadsavlönade, region, antal	L	2025
N60096	Deltidsarbetande (1-74 %) månadsavlönade, region, antal	L	2025
N60097	Heltidsanställda månadsavlönade, region, antal	L	2025
N60098	Deltidsanställda (75-99 %) månadsavlönade, region, antal	L	2025
N60099	Deltidsanställda (1-74 %) månadsavlönade, region, antal	L	2025
N60100	Anställda 55+, region, antal	L	2025
N60101	Heltidsanställda månadsavlönade, region, antal	L	2025
N60102	Anställda 55-64 år, region, andel (%)	L	2025
N60103	Anställda 65+, region, andel (%)	L	2025
N60104	Anställda 55-64 år, region, antal	L	2025
N60105	Anställda 65+, region, antal	L	2025
N60110	Byggnader i havsstrandnära läge, totalt, antal	A	2024
N60111	Havsstrandlinje påverkad av bebyggelse, andel (%)	A	2024
N60200	Månadsavlönad personal, tillsvidareanställda i regionen, antal	L	2025
N60201	Visstidsanställda månadsavlönade, region, antal	L	2025
N60202	Genomsnittlig sysselsättningsgrad för månadsavlönade, region, andel (%)	L	2025
N60227	Deltidsanställda (1-99 %) månadsavlönade, region, antal	L	2025
N60230	Visstidsanställda timavlönad personal, region, antal	L	2025
N60233	Tillsvidareanställda månadsavlönade, region, antal	L	2025
N60404	Resor med kollektivtrafik, resor/inv	L	2025
N60801	Hushåll med ekonomiskt bistånd som erhållit bistånd i 10-12 månader under året, region, andel (%)	L	-
N60802	Elever i år 9 som är behöriga till yrkesprogram, totalt län, andel (%) (-2023)	L	-
N60898	Medarbetarengagemang (HME) totalt regionen - svarsfrekvens, andel (%)	L	-
N60910	Incidens av cancer, åldersstandardiserat, antal/100 000 inv	A	2024
N60911	Incidens, livmoderhalscancer, antal/100 000 inv	L	2026
N60912	Incidens, lungcancer, antal/100 000 inv	L	2026
N60913	Incidens, malignt melanom, antal/100 000 inv	L	2026
N60916	Skattekraft som andel av rikets medelskattekraft region, (%)	L	2027
N60917	Skattekraft region, kr/inv	L	2027
N60918	Skattesats till regionen, (%)	L	2027
N60920	Incidens av hjärtinfarkter, åldersstandardiserat 20+ år, fyraårsmedelvärde, antal/100 000 inv	A	2024
N60951	Medianlön kvinnor anställda av regionen, kr	L	2025
N60952	Medianlön män anställda av regionen, kr	L	2025
N60953	Lönegap median kvinnor - median män anställda av regionen, kr	L	2025
N60960	Gymnasieelever med examen eller studiebevis inom 4 år region, andel (%)	L	2025
N60978	Gymnasieelever med examen inom 4 år region, andel (%)	L	2026
N60982	Finansiella kapitalvinster/förluster, medelvärde i befolkningen, kronor	A	2024
N60983	Kapitalvinster/förluster vid försäljning av fastighet och bostadsrätt, medelvärde i befolkningen, kronor	A	2024
N60984	Individer med kapitalvinst/förlust, andel (%)	A	2024
N60985	Ballastleveranser, ton/invånare	L	2023
N60986	Skadade vårdade i slutenvård, antal/100 000 inv	A	2024
N60987	Kvinnors andel av männens lönesumma, dagbefolkning, andel (%)	A	2024
N60988	Deltagande i kultur, andel (%)	A	2025
N60989	Invånare 16-84 år som är oroliga över att förlora sitt arbete, andel (%)	A	2025
N61001	Anställda som arbetar i yrken som stämmer väl överens med deras utbildning, andel (%)	L	2024
N61603	Självmord, 5-årsmedelvärde, antal/100 000 inv, 25 år+	L	2024
N61700	Vuxna biståndsmottagare med långvarigt ekonomiskt bistånd region, andel (%)	L	-
N61900	Invånare 65+, andel (%)	L	2026
N61909	Födda barn, antal per 1000 kvinnor, 15-44 år	A	2026
N61910	Födda barn, antal  per 1000 kvinnor, 15-19 år	A	2026
N61911	Födda barn, antal per 1000 kvinnor, 20-34 år	A	2026
N61912	Födda barn, antal per 1000 kvinnor, 35-44 år	A	2026
N61924	Invånare 0-19 år, andel (%)	A	2026
N61925	Invånare 65-79 år, andel (%)	L	2026
N61931	Invånare 20+, antal	L	2026
N61936	Kvinnor 15-54 år, antal	L	2026
N61937	Invånare 20+, andel (%)	L	2026
N61964	Invånare 0-1 år, antal	A	2026
N61965	Invånare 2-6 år, antal	A	2026
N61967	Invånare 20-29 år, antal	A	2026
N61968	Invånare 30-49 år, antal	A	2026
N61969	Invånare 50-64 år, antal	A	2026
N61980	Inflyttade till regionen, antal	L	2026
N61981	Utflyttade från regionen, antal	L	2026
N61982	Inrikes födda med två inrikes födda föräldrar, andel (%)	A	2025
N61984	Inrikes födda med två utrikes födda föräldrar, andel (%)	A	2025
N61985	Inrikes födda med en inrikes och en utrikes född förälder, andel (%)	A	2025
N62917	Kvinnor i befolkningen, region, andel (%)	L	2026
N63000	Finansnetto regionen, kr/inv	L	2025
N63001	Finansnettots andel av skatteintäkter och generella statsbidrag, (%)	L	2025
N63002	Resultat före extraordinära poster som andel av  nettokostnader, regionkoncern, (%)	L	2025
N63003	Resultat före extraordinära poster, regionkoncern, kr/inv	L	2025
N63004	Resultat före extraordinära poster som andel av nettokostnader, regionen (%)	L	2025
N63005	Resultat före extraordinära poster, regionen, kr/inv	L	2025
N63006	Självfinansieringsgrad för regionens investeringar, andel (%)	L	2025
N63007	Soliditet, regionen, (%)	L	2025
N63008	Soliditet, regionskoncernen, (%)	L	2025
N63009	Verksamhetens nettokostnad som andel av skatteintäkter och generella statsbidrag, (%)	L	2025
N63010	Skatteintäkter region, kr/inv	L	2025
N63011	Generella statsbidrag och utjämning region, kr/inv	L	2025
N63012	Verksamhetens nettokostnader enligt resultaträkningen region, kr/inv	L	2025
N63013	Verksamhetens kostnader region, kr/inv	L	2025
N63014	Verksamhetens intäkter region, kr/inv	L	2025
N63016	Årets resultat som andel av skatt & generella statsbidrag region, (%)	L	2025
N63018	Extraordinära poster region, kr/inv	L	2025
N63019	Årets resultat region, kr/inv	L	2025
N63020	Skatteintäkter regionkoncern, kr/inv	L	2025
N63021	Generella statsbidrag och utjämning regionkoncern, kr/inv	L	2025
N63022	Verksamhetens nettokostnader enligt resultaträkningen regionkoncern, kr/inv	L	2025
N63023	Verksamhetens kostnader regionkoncern, kr/inv	L	2025
N63024	Verksamhetens intäkter regionkoncern, kr/inv	L	2025
N63026	Finansnetto regionkoncern, kr/inv	L	2025
N63028	Extraordinära poster regionkoncern, kr/inv	L	2025
N63029	Årets resultat regionkoncern, kr/inv	L	2025
N63030	Eget kapital vid årets slut, region, kr/inv	L	2025
N63031	Skulder totalt region, kr/inv	L	2025
N63032	Långfristiga skulder region, kr/inv	L	2025
N63033	Kortfristiga skulder region, kr/inv	L	2025
N63034	Avsättningar totalt region, kr/inv	L	2025
N63035	Övriga borgens- o ansvarsförbindelser region, kr/inv	L	2025
N63036	Övriga borgens- o ansvarsförbindelser region inkl pensionsförpliktelser och löneskatt, kr/inv	L	2025
N63037	Avsättning för pensioner och löneskatt region, kr/inv	L	2025
N63038	Tillgångar totalt region, kr/inv	L	2025
N63039	Materiella anläggningstillgångar region, kr/inv	L	2025
N63040	Finansiella anläggningstillgångar region, kr/inv	L	2025
N63041	Omsättningstillgångar region, kr/inv	L	2025
N63042	Pensionsförpl o löneskatt ej redov i balansräkning region, kr/inv	L	2025
N63043	Eget kapital vid årets slut, regionkoncern, kr/inv	L	2025
N63044	Skulder totalt regionkoncern, kr/inv	L	2025
N63045	Långfristiga skulder regionkoncern, kr/inv	L	2025
N63046	Kortfristiga skulder regionkoncern, kr/inv	L	2025
N63047	Avsättningar totalt regionkoncern, kr/inv	L	2025
N63048	Avskrivningar samt nedskrivningar, regionkoncern, kr/inv	L	2025
N63051	Tillgångar totalt regionkoncern, kr/inv	L	2025
N63052	Materiella anläggningstillgångar regionkoncern, kr/inv	L	2025
N63053	Finansiella anläggningstillgångar regionkoncern, kr/inv	L	2025
N63054	Omsättningstillgångar regionkoncern, kr/inv	L	2025
N63056	Resultat före extraord. poster som andel av skatt & generella statsbidrag region, (%)	L	2025
N63057	Rörelsekapital region, kr/inv	L	2025
N63058	Rörelsekapital regionkoncernen, kr/inv	L	2025
N63059	Kassalikviditet regionen, (%)	L	2025
N63060	Kassalikviditet regionkoncernen, (%)	L	2025
N63061	Skulder, avsättningar och eget kapital region, kr/inv	L	2025
N63062	Skulder, avsättningar och eget kapital regionkoncern, kr/inv	L	2025
N63063	Immateriella anläggningstillgångar region, kr/inv	L	2025
N63064	Immateriella anläggningstillgångar regionkoncern, kr/inv	L	2025
N63065	Anläggningstillgångar region, kr/inv	L	2025
N63066	Anläggningstillgångar regionkoncern, kr/inv	L	2025
N63067	Andra avsättningar än pensioner och löneskatt region, kr/inv	L	2025
N63068	Skulder och avsättningar region, kr/inv	L	2025
N63069	Skulder och avsättningar regionkoncern, kr/inv	L	2025
N63070	Bidrag till statlig infrastruktur region, kr/inv	L	2025
N63071	Bidrag till statlig infrastruktur regionkoncern, kr/inv	L	2025
N63072	Finansiella intäkter region, kr/inv	L	2025
N63073	Finansiella kostnader exkl ränta på pensionsskuld region, kr/inv	L	2025
N63074	Aktier och andelar region, kr/inv	L	2025
N63075	Aktie och andelar i regionernas koncernföretag, kr/inv	L	2025
N63076	Långfristiga fordringar region, kr/inv	L	2025
N63077	Långfristiga fordringar i regionernas koncernföretag, kr/inv	L	2025
N63078	Lån i banker och kreditinstitut region, kr/inv	L	2025
N63079	Pensionsutbetalningar exkl löneskatt (1998-) region, kr/inv	L	2025
N63080	Pensionsutbetalningar exkl löneskatt (-1997) region, kr/inv	L	2025
N63081	Bruttoinvesteringar i byggnader region, kr/inv	L	2025
N63082	Investeringsutgifter region, kr/inv	L	2025
N63083	Räntekostnader för lån region, kr/inv	L	2025
N63084	Finansiella intäkter regionkoncern, kr/inv	L	2025
N63085	Finansiella kostnader regionkoncern, kr/inv	L	2025
N63090	Balanskravsresultat att återställa efter synnerliga skäl i region, kr/inv	L	2025
N63091	Avskrivningar samt nedskrivningar, region, kr/inv	L	2025
N63092	Ackumulerat ej återställt negativt balanskravsresultat i region, kr/inv	L	2025
N63093	Finansiella kostnader, region, kr/inv	L	2025
N63095	Resultat efter synnerliga skäl i region, kr/inv (-2023)	L	-
N63096	Skulder till närstående företag region, kr/inv	L	2025
N63097	Bidrag för läkemedelsförmånen region, kr/inv	L	2025
N63098	Avgiftsbestämd ålderspension i KAP-KL (exkl. löneskatt), region, kr/inv	L	2025
N63100	Kostnad forskning och utveckling region, kr/inv	L	2025
N63120	Nettokostnad pensionsutbetalningar och ränteintäkter, kr/inv	L	2025
N63121	Jämförelsestörande poster region, kr/inv	L	2025
N63124	Soliditet inkl pensionsåtag. region, (%)	L	2025
N63125	Justerad skattesats region, (%)	L	2026
N63126	Soliditet inkl pensionsåtag. regionkoncern, (%)	L	2025
N63132	Balanskravsresultat region, kr/inv	L	2025
N63133	Soliditet inklusive ansvarsförbindelsen, andel (%) av totala tillgångar	L	2025
N63134	Strukturjusterad hälso- och sjukvårdskostnad, kr/inv (Föregående år)	L	2025
N63135	Finansiella nettotillgångar, andel (%) av skatter och generella statsbidrag	L	2025
N63136	Soliditet exklusive ansvarsförbindelsen, andel (%) av totala tillgångar	L	2025
N63137	Investeringar (femårsgenomsnitt), kr/inv	L	2025
N63138	Anläggningstillgångar - Byggnader och mark, kr/inv	L	2025
N63139	Anläggningstillgångar - Maskiner och inventarier, kr/inv	L	2025
N63140	Anläggningstillgångar - Övriga tillgångar, kr/inv	L	2025
N63141	Bruttolåneskuld, andel (%) av skatter och generella bidrag	L	2025
N63142	Verksamhetens resultat region, andel (%) av skatter och statsbidrag	L	2025
N63143	Kostnadsutveckling (i förhållande till skatter och generella statsbidrag), årlig förändring (%)	L	2025
N63144	Självfinansieringsgrad investeringar (Årets resultat + avskrivningar) / Bruttoinvesteringar, (%)	L	2025
N63145	Finansnetto, kr/inv	L	2025
N63146	Resultat efter finansiella poster (% av skatter och statsbidrag)	L	2025
N63147	Balanskravsresultat, andel (%) av skatter och generella statsbidrag	L	2025
N63148	Nettokostnadsutveckling (i förhållande till antalet invånare), årlig förändring (%)	L	2025
N63149	Budgetavvikelse, kr/inv	L	2025
N63150	Kassalikviditet, andel (%) av kortfristiga skulder	L	2025
N63201	Regionens köp av verksamhet totalt från kommunalförbund och SKR, andel (%)	L	2025
N63202	Regionens köp av verksamhet totalt från kommuner inkl. Gotland, andel (%)	L	2025
N63203	Regionens köp av verksamhet totalt från staten och statliga myndigheter, andel (%)	L	2025
N63204	Regionens köp av verksamhet totalt från hushåll och individer, andel (%)	L	2025
N63205	Regionens köp av verksamhet totalt från utlandet, andel (%)	L	2025
N63206	Regionens köp av kultur, utbildning och allmän regional utveckling, totalt, andel (%)	L	2025
N63207	Regionens köp av kultur, utbildning och allmän regional utveckling från offentliga utförare, andel (%) (-2024)	L	-
N63208	Regionens köp av kultur, utbildning och allmän regional utveckling från privata utförare, andel (%) (-2024)	L	-
N63209	Regionens köp av trafik och infrastruktur från offentliga utförare, andel (%) (-2024)	L	-
N63210	Regionens köp av trafik och infrastruktur från privata utförare, andel (%) (-2024)	L	-
N63211	Regionens köp av övrig hälso- och sjukvård från privata utförare, andel (%) (-2024)	L	-
N63212	Regionens köp av övrig hälso- och sjukvård från offentliga utförare, andel (%) (-2024)	L	-
N63213	Regionens köp av tandvård från privata utförare, andel (%) (-2024)	L	-
N63214	Regionens köp av tandvård från offentliga utförare, andel (%) (-2024)	L	-
N63215	Regionens köp av specialiserad psykiatrisk vård från privata utförare, andel (%) (-2024)	L	-
N63216	Regionens köp av specialiserad psykiatrisk vård från offentliga utförare, andel (%) (-2024)	L	-
N63217	Regionens köp av specialiserad somatisk vård från privata utförare, andel (%) (-2024)	L	-
N63218	Regionens köp av specialiserad somatisk vård från offentliga utförare, andel (%) (-2024)	L	-
N63219	Regionens köp av primärvård från privata utförare, andel (%) (-2024)	L	-
N63220	Regionens köp av primärvård från offentliga utförare, andel (%) (-2024)	L	-
N63221	Regionens köp av verksamhet totalt från offentliga utförare, andel (%) (-2024)	L	-
N63222	Regionens köp av verksamhet totalt från privata utförare, andel (%) (-2024)	L	-
N63223	Regionens köp av hälso- och sjukvård totalt från offentliga utförare, andel (%) (-2024)	L	-
N63224	Regionens köp av hälso- och sjukvård totalt från privata utförare, andel (%) (-2024)	L	-
N63225	Regionens köp av regional utveckling, totalt, andel (%)	L	2025
N63226	Regionens köp av regional utveckling, från offentliga utförare, andel (%) (-2024)	L	-
N63227	Regionens köp av regional utveckling, från privata utförare,  andel (%) (-2024)	L	-
N65001	Kostnad politisk verksamhet region, kr/inv	L	2025
N65002	Köp av politisk verks. avs. hälso- och sjukvård som andel av nettokostnad, (%)	L	2025
N65003	Kostnad politisk verksamhet avseende hälso- och sjukvård, kr/inv	L	2025
N65005	Kostnad politisk verksamhet avseende regional utveckling, kr/inv	L	2025
N65006	Kostnad arvoden, ersättningar m.m. revision region, tkr	L	-
N65007	Kostnad utbildning o. konferenser revision region, tkr	L	-
N65008	Kostnad sakkunniga anställda revision region, tkr	L	-
N65009	Kostnad sakkunniga upphandlade revision region, tkr	L	-
N65010	Kostnad övriga revision region, tkr	L	-
N65011	Bruttokostnad revision region, tkr	L	-
N65012	Intäkter revision region, tkr	L	-
N65013	Nettokostnad revision region, tkr	L	-
N65014	Total verksamhetskostnad brutto region, tkr	L	-
N65015	Nettokostnad revison region, promille av total verksamhetskostnad	L	-
N65016	Nettokostnad revision region, kr/inv	L	2026
N65405	Revisionsberättelse utan anmärkning eller avstyrkt ansvarsfrihet region, (Ja=1, Nej=0)	L	2025
N65406	Ansvarsprövning i RF utan anmärkning och med beviljad ansvarsfrihet för samtliga ledamöte, (Ja=1, Nej=0)	L	2025
N65701	Förtroendevalda revisorer i regionen, antal	L	2026
N65801	Röster på Socialdemokraterna i senaste regionvalet, andel (%)	A	2026
N65802	Röster på Vänsterpartiet i senaste regionvalet, andel (%)	A	2026
N65803	Röster på Miljöpartiet i senaste regionvalet, andel (%)	A	2026
N65804	Röster på Sverigedemokraterna i senaste regionvalet, andel (%)	A	2026
N65805	Röster på Moderaterna i senaste regionvalet, andel (%)	A	2026
N65806	Röster på Liberalerna i senaste regionvalet, andel (%)	A	2026
N65807	Röster på Centerpartiet i senaste regionvalet, andel (%)	A	2026
N65808	Röster på Kristdemokraterna i senaste regionvalet, andel (%)	A	2026
N65809	Röster på övriga partier i senaste regionvalet, andel (%)	A	2026
N65810	Förtroendevalda regionpolitiker på heltid, andel (%)	L	2026
N65811	Förtroendevalda regionpolitiker på deltid, andel (%)	L	2026
N65812	Antal invånare per förtroendevald regionpolitiker	L	2026
N65813	Antal förtroendeuppdrag per förtroendevald regionpolitiker	L	2026
N65814	Kvinnor bland förtroendevalda regionpolitiker, andel (%)	L	2026
N65815	Kvinnor i regionfullmäktige, andel (%)	L	2026
N65816	Kvinnor på ordförandeposter i regionen, andel (%)	L	2026
N65817	Förtroendevalda regionpolitiker i åldern 18-29 år, andel (%)	L	2026
N65818	Förtroendevalda regionpolitiker i åldern 30-49 år, andel (%)	L	2026
N65819	Förtroendevalda regionpolitiker i åldern 50-64 år, andel (%)	L	2026
N65820	Förtroendevalda regionpolitiker i åldern 65+, andel (%)	L	2026
N65821	Regionfullmäktigeledamöter i åldern 18-29 år, andel (%)	L	2026
N65822	Regionfullmäktigeledamöter i åldern 30-49 år, andel (%)	L	2026
N65823	Regionfullmäktigeledamöter i åldern 50-64 år, andel (%)	L	2026
N65824	Regionfullmäktigeledamöter i åldern 65+, andel (%)	L	2026
N65825	Utrikes födda bland förtroendevalda regionpolitiker, andel (%)	L	2026
N65826	Utrikes födda i regionfullmäktige, andel (%)	L	2026
N65827	Mediannettonettoinkomst regionens förtroendevalda politiker, kr/person	L	2026
N65828	Politiskt styre i regionen (1=vänster, 2=blocköverskridande, 3=borgerligt styre, 4=borgerlig/SD styre)	L	2025
N65829	Förtroendevalda som hoppat av regionfullmäktige, andel (%)	L	2026
N65831	Valdeltagande i det valdistrikt som hade lägst andel röstande i senaste regionvalet, andel (%)	L	2026
N65832	Valdeltagande i det valdistrikt som hade högst andel röstande i senaste regionvalet, andel (%)	L	2026
N65841	Röster på Centerpartiet i senaste riksdagsvalet, andel (%)	A	2026
N65842	Röster på Kristdemokraterna i senaste riksdagsvalet, andel (%)	A	2026
N65843	Röster på Sverigedemokraterna i senaste riksdagsvalet, andel (%)	A	2026
N65844	Röster på Miljöpartiet i senaste riksdagsvalet, andel (%)	A	2026
N65845	Röster på Socialdemokraterna i senaste riksdagsvalet, andel (%)	A	2026
N65846	Röster på Liberalerna i senaste riksdagsvalet, andel (%)	A	2026
N65847	Röster på Vänsterpartiet i senaste riksdagsvalet, andel (%)	A	2026
N65848	Röster på Moderaterna i senaste riksdagsvalet, andel (%)	A	2026
N65849	Röster på övriga partier i senaste riksdagsvalet, andel (%)	A	2026
N65851	Röster på Centerpartiet i senaste europaparlamentsvalet, andel (%)	A	2029
N65852	Röster på Kristdemokraterna i senaste europaparlamentsvalet, andel (%)	A	2029
N65853	Röster på Sverigedemokraterna i senaste europaparlamentsvalet, andel (%)	A	2029
N65854	Röster på Miljöpartiet i senaste europaparlamentsvalet, andel (%)	A	2029
N65855	Röster på Socialdemokraterna i senaste europaparlamentsvalet, andel (%)	A	2029
N65856	Röster på Liberalerna i senaste europaparlamentsvalet, andel (%)	A	2029
N65857	Röster på Vänsterpartiet i senaste europaparlamentsvalet, andel (%)	A	2029
N65858	Röster på Moderaterna i senaste europaparlamentsvalet, andel (%)	A	2029
N65859	Röster på övriga partier i senaste europaparlamentsvalet, andel (%)	A	2029
N65870	Invånare i inkomstkvintil 1 som röstade i senaste kommunfullmäktigevalet, andel (%)	A	2026
N65871	Invånare i inkomstkvintil 2 som röstade i senaste kommunfullmäktigevalet, andel (%)	A	2026
N65872	Invånare i inkomstkvintil 3 som röstade i senaste kommunfullmäktigevalet, andel (%)	A	2026
N65873	Invånare i inkomstkvintil 4 som röstade i senaste kommunfullmäktigevalet, andel (%)	A	2026
N65874	Invånare i inkomstkvintil 5 som röstade i senaste kommunfullmäktigevalet, andel (%)	A	2026
N65900	Förtroendevalda i kommunfullmäktige eller regionfullmäktige som utsatts för trakasserier, hot eller våld, andel (%)	L	2026
N66077	Invånare, 0-19 år, med låg ekonomisk standard, andel (%)	A	2025
N66078	Invånare, 20-64 år, med låg ekonomisk standard, andel (%)	A	2025
N66079	Invånare, 65+ år, med låg ekonomisk standard, andel (%)	A	2025
N66080	Invånare med låg ekonomisk standard, andel (%)	A	2025
N66081	Invånare med ansträngd boendeekonomi, andel (%)	A	2024
N70000	Kostnad för hälso- och sjukvård totalt (inkl. läkemedel), kr/inv	L	2025
N70001	Nettokostnad läkemedel inom läkemedelsförmånen, kr/inv	L	2025
N70002	Månadsavlönad personal, regionanställda arbetsterapeuter, antal	L	2025
N70003	Månadsavlönad personal, regionanställda biomedicinska analytiker, antal	L	2025
N70004	Månadsavlönad personal, regionanställda dietister, antal	L	2025
N70005	Månadsavlönad personal, regionanställda icke specialistkompetenta läkare, antal	L	2025
N70006	Månadsavlönad personal, regionanställda logopeder, antal	L	2025
N70007	Månadsavlönad personal, regionanställda psykologer, antal	L	2025
N70008	Månadsavlönad personal, regionanställda psykoterapeuter, antal	L	2025
N70009	Månadsavlönad personal, regionanställda övrigt rehabiliteringsarbete, antal	L	2025
N70010	Månadsavlönad personal, regionanställda sjukgymnaster, antal	L	2025
N70011	Månadsavlönad personal, regionanställda övr. specialiteter inom hälso- och sjukvård, antal	L	2025
N70012	Månadsavlönad personal, regionanställda sjuksköterskor, antal	L	2025
N70013	Månadsavlönade inom skola, region, antal	L	2025
N70014	Månadsavlönade inom kurativt och socialt arbete, region, antal	L	2025
N70015	Månadsavlönad personal, regionanställda specialistkompetenta läkare, antal	L	2025
N70016	Månadsavlönad personal, regionanställda undersköterskor, skötare mfl, antal	L	2025
N70017	Nettokostnad hälso- och sjukvård (exkl. läkemedel), kr/inv	L	2025
N70019	Nettokostnad politisk verksamhet avseende hälso- och sjukvård, kr/inv	L	2025
N70021	Årsarbetare, regionanställda arbetsterapeuter, antal	L	2025
N70022	Årsarbetare, regionanställda biomedicinska analytiker, antal	L	2025
N70023	Årsarbetare, regionanställda dietister, antal	L	2025
N70024	Årsarbetare, regionanställda icke specialistkompetenta läkare, antal	L	2025
N70025	Årsarbetare, regionanställda logopeder, antal	L	2025
N70026	Årsarbetare, regionanställda psykologer, antal	L	2025
N70027	Årsarbetare, regionanställda psykoterapeuter, antal	L	2025
N70028	Årsarbetare, regionanställda övrigt rehabiliteringsarbete, antal	L	2025
N70029	Årsarbetare, regionanställda sjukgymnaster, antal	L	2025
N70030	Årsarbetare, regionanställda övr. specialiteter inom hälso- och sjukvård, antal	L	2025
N70031	Årsarbetare, regionanställda sjuksköterskor, antal	L	2025
N70032	Årsarbetare inom skola, region, antal	L	2025
N70033	Årsarbetare inom kurativt och socialt arbete, region, antal	L	2025
N70034	Årsarbetare, regionanställda specialistkompetenta läkare, antal	L	2025
N70035	Årsarbetare, regionanställda undersköterskor o skötare, antal	L	2025
N70038	Referenskostnad hälso- och sjukvård (inkl läkemedel), kr/inv	L	2025
N70039	Månadsavlönade inom rehabilitering och förebyggande arbete, region, antal	L	2025
N70040	Månadsavlönade inom hälso och sjukvård, region, antal	L	2025
N70041	Årsarbetare inom rehabilitering och förebyggande arbete, region, antal	L	2025
N70042	Årsarbetare inom hälso och sjukvård, region, antal	L	2025
N70049	Regionens köp av hälso- och sjukvård totalt, andel (%)	L	2025
N70057	Kostnad hälso- och sjukvård exkl tandvård, kr/inv	L	2025
N70059	Nettokostnad läkemedel, totalt (exkl. tandvård), kr/inv	L	2025
N70060	Nettokostnad hälso- och sjukvård (exkl. tandvård), kr/inv	L	2025
N70061	Nettokostnad hälso- och sjukvård totalt (inkl. läkemedel), kr/inv	L	2025
N70341	Förekomst av akut hjärtinfarkt, antal/100 000 invånare	L	2025
N70342	Förekomst av lungcancer, kvinnor, antal/100 000 invånare	L	2025
N70343	Förekomst av lungcancer, män, antal/100 000 invånare	L	2025
N70344	Förekomst av prostatacancer, antal/100 000 invånare	L	2025
N70345	Förekomst av bröstcancer, antal/100 000 invånare	L	2025
N70346	Förekomst av stroke, antal/100 000 invånare	L	2025
N70347	Förekomst av tjocktarmscancer, kvinnor, antal/100 000 invånare	L	2025
N70348	Förekomst av tjocktarmscancer, män, antal/100 000 invånare	L	2025
N70349	Förekomst av ändtarmscancer, kvinnor, antal/100 000 invånare	L	2025
N70350	Förekomst av ändtarmscancer, män, antal/100 000 invånare	L	2025
N70351	Förekomst av cancer – kvinnor, antal/100 000 inv	L	2025
N70352	Förekomst av cancer – män, antal/100 000 inv	L	2025
N70402	Återstående medellivslängd vid 65 års ålder (Kvinnor) region, år	L	2025
N70403	Återstående medellivslängd vid 65 års ålder (Män) region, år	L	2025
N70465	Positiv inställning till 1177 Vårdguidens e-tjänster, andel (%)	L	2026
N70466	Positiv inställning till digital teknik för vård, konsultation och behandling, andel (%)	L	2026
N70467	Positiv inställning till att vårdas hemma med hembesök och stöd av digital teknik, andel (%)	L	2026
N70535	Kvalitetsindikatorer - Astma och KOL, index (max = 100)	L	2025
N70536	Kvalitetsindikatorer - Bröstcancer, index (max = 100)	L	2025
N70537	Kvalitetsindikatorer - Diabetes, index (max = 100)	L	2025
N70538	Kvalitetsindikatorer - Graviditet och förlossning, index (max = 100)	L	2025
N70539	Kvalitetsindikatorer - Hjärtsjukvård, index (max = 100)	L	2025
N70540	Kvalitetsindikatorer - Lungcancer, index (max = 100)	L	2025
N70541	Kvalitetsindikatorer - MS, index (max = 100)	L	2025
N70542	Kvalitetsindikatorer - Palliativ vård, index (max = 100)	L	2025
N70543	Kvalitetsindikatorer - Prostatacancer, index (max = 100)	L	2025
N70544	Kvalitetsindikatorer - Stroke, index (max = 100)	L	2025
N70545	Kvalitetsindikatorer - Tarmcancer, index (max = 100)	L	2025
N70550	Invånare som använt internet eller digital tjänst för att söka information om sjukdom eller behandling, andel (%) (-2023)	L	-
N70551	Invånare som använt internet eller digital tjänst för att jämföra vårdmottagningar, andel (%) (-2023)	L	-
N70552	Invånare som använt internet eller digital tjänst för att boka, av/omboka en tid för ett vårdbesök, andel (%) (-2023)	L	-
N70553	Invånare som använt internet eller digital tjänst för att kommunicera skriftligt (t ex. meddelanden, chatt) med vårdpersonal, andel (%) (-2023)	L	-
N70554	Invånare som haft ett videomöte med vårdpersonal, andel (%) (-2023)	L	-
N70555	Invånare som använt internet eller digital tjänst för att föra hälso-, tränings- eller kostdagbok, andel (%) (-2023)	L	-
N70556	Invånare som använt internet eller digital tjänst för att göra ett självtest (t ex. om alkoholkonsumtion, hjärtsvikt, diabetes, psykisk hälsa) andel (%) (-2023)	L	-
N70557	Invånare som använt internet eller digital tjänst för att skicka mätvärden till vården, andel (%) (-2023)	L	-
N70558	Invånare som deltagit i internetbaserad behandling, andel (%) (-2023)	L	-
N70559	Invånare som använt internet eller digital tjänst till annat kopplat till den egna hälsan (tex förnya recept eller få provsvar), andel (%) (-2023)	L	-
N70560	Invånare som anser att det är viktigt med tillgång till vårdinformation/patientjournal via internet eller digital tjänst, andel (%) (-2023)	L	-
N70561	Invånare som anser att digitala tjänster ersätter deras fysiska möten inom hälso- och sjukvården, andel (%) (-2023)	L	-
N70562	Invånare som anser att digitala tjänster ger tillgång till hälso- och sjukvård oberoende av tid och plats, andel (%) (-2023)	L	-
N70563	Invånare med positiv inställning till att allt mer inom hälso- och sjukvården och socialtjänsten digitaliseras, andel (%) (-2023)	L	-
N70570	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att söka information om sjukdom eller behandling, andel (%) (-2023)	L	-
N70571	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att jämföra vårdmottagningar, andel (%) (-2023)	L	-
N70572	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att boka, av/omboka en tid för ett vårdbesök, andel (%) (-2023)	L	-
N70573	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att kommunicera skriftligt (t ex. meddelanden, chatt) med vårdpersonal, andel (%) (-2023)	L	-
N70574	Osäkerhetstal - Invånare som haft ett videomöte med vårdpersonal, andel (%) (-2023)	L	-
N70575	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att föra hälso-, tränings- eller kostdagbok, andel (%) (-2023)	L	-
N70576	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att göra ett självtest (t ex. om alkoholkonsumtion, hjärtsvikt, diabetes, psykisk hälsa) andel (%) (-2023)	L	-
N70577	Osäkerhetstal - Invånare som använt internet eller digital tjänst för att skicka mätvärden till vården, andel (%) (-2023)	L	-
N70578	Osäkerhetstal - Invånare som deltagit i internetbaserad behandling, andel (%) (-2023)	L	-
N70579	Osäkerhetstal - Invånare som använt internet eller digital tjänst till annat kopplat till den egna hälsan (tex förnya recept eller få provsvar), andel (%) (-2023)	L	-
N70595	Tidig utskrivning för rehabilitering i hemmet efter stroke, andel (%)	L	2025
N70601	Operation inom 28 dagar vid välgrundad misstanke om bröstcancer, andel (%) - Målnivå ≥ 80	L	2025
N70602	Individuell vårdplan vid bröstcancer, andel (%)	L	2025
N70603	Bröstbevarande operation vid små invasiva tumörer vid bröstcancer, andel (%)	L	2025
N70604	Bröstcancerpatienter som genomgått enbart en operation i bröst, andel (%)	L	2025
N70605	Bröstcancerfall som upptäckts vid screening, andel (%)	L	2025
N70606	Omedelbara bröstrekonstruktioner vid mastektomi, andel (%)	L	2025
N70607	RAAS-hämmande läkemedelsbehandling vid diabetesrelaterad njursvikt, andel (%)	L	2025
N70608	Screening för våldsutsatthet under graviditet, andel (%)	L	2025
N70609	Kvinnor som fått bristningar vid instrumentell förlossning, andel (%)	L	2025
N70610	Eftervårdsbesök på barnmorskemottagning, andel (%)	L	2025
N70611	Stor blödning vid kejsarsnitt, andel (%)	L	2025
N70612	Stor blödning vid vaginal förlossning - Målnivå ≤ 5,5	L	2025
N70613	Kvinnor som fått bristningar vid icke instrumentell förlossning, andel (%)	L	2025
N70614	Screening för riskbruk av alkohol före graviditet, andel (%)	L	2025
N70615	EGFR-test inför behandling av lungcancer, andel (%)	L	2025
N70616	Planerad kemoradioterapi vid icke-småcellig lungcancer, andel (%)	L	2025
N70617	Kurativt syftande behandling vid lokaliserad lungcancer, andel (%)	L	2025
N70618	Skelettundersökning vid prostatacancer med hög risk, andel (%)	L	2025
N70619	Väntetid till prostatacancerbesked, andel (%)	L	2025
N70620	Väntetid till första besök vid misstänkt prostatacancer, andel (%)	L	2025
N70621	Patienter med tjocktarmscancer utan metastaser som blivit radikalt opererade, andel (%)	L	2025
N70622	Tid från diagnos till behandlingsstart vid tjocktarmscancer, andel (%)	L	2025
N70623	Patienter med ändtarmscancer utan metastaser som blivit radikalt opererade, andel (%)	L	2025
N70624	Tid från diagnos till behandlingsstart vid ändtarmscancer, andel (%)	L	2025
N70626	Patienter med KOL som genomgått mätning av FEV1/FVC efter bronkdilation, andel (%)	L	2025
N70627	Patienter med KOL med hög symtombörda (CAT>20), andel (%)	L	2025
N70630	Patienter med KOL som utfört spirometriundersökning, andel (%)	L	2025
N70632	Kranskärlsröntgen inom 72 timmar vid mindre hjärtinfarkt, andel (%)	L	2025
N70633	Patienter som fått extra blodförtunnande läkemedelsbehandling vid hjärtinfarkt, andel (%)	L	2025
N70634	Patienter med RAAS-hämmande läkemedelsbehandling vid hjärtinfarkt, andel (%)	L	2025
N70635	Måluppfyllelse för blodtryck efter hjärtinfarkt, andel (%)	L	2025
N70636	Patienter med akut hjärtinfarkt som registrerats i Swedeheart, andel (%)	L	2025
N70637	Deltagande i uppföljning efter hjärtinfarkt, andel (%)	L	2025
N70638	Patienter som slutat röka 11-13 månader efter hjärtinfarkt, andel (%)	L	2025
N70639	Patienter som börjat fysiskt träningsprogram 11–13 månader efter hjärtinfarkt, andel (%)	L	2025
N70640	Vårdpersonals följsamhet till grundläggande hygienrutiner och klädregler, andel (%) (-2023)	L	-
N70641	Vårdtillfälle med skada, andel (%) (-2023)	L	-
N70642	Vårdtillfälle med vårdskada (undvikbar), andel (%) (-2023)	L	-
N70643	Standardiserat vårdförlopp för patienter med cancer, andel (%)	L	2024
N70700	Läkarbesök i specialiserad vård, konsumtionsperspektiv, antal/1000 inv	L	2025
N70701	Läkarbesök i specialiserad vård, produktionsperspektiv, antal/1000 inv	L	2025
N70704	Läkarbesök i specialiserad vård, konsumtionsperspektiv, antal/1000 inv	L	2025
N70706	Vårdtillfällen, produktionsperspektiv, antal/100 000 inv	L	2025
N70800	Vårdtillfällen i åldersgruppen 0-14 år, andel (%)	L	2025
N70801	Vårdtillfällen i åldersgruppen 15-24 år, andel (%)	L	2025
N70802	Vårdtillfällen i åldersgruppen 25-44 år, andel (%)	L	2025
N70803	Vårdtillfällen i åldersgruppen 45-64 år, andel (%)	L	2025
N70804	Vårdtillfällen i åldersgruppen 65-74 år, andel (%)	L	2025
N70805	Vårdtillfällen i åldersgruppen 75-84 år, andel (%)	L	2025
N70806	Vårdtillfällen i åldersgruppen 85+, andel (%)	L	2025
N70808	Vårdtillfällen, konsumtionsperspektiv, antal/100 000 inv	L	2025
N70809	Vårdtillfällen i åldersgruppen 0-14 år, antal/100 000 inv	L	2025
N70810	Vårdtillfällen i åldersgruppen 15-24 år, antal/100 000 inv	L	2025
N70811	Vårdtillfällen i åldersgruppen 25-44 år, antal/100 000 inv	L	2025
N70812	Vårdtillfällen i åldersgruppen 45-64 år, antal/100 000 inv	L	2025
N70813	Vårdtillfällen i åldersgruppen 65-74 år, antal/100 000 inv	L	2025
N70814	Vårdtillfällen i åldersgruppen 75-84 år, antal/100 000 inv	L	2025
N70815	Vårdtillfällen i åldersgruppen 85+, antal/100 000 inv	L	2025
N70816	Vårdtid i dagar i åldersgruppen 0-14 år, andel (%)	L	2025
N70817	Vårdtid i dagar i åldersgruppen 15-24 år, andel (%)	L	2025
N70818	Vårdtid i dagar i åldersgruppen 25-44 år, andel (%)	L	2025
N70819	Vårdtid i dagar i åldersgruppen 45-64 år, andel (%)	L	2025
N70820	Vårdtid i dagar i åldersgruppen 65-74 år, andel (%)	L	2025
N70821	Vårdtid i dagar i åldersgruppen 75-84 år, andel (%)	L	2025
N70822	Vårdtid i dagar i åldersgruppen 85+, andel (%)	L	2025
N70824	Vårdtid i dagar, antal/100 000 inv	L	2025
N70825	Vårdtid i dagar i åldersgruppen 0-14 år, antal/100 000 inv	L	2025
N70826	Vårdtid i dagar i åldersgruppen 15-24 år, antal/100 000 inv	L	2025
N70827	Vårdtid i dagar i åldersgruppen 25-44 år, antal/100 000 inv	L	2025
N70828	Vårdtid i dagar i åldersgruppen 45-64 år, antal/100 000 inv	L	2025
N70829	Vårdtid i dagar i åldersgruppen 65-74 år, antal/100 000 inv	L	2025
N70830	Vårdtid i dagar i åldersgruppen 75-84 år, antal/100 000 inv	L	2025
N70831	Vårdtid i dagar i åldersgruppen 85+, antal/100 000 inv	L	2025
N70832	Medelvårdtid hälso- och sjukvård, antal dagar	L	2025
N70833	Medelvårdtid hälso- och sjukvård i åldersgruppen 0-14 år, antal dagar	L	2025
N70834	Medelvårdtid hälso- och sjukvård i åldersgruppen 15-24 år, antal dagar	L	2025
N70835	Medelvårdtid hälso- och sjukvård i åldersgruppen 25-44 år, antal dagar	L	2025
N70836	Medelvårdtid hälso- och sjukvård i åldersgruppen 45-64 år, antal dagar	L	2025
N70837	Medelvårdtid hälso- och sjukvård i åldersgruppen 65-74 år, antal dagar	L	2025
N70838	Medelvårdtid hälso- och sjukvård i åldersgruppen 75-84 år, antal dagar	L	2025
N70839	Medelvårdtid hälso- och sjukvård i åldersgruppen 85+, antal dagar	L	2025
N70840	Läkarbesök hälso- och sjukvård (exkl mvc/bvc), antal/1000 inv	L	2025
N70841	Läkarbesök totalt mödra- och barnhälsovård, antal/1000 inv	L	2025
N70842	Läkarbesök hälso- och sjukvård totalt, produktionsperspektiv, antal/1000 inv	L	2025
N70843	Andra besök än läkarbesök hälso- och sjukvård totalt, produktionsperspektiv, antal/1000 inv	L	2025
N70844	Dagsjukvårdsbesök totalt, antal/1000 inv	L	2025
N70845	Disponibla vårdplatser slutenvård totalt i regionen, antal/1000 inv	L	2025
N70880	Antibiotikaförsäljning inkl. viss förskrivning till husdjur, recept/1000 inv	L	2026
N70898	Medarbetarengagemang (HME) hälso- och sjukvård totalt - svarsfrekvens, andel (%)	L	-
N70900	Invånare 0-24 år som vårdats i sluten vård pga övergrepp av annan person, antal/100 000	L	2025
N70904	Invånare 10-24 år i slutenvård pga alkoholrelaterade diagnoser, antal/100 000	L	2025
N70906	Invånare 0-24 år som vårdats i slutenvård pga avsiktligt självdestruktiv handling, antal/100 000	L	2025
N70909	Slutenvårdats till följd av skadehändelse, antal/100 000 inv 0-6 år	L	2024
N71000	Kostnad för primärvård (exkl. läkemedel), kr/inv	L	2025
N71001	Regionens köp av primärvård från privata företag/vårdgivare, andel(%)	L	2025
N71002	Månadsavlönade inom primärvård, region, antal	L	2025
N71005	Nettokostnad barnhälsovård i primärvård (exkl. läkemedel), kr per barn 0-6 år	L	2025
N71006	Nettokostnad mödrahälsovård i primärvård (exkl. läkemedel), kr per kvinna 15-54 år	L	2025
N71007	Nettokostnad primärvård totalt (exkl. primärvårdsansluten hemsjukvård och läkemedel), kr/inv	L	2025
N71009	Nettokostnad sjuksköterskevård i primärvård (exkl. läkemedel), kr/inv	L	2025
N71010	Nettokostnad sluten primärvård (exkl. läkemedel), kr/inv	L	2025
N71011	Nettokostnad övrig primärvård (exkl. läkemedel), kr/inv	L	2025
N71013	Årsarbetare inom primärvård, region, antal	L	2025
N71014	Nettokostnad för läkemedel inom läkemedelsförmånen, primärvård, kr/inv	L	2025
N71017	Nettokostnad sjukgymnastik och arbetsterapi i primärvård (exkl. läkemedel), kr/inv	L	2025
N71018	Nettokostnad allmänläkarvård inkl. jourverks i primärvård (exkl. läkemedel), kr/inv	L	2025
N71019	Nettokostnad primärvård totalt (exkl. läkemedel), kr/inv	L	2025
N71020	Nettokostnad barnhälsovård i primärvård (exkl. läkemedel), kr/inv	L	2025
N71021	Nettokostnad mödrahälsovård i primärvård (exkl. läkemedel), kr/inv	L	2025
N71029	Regionens köp av primärvård totalt, andel (%)	L	2025
N71031	Regionens köp av primärvård från ideella föreningar och stiftelser, andel (%)	L	2025
N71200	Tillsvidareanställda månadsavlönade inom primärvård, region, andel (%)	L	2025
N71201	Visstidsanställda månadsavlönade inom primärvård, andel (%)	L	2025
N71202	Visstidsanställda timavlönade inom primärvård, region, andel (%)	L	2025
N71203	Månadsavlönade inom spec somatisk vård, region, antal	L	2025
N71204	Arbetad tid utförd av visstidsanställda månadsavlönade inom primärvård, andel (%)	L	2025
N71205	Arbetad tid utförd av visstidsanställda timavlönade inom primärvård, andel (%)	L	2025
N71206	Heltidsanställda månadsavlönade inom primärvård, andel (%)	L	2025
N71207	Deltidsanställda (75-99 %) månadsavlönade inom primärvård, andel (%)	L	2025
N71208	Deltidsanställda (1-74 %) månadsavlönade inom primärvård, andel (%)	L	2025
N71209	Heltidsarbetande månadsavlönade inom primärvård, andel (%)	L	2025
N71210	Deltidsarbetande (75-99 %) månadsavlönade inom primärvård, andel (%)	L	2025
N71211	Deltidsarbetande (1-74 %) månadsavlönade inom primärvård, andel (%)	L	2025
N71212	Anställda -34 år inom primärvård, andel (%)	L	2025
N71213	Anställda 35-54 år inom primärvård, andel (%)	L	2025
N71214	Anställda 55+ inom primärvård, andel (%)	L	2025
N71217	Utrikes födda, anställda inom primärvård, balanstal	L	2025
N71218	Anställda 55-64 år inom primärvård, andel (%)	L	2025
N71219	Anställda 65+ inom primärvård, andel (%)	L	2025
N71800	Rökare vid inskrivning till mödrahälsovård i graviditetsvecka 8-12, andel (%)	L	2025
N71807	Läkarbesök primärvård, antal/1000 inv	L	2025
N71808	Läkarbesök primärvård, egen produktion (exkl mvc/bvc), antal/1000 inv	L	2025
N71809	Läkarbesök primärvård, annan vårdgivare (exkl mvc/bvc), antal/1000 inv	L	2025
N71810	Andra besök än läkarbesök primärvård (exkl mvc/bvc), antal/1000 inv	L	2025
N71811	Andra besök än läkarbesök primärvård, antal/1000 inv	L	2025
N71812	Andra besök än läkarbesök, primärvård (exkl mvc/bvc) egen produktion, antal/1000 inv	L	2025
N71813	Andra besök än läkarbesök, primärvård egen produktion/1000 inv	L	2025
N71814	Andra besök än läkarbesök, primärvård (exkl mvc/bvc) annan vårdgivare/1000 inv	L	2025
N71815	Andra besök än läkarbesök, primärvård annan vårdgivare/1000 inv	L	2025
N71816	Disponibla vårdplatser sluten primärvård i regionen, antal/1000 inv	L	2025
N71898	Medarbetarengagemang (HME) primärvård - svarsfrekvens, andel (%)	L	-
N72000	Kostnad för specialiserad somatisk vård (exkl. läkemedel), kr/inv	L	2025
N72002	Regionens köp av specialiserad somatisk vård från privata företag/vårdgivare som andel av nettokostnad, (%)	L	2025
N72003	Månadsavlönad personal, regionanställda inom spec somatisk vård, antal	L	2025
N72004	Nettokostnad specialiserad somatisk dagsjukvård (exkl. läkemedel), kr/inv	L	2025
N72005	Nettokostnad specialiserad somatisk mottagningsverksamhet (exkl. läkemedel), kr/inv	L	2025
N72006	Nettokostnad specialiserad somatisk slutenvård (exkl. läkemedel), kr/inv	L	2025
N72007	Nettokostnad specialiserad somatisk vård totalt (exkl. somatisk hemsjukvård och läkemedel), kr/inv	L	2025
N72008	Årsarbetare inom spec somatisk vård, region, antal	L	2025
N72009	Nettokostnad specialiserad somatisk vård totalt (exkl. läkemedel), kr/inv	L	2025
N72010	Nettokostnad för läkemedel inom läkemedelsförmånen, specialiserad somatisk vård, kr/inv	L	2025
N72012	Regionens köp av specialiserad somatisk vård totalt, andel (%)	L	2025
N72016	Tillsvidareanställda månadsavlönade inom specialiserad somatisk vård, region, andel (%)	L	2025
N72017	Visstidsanställda månadsavlönade inom specialiserad somatisk vård, andel (%)	L	2025
N72018	Visstidsanställda timavlönade inom specialiserad somatisk vård, region, andel (%)	L	2025
N72019	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom specialiserad somatisk vård, andel (%)	L	2025
N72020	Arbetad tid utförd av visstidsanställda månadsavlönade inom specialiserad somatisk vård, andel (%)	L	2025
N72021	Arbetad tid utförd av visstidsanställda timavlönade inom specialiserad somatisk vård, andel (%)	L	2025
N72022	Heltidsanställda månadsavlönade inom specialiserad somatisk vård, andel (%)	L	2025
N72023	Deltidsanställda (75-99 %) månadsavlönade inom specialiserad somatisk vård, andel (%)	L	2025
N72024	Deltidsanställda (1-74 %) månadsavlönade inom specialiserad somatisk vård, andel (%)	L	2025
N72025	Heltidsarbetande månadsavlönade inom specialiserad somatisk vård, andel (%)	L	2025
N72026	Deltidsarbetande (75-99 %) månadsavlönade inom specialiserad somatisk vård, andel (%)	L	2025
N72027	Deltidsarbetande (1-74 %) månadsavlönade inom specialiserad somatisk vård, andel (%)	L	2025
N72028	Anställda -34 år inom specialiserad somatisk vård, andel (%)	L	2025
N72029	Anställda 35-54 år inom specialiserad somatisk vård, andel (%)	L	2025
N72030	Anställda 55+ inom specialiserad somatisk vård, andel (%)	L	2025
N72033	Utrikes födda, anställda inom specialiserad somatisk vård, balanstal	L	2025
N72034	Regionens köp av specialiserad somatisk vård från ideella föreningar och stiftelser, andel (%)	L	2025
N72035	Regionens köp av specialiserad somatisk vård från regioner, andel (%)	L	2025
N72036	Regionens köp av specialiserad somatisk vård från bolag inom koncernen, andel (%)	L	2025
N72042	Anställda 55-64 år inom specialiserad somatisk vård, andel (%)	L	2025
N72043	Anställda 65+ inom specialiserad somatisk vård, andel (%)	L	2025
N72409	Avlidna på sjukhus, andel (%)	L	2024
N72455	Avlidna inom 28 dagar efter hjärtinfarkt, antal	L	2025
N72461	Avlidna inom 3 månader efter stroke, antal/10 000 inv	L	2024
N72802	Vårdtillfällen i specialiserad somatisk slutenvård, antal/100 000 inv	L	2025
N72803	Läkarbesök specialiserad somatisk vård, antal/1000 inv	L	2025
N72804	Läkarbesök spec somatisk vård annan vårdgivare, antal/1000 inv	L	2025
N72805	Läkarbesök specialiserad somatisk vård egen prod, antal/1000 inv	L	2025
N72806	Andra besök än läkarbesök specialiserad somatisk vård egen prod, antal/1000 inv	L	2025
N72807	Andra besök än läkarbesök specialiserad somatisk vård annan vårdgivare, antal/1000 inv	L	2025
N72808	Andra besök än läkarbesök specialiserad somatisk vård, antal/1000 inv	L	2025
N72809	Andra besök än läkarbesök mödrahälsovård, antal/1000 inv	L	2025
N72810	Andra besök än läkarbesök barnhälsovård, antal/1000 inv	L	2025
N72811	Andra besök än läkarbesök, mödrahälsovård egen produktion, antal/1000 inv	L	2025
N72812	Andra besök än läkarbesök, barnhälsovård egen produktion, antal/1000 inv	L	2025
N72813	Andra besök än läkarbesök, mödrahälsovård annan vårdgivare/1000 inv	L	2025
N72814	Andra besök än läkarbesök, barnhälsovård annan vårdgivare/1000 inv	L	2025
N72815	Dagsjukvårdsbesök somatisk vård, antal/1000 inv	L	2025
N72816	Disponibla vårdplatser i specialiserad somatisk vård i regionen, antal/1000 inv	L	2025
N72817	Disponibla vårdplatser medicinsk korttidsvård i regionen, antal/1000 inv	L	2025
N72818	Disponibla vårdplatser kirurgisk korttidsvård i regionen, antal/1000 inv	L	2025
N72819	Disponibla vårdplatser ofördelad korttidsvård i regionen, antal/1000 inv	L	2025
N72820	Disponibla vårdplatser geriatrisk vård i regionen, antal/1000 inv	L	2025
N72821	Disponibla vårdplatser övrig specialiserad somatisk vård i regionen, antal/1000 inv	L	2025
N72826	Beläggningsgrad för disponibla vårdplatser, andel (%)	L	2025
N72827	Operationer - hysterektomi, ålderstandardiserade värden, antal/100 000 kvinnor	L	2025
N72828	Medelvårdtid vid hysterektomi, antal dagar	L	2025
N72829	Operationer - Framfall, ålderstandardiserade värden, antal/100 000 kvinnor	L	2025
N72830	Operationer - Urininkontinens, ålderstandardiserade värden, antal/100 000 kvinnor	L	2025
N72831	Operationer - Skrapning, ålderstandardiserade värden, antal/100 000 kvinnor	L	2025
N72832	Operationer - Artroskopi i knäled, ålderstandardiserade värden, antal/100 000 invånare	L	2025
N72833	Operationer - Knäprotes, ålderstandardiserade värden, antal/100 000 invånare	L	2025
N72834	Medelvårdtider vid knäprotesoperationer, antal dagar	L	2025
N72835	Operationer - Höftprotes, ålderstandardiserade värden, antal/100 000 invånare	L	2025
N72836	Medelvårdtider vid höftprotesoperationer, antal dagar	L	2025
N72837	Vårdtillfällen vid höftfraktur, ålderstandardiserade värden, antal/100 000 invånare	L	2025
N72839	Vårdtillfällen vid hjärtsvikt, ålderstandardiserade värden, antal/100 000 invånare	L	-
N72840	Vårddagar vid hjärtsvikt, antal/patient	L	-
N72841	Medelvårdtid vid hjärtsvikt, antal dagar	L	-
N72842	Vårdtillfällen vid hjärtarytmi och överledningsstörningar, ålderstandardiserade värden, antal/100 000 invånare	L	-
N72843	Vårddagar vid hjärtarytmi och överledningsstörningar, antal/patient	L	-
N72844	Medelvårdtid vid hjärtarytmi och överledningsstörningar, antal dagar	L	-
N72846	Vårddagar vid kärlkramp, antal/patient	L	-
N72847	Medelvårdtid vid kärlkramp, antal vårddagar	L	-
N72848	Operationer - planerad PCI vid kranskärlsförträngning, ålderstandardiserade värden, antal/100 000 inv	L	2025
N72849	Vårddagar vid planerad PCI vid kranskärlsförträngning, antal/patient	L	-
N72850	Medelvårdtid vid planerad PCI vid kranskärlsförträngning, antal dagar	L	2025
N72851	Operationer - Kranskärl, ålderstandardiserade värden, antal/100 000 invånare	L	2025
N72852	Operationer - pacemakerimplantat, ålderstandardiserade värden, antal/100 000 invånare	L	2025
N72853	Medelvårdtid vid stroke, antal dagar	L	-
N72855	Operationer - Prostataförstoring, antal/100 000 män, ålderstandardiserade värden	L	2025
N72856	Operationer - Ljumskbråck, antal/100 000 invånare, ålderstandardiserade värden	L	2025
N72857	Operationer - Kolecystektomi, antal/100 000 invånare, ålderstandardiserade värden	L	2025
N72858	Operationer - Septumplastik, antal/100 000 invånare, ålderstandardiserade värden	L	2025
N72859	Operationer - Tonsillektomi, antal/100 000 invånare, ålderstandardiserade värden	L	2025
N72864	Disponibla vårdplatser i specialiserad somatisk vård i regionen, offentlig regi, antal/1000 inv	L	2025
N72865	Disponibla vårdplatser i specialiserad somatisk vård i regionen, övrig regi, antal/1000 inv	L	2025
N72998	Medarbetarengagemang (HME) specialiserad somatisk vård - svarsfrekvens, andel (%)	L	-
N74000	Kostnad för specialiserad psykiatrisk vård (exkl. läkemedel), kr/inv	L	2025
N74001	Regionens köp av specialiserad psykiatrisk vård från privata företag/vårdgivare som andel av nettokostnad, (%)	L	2025
N74002	Månadsavlönade inom spec psykiatrisk vård, region, antal	L	2025
N74003	Nettokostnad specialiserad psykiatrisk mottagningsverksamhet (exkl. läkemedel), kr/inv	L	2025
N74004	Nettokostnad specialiserad psykiatrisk slutenvård (exkl. läkemedel), kr/inv	L	2025
N74005	Nettokostnad specialiserad psykiatrisk dagsjukvård (exkl. läkemedel), kr/inv	L	2025
N74006	Nettokostnad specialiserad psykiatrisk vård totalt (exkl. psykiatrisk hemsjukvård och läkemedel), kr/inv	L	2025
N74007	Årsarbetare inom spec psykiatrisk vård, region, antal	L	2025
N74008	Nettokostnad specialiserad psykiatrisk vård totalt (exkl. läkemedel), kr/inv	L	2025
N74010	Nettokostnad för läkemedel inom läkemedelsförmånen, specialiserad psykiatrisk vård, kr/inv	L	2025
N74012	Regionens köp av specialiserad psykiatrisk vård totalt, andel (%)	L	2025
N74013	Tillsvidareanställda månadsavlönade inom specialiserad psykiatrisk vård, region, andel (%)	L	2025
N74014	Visstidsanställda månadsavlönade inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74015	Visstidsanställda timavlönade inom specialiserad psykiatrisk vård, region, andel (%)	L	2025
N74016	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74017	Arbetad tid utförd av visstidsanställda månadsavlönade inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74018	Arbetad tid utförd av visstidsanställda timavlönade inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74019	Heltidsanställda månadsavlönade inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74020	Deltidsanställda (75-99 %) månadsavlönade inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74021	Deltidsanställda (1-74 %) månadsavlönade inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74022	Heltidsarbetande månadsavlönade inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74023	Deltidsarbetande (75-99 %) månadsavlönade inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74024	Deltidsarbetande (1-74 %) månadsavlönade inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74025	Anställda -34 år inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74026	Anställda 35-54 år inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74027	Anställda 55+ inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74030	Utrikes födda, anställda inom specialiserad psykiatrisk vård, balanstal	L	2025
N74031	Regionens köp av psykiatrisk vård från ideella föreningar och stiftelser, andel (%)	L	2025
N74032	Regionens köp av specialiserad psykiatrisk vård från regioner, andel (%)	L	2025
N74033	Regionens köp av specialiserad psykiatrisk vård från koncernen, andel (%)	L	2025
N74036	Anställda 55-64 år inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74037	Anställda 65+ inom specialiserad psykiatrisk vård, andel (%)	L	2025
N74802	Vårdtillfällen i specialiserad psykiatrisk slutenvård, antal/100 000 inv	L	2025
N74803	Läkarbesök specialiserad psykiatrisk vård, antal/1000 inv	L	2025
N74804	Läkarbesök spec psykiatrisk vård annan vårdgivare, antal/1000 inv	L	2025
N74805	Läkarbesök specialiserad psykiatrisk vård egen prod, antal/1000 inv	L	2025
N74806	Andra besök än läkarbesök specialiserad psykiatrisk vård egen prod, antal/1000 inv	L	2025
N74807	Andra besök än läkarbesök specialiserad psykiatrisk vård annan vårdgivare, antal/1000 inv	L	2025
N74808	Andra besök än läkarbesök specialiserad psykiatrisk vård, antal/1000 inv	L	2025
N74809	Dagsjukvårdsbesök psykiatrisk vård, antal/1000 inv	L	2025
N74810	Disponibla vårdplatser specialiserad psykiatrisk vård i regionen, antal/1000 inv	L	2025
N74814	Vårdtillfällen vid schizofreni, ålderstandardiserade värden, antal/100 000 invånare	L	2025
N74815	Disponibla vårdplatser allmän psykiatri i regionen, antal/1000 inv	L	2025
N74816	Disponibla vårdplatser barn- och ungdomspsykiatri i regionen, antal/1000 inv	L	2025
N74817	Disponibla vårdplatser rättspsykiatri i regionen, antal/1000 inv	L	2025
N74821	Dagsjukvårdsbesök, andra besök än läkarbesök i psykiatrisk vård, annan vårdgivare, antal/1000 inv	L	2025
N74822	Dagsjukvårdsbesök, andra besök än läkarbesök i psykiatrisk vård, egen produktion, antal/1000 inv	L	2025
N74823	Dagsjukvårdsbesök, andra besök än läkarbesök, somatisk vård, annan vårdgivare, antal/1000 inv	L	2025
N74824	Dagsjukvårdsbesök, andra besök än läkarbesök, somatisk vård, egen produktion, antal/1000 inv	L	2025
N74825	Dagsjukvårdsbesök, läkarbesök psykiatrisk vård, annan vårdgivare, antal/1000 inv	L	2025
N74826	Dagsjukvårdsbesök, läkarbesök psykiatrisk vård, egen produktion, antal/1000 inv	L	2025
N74827	Dagsjukvårdsbesök, läkarbesök somatisk vård, annan vårdgivare, antal/1000 inv	L	2025
N74828	Dagsjukvårdsbesök, läkarbesök somatisk vård, egen produktion, antal/1000 inv	L	2025
N74829	Dagsjukvårdsbesök, andra besök än läkarbesök, antal/1000 inv	L	2025
N74830	Dagsjukvårdsbesök, läkarbesök hälso- och sjukvård (exkl mvc/bvc), antal/1000 inv	L	2025
N74831	Dagsjukvårdsbesök, andra besök än läkarbesök i psykiatrisk vård, antal/1000 inv	L	2025
N74832	Dagsjukvårdsbesök, andra besök än läkarbesök, somatisk vård, antal/1000 inv	L	2025
N74833	Dagsjukvårdsbesök, läkarbesök psykiatrisk vård, antal/1000 inv	L	2025
N74834	Dagsjukvårdsbesök, läkarbesök somatisk vård, antal/1000 inv	L	2025
N74898	Medarbetarengagemang (HME) specialiserad psykiatrisk vård - svarsfrekvens, andel (%)	L	-
N74900	Invånare 0-24 år som vårdats i slutenvård med psykiatrisk diagnos, antal/100 000	L	2025
N76000	Nettokostnad all hemsjukvård (exkl. läkemedel), kr/inv	L	2025
N76001	Nettokostnad primärvårdsansluten hemsjukvård (exkl. läkemedel), kr/inv	L	2025
N76002	Nettokostnad specialiserad psykiatrisk hemsjukvård (exkl. läkemedel), kr/inv	L	2025
N76003	Nettokostnad specialiserad somatisk hemsjukvård (exkl. läkemedel), kr/inv	L	2025
N78110	Patientupplevd kvalitet avseende vård och behandling, hälso- och vårdcentral, medelvärde	L	2025
N78111	Patientupplevd kvalitet avseende delaktighet, hälso- och vårdcentral, medelvärde	L	2025
N78112	Patientupplevd kvalitet avseende bemötande, hälso- och vårdcentral, medelvärde	L	2025
N78113	Patientupplevd kvalitet avseende kontinuitet, hälso- och vårdcentral, medelvärde	L	2025
N78114	Patientupplevd kvalitet avseende information, hälso- och vårdcentral, medelvärde	L	2025
N78115	Patientupplevd kvalitet avseende tillgänglighet, hälso- och vårdcentral, medelvärde	L	2025
N78116	Patientupplevd kvalitet på hälso- och vårdcentral, svarsfrekvens, andel (%)	L	2025
N79000	Kostnad för övrig hälso- och sjukvård totalt, kr/inv	L	2025
N79001	Månadsavlönade inom övrig hälso och sjukvård, region, antal	L	2025
N79002	Nettokostnad ambulans- och sjuktransporter, kr/inv	L	2025
N79003	Nettokostnad folkhälsofrågor, kr/inv	L	2025
N79004	Nettokostnad FoU avseende hälso- och sjukvård, kr/inv	L	2025
N79005	Nettokostnad handikapps-/hjälpverksamhet, kr/inv	L	2025
N79006	Nettokostnad sjukresor, kr/inv	L	2025
N79007	Nettokostnad social verksamhet, kr/inv	L	2025
N79008	Nettokostnad övrig hälso- och sjukvård totalt (exkl. läkemedel), kr/inv	L	2025
N79009	Nettokostnad övrigt inom övrig hälso- och sjukvård, kr/inv	L	2025
N79010	Årsarbetare inom övrig hälso och sjukvård, region, antal	L	2025
N79011	Regionens köp av övrig hälso- och sjukvård totalt, andel (%)	L	2025
N79012	Nettokostnad för läkemedel inom läkemedelsförmånen, övrig hälso- och sjukvård, kr/inv	L	2025
N79013	Regionens köp av övrig hälso- och sjukvård från privata företag/vårdgivare, andel (%)	L	2025
N79014	Regionens köp av övrig hälso- och sjukvård från ideella föreningar och stiftelser, andel (%)	L	2025
N79015	Regionens köp av övrig hälso- och sjukvård från regioner, andel (%)	L	2025
N79016	Regionens köp av övrig hälso- och sjukvård från regionägda företag i egen kommunkoncern, andel (%)	L	2025
N79169	Täckningsgrad för gynekologisk cellprovskontroll, andel (%) (-2023)	L	-
N79171	Positivt helhetsintryck hos patienter som besökt en akutmottagning, index	L	2026
N79172	Förekomst av diabetes typ 2, andel (%)	L	2025
N79173	Medicinsk bedömning inom tre dagar i primärvård, andel (%)	L	2026
N79174	Positivt helhetsintryck hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)	L	-
N79175	Tio eller fler läkemedel samtidigt hos äldre, andel (%)	L	2025
N79176	Vårdplatser belagda av utskrivningsklara patienter, andel (%)	L	2025
N79178	Positivt helhetsintryck hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index	L	2025
N79179	Telefonsamtal till primärvården som besvarats samma dag, andel (%)	L	2026
N79180	Patienter med sjukhusförvärvade trycksår, andel (%) (-2023)	L	-
N79181	Användning av WHO:s checklista för säker operation, andel (%)	L	2025
N79184	Patienter som är ADL-beroende eller avlider 90 dagar efter stroke, andel (%)	L	2024
N79187	Patienter med stroke som vid akut insjuknande direkt vårdas på strokeenhet eller IVA, andel (%)	L	2025
N79189	Patienter med diabetes med blodsocker högre än HbA1c > 70 mmol/mol, primärvård, andel (%)	L	2025
N79190	Sjukvårdsrelaterad åtgärdbar dödlighet (treårsmedelvärde) enligt EUROSTAT/OECD, antal/100 000 invånare	L	2024
N79191	Hälsopolitiskt åtgärdbar dödlighet enligt EUROSTAT/OECD, antal/ 100 000 invånare (-2023)	L	-
N79196	Överlevnad vid cancersjukdom – flera cancerformer, andel (%)	L	2025
N79198	Patienter som genomgått standardiserade vårdförlopp inom den angivna ledtiden (cancervård), andel (%)	L	2025
N79221	Väntande högst 90 dagar till första kontakt i specialiserad vård, andel (%)	L	2026
N79222	Genomförd första kontakt inom högst 90 dagar i specialiserad vård, andel (%)	L	2026
N79223	Väntande högst 90 dagar på operation/åtgärd i specialiserad vård, andel (%)	L	2026
N79224	Genomförd operation/åtgärd inom högst 90 dagar i specialiserad vård, andel (%)	L	2026
N79240	Väntetid för väntande till första kontakt i specialiserad vård, antal dagar (median)	L	2026
N79241	Väntetid för första kontakt i specialiserad vård,  av genomförda besök, antal dagar (median)	L	2026
N79242	Väntetid för väntande på operation/åtgärd i specialiserad vård, antal dagar (median)	L	2026
N79243	Väntetid för operation/åtgärd i specialiserad vård, av genomförda besök, antal dagar (median)	L	2026
N79500	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index	L	2025
N79501	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index	L	2025
N79502	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index	L	2025
N79503	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index	L	2025
N79504	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index	L	2025
N79505	Patientupplevd kvalitet avseende tillgänglighet hos patienter som utreds inom standardiserat vårdförlopp i cancervårdenn, index	L	2025
N79506	Patientupplevd kvalitet hos patienter som utreds inom standardiserat vårdförlopp i cancervården - svarsfrekvens (%)	L	2025
N79507	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)	L	-
N79508	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)	L	-
N79509	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som utreds inom standardiserat vårdförlopp i cancervården, index (-2023)	L	-
N79510	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)	L	-
N79511	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)	L	-
N79512	Patientupplevd kvalitet avseende tillgänglighet hos patienter som besökt en öppenvårdsmottagning på sjukhus, index (-2023)	L	-
N79513	Patientupplevd kvalitet  hos patienter som besökt en öppenvårdsmottagning på sjukhus - svarsfrekvens (%) (-2023)	L	-
N79514	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som besökt en akutmottagning, index	L	2026
N79515	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som besökt en akutmottagning, index	L	2026
N79516	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som besökt en akutmottagning, index	L	2026
N79517	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som besökt en akutmottagning, index	L	2026
N79518	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som besökt en akutmottagning, index	L	2026
N79519	Patientupplevd kvalitet avseende tillgänglighet hos patienter som besökt en akutmottagning, index	L	2026
N79520	Patientupplevd kvalitet hos patienter som besökt en akutmottagning, svarsfrekvens (%)	L	2026
N79521	Positivt helhetsintryck hos patienter inom sluten specialiserad sjukhusvård, index	L	2025
N79522	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index	L	2025
N79523	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index	L	2025
N79524	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index	L	2025
N79525	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index	L	2025
N79526	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index	L	2025
N79527	Patientupplevd kvalitet avseende tillgänglighet hos patienter som har besökt en slutenvårdsmottagning på sjukhus, index	L	2025
N79528	Patientupplevd kvalitet hos patienter som har besökt en slutenvårdsmottagning på sjukhus, svarsfrekvens (%)	L	2025
N79529	Positivt helhetsintryck hos patienter som har besökt sluten vuxenpsykiatri, index	L	2026
N79530	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som har besökt sluten vuxenpsykiatri, index	L	2026
N79531	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som har besökt sluten vuxenpsykiatri, index	L	2026
N79532	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som har besökt sluten vuxenpsykiatri, index	L	2026
N79533	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som har besökt sluten vuxenpsykiatri, index	L	2026
N79534	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som har besökt sluten vuxenpsykiatri, index	L	2026
N79535	Patientupplevd kvalitet avseende tillgänglighet hos patienter som har besökt sluten vuxenpsykiatri, index	L	2026
N79536	Patientupplevd kvalitet hos patienter som har besökt sluten vuxenpsykiatri, Svarsfrekvens (%)	L	2026
N79537	Positivt helhetsintryck hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index	L	2026
N79538	Patientupplevd kvalitet avseende emotionellt stöd hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index	L	2026
N79539	Patientupplevd kvalitet avseende delaktighet och involvering hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index	L	2026
N79540	Patientupplevd kvalitet avseende respekt och bemötande hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index	L	2026
N79541	Patientupplevd kvalitet avseende kontinuitet och koordinering hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index	L	2026
N79542	Patientupplevd kvalitet avseende information och kunskapsom hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index	L	2026
N79543	Patientupplevd kvalitet avseende tillgänglighet hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, index	L	2026
N79544	Patientupplevd kvalitet hos patienter som har besökt en öppenvårdsmottagning inom vuxenpsykiatri, svarsfrekvens (%)	L	2026
N79545	Patientupplevd kvalitet hos patienter i primärvården, svarsfrekvens (%) (-2024)	L	-
N79700	Gånghjälpmedel som hanteras med båda armar/ rollatorer inköpta till regionens hjälpmedelscentral(er), antal	L	2025
N79701	Personligt förskrivna gånghjälpmedel som hanteras av båda armar/ rollatorer lämnats ut av regionens hjälpmedelscentral(er), antal	L	2025
N79702	Returer av gånghjälpmedel som hanteras av båda armar/rollatorer till regionens hjälpmedelscentral(er), antal	L	2025
N79703	Manuella rullstolar/ manuella tvåhjulsdrivna rullstolar inköpta till regionens hjälpmedelscentral(er), antal	L	2025
N79704	Personligt förskrivna manuella rullstolar/manuella tvåhjulsdrivna rullstolar som lämnats ut av regionens hjälpmedelscentral(er), antal	L	2025
N79705	Returer av manuella rullstolar/manuella tvåhjulsdrivna rullstolar till regionens hjälpmedelscentral(er), antal	L	2025
N79710	Gånghjälpmedel som hanteras med båda armar/ rollatorer inköpta till regionens hjälpmedelscentral(er), antal/10 000 invånare	A	2025
N79711	Personligt förskrivna gånghjälpmedel som hanteras av båda armar/ rollatorer lämnats ut av regionens hjälpmedelscentral(er), antal/10 000 invånare	A	2025
N79712	Returer av gånghjälpmedel som hanteras av båda armar/rollatorer till regionens hjälpmedelscentral(er), antal/10 000 invånare	A	2025
N79713	Manuella rullstolar/ manuella tvåhjulsdrivna rullstolar inköpta till regionens hjälpmedelscentral(er), antal/10 000 invånare	A	2025
N79714	Personligt förskrivna manuella rullstolar/manuella tvåhjulsdrivna rullstolar som lämnats ut av regionens hjälpmedelscentral(er), antal/10 000 invånare	A	2025
N79715	Returer av manuella rullstolar/manuella tvåhjulsdrivna rullstolar till regionens hjälpmedelscentral(er), antal/10 000 invånare	A	2025
N79720	Förskrivna tyngdtäcken, antal	L	2025
N79721	Förskrivna ankelortoser, antal	L	2025
N79722	Förskrivna knäortoser, antal	L	2025
N79723	Förskrivna helbensortoser, antal	L	2025
N79724	Förskrivna transtibiella proteser, antal	L	2025
N79725	Förskrivna gåstativ, antal	L	2025
N79726	Förskrivna rollatorer, antal	L	2025
N79727	Förskrivna gåstolar, antal	L	2025
N79728	Förskrivna gåbord, antal	L	2025
N79729	Förskrivna manuella tvåhjulsdrivna rullstolar, antal	L	2025
N79730	Förskrivna manuella vårdarmanövrerade rullstolar, antal	L	2025
N79731	Förskrivna el-rullstolar, manuell styrning, antal	L	2025
N79732	Förskrivna el-rullstolar, elektronisk styrning, antal	L	2025
N79733	Förskrivna mobila lyftar slingsäten, antal	L	2025
N79734	Förskrivna mobila lyftar stående, antal	L	2025
N79735	Förskrivna stationära lyftar, antal	L	2025
N79736	Förskrivna sängar och liknande, antal	L	2025
N79737	Förskrivna stöd för sängar, antal	L	2025
N79738	Förskrivna förstorande videosystem, antal	L	2025
N79739	Förskrivna röstförstärkare, antal	L	2025
N79740	Förskrivna ljudutrustning, antal	L	2025
N79741	Förskrivna samtalsapparater, antal	L	2025
N79742	Förskrivna programvara för närkommunikation, antal	L	2025
N79743	Förskrivna ur och klockor, antal	L	2025
N79745	Förskrivna läsmaskiner, antal	L	2025
N79746	Förskrivna hörapparater, antal	L	2025
N79747	Förskrivna kalendrar och tidtabeller, antal	L	2025
N79800	Besök inom handikapp-/hjälpmedelsverksamheten, antal/1000 inv	L	2025
N79898	Medarbetarengagemang (HME) övrig hälso- och sjukvård - svarsfrekvens, andel (%)	L	-
N80000	Kostnad för tandvård (inkl. läkemedel), kr/inv	L	2025
N80001	Regionens köp av tandvård från privata företag/vårdgivare, andel (%)	L	2025
N80002	Månadsavlönad personal, regionanställda tandhygienister, antal	L	2025
N80003	Månadsavlönad personal, regionanställda tandläkare, antal	L	2025
N80004	Månadsavlönad personal, regionanställda tandsköterskor, antal	L	2025
N80005	Månadsavlönade inom tandvård, region, antal	L	2025
N80006	Månadsavlönad personal, regionanställda tandvård övriga, antal	L	2025
N80007	Nettokostnad tandvård (exkl. läkemedel), kr/inv	L	2025
N80008	Årsarbetare, regionanställda tandhygienister, antal	L	2025
N80009	Årsarbetare, regionanställda tandläkare, antal	L	2025
N80010	Årsarbetare, regionanställda tandsköterskor, antal	L	2025
N80011	Årsarbetare inom tandvård, region, antal	L	2025
N80012	Årsarbetare, regionanställda tandvård övriga, antal	L	2025
N80013	Nettokostnad för läkemedel inom läkemedelsförmånen, tandvård, kr/inv	L	2025
N80014	Regionens köp av tandvård totalt, andel (%)	L	2025
N80015	Tillsvidareanställda månadsavlönade inom tandvård, region, andel (%)	L	2025
N80016	Visstidsanställda månadsavlönade inom tandvård, andel (%)	L	2025
N80017	Visstidsanställda timavlönade inom tandvård, andel (%)	L	2025
N80018	Arbetad tid utförd av tillsvidareanställda månadsavlönade inom tandvård, andel (%)	L	2025
N80019	Arbetad tid utförd av visstidsanställda månadsavlönade inom tandvård, andel (%)	L	2025
N80020	Arbetad tid utförd av visstidsanställda timavlönade inom tandvård, andel (%)	L	2025
N80021	Heltidsanställda månadsavlönade inom tandvård, andel (%)	L	2025
N80022	Deltidsanställda (75-99 %) månadsavlönade inom tandvård, andel (%)	L	2025
N80023	Deltidsanställda (1-74 %) månadsavlönade inom tandvård, andel (%)	L	2025
N80024	Heltidsarbetande månadsavlönade inom tandvård, andel (%)	L	2025
N80025	Deltidsarbetande (75-99 %) månadsavlönade inom tandvård, andel (%)	L	2025
N80026	Deltidsarbetande (1-74 %) månadsavlönade inom tandvård, andel (%)	L	2025
N80027	Anställda -34 år inom tandvård, andel (%)	L	2025
N80028	Anställda 35-54 år inom tandvård, andel (%)	L	2025
N80029	Anställda 55+ inom tandvård, andel (%)	L	2025
N80032	Utrikes födda, anställda inom tandvård, balanstal	L	2025
N80033	Regionens köp av tandvård från ideella föreningar och stiftelser, andel (%)	L	2025
N80034	Köp av tandvård från regioner, andel (%)	L	2025
N80035	Köp av tandvård från koncernen, andel (%)	L	2025
N80036	Nettokostnad allmäntandvård vuxna (exkl. läkemedel), kr/vuxna invånare	L	2025
N80037	Nettokostnad regionens tandvårdsstöd (exkl. läkemedel), kr/vuxna invånare	L	2025
N80038	Nettokostnad allmäntandvård barn och unga (exkl. läkemedel), kr/barn och unga	L	2025
N80039	Nettokostnad specialisttandvård (exkl. läkemedel), kr/inv	L	2025
N80040	Nettokostnad allmäntandvård vuxna (exkl. läkemedel), kr/inv	L	2025
N80041	Nettokostnad regionens tandvårdsstöd (exkl. läkemedel), kr/inv	L	2025
N80042	Nettokostnad allmäntandvård barn och ungdomar (exkl. läkemedel), kr/inv	L	2025
N80043	Nettokostnad tandvård, kr/inv	L	2025
N80044	Anställda 55-64 år inom tandvård, andel (%)	L	2025
N80045	Anställda 65+ inom tandvård, andel (%)	L	2025
N80401	Kariesfria 3-åringar, andel (%)	L	2025
N80402	Kariesfria 6-åringar, andel (%)	L	2025
N80403	Kariesfria 12-åringar, andel (%)	L	2025
N80404	Approximalt kariesfria 19-åringar, andel (%)	L	2025
N80406	Kvarvarande tänder bland invånare 90+, median	L	2025
N80407	Intakta tänder, median bland vuxna invånare	L	2025
N80410	Patienter som fått en eller flera tänder utdragna på grund av karies, andel (%). (-2023)	L	-
N80411	Patienter som fått en eller flera tänder utdragna på grund av parodontit (tandlossning), andel (%). (-2023)	L	-
N80416	Sjukdomsbehandling vid karies, andel (%) (-2023)	L	-
N80417	Sjukdomsbehandling vid vid tandlossning (parodontit), andel (%) (-2023)	L	-
N80425	Kvarvarande tänder bland invånare 85-89 år, median	L	2025
N80426	Senaste tandvårdsbesöket i offentlig regi, andel (%)	L	2025
N80427	Senaste tandvårdsbesöket i privat regi, andel (%)	L	2025
N80700	Personer som besökt vuxentandvården senaste tvåårsperioden, andel (%)	L	2025
N80701	Personer som fått en undersökning inom vuxentandvården utförd senaste tvåårsperioden, andel (%)	L	2025
N80702	Patienter allmäntandvård vuxna i offentlig regi, antal/vuxna invånare	L	2025
N80703	Patienter allmäntandvård barn och ungdomar totalt, antal/barn och unga	L	2025
N80704	Patienter allmäntandvård barn i offentlig regi, andel (%)	L	2025
N80705	Patienter allmäntandvård barn i privat regi, andel (%)	L	2025
N80706	Listade patienter allmäntandvård barn och unga totalt, andel (%)	L	2025
N80707	Listade patienter allmäntandvård barn och ungdomar, offentlig regi, andel (%)	L	2025
N80708	Listade patienter allmäntandvård barn och ungdomar i privat regi, andel (%)	L	2025
N80709	Patienter specialisttandvård i offentlig regi, antal/inv	L	2025
N80710	Patienter med regionens tandvårdsstöd - led i sjukdomsbehandling, antal/1000 vuxna invånare	L	2025
N80711	Patienter regionens tandvårdsstöd - led i sjukdomsbehandling i offentlig regi, andel (%)	L	2025
N80712	Patienter regionens tandvårdsstöd - led i sjukdomsbehandling i privat regi, andel (%)	L	2025
N80713	Patienter regionens tandvårdsstöd - uppsökta personer totalt, antal/1000 vuxna invånare	L	2025
N80714	Patienter regionens tandvårdsstöd - uppsökta personer i offentlig regi, andel (%)	L	2025
N80715	Patienter regionens tandvårdsstöd - uppsökta personer i privat regi, andel (%)	L	2025
N80716	Patienter regionens tandvårdsstöd - nödvändig tandvård totalt, antal/1000 vuxna invånare	L	2025
N80717	Patienter regionens tandvårdsstöd - nödvändig tandvård i offentlig regi, andel (%)	L	2025
N80718	Patienter regionens tandvårdsstöd - nödvändig tandvård i privat regi, andel (%)	L	2025
N80719	Patienter regionens tandvårdsstöd - långvarig sjukdom totalt, antal/1000 vuxna invånare	L	2025
N80720	Patienter regionens tandvårdsstöd - långvarig sjukdom i offentlig regi, andel (%)	L	2025
N80721	Patienter regionens tandvårdsstöd - långvarig sjukdom i privat regi, andel (%)	L	2025
N80722	Besök i tandvården av vuxna patienter totalt, antal/vuxna invånare	L	2025
N80898	Medarbetarengagemang (HME) tandvård - svarsfrekvens, andel (%)	L	-
N85000	Kostnad för regional utveckling totalt, kr/inv	L	2025
N85001	Månadsavlönade inom kultur, turism och frilutfsliv, region, antal	L	2025
N85002	Månadsavlönade inom utbildning och kultur, region, antal	L	2025
N85003	Nettokostnad allmän regional utveckling, kr/inv	L	2025
N85004	Nettokostnad kulturverksamhet, kr/inv	L	2025
N85005	Nettokostnad politisk verksamhet avseende regional utveckling, kr/inv	L	2025
N85007	Nettokostnad trafik och infrastruktur, kr/inv	L	2025
N85008	Nettokostnad utbildning region, kr/inv	L	2025
N85009	Årsarbetare inom kultur, turism och friluftsliv, region, antal	L	2025
N85010	Årsarbetare inom utbildning och kultur, region, antal	L	2025
N85011	Kostnad utbildning region, kr/inv	L	2025
N85012	Nettokostnad regional utveckling totalt, kr/inv	L	2025
N85014	Kostnad kulturverksamhet, kr/inv	L	2025
N85016	Nettokostnad teater- och musikverksamhet, kr/inv	L	2025
N85017	Kostnad allmän regional utveckling, kr/inv	L	2025
N85018	Nettokostnad museieverksamhet, kr/inv	L	2025
N85019	Nettokostnad övrig kulturverksamhet, kr/inv	L	2025
N85020	Kostnad trafik och infrastruktur, kr/inv	L	2025
N85021	Köp av utbildning region totalt, andel (%)	L	2025
N85022	Köp av kulturverksamhet region totalt, andel (%)	L	2025
N85023	Regionens köp av trafik och infrastruktur totalt, andel (%)	L	2025
N85024	Köp av allmän regional utveckling totalt, andel (%)	L	2025
N85025	Köp av politisk verksamhet avseende regional utveckling totalt, andel (%)	L	2025
N85026	Regionens köp av trafik och infrastruktur från privata företag, andel (%)	L	2025
N85029	Nettokostnad infrastruktur, kr/inv	L	2025
N85030	Nettokostnad färdtjänst, kr/inv	L	2025
N85040	Marint skyddad havsareal, andel (%)	L	2025
N85041	Marint skyddad havsareal, antal hektar	L	2025
N85042	Vattenanvändning totalt, senaste mätning, kbm/inv	L	2025
N85043	Vattenanvändning, hushåll, senaste mätning, kbm/inv	L	2025
N85044	Vattenanvändning jordbruk, senaste mätning, kbm/inv	L	2025
N85045	Vattenanvändning industri, senaste mätning, kbm/inv	L	2025
N85046	Vattenanvändning övrig användning, senaste mätning, kbm/inv	L	2025
N85047	Utsläpp till luft av kväveoxider (NOx), totalt, kg/inv	A	2024
N85048	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom). kg/inv	A	2024
N85049	Utsläpp till luft av kväveoxider (NOx), industri, kg/inv	A	2024
N85050	Vattenförekomster med god status, andel (%)	A	2023
N85051	Sjöar med god ekologisk status, andel (%)	A	2023
N85052	Vattendrag med god ekologisk status, andel (%)	A	2023
N85053	Grundvattenförekomster med god kemisk och kvantitativ status, andel (%)	A	2023
N85054	Skyddad natur totalt, andel (%)	A	2025
N85055	Skyddad natur land, andel (%)	A	2025
N85056	Skyddad natur hav, andel (%)	A	2025
N85057	Skyddad natur inlandsvatten, andel (%)	A	2025
N85058	Utsläpp till luft av kväveoxider (NOx), transporter, kg/inv	A	2024
N85059	Utsläpp till luft av kväveoxider (NOx), arbetsmaskiner, kg/inv	A	2024
N85060	Utsläpp till luft av kväveoxider (NOx), jordbruk, kg/inv	A	2024
N85061	Utsläpp till luft av Kväveoxider (NOx), egen uppvärmning, kg/inv	A	2024
N85062	Utsläpp till luft av kväveoxider (NOx), el och fjärrvärme, kg/inv	A	2024
N85063	Utsläpp till luft av kväveoxider (NOx), utrikes transporter, kg/inv	A	2024
N85064	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), utrikes transporter, kg/inv	A	2024
N85065	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), el och fjärrvärme, kg/inv	A	2024
N85066	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), transporter, kg/inv	A	2024
N85067	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), arbetsmaskiner, kg/inv	A	2024
N85068	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), industi, kg/inv	A	2024
N85070	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), jordbruk, kg/inv	A	2024
N85071	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), egen uppvärmning, kg/inv	A	2024
N85072	Utsläpp till luft av växthusgaser, egen uppvärmning, ton CO2e/inv	A	2024
N85073	Utsläpp till luft av växthusgaser, transporter, ton CO2e/inv	A	2024
N85075	Utsläpp till luft av växthusgaser, arbetsmaskiner, ton CO2e/inv	A	2024
N85076	Utsläpp till luft av växthusgaser, el och fjärrvärme, ton CO2e/inv	A	2024
N85077	Utsläpp till luft av växthusgaser, industri, ton CO2e/inv	A	2024
N85078	Utsläpp till luft av växthusgaser, jordbruk, ton CO2e/inv	A	2024
N85084	Medelavstånd till skyddad natur, km	A	2025
N85085	Företagens utgifter för egen FoU, kr/inv	L	2025
N85086	Offentliga sektorns utgifter för FoU, kr/inv	L	2025
N85087	Universitets- och högskolesektorns utgifter för FoU, kr/inv	L	2025
N85089	Kustvatten med god ekologisk status, andel (%)	A	2023
N85369	Subjektivt välbefinnande - Regionindex	L	2025
N85370	Subjektivt välbefinnande - Regionindex Kvinnor	L	2025
N85371	Subjektivt välbefinnande - Regionindex Män	L	2025
N85500	Utsläpp till luft av ammoniak (NH3), totalt, kg	A	2024
N85501	Utsläpp till luft av ammoniak (NH3), totalt, kg/inv	A	2024
N85502	Utsläpp till luft av ammoniak (NH3), el och fjärrvärme, kg/inv	A	2024
N85503	Utsläpp till luft av ammoniak (NH3), egen uppvärmning, kg/inv	A	2024
N85504	Utsläpp till luft av ammoniak (NH3), utrikes transporter, kg/inv	A	2024
N85505	Utsläpp till luft av ammoniak (NH3), industri, kg/inv	A	2024
N85506	Utsläpp till luft av ammoniak (NH3), jordbruk, kg/inv	A	2024
N85507	Utsläpp till luft av ammoniak (NH3), arbetsmaskiner, kg/inv	A	2024
N85508	Utsläpp till luft av ammoniak (NH3), transporter, kg/inv	A	2024
N85509	Utsläpp till luft av ammoniak (NH3), avfall, kg/inv	A	2024
N85510	Utsläpp till luft av ammoniak (NH3), el och fjärrvärme, kg	A	2024
N85511	Utsläpp till luft av ammoniak (NH3), egen uppvärmning, kg	A	2024
N85512	Utsläpp till luft av ammoniak (NH3), utrikes transporter, kg	A	2024
N85513	Utsläpp till luft av ammoniak (NH3), industri, kg	A	2024
N85514	Utsläpp till luft av ammoniak (NH3), jordbruk, kg	A	2024
N85515	Utsläpp till luft av ammoniak (NH3), arbetsmaskiner, kg	A	2024
N85516	Utsläpp till luft av ammoniak (NH3), transporter, kg	A	2024
N85517	Utsläpp till luft av ammoniak (NH3), avfall, kg	A	2024
N85518	Utsläpp till luft av Kväveoxider (NOx), Industri, kg	A	2024
N85519	Utsläpp till luft av Kväveoxider (NOx), Transporter, kg	A	2024
N85520	Utsläpp till luft av Kväveoxider (NOx), Arbetsmaskiner, kg	A	2024
N85521	Utsläpp till luft av Kväveoxider (NOx), Jordbruk, kg	A	2024
N85522	Utsläpp till luft av Kväveoxider (NOx), Egen uppvärmning, kg	A	2024
N85523	Utsläpp till luft av Kväveoxider (NOx), El och fjärrvärme, kg	A	2024
N85524	Utsläpp till luft av Kväveoxider (NOx), Utrikes transporter, kg	A	2024
N85525	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), utrikes transporter, kg	A	2024
N85526	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), el och fjärrvärme, kg	A	2024
N85527	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), transporter, kg	A	2024
N85528	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), arbetsmaskiner, kg	A	2024
N85529	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), industi, kg	A	2024
N85530	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), jordbruk, kg	A	2024
N85531	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), egen uppvärmning, kg	A	2024
N85532	Utsläpp till luft av växthusgaser, egen uppvärmning, ton CO2e	A	2024
N85533	Utsläpp till luft av växthusgaser, transporter, ton CO2e	A	2024
N85535	Utsläpp till luft av växthusgaser, arbetsmaskiner, ton CO2e	A	2024
N85536	Utsläpp till luft av växthusgaser, el och fjärrvärme, ton CO2e	A	2024
N85537	Utsläpp till luft av växthusgaser, industri, ton CO2e	A	2024
N85538	Utsläpp till luft av växthusgaser, jordbruk, ton CO2e	A	2024
N85540	Utsläpp till luft av växthusgaser, produktanvändning (inklusive lösningsmedel), ton CO2e	A	2024
N85541	Utsläpp till luft av växthusgaser, produktanvändning (inklusive lösningsmedel), ton CO2e/inv	A	2024
N85542	Utsläpp till luft av växthusgaser, avfall (inklusive avlopp), ton CO2e	A	2024
N85543	Utsläpp till luft av växthusgaser, avfall (inklusive avlopp), ton CO2e/inv	A	2024
N85544	Utsläpp till luft av ammoniak (NH3), produktanvändning (inkl. lösningsmedel), kg	A	2024
N85545	Utsläpp till luft av ammoniak (NH3), produktanvändning (inkl. lösningsmedel), kg/inv	A	2024
N85546	Utsläpp till luft av kväveoxider (NOx), produktanvändning (inkl. lösningsmedel), kg	A	2024
N85547	Utsläpp till luft av kväveoxider (NOx), produktanvändning (inkl. lösningsmedel), kg/inv	A	2024
N85548	Utsläpp till luft av kväveoxider (NOx), avfall (inkl. avlopp), kg	A	2024
N85549	Utsläpp till luft av kväveoxider (NOx), avfall (inkl. avlopp), kg/inv	A	2024
N85550	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), produktanvändning (inkl. lösningsmedel), kg	A	2024
N85551	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), produktanvändning (inkl. lösningsmedel), kg/inv	A	2024
N85552	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), avfall (inkl. avlopp), kg	A	2024
N85553	Utsläpp till luft av PM2.5 (partiklar <2.5 mikrom), avfall (inkl. avlopp), kg/inv	A	2024
N85898	Medarbetarengagemang (HME) regional utveckling - svarsfrekvens, andel (%)	L	-
N90001	Domänens IT-hälsa, total poäng (-2025)	A	-
N90002	Bredbandskollen, genomsnittligt mätresultat, nedströms, webb, Mbit/s	A	2026
N90003	Bredbandskollen, genomsnittligt mätresultat, uppströms, webb, Mbit/s	A	2026
N90004	Bredbandskollen, genomsnittligt mätresultat, nedströms, mobil, Mbit/s	A	2026
N90005	Bredbandskollen, genomsnittligt mätresultat, uppströms, mobil, Mbit/s	A	2026
N90006	Bredbandskollen, mätningar, webb, antal per invånare	A	2026
N90007	Bredbandskollen, mätningar, mobil, antal per invånare	A	2026
U00200	Medarbetarengagemang (HME) totalt kommunen - Totalindex	K	-
U00201	Medarbetarengagemang (HME) totalt kommunen - Motivationsindex	K	-
U00202	Medarbetarengagemang (HME) totalt kommunen - Ledarskapsindex	K	-
U00203	Medarbetarengagemang (HME) totalt kommunen - Styrningsindex	K	-
U00204	Medarbetarengagemang (HME) totalt kommunen - Ledarskapsindex, senaste mätning på tre år	K	-
U00205	Medarbetarengagemang (HME) totalt kommunen - Motivationsindex, senaste mätning på tre år	K	-
U00206	Medarbetarengagemang (HME) totalt kommunen - Styrningsindex, senaste mätning på tre år	K	-
U00207	Medarbetarengagemang (HME) totalt kommunen - Totalindex, senaste mätning på tre år	K	-
U00300	HME kommunen totalt, index för påståendet Mitt arbete känns meningsfullt.	K	-
U00301	HME kommunen totalt, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	K	-
U00302	HME kommunen totalt, index för påståendet Jag ser fram emot att gå till arbetet.	K	-
U00303	HME kommunen totalt, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	K	-
U00304	HME kommunen totalt, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	K	-
U00305	HME kommunen totalt, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	K	-
U00306	HME kommunen totalt, index för påståendet Jag är insatt i min arbetsplats mål.	K	-
U00307	HME kommunen totalt, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	K	-
U00308	HME kommunen totalt, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	K	-
U00454	Delaktighetsindex, andel (%) av maxpoäng	K	-
U00487	Avvikelse från modellberäknat värde för sjukhusvårdade till följd av oavsiktliga skador (olyckor), (Färre än=2, lika många=1,  fler än=0)	K	2025
U00488	Avvikelse från modellberäknat värde för utvecklade bränder i byggnad, (Färre än=2, lika många=1, fler än=0) (-2023)	K	-
U00489	Avvikelse från modellberäknat värde för anmälda våldsbrott, (Färre än=2, lika många=1, fler än=0)	K	2025
U00490	Avvikelse från modellberäknat värde för anmälda stöld- och tillgreppsbrott, (Färre än=2, lika många=1, fler än=0)	K	2025
U00501	Fossiloberoende personbilar, andel av totalt antal bilar i det geografiska området (%)	A	2025
U00502	Fossiloberoende fordon i kommunorganisationen, andel (%)	K	2025
U00503	Dieselbilar godkända för HVO100, andel (%)	A	2025
U00504	Dieselbilar godkända för HVO100, antal/1000 inv	A	2025
U00505	Fossiloberoende personbilar i kommunorganisationen, andel (%)	K	2025
U00506	Fossiloberoende lätta lastbilar i kommunorganisationen, andel (%)	K	2025
U00587	Nöjdhet med bibliotekets utbud och främjande av lokalt kulturliv, andel (%)	A	2026
U00588	Nöjdhet med kommunens utbud av platser för idrott, friluftsliv och ställen att träffas på, andel (%)	A	2026
U00800	Invånare 18-64 år som någon gång under året varit arbetslösa, andel (%)	K	2024
U00801	Invånare 18-64 år som någon gång under året varit arbetslösa utan ersättning, andel (%)	K	2024
U00810	Handläggningstid (median) från inkommen ansökan till beslut för bygglov för nybyggnad av en- och tvåbostadshus, antal dagar	K	-
U00811	Handläggningstid (median) från när ansökan betraktas som fullständig till beslut för bygglov för nybyggnad av en- och tvåbostadshus, antal dagar	K	-
U00812	Ärenden som mediantiden för bygglov baseras på, antal	K	-
U00915	Verkställda vräkningar/avhysningar som berör barn, antal barn/100 000 inv	K	2025
U00958	Verkställda vräkningar (avhysningar), antal/100 000 inv	K	2025
U01402	Invånare 16-84 år som röker dagligen, andel (%)	A	2026
U01404	Invånare 16-84 år med riskabla alkoholvanor, andel (%)	A	2026
U01405	Invånare med bra självskattat hälsotillstånd, andel (%)	A	2026
U01407	Invånare 16-84 år som haft ekonomisk kris, andel (%)	A	2025
U01411	Invånare med fetma, andel (%)	A	2026
U01413	Invånare 16-84 år med avsaknad av tillit till andra, andel (%)	A	2026
U01414	Invånare med bra självskattad tandhälsa, andel (%)	A	2026
U01415	Incidens av hjärtinfarkter 20-79 år, antal/100 000 inv	A	2024
U01416	Regelbunden behandling med sömn-/lugnande medel kommun, antal personer/1000 inv	K	2025
U01420	Invånare 16-84 år som avstår från att gå ut ensam, andel (%)	A	2026
U01421	Brukarbedömning hemtjänst äldreomsorg - besväras av ensamhet kommun, andel (%)	K	2026
U01423	Invånare 16-84 år som äter frukt och grönt mer än 3 ggr/dag, andel (%)	A	2026
U01424	Kvinnor som röker eller snusar vid graviditetsvecka 8-12, andel (%)	K	2025
U01425	Invånare 16-84 år som är stillasittande mer än 7 timmar per dag, andel (%)	A	2026
U01429	Invånare 16-84 år som är fysiskt aktiva minst 150 min/vecka, andel (%)	A	2026
U01433	Invånare 16-84 år som är stillasittande 7-9 timmar per dag, andel (%)	A	2026
U01434	Invånare 16-84 år som är stillasittande mer än 10 timmar per dag, andel (%)	A	2026
U01435	Invånare med avsaknad av emotionellt stöd, andel (%)	A	2026
U01471	Invånare 16-84 år som känner sig stressade, andel (%)	A	2026
U01472	Invånare 16-84 år som besväras av ängslan, oro och/eller ångest, andel (%)	A	2026
U01473	Invånare 16-84 år med gott psykiskt välbefinnande, andel (%)	A	2026
U01507	Osäkerhetstal - Invånare 16-84 år som haft ekonomisk kris, andel (%)	A	2026
U01508	Osäkerhetstal - Andel invånare 16-84 år som röker dagligen, andel (%)	A	2026
U01510	Osäkerhetstal - Andel invånare 16-84 år med riskabla alkoholvanor, andel (%)	A	2026
U01511	Osäkerhetstal - Andel invånare 16-84 år med bra självskattat hälsotillstånd, andel (%)	A	2026
U01513	Osäkerhetstal - Invånare 16-84 år med avsaknad av emotionellt stöd, andel (%)	A	2026
U01517	Osäkerhetstal - Andel invånare 16-84 år med fetma, andel (%)	A	2026
U01519	Osäkerhetstal - Andel invånare 16-84 år med låg tillit till andra, andel (%)	A	2026
U01521	Osäkerhetstal - Invånare 16-84 år som är stillasittande 7-9 timmar per dag, andel (%)	A	2026
U01522	Osäkerhetstal - Invånare 16-84 år som är stillasittande mer än 10 timmar per dag, andel (%)	A	2026
U01526	Osäkerhetstal - Invånare 16-84 år med bra självskattad tandhälsa, andel (%)	A	2026
U01530	Osäkerhetstal - Förskolan fungerar bra i kommunen, andel (%)	A	2026
U01531	Osäkerhetstal - Grundskolan fungerar bra i kommunen, andel (%)	A	2026
U01532	Osäkerhetstal - Invånare 16-84 år som avstår från att gå ut ensam kommun, andel (%)	A	2026
U01533	Osäkerhetstal - Äldreomsorgen fungerar bra i kommunen, andel (%)	A	2026
U01534	Osäkerhetstal - Kommunala vuxenutbildningen fungerar bra i kommunen, andel (%)	A	2026
U01535	Osäkerhetstal - Invånare 16-84 år som äter frukt och grönt mer än 3 ggr/dag, andel (%)	A	2026
U01536	Osäkerhetstal - Socialtjänstens stöd och hjälp till utsatta personer fungerar bra i kommunen, andel (%)	A	2026
U01544	Osäkerhetstal - Viktigt i boendemiljön - tyst och lugnt, andel (%)	A	2026
U01545	Osäkerhetstal - Invånare 16-84 år som är fysiskt aktiva minst 150 min/vecka, andel (%)	A	2026
U01546	Osäkerhetstal - Viktigt i boendemiljön - närhet till natur inkl. parker, andel (%)	A	2026
U01547	Osäkerhetstal - Viktigt i boendemiljön - närhet till livsmedelsaffär, andel (%)	A	2026
U01548	Osäkerhetstal - Viktigt i boendemiljön - närhet till skola och barnomsorg, andel (%)	A	2026
U01549	Osäkerhetstal - Viktigt i boendemiljön - närhet till hälso- och sjukvård, andel (%)	A	2026
U01550	Osäkerhetstal - Viktigt i boendemiljön - förbindelser med kollektivtrafik, andel (%)	A	2026
U01551	Osäkerhetstal - Viktigt i boendemiljön - finns parkeringsmöjligheter, andel (%)	A	2026
U01552	Osäkerhetstal - Viktigt i boendemiljön - begränsad biltrafik, andel (%)	A	2026
U01553	Osäkerhetstal - Viktigt i boendemiljön - blandning av människor från olika kulturer eller bakgrund, andel (%)	A	2026
U01556	Osäkerhetstal - Bra möjlighet för kommunens invånare att ha ett arbete inom rimligt avstånd från bostaden, andel (%)	A	2026
U01557	Osäkerhetstal - Bra möjlighet för kommunens invånare att bo kvar i kommunen och genomföra eftergymnasiala studier, andel (%)	A	2026
U01558	Osäkerhetstal - Bra tillgång till kommunal service utanför kommunens centralort, andel (%)	A	2026
U01559	Osäkerhetstal - Bra tillgång till hälso- sjukvård inom rimligt avstånd från bostaden, andel (%)	A	2026
U01560	Osäkerhetstal - Invånare med övervikt eller fetma, andel (%)	A	2026
U01561	Osäkerhetstal - Bra utbud av livsmedelsaffärer inom rimligt avstånd från bostaden, andel (%)	A	2026
U01562	Osäkerhetstal - Bra utbud av paketutlämningsställen inom rimligt avstånd från bostaden, andel (%)	A	2026
U01563	Osäkerhetstal - Internetuppkopplingen i bostaden täcker behoven i stort, andel (%)	A	2026
U01564	Osäkerhetstal - Internetuppkopplingen i bostaden täcker behoven helt och hållet,, andel (%)	A	2026
U01570	Osäkerhetstal - Utbudet av gång- och cykelvägar är bra, andel (%)	A	2026
U01571	Osäkerhetstal - Invånare 16-84 år som känner sig stressade, andel (%)	A	2026
U01572	Osäkerhetstal - Invånare 16-84 år som besväras av oro och/eller ångest, andel (%)	A	2026
U01573	Osäkerhetstal - Invånare 16-84 år med gott psykiskt välbefinnande, andel (%)	A	2026
U01574	Osäkerhetstal - Möjligheterna att enkelt kunna göra längre resor från kommunen utan bil är bra, andel (%)	A	2026
U01575	Osäkerhetstal - Möjligheterna att enkelt kunna transportera sig med bil är bra, andel (%)	A	2026
U01576	Osäkerhetstal - Kommunens utbud av laddningsstationer för elfordon är bra, andel (%)	A	2026
U01577	Osäkerhetstal - Utbudet av bilpooler i kommunen är bra, andel (%)	A	2026
U01578	Osäkerhetstal - Utbudet av pendlarparkering i kommunen är bra, andel (%)	A	2026
U01586	Osäkerhetstal - Bra utbud av böcker och tidskrifter i kommunens bibilotek, andel (%)	A	2026
U01587	Osäkerhetstal - Bra digitalt utbud av böcker och tidskrifter i kommunens bibilotek, andel (%)	A	2026
U01588	Osäkerhetstal - Bra utbud av aktiviteter (t.ex. bokklubbar, författarbesök, sagostunder, utbildning), andel (%)	A	2026
U01589	Osäkerhetstal - Bra utbud av caféer och restauranger i kommunen, andel (%)	A	2026
U01590	Osäkerhetstal - Bra utbud av lekplatser, parklekar etc. i kommunen, andel (%)	A	2026
U01591	Osäkerhetstal - Bra utbud av ställen för unga att träffas på i kommunen, andel (%)	A	2026
U01592	Osäkerhetstal - Bra utbud av ställen (t.ex. träffpunkter) för äldre att träffas på i kommunen, andel (%)	A	2026
U01593	Osäkerhetstal - Det lokala kultur- och nöjeslivet i kommunen är bra, andel (%)	A	2026
U01594	Osäkerhetstal - Kommunens arbete för att främja det lokala kulturlivet är bra, andel (%)	A	2026
U01595	Osäkerhetstal - Bra öppettider vid kommunens idrotts- och motionsanläggningar, andel (%)	A	2026
U01596	Osäkerhetstal - Bra möjlighet att nyttja kommunens idrotts- och motions-anläggningar, andel (%)	A	2026
U01597	Osäkerhetstal - Bra utbud av belysta motionsspår i kommunen, andel (%)	A	2026
U01598	Osäkerhetstal - Bra utbud av allmänna träningsplatser utomhus i kommunen, andel (%)	A	2026
U01599	Osäkerhetstal - Bra utbud av friluftsområden i kommunen, andel (%)	A	2026
U01600	Osäkerhetstal - Skötsel av gator och vägar fungerar bra i kommunen, andel (%)	A	2026
U01601	Osäkerhetstal - Snöröjning av gator och vägar fungerar bra i kommunen,, andel (%)	A	2026
U01602	Osäkerhetstal - Skötsel av gång- och cykelvägar fungerar bra i kommunen, andel (%)	A	2026
U01603	Osäkerhetstal - Snöröjning av gång- och cykelvägar fungerar bra i kommunen, andel (%)	A	2026
U01604	Osäkerhetstal - Skötsel av kommunens idrotts- och motionsanläggningar funderar bra, andel (%)	A	2026
U01605	Osäkerhetstal - Skötsel av allmänna platser fungerar bra i kommunen, andel (%)	A	2026
U01606	Osäkerhetstal - Skötsel av naturområden i kommunen fungerar bra, andel (%)	A	2026
U01607	Osäkerhetstal - Skötsel av badplatser i kommunen fungerar bra, andel (%)	A	2026
U01608	Osäkerhetstal - Åtgärder mot skadegörelser eller annan förstörelse fungerar bra i kommunen, andel (%)	A	2026
U01609	Osäkerhetstal - Skötsel av byggnader där kommunen har verksamhet fungerar bra i kommunen, andel (%)	A	2026
U01610	Osäkerhetstal - Trygg utomhus i området där du bor när det är mörkt ute, andel (%)	A	2026
U01611	Osäkerhetstal - Trygg utomhus i området där du bor när det är ljust ute, andel (%)	A	2026
U01612	Osäkerhetstal - Låg oro för att drabbas av inbrott i hemmet, andel (%)	A	2026
U01613	Osäkerhetstal - Låg oro för att utsättas för sexuella trakasserier eller liknande, andel (%)	A	2026
U01614	Osäkerhetstal - Låg oro för att bli utsatt för våldsbrott eller hot om våld, andel (%)	A	2026
U01615	Osäkerhetstal - Låg oro för att bli utsatt för hot och trakaserier på nätet, andel (%)	A	2026
U01616	Osäkerhetstal - Låg oro för att bli utsatt för identitetsstöld, andel (%)	A	2026
U01617	Osäkerhetstal - Låg oro att det kommer ske en allvarlig samhällsstörning i kommunen, andel (%)	A	2026
U01618	Osäkerhetstal - Låg oro för att det kommer ske en terrorhandling i kommunen, andel (%)	A	2026
U01619	Osäkerhetstal - Få problem med personer eller gäng som bråkar eller stör i kommunen, andel (%)	A	2026
U01620	Osäkerhetstal - Få problem med personer som är påverkade av alkohol eller narkotika i kommunen, andel (%)	A	2026
U01621	Osäkerhetstal - Få problem med narkotikahandel i kommunen, andel (%)	A	2026
U01622	Osäkerhetstal - Få problem med våldsbrott i kommunen, andel (%)	A	2026
U01623	Osäkerhetstal - Få problem med inbrott eller stölder i kommunen, andel (%)	A	2026
U01624	Osäkerhetstal - Få problem med störande trafik med motorfordon i kommunen, andel (%)	A	2026
U01625	Osäkerhetstal - Få problem med hot och trakasserier på nätet i kommunen, andel (%)	A	2026
U01626	Osäkerhetstal - Få problem med bristande eller trasig utomhusbelysning i kommunen, andel (%)	A	2026
U01627	Osäkerhetstal - Få problem med skadegörelse eller klotter i kommunen, andel (%)	A	2026
U01628	Osäkerhetstal - Få problem med nedskräpning i kommunen, andel (%)	A	2026
U01629	Osäkerhetstal - Räddningstjänsten i kommunen fungerar bra, andel (%)	A	2026
U01630	Osäkerhetstal - Kommunen informerar bra vid samhällsstörningar, andel (%)	A	2026
U01631	Osäkerhetstal - Polisens närvaro i kommunen är bra, andel (%)	A	2026
U01632	Osäkerhetstal - Hämtningen av hushållsavfall fungerar bra, andel (%)	A	2026
U01633	Osäkerhetstal - Utbudet av platser för förpackningsåtervinning är bra, andel (%)	A	2026
U01634	Osäkerhetstal - Utbudet av återvinningscentraler i kommunen är bra, andel (%)	A	2026
U01635	Osäkerhetstal - Möjligheten att återvinna avfall utan transport med bil  är bra, andel (%)	A	2026
U01636	Osäkerhetstal - Kommunens arbete för att minska miljö- och klimatpåverkan i egna verksamheter är bra, andel (%)	A	2026
U01637	Osäkerhetstal - Information från kommunen om vad enskilda kan göra för att minska sin miljö- klimatpåverkan fungerar bra, andel (%)	A	2026
U01638	Osäkerhetstal - Kommunens arbete för att säkerställa tillgången till dricksvatten är bra, andel (%)	A	2026
U01640	Osäkerhetstal - Bra bemötande vid kontakt med tjänsteperson i kommunen, andel (%)	A	2026
U01641	Osäkerhetstal - Bra bemötande vid kontakt med politiker i kommunen, andel (%)	A	2026
U01646	Osäkerhetstal - Kommunens verksamheter är fria från korruption, andel (%)	A	2026
U01647	Osäkerhetstal - Att få svar på frågor till kommunen fungerar bra, andel (%)	A	2026
U01649	Osäkerhetstal - Möjlighet att påverka inom de kommunala verksamheterna fungerar bra, andel (%)	A	2026
U01650	Osäkerhetstal - Möjlighet att påverka politiska beslut i kommunen fungerar bra, andel (%)	A	2026
U01651	Osäkerhetstal - Möjlighet att delta aktivt i arbetet med att utveckla kommunen fungerar bra, andel (%)	A	2026
U01652	Osäkerhetstal - Kommunens information kring större förändringar fungerar bra, andel (%)	A	2026
U01653	Osäkerhetstal - Kommunens arbete för att förbättra integration och delaktighet i samhället fungerar bra, andel (%)	A	2026
U01654	Osäkerhetstal - Kommunens arbete för att öka toleransen för människors olikheter fungerar bra, andel (%)	A	2026
U01655	Osäkerhetstal - Kommunens arbete för att minska diskriminering fungerar bra, andel (%)	A	2026
U01656	Osäkerhetstal - Möjlighet att vara den man är och leva det liv man vill leva, andel (%)	A	2026
U01657	Osäkerhetstal - Kommunens politiker upplevs arbeta för kommunens bästa, andel (%)	A	2026
U01658	Osäkerhetstal - Kommunens politiker upplevs som ansvarstagande, andel (%)	A	2026
U01659	Osäkerhetstal - Kommunens politiker upplevs som lyhörda för idéer, andel (%)	A	2026
U01660	Osäkerhetstal - Kommunens anställda upplevs arbeta för kommunens bäst, andel (%)	A	2026
U01661	Osäkerhetstal - Beslut som fattas i kommunen upplevs som genomtänkta och genomarbetade, andel (%)	A	2026
U01662	Osäkerhetstal - Beslut som fattas i kommunen upplevs vara transparenta, andel (%)	A	2026
U01664	Osäkerhetstal - Förtroende för kommunens politiker, andel (%)	A	2026
U01665	Osäkerhetstal - Förtroende för riksdagens politiker, andel (%)	A	2026
U01666	Osäkerhetstal - Man kan generellt lita på människor, andel (%)	A	2026
U01667	Osäkerhetstal - Kommunen är en bra plats att bo och leva på, andel (%)	A	2026
U01668	Osäkerhetstal - Kommunen sköter sina olika verksamheter bra, andel (%)	A	2026
U01669	Osäkerhetstal - Invånarnas möjlighet till insyn och inflytande över kommunens beslut och verksamheter är bra, andel (%)	A	2026
U01670	Osäkerhetstal - Kan rekommendera andra att flytta till kommunen, andel (%)	A	2026
U01672	Osäkerhetstal - Gymnasieskolan fungerar bra i kommunen, andel (%)	A	2026
U01673	Osäkerhetstal - Kommunens verksamhet för personer med funktionsnedsättning fungerar bra i kommunen, andel (%)	A	2026
U01674	Osäkerhetstal - Viktigt i boendemiljön - platser för barn att leka på, andel (%)	A	2026
U01675	Osäkerhetstal - Säkerheten på gång- och cykelvägar är bra, andel (%)	A	2026
U01676	Osäkerhetstal - Möjligheterna att enkelt använda kollektivtrafik för vardagliga resor är bra, andel (%)	A	2026
U01677	Osäkerhetstal - Möjligheterna att enkelt använda kollektivtrafik till fritidsaktiviteter är bra, andel (%)	A	2026
U01760	Invånare med övervikt eller fetma, andel (%)	A	2026
U01803	Invånare 18-64 år med låg inkomst, andel (%)	A	2024
U01804	Svenskfödda invånare 20-40 år med låg utbildningsnivå, andel (%)	K	2024
U01805	Utrikes födda invånare 18-64 år med vistelsetid 0-5 år efter uppehållstillstånd, andel (%)	K	2024
U01806	Utrikes födda invånare 18-64 år med vistelsetid 6-10 år efter uppehållstillstånd, andel (%)	K	2024
U07003	Kvinnor som arbetar som brandpersonal i utryckningstjänst, andel (%)	K	2025
U07075	Kostnad för olyckor totalt, kr/inv	K	2025
U07200	Medarbetarengagemang (HME) infrastruktur, skydd m.m - Totalindex	K	-
U07201	Medarbetarengagemang (HME) infrastruktur, skydd m.m - Motivationsindex	K	-
U07202	Medarbetarengagemang (HME) infrastruktur, skydd m.m - Ledarskapsindex	K	-
U07203	Medarbetarengagemang (HME) infrastruktur, skydd m.m - Styrningsindex	K	-
U07300	HME infrastruktur, skydd m.m, index för påståendet Mitt arbete känns meningsfullt.	K	-
U07301	HME infrastruktur, skydd m.m, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	K	-
U07302	HME infrastruktur, skydd m.m, index för påståendet Jag ser fram emot att gå till arbetet.	K	-
U07303	HME infrastruktur, skydd m.m, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	K	-
U07304	HME infrastruktur, skydd m.m, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	K	-
U07305	HME infrastruktur, skydd m.m, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	K	-
U07306	HME infrastruktur, skydd m.m, index för påståendet Jag är insatt i min arbetsplats mål.	K	-
U07307	HME infrastruktur, skydd m.m, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	K	-
U07308	HME infrastruktur, skydd m.m, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	K	-
U07342	GPS-larm (positioneringslarm) finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U07343	Passivt larm/sensor finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U07344	Digital signering av hälso- och sjukvårdsåtgärder finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U07345	Läkemedelsfördelare som tillhandahålls av kommunen finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U07346	Digitala medicinskåp finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U07347	Digitalt planeringsverktyg finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U07349	Inkontinenssensorer finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U07350	Digitalt stöd för fysisk träning eller aktivering finns tillgängligt inom den kommunala hälso- och sjukvården, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U07353	Kommunen har ett ledningssystem för systematiskt kvalitetsarbete som omfattar välfärdsteknik (inkl. trygghetsalarm), (Ja=1, Nej=0)	K	2026
U07354	Personer i den kommunala hälso- och sjukvården som kommunen utrustat med en läkemedelsfördelare (läkemedelsautomat, läkemedelsrobot), antal	K	2026
U07356	Den mobila legitimerade hälso- och sjukvårdspersonalen i kommunala verksamheter har tillgång till utrustning för att kunna dokumentera mobilt i kommunens verksamhetssystem vid t.ex. hembesök	K	2026
U07359	Personer i den kommunala hälso- och sjukvården som utrustats med en läkemedelsfördelare (läkemedelsautomat, läkemedelsrobot), antal	K	2026
U07360	Kommunen har i ledningssystemet som omfattar välfärdsteknik identifierat, beskrivit och fastställt de processer som rör införande och handhavande (Ja=1, Nej=0)	K	2026
U07361	Kommunen har i ledningssystemet som omfattar välfärdsteknik utarbetat skriftliga rutiner för att säkra kvalitet på arbetet med införande och handhavande (Ja=1, Nej=0)	K	2026
U07362	Kommunen har i ledningssystemet som omfattar välfärdsteknik rutiner för att göra riskanalyser (Ja=1, Nej=0)	K	2026
U07363	Kommunen har i ledningssystemet som omfattar välfärdsteknik rutiner för egenkontroll för att säkra kvaliteten (Ja=1, Nej=0)	K	2026
U07364	Kommunen har i ledningssystemet som omfattar välfärdsteknik rutiner för uppföljning av insatser med stöd av välfärdsteknik (Ja=1, Nej=0)	K	2026
U07365	Någon av de automatiserade handläggningsprocesserna innefattar en automatiserad beslutsfunktion (Ja=1, Nej=0)	K	2026
U07413	Sjukhusvårdade till följd av oavsiktliga skador (olyckor), antal/1000 inv	K	2025
U07414	Kommunalt avfall som samlats in för materialåtervinning, inkl. biologisk behandling, andel (%)	A	2025
U07415	Utvecklade bränder i byggnad, antal/1000 inv (-2023)	K	-
U07417	Anmälda stöld- och tillgreppsbrott, antal/100 000 inv	K	2025
U07421	Samverkan - utför kommunen IVPA (i väntan på ambulans)? (1=Ja, 0=Nej)	K	2025
U07425	Driftkostnad gatubelysning, kr/ljuspunkt	K	2025
U07426	Energianvändning per gatubelysning, kWh/ljuspunkt	K	2025
U07427	Driftkostnad kommunala bil- och cykelvägar, kr/meter	K	2025
U07428	Driftkostnad vinterväghållning kommunala bil- och cykelvägar, kr/meter	K	2025
U07440	Larmbehandlingstid för räddningstjänst, mediantid i minuter.	K	2026
U07441	Larmbehandlingstid för ambulans, mediantid i minuter	K	2026
U07442	Responstid (tid från 112-samtal till första resurs är på plats) för räddningstjänst, mediantid i minuter	K	2026
U07443	Responstid (tid från 112-samtal till första resurs är på plats) för ambulans, mediantid i minuter.	K	2026
U07446	Företagsklimat Insikt - Brandskydd - Index	K	2025
U07447	Företagsklimat Insikt - Bygglov - Index	K	2025
U07448	Företagsklimat Insikt - Markupplåtelse - Index	K	2025
U07449	Företagsklimat Insikt - Miljö- och hälsoskydd - Index	K	2025
U07450	Företagsklimat Insikt - Serveringstillstånd - Index	K	2025
U07451	Företagsklimat Insikt - Totalt, Index, gammal definition (-2024)	K	-
U07452	Anmälda brott om skadegörelse, antal/100 000 inv	K	2025
U07453	Företagsklimat Insikt - Totalt, Index, ny definition	K	2025
U07455	Företagsklimat Insikt - Livsmedelskontroll - Index	K	2025
U07456	Beläggningsunderhåll av kommunala bilvägar, andel kvm (%)	K	2025
U07457	Beläggningsunderhåll av kommunala cykelvägar, andel kvm (%)	K	2025
U07458	Kommunal cykelväg som snöröjs och halkbekämpas, andel (%)	K	2025
U07459	Företagsklimat Insikt - Upphandling - Index	K	2025
U07461	IVPA-insatser (i väntan på ambulans), antal/1000 inv	K	2025
U07480	Insamlat matavfall som går till biologisk återvinning inkl. hemkompostering, andel (%)	K	2025
U07481	Insamlat matavfall som behandlas biologiskt så att både växtnäring och energi tas tillvara (endast rötning), andel (%)	K	2025
U07482	Insamlat mat- och restavfall, kg/invånare (justerat)	A	2025
U07483	Insamlat förpackningar och returpapper, kg/invånare (justerat)	A	2025
U07484	Insamlat grovavfall, kg/invånare (justerat)	A	2025
U07485	Insamlat farligt avfall (inkl. elavfall och batterier), kg/invånare (justerat)	A	2025
U07486	Största återvinningscentralens tillgänglighet kväll/helg, timmar/vecka	K	2025
U07487	Total tillgänglighet alla återvinningscentraler, minuter/person	K	2025
U07488	Förnybara drivmedel för insamling av mat- och restavfall, andel (%)	K	2025
U07489	Nöjdhet avfallshantering en- och tvåfamiljshus, andel (%)	K	2025
U07490	Nöjdhet avfallshantering lägenhet, andel (%)	K	2025
U07491	Nöjdhet besök vid återvinningscentral, andel (%)	K	2025
U07492	Nöjdhet tillgänglighet till återvinningscentral, andel (%)	K	2025
U07493	Vanligaste avfallsavgift totalt inkl. moms för en- och tvåfamiljshus, kr	K	2025
U07494	Vanligaste avfallsavgift totalt inkl. moms för lägenhet i flerbostadshus, kr	K	2025
U07495	Vanligaste avfallsavgift totalt inkl. moms för fritidshus, kr	K	2025
U07496	Organisation av avfallshanteringen, (kodade svarsalternativ)	K	2025
U07497	Driftkostnad kommunala bilvägar, kr/meter	K	2025
U07498	Driftkostnad kommunala cykelvägar, kr/meter	K	2025
U07499	Driftkostnad vinterväghållning kommunala bilvägar, kr/meter	K	2025
U07500	Driftkostnad vinterväghållning kommunala cykelvägar, kr/meter	K	2025
U07501	Driftkostnad exkl. vinterväghållning kommunala bil- och cykelvägar, kr/meter	K	2025
U07505	Nöjdhet med skötseln av kommunens utomhusmiljöer, andel (%)	A	2026
U07508	Företagsklimat Insikt - Tillgänglighet - Index	K	2025
U07509	Företagsklimat Insikt - Information - Index	K	2025
U07510	Företagsklimat Insikt - Bemötande - Index	K	2025
U07511	Företagsklimat Insikt - Kompetens - Index	K	2025
U07512	Företagsklimat Insikt - Rättssäkerhet - Index	K	2025
U07513	Företagsklimat Insikt - Effektivitet - Index	K	2025
U07514	Ekologiska livsmedel i kommunens verksamhet, andel (%)	K	2024
U07519	Mängd kommunalt avfall till deponi, kg/invånare (justerat)	K	2025
U07524	Kommunen har aktuella dokument för att främja miljöanpassade transporter och minskat transportbehov (Ja=1, Nej=0)	K	2025
U07525	Kommunen har aktuella dokument som fyller funktionen av ett kulturmiljöprogram (Ja=1, Nej=0)	K	2025
U07526	Kommunen har aktuella dokument som fyller funktionen av ett grön- och vattenstrukturprogram (Ja=1, Nej=0)	K	2025
U07527	Kommunen har aktuell kommunal energiplan eller dokument som fyller funktionen av en sådan plan (Ja=1, Nej=0)	K	2025
U07528	Kommunen har tillgång till antikvarisk kompetens (Ja=1, Nej=0)	K	2025
U07551	Företagsklimat Insikt, antal svar, gammal definition (-2024)	K	-
U07552	Företagsklimat Insikt, svarsfrekvens, gammal definition (-2024)	K	-
U07553	Företagsklimat Insikt, svarsfrekvens, ny definition	K	2025
U07554	Företagsklimat Insikt, antal svar, ny definition	K	2025
U07801	Insamlat kommunalt avfall totalt, kg/invånare (justerat)	A	2025
U07917	Genomsnittlig körsträcka med personbil, mil/inv	A	2025
U07918	Genomsnittlig körsträcka med personbil, mil/personbil	A	2025
U09200	Medarbetarengagemang (HME) kultur och fritid - Totalindex	K	-
U09201	Medarbetarengagemang (HME) kultur och fritid - Motivationsindex	K	-
U09202	Medarbetarengagemang (HME) kultur och fritid - Ledarskapsindex	K	-
U09203	Medarbetarengagemang (HME) kultur och fritid - Styrningsindex	K	-
U09300	HME kultur och fritid, index för påståendet Mitt arbete känns meningsfullt.	K	-
U09301	HME kultur och fritid, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	K	-
U09302	HME kultur och fritid, index för påståendet Jag ser fram emot att gå till arbetet.	K	-
U09303	HME kultur och fritid, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	K	-
U09304	HME kultur och fritid, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	K	-
U09305	HME kultur och fritid, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	K	-
U09306	HME kultur och fritid, index för påståendet Jag är insatt i min arbetsplats mål.	K	-
U09307	HME kultur och fritid, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	K	-
U09308	HME kultur och fritid, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	K	-
U09700	Fotbollsplaner, antal	K	2026
U09701	Fotbollsplaner, 7-spelplaner, antal	K	2026
U09702	Fotbollsplaner, 11-spelplaner, antal	K	2026
U09703	Fotbollshallar, antal	K	2026
U09705	Bandyplaner, antal	K	2026
U09706	Friidrottsplatser, antal	K	2026
U09707	Anläggningar med elljusspår, antal	K	2026
U09708	Idrottshallar, samtliga, antal	K	2026
U09709	Fotbollsplaner, antal/10 000 inv	K	2026
U09710	Fotbollsplaner, 7-spelplaner, antal/10 000 inv	K	2026
U09711	Fotbollsplaner, 11-spelplaner, antal/10 000 inv	K	2026
U09712	Fotbollshallar, antal/10 000 inv	K	2026
U09714	Bandyplaner, antal/10 000 inv	K	2026
U09715	Friidrottsplatser, antal/10 000 inv	K	2026
U09716	Anläggningar med elljusspår, antal/10 000 inv	K	2026
U09717	Idrottshallar, samtliga, antal/10 000 inv	K	2026
U09718	Ridhallar, antal	K	2026
U09719	Ridhallar, antal/10 000 inv	K	2026
U09720	Friidrottshallar, antal	K	2026
U09721	Friidrottshallar, antal/ 10 000 inv	K	2026
U09800	Deltagartillfällen i idrottsföreningar, antal/inv 7-20 år	K	2025
U09801	Deltagartillfällen i idrottsföreningar, antal/inv 7-12 år	K	2025
U09802	Deltagartillfällen i idrottsföreningar, antal/inv 13-16 år	K	2025
U09803	Deltagartillfällen i idrottsföreningar, antal/inv 17-20 år	K	2025
U09804	Idrottsföreningar med LOK-stöd, antal/10 000 inv	K	2025
U09805	Idrottsföreningar med flickdominerad verksamhet, andel (%)	K	2025
U09806	Idrottsföreningar med pojkdominerad verksamhet, andel (%)	K	2025
U09807	Idrottsföreningar med varken pojk- eller flickdominerad verksamhet, andel (%)	K	2025
U09808	Deltagartillfällen i idrottsföreningar, antal/inv 13-20 år	K	2025
U09812	Utbetalt LOK-Stöd till idrottsföreningar, kr/inv	K	2025
U09813	Deltagartillfällen i idrottsföreningar, antal/inv 21-25 år	K	2025
U09817	Fotbollsplaner, 11-spelplaner, naturgräs, antal	K	2026
U09818	Fotbollsplaner, 11-spelplaner, konstgräs, antal	K	2026
U09819	Idrottshall 18x36 m till 22x42 m, antal	K	2026
U09820	Ishallar för ishockey och konståkning, antal	K	2026
U09824	Fritidsgårdar/ungdomsgårdar, antal (-2023)	K	-
U09825	Ungdomens hus/allaktivitetshus eller motsvarande, antal (-2023)	K	-
U09829	Fotbollsplaner, 11-spelplaner, naturgräs, antal/10 000 inv 0-18 år	K	2026
U09830	Fotbollsplaner, 11-spelplaner, konstgräs, antal/10 000 inv 0-18 år	K	2026
U09831	Idrottshall 18x36 m till 22x42 m, antal/10 000 inv 0-18 år	K	2026
U09832	Ishallar för ishockey och konståkning, antal/10 000 inv 0-18 år	K	2026
U09836	Fritidsgårdar/ungdomsgårdar, antal/10 000 inv 0-18 år (-2023)	K	-
U09837	Ungdomens hus/allaktivitetshus eller motsvarande, antal/10 000 inv 0-18 år (-2023)	K	-
U09841	Fotbollsplaner, 11-spelplaner, naturgräs, antal/10 000 inv	K	2026
U09842	Fotbollsplaner, 11-spelplaner, konstgräs, antal/10 000 inv	K	2026
U09843	Idrottshall 18x36 m till 22x42 m, antal/10 000 inv	K	2026
U09844	Ishallar för ishockey och konståkning, antal/10 000 inv	K	2026
U09848	Konserthus, antal (-2023)	K	-
U09849	Konsthallar, antal (-2023)	K	-
U09850	Museum, antal (-2023)	K	-
U09851	Teateranläggningar, antal (-2023)	K	-
U09852	Kulturhus, antal (-2023)	K	-
U09853	Konserthus, antal/10 000 inv (-2023)	K	-
U09854	Konsthallar, antal/10 000 inv (-2023)	K	-
U09855	Museum, antal/10 000 inv (-2023)	K	-
U09856	Teateranläggningar, antal/10 000 inv (-2023)	K	-
U09857	Kulturhus, antal/10 000 inv (-2023)	K	-
U09858	Konserthus, antal/10 000 inv 0-18 år (-2023)	K	-
U09859	Konsthallar, antal/10 000 inv 0-18 år (-2023)	K	-
U09860	Museum, antal/10 000 inv 0-18 år (-2023)	K	-
U09861	Teateranläggningar, antal/10 000 inv 0-18 år (-2023)	K	-
U09862	Kulturhus, antal/10 000 inv 0-18 år (-2023)	K	-
U09863	Idrottshall 22x42 m eller större, antal	K	2026
U09864	Idrottshall 22x42 m eller större, antal/10 000 inv	K	2026
U09865	Idrottshall 22x42 m eller större, antal/10 000 inv 0-18 år	K	2026
U09868	Kultur- och musikskolor, antal/10 000 inv (-2023)	K	-
U09871	Ämneskurser som erbjuds i musik- eller kulturskolan, antal ämnesområden	K	2025
U09873	Musik - ensemble, orkester, kör, musikgrupp/band erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)	K	2025
U09874	Dans erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)	K	2025
U09875	Teater/drama erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)	K	2025
U09876	Bild och form erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)	K	2025
U09877	Musikal erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)	K	2025
U09878	Cirkus erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)	K	2025
U09879	Film/animation erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)	K	2025
U09880	Foto erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)	K	2025
U09881	Slöjd/hantverk erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)	K	2025
U09882	Skrivande/berättande erbjuds som ämneskurs i kulturskolan (Ja=1, Nej=0)	K	2025
U09883	Övriga områden erbjuds som ämneskurser i kulturskolan (Ja=1, Nej=0)	K	2025
U09884	Förekomst av särskilda kurser till barn och unga med funktionsnedsättning i kulturskolan (Ja=1, Nej=0)	K	2025
U09885	Förekomst av öppen verksamhet i kulturskolan (Ja=1, Nej=0)	K	2025
U09886	Förekomst av verksamhet särskilt riktad till nyinvandrade (Ja=1, Nej=0)	K	2025
U09888	Elever i musik- eller kulturskola totalt, antal	K	2025
U09890	Deltagartillfällen i  fotbollsföreningar, antal/inv 7-20 år	K	2025
U09891	Deltagartillfällen i idrottsföreningar för de fem idrotter som främst utnyttjar idrotthallar (innebandy, basket, handboll, volleyboll, gymnastik), antal/inv 7-20 år	K	2025
U09892	Deltagartillfällen i konståkning och ishockey, antal/inv 7-20 år	K	2025
U09893	Deltagartillfällen i friidrottsföreningar, antal/inv 7-20 år	K	2025
U09894	Deltagartillfällen i simidrottsföreningar, antal/inv 7-20 år	K	2025
U09895	Deltagartillfällen i bandyföreningar, antal/inv 7-20 år	K	2025
U09896	Deltagartillfällen i ridsportsföreningar, antal/inv 7-20 år	K	2025
U09897	Fotbollsplaner, antal/1000 inv 7-20 år	K	2026
U09898	Idrottshallar, antal/1000 inv 7-20 år	K	2026
U09899	Ishallar för ishockey och konståkning, antal/1000 inv 7-20 år	K	2026
U09900	Friidrottsplatser, antal/1000 inv 7-20 år	K	2026
U09902	Bandyplaner, antal/1000 inv 7-20 år	K	2026
U09903	Ridhallar, antal/1000 inv 7-20 år	K	2026
U09904	Deltagartillfällen i fotbollsföreningar, antal/fotbollsplan	K	2025
U09905	Deltagartillfällen i idrottsföreningar för de fem idrotter som främst utnyttjar idrotthallar (innebandy, basket, handboll, volleyboll, gymnastik), antal/idrotsshall	K	2025
U09906	Deltagartillfällen i konståkning och ishockey, antal/ishall	K	2025
U09907	Deltagartillfällen i friidrottsföreningar, antal/friidrottsplats	K	2025
U09908	Deltagartillfällen i simidrottsföreningar, antal/inomhusbassäng	K	2025
U09909	Deltagartillfällen i bandyföreningar, antal/bandyplan	K	2025
U09910	Deltagartillfällen i ridsportsföreningar, antal/ridhall	K	2025
U09912	Deltagartillfällen i idrottsföreningar, antal/inv 7-25 år	K	2025
U11001	Resursindex förskola	K	2025
U11200	Medarbetarengagemang (HME) förskola - Totalindex	K	-
U11201	Medarbetarengagemang (HME) förskola - Motivationsindex	K	-
U11202	Medarbetarengagemang (HME) förskola - Ledarskapsindex	K	-
U11203	Medarbetarengagemang (HME) förskola - Styrningsindex	K	-
U11300	HME förskola, index för påståendet Mitt arbete känns meningsfullt.	K	-
U11301	HME förskola, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	K	-
U11302	HME förskola, index för påståendet Jag ser fram emot att gå till arbetet.	K	-
U11303	HME förskola, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	K	-
U11304	HME förskola, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	K	-
U11305	HME förskola, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	K	-
U11306	HME förskola, index för påståendet Jag är insatt i min arbetsplats mål.	K	-
U11307	HME förskola, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	K	-
U11308	HME förskola, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	K	-
U11404	Kvalitetsindex förskola	K	2025
U11418	Erbjuder kommunen någon förskola med öppet före klockan 06.30 (ej nattis), (Ja=1/Nej=0)	K	-
U11530	Förskollärarenkäten: Systematisk uppföljning och dokumentation för varje barns lärande, andel positiva svar (%)	K	2026
U11531	Förskollärarenkäten: Uppföljning om att utbildningen uppfyller läroplanens mål, andel positiva svar (%)	K	2026
U11532	Förskollärarenkäten: Använder resultat från dokumentation och uppföljning för att utveckla utbildningen, andel positiva svar (%)	K	2026
U11533	Förskollärarenkäten: Använder aktuell forskning för att utveckla utbildningen, andel positiva svar (%)	K	2026
U11534	Förskollärarenkäten: Träffar andra förskollärare på inplanerad tid för att diskutera pedagogiska frågor, andel positiva svar (%)	K	2026
U11535	Förskollärarenkäten: Möjlighet att prioritera pedagogiskt utvecklingsarbete, andel positiva svar (%)	K	2026
U11536	Förskollärarenkäten: Tydlig rollfördelning, andel positiva svar (%)	K	2026
U11537	Förskollärarenkäten: Inplanerad tid för personal för att diskutera pedagogiska frågor, andel positiva svar (%)	K	2026
U11538	Förskollärarenkäten: Särskilt stöd till de barn som är i behov av det, andel positiva svar (%)	K	2026
U11539	Förskollärarenkäten: Utbildningen anpassas för att kompensera barn från resurssvaga hemförhållanden, andel positiva svar (%)	K	2026
U11540	Förskollärarenkäten: Innemiljön främjar barns utveckling och lärande, andel positiva svar (%)	K	2026
U11541	Förskollärarenkäten: Utemiljön främjar barns utveckling och lärande, andel positiva svar (%)	K	2026
U11542	Huvudmannaenkäten: Förekomst av socioekonomisk resursmodell i förskolan (Ja=1, Nej=0)	K	2026
U11543	Huvudmannaenkäten: Förekomst av riktlinjer för den socioekonomiska omfördelningen i förskolan (Ja=1, Nej=0)	K	2026
U11544	Huvudmannaenkäten: Rutiner för utvärdering av den socioekonomiska resursmodellen i förskolan (Ja=1, Nej=0)	K	2026
U11545	Huvudmannaenkäten: Utvärdering av den socioekonomiska resursfördelningen i förskolan (Ja=1, Nej=0)	K	2026
U11546	Förskollärarenkäten - Svarsfrekvens, andel (%)	K	2026
U11901	Effektivitetsindex förskola	K	2025
U15010	Resursindex kommunal grundskola F-9	K	2025
U15011	Nettokostnad grundskola F-9, kr/elev	K	2025
U15013	Nettokostnad grundskola åk 1-9, kr/elev	K	2025
U15015	Kostnad för skolskjuts, reseersättning och inackordering, grundskola åk 1-9, kr/elev	K	2025
U15041	Referenskostnadskorrigering grundskola F-9	K	2025
U15049	Strukturjusterad kostnad per elev i kommunal grundskola F-9	K	2025
U15200	Medarbetarengagemang (HME) grundskola och förskoleklass - Totalindex	K	-
U15201	Medarbetarengagemang (HME) grundskola och förskoleklass - Motivationsindex	K	-
U15202	Medarbetarengagemang (HME) grundskola och förskoleklass - Ledarskapsindex	K	-
U15203	Medarbetarengagemang (HME) grundskola och förskoleklass - Styrningsindex	K	-
U15300	HME grundskola, index för påståendet Mitt arbete känns meningsfullt.	K	-
U15301	HME grundskola, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	K	-
U15302	HME grundskola, index för påståendet Jag ser fram emot att gå till arbetet.	K	-
U15303	HME grundskola, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	K	-
U15304	HME grundskola, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	K	-
U15305	HME grundskola, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	K	-
U15306	HME grundskola, index för påståendet Jag är insatt i min arbetsplats mål.	K	-
U15307	HME grundskola, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	K	-
U15308	HME grundskola, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	K	-
U15401	Kvalitetsindex kommunal grundskola F-9	K	2025
U15402	Elevenkätsindex kommunal grundskola åk 8	K	2025
U15413	Elever i åk 9 som förväntas uppnå betygskriterierna i alla ämnen, modellberäknat värde (SALSA), andel (%)	K	2026
U15414	Elever i åk 9 som uppnått betygskriterierna, avvikelse från SALSA på enhetsnivå, procentenheter	K	2026
U15415	Meritvärde i åk. 9, modellberäknat genomsnittligt värde (SALSA)	K	2026
U15416	Meritvärde i åk. 9, avvikelse från SALSA på enhetsnivå, poäng	K	2026
U15429	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i matematik, lägeskommun, andel (%)	K	2026
U15430	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i matematik, lägeskommun, andel (%)	K	2026
U15431	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i engelska, lägeskommun, andel (%)	K	2026
U15432	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i engelska, lägeskommun, andel (%)	K	2026
U15433	Elever i åk 9 som fått ett högre betyg än provbetyg för ämnesprov i svenska, lägeskommun, andel (%)	K	2026
U15434	Elever i åk 9 som fått ett lägre betyg än provbetyg för ämnesprov i svenska, lägeskommun, andel (%)	K	2026
U15441	Elever i åk 9 som uppnått betygskriterierna i alla ämnen lägeskommun (modellberäknat värde), andel (%) (-2024)	K	-
U15442	Elever i åk 9 som uppnått betygskriterierna i alla ämnen avvikelse från modellberäknat värde lägeskommun, procentenheter (-2024)	K	-
U15443	Elever i åk. 9. genomsnittligt meritvärde lägeskommun (modellberäknat värde) (-2024)	K	-
U15444	Elever i åk 9 genomsnittligt meritvärde, avvikelse från modellberäknat värde lägeskommun, meritvärdespoäng (-2024)	K	-
U15445	Elever i åk. 9 som är behöriga till yrkesprogram lägeskommun (modellberäknat värde), andel (%) (-2024)	K	-
U15446	Elever i åk 9 som är behöriga till yrkesprogram avvikelse från modellberäknat värde lägeskommun, procentenheter (-2024)	K	-
U15456	Elever i åk 9 som uppnått betygskriterierna i alla ämnen kommunala skolor (modellberäknat värde), andel (%) (-2024)	K	-
U15457	Elever i åk 9 som uppnått betygskriterierna  i alla ämnen avvikelse från modellberäknat värde kommunala skolor, procentenheter (-2024)	K	-
U15458	Elever i åk 9 genomsnittligt meritvärde kommunala skolor (modellberäknat värde) (-2024)	K	-
U15459	Elever i åk 9. genomsnittligt meritvärde avvikelse från modellberäknat värde kommunala skolor, meritvärdespoäng (-2024)	K	-
U15460	Elever i åk 9 som är behöriga till yrkesprogram kommunala skolor (modellberäknat värde), andel (%) (-2024)	K	-
U15461	Elever i åk 9 som är behöriga till yrkesprogram avvikelse från modellberäknat värde kommunala skolor, procentenheter (-2024)	K	-
U15900	Effektivitetsindex kommunal grundskola F-9	K	2025
U17001	Resursindex kommunal gymnasieskola	K	2025
U17023	Nettokostnad gymnasieskola, kr/elev	K	2025
U17025	Kostnad för skolskjuts, reseersättning och inackordering, gymnasieskola, kr/elev	K	2025
U17031	Programvalsjusterad kostnad kommunal gymnasieskola, kr/elev	K	2025
U17200	Medarbetarengagemang (HME) gymnasieskola - Totalindex	K	-
U17201	Medarbetarengagemang (HME) gymnasieskola - Motivationsindex	K	-
U17202	Medarbetarengagemang (HME) gymnasieskola - Ledarskapsindex	K	-
U17203	Medarbetarengagemang (HME) gymnasieskola - Styrningsindex	K	-
U17300	HME gymnasieskola, index för påståendet Mitt arbete känns meningsfullt.	K	-
U17301	HME gymnasieskola, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	K	-
U17302	HME gymnasieskola, index för påståendet Jag ser fram emot att gå till arbetet.	K	-
U17303	HME gymnasieskola, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	K	-
U17304	HME gymnasieskola, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	K	-
U17305	HME gymnasieskola, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	K	-
U17306	HME gymnasieskola, index för påståendet Jag är insatt i min arbetsplats mål.	K	-
U17307	HME gymnasieskola, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	K	-
U17308	HME gymnasieskola, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	K	-
U17400	Nöjd Medborgar-Index - Gymnasieskola, index	K	-
U17401	Kvalitetsindex kommunal gymnasieskola	K	2025
U17410	Förstagångsväljare som röstade i senaste valet till riksdagen, andel (%)	A	2026
U17413	Förstagångsväljare som röstade i senaste kommunfullmäktigevalet, andel (%)	A	2026
U17414	Genomsnittlig betygspoäng, gymnasieelever med examen, fristående skolor modellberäknat värde (-2024)	K	-
U17415	Genomsnittlig betygspoäng, gymnasieelever med examen, fristående skolor, avvikelse från modellberäknat värde (-2024)	K	-
U17416	Gymnasieelever med examen inom 3 år, fristående skolor, andel (%), modellberäknat värde (-2024)	K	-
U17417	Gymnasieelever med examen inom 3 år, fristående skolor, andel (%), avvikelse från modellberäknat värde (-2024)	K	-
U17418	Gymnasieelever med examen inom 4 år, fristående skolor, andel (%), modellberäknat värde (-2024)	K	-
U17419	Gymnasieelever med examen inom 4 år, fristående skolor, andel (%), avvikelse från modellberäknat värde (-2024)	K	-
U17445	Genomsnittlig betygspoäng, gymnasieelever med examen, kommunala skolor, modellberäknat värde (-2024)	K	-
U17446	Genomsnittlig betygspoäng, gymnasieelever med examen, kommunala skolor, avvikelse från modellberäknat värde (-2024)	K	-
U17447	Gymnasieelever med examen inom 3 år, kommunala skolor, andel (%), modellberäknat värde (-2024)	K	-
U17448	Gymnasieelever med examen inom 3 år, kommunala skolor, andel (%), avvikelse från modellberäknat värde (-2024)	K	-
U17449	Gymnasieelever med examen inom 4 år, kommunala skolor, andel (%), avvikelse från modellberäknat värde (-2024)	K	-
U17450	Gymnasieelever med examen inom 4 år, kommunala skolor, andel (%), modellberäknat värde (-2024)	K	-
U17508	Elevenkätsindex kommunal gymnasieskola åk 2	K	2025
U17802	Kommunen bedriver kommunal gymnasieskola, (Ja=1, Nej=0)	K	2025
U17808	Kommunen ingår i gymnasieförbund, (Ja=1, Nej=0)	K	2025
U17900	Effektivitetsindex kommunal gymnasieskola	K	2025
U17904	Programvalsfaktor kommunal gymnasieskola	K	2025
U20008	Resursindex äldreomsorg	K	2025
U20300	HME hemtjänst äldreomsorg, index för påståendet Mitt arbete känns meningsfullt.	K	-
U20301	HME hemtjänst äldreomsorg, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	K	-
U20302	HME hemtjänst äldreomsorg, index för påståendet Jag ser fram emot att gå till arbetet.	K	-
U20303	HME hemtjänst äldreomsorg, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	K	-
U20304	HME hemtjänst äldreomsorg, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	K	-
U20305	HME hemtjänst äldreomsorg, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	K	-
U20306	HME hemtjänst äldreomsorg, index för påståendet Jag är insatt i min arbetsplats mål.	K	-
U20307	HME hemtjänst äldreomsorg, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	K	-
U20308	HME hemtjänst äldreomsorg, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	K	-
U20341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet äldreomsorg, (Ja=1, Nej=0)	K	2026
U20404	Kvalitetsindex äldreomsorg	K	2025
U20414	Avlidna som hade någon närvarande vid dödsögonblicket, andel (%)	K	2026
U20443	Enhetsundersökningen, äldreomsorg - Personer med aktuell genomförandeplan i särskilt boende, äldreomsorg, andel (%)	K	2026
U20462	Fallskador bland personer 65+, 3-årsm, antal slutenvårdstillfällen /100 000 inv	A	2024
U20488	Utrikes födda exklusive EU/EFTA, andel (%)	L	2025
U20900	Effektivitetsindex äldreomsorg	K	2025
U21200	Medarbetarengagemang (HME) hemtjänst äldreomsorg - Totalindex	K	-
U21201	Medarbetarengagemang (HME) hemtjänst äldreomsorg - Motivationsindex	K	-
U21202	Medarbetarengagemang (HME) hemtjänst äldreomsorg - Ledarskapsindex	K	-
U21203	Medarbetarengagemang (HME) hemtjänst äldreomsorg - Styrningsindex	K	-
U21340	Tillsyn med digitalteknik dag- och/eller natttid finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21341	GPS-larm (positioneringslarm) finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21342	Passivt larm/sensor finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21343	Samordnad individuell planering (SIP) med stöd av video finns tillgängligt inför utskrivning från slutenvård för äldre som bor i ordinärt boende,  (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21344	Samordnad individuell planering (SIP) finns tillgänglig vid andra tillfällen (exl. utskrivning från slutenvård) för äldre som bor i ordinärt boende,  (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21345	Digitalt stöd för fysisk träning eller aktivering finns tillgängligt för äldre som bor i ordinärt boende,  (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21346	Digitalt stöd för, eller träning i, dagliga aktiviteter finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21347	Stöd för digitala inköp finns tillgängligt inom verksamheten äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21348	Digital kommunikation mellan enskilda och personal eller närstående finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21349	Digitala lås till enskildas bostäder finns tillgängligt för äldre som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21350	Tillsyn med digitalteknik dag- och/eller nattid finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21351	GPS-larm (positioneringslarm) finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21352	Passivt larm/sensor finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21353	Samordnad individuell planering (SIP) med stöd av video finns tillgängligt inför utskrivning från slutenvård för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21354	Samordnad individuell planering (SIP) finns tillgängligt vid andra tillfällen (exl. utskrivning från slutenvård) för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21355	Digitalt stöd för fysisk träning eller aktivering finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21356	Digitalt stöd för, eller träning i, dagliga aktiviteter finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21357	Stöd för digitala inköp finns tillgängligt inom verksamheten personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21358	Digital kommunikation mellan enskilda och personal eller närstående finns tillgängligt för personer med funktionsnedsättning som bor i ordinärt boende, (Breddinfört=2, testverksamhet=1, Nej=0)	K	2026
U21359	Digitala lås till enskildas bostäder finns infört eller som pilot-/testverksamhet för personer med funktionsnedsättning som bor i ordinärt boende, (Ja=1, Nej=0)	K	2026
U21401	Personalkontinuitet, antal personal som en hemtjänsttagare med minst 2 besök dagligen möter under 14 dagar, medelvärde (- 2024)	K	-
U21402	Personalkontinuitet, antal personal som en hemtjänsttagare med minst 2 besök dagligen möter under 14 dagar, median (- 2024)	K	-
U21424	Personer 75+ år med hemtjänst med tre eller fler psykofarmaka, andel (%)	K	2025
U21425	Personer 75+ år med hemtjänst med tio eller fler läkemedel, andel (%)	K	2025
U21426	Personer 75+ år med hemtjänst med olämpliga läkemedel, andel (%)	K	2025
U21427	Personer 75+ år med hemtjänst med antipsykotiska läkemedel, andel (%)	K	2025
U21432	Åtgärder mot fall, undernäring, trycksår och nedsatt munhälsa för personer med hemsjukvård i ordinärt boende, andel (%)	K	2025
U21436	Personalkontinuitet, hemtjänsttagare som möter fler än 20 personal under 14 dagar, andel (%) (- 2024)	K	-
U21438	Brukarbedömning hemtjänst äldreomsorg - Enskild regi - helhetssyn, andel (%)	K	2026
U21439	Brukarbedömning hemtjänst äldreomsorg - Enskild regi - svåra besvär av ängslan, oro eller ångest, andel (%)	K	2026
U21443	Brukarbedömning hemtjänst äldreomsorg - Kommunal regi - helhetssyn, andel (%)	K	2026
U21444	Brukarbedömning hemtjänst äldreomsorg - Kommunal regi - svåra besvär av ängslan, oro eller ångest, andel (%)	K	2026
U21447	Brukarbedömning hemtjänst äldreomsorg - hälsotillstånd, andel (%)	K	2026
U21449	Brukarbedömning hemtjänst äldreomsorg - svåra besvär av ängslan, oro eller ångest, andel (%)	K	2026
U21452	Enhetsundersökningen, äldreomsorg - Hemtjänsttagare med aktuell genomförandeplan, äldreomsorg, andel (%)	K	2026
U21454	Brukarbedömning hemtjänst äldreomsorg - bemötande, förtroende och trygghet, medelvärde	K	2026
U21455	Brukarbedömning hemtjänst äldreomsorg - inflytande och tillräckligt med tid, medelvärde	K	2026
U21461	Brukarbedömning hemtjänst äldreomsorg - tillräckligt med tid, andel (%)	K	2026
U21462	Brukarbedömning hemtjänst äldreomsorg - möjlighet påverka tider, andel (%)	K	2026
U21463	Brukarbedömning hemtjänst äldreomsorg - hänsyn till åsikter och önskemål, andel (%)	K	2026
U21464	Brukarbedömning hemtjänst äldreomsorg - möjlighet att framföra synpunkter eller klagomål, andel (%)	K	2026
U21465	Brukarbedömning hemtjänst äldreomsorg -  information om förändringar, andel (%)	K	2026
U21466	Brukarbedömning hemtjänst äldreomsorg - alltid bra bemötande, andel (%)	K	2026
U21467	Brukarbedömning hemtjänst äldreomsorg - trygghet (mycket trygga), andel (%)	K	2026
U21468	Brukarbedömning hemtjänst äldreomsorg -  helhetssyn, andel (%)	K	2026
U21470	Brukarbedömning hemtjänst äldreomsorg - rörlighet inomhus, andel (%) (-2023)	K	-
U21471	Brukarbedömning hemtjänst äldreomsorg - bor med annan vuxen, andel (%)	K	2026
U21472	Brukarbedömning hemtjänst äldreomsorg - behov anpassas, andel (%)	K	2026
U21473	Brukarbedömning hemtjänst äldreomsorg - välja utförare, andel (%) (-2023)	K	-
U21474	Brukarbedömning hemtjänst äldreomsorg - personalen utför sina arbetsuppgifter, andel (%)	K	2026
U21475	Brukarbedömning hemtjänst äldreomsorg - personalen kommer på avtalad tid, andel (%)	K	2026
U21477	Brukarbedömning hemtjänst äldreomsorg - förtroende för personalen, andel (%)	K	2026
U21478	Brukarbedömning hemtjänst äldreomsorg - svåra besvär av ensamhet, andel (%)	K	2026
U21481	Brukarbedömning hemtjänst äldreomsorg - få kontakt med hemtjänstpersonalen, andel (%)	K	2026
U21482	Brukarbedömning hemtjänst äldreomsorg - själv svarat på frågorna, andel (%)	K	2026
U21504	Brukarbedömning hemtjänst äldreomsorg - alltid eller oftast bra bemötande, andel (%)	K	2026
U21505	Brukarbedömning hemtjänst äldreomsorg - mycket eller ganska trygga, andel (%)	K	2026
U21513	Enhetsundersökningen, äldreomsorg - Hemtjänstenheter äldreomsorg i kommunal regi, andel (%)	K	2026
U21514	Enhetsundersökningen, äldreomsorg - Möjlighet att tillgodose vård och omsorg utförd av personal som talar finska i hemtjänst, äldreomsorg, andel (%)	K	2026
U21516	Enhetsundersökningen, äldreomsorg - Hemtjänsttagare med namngiven fast personalkontakt, andel (%) (-2024)	K	-
U21554	Enhetsundersökningen, äldreomsorg - Hemtjänsttagare med dokumentation om hur brukaren deltagit vid upprättande/förändring av sin genomförandeplan, äldreomsorg, andel (%)	K	2026
U21555	Enhetsundersökningen, äldreomsorg - Aktuell rutin när hemtjänsttagare, trots överenskommelse, inte öppnar dörren, äldreomsorg, andel (%)	K	2026
U21556	Enhetsundersökningen, äldreomsorg - Aktuell rutin när hemtjänsttagare plötsligt uppvisar ett försämrat allmäntillstånd, äldreomsorg, andel (%)	K	2026
U21557	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke om att hemtjänsttagare är undernärd eller felnärd, äldreomsorg, andel (%)	K	2026
U21558	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke/upptäckt av att hemtjänsttagare utsatts för våld eller övergrepp av anhörig/närstående, äldreomsorg, andel (%)	K	2026
U21559	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke/upptäckt av att hemtjänsttagare är beroende av/missbrukar läkemedel, äldreomsorg, andel (%)	K	2026
U21560	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke/upptäckt av att hemtjänsttagare är beroende av/missbrukar alkohol eller andra beroendeframkallande medel (ej läkemedel), äldreomsorg, andel (%)	K	2026
U21561	Enhetsundersökningen, äldreomsorg - Aktuell rutin för hur personalen samarbetar med anhöriga i hemtjänsten, äldreomsorg, andel (%)	K	2026
U21562	Enhetsundersökningen, äldreomsorg - Aktuell rutin för schemalagda möten med sjuksköterska i hemtjänst, äldreomsorg, andel (%)	K	2026
U21563	Enhetsundersökningen, äldreomsorg (enhetsdata) - Aktuell rutin för schemalagda möten med sjuksköterska i hemtjänsten, äldreomsorg, frekvens	K	2026
U21564	Enhetsundersökningen, äldreomsorg - Aktuell rutin för kontakt med sjukvårdspersonal i frågor som rör hemtjänsttagare som regionens primärvård har ansvaret för, äldreomsorg, andel (%)	K	2026
U21565	Enhetsundersökningen, äldreomsorg - Aktuell rutin för hur hemtjänsttagarens vårdplanering ska genomföras i samverkan med olika aktörer, äldreomsorg, andel (%)	K	2026
U21566	Enhetsundersökningen, äldreomsorg - Aktuell rutin för hur hemtjänsttagarens vårdplanering ska genomföras i samverkan med den enskilde och med den kommunala hälso- och sjukvårdspersonalen samt hemtjänstpersonalen, äldreomsorg, andel (%)	K	2026
U21567	Enhetsundersökningen, äldreomsorg - Aktuell rutin  för hur fördjupade läkemedelsgenomgångar ska genomföras, där hemtjänsttagarens delaktighet är dokumenterad i journalen, äldreomsorg, andel (%) (-2023)	K	-
U21568	Enhetsundersökningen, äldreomsorg - Aktuell rutin för hur fördjupade läkemedelsgenomgångar ska genomföras i samverkan med hemtjänsttagaren och läkare samt ansvarig sjuksköterska, där hemtjänstpersonal medverkar, äldreomsorg, andel (%) (-2023)	K	-
U21571	Aktuell rutin för hur samverkan vid vårdplanering ska ske tillsammans med hemtjänsttagaren, den kommunala hälso- och sjukvårds-personalen och hälso- och sjukvårdspersonalen vid regionens vårdcentral samt hemtjänstpersonalen, äldreomsorg, andel (%)	K	2026
U21901	Brukartid hemtjänst äldreomsorg, andel (%) (- 2024)	K	-
U23200	Medarbetarengagemang (HME) särskilt boende äldreomsorg - Totalindex	K	-
U23201	Medarbetarengagemang (HME) särskilt boende äldreomsorg - Motivationsindex	K	-
U23202	Medarbetarengagemang (HME) särskilt boende äldreomsorg - Ledarskapsindex	K	-
U23203	Medarbetarengagemang (HME) särskilt boende äldreomsorg - Styrningsindex	K	-
U23300	HME särskilt boende äldreomsorg, index för påståendet Mitt arbete känns meningsfullt.	K	-
U23301	HME särskilt boende äldreomsorg, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	K	-
U23302	HME särskilt boende äldreomsorg, index för påståendet Jag ser fram emot att gå till arbetet.	K	-
U23303	HME särskilt boende äldreomsorg, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	K	-
U23304	HME särskilt boende äldreomsorg, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	K	-
U23305	HME särskilt boende äldreomsorg, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	K	-
U23306	HME särskilt boende äldreomsorg, index för påståendet Jag är insatt i min arbetsplats mål.	K	-
U23307	HME särskilt boende äldreomsorg, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	K	-
U23308	HME särskilt boende äldreomsorg, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	K	-
U23340	Möjlighet till uppkoppling till internet i den enskildes rum eller lägenhet i särskilt boende äldreomsorg, (inget=0, några=1, alla=2)	K	2026
U23401	Väntetid i antal dagar från ansökningsdatum till första erbjudet inflyttningsdatum till särskilt boende, medelvärde	K	-
U23402	Väntetid i antal dagar från ansökningsdatum till första erbjudet inflyttningsdatum till särskilt boende, median (- 2024)	K	-
U23412	Boendeplatser i särskilt boende där den äldre erbjuds kvarboende i livets slutskede, andel (%)	K	-
U23418	Personer 65+ år i särskilt boende med risk för trycksår grad 1 med ordination av tryckutjämnande underlag, andel (%)	K	2025
U23419	Personer 75+ år i särskilt boende med tre eller fler psykofarmaka, andel (%)	K	2025
U23420	Personer 75+ år i särskilt boende med tio eller fler läkemedel, andel (%)	K	2025
U23421	Personer 75+ år i särskilt boende med olämpliga läkemedel, andel (%)	K	2025
U23422	Personer 75+ år i särskilt boende med antipsykotiska läkemedel, andel (%)	K	2025
U23431	Väntetider från ansökningsdatum till första erbjudet inflyttningsdatum till särskilt boende, väntat längre än 90 dagar (%)	K	-
U23443	Brukarbedömning särskilt boende äldreomsorg - Enskild regi - helhetssyn, andel (%)	K	2026
U23444	Brukarbedömning särskilt boende äldreomsorg - Enskild regi - svåra besvär av ängslan, oro eller ångest, andel (%)	K	2026
U23448	Brukarbedömning särskilt boende äldreomsorg - hälsotillstånd, andel (%)	K	2026
U23450	Brukarbedömning särskilt boende äldreomsorg - svåra besvär av ängslan, oro eller ångest, andel (%)	K	2026
U23453	Följsamhet till basala hygienrutiner och klädregler i särskilt boende för äldre, andel (%) (-2023)	K	-
U23454	Följsamhet till basala hygienrutiner i särskilt boende för äldre, andel (%) (-2023)	K	-
U23455	Följsamhet till basala klädregler i särskilt boende för äldre, andel (%) (-2023)	K	-
U23458	Brukarbedömning särskilt boende äldreomsorg - Kommunal regi - helhetssyn, andel (%)	K	2026
U23459	Brukarbedömning särskilt boende äldreomsorg - tillräckligt med tid, andel (%)	K	2026
U23460	Brukarbedömning särskilt boende äldreomsorg - möjlighet påverka tider, andel (%)	K	2026
U23461	Brukarbedömning särskilt boende äldreomsorg - hänsyn till åsikter och önskemål, andel (%)	K	2026
U23462	Brukarbedömning särskilt boende äldreomsorg - information om förändringar, andel (%)	K	2026
U23463	Brukarbedömning särskilt boende äldreomsorg - alltid bra bemötande, andel (%)	K	2026
U23464	Brukarbedömning särskilt boende äldreomsorg - mycket trygga, andel (%)	K	2026
U23465	Brukarbedömning särskilt boende äldreomsorg - trivsamma gemensamma utrymmen, andel (%)	K	2026
U23466	Brukarbedömning särskilt boende äldreomsorg - trivsamt utomhus, andel (%)	K	2026
U23467	Brukarbedömning särskilt boende äldreomsorg - maten, andel (%)	K	2026
U23468	Brukarbedömning särskilt boende äldreomsorg - måltidsmiljö, andel (%)	K	2026
U23469	Brukarbedömning särskilt boende äldreomsorg -  möjligheten att komma utomhus, andel (%)	K	2026
U23470	Brukarbedömning särskilt boende äldreomsorg -  sociala aktiviteter, andel (%)	K	2026
U23471	Brukarbedömning särskilt boende äldreomsorg -  helhetssyn, andel (%)	K	2026
U23472	Brukarbedömning särskilt boende äldreomsorg -  tillgång till sjuksköterska, andel (%)	K	2026
U23473	Brukarbedömning särskilt boende äldreomsorg - rörlighet inomhus, andel (%) (-2023)	K	-
U23474	Brukarbedömning särskilt boende äldreomsorg - plats på äldreboende, andel (%) (-2023)	K	-
U23475	Brukarbedömning särskilt boende äldreomsorg - trivs med rum/lägenhet, andel (%)	K	2026
U23478	Brukarbedömning särskilt boende äldreomsorg - Kommunal regi - svåra besvär av ängslan, oro eller ångest, andel (%)	K	2026
U23480	Brukarbedömning särskilt boende äldreomsorg - förtroende för personalen, andel (%)	K	2026
U23481	Brukarbedömning särskilt boende äldreomsorg - besväras ofta av ensamhet, andel (%)	K	2026
U23482	Brukarbedömning särskilt boende äldreomsorg - läkare vid behov, andel (%)	K	2026
U23483	Brukarbedömning särskilt boende äldreomsorg - få kontakt med personalen på boendet, andel (%)	K	2026
U23484	Brukarbedömning särskilt boende äldreomsorg - själv svarat på frågorna, andel (%)	K	2026
U23489	Enhetsundersökningen, äldreomsorg - Omsorgspersonal/plats i boende i särskilt boende, äldreomsorg, vardagar, antal (-2023)	K	-
U23490	Enhetsundersökningen, äldreomsorg - Sjuksköterskor/plats i särskilt boende, äldreomsorg, vardagar, antal (-2023)	K	-
U23493	Enhetsundersökningen, äldreomsorg - Omsorgspersonal/plats i boende i särskilt boende, äldreomsorg, helgdagar, antal (-2023)	K	-
U23494	Enhetsundersökningen, äldreomsorg - Sjuksköterskor/plats i särskilt boende, äldreomsorg, helgdagar, antal (-2023)	K	-
U23495	Enhetsundersökningen, äldreomsorg - Omsorgspersonal med adekvat utbildning, vardagar i särskilt boende, äldreomsorg, andel (%) (-2023)	K	-
U23496	Enhetsundersökningen, äldreomsorg - Omsorgspersonal med adekvat utbildning, helgdagar i särskilt boende, äldreomsorg, andel (%) (-2023)	K	-
U23498	Enhetsundersökningen, äldreomsorg - Regelbundna borådsmöten i särskilt boende, äldreomsorg, andel (%)	K	2026
U23503	Enhetsundersökningen, äldreomsorg - Närhet till träningslokal och som lätt kan nås i särskilt boende, äldreomsorg, andel (%)	K	2026
U23505	Brukarbedömning särskilt boende äldreomsorg - bemötande, förtroende och trygghet, medelvärde	K	2026
U23506	Brukarbedömning särskilt boende äldreomsorg - inflytande och tillräckligt med tid, medelvärde	K	2026
U23508	Brukarbedömning särskilt boende äldreomsorg - boendemiljö, medelvärde	K	2026
U23509	Brukarbedömning särskilt boende äldreomsorg -  kontakt med personal, medelvärde	K	2026
U23516	Brukarbedömning särskilt boende äldreomsorg - möjlighet att framföra synpunkter eller klagomål, andel (%)	K	2026
U23520	Brukarbedömning särskilt boende äldreomsorg - alltid eller oftast bra bemötande, andel (%)	K	2026
U23521	Brukarbedömning särskilt boende äldreomsorg - mycket eller ganska trygga, andel (%)	K	2026
U23522	Enhetsundersökningen, äldreomsorg - Särskilda boenden äldreomsorg i kommunal regi, andel (%)	K	2026
U23524	Enhetsundersökningen, äldreomsorg - Möjlighet att tillgodose vård och omsorg utförd av personal som talar finska i särskilt boende, äldreomsorg, andel (%)	K	2026
U23534	Enhetsundersökningen, äldreomsorg - Genomförandeplaner innehåller önskemål och behov i samband med måltider i särskilt boende, äldreomsorg, andel (%)	K	2026
U23564	Enhetsundersökningen, äldreomsorg (enhetsdata) - Varje enskild boende erbjuds att delta i boenderådsmöte i särskilt boende, äldreomsorg, intervall	K	2026
U23565	Enhetsundersökningen, äldreomsorg - Personer med en plan som innehåller dokumentation om hur personen deltagit vid upprättande/förändring av sin genomförandeplan i särskilt boende, äldreomsorg, andel (%)	K	2026
U23566	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för genomförande av dygnets alla måltider, i särskilt boende, äldreomsorg, andel (%)	K	2026
U23567	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns vid misstanke av att den enskilde utsatts för våld eller övergrepp av närstående i särskilt boende, äldreomsorg, andel (%)	K	2026
U23568	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar läkemedel i särskilt boende, äldreomsorg, andel (%)	K	2026
U23569	Enhetsundersökningen, äldreomsorg - Aktuell rutin vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar alkohol eller andra beroendeframkallande medel (ej läkemedel) i särskilt boende, äldreomsorg, andel (%)	K	2026
U23570	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur personalen samarbetar med anhöriga i särskilt boende, äldreomsorg, andel (%)	K	2026
U23571	Enhetsundersökningen, äldreomsorg - Aktuell rutin för hur planering av den enskildes vårdplanering ska genomföras i samverkan med olika aktörer i särskilt boende, äldreomsorg, andel (%)	K	2026
U23572	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för schemalagda möten med sjuksköterska i frågor som rör personer med behov av kommunal hälso- och sjukvårdsinsatser i särskilt boende, äldreomsorg, andel (%)	K	2026
U23573	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur fördjupade läkemedelsgenomgångar ska genomföras, där den enskildes delaktighet är dokumenterad i journalen, i särskilt boende, äldreomsorg, andel (%) (-2023)	K	-
U23574	Enhetsundersökningen, äldreomsorg - Aktuell rutin finns för hur fördjupade läkemedelsgenomgångar ska genomföras i samverkan med den enskilde och läkare samt ansvarig sjuksköterska och omsorgspersonal i särskilt boende, äldreomsorg, andel (%) (-2023)	K	-
U23577	Enhetsundersökningen, äldreomsorg - Personer som har en dokumentation om varför de har en skyddsåtgärd i särskilt boende, äldreomsorg, andel (%)	K	2026
U23588	Enhetsundersökningen, äldreomsorg - Innemiljö som är utformad så att den stödjer den enskilde i särskilt boende, äldreomsorg, andel (%)	K	2026
U23589	Enhetsundersökningen, äldreomsorg - Samtliga boende har tillgång till utevistelse när de så önskar i särskilt boende, äldreomsorg, andel (%) (-2023)	K	-
U23590	Brukarbedömning särskilt boende äldreomsorg - mat och måltidsmiljö, medelvärde	K	2026
U23591	Brukarbedömning särskilt boende äldreomsorg -  aktiviteter och känsla av ensamhet, medelvärde	K	2026
U23592	Brukarbedömning hemtjänst äldreomsorg - svarande, antal	K	2026
U23593	Brukarbedömning hemtjänst äldreomsorg - svarsfrekvens, andel (%)	K	2026
U23594	Brukarbedömning särskilt boende äldreomsorg - svarande, antal	K	2026
U23595	Brukarbedömning särskilt boende äldreomsorg - svarsfrekvens, andel (%)	K	2026
U23701	Medianvårdtid i särskilt boende äldreomsorg, antal dagar	K	2026
U25200	Medarbetarengagemang (HME) omsorg om personer med funktionsnedsättning - Totalindex	K	-
U25201	Medarbetarengagemang (HME) omsorg om personer med funktionsnedsättning - Motivationsindex	K	-
U25202	Medarbetarengagemang (HME) omsorg om personer med funktionsnedsättning - Ledarskapsindex	K	-
U25203	Medarbetarengagemang (HME) omsorg om personer med funktionsnedsättning - Styrningsindex	K	-
U25300	HME omsorg om personer med funktionsnedsättning, index för påståendet Mitt arbete känns meningsfullt.	K	-
U25301	HME omsorg om personer med funktionsnedsättning, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	K	-
U25302	HME omsorg om personer med funktionsnedsättning, index för påståendet Jag ser fram emot att gå till arbetet.	K	-
U25303	HME omsorg om personer med funktionsnedsättning, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	K	-
U25304	HME omsorg om personer med funktionsnedsättning, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	K	-
U25305	HME omsorg om personer med funktionsnedsättning, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	K	-
U25306	HME omsorg om personer med funktionsnedsättning, index för påståendet Jag är insatt i min arbetsplats mål.	K	-
U25307	HME omsorg om personer med funktionsnedsättning, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	K	-
U25308	HME omsorg om personer med funktionsnedsättning, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	K	-
U25340	Möjlighet till uppkoppling till internet i den enskildes rum eller lägenhet i  stöd- och serviceboenden för personer med funktionsnedsättning, (inget=0, några=1, alla=2)	K	2026
U26341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet funktionsfinder (SoL), (Ja=1, Nej=0)	K	2026
U26413	Brukarbedömning boende särskild service SoL - Brukaren får bestämma om saker som är viktiga, lägeskommun, andel (%)	K	2026
U26414	Brukarbedömning boende särskild service SoL - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)	K	2026
U26415	Brukarbedömning boende särskild service SoL - Personalen bryr sig om brukaren, lägeskommun, andel (%)	K	2026
U26416	Brukarbedömning boende särskild service SoL - Personalen pratar så brukaren förstår, lägeskommun, andel (%)	K	2026
U26417	Brukarbedömning boende särskild service SoL - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)	K	2026
U26418	Brukarbedömning boende särskild service SoL - Brukaren är aldrig rädd för något hemma, lägeskommun, andel (%)	K	2026
U26419	Brukarbedömning boende särskild service SoL - Brukaren trivs alltid hemma, lägeskommun, andel (%)	K	2026
U26420	Brukarbedömning boendestöd SoL - Brukaren får bestämma om saker som är viktiga, lägeskommun, andel (%)	K	2026
U26421	Brukarbedömning boendestöd SoL - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)	K	2026
U26422	Brukarbedömning boendestöd SoL - Personalen bryr sig om brukaren - lägeskommun, andel (%)	K	2026
U26423	Brukarbedömning boendestöd SoL - Personalen pratar så brukaren förstår, lägeskommun, andel (%)	K	2026
U26424	Brukarbedömning boendestöd SoL - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)	K	2026
U26427	Brukarbedömning sysselsättning SoL - Brukaren får bestämma om saker som är viktiga, lägeskommun, andel (%)	K	2026
U26428	Brukarbedömning sysselsättning SoL - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)	K	2026
U26429	Brukarbedömning sysselsättning SoL - Personalen bryr sig om brukaren, lägeskommun, andel (%)	K	2026
U26430	Brukarbedömning sysselsättning SoL - Personalen pratar så brukaren förstår, lägeskommun, andel (%)	K	2026
U26431	Brukarbedömning sysselsättning SoL - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)	K	2026
U26432	Brukarbedömning sysselsättning SoL - Brukaren är aldrig rädd för något på sin sysselsättning, lägeskommun, andel (%)	K	2026
U26433	Brukarbedömning sysselsättning SoL - Brukaren trivs på verksamheten, lägeskommun, andel (%)	K	2026
U26436	Brukarbedömning boende särskild service SoL - Brukaren vet vem hen ska kontakta om något är dåligt hemma, lägeskommun, andel (%)	K	2026
U26437	Brukarbedömning boendestöd SoL - Brukaren vet vem hen ska kontakta om något är dåligt med boendestödet, lägeskommun, andel (%)	K	2026
U26438	Brukarbedömning sysselsättning SoL - Verksamheten är viktig för brukaren, lägeskommun, andel (%)	K	2026
U26439	Brukarbedömning sysselsättning SoL - Brukaren vet vem hen ska kontakta om något är dåligt på sysselsättningen, lägeskommun, andel (%)	K	2026
U26440	Brukarbedömning boendestöd SoL - Brukaren får ibland bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)	K	-
U26441	Brukarbedömning boendestöd SoL - Brukaren får inte bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)	K	-
U26442	Brukarbedömning boendestöd SoL - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U26443	Brukarbedömning boendestöd SoL - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U26444	Brukarbedömning boendestöd SoL - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U26445	Brukarbedömning boendestöd SoL - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U26446	Brukarbedömning boendestöd SoL - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)	K	-
U26447	Brukarbedömning boendestöd SoL - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)	K	-
U26448	Brukarbedömning boendestöd SoL - Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)	K	-
U26449	Brukarbedömning boendestöd SoL - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)	K	-
U26452	Brukarbedömning sysselsättning SoL - Brukaren får ibland bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)	K	-
U26453	Brukarbedömning sysselsättning SoL - Brukaren får inte bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)	K	-
U26454	Brukarbedömning sysselsättning SoL - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U26455	Brukarbedömning sysselsättning SoL - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U26456	Brukarbedömning sysselsättning SoL - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U26457	Brukarbedömning sysselsättning SoL - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U26458	Brukarbedömning sysselsättning SoL - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)	K	-
U26459	Brukarbedömning sysselsättning SoL - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)	K	-
U26460	Brukarbedömning sysselsättning SoL - Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)	K	-
U26461	Brukarbedömning sysselsättning SoL - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)	K	-
U26462	Brukarbedömning sysselsättning SoL  - Brukaren är ibland rädd för något på sin sysselsättning, lägeskommun, andel (%) (-2024)	K	-
U26463	Brukarbedömning sysselsättning SoL  - Brukaren är ofta rädd för något på sin sysselsättning, lägeskommun, andel (%) (-2024)	K	-
U26464	Brukarbedömning sysselsättning SoL - Brukaren trivs ibland på verksamheten, lägeskommun, andel (%) (-2024)	K	-
U26465	Brukarbedömning sysselsättning SoL - Brukaren trivs aldrig på verksamheten, lägeskommun, andel (%) (-2024)	K	-
U26466	Brukarbedömning sysselsättning SoL - Verksamheten är ibland viktig för brukaren, lägeskommun, andel (%) (-2024)	K	-
U26467	Brukarbedömning sysselsättning SoL - Verksamheten är aldrig viktig för brukaren, lägeskommun, andel (%) (-2024)	K	-
U26468	Brukarbedömning boende särskild service SoL - Brukaren får ibland bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)	K	-
U26469	Brukarbedömning boende särskild service SoL - Brukaren får inte bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)	K	-
U26470	Brukarbedömning boende särskild service SoL - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U26471	Brukarbedömning boende särskild service SoL - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U26472	Brukarbedömning boende särskild service SoL - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U26473	Brukarbedömning boende särskild service SoL - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U26474	Brukarbedömning boende särskild service SoL - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)	K	-
U26475	Brukarbedömning boende särskild service SoL - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)	K	-
U26476	Brukarbedömning boende särskild service SoL - Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)	K	-
U26477	Brukarbedömning boende särskild service SoL - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)	K	-
U26478	Brukarbedömning boende särskild service SoL - Brukaren är ibland rädd för något hemma, lägeskommun, andel (%) (-2024)	K	-
U26479	Brukarbedömning boende särskild service SoL - Brukaren är ofta rädd för något hemma, lägeskommun, andel (%) (-2024)	K	-
U26480	Brukarbedömning boende särskild service SoL - Brukaren trivs hemma ibland, lägeskommun, andel (%) (-2024)	K	-
U26481	Brukarbedömning boende särskild service SoL - Brukaren trivs aldrig hemma, lägeskommun, andel (%) (-2024)	K	-
U26482	Brukarbedömning daglig verksamhet LSS - Verksamheten är ibland viktig för brukaren, andel (%)	K	-
U26483	Brukarbedömning daglig verksamhet LSS - Verksamheten är aldrig viktig för brukaren, lägeskommun, andel (%) (-2024)	K	-
U26490	Brukarbedömning myndighetskontakt funktionshinderområdet - Brukaren fick veta före mötet vad mötet skulle handla om, andel "Ja" (%)	K	2026
U26491	Brukarbedömning myndighetskontakt funktionshinderområdet - Brukaren fick välja var mötet med handläggaren skulle ske, andel "Ja" (%)	K	2026
U26492	Brukarbedömning myndighetskontakt funktionshinderområdet - Handläggaren pratade så brukaren förstod på mötet, andel "Ja" (%)	K	2026
U26493	Brukarbedömning myndighetskontakt funktionshinderområdet - Handläggaren förstod vad brukaren sa på mötet, andel "Ja" (%)	K	2026
U26494	Brukarbedömning myndighetskontakt funktionshinderområdet -  Fick säga det som var viktigt på mötet, andel "Ja" (%)	K	2026
U26495	Brukarbedömning myndighetskontakt funktionshinderområdet - Vad tyckte brukaren om mötet med handläggaren, andel "Bra" (%)	K	2026
U26496	Brukarbedömning myndighetskontakt funktionshinderområdet - Brukaren vet vem hen ska prata med om hen tycker mötet med handläggaren var dåligt, andel "Ja" (%)	K	2026
U26497	Brukarbedömning myndighetskontakt funktionshinderområdet - Brukaren vet hur hen får kontakt med sin handläggare, andel "Ja" (%)	K	2026
U26498	Brukarbedömning myndighetskontakt funktionshinderområdet - antal svar	K	2026
U26499	Brukarbedömning myndighetskontakt funktionshinderområdet - svarsfrekvens, andel (%)	K	2026
U28001	Resursindex LSS boende och daglig verksamhet	K	2025
U28112	Enhetsundersökning LSS - Enheterna har aktuella genomförandeplaner, bostad med särskild service, andel (%)	K	2026
U28113	Enhetsundersökning LSS - Enheter har dokumentation om delaktighet i genomförandeplanen, bostäder med särskild service, andel (%)	K	2026
U28116	Enhetsundersökning LSS - Enheterna har individuellt utformade mål i genomförandeplanen, boende med särskild service, andel (%)	K	2026
U28118	Enhetsundersökning LSS - Enheterna har regelbundna, gemensamma möten för de boende, bostad med särskild service, andel (%)	K	2026
U28119	Enhetsundersökning LSS - Enheterna har rutiner för att säkerställa tillgång till hälso- och sjukvård, bostad med särskild service, andel (%)	K	2026
U28120	Enhetsundersökning LSS - Enheterna har rutiner för samverkan kring hjälpmedel, bostad med särskild service, andel (%)	K	2026
U28121	Enhetsundersökning LSS - Individuella kompetensutvecklingsplaner finns för samtliga i personalgruppen på enheten, bostad med särskild service, andel (%)	K	2026
U28122	Enhetsundersökning LSS - Samlad kompetensutvecklingsplan för personalen finns vid enheten, bostad med särskild service, andel (%)	K	2026
U28123	Enhetsundersökning LSS - Kompetensutveckling inom Alternativ och Kompletterande Kommunikation (AKK) har erbjudits till personalen på enheten, bostad med särskild service, andel (%)	K	2026
U28124	Enhetsundersökning LSS - Kontinuerlig handledning har erbjudits till personalen på enheterna, bostad med särskild service, andel (%)	K	2026
U28125	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde har utsatts för våld eller andra övergrepp, bostad med särskild service, andel (%)	K	2026
U28126	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar läkemedel, bostad med särskild service, andel (%)	K	2026
U28127	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar alkohol eller andra beroendeframkallande medel (ej läkemedel), Bostad med särskild service, andel (%)	K	2026
U28128	Enhetsundersökning LSS - På enheten används enskildas uppfattning för att utveckla verksamheten, bostad med särskild service, andel (%)	K	2026
U28129	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan, bostad med särskild service, andel (%)	K	2026
U28130	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan som innehåller dokumentation om delaktighet, bostad med särskild service, andel (%)	K	2026
U28131	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan som innehåller individuellt utformade mål, bostad med särskild service, andel (%)	K	2026
U28132	Enhetsundersökning LSS - Enheterna har aktuella genomförandeplaner, daglig verksamhet, andel (%)	K	2026
U28133	Enhetsundersökning LSS - Enheterna har dokumentation om delaktighet i genomförandeplanen, daglig verksamhet, andel (%)	K	2026
U28134	Enhetsundersökning LSS - Enheterna har individuellt utformade mål i genomförandeplanen, daglig verksamhet, andel (%)	K	2026
U28135	Enhetsundersökning LSS - Enheterna har regelbundna, gemensamma möten, daglig verksamhet, andel (%)	K	2026
U28136	Enhetsundersökning LSS - Individuella kompetensutvecklingsplaner finns för samtliga i personalgruppen på enheten, daglig verksamhet, andel (%)	K	2026
U28137	Enhetsundersökning LSS - Samlad kompetensutvecklingsplan för personalen finns vid enheten, daglig verksamhet, andel (%)	K	2026
U28138	Enhetsundersökning LSS - Kompetensutveckling inom Alternativ och Kompletterande Kommunikation (AKK) har erbjudits till personalen på enheten, daglig verksamhet, andel (%)	K	2026
U28139	Enhetsundersökning LSS - Kontinuerlig handledning har erbjudits till personalen på enheten, daglig verksamhet, andel (%)	K	2026
U28140	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde har utsatts för våld eller andra övergrepp, daglig verksamhet, andel (%)	K	2026
U28141	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar läkemedel, daglig verksamhet, andel (%)	K	2026
U28142	Enhetsundersökning LSS - Rutin för personalens agerande vid misstanke/upptäckt av att den enskilde är beroende av/missbrukar alkohol eller andra beroendeframkallande medel (ej läkemedel), daglig verksamhet, andel (%)	K	2026
U28143	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan, daglig verksamhet, andel (%)	K	2026
U28144	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan som innehåller dokumentation om delaktighet, daglig verksamhet, andel (%)	K	2026
U28145	Enhetsundersökning LSS - Brukare med en aktuell genomförandeplan som innehåller individuellt utformade mål, daglig verksamhet, andel (%)	K	2026
U28146	Enhetsundersökning LSS - På enheten används enskildas uppfattning för att utveckla verksamheten, daglig verksamhet, andel (%)	K	2026
U28341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet funktionsfinder (LSS), (Ja=1, Nej=0)	K	2026
U28408	Kvalitetsindex LSS boende och daglig verksamhet	K	2025
U28414	Utredningstid i antal dagar från ansökan till beslut om LSS-insats (alla insatser), medelvärde (- 2024)	K	-
U28417	Utredningstid i antal dagar från ansökan till beslut om LSS-insats (alla insatser), median (- 2024)	K	-
U28418	Väntetid i antal dagar från beslut till första erbjudna inflyttningsdatum avseende boende enl. LSS § 9.9, medelvärde (- 2024)	K	-
U28419	Väntetid i antal dagar från beslut till första erbjudna inflyttningsdatum avseende boende enl. LSS § 9.9, median (- 2024)	K	-
U28475	Information på kommunens webbplats på lättläst svenska för socialpsykiatri, (Ja=1, Nej=0)	K	-
U28476	Talad information på kommunens webbplats för socialpsykiatri, (Ja=1, Nej=0)	K	-
U28490	Aktuell rutin vid indikation på att en vuxen utsatts för våld inom socialpsykiatri, (Ja=1, Nej=0)	K	-
U28500	Personligt ombud (PO) till personer med psykisk funktionsnedsättning, (Ja=1, Nej=0)	K	2026
U28502	Brukarstyrd brukarrevision för att utveckla verksamheter inom socialpsykiatri, (Ja=1, Nej=0)	K	2026
U28518	Brukarbedömning gruppbostad LSS  - Brukaren får bestämma om saker som är viktiga hemma, lägeskommun, andel (%)	K	2026
U28519	Brukarbedömning gruppbostad LSS - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)	K	2026
U28520	Brukarbedömning gruppbostad LSS  - Personalen bryr sig om brukaren, lägeskommun, andel (%)	K	2026
U28521	Brukarbedömning gruppbostad LSS  - Personalen pratar så brukaren förstår, lägeskommun, andel (%)	K	2026
U28522	Brukarbedömning gruppbostad LSS  - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)	K	2026
U28523	Brukarbedömning gruppbostad LSS  - Brukaren är aldrig rädd för något hemma, lägeskommun, andel (%)	K	2026
U28524	Brukarbedömning gruppbostad LSS  - Brukaren trivs alltid hemma, lägeskommun, andel (%)	K	2026
U28525	Brukarbedömning servicebostad LSS - Brukaren får bestämma om saker som är viktiga hemma, lägeskommun, andel (%)	K	2026
U28526	Brukarbedömning servicebostad LSS - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)	K	2026
U28527	Brukarbedömning servicebostad LSS - Personalen bryr sig om brukaren, lägeskommun, andel (%)	K	2026
U28528	Brukarbedömning servicebostad LSS - Personalen pratar så brukaren förstår, lägeskommun, andel (%)	K	2026
U28529	Brukarbedömning servicebostad LSS - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)	K	2026
U28530	Brukarbedömning servicebostad LSS - Brukaren är aldrig rädd för något hemma, lägeskommun, andel (%)	K	2026
U28531	Brukarbedömning servicebostad LSS - Brukaren trivs med alla i boendepersonalen, lägeskommun, andel (%)	K	2026
U28532	Brukarbedömning daglig verksamhet LSS  - Brukaren får bestämma om saker som är viktiga, lägeskommun, andel (%)	K	2026
U28533	Brukarbedömning daglig verksamhet LSS - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)	K	2026
U28534	Brukarbedömning daglig verksamhet LSS - Personalen bryr sig om brukaren, lägeskommun, andel (%)	K	2026
U28535	Brukarbedömning  daglig verksamhet LSS  - Personalen pratar så brukaren förstår, lägeskommun, andel (%)	K	2026
U28536	Brukarbedömning  daglig verksamhet LSS  - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)	K	2026
U28537	Brukarbedömning  daglig verksamhet LSS  - Brukaren är aldrig rädd för något på sin dagliga verksamhet, lägeskommun, andel (%)	K	2026
U28538	Brukarbedömning  daglig verksamhet LSS  - Brukaren trivs alltid på sin dagliga verksamhet, lägeskommun, andel (%)	K	2026
U28560	Brukarbedömning gruppbostad LSS - Brukaren vet vem hen ska kontakta om något är dåligt hemma, lägeskommun, andel (%)	K	2026
U28561	Brukarbedömning daglig verksamhet LSS - Verksamheten är viktig för brukaren, lägeskommun, andel (%)	K	2026
U28562	Brukarbedömning daglig verksamhet LSS - Brukaren vet vem hen ska kontakta om något är dåligt, lägeskommun, andel (%)	K	2026
U28563	Brukarbedömning boende LSS totalt - Brukaren får den hjälp hen vill ha, lägeskommun, andel (%)	K	2026
U28564	Brukarbedömning boende LSS totalt - Personalen bryr sig om brukaren, lägeskommun, andel (%)	K	2026
U28565	Brukarbedömning boende LSS totalt - Personalen pratar så brukaren förstår, lägeskommun, andel (%)	K	2026
U28566	Brukarbedömning boende LSS totalt  - All personal förstår brukaren, lägeskommun, andel (%)	K	2026
U28567	Brukarbedömning boende LSS totalt - Brukaren känner sig trygg med alla i personalen, lägeskommun, andel (%)	K	2026
U28568	Brukarbedömning boende LSS totalt - Brukaren är aldrig rädd för något hemma, lägeskommun, andel (%)	K	2026
U28569	Brukarbedömning boende LSS totalt - Brukaren vet vem hen ska kontakta om något är dåligt hemma, lägeskommun, andel (%)	K	2026
U28570	Brukarbedömning boende LSS totalt - Brukaren trivs alltid hemma, lägeskommun, andel (%)	K	2026
U28571	Brukarbedömning servicebostad LSS - Brukaren vet vem hen ska kontakta om något är dåligt hemma, lägeskommun, andel (%)	K	2026
U28574	Brukarbedömning gruppbostad LSS - Brukaren får ibland bestämma om saker som är viktiga hemma, lägeskommun, andel (%) (-2024)	K	-
U28575	Brukarbedömning gruppbostad LSS - Brukaren får inte bestämma om saker som är viktiga hemma, lägeskommun, andel (%) (-2024)	K	-
U28576	Brukarbedömning gruppbostad LSS - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U28577	Brukarbedömning gruppbostad LSS - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U28578	Brukarbedömning gruppbostad LSS - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U28579	Brukarbedömning gruppbostad LSS - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U28580	Brukarbedömning gruppbostad LSS - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)	K	-
U28581	Brukarbedömning gruppbostad LSS - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)	K	-
U28582	Brukarbedömning gruppbostad LSS - Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)	K	-
U28583	Brukarbedömning gruppbostad LSS - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)	K	-
U28584	Brukarbedömning gruppbostad LSS - Brukaren är ibland rädd för något hemma, lägeskommun, andel (%) (-2024)	K	-
U28585	Brukarbedömning gruppbostad LSS - Brukaren är ofta rädd för något hemma, lägeskommun, andel (%) (-2024)	K	-
U28586	Brukarbedömning gruppbostad LSS - Brukaren trivs hemma ibland, lägeskommun, andel (%) (-2024)	K	-
U28587	Brukarbedömning gruppbostad LSS - Brukaren trivs aldrig hemma, lägeskommun, andel (%) (-2024)	K	-
U28588	Brukarbedömning servicebostad LSS - Får ibland bestämma om saker som är viktiga hemma, lägeskommun, andel (%) (-2024)	K	-
U28589	Brukarbedömning servicebostad LSS - Får inte bestämma om saker som är viktiga hemma, lägeskommun, andel (%) (-2024)	K	-
U28590	Brukarbedömning servicebostad LSS - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U28591	Brukarbedömning servicebostad LSS - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U28592	Brukarbedömning servicebostad LSS - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U28593	Brukarbedömning servicebostad LSS - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U28594	Brukarbedömning servicebostad LSS - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)	K	-
U28595	Brukarbedömning servicebostad LSS - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)	K	-
U28596	Brukarbedömning servicebostad LSS - Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)	K	-
U28597	Brukarbedömning servicebostad LSS - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)	K	-
U28598	Brukarbedömning servicebostad LSS - Brukaren är ibland rädd för något hemma, lägeskommun, andel (%) (-2024)	K	-
U28599	Brukarbedömning servicebostad LSS - Brukaren är ofta rädd för något hemma, lägeskommun, andel (%) (-2024)	K	-
U28600	Brukarbedömning servicebostad LSS - Brukaren trivs med några i boendepersonalen, lägeskommun, andel (%) (-2024)	K	-
U28601	Brukarbedömning servicebostad LSS - Brukaren trivs inte med någon i boendepersonalen, lägeskommun, andel (%) (-2024)	K	-
U28602	Brukarbedömning daglig verksamhet LSS - Brukaren får ibland bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)	K	-
U28603	Brukarbedömning daglig verksamhet LSS - Brukaren får inte bestämma om saker som är viktiga, lägeskommun, andel (%) (-2024)	K	-
U28604	Brukarbedömning daglig verksamhet LSS - Brukaren får ibland den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U28605	Brukarbedömning daglig verksamhet LSS - Brukaren får aldrig den hjälp hen vill ha, lägeskommun, andel (%) (-2024)	K	-
U28606	Brukarbedömning daglig verksamhet LSS - Några i personalen pratar så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U28607	Brukarbedömning daglig verksamhet LSS - Personalen pratar inte så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U28608	Brukarbedömning daglig verksamhet LSS - Personalen bryr sig ibland om brukaren, lägeskommun, andel (%) (-2024)	K	-
U28609	Brukarbedömning daglig verksamhet LSS - Personalen bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)	K	-
U28610	Brukarbedömning daglig verksamhet LSS -  Brukaren känner sig trygg med några i personalen, lägeskommun, andel (%) (-2024)	K	-
U28611	Brukarbedömning daglig verksamhet LSS - Brukaren känner sig inte trygg med någon i personalen, lägeskommun, andel (%) (-2024)	K	-
U28612	Brukarbedömning daglig verksamhet LSS  - Brukaren är ibland rädd för något på sin dagliga verksamhet, lägeskommun, andel (%) (-2024)	K	-
U28613	Brukarbedömning daglig verksamhet LSS - Brukaren är ofta rädd för något på sin dagliga verksamhet, lägeskommun, andel (%) (-2024)	K	-
U28614	Brukarbedömning daglig verksamhet LSS - Brukaren trivs på sin dagliga verksamhet ibland, lägeskommun, andel (%) (-2024)	K	-
U28615	Brukarbedömning daglig verksamhet LSS - Brukaren trivs aldrig på sin dagliga verksamhet, lägeskommun, andel (%) (-2024)	K	-
U28616	Brukarbedömning Personlig assistans - Brukaren har varit med och bestämt alla sina assistenter, lägeskommun, andel (%)	K	2026
U28617	Brukarbedömning Personlig assistans - Brukaren har varit med och bestämt några av sina assistenter, lägeskommun, andel (%) (-2024)	K	-
U28618	Brukarbedömning Personlig assistans - Brukaren har inte varit med och bestämt sina assistenter, lägeskommun, andel (%) (-2024)	K	-
U28619	Brukarbedömning Personlig assistans - Brukaren får den hjälp hen vill ha av assistenterna, lägeskommun, andel (%)	K	2026
U28620	Brukarbedömning Personlig assistans - Brukaren får ibland den hjälp hen vill ha av assistenterna, lägeskommun, andel (%) (-2024)	K	-
U28621	Brukarbedömning Personlig assistans - Brukaren får inte den hjälp hen vill ha av assistenterna, lägeskommun, andel (%) (-2024)	K	-
U28622	Brukarbedömning Personlig assistans - Assistenterna bryr sig om brukaren, lägeskommun, andel (%)	K	2026
U28623	Brukarbedömning Personlig assistans - Assistenterna bryr sig om brukaren ibland, lägeskommun, andel (%) (-2024)	K	-
U28624	Brukarbedömning Personlig assistans - Assistenterna bryr sig inte om brukaren, lägeskommun, andel (%) (-2024)	K	-
U28625	Brukarbedömning Personlig assistans - Alla assistenter pratar så brukaren förstår, lägeskommun, andel (%)	K	2026
U28626	Brukarbedömning Personlig assistans - Några av assistenterna pratar så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U28627	Brukarbedömning Personlig assistans - Ingen av assistenterna pratar så brukaren förstår, lägeskommun, andel (%) (-2024)	K	-
U28628	Brukarbedömning Personlig assistans - Alla assistenter förstår brukaren, lägeskommun, andel (%)	K	2026
U28629	Brukarbedömning Personlig assistans - Några av assistenterna förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28630	Brukarbedömning Personlig assistans - Ingen av assistenterna förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28631	Brukarbedömning Personlig assistans - Brukaren känner sig trygg med alla sina assistenter, lägeskommun, andel (%)	K	2026
U28632	Brukarbedömning Personlig assistans - Brukaren känner sig trygg med några sina assistenter, lägeskommun, andel (%) (-2024)	K	-
U28633	Brukarbedömning Personlig assistans - Brukaren känner sig inte trygg med någon av sina assistenter, lägeskommun, andel (%) (-2024)	K	-
U28634	Brukarbedömning Personlig assistans - Brukaren kan göra det hen vill med hjälp av sina assistenter, lägeskommun, andel (%)	K	2026
U28635	Brukarbedömning Personlig assistans - Brukaren kan ibland göra det hen vill med hjälp av sina assistenter, lägeskommun, andel (%) (-2024)	K	-
U28636	Brukarbedömning Personlig assistans - Brukaren kan inte göra det hen vill med hjälp av sina assistenter, lägeskommun, andel (%) (-2024)	K	-
U28637	Brukarbedömning Personlig assistans - Brukaren vet vem hen ska prata med om något fungerar dåligt med assistenterna, lägeskommun, andel (%)	K	2026
U28638	Brukarbedömning Personlig assistans - Brukaren trivs med sina assistenter, lägeskommun andel (%)	K	2026
U28639	Brukarbedömning Personlig assistans - Brukaren trivs ibland med sina assistenter, andel (%)	K	-
U28640	Brukarbedömning Personlig assistans - Brukaren trivs inte med sina assistenter, lägeskommun, andel (%) (-2024)	K	-
U28641	Brukarbedömning gruppbostad LSS - All personal förstår brukaren, lägeskommun, andel (%)	K	2026
U28642	Brukarbedömning gruppbostad LSS - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28643	Brukarbedömning gruppbostad LSS - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28644	Brukarbedömning servicebostad LSS - All personal  förstår brukaren, lägeskommun, andel (%)	K	2026
U28645	Brukarbedömning servicebostad LSS - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28646	Brukarbedömning servicebostad LSS - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28647	Brukarbedömning daglig verksamhet LSS - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28648	Brukarbedömning daglig verksamhet LSS - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28649	Brukarbedömning  boende särskild service SoL - All personal förstår brukaren, lägeskommun, andel (%)	K	2026
U28650	Brukarbedömning  boende särskild service SoL - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28651	Brukarbedömning  boende särskild service SoL - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28652	Brukarbedömning boendestöd SoL - All personal förstår brukaren, lägeskommun, andel (%)	K	2026
U28653	Brukarbedömning boendestöd SoL - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28654	Brukarbedömning boendestöd SoL - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28655	Brukarbedömning sysselsättning SoL - All personal förstår brukaren, lägeskommun, andel (%)	K	2026
U28656	Brukarbedömning sysselsättning SoL - Några i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28657	Brukarbedömning sysselsättning SoL - Ingen i personalen förstår brukaren, lägeskommun, andel (%) (-2024)	K	-
U28658	Brukarbedömning daglig verksamhet LSS - All personal förstår brukaren, lägeskommun, andel (%)	K	2026
U28663	Brukarbedömning boende LSS totalt - Brukaren får bestämma om saker som är viktiga hemma, lägeskommun, andel (%)	K	2026
U28690	Genomfört individbaserad systematisk uppföljning av målgruppens problem och/eller behov inom socialpsykiatri (Ja=1, Nej=0) (-2023)	K	-
U28691	Genomfört individbaserad systematisk uppföljning av verksamhetens stöd och/eller insatser till enskilda inom socialpsykiatri (Ja=1, Nej=0) (-2023)	K	-
U28692	Genomfört individbaserad systematisk uppföljning av stöd och insatsers resultat för de enskilda inom socialpsykiatri (Ja=1, Nej=0) (-2023)	K	-
U28900	Effektivitetsindex LSS boende och daglig verksamhet	K	2025
U30200	Medarbetarengagemang (HME) individ- och familjeomsorg - Totalindex	K	-
U30201	Medarbetarengagemang (HME) individ- och familjeomsorg - Motivationsindex	K	-
U30202	Medarbetarengagemang (HME) individ- och familjeomsorg - Ledarskapsindex	K	-
U30203	Medarbetarengagemang (HME) individ- och familjeomsorg - Styrningsindex	K	-
U30300	HME individ- och familjeomsorg, index för påståendet Mitt arbete känns meningsfullt.	K	-
U30301	HME individ- och familjeomsorg, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	K	-
U30302	HME individ- och familjeomsorg, index för påståendet Jag ser fram emot att gå till arbetet.	K	-
U30303	HME individ- och familjeomsorg, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	K	-
U30304	HME individ- och familjeomsorg, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	K	-
U30305	HME individ- och familjeomsorg, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	K	-
U30306	HME individ- och familjeomsorg, index för påståendet Jag är insatt i min arbetsplats mål.	K	-
U30307	HME individ- och familjeomsorg, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	K	-
U30308	HME individ- och familjeomsorg, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	K	-
U30341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet familjerätt, (Ja=1, Nej=0)	K	2026
U30426	Uppsökande verksamhet för akut hemlösa, (Ja=1, Nej=2)	K	2026
U30427	Uppsökande verksamhet för de som riskerar förlora sitt boende, (Ja=1, Nej=2)	K	2026
U30446	Bostadsmarknadsläge i kommunen totalt, (Överskott=2, Balans=1, Underskott=0)	K	2026
U30447	Brukarbedömning individ- och familjeomsorg totalt  - få kontakt, andel (%)	K	2026
U30448	Brukarbedömning individ- och familjeomsorg totalt  - tydlig information, andel (%)	K	2026
U30449	Brukarbedömning individ- och familjeomsorg totalt  - visar förståelse, andel (%)	K	2026
U30450	Brukarbedömning individ- och familjeomsorg totalt  - inflytande, andel (%)	K	2026
U30451	Brukarbedömning individ- och familjeomsorg totalt  - påverka hjälp, andel (%)	K	2026
U30452	Brukarbedömning individ- och familjeomsorg totalt  - helhetssyn, andel (%)	K	2026
U30453	Brukarbedömning individ- och familjeomsorg totalt  - förbättrad situation, andel (%)	K	2026
U30456	Bostadsmarknadsläget i kommunen, särskilt boende äldre (Överskott=2, Balans=1, Underskott=0)	K	2026
U30457	Bostadsmarknadsläget i kommunen, studenter, (Överskott=2, Balans=1, Underskott=0)	K	2026
U30458	Bostadsmarknadsläget i kommunen, personer med funktionsnedsättning, (Överskott=2, Balans=1, Underskott=0)	K	2026
U30460	Bostadsmarknadsläget i kommunen, ungdomar, (Överskott=2, Balans=1, Underskott=0)	K	2026
U30461	Bostadsmarknadsläget i kommunen, självbosatta nyanlända, (Överskott=2, Balans=1, Underskott=0)	K	2026
U30464	Kommunen tar emot anvisade nyanlända, (Ja=1, Nej=0)	K	2026
U30465	Kommunen har goda möjligheter att erbjuda anvisade nyanlända bostad, (Ja=1, Nej=0)	K	2026
U30750	Vuxna (18+) som aktualiserats i individ- och familjeomsorgen p.g.a. utsatthet för våld i nära relation/hedersrelaterat våld, antal/10 000 vuxna invånare	K	2025
U30751	Vuxna (18+) som fått minst en insats från individ- och familjeomsorgen p.g.a. utsatthet för våld i nära relation/hedersrelaterat våld, antal/10 000 vuxna invånare	K	2025
U30752	Vuxna (18+) som fått insats från individ- och familjeomsorgen p.g.a. utsatthet för våld i nära relation/hedersrelaterat våld, där ärendet avslutats för att det övergripande målet med insatserna har nåtts helt eller delvis, antal/10 000 vuxna invånare	K	2025
U30900	Brukarbedömning individ- och familjeomsorg totalt, svarsfrekvens (%)	K	2026
U30901	Brukarbedömning individ- och familjeomsorg totalt, antal svar	K	2026
U31001	Utbetalt ekonomiskt bistånd (enl SoS inkl flyktinghushåll), kr/inv	K	2025
U31002	Resursindex ekonomiskt bistånd	K	2025
U31003	Strukturjusterad nettokostnad ekonomiskt bistånd, kr/inv	K	2025
U31004	Modellberäknad nettokostnad ekonomiskt bistånd, kr/inv	K	2025
U31341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet ekonomiskt bistånd, (Ja=1, Nej=0)	K	2026
U31401	Kvalitetsindex ekonomiskt bistånd	K	2025
U31402	Väntetid i antal dagar från ansökan vid nybesök till beslut inom försörjningsstöd, medelvärde	K	-
U31403	Väntetid i antal dagar från ansökan vid nybesök till beslut inom försörjningsstöd, median	K	-
U31404	Handläggare inom ekonomiskt bistånd som har socionomexamen, andel (%)	K	2026
U31462	Ej återaktualiserade vuxna personer med försörjningsstöd ett år efter avslutat försörjningsstöd, andel (%) (- 2024)	K	-
U31463	Väntetid i antal dagar från ansökan vid nybesök till beslut inom försörjningsstöd, väntat längre än 14 dagar (%). (- 2024)	K	-
U31500	Brukarbedömning ekonomiskt bistånd IFO  - få kontakt, andel (%)	K	2026
U31501	Brukarbedömning ekonomiskt bistånd IFO  - tydlig information, andel (%)	K	2026
U31502	Brukarbedömning ekonomiskt bistånd IFO  - visar förståelse, andel (%)	K	2026
U31503	Brukarbedömning ekonomiskt bistånd IFO  - inflytande, andel (%)	K	2026
U31504	Brukarbedömning ekonomiskt bistånd IFO  - påverka hjälp, andel (%)	K	2026
U31505	Brukarbedömning ekonomiskt bistånd IFO  - helhetssyn, andel (%)	K	2026
U31506	Brukarbedömning ekonomiskt bistånd IFO  - förbättrad situation, andel (%)	K	2026
U31801	Vuxna biståndsmottagare (18+ år) med mycket långvarigt ekonomiskt bistånd, andel (%) av biståndsmottagare 18+ år	K	2025
U31803	Barn i befolkningen som ingår i familjer med ekonomiskt bistånd, andel (%)	K	2025
U31804	Unga vuxna med ekonomiskt bistånd, andel (%) av invånare 18-24 år	K	2025
U31809	Barn i befolkningen som ingår i familjer med långvarigt ekonomiskt bistånd, andel (%)	K	2025
U31900	Socioekonomisk sorteringsnyckel, (skala 1-8, 1=låg risk, 8 = hög risk).	K	2026
U31902	Brukarbedömning ekonomiskt bistånd IFO, svarsfrekvens (%)	K	2026
U31903	Brukarbedömning ekonomiskt bistånd IFO, antal svar	K	2026
U31904	Effektivitetsindex ekonomiskt bistånd	K	2025
U33341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet barn och unga, (Ja=1, Nej=0)	K	2026
U33401	Utredningstid i antal dagar från påbörjad utredning till avslutad utredning inom barn och ungdom 0-20 år, medelvärde	K	-
U33402	Utredningstid i antal dagar från påbörjad utredning till avslutad utredning inom barn och ungdom 0-20 år, median (- 2024)	K	-
U33575	Brukarbedömning barn- och ungdomsvård IFO - få kontakt, andel (%)	K	2026
U33576	Brukarbedömning barn- och ungdomsvård IFO - tydlig information, andel (%)	K	2026
U33577	Brukarbedömning barn- och ungdomsvård IFO - visar förståelse, andel (%)	K	2026
U33578	Brukarbedömning barn- och ungdomsvård IFO - inflytande, andel (%)	K	2026
U33579	Brukarbedömning barn- och ungdomsvård IFO - påverka hjälp, andel (%)	K	2026
U33580	Brukarbedömning barn- och ungdomsvård IFO  - helhetssyn, andel (%)	K	2026
U33581	Brukarbedömning barn- och ungdomsvård IFO - förbättrad situation, andel (%)	K	2026
U33589	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - få kontakt, andel (%)	K	2026
U33590	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - tydlig information, andel (%)	K	2026
U33591	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - visar förståelse, andel (%)	K	2026
U33592	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - inflytande, andel (%)	K	2026
U33593	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - påverka hjälp, andel (%)	K	2026
U33594	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - helhetssyn, andel (%)	K	2026
U33595	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare  - förbättrad situation, andel (%)	K	2026
U33620	Enskildas uppfattning används till att utveckla myndighetsutövningen inom LSS.  (Ja=1, Nej=0)	K	-
U33621	Enskildas uppfattning används till att utveckla LSS - verksamheter. (Ja=1, Nej=0)	K	-
U33750	Brukarbedömning familjehem - Brukaren får det stöd hen behöver för att det ska ska fungera i skola/praktik/arbete, andel (%)	K	2026
U33751	Brukarbedömning familjehem - Brukaren får den hjälp hen behöver med läxor, andel (%)	K	2026
U33752	Brukarbedömning familjehem - Brukaren får det stöd hen behöver för att ha en bra fritid, andel (%)	K	2026
U33753	Brukarbedömning familjehem - Brukaren får vara med och bestämma om saker som är viktiga för hen i boendet, andel (%)	K	2026
U33754	Brukarbedömning familjehem - Det finns någon vuxen brukaren kan prata med vid behov, andel (%)	K	2026
U33755	Brukarbedömning familjehem - Brukaren känner sig trygg i boendet, andel (%)	K	2026
U33756	Brukarbedömning familjehem - Brukaren vet vem hen ska kontakta om något är dåligt i boendet, andel (%)	K	2026
U33757	Brukarbedömning familjehem - Brukaren får den hjälp hen behöver för att hålla kontakt med familj och vänner, andel (%)	K	2026
U33758	Brukarbedömning  familjehem - Brukaren får det stöd hen behöver för att må bra, andel (%)	K	2026
U33759	Brukarbedömning familjehem - Brukaren får den hjälp hen behöver för att få kontakt med sjukvård, andel (%)	K	2026
U33760	Brukarbedömning familjehem - Brukaren trivs i boendet, andel (%)	K	2026
U33761	Brukarbedömning familjehem - Brukaren får stöd att planera sin framtid, andel (%)	K	2026
U33762	Brukarbedömning stödboende - Brukaren får det stöd hen behöver för att det ska ska fungera i skola/praktik/arbete, andel (%)	K	2026
U33763	Brukarbedömning stödboende - Brukaren får den hjälp hen behöver med läxor, andel (%)	K	2026
U33764	Brukarbedömning stödboende - Brukaren får det stöd hen behöver för att ha en bra fritid, andel (%)	K	2026
U33765	Brukarbedömning stödboende - Brukaren får vara med och bestämma om saker som är viktiga för hen i boendet, andel (%)	K	2026
U33766	Brukarbedömning stödboende - Det finns någon vuxen brukaren kan prata med vid behov, andel (%)	K	2026
U33767	Brukarbedömning stödboende - Brukaren känner sig trygg i boendet, andel (%)	K	2026
U33768	Brukarbedömning stödboende - Brukaren vet vem hen ska kontakta om något är dåligt i boendet, andel (%)	K	2026
U33769	Brukarbedömning stödboende - Brukaren får den hjälp hen behöver för att hålla kontakt med familj och vänner, andel (%)	K	2026
U33770	Brukarbedömning stödboende - Brukaren får det stöd hen behöver för att må bra, andel (%)	K	2026
U33771	Brukarbedömning stödboende - Brukaren får den hjälp hen behöver för att få kontakt med sjukvård, andel (%)	K	2026
U33772	Brukarbedömning stödboende - Brukaren trivs i boendet, andel (%)	K	2026
U33773	Brukarbedömning stödboende - Brukaren får stöd att planera sin framtid, andel (%)	K	2026
U33774	Brukarbedömning HVB - Brukaren får det stöd hen behöver för att det ska ska fungera i skola/praktik/arbete, andel (%)	K	2026
U33775	Brukarbedömning HVB - Brukaren får den hjälp hen behöver med läxor, andel (%)	K	2026
U33776	Brukarbedömning HVB - Brukaren får det stöd hen behöver för att ha en bra fritid, andel (%)	K	2026
U33777	Brukarbedömning HVB - Brukaren får vara med och bestämma om saker som är viktiga för hen i boendet, andel (%)	K	2026
U33778	Brukarbedömning HVB - Det finns någon vuxen brukaren kan prata med vid behov, andel (%)	K	2026
U33779	Brukarbedömning HVB - Brukaren känner sig trygg i boendet, andel (%)	K	2026
U33780	Brukarbedömning HVB - Brukaren vet vem hen ska kontakta om något är dåligt i boendet, andel (%)	K	2026
U33781	Brukarbedömning HVB - Brukaren får den hjälp hen behöver för att hålla kontakt med familj och vänner, andel (%)	K	2026
U33782	Brukarbedömning HVB - Brukaren får det stöd hen behöver för att må bra, andel (%)	K	2026
U33783	Brukarbedömning HVB - Brukaren får den hjälp hen behöver för att få kontakt med sjukvård, andel (%)	K	2026
U33784	Brukarbedömning HVB - Brukaren trivs i boendet, andel (%)	K	2026
U33785	Brukarbedömning HVB - Brukaren får stöd att planera sin framtid, andel (%)	K	2026
U33786	Brukarbedömning familjehem, svarsfrekvens, andel (%)	K	2026
U33787	Brukarbedömning familjehem, antal svar	K	2026
U33788	Brukarbedömning stödboende, svarsfrekvens, andel (%)	K	2026
U33789	Brukarbedömning stödboende, antal svar	K	2026
U33790	Brukarbedömning HVB, svarsfrekvens, andel (%)	K	2026
U33791	Brukarbedömning HVB, antal svar	K	2026
U33816	Handläggare med socionomutbildning och minst ett års erfarenhet av barnutredningar, andel (%)	K	2025
U33900	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare, svarsfrekvens (%)	K	2026
U33901	Brukarbedömning barn- och ungdomsvård IFO, svarsfrekvens (%)	K	2026
U33903	Brukarbedömning barn- och ungdomsvård IFO vårdnadshavare, antal svar	K	2026
U33904	Brukarbedömning barn- och ungdomsvård IFO, antal svar	K	2026
U33950	Brukarbedömning daglig verksamhet LSS, lägeskommun, svarsfrekvens (%)	K	2026
U33951	Brukarbedömning boende särskild service SoL, lägeskommun, svarsfrekvens (%)	K	2026
U33952	Brukarbedömning sysselsättning SoL, lägeskommun, svarsfrekvens (%)	K	2026
U33953	Brukarbedömning boendestöd SoL, lägeskommun, svarsfrekvens (%)	K	2026
U33954	Brukarbedömning gruppbostad LSS, lägeskommun, svarsfrekvens (%)	K	2026
U33955	Brukarbedömning Personlig assistans, lägeskommun, svarsfrekvens (%)	K	2026
U33956	Brukarbedömning servicebostad LSS, lägeskommun, svarsfrekvens (%)	K	2026
U33960	Brukarbedömning daglig verksamhet LSS, lägeskommun, antal svar	K	2026
U33961	Brukarbedömning boende särskild service SoL, lägeskommun, antal svar	K	2026
U33962	Brukarbedömning sysselsättning SoL, lägeskommun, antal svar	K	2026
U33963	Brukarbedömning boendestöd SoL, lägeskommun, antal svar	K	2026
U33964	Brukarbedömning gruppbostad LSS, lägeskommun, antal svar	K	2026
U33965	Brukarbedömning Personlig assistans, lägeskommun, antal svar	K	2026
U33966	Brukarbedömning servicebostad LSS, lägeskommun, antal svar	K	2026
U33967	Brukarbedömning boendestöd SoL - Brukaren trivs med sina boendestödjare, lägeskommun, andel (%)	K	2026
U33968	Brukarbedömning boendestöd SoL - Brukaren trivs ibland med sina boendestödjare, lägeskommun, andel (%) (-2024)	K	-
U33969	Brukarbedömning boendestöd SoL - Brukaren trivs inte med sina boendestödjare, lägeskommun, andel (%) (-2024)	K	-
U35341	Kommunen har infört en eller flera automatiserade handläggnings- eller administrativa processer inom verksamhetsområdet vuxna med missbruksproblem, (Ja=1, Nej=0)	K	2026
U35400	Utredningstid i antal dagar från påbörjad utredning till avslutad utredning för vuxna med missbruksproblem 21+, medelvärde (- 2024)	K	-
U35401	Utredningstid i antal dagar från påbörjad utredning till avslutad utredning för vuxna med missbruksproblem 21+, median (- 2024)	K	-
U35537	Tid till första personliga besök (nybesök) inom skadligt bruk- och beroendevården, (Inom 3 dagar=3, 4-7 dagar=2, 8-14 dagar=1, mer än 15 dagar=0).	K	2026
U35538	Brukarbedömning missbruksvård IFO  - få kontakt, andel (%)	K	2026
U35539	Brukarbedömning missbruksvård IFO  - tydlig information, andel (%)	K	2026
U35540	Brukarbedömning missbruksvård IFO  - visar förståelse, andel (%)	K	2026
U35541	Brukarbedömning missbruksvård IFO  - inflytande, andel (%)	K	2026
U35542	Brukarbedömning missbruksvård IFO  - påverka hjälp, andel (%)	K	2026
U35543	Brukarbedömning missbruksvård IFO  - helhetssyn, andel (%)	K	2026
U35544	Brukarbedömning missbruksvård IFO  - förbättrad situation, andel (%)	K	2026
U35548	Handläggare inom skadligt bruk- och beroendevården som har socionomexamen, andel (%)	K	2026
U35900	Brukarbedömning missbruksvård IFO, svarsfrekvens (%)	K	2026
U35901	Brukarbedömning missbruksvård IFO, antal svar	K	2026
U37001	Ställföreträdaruppdrag där arvode inte tas ut, andel (%)	K	2025
U37002	Invånare som har ställföreträdarskap, antal/1000 invånare	K	2025
U37003	Ensamkommande barn som har god man, antal/1000 invånare	K	2025
U37004	Invånare som har förvaltare, antal/1000 invånare	K	2025
U37005	Invånare, 0-18 år, som är registrerade hos överförmyndare, antal per 1000 invånare	K	2025
U37006	Invånare som har god man, antal/1000 invånare	K	2025
U37008	Ställföreträdarskap per ställföreträdare, antal	K	2025
U37009	Kostnad för överförmyndare/-nämnd, kr/ställföreträdarskap	K	2025
U40000	Årsarbetare, anställda som jobbar med arbetsmarknadsfrågor, antal	K	-
U40003	Arbetstid inom arbetsmarknadsverksamheten som går till 1. Arbetsprövning, -träning, andel (%) (-2023)	K	-
U40004	Arbetstid inom arbetsmarknadsverksamheten som går till 2. Jobbsökaraktivitet inkl. coachning, andel (%) (-2023)	K	-
U40005	Arbetstid inom arbetsmarknadsverksamheten som går till 3. Kurs, andel (%) (-2023)	K	-
U40006	Arbetstid inom arbetsmarknadsverksamheten som går till 4. Matchning, andel (%) (-2023)	K	-
U40007	Arbetstid inom arbetsmarknadsverksamheten som går till 5a. Praktik hos offentlig arbetsgivare, andel (%) (-2023)	K	-
U40008	Arbetstid inom arbetsmarknadsverksamheten som går till 5b. Praktik hos privata arbetsgivare, andel (%) (-2023)	K	-
U40009	Arbetstid inom arbetsmarknadsverksamheten som går till 6. Studie-, yrkes- och arbetsvägledning , andel (%) (-2023)	K	-
U40010	Arbetstid inom arbetsmarknadsverksamheten som går till 7. Kommunala arbetsmarknadsanställningar, andel (%) (-2023)	K	-
U40011	Arbetstid inom arbetsmarknadsverksamheten som går till 8. Feriejobb/praktik, andel (%) (-2023)	K	-
U40012	Arbetstid inom arbetsmarknadsverksamheten som går till 9. Administrativt stöd och verksamhetsutveckling, andel (%) (-2023)	K	-
U40013	Arbetstid inom arbetsmarknadsverksamheten som går till Övriga insatser, andel (%) (-2023)	K	-
U40014	Kostnad köp av externa tjänster kommunala arbetsmarknadsverksamheten, kr (-2023)	K	-
U40403	Årsarbetare, kommunala arbetsmarknadsanställningar, antal	K	-
U40406	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som A. Börjat arbeta, andel (%)	K	-
U40409	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som B. Börjat studera, andel (%)	K	-
U40412	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som C. Överförts till annan myndighet, andel (%)	K	-
U40415	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som D. Slutförda uppdrag, andel (%)	K	-
U40418	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som E. Övrigt, andel (%)	K	-
U40450	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som A. Börjat arbeta, antal	K	-
U40451	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som B. Börjat studera, antal	K	-
U40452	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som C. Överförts till annan myndighet, antal	K	-
U40453	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som D. Slutförda uppdrag, antal	K	-
U40454	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som E. Övrigt, antal	K	-
U40455	Resultat vid avslut i kommunens arbetsmarknadsverksamhet, deltagare som börjat arbeta eller studera, andel (%)	K	-
U40460	Deltagarbedömning Finsam - Stöd är till stor nytta, andel (%)	K	2026
U40461	Deltagarbedömning Finsam - Får vara med och bestämma, andel (%)	K	2026
U40462	Deltagarbedömning Finsam - Stödet har fått den ta den tid som behövts för deltagaren, andel (%)	K	2026
U40463	Deltagarbedömning Finsam - Stöttning i kontakt med myndigheter och vården, andel (%) (-2023)	K	-
U40464	Deltagarbedömning Finsam - Stödet har hjälpt deltagaren att hantera sin situation, andel (%)	K	2026
U40465	Deltagarbedömning Finsam - Mer redo att arbeta eller studera, andel (%)	K	2026
U40466	Deltagarbedömning Finsam - Personalen tar tillvara på deltagarens erfarenheter, andel (%)	K	2026
U40467	Deltagarbedömning Finsam - Planering  finns för vad som ska hända efter insats, andel (%)	K	2026
U40468	Deltagarbedömning Finsam - Tillräckling planering  finns för vad som ska hända efter insats, andel (%)	K	2026
U40469	Deltagarbedömning Finsam - Det som planerats påbörjas inom rimlig tid, andel (%)	K	2026
U40800	Deltagare i kommunala arbetsmarknadsåtgärder, antal	K	-
U40803	Deltagare som har anvisats till kommunala arbetsmarknadsåtgärder, antal	K	-
U40806	Anvisningar inom arbetsmarknadsverksamheten som initierats av arbetsförmedlingen, andel (%)	K	-
U40807	Anvisningar inom arbetsmarknadsverksamheten som initierats av försäkringskassan, andel (%)	K	-
U40808	Anvisningar inom arbetsmarknadsverksamheten som initierats av individen själv, andel (%)	K	-
U40809	Anvisningar inom arbetsmarknadsverksamheten som initierats av socialtjänst, andel (%)	K	-
U40810	Anvisningar inom arbetsmarknadsverksamheten som initierats av övrigt/annan instans, andel (%)	K	-
U40811	Deltagare inom arbetsmarknadsverksamheten som är 24 år eller yngre, andel (%)	K	-
U40812	Deltagare inom arbetsmarknadsverksamheten som är 25 år eller äldre, andel (%)	K	-
U40813	Deltagare inom arbetsmarknadsverksamheten med eftergymnasial utbildning, andel (%)	K	-
U40814	Deltagare inom arbetsmarknadsverksamheten med gymnasial utbildning, andel (%)	K	-
U40815	Deltagare inom arbetsmarknadsverksamheten med högst grundskoleutbildning, andel (%)	K	-
U40816	Deltagare inom arbetsmarknadsverksamheten med icke fullgjord grundskoleutbildning, andel (%)	K	-
U40817	Deltagare inom arbetsmarknadsverksamheten som varit utan arbete kortare än 6 månader innan inskrivning, andel (%)	K	-
U40818	Deltagare inom arbetsmarknadsverksamheten som varit utan arbete mellan 6-24 månader innan inskrivning, andel (%)	K	-
U40819	Deltagare inom arbetsmarknadsverksamheten som varit utan arbete mer än 24 månader innan inskrivning, andel (%)	K	-
U40820	Deltagare inom arbetsmarknadsverksamheten vars insatser avslutats inom 3 månader, andel (%) (-2023)	K	-
U40821	Deltagare inom arbetsmarknadsverksamheten vars insatser har avslutats efter mellan 3 och 6 månader, andel (%) (-2023)	K	-
U40822	Deltagare inom arbetsmarknadsverksamheten vars insatser har avslutats efter mellan 6 och 24 månader, andel (%)	K	-
U40823	Deltagare inom arbetsmarknadsverksamheten vars insatser har avslutats efter mer än 24 månader, andel (%)	K	-
U40824	Anvisningar inom arbetsmarknadsverksamheten som initierats av arbetsförmedlingen, i samverkan med socialtjänsten, andel (%) (-2023)	K	-
U40825	Inget annat ansvarsområde ingår i förvaltningen för arbetsmarknadsinsatserna  (Ja = 1, Nej = 0) (-2023)	K	-
U40826	Ekonomiskt bistånd ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)	K	-
U40827	Deltagare inom arbetsmarknadsverksamheten med ej validerad utbildning, andel (%)	K	-
U40828	Vuxenutbildning ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)	K	-
U40829	Integration/mottagande av nyanlända ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)	K	-
U40830	Gymnasieskolan ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)	K	-
U40831	Kommunens aktivitetsansvar ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)	K	-
U40832	Näringslivsutveckling ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)	K	-
U40833	Andra ansvarsområden ingår i samma förvaltning som arbetsmarknadsinsatserna (Ja = 1, Nej = 0) (-2023)	K	-
U40835	Deltagare inom arbetsmarknadsverksamheten som saknar uppgift om hur länge de varit utan arbete innan inskrivning, andel (%)	K	-
U50103	Vegetariskt alternativ i kommunala grundskolor för alla barn vid lunch, andel (%)	K	2027
U50104	Personal i måltidsverksamheten i kommunala grundskolor med storköksutbildning, kockutbildning eller liknande, andel (%)	K	2027
U50105	Personal i måltidsverksamheten i kommunala särskilda boenden med storköksutbildning, kockutbildning eller liknande, andel (%)	K	2027
U50106	Personal i måltidsverksamheten i kommunala förskolor med storköksutbildning, kockutbildning eller liknande, andel (%)	K	2027
U50107	Särskilda boenden som serverar minst 6 måltider per dygn, andel (%)	K	2027
U50120	Tallrikssvinn, förskola, gram/ätande	K	2025
U50121	Serveringssvinn, förskola, gram/ätande	K	2025
U50122	Måltidssvinn, förskola, gram/ätande	K	2025
U50123	Tallrikssvinn, grundskola, gram/ätande	K	2025
U50124	Serveringssvinn, grundskola, gram/ätande	K	2025
U50125	Måltidssvinn, grundskola, gram/ätande	K	2025
U50126	Tallrikssvinn, gymnasieskola, gram/ätande	K	2025
U50127	Serveringssvinn, gymnasieskola, gram/ätande	K	2025
U50128	Måltidssvinn, gymnasieskola, gram/ätande	K	2025
U60000	Total investeringsutgift (netto) för byggnader och mark, mkr	L	2025
U60001	Total investeringsutgift byggnader och mark, kr/inv	L	2025
U60002	Kostnad inhyrda lokaler, kr/kvm BRA	L	2025
U60003	Hyresintäkter egna lokaler, kr/kvm BRA	L	2025
U60005	Kostnad värmeförbrukning lokaler, kr/kvm BRA	L	2025
U60006	Kostnad elförbrukning lokaler, kr/kvm BRA	L	2025
U60007	Kostnad vattenförbrukning lokaler, kr/kvm BRA	L	2025
U60008	Kostnad värme, el, fjärrkyla och vatten i lokaler, kr/kvm BRA	L	2025
U60009	Kostnad planerat underhåll lokaler, kr/kvm BRA	L	2025
U60010	Kostnad förvaltning av ägda lokaler, kr/kvm BRA	L	2025
U60011	Kapitalkostnad lokaler, kr/inv	L	2025
U60013	Kapitalkostnad lokaler, kr/kvm BRA	L	2025
U60014	Total driftskostnad och kapitalkostnad lokaler, kr/kvm BRA	L	2025
U60015	Kyla lokaler, egenproducerad, kWh/kvm BRA Källa: Egna uppgifter i regionen.	L	2025
U60016	El lokaler, externt producerad, kWh/kvm BRA  Källa: Egna uppgifter i regionen.	L	2025
U60032	Snitt bokfört värde egna lokaler, kr/kvm BRA	L	2025
U60036	Kostnad tillsyn och skötsel, kr/kvm BRA	L	2025
U60037	Kostnad felavhjälpande underhåll (FAUH), kr/kvm BRA	L	2025
U60038	Kostnad tillsyn, skötsel och felavhjälpande underhåll, kr/kvm BRA	L	2025
U60039	Kostnad utemiljö, kr/kvm BRA	L	2025
U60040	Kostnader för försäkringar och försäkringsskador, kr/kvm BRA	L	2025
U60041	Kostnad fjärrkyla lokaler, kr/kvm BRA	L	2025
U60042	Driftkostnad för lokaler, kr/kvm BRA	L	2025
U60043	Driftkostnad för lokaler inklusive FAUH, kr/kvm BRA	L	2025
U60044	Driftkostnad för lokaler inklusive FAUH + PU, kr/kvm BRA	L	2025
U60045	Driftkostnad, underhåll (FAUH+PU) och kapitalkostnad lokaler, kr/kvm BRA	L	2025
U60200	Medarbetarengagemang (HME) totalt regionen - Totalindex	L	-
U60201	Medarbetarengagemang (HME) totalt regionen - Motivationsindex	L	-
U60202	Medarbetarengagemang (HME) totalt regionen - Ledarskapsindex	L	-
U60203	Medarbetarengagemang (HME) totalt regionen - Styrningsindex	L	-
U60300	HME regionen totalt, index för påståendet Mitt arbete känns meningsfullt.	L	-
U60301	HME regionen totalt, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	L	-
U60302	HME regionen totalt, index för påståendet Jag ser fram emot att gå till arbetet.	L	-
U60303	HME regionen totalt, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	L	-
U60304	HME regionen totalt, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	L	-
U60305	HME regionen totalt, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	L	-
U60306	HME regionen totalt, index för påståendet Jag är insatt i min arbetsplats mål.	L	-
U60307	HME regionen totalt, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	L	-
U60308	HME regionen totalt, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	L	-
U60446	Invånare 16-84 år med svåra besvär av ängslan, oro eller ångest, andel (%)	L	2026
U60452	El lokaler, köpt, kWh/kvm BRA  Källa: Egna uppgifter i regionen	L	2025
U60470	Värme lokaler, köpt (levererad) (ej normalårskorrigerad) kWh/kvm BRA	L	2025
U60471	Vattenförbrukning lokaler, kbm/kvm BRA	L	2025
U60494	Ekologiska livsmedel i regionens verksamhet, andel (%)	L	2025
U60495	Energianvändning i verksamhetslokaler, summerad, kWh/kvm BRA	L	2025
U60496	Förnybara drivmedel i kollektivtrafiken, andel (%)	L	2025
U60497	Klimatpåverkan från medicinska gaser, kg CO2-ekv/inv	L	2025
U60531	Brukarbedömning hemtjänst äldreomsorg - besväras av ensamhet region, andel (%)	L	2026
U60546	Kvinnor som röker eller snusar vid graviditetsvecka 8-12, andel (%)	L	2025
U60551	Avfallsåtervinning i sjukhusfastigheter, andel (%)	L	2025
U60553	Värme lokaler, egenproducerad (ej korrigerad), kWh/kvm BRA	L	2025
U60554	Värme lokaler, köpt (levererad) (normalårskorrigerad med nytt normalår 2022), kWh/kvm BRA	L	2025
U60555	El lokaler, egenproducerad inom fastigheten, kWh/kvm BRA	L	2025
U60557	Värme lokaler, egenproducerad (normalårskorrigerad), kWh/kvm BRA	L	2025
U60704	Deltagartillfällen i idrottsföreningar region, antal/inv 13-20 år	L	2025
U60800	Area egna lokaler, kvm BRA	L	2025
U60801	Area externt uthyrda lokaler, kvm BRA	L	2025
U60802	Area egna lokaler, kvm BRA/inv	L	2025
U60803	Vakansgrad egna lokaler, procent kvm BRA (%)	L	2025
U60808	Area inhyrda lokaler och bostäder, kvm BRA	L	2025
U60810	Area inhyrda lokaler och bostäder, kvm BRA/inv	L	2025
U60823	Förbrukning av fjärrkyla, kWh/kvm BRA	L	2025
U60977	Medarbetarengagemang (HME) totalt regionen - Motivationsindex, senaste mätning på tre år	L	-
U60978	Medarbetarengagemang (HME) totalt regionen- Styrningsindex, senaste mätning på tre år	L	-
U60979	Medarbetarengagemang (HME) totalt regionen- Totalindex, senaste mätning på tre år	L	-
U60980	Medarbetarengagemang (HME) totalt regionen - Ledarskapsindex, senaste mätning på tre år	L	-
U61400	Klamydiafall i åldern 15-24 år, antal/100 000	L	2026
U61547	Osäkerhetstal - Svåra besvär av ängslan, oro eller ångest, andel (%)	L	2026
U61900	Socioekonomiska förutsättningar, index (max = 100)	A	2025
U61901	Levnadsvanor i befolkningen, index (max = 100)	A	2026
U61902	Låg förekomst av folksjukdomar, index (max = 100)	L	2025
U61904	Läkarbesök i primärvården, produktionsperspektiv, andel (%) av totalt antal läkarbesök	L	2025
U65700	Förstagångsväljare som röstade i senaste regionfullmäktigevalet, andel (%)	A	2026
U65860	Inrikes födda som röstade i senaste kommunfullmäktigevalet, andel (%)	K	2026
U65861	Utrikes födda som röstade i senaste kommunfullmäktigevalet, andel (%)	K	2026
U65862	Invånare med förgymnasial utbilning som röstade i senaste kommunfullmäktigevalet, andel (%)	K	2026
U65863	Invånare med gymnasial utbilning som röstade i senaste kommunfullmäktigevalet, andel (%)	K	2026
U65864	Invånare med eftergymnasial utbilning som röstade i senaste kommunfullmäktigevalet, andel (%)	K	2026
U65865	Invånare 18-29 år som röstade i senaste kommunfullmäktigevalet, andel (%)	K	2026
U65866	Invånare 30-49 år som röstade i senaste kommunfullmäktigevalet, andel (%)	K	2026
U65867	Invånare 50-64 år som röstade i senaste kommunfullmäktigevalet, andel (%)	K	2026
U65868	Invånare 65+ år som röstade i senaste kommunfullmäktigevalet, andel (%)	K	2026
U65869	Ej förstagångsväljare som röstade i senaste kommunfullmäktigevalet, andel (%)	K	2026
U70020	Strukturjusterad hälso- och sjukvårdskostnad, kr/inv	L	2025
U70200	Medarbetarengagemang (HME) hälso- och sjukvård totalt - Totalindex	L	-
U70201	Medarbetarengagemang (HME) hälso- och sjukvård totalt - Motivationsindex	L	-
U70202	Medarbetarengagemang (HME) hälso- och sjukvård totalt - Ledarskapsindex	L	-
U70203	Medarbetarengagemang (HME) hälso- och sjukvård totalt - Styrningsindex	L	-
U70418	Följsamhet till basala hygienrutiner och klädregler specialiserad somatisk slutenvård, andel (%) (-2023)	L	-
U70419	Följsamhet till basala hygienrutiner i hälso- och sjukvård totalt, andel (%) (-2023)	L	-
U70420	Följsamhet till basala klädregler i hälso- och sjukvård totalt, andel (%) (-2023)	L	-
U70425	Överbeläggningar i somatisk slutenvård, antal/100 disponibla vårdplatser	L	2025
U70445	Förtroende för att vård ges på lika villkor, andel (%)	L	2026
U70446	Förtroende för sjukhus, andel (%)	L	2026
U70447	Förtroende för sjukvården i sin helhet, andel (%)	L	2026
U70448	Rimlig väntetid till sjukhusvård, andel (%)	L	2026
U70449	Tillgång till den hälso- och sjukvård man behöver, andel (%)	L	2026
U70450	Rimlig väntetid till vård- eller hälsocentral, andel (%)	L	2026
U70451	Nydiagnostiserade bröstcancerfall som erbjudits kontaktsjuksköterska enligt dokumentation i journalen, andel (%)	L	2025
U70452	Bröstcancerfall där beslut om åtgärd är fattat vid multidisciplinär konferens, andel (%)	L	2025
U70453	Bröstcancerfall med fastställd diagnos innan operation bland patienter utan fjärrmetastaser vid diagnos, andel (%)	L	2025
U70457	Uppnådda målnivåer - Prostatacancer, andel (%) av 6 målnivåer	L	-
U70465	Multidisciplinär konferens vid prostatacancer med hög risk, andel (%)	L	2025
U70466	Kontaktsjuksköterska erbjuden vid nydiagnosticerad prostatacancer, andel (%)	L	2025
U70468	Kurativ behandling vid lokaliserad prostatacancer med hög risk, andel (%)	L	2025
U70470	Multidisciplinär konferens vid tjocktarmscancer, andel (%)	L	2025
U70471	Överlevnad vid tjocktarmscancer, 30 dagar efter akut operation, andel (%)	L	2025
U70472	Överlevnad vid tjocktarmscancer, 30 dagar efter planerad operation, andel (%)	L	2025
U70474	Multidisciplinär konferens vid ändtarmscancer, andel (%)	L	2025
U70475	Överlevnad vid ändtarmscancer, 30 dagar efter operation, andel (%)	L	2025
U70476	Blodsocker (HbA1c >70 mmol/mol) vid diabetes typ 1 - medicinklinik, andel (%)	L	2025
U70477	Blodsocker (HbA1c >70 mmol/mol) vid diabetes - primärvård, andel (%)	L	2025
U70478	Blodtryck < 140/85 mmHg vid diabetes typ 1 - medicinklinik, andel (%)	L	2025
U70479	Blodtryck < 140/85 mmHg vid diabetes typ 2 - primärvård, andel (%)	L	2025
U70480	Fotundersökning vid diabetes typ 1 - medicinklinik, andel (%)	L	2025
U70481	Fotundersökning vid diabetes - primärvård, andel (%)	L	2025
U70482	Ögonbottenundersökning vid diabetes typ 1 - medicinklinik, andel (%)	L	2025
U70483	Ögonbottenundersökning vid diabetes - primärvård, andel (%)	L	2025
U70484	Icke-rökare vid diabetes typ 1 - medicinklinik, andel (%)	L	2025
U70485	Icke-rökare vid diabetes - primärvård, andel (%)	L	2025
U70486	Måluppfyllelse för LDL-kolesterol efter hjärtinfarkt, andel (%)	L	2025
U70489	Multidisciplinär konferens vid lungcancer, andel (%)	L	2025
U70490	Användning av PET-DT inför kurativt syftande behandling vid lungcancer, andel (%)	L	2025
U70491	Palliativ kemoterapi vid lungcancer, andel (%)	L	2025
U70492	Reperfusionbehandling vid akut ischemisk stroke, andel (%)	L	2025
U70493	Trombolys inom 30 minuter vid stroke, andel (%)	L	2025
U70494	Vård på strokeenhet, andel (%)	L	2025
U70495	Strokeenhet som första vårdenhet vid stroke, andel (%)	L	2025
U70496	Bedömning av sväljförmåga vid akut stroke, andel (%)	L	2025
U70498	Rökstopp efter stroke, andel (%)	L	2025
U70500	Nöjdhet med rehabilitering 3 månader efter stroke, andel (%)	L	2025
U70501	Tillgodosedda behov av hjälp och stöd efter stroke, andel (%)	L	2025
U70502	Operation inom 14 dagar vid förträngning av halspulsådern, andel (%)	L	2025
U70503	Strokeenhet som första vårdenhet vid TIA, andel (%)	L	2025
U70504	Munhälsobedömning under sista levnadsveckan, andel (%)	L	2025
U70505	Smärtskattning under sista levnadsveckan, andel (%)	L	2025
U70506	Vidbehovsordination av ångestdämpande läkemedel i palliativ vård, andel (%)	L	2025
U70507	Brytpunktssamtal om övergång till palliativ vård för patienter i livets slutskede, andel (%)	L	2025
U70508	Patienter med astma som utfört spirometriundersökning, andel (%)	L	2025
U70509	Hälsostatus vid astma,  låg påverkan på hälsostatus (ACT ≥ 20) , andel (%)	L	2025
U70510	Regelbundna MR-kontroller vid MS, andel (%)	L	2025
U70511	Sjukdomsmodifierande behandling vid skovvist förlöpande MS, andel (%) - Målnivå = 90	L	2025
U70513	Patienter med större hjärtinfarkt som behandlats med akut öppnande av kranskärl (reperfusion) inom rekommenderad tid, andel (%)	L	2025
U70514	Patienter som behandlats med akut öppnande av kranskärl (reperfusion) vid större hjärtinfarkt (STEMI), andel (%)	L	2025
U70515	Vidbehovsordination av opioider i palliativ vård, andel (%)	L	2025
U70516	Frånvaro av trycksår av grad 2-4 hos avlidna, andel (%)	L	2025
U70530	Antikoagulantiabehandling vid förmaksflimmer och ischemisk stroke, andel (%)	L	2025
U71200	Medarbetarengagemang (HME) primärvård - Totalindex	L	-
U71201	Medarbetarengagemang (HME) primärvård - Motivationsindex	L	-
U71202	Medarbetarengagemang (HME) primärvård - Ledarskapsindex	L	-
U71203	Medarbetarengagemang (HME) primärvård - Styrningsindex	L	-
U71438	Dödlighet i hjärt- och kärlsjukdom bland personer med diabetes, antal/100 000 inv	L	-
U71451	Positivt helhetsintryck hos patienter som har besökt primärvården, index (-2024)	L	-
U71452	Patientupplevd kvalitet avseende emotionellt stöd i primärvården, index (-2024)	L	-
U71453	Patientupplevd kvalitet avseende delaktighet och involvering i primärvården, index (-2024)	L	-
U71454	Patientupplevd kvalitet avseende respekt och bemötande i primärvården, index (-2024)	L	-
U71455	Patientupplevd kvalitet avseende kontinuitet och koordinering i primärvården, index (-2024)	L	-
U71456	Patientupplevd kvalitet avseende information och kunskap i primärvården, index (-2024)	L	-
U71457	Patientupplevd kvalitet avseende tillgänglighet i primärvården, index (-2024)	L	-
U71458	Förtroende för vård-/hälsocentral, andel (%)	L	2026
U72200	Medarbetarengagemang (HME) specialiserad somatisk vård - Totalindex	L	-
U72201	Medarbetarengagemang (HME) specialiserad somatisk vård - Motivationsindex	L	-
U72202	Medarbetarengagemang (HME) specialiserad somatisk vård - Ledarskapsindex	L	-
U72203	Medarbetarengagemang (HME) specialiserad somatisk vård - Styrningsindex	L	-
U72430	Patienter i sluten vård med vårdrelaterad infektion, andel (%) (-2023)	L	-
U72552	Genomförda första besök inom 90 dagar i barn- och ungdomspsykiatrisk vård, andel (%)	L	2026
U72553	Patienter i somatisk slutenvård med tryckskada/trycksår, andel (%) (-2023)	L	-
U72554	Patienter i somatisk slutenvård med tryckskada/trycksår i kategori 2, 3 och/eller 4, andel (%) (-2023)	L	-
U72555	Patienter i riskzon för trycksår i somatisk slutenvård som har förebyggande eller behandlande madrass, andel (%) (-2023)	L	-
U74200	Medarbetarengagemang (HME) specialiserad psykiatrisk vård - Totalindex	L	-
U74201	Medarbetarengagemang (HME) specialiserad psykiatrisk vård - Motivationsindex	L	-
U74202	Medarbetarengagemang (HME) specialiserad psykiatrisk vård - Ledarskapsindex	L	-
U74203	Medarbetarengagemang (HME) specialiserad psykiatrisk vård - Styrningsindex	L	-
U74438	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam, (Ja=1, Nej=0) (-2023)	K	-
U74450	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam i särskilt boende för äldre, (Ja=1, Nej=0) (-2023)	K	-
U74451	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam på korttidsplats , (Ja=1, Nej=0) (-2023)	K	-
U74452	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam i bostad med särskilt service (SoL), (Ja=1, Nej=0)(-2023)	K	-
U74453	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam i bostad med stöd och service till vuxna (LSS), (Ja=1, Nej=0) (-2023)	K	-
U74454	Vård och omsorg vid demenssjukdom - Multiprofessionella demensteam i ordinärt boende, (Ja=1, Nej=0) (-2023)	K	-
U74457	Vård och omsorg vid diabetes - Erbjuder enkel fotundersökning för att förebygga allvarliga fotproblem i bostad med särskilt service (SoL),  (Ja=1, Nej=0)	K	-
U79029	Besök på akutmottagning - 80 år och äldre, antal/1000 inv	L	2025
U79041	Eftervårdsbesök på barnmorskemottagning, andel (%)	L	2025
U79049	Genomförda första besök inom 90 dagar i allmänpsykiatrisk vård, andel (%)	L	2026
U79062	Kontaktsjuksköterska vid nydiagnosticerad prostatacancer, andel (%)	L	2025
U79063	Kontaktsjuksköterska vid nydiagnostiserad bröstcancer, andel (%)	L	2025
U79065	Kostnad per producerad DRG-poäng i öppen somatisk sjukhusvård,  kr/DRG-poäng	L	2025
U79066	Kostnad per producerad DRG-poäng i sluten somatisk sjukhusvård,  kr/DRG-poäng	L	2025
U79071	Multidisciplinär konferens vid lungcancer, andel (%)	L	2025
U79073	Multidisciplinär konferens vid tjocktarmscancer, andel (%)	L	2025
U79092	Patienter med oplanerad återinskrivning inom 30 dagar, andel (%)	L	2025
U79093	Patienter med trycksår i slutenvård, andel (%) (-2023)	L	-
U79119	Startade utredningar och behandlingar inom 30 dagar i barn- och ungdomspsykiatri, andel (%).	L	2025
U79132	Trycksår hos patienter med ökad risk, andel (%) (-2023)	L	-
U79133	Påverkbar slutenvård vid kronisk sjukdom, antal/100 000 inv	L	2025
U79134	Utlokaliserade patienter i somatisk slutenvård, antal/100 disponibla vårdplatser	L	2025
U79135	Utskrivningsklara patienter på sjukhus 65+, antal vårddygn/1000 inv	L	2024
U79142	Tillgänglighet enligt vårdgarantin, index (max = 100) (-2023)	L	-
U79149	Överbeläggningar i psykiatrisk slutenvård, antal/100 disponibla vårdplatser	L	2025
U79200	Medarbetarengagemang (HME) övrig hälso- och sjukvård - Totalindex	L	-
U79201	Medarbetarengagemang (HME) övrig hälso- och sjukvård - Motivationsindex	L	-
U79202	Medarbetarengagemang (HME) övrig hälso- och sjukvård - Ledarskapsindex	L	-
U79203	Medarbetarengagemang (HME) övrig hälso- och sjukvård - Styrningsindex	L	-
U79231	Elever i åk 9 som druckit alkohol de senaste 12 månaderna, region, andel (%)	L	2026
U79232	Elever i åk 9 som använt narkotika de senaste 12 månaderna, region, andel (%)	L	2026
U79233	Elever i åk 9 som använt läkemedel utan recept de senaste 12 månaderna, region, andel (%)	L	2026
U79234	Gymnasieelever i år 2 som druckit alkohol de senaste 12 månaderna, region, andel (%)	L	2026
U79235	Gymnasieelever i år 2 som använt narkotika de senaste 12 månaderna, region, andel (%)	L	2026
U79236	Gymnasieelever i år 2 som använt läkemedel utan recept de senaste 12 månaderna, region, andel (%)	L	2026
U79253	Kostnad per producerad DRG-poäng, spec. somatisk vård, öppen- och slutenvård, regionsjukhus, kr/DRG-poäng	L	2025
U79254	Kostnad per producerad DRG-poäng, spec. somatisk vård, öppen- och slutenvård, länssjukhus total, kr/DRG-poäng	L	2025
U79255	Kostnad per producerad DRG-poäng, spec. somatisk vård, öppen- och slutenvård, länsdelssjukhus total, kr/DRG-poäng	L	2025
U79256	Kostnad per producerad DRG-poäng öppen somatisk sjukhusvård, regionsjukhus, kr/DRG-poäng	L	2025
U79257	Kostnad per producerad DRG-poäng öppen somatisk sjukhusvård, länssjukhus, kr/DRG-poäng	L	2025
U79258	Kostnad per producerad DRG-poäng öppen somatisk sjukhusvård, länsdelssjukhus, kr/DRG-poäng	L	2025
U79259	Kostnad per producerad DRG-poäng sluten somatisk sjukhusvård, regionsjukhus, kr/DRG-poäng	L	2025
U79260	Kostnad per producerad DRG-poäng sluten somatisk sjukhusvård, länssjukhus, kr/DRG-poäng	L	2025
U79261	Kostnad per producerad DRG-poäng sluten somatisk sjukhusvård, länsdelssjukhus, kr/DRG-poäng	L	2025
U79263	Kostnad per producerad DRG-poäng, sjukdomar i nervsystemet, regionsjukhus, kr/DRG-poäng	L	2025
U79264	Kostnad per producerad DRG-poäng, sjukdomar i öga och närliggande organ, regionsjukhus, kr/DRG-poäng	L	2025
U79265	Kostnad per producerad DRG-poäng, sjukdomar i öra, näsa, mun och hals, regionsjukhus, kr/DRG-poäng	L	2025
U79266	Kostnad per producerad DRG-poäng, andningsorganens sjukdomar, regionsjukhus, kr/DRG-poäng	L	2025
U79267	Kostnad per producerad DRG-poäng, cirkulationsorganens sjukdomar, regionsjukhus, kr/DRG-poäng	L	2025
U79268	Kostnad per producerad DRG-poäng, matsmältningsorganens sjukdomar, regionsjukhus, kr/DRG-poäng	L	2025
U79269	Kostnad per producerad DRG-poäng, sjukdomar i lever, gallvägar och bukspottkörtel, regionsjukhus, kr/DRG-poäng	L	2025
U79270	Kostnad per producerad DRG-poäng, sjukdomar i muskler, skelett och bindväv, regionsjukhus, kr/DRG-poäng	L	2025
U79271	Kostnad per producerad DRG-poäng, sjukdomar i hud och underhud, regionsjukhus, kr/DRG-poäng	L	2025
U79272	Kostnad per producerad DRG-poäng, bröstkörtelsjukdomar, regionsjukhus, kr/DRG-poäng	L	2025
U79273	Kostnad per producerad DRG-poäng, endokrina, metabola och nutritionssjukdomar, regionsjukhus, kr/DRG-poäng	L	2025
U79274	Kostnad per producerad DRG-poäng, sjukdomar i njure och urinvägar, regionsjukhus, kr/DRG-poäng	L	2025
U79275	Kostnad per producerad DRG-poäng, sjukdomar i manliga könsorgan, regionsjukhus, kr/DRG-poäng	L	2025
U79276	Kostnad per producerad DRG-poäng, sjukdomar i kvinnliga könsorgan, regionsjukhus, kr/DRG-poäng	L	2025
U79277	Kostnad per producerad DRG-poäng, graviditet, förlossning och barnsängstid, regionsjukhus, kr/DRG-poäng	L	2025
U79278	Kostnad per producerad DRG-poäng, nyfödda och vissa perinatala tillstånd, regionsjukhus, kr/DRG-poäng	L	2025
U79279	Kostnad per producerad DRG-poäng, blodsjukdomar och immunologiska rubbningar, regionsjukhus, kr/DRG-poäng	L	2025
U79280	Kostnad per producerad DRG-poäng, myeloproliferativa sjukdomar och icke specificerade tumörer, regionsjukhus, kr/DRG-poäng	L	2025
U79281	Kostnad per producerad DRG-poäng, infektions- och parasitsjukdomar inklusive HIV, regionsjukhus, kr/DRG-poäng	L	2025
U79283	Kostnad per producerad DRG-poäng, skador, förgiftningar och toxiska effekter, regionsjukhus, kr/DRG-poäng	L	2025
U79284	Kostnad per producerad DRG-poäng, brännskador, regionsjukhus, kr/DRG-poäng	L	2025
U79285	Kostnad per producerad DRG-poäng, andra och ospecificerade hälsoproblem, regionsjukhus, kr/DRG-poäng	L	2025
U79286	Kostnad per producerad DRG-poäng, multipelt trauma utom ytliga skador och sårskador, regionsjukhus, kr/DRG-poäng	L	2025
U79288	Kostnad per producerad DRG-poäng, sjukdomar i nervsystemet, länssjukhus, kr/DRG-poäng	L	2025
U79289	Kostnad per producerad DRG-poäng, sjukdomar i öga och närliggande organ, länssjukhus, kr/DRG-poäng	L	2025
U79290	Kostnad per producerad DRG-poäng, sjukdomar i öra, näsa, mun och hals, länssjukhus, kr/DRG-poäng	L	2025
U79291	Kostnad per producerad DRG-poäng, andningsorganens sjukdomar, länssjukhus, kr/DRG-poäng	L	2025
U79292	Kostnad per producerad DRG-poäng, cirkulationsorganens sjukdomar, länssjukhus, kr/DRG-poäng	L	2025
U79293	Kostnad per producerad DRG-poäng, matsmältningsorganens sjukdomar, länssjukhus, kr/DRG-poäng	L	2025
U79294	Kostnad per producerad DRG-poäng, sjukdomar i lever, gallvägar och bukspottkörtel, länssjukhus, kr/DRG-poäng	L	2025
U79295	Kostnad per producerad DRG-poäng, sjukdomar i muskler, skelett och bindväv, länssjukhus, kr/DRG-poäng	L	2025
U79296	Kostnad per producerad DRG-poäng, sjukdomar i hud och underhud, länssjukhus, kr/DRG-poäng	L	2025
U79297	Kostnad per producerad DRG-poäng, bröstkörtelsjukdomar, länssjukhus, kr/DRG-poäng	L	2025
U79298	Kostnad per producerad DRG-poäng, endokrina, metabola och nutritionssjukdomar, länssjukhus, kr/DRG-poäng	L	2025
U79299	Kostnad per producerad DRG-poäng, sjukdomar i njure och urinvägar, länssjukhus, kr/DRG-poäng	L	2025
U79300	Kostnad per producerad DRG-poäng, sjukdomar i manliga könsorgan, länssjukhus, kr/DRG-poäng	L	2025
U79301	Kostnad per producerad DRG-poäng, sjukdomar i kvinnliga könsorgan, länssjukhus, kr/DRG-poäng	L	2025
U79302	Kostnad per producerad DRG-poäng, graviditet, förlossning och barnsängstid, länssjukhus, kr/DRG-poäng	L	2025
U79303	Kostnad per producerad DRG-poäng, nyfödda och vissa perinatala tillstånd, länssjukhus	L	2025
U79304	Kostnad per producerad DRG-poäng, blodsjukdomar och immunologiska rubbningar, länssjukhus, kr/DRG-poäng	L	2025
U79305	Kostnad per producerad DRG-poäng, myeloproliferativa sjukdomar och icke specificerade tumörer, länssjukhus, kr/DRG-poäng	L	2025
U79306	Kostnad per producerad DRG-poäng, infektions- och parasitsjukdomar inklusive HIV, länssjukhus, kr/DRG-poäng	L	2025
U79308	Kostnad per producerad DRG-poäng, skador, förgiftningar och toxiska effekter, länssjukhus, kr/DRG-poäng	L	2025
U79309	Kostnad per producerad DRG-poäng, brännskador, länssjukhus, kr/DRG-poäng	L	2025
U79310	Kostnad per producerad DRG-poäng, andra och ospecificerade hälsoproblem, länssjukhus, kr/DRG-poäng	L	2025
U79311	Kostnad per producerad DRG-poäng, multipelt trauma utom ytliga skador och sårskador, länssjukhus, kr/DRG-poäng	L	2025
U79313	Kostnad per producerad DRG-poäng, sjukdomar i nervsystemet, länsdelssjukhus, kr/DRG-poäng	L	2025
U79314	Kostnad per producerad DRG-poäng, sjukdomar i öga och närliggande organ, länsdelssjukhus, kr/DRG-poäng	L	2025
U79315	Kostnad per producerad DRG-poäng, sjukdomar i öra, näsa, mun och hals, länsdelssjukhus, kr/DRG-poäng	L	2025
U79316	Kostnad per producerad DRG-poäng, andningsorganens sjukdomar, länsdelssjukhus, kr/DRG-poäng	L	2025
U79317	Kostnad per producerad DRG-poäng, cirkulationsorganens sjukdomar, länsdelssjukhus, kr/DRG-poäng	L	2025
U79318	Kostnad per producerad DRG-poäng, matsmältningsorganens sjukdomar, länsdelssjukhus, kr/DRG-poäng	L	2025
U79319	Kostnad per producerad DRG-poäng, sjukdomar i lever, gallvägar och bukspottkörtel, länsdelssjukhus, kr/DRG-poäng	L	2025
U79320	Kostnad per producerad DRG-poäng, sjukdomar i muskler, skelett och bindväv, länsdelssjukhus, kr/DRG-poäng	L	2025
U79321	Kostnad per producerad DRG-poäng, sjukdomar i hud och underhud, länsdelssjukhus, kr/DRG-poäng	L	2025
U79322	Kostnad per producerad DRG-poäng, bröstkörtelsjukdomar, länsdelssjukhus, kr/DRG-poäng	L	2025
U79323	Kostnad per producerad DRG-poäng, endokrina, metabola och nutritionssjukdomar, länsdelssjukhus, kr/DRG-poäng	L	2025
U79324	Kostnad per producerad DRG-poäng, sjukdomar i njure och urinvägar, länsdelssjukhus, kr/DRG-poäng	L	2025
U79325	Kostnad per producerad DRG-poäng, sjukdomar i manliga könsorgan, länsdelssjukhus, kr/DRG-poäng	L	2025
U79326	Kostnad per producerad DRG-poäng, sjukdomar i kvinnliga könsorgan, länsdelssjukhus, kr/DRG-poäng	L	2025
U79327	Kostnad per producerad DRG-poäng, graviditet, förlossning och barnsängstid, länsdelssjukhus, kr/DRG-poäng	L	2025
U79328	Kostnad per producerad DRG-poäng, nyfödda och vissa perinatala tillstånd, länsdelssjukhus, kr/DRG-poäng	L	2025
U79329	Kostnad per producerad DRG-poäng, blodsjukdomar och immunologiska rubbningar, länsdelssjukhus, kr/DRG-poäng	L	2025
U79330	Kostnad per producerad DRG-poäng, myeloproliferativa sjukdomar och icke specificerade tumörer, länsdelssjukhus, kr/DRG-poäng	L	2025
U79331	Kostnad per producerad DRG-poäng, infektions- och parasitsjukdomar inklusive HIV, länsdelssjukhus, kr/DRG-poäng	L	2025
U79333	Kostnad per producerad DRG-poäng, skador, förgiftningar och toxiska effekter, länsdelssjukhus, kr/DRG-poäng	L	2025
U79334	Kostnad per producerad DRG-poäng, brännskador, länsdelssjukhus, kr/DRG-poäng	L	2025
U79335	Kostnad per producerad DRG-poäng, andra och ospecificerade hälsoproblem, länsdelssjukhus, kr/DRG-poäng	L	2025
U79336	Kostnad per producerad DRG-poäng, multipelt trauma utom ytliga skador och sårskador, länsdelssjukhus, kr/DRG-poäng	L	2025
U79339	Kostnad per producerad DRG-poäng, spec. somatisk vård, öppen- och slutenvård, totalt, kr/DRG-poäng	L	2025
U79340	Kostnad per producerad DRG-poäng, psykiatrisk slutenvård exkl. rättspsykiatri, kr/DRG-poäng	L	2025
U79341	Kostnad per producerad DRG-poäng, vuxenpsykiatri, slutenvård exkl. rättspsykiatri, kr/DRG-poäng	L	2025
U79342	Kostnad per producerad DRG-poäng, barn och ungdomspsykiatri, slutenvård exkl. rättspsykiatri, kr/DRG-poäng	L	2025
U79343	Kostnad per producerad DRG-poäng, psykiatrisk öppenvård exkl. rättspsykiatri, kr/DRG-poäng	L	2025
U79344	Kostnad per producerad DRG-poäng, vuxenpsykiatri, öppenvård exkl. rättspsykiatri, kr/DRG-poäng	L	2025
U79345	Kostnad per producerad DRG-poäng, barn och ungdomspsykiatri, öppenvård exkl. rättspsykiatri, kr/DRG-poäng	L	2025
U79350	Kostnad per producerad DRG-poäng, andel ytterfall, öppen- och slutenvård, regionsjukhus, andel (%)	L	2025
U79351	Kostnad per producerad DRG-poäng, andel ytterfall, öppen- och slutenvård, länssjukhus, andel (%)	L	2025
U79352	Kostnad per producerad DRG-poäng, andel ytterfall, öppen- och slutenvård, länsdelssjukhus, andel (%)	L	2025
U79353	Kostnad per producerad DRG-poäng, sjukdomar i nervsystemet, kr/DRG-poäng	L	2025
U79354	Kostnad per producerad DRG-poäng, sjukdomar i öga och närliggande organ, kr/DRG-poäng	L	2025
U79355	Kostnad per producerad DRG-poäng, sjukdomar i öra, näsa, mun och hals, kr/DRG-poäng	L	2025
U79356	Kostnad per producerad DRG-poäng, andningsorganens sjukdomar, kr/DRG-poäng	L	2025
U79357	Kostnad per producerad DRG-poäng, cirkulationsorganens sjukdomar, kr/DRG-poäng	L	2025
U79358	Kostnad per producerad DRG-poäng, matsmältningsorganens sjukdomar, kr/DRG-poäng	L	2025
U79359	Kostnad per producerad DRG-poäng, sjukdomar i lever, gallvägar och bukspottkörtel, kr/DRG-poäng	L	2025
U79360	Kostnad per producerad DRG-poäng, sjukdomar i muskler, skelett och bindväv, kr/DRG-poäng	L	2025
U79361	Kostnad per producerad DRG-poäng, sjukdomar i hud och underhud, kr/DRG-poäng	L	2025
U79362	Kostnad per producerad DRG-poäng, endokrina, metabola och nutritionssjukdomar, kr/DRG-poäng	L	2025
U79363	Kostnad per producerad DRG-poäng, sjukdomar i njure och urinvägar, kr/DRG-poäng	L	2025
U79364	Kostnad per producerad DRG-poäng, sjukdomar i manliga könsorgan, kr/DRG-poäng	L	2025
U79365	Kostnad per producerad DRG-poäng, sjukdomar i kvinnliga könsorgan, kr/DRG-poäng	L	2025
U79366	Kostnad per producerad DRG-poäng, graviditet, förlossning och barnsängstid, kr/DRG-poäng	L	2025
U79367	Kostnad per producerad DRG-poäng, nyfödda och vissa perinatala tillstånd, kr/DRG-poäng	L	2025
U79368	Kostnad per producerad DRG-poäng, blodsjukdomar och immunologiska rubbningar, kr/DRG-poäng	L	2025
U79369	Kostnad per producerad DRG-poäng, myeloproliferativa sjukdomar och icke specificerade tumörer, kr/DRG-poäng	L	2025
U79370	Kostnad per producerad DRG-poäng, infektions- och parasitsjukdomar inklusive HIV, kr/DRG-poäng	L	2025
U79371	Kostnad per producerad DRG-poäng, skador, förgiftningar och toxiska effekter, kr/DRG-poäng	L	2025
U79372	Kostnad per producerad DRG-poäng, brännskador, kr/DRG-poäng	L	2025
U79373	Kostnad per producerad DRG-poäng, andra och ospecificerade hälsoproblem, kr/DRG-poäng	L	2025
U79374	Kostnad per producerad DRG-poäng, multipelt trauma utom ytliga skador och sårskador, kr/DRG-poäng	L	2025
U79375	Kostnad per producerad DRG-poäng, bröstkörtelsjukdomar, kr/DRG-poäng	L	2025
U80200	Medarbetarengagemang (HME) tandvård - Totalindex	L	-
U80201	Medarbetarengagemang (HME) tandvård - Motivationsindex	L	-
U80202	Medarbetarengagemang (HME) tandvård - Ledarskapsindex	L	-
U80203	Medarbetarengagemang (HME) tandvård - Styrningsindex	L	-
U80400	Antibiotika förskrivet av tandläkare, recept/1000 inv	L	2025
U85001	Nettokostnad trafik, kr/inv	L	2025
U85200	Medarbetarengagemang (HME) regional utveckling - Totalindex	L	-
U85201	Medarbetarengagemang (HME) regional utveckling - Motivationsindex	L	-
U85202	Medarbetarengagemang (HME) regional utveckling - Ledarskapsindex	L	-
U85203	Medarbetarengagemang (HME) regional utveckling - Styrningsindex	L	-
U85300	HME regional utveckling, index för påståendet Mitt arbete känns meningsfullt.	L	-
U85301	HME regional utveckling, index för påståendet Jag lär nytt och utvecklas i mitt dagliga arbete.	L	-
U85302	HME regional utveckling, index för påståendet Jag ser fram emot att gå till arbetet.	L	-
U85303	HME regional utveckling, index för påståendet Min närmaste chef visar uppskattning för mina arbetsinsatser.	L	-
U85304	HME regional utveckling, index för påståendet Min närmaste chef visar förtroende för mig som medarbetare.	L	-
U85305	HME regional utveckling, index för påståendet Min närmaste chef ger mig förutsättningar att ta ansvar i mitt arbete.	L	-
U85306	HME regional utveckling, index för påståendet Jag är insatt i min arbetsplats mål.	L	-
U85307	HME regional utveckling, index för påståendet Min arbetsplats mål följs upp och utvärderas på ett bra sätt.	L	-
U85308	HME regional utveckling, index för påståendet Jag vet vad som förväntas av mig i mitt arbete.	L	-
U85420	Allmänhetens nöjdhet med kollektivtrafiken, andel (%)	L	2025
U85421	Resenärernas nöjdhet med kollektivtrafiken, andel (%)	L	2025
]==]
