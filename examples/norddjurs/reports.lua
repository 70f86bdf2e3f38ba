-- The status of the action plan ("afrapportering"), asked for by Økonomiudvalget in the autumn of 2015;
-- we send it to the labour-market committee too (see org.lua). Year 2015: the status report's year.
report "status" {
  title = "Status for implementering af handleplanen på arbejdsmarkedsområdet",
  year = 2015,
  formats = { "html", "csv" },
  audiences = { "ØU", "AMU" },
  intro = "Kommunalbestyrelsen besluttede den 18. november 2014 en handleplan for arbejdsmarkedsområdet med " ..
          "fem indsatsområder og den 24. februar 2015 en ny organisering af området. Målsætningerne nedenfor " ..
          "skal løbende vise fremdriften i handleplanen; de fleste måles første gang efter statusnotatet.",
}
