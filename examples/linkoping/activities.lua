-- Activities (aktiviteter) of seed 002's activity tables. The plan lists the goals of a perspective and
-- then all its activities, so which goal an activity serves is our reading; the "Slutfört" (done)
-- column is empty in the plan, so every activity starts as not done. Due dates: the plan year's end
-- unless the text names another ("Succesivt avslut Sept").
local Y = "2019-12-31"

-- Medborgare
activity { goal = "AMN-1", owner = "UF", due = Y, title = "Införa nytt arbetssätt med fokus på att möta individen tidigt i processen med en systematisk uppföljning av genomförda insatser" }
activity { goal = "AMN-1", owner = "UF", due = Y, title = "Utveckla enligt arbetet i \"Delegationen för unga och nyanlända till arbete\" (DUA) med Arbetsförmedlingen och område bildning" }
activity { goal = "AMN-1", owner = "UF", due = Y, title = "Följa och ta tillvara kunskap från projektet VISA (varaktig inkludering i samhälle och arbetsmarknad)" }
activity { goal = "AMN-2", owner = "UF", due = Y, title = "Utveckla Evidensbaserad verksamhet (Forskning- internationellt och nationellt, beprövad erfarenhet samt medborgares synpunkter)" }
activity { goal = "AMN-2", owner = "UF", due = Y, title = "Nyttja projektmedel genom ESF-utlysningar" }
activity { goal = "AMN-2", owner = "UF", due = Y, title = "Utveckla samarbete med samordningsförbundet uppstart av ESFprojekt" }
activity { goal = "AMN-3", owner = "SOF", due = Y, title = "Utveckla rättssäker och effektiv handläggning med lägsta effektiva omhändertagandenivå" }
activity { goal = "AMN-3", owner = "UF", due = Y, title = "Finnas representerade i prioriterade stadsdelar" }
activity { goal = "AMN-3", owner = "UF", due = Y, title = "Utveckla insatser i utsatta stadsdelar" }
activity { goal = "AMN-3", owner = "SOF", due = "2019-09-30", title = "Rättssäker handläggning, uppföljning via stickprov. Succesivt avslut" }
activity { goal = "AMN-4", owner = "SOF", due = Y, title = "Införande av digital ansökan" }
activity { goal = "AMN-4", owner = "SOF", due = Y, title = "Stimulera till nyttjande av digital ansökan (mål 60% vid årets slut)" }
activity { goal = "AMN-4", owner = "SOF", due = Y, title = "Möte efter första ansökan inom 5 arbetsdagar" }
activity { goal = "AMN-4", owner = "SOF", due = Y, title = "Hänvisning till Jobb och kunskapstorget i anslutning till besök (mät antal hänvisningar)" }

-- Ekonomi
activity { goal = "AMN-E3", owner = "UF", due = Y, title = "Verka för att implementera den nya upphandlingspolicyn inom hela verksamheten" }
activity { goal = "AMN-E3", owner = "UF", due = Y, title = "Genomföra projektet E-handel" }
activity { goal = "AMN-E2", owner = "UF", due = Y, title = "Utveckla enligt förvaltningens lokalförsörjningsplan" }
activity { goal = "AMN-E1", owner = "UF", due = Y, title = "Samverkan med LiU för att kunna utvärdera utfall av insatser (Helix, ESF projekt med Samordningsförbundet)" }
activity { goal = "AMN-E1", owner = "UF", due = Y, title = "Färdigställa utvecklingen av indikatorer" }
activity { goal = "AMN-E4", owner = "UF", due = Y, title = "Utveckla formerna för uppföljning inom ekonomi" }
activity { goal = "AMN-E4", owner = "UF", due = Y, title = "Öka kunskapen för samtliga nivåer inom AMI:s verksamhetsområde gällande kopplingen ekonomi – insatser – resultat" }

-- Verksamhet
activity { goal = "AMN-V1", owner = "UF", due = Y, title = "Införande av processtyrningsmodeller" }
activity { goal = "AMN-V1", owner = "UF", due = Y, title = "Införande av strukturerad projektmodell" }
activity { goal = "AMN-V1", owner = "UF", due = Y, title = "Införande av indikatorer kopplade till projekt (LiU samarbete)" }

-- Medarbetare
activity { goal = "AMN-M2", owner = "UF", due = Y, title = "Utveckling av förvaltningens chefsförsörjningsutbildning och chefsintroduktion" }
activity { goal = "AMN-M2", owner = "UF", due = Y, title = "Genomföra aktiviteter enligt projektplan för chefers förutsättningar" }
activity { goal = "AMN-M1", owner = "UF", due = Y, title = "Utveckling av stöd i social och organisatorisk arbetsmiljö med handledning till chefer i förebyggande arbetsmiljöarbete" }
activity { goal = "AMN-M1", owner = "UF", due = Y, title = "Införande av rätt till heltid enligt beslutad projektplan" }
activity { goal = "AMN-M3", owner = "UF", due = Y, title = "Utreda förutsättningarna för att behålla äldre medarbetare i arbete efter uppnådd pensionsålder" }
activity { goal = "AMN-M3", owner = "UF", due = Y, title = "Utveckla användningen av sociala medier för förbättrad intern kommunikation" }
