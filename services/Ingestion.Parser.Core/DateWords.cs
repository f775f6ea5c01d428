using System.Collections.Frozen;

namespace Ingestion.Parser.Core;

/// <summary>The words that make up date lines in English, German, French, Spanish, Italian, Portuguese, Dutch, Scandinavian, Polish, Czech, Finnish, Hungarian, Romanian, Croatian and Indonesian pages.</summary>
internal static class DateWords
{
    public enum Kind
    {
        Month,
        Weekday,
        Meridiem,
        RelativeMarker,
        RelativeDay,
        Unit,

        /// <summary>A unit that holds its own "ago": Hungarian "2 órája" (two hours ago), "5 perce", "3 napja".</summary>
        UnitAgo,
        Filler,
    }

    private static readonly FrozenDictionary<string, (Kind Kind, int Value)> Entries = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, (Kind Kind, int Value)>.AlternateLookup<ReadOnlySpan<char>> Words =
        Entries.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly WordShapes Shapes = new(Entries.Keys);

    public static bool TryGet(ReadOnlySpan<char> word, out Kind kind, out int value)
    {
        // Every line's first word is looked up, and most are no date word: their shape turns most of them down unhashed.
        if (Shapes.MayHold(word) && Words.TryGetValue(word, out var entry))
        {
            (kind, value) = entry;
            return true;
        }

        (kind, value) = (Kind.Filler, 0);
        return false;
    }

    private static Dictionary<string, (Kind, int)> Build()
    {
        var words = new Dictionary<string, (Kind, int)>(StringComparer.OrdinalIgnoreCase);
        string[][] months =
        [
            ["january", "jan", "januar", "jänner", "jän", "janvier", "janv", "enero", "ene", "gennaio", "gen", "janeiro", "januari", "styczeń", "stycznia", "leden", "ledna", "tammikuu", "tammikuuta", "január", "ianuarie", "siječanj", "siječnja"],
            ["february", "feb", "februar", "février", "fevrier", "févr", "fevr", "febrero", "febbraio", "fevereiro", "fev", "februari", "luty", "lutego", "únor", "února", "helmikuu", "helmikuuta", "február", "febr", "februarie", "veljača", "veljače"],
            ["march", "mar", "märz", "maerz", "mär", "mars", "marzo", "março", "marco", "maart", "mrt", "marzec", "marca", "marts", "březen", "března", "maaliskuu", "maaliskuuta", "március", "márc", "martie", "ožujak", "ožujka", "maret"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile", "kwiecień", "kwietnia", "duben", "dubna", "huhtikuu", "huhtikuuta", "április", "ápr", "aprilie", "travanj", "travnja"],
            ["may", "mai", "mayo", "maggio", "mag", "maio", "mei", "maj", "maja", "květen", "května", "toukokuu", "toukokuuta", "május", "máj", "svibanj", "svibnja"],
            ["june", "jun", "juni", "juin", "junio", "giugno", "giu", "junho", "czerwiec", "czerwca", "červen", "června", "kesäkuu", "kesäkuuta", "június", "jún", "iunie", "lipanj", "lipnja"],
            ["july", "jul", "juli", "juillet", "juil", "julio", "luglio", "lug", "julho", "lipiec", "lipca", "červenec", "července", "heinäkuu", "heinäkuuta", "július", "júl", "iulie", "srpanj", "srpnja"],
            ["august", "aug", "août", "aout", "agosto", "augustus", "augusti", "sierpień", "sierpnia", "srpen", "srpna", "elokuu", "elokuuta", "augusztus", "kolovoz", "kolovoza", "avgust", "agustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "set", "setembro", "wrzesień", "września", "září", "syyskuu", "syyskuuta", "szeptember", "szept", "septembrie", "rujan", "rujna", "septembar"],
            ["october", "oct", "oktober", "okt", "octobre", "octubre", "ottobre", "ott", "outubro", "out", "październik", "października", "říjen", "října", "lokakuu", "lokakuuta", "október", "octombrie", "oktobar"],
            ["november", "nov", "novembre", "noviembre", "novembro", "listopad", "listopada", "listopadu", "marraskuu", "marraskuuta", "noiembrie", "studeni", "studenoga", "studenog", "novembar"],
            ["december", "dec", "dezember", "desember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre", "dezembro", "grudzień", "grudnia", "prosinec", "prosince", "joulukuu", "joulukuuta", "decembrie", "prosinac", "prosinca", "decembar"],
        ];
        for (var month = 0; month < months.Length; month++)
        {
            foreach (var name in months[month])
            {
                words[name] = (Kind.Month, month + 1);
            }
        }

        // English weekdays carry their day (1 = Monday … 7 = Sunday): "Thu, 04/07/2016" settles which number is the month.
        string[] englishDays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
        string[][] englishForms = [["monday"], ["tuesday", "tues"], ["wednesday"], ["thursday", "thur", "thurs"], ["friday"], ["saturday"], ["sunday"]];
        for (var day = 0; day < englishDays.Length; day++)
        {
            foreach (var name in englishForms[day].Append(englishDays[day]))
            {
                words[name] = (Kind.Weekday, day + 1);
            }
        }

        Add(words, Kind.Weekday,
            "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonnabend", "sonntag",
            "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "lunes", "martes", "miércoles", "miercoles", "jueves", "viernes", "sábado", "sabado", "domingo",
            "lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato", "domenica",
            "segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira",
            "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag",
            "måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag", "mandag", "tirsdag", "lørdag", "søndag",
            "poniedziałek", "wtorek", "środa", "czwartek", "piątek", "sobota", "niedziela",
            "pondělí", "úterý", "středa", "čtvrtek", "pátek", "neděle",
            "maanantai", "tiistai", "keskiviikko", "torstai", "perjantai", "lauantai", "sunnuntai",
            "hétfő", "kedd", "szerda", "csütörtök", "péntek", "szombat", "vasárnap",
            "luni", "marți", "miercuri", "joi", "vineri", "sâmbătă", "duminică",
            "ponedjeljak", "utorak", "srijeda", "četvrtak", "petak", "subota", "nedjelja",
            "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu");
        words["am"] = (Kind.Meridiem, 0);
        words["a.m"] = (Kind.Meridiem, 0);
        words["pm"] = (Kind.Meridiem, 12);
        words["p.m"] = (Kind.Meridiem, 12);
        Add(words, Kind.RelativeMarker, "ago", "vor", "hace", "il", "fa", "há", "geleden", "sedan", "temu", "siden",
            // "acum 2 ore" (Romanian, the marker first as "hace" is), "2 tuntia sitten" (Finnish, after as "ago" is).
            "acum", "sitten");
        Add(words, Kind.RelativeDay, "yesterday", "today", "now", "gestern", "heute", "vorgestern", "hier", "aujourd'hui", "ayer", "hoy", "anteayer", "ieri", "oggi", "ontem", "hoje", "gisteren", "vandaag", "eergisteren", "igår", "idag", "går", "wczoraj", "dzisiaj", "dziś", "przedwczoraj");
        Add(words, Kind.Unit,
            "second", "seconds", "sec", "secs", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
            "day", "days", "week", "weeks", "month", "months", "year", "years", "yr", "yrs",
            "sekunde", "sekunden", "minuten", "stunde", "stunden", "tag", "tagen", "woche", "wochen", "monat", "monaten", "jahr", "jahren",
            "seconde", "secondes", "heure", "heures", "jour", "jours", "semaine", "semaines", "mois", "an", "ans", "année", "années",
            "segundo", "segundos", "minuto", "minutos", "hora", "horas", "día", "días", "dia", "dias", "semana", "semanas", "mes", "meses", "año", "años",
            "secondi", "minuti", "ora", "ore", "giorno", "giorni", "settimana", "settimane", "mese", "mesi", "anno", "anni", "mês", "ano", "anos",
            "seconden", "minuut", "uur", "dag", "dagen", "weken", "maand", "maanden", "jaar",
            "sekunder", "minut", "minuter", "timme", "timmar", "dagar", "vecka", "veckor", "månad", "månader", "år",
            "minutt", "minutter", "timer", "time", "døgn", "dager", "dage", "uke", "uker", "uge", "uger", "måned", "måneder",
            "sekund", "minuty", "minutę", "godzina", "godziny", "godzin", "godzinę", "dni", "dzień", "tydzień", "tygodnie", "tygodni", "miesiąc", "miesiące", "miesięcy", "rok", "lata", "lat",
            "oră", "secunde", "zi", "zile", "săptămână", "săptămâni", "ani",
            "sekuntia", "minuutti", "minuuttia", "tunti", "tuntia", "päivä", "päivää", "viikkoa", "kuukautta", "vuotta");
        // Hungarian ages: the possessive unit says "ago" itself ("2 órája", "5 perce", "3 napja", "1 hete", "2 hónapja",
        // "1 éve"), or the unit takes "ezelőtt" after it ("2 órával ezelőtt"); "tegnap 14:32" is yesterday's clock.
        Add(words, Kind.UnitAgo, "másodperce", "perce", "órája", "napja", "hete", "hónapja", "éve");
        Add(words, Kind.Unit, "másodperccel", "perccel", "órával", "nappal", "héttel", "hónappal", "évvel");
        Add(words, Kind.RelativeMarker, "ezelőtt");
        Add(words, Kind.RelativeDay, "tegnap", "tegnapelőtt", "ma");
        Add(words, Kind.Filler,
            "at", "on", "the", "of", "um", "uhr", "à", "a", "le", "el", "de", "del", "la", "las", "y", "one", "ein", "einem", "einer", "un", "une", "uno", "una", "just", "about",
            "published", "updated", "posted", "submitted", "modified", "last", "first", "page", "date", "originally", "edited", "bearbeitet", "modifié", "editado", "modificato",
            "alle", "di", "del", "às", "as", "em", "do", "da", "pubblicato", "aggiornato", "atualizado", "publicada", "veröffentlicht", "aktualisiert", "zuletzt", "publié", "mis", "publicado", "actualizado", "créé", "créée", "creado", "creada",
            "reply", "replies", "report", "abuse", "share", "like", "likes", "permalink", "edit", "flag", "link", "quote", "log", "in", "to",
            "antworten", "melden", "teilen", "zitieren", "répondre", "signaler", "partager", "citer", "responder", "denunciar", "compartir", "citar", "rispondi", "segnala", "curtir", "read",
            "om", "op", "gepubliceerd", "bijgewerkt", "reageren", "delen",
            // A translated WordPress footer's report button beside the date: "11. März 2014 um 19:02 Uhr | Antworten | Missbrauch melden",
            // "Signaler un abus", "Denunciar abuso", "Segnala un abuso", "Reageer | Meld misbruik".
            "missbrauch", "abus", "abuso", "reageer", "meld", "misbruik",
            "kl", "för", "publicerad", "uppdaterad", "svara", "anmäl", "dela",
            "for", "i", "publisert", "publiceret", "oppdatert", "opdateret", "svar", "rapporter", "del",
            "godz", "opublikowano", "aktualizacja", "odpowiedz", "zgłoś", "udostępnij", "follow", "post", "data", "dodania", "publikacji", "naruszenie", "erstellt",
            // "Publikováno: 26. září 2013 17:42, aktualizováno 19:05": a Czech daily's labels (months and days above).
            "publikováno", "aktualizováno", "aktualizace", "vydáno",
            // "Julkaistu: 26.9.2013 klo 17.42 | Päivitetty: …" (Finnish), "2013. szeptember 26., csütörtök 17:42 Frissítve:
            // 19:05" (Hungarian), "26 septembrie 2013, 17:42 | Actualizat: 19:05" (Romanian), "Objavljeno: 26.09.2013. u
            // 17:42 Ažurirano: …" (Croatian): the labels, clock words and comment buttons beside their dates.
            "klo", "julkaistu", "päivitetty", "vastaa", "ilmoita",
            "frissítve", "válasz", "jelentem",
            "publicat", "actualizat", "răspunde", "raportează",
            "objavljeno", "ažurirano", "u", "odgovori", "prijavi");
        // "12 de junio a la(s) 14:38": the Facebook plugin's Spanish strings (2011–2014) hedge the article, one string for
        // one o'clock ("a la 1:05") and every other hour ("a las 14:38") alike.
        Add(words, Kind.Filler, "la(s)");
        // "Latest update : 2013-09-28": a French news channel's English edition labels its only date so.
        Add(words, Kind.Filler, "latest", "update");
        // "Date created : 2013-09-28": the same edition closes its text with the day the story was first put up.
        Add(words, Kind.Filler, "created");
        // "Aired September 24, 2013 - 16:00 ET": a cable network's transcript dates the broadcast.
        Add(words, Kind.Filler, "aired");
        // "Mis en ligne 12/03/2013 à 14:05": a Belgian or Swiss French daily's published label.
        Add(words, Kind.Filler, "en", "ligne");
        // "Artikel vom 12.03.2013, 14:05 Uhr", "Stand: 12.03.2013, 14:05 Uhr", "Article publié le 12/03/2013": the date a
        // German, French, Spanish or Italian story prints under its text, labelled as the article's.
        Add(words, Kind.Filler, "artikel", "beitrag", "vom", "stand", "article", "artículo", "articolo");
        // "Le 24/09/2013 à 19:08 | Répondre | Signaler un abus": a French daily's comment footer, its report button in
        // French ("abus") as the English "abuse" is above.
        Add(words, Kind.Filler, "abus");
        // "14.05.2012 14:18 | Antworten | Gefällt mir | Missbrauch melden", "… J'aime", "… Me gusta", "… Mi piace", "… Vind ik
        // leuk": the like button of a German, French, Spanish, Italian or Dutch comment footer, as "Like" is above.
        Add(words, Kind.Filler, "gefällt", "mir", "j'aime", "me", "gusta", "mi", "piace", "vind", "ik", "leuk");
        // "Laatst bijgewerkt: 12 maart 2022, 17:05", "Laatste update: …": a Dutch site's update label over the text.
        Add(words, Kind.Filler, "laatst", "laatste");
        // "Sist oppdatert 26.09.2013, kl. 16:20" (Norwegian), "Senast uppdaterad …" (Swedish), "Senest opdateret …" (Danish):
        // the Scandinavian update label's adverb ("last"), as "laatst" is the Dutch one's.
        Add(words, Kind.Filler, "sist", "senast", "senest");
        // "Letzte Aktualisierung: 07.03.2016", "Letzte Änderung: 07.03.2016": a German site's update label under the text, the
        // adjective and the noun where "Zuletzt aktualisiert" has the adverb and the participle; the label is no writer's name.
        Add(words, Kind.Filler, "letzte", "aktualisierung", "änderung");
        // "Mise à jour le jeudi 26 septembre 2013 à 17 h 42 HAE": a Québec site's update label, the noun where French
        // papers print the participle ("Mis à jour"); "Publié le …" likewise has "Publiée".
        Add(words, Kind.Filler, "mise", "publiée");
        // "Release Date: September 26, 2013": a press office's news release labels its only date so.
        Add(words, Kind.Filler, "release", "released");
        // "Svar · Liker · 12 · Følg innlegget · 26. september kl. 14:32": the Facebook plugin's Norwegian, Swedish and Danish
        // buttons before its time, as "Reply · Like · Follow Post" are above.
        Add(words, Kind.Filler, "liker", "følg", "innlegget", "gilla", "följ", "inlägg", "opslag");
        return words;
    }

    private static void Add(Dictionary<string, (Kind, int)> words, Kind kind, params string[] names)
    {
        foreach (var name in names)
        {
            words.TryAdd(name, (kind, 0));
        }
    }
}
