using System.Buffers;
using System.Diagnostics;

namespace Ingestion.Parser.Core;

/// <summary>Reads the authors from a byline: "By Elise Labott, reporting from the United Nations", "Von Anna Muster und Max Beispiel".</summary>
internal static class BylineParser
{
    private static readonly PrefixSet Prefixes = new(
    [
        "by ", "by:", "opinion by ", "analysis by ", "commentary by ", "von ", "par ", "por ", "door ", "av ", "af ", "posted by ", "submitted by ", "post by:", "post by ", "written by ", "contributed by: ", "contributed by ", "story by ", "words by ", "reporting by ",
        "author:", "authors:", "autor:", "autorin:", "auteur:", "auteurs:", "autores:", "text:", "texte:", "escrito por ", "publié par ", "écrit par ", "veröffentlicht von ", "geschrieben von ", "di ", "scritto da ", "redação:",
        "reporter:", "writer:", "door:", "von:", "par:", "par :", "por:",
        // A news channel's byline over text and video by different hands: "Text by Élodie MARCHAND (text)".
        "text by ",
        // A metro daily's byline element of 2013, the name in capitals: "Article by: JEROME HASKINS, Sentinel staff writer".
        "article by:", "article by ",
        // A review's byline: "Reviewed by Lena Marsh" over the date (a health story's "Reviewed by Name, MD" names its checker).
        "reviewed by ",
        // A police blotter's or a calendar's byline: "Compiled by Denise Farrow | Courier staff".
        "compiled by ",
        // A magazine Q&A's byline names the one who asked: "Interview by Miles Aberdeen" over the date.
        "interview by ", "interviewed by ",
        // A news network's blog signs the post under its text with the label and a colon: "Posted by: Dana Whitlock".
        "posted by:", "written by:",
        // A video or link site names who picked the item, not who made it, over the post: "Curator: Name", "Curated by Name"
        // (CuratorByline); the picker is the post's writer, as the site prints no other.
        "curator:", "curated by ",
        // A Norwegian, Danish or Polish paper's label over the writer, the photographer on the line under it: "Tekst: Name" /
        // "Foto: Name".
        "tekst:",
        // The same writer took the pictures: "Tekst og foto: Name", "Text och foto: Name", "Tekst i zdjęcia: Name".
        "tekst og foto:", "tekst & foto:", "text och foto:", "text & foto:", "text und fotos:", "tekst i zdjęcia:",
        // Hungarian ("Szerző: Kovács Eszter", "Írta: …"), Finnish ("Teksti: …", "Kirjoittaja: …"), Croatian ("Piše: …") and
        // Romanian ("Scris de …"; the bare "de" is RomanianDeLabel) byline labels.
        "szerző:", "szerzők:", "írta:", "teksti:", "kirjoittaja:", "piše:", "scris de ",
        // A German daily names the kind of piece before its writers: "Gastbeitrag von Name und Name", "Ein Kommentar von
        // Name" (GermanPieceKindByline). Not "Analyse von Name" or "Interview von Name": a related link's title reads so.
        "gastbeitrag von ", "ein gastbeitrag von ", "kommentar von ", "ein kommentar von ", "ein essay von ",
        // Drupal's node line as its translations print it: "Gespeichert von rhalder am 3. Mai 2016 - 09:40" (German
        // "Submitted by … on …"), "Eingereicht von …", "Soumis par … le …", "Ingezonden door … op …".
        "gespeichert von ", "eingereicht von ", "soumis par ", "ingezonden door ",
        // An association's site signs its news so: "Ein Artikel von Name 14.03.2018", "Ein Beitrag von Name".
        "ein artikel von ", "ein beitrag von ",
    ]);

    private static readonly PhraseSet RoleWords = new(
        ["writer", "reporter", "correspondent", "editor", "staff", "redakteur", "journalist", "columnist", "contributor", "examiner", "special to",
            // A desk beside the writer's name, "Rédaction en ligne · Geoffrey Marchal", "Redaktion Online | Name". The accented
            // words are searched by their unaccented part ("daction" of "Rédaction", "redacci" of "Redacción"): an accented
            // string would slow the search every byline segment goes through.
            "newsroom", "daction", "redaktion", "redacci", "redazione",
            // "Par Anne-Sophie Rivière (Lyon, correspondante)", "Por Elena Ruiz, corresponsal en Bruselas", "envoyé spécial".
            "correspondant", "corresponsal", "korrespondent", "envoy", "enviado especial", "enviada especial", "dacteur", "dactrice", "redactor"]);

    /// <summary>The last word of a desk's name ("Belief Blog Editor"), which signs in a person's place.</summary>
    private static readonly WordSet RoleTitles = new(["editor", "editors", "writer", "writers", "staff", "reporter", "correspondent", "columnist", "contributor", "producer", "desk", "team",
        // "Sentinel Staff Report", "From Wire Reports": a desk's signature on a story no one person wrote.
        "report", "reports",
        // "By: CNN Wire" over a story whose text opens "By Leigh Ann Caldwell": a wire service's feed signs in the
        // writer's place, as "From Wire Reports" does (WireFeedDesk).
        "wire"]);

    private static readonly SearchValues<string> Via = SearchValues.Create([" via "], StringComparison.OrdinalIgnoreCase);

    // "door Name en Name", "di Name e Name": Dutch and Italian bylines join two writers so.
    // OxfordCommaBeforeLastName: "By A, B, C, and D" puts a comma before the "and" of the last writer; the pair is one
    // separator, asked before the bare comma (which matches at the same place), so "and D" is never read as a name.
    private static readonly string[] Separators = [" and ", " und ", " et ", " y ", " og ", " och ", " en ", " e ", " & ", ", and ", ", & ", ", ", "; "];

    // Vectorised searches: with invariant globalization, a case-insensitive string.IndexOf compares character by character.
    private static readonly PhraseSet AnySeparator = new(Separators);

    private static readonly PhraseSet Affiliations = new(
    [
        "press", "news", "staff", "reuters", "associated", "agency", "correspondent", "writer", "reporter", "editor", "contributor", "special to",
        "times", "today", "post", "journal", "bureau", "network", "redaktion", "daction", "redacci", "agencia", "agence", "cnn", "bbc", "afp", "dpa",
        // "By Daniel Whitaker, Capitol Wire": a statehouse news service, or the paper a story was written for ("…, Valley Herald").
        "wire", "service", "herald", "tribune", "gazette",
        // "BY ELISE LABOTT, REPORTING FROM THE UNITED NATIONS": where the writer filed from, in capitals as the name is.
        "reporting from", "reporting in", "writing from",
    ]);

    /// <summary>
    /// "By Wanjiru Kamau, Daily Sentinel": a portal carrying a paper's story signs it with the paper's name. Apart from
    /// <see cref="Affiliations"/>, since a paper alone ("The Sentinel, Thursday 5 December 2013") is a desk's name.
    /// </summary>
    private static readonly SearchValues<string> PaperNameWords = SearchValues.Create(
        ["daily", "sentinel", "chronicle", "observer", "standard", "monitor", "telegraph"], StringComparison.OrdinalIgnoreCase);

    /// <summary>The names in a byline line, or null when the line is not a byline.</summary>
    public static List<string>? TryRead(string line)
    {
        if (line.Length > 200)
        {
            return null;
        }

        // "—By Corinne Abara": a magazine sets its byline after a dash.
        var text = line.AsSpan().Trim().TrimStart("—–");

        // "作者：Name", "记者：Name Name": a Chinese byline is the writer's label and a colon before the names.
        if (text.Length > 3 && text[0] is >= '\u4E00' and <= '\u9FFF' && HanziStaffLinesUnderText.Read(line) is { Kind: HanziStaffLinesUnderText.Kind.Writer, Names: { Count: > 0 } writers })
        {
            return writers;
        }

        // "Produced by A and B, Photographs by C, Written by D": a feature's credit line names its writers among its makers.
        if (RoleCreditLine.Writers(text) is { } credited)
        {
            return credited;
        }

        var prefix = LabelLength(text);
        prefix = prefix > 0 ? prefix : RelativePostedByline.LabelLength(text) is > 0 and var relative ? relative : RoleBeforeNameLength(text);
        prefix = prefix > 0 ? prefix : GluedByLabel.Length(text);
        var names = BlogSectionBeforeUpdate.Strip(WithoutSecondLabel(text[prefix..]));
        names = names[RoleBeforeName.Length(names)..];
        return prefix == 0 ? null : ReadNames(GluedRoleAt(names) is > 0 and var glued ? names[..glued] : names) ?? HandleByline.Read(names);
    }

    /// <summary>
    /// "von Autor: Georg Holzer": a template that prints its own "Autor:" label after the byline's "von" (the words of two
    /// elements, the theme's and the field's); the names follow the second label, which ends in a colon.
    /// </summary>
    private static ReadOnlySpan<char> WithoutSecondLabel(ReadOnlySpan<char> names)
    {
        var trimmed = names.TrimStart();
        return Prefixes.MatchLength(trimmed) is > 1 and var label && trimmed[label - 1] == ':' ? trimmed[label..] : names;
    }

    // A law blog's "Rechtsanwalt Jan Brandt", "Fachanwältin Eva Roth": the lawyer's title before the name, as a newsroom's.
    private static readonly string[] RolesBeforeName = ["redakteurin", "redakteur", "autorin", "korrespondentin", "korrespondent", "anwalt", "anwältin"];

    /// <summary>
    /// "Rechtsanwalt Jan Brandt" as a structured-data author's name: a German job title before the name is no part of it,
    /// in the page's metadata as in its byline.
    /// </summary>
    public static string WithoutRoleBeforeName(string name) => RoleBeforeNameLength(name) is > 0 and var length ? name[length..].Trim() : name;

    /// <summary>"FAKTUM-Online-Redakteurin Sabine Kettler", "Korrespondent Jan Brandt": a German portal's job title before the name.</summary>
    private static int RoleBeforeNameLength(ReadOnlySpan<char> text)
    {
        var space = text.IndexOf(' ');
        if (space <= 0 || text.Length > 80 || Words.Count(text[(space + 1)..]) is < 2 or > 3)
        {
            return 0;
        }

        foreach (var role in RolesBeforeName)
        {
            if (text[..space].EndsWith(role, StringComparison.OrdinalIgnoreCase))
            {
                return space + 1;
            }
        }

        return 0;
    }

    /// <summary>"LETTERS TO THE EDITOR", "News From Our Staff": a heading in capitals ends with a role, but its words are no name's.</summary>
    /// <summary>Words that open a newsroom job title ("Foreign Affairs Reporter", "Senior Writer", "Chief Political Correspondent").</summary>
    private static readonly WordSet RoleOpeners = new(["foreign", "senior", "chief", "political", "diplomatic", "national", "deputy", "associate",
        "assistant", "managing", "executive", "contributing", "investigative", "congressional", "legal", "economics", "business", "health",
        "science", "sports", "education", "environment", "technology", "defense", "defence", "crime", "courts", "metro", "features", "opinion"]);

    /// <summary>The words a paper's name ends in ("Harlow Sentinel", "Cass County Ledger"), short of those that are common surnames.</summary>
    private static readonly WordSet PaperTitleWords = new(["sentinel", "ledger", "times", "herald", "tribune", "gazette", "journal", "courier", "chronicle",
        "register", "examiner", "observer", "bulletin", "dispatch", "enterprise", "inquirer", "telegraph", "democrat", "argus", "courant", "mercury",
        "record", "review", "advocate", "beacon", "standard", "citizen", "news"]);

    /// <summary>Whether <paramref name="word"/> closes a paper's name ("Sentinel", "Ledger", "News").</summary>
    public static bool IsPaperTitleWord(ReadOnlySpan<char> word) => PaperTitleWords.Contains(word);

    private static readonly WordSet HeadingWords = new(["to", "the", "of", "for", "from", "in", "on", "at", "with", "a", "an", "our", "your", "letters", "news", "meet"]);

    /// <summary>Name prefixes whose next letter is a capital: "McKenzie", "MacLeod", "DeShawn", "LaToya", "FitzGerald".</summary>
    private static readonly WordSet CapitalisedNamePrefixes = new(
        ["mc", "mac", "de", "di", "da", "du", "del", "dal", "della", "la", "le", "van", "vande", "vanden", "vander", "von", "ten", "ter", "fitz", "st", "saint", "o", "al", "el", "ben", "abu"]);

    /// <summary>
    /// "Ffion RhysPolitical reporter", "Karen OlsenAssociated Press": a dump runs the byline's name and the job title or
    /// agency under it together. Where a capital inside a word starts a role or an agency, the name ends; -1 if none does.
    /// </summary>
    private static int GluedRoleAt(ReadOnlySpan<char> text)
    {
        for (var i = 2; i < text.Length; i++)
        {
            if (char.IsUpper(text[i]) && char.IsLower(text[i - 1]) && char.IsLower(text[i - 2]))
            {
                // "Mary VanderMolen, staff writer": a surname's inner capital is followed by the rest of the name, then a comma.
                var wordStart = text[..i].LastIndexOf(' ') + 1;
                var tail = text.Slice(i, Math.Min(40, text.Length - i));
                var tailWordEnd = tail.IndexOfAny(' ', ',');
                if (char.IsUpper(text[wordStart]) && !CapitalisedNamePrefixes.Contains(text[wordStart..i]) && !(tailWordEnd > 0 && tail[tailWordEnd] == ',')
                    && (RoleWords.FoundIn(tail) || Affiliations.FoundIn(tail)))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Whether the line opens with a byline's label ("By ", "Von ", "Reporter:"), asked before anything is cut from it.</summary>
    public static bool OpensAsByline(string line) => LabelLength(line.AsSpan().Trim().TrimStart("—–")) > 0;

    /// <summary>The length of the byline label the text opens with ("By ", "Written by ", "Posted by "); 0 if none.</summary>
    public static int LabelLength(ReadOnlySpan<char> text) => Prefixes.MatchLength(text) is > 0 and var length ? length : RomanianDeLabel.Length(text);

    /// <summary>Names joined by commas and "and"; stops at the first piece that is a description rather than a name.</summary>
    public static List<string>? ReadNames(ReadOnlySpan<char> text)
    {
        // "Simon Achterberg@sachterbergSept. 27, 20137 Comments": a scraped byline runs the name, the writer's handle,
        // the date and the comment count together; the name ends where the handle starts.
        if (text.IndexOf('@') is > 1 and var glued && char.IsLower(text[glued - 1]) && text[..glued].LastIndexOf(' ') is > 0 and var wordStart
            && char.IsUpper(text[wordStart + 1]))
        {
            text = text[..glued];
        }

        if (text.Contains('@'))
        {
            text = WithoutHandles(text);
        }

        text = PhotographerAfterWriter.WritersOnly(text);
        // "By A & B / Published 30th December 2014": the slash before the date ends the names (SlashBeforeBylineDate).
        text = SlashBeforeBylineDate.Cut(text);
        var cut = text.IndexOfAny('|', '—', '–');
        if (cut > 0)
        {
            text = text[..cut];
        }

        var dash = text.IndexOf(" - ", StringComparison.Ordinal);
        if (dash > 0)
        {
            text = text[..dash];
        }

        // "By A and B via GOOD MORNING AMERICA", "By Leah Marchetti for Zero Day", "By TOM HARLOW FOR MAILONLINE": the programme,
        // the blog or the site follows the names.
        var via = text.IndexOfAny(Via) is > 0 and var at ? at : text.IndexOf(" for ", StringComparison.Ordinal) is > 0 and var lower ? lower : text.IndexOf(" FOR ", StringComparison.Ordinal);
        if (via > 0)
        {
            // "By Sophie Marchand, for GNN": a comma may part the name from the site it was written for.
            text = text[..via].TrimEnd(" ,");
        }

        // "By Ben Iwasaki and Carla Stroud of the Ledger": the paper after both names.
        if (text.IndexOf(" of the ", StringComparison.Ordinal) is > 0 and var ofThe)
        {
            text = text[..ofThe];
        }

        if (WireServiceByline.TrailingServiceAt(text) is > 0 and var agency)
        {
            text = text[..agency];
        }

        // "Inês Cardoso Matias, com Lusa": the agency the writer drew on.
        text = AgencyContribution.Without(text);

        // "Par Martin Roux (avec Léa Petit et Paul Gros)": a text dump prints the co-writers' bracket as the HTML path reads it.
        text = text.TrimEnd();
        if (text.Length > 0 && text[^1] == ')' && CoWritersInParentheses.Split(text.ToString()) is { } coWriters)
        {
            return coWriters;
        }

        // "Par Anne-Sophie Rivière (Lyon, correspondante)": the brackets may hold a comma that would split the name from its role.
        text = WithoutRoleInParentheses(text);

        var names = new List<string>();
        var remaining = text.Trim();
        while (!remaining.IsEmpty)
        {
            var piece = NextPiece(remaining, out remaining);
            var name = AcronymOutletAfterName.Trim(CapitalsNameBeforeSource.Trim(WithoutLeadingTitle(Whitespace.Collapse(WithoutRoleInParentheses(piece.Trim(" .:"))))));
            if (name.Length == 0 || IsPrefixAlone(name))
            {
                continue;
            }

            // "Por Juliana Schmitt Carvalho, de Blumenau": the place filed from, after the name.
            // "Posted by Dana Reyes, Developer Advocate for Sensors": the writer's job title after the comma.
            // "By Dana Whitfield, Harbour Arts Foundation": the body the writer works for (InstitutionAfterBylineComma).
            if (names.Count > 0 && (PlaceAfterBylineComma.Is(name) || CommenterJobTitle.IsJobTitle(name) || InstitutionAfterBylineComma.Is(name)))
            {
                break;
            }

            if (!Words.LooksLikePersonName(name) || IsDeskName(name) || (names.Count > 0 && IsAffiliation(name)))
            {
                // "By Charmaine Teo Transport Correspondent": the job title follows the name with nothing between them.
                if (names.Count == 0 && TryReadNameBeforeRole(name) is { } named)
                {
                    names.Add(named);
                }

                break;
            }

            if (!names.Contains(name, StringComparer.OrdinalIgnoreCase))
            {
                names.Add(name);
            }
        }

        return names.Count > 0 ? names : null;
    }

    /// <summary>"&lt;span class="meta-prep-author"&gt;By &lt;/span&gt;": the byline's label in an element of its own names nobody.</summary>
    private static bool IsPrefixAlone(string name) => name.Length <= 12 && Prefixes.MatchLength(string.Concat(name, " ")) == name.Length + 1;

    /// <summary>
    /// "CNN's Dana Rourke", "CNN Political Producer Dana Rourke": the outlet or the job title before the name is no part of it;
    /// two or three words must stay behind it, so a name is never cut to one word.
    /// </summary>
    private static string WithoutLeadingTitle(string piece)
    {
        var words = piece.Split(' ');
        if (words.Length < 3)
        {
            return piece;
        }

        var nameStart = words[0].EndsWith("'s", StringComparison.OrdinalIgnoreCase) || words[0].EndsWith("’s", StringComparison.OrdinalIgnoreCase) ? 1 : 0;
        for (var i = words.Length - 3; i >= nameStart; i--)
        {
            if (RoleTitles.Contains(words[i]))
            {
                nameStart = i + 1;
                break;
            }
        }

        var name = nameStart == 0 || words.Length - nameStart > 3 ? piece : string.Join(' ', words[nameStart..]);
        return name != piece && Words.LooksLikePersonName(name) ? name : piece;
    }

    /// <summary>"Dana Whitcomb (Editor)": a role in parentheses after the name is no part of it.</summary>
    private static ReadOnlySpan<char> WithoutRoleInParentheses(ReadOnlySpan<char> piece)
    {
        var open = piece.Length > 0 && piece[^1] == ')' ? piece.LastIndexOf('(') : -1;
        return open > 0 && (IsRole(piece[(open + 1)..^1].ToString()) || MediaLabels.Contains(piece[(open + 1)..^1])) ? piece[..open].TrimEnd() : piece;
    }

    /// <summary>"MEREDITH CALLOWAY (@mcallowayUBC) and …", "Dana Whitcomb dwhitcomb@example.com": handles and addresses are no names.</summary>
    private static ReadOnlySpan<char> WithoutHandles(ReadOnlySpan<char> text)
    {
        var kept = new System.Text.StringBuilder(text.Length);
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            if (!word.Contains('@'))
            {
                kept.Append(word).Append(' ');
            }
            else if (word[^1] is ',' or ';' && kept.Length > 0)
            {
                // "A (@handle), Outlet": the comma after the handle still ends the name.
                kept.Insert(kept.Length - 1, word[^1]);
            }
        }

        return kept.ToString().AsSpan().TrimEnd();
    }

    private static ReadOnlySpan<char> NextPiece(ReadOnlySpan<char> text, out ReadOnlySpan<char> rest)
    {
        var at = AnySeparator.IndexIn(text);
        if (at < 0)
        {
            rest = [];
            return WithoutPlace(text);
        }

        rest = text[(at + SeparatorLengthAt(text[at..]))..];
        return WithoutPlace(text[..at]);
    }

    /// <summary>"Rowena Castle in Kiev and Toby Marchant in Brussels": where each writer filed from follows the name.</summary>
    private static ReadOnlySpan<char> WithoutPlace(ReadOnlySpan<char> piece)
    {
        var at = piece.IndexOf(" in ", StringComparison.Ordinal);
        if (at <= 0 || Words.HasDigit(piece))
        {
            return piece;
        }

        var place = piece[(at + " in ".Length)..].Trim();
        var name = piece[..at].Trim();
        if (place.IsEmpty || Words.Count(place) > 3 || Words.Count(name) is < 2 or > 3 || !Words.LooksLikePersonName(name))
        {
            return piece;
        }

        foreach (var range in place.Split(' '))
        {
            if (place[range] is { IsEmpty: false } word && !char.IsUpper(word[0]))
            {
                return piece;
            }
        }

        return name;
    }

    private static int SeparatorLengthAt(ReadOnlySpan<char> text)
    {
        foreach (var separator in Separators)
        {
            if (text.StartsWith(separator, StringComparison.OrdinalIgnoreCase))
            {
                return separator.Length;
            }
        }

        throw new UnreachableException("the separator search found a separator here");
    }

    /// <summary>
    /// "Priya Chandrasekar Environment correspondent": a name and its job title on one line with nothing between them.
    /// The name is the longest run of two or three leading words that leaves a title of at least two words.
    /// </summary>
    public static string? TryReadNameBeforeRole(string line)
    {
        if (!IsRole(line))
        {
            return line.Length >= 50 && PaperAfterRole.WithoutPaper(line) is { } withoutPaper && IsRole(withoutPaper) ? TryReadNameBeforeRole(withoutPaper) : null;
        }

        // "By Ffion RhysPolitical reporter, WBC Wales": the "By" is no part of the name.
        line = line[Prefixes.MatchLength(line)..].TrimStart();
        if (GluedRoleAt(line) is > 0 and var glued)
        {
            return line.AsSpan(0, glued) is var glue && Words.Count(glue) is 2 or 3 && Words.LooksLikePersonName(glue) ? Whitespace.Collapse(glue.ToString()) : null;
        }

        // "Tom Okafor, Contributor": a comma between them.
        var comma = line.IndexOf(", ", StringComparison.Ordinal);
        if (comma > 0 && line.AsSpan(0, comma) is var before && Words.Count(before) is 2 or 3 && Words.LooksLikePersonName(before) && IsRole(line[(comma + 2)..]))
        {
            return Whitespace.Collapse(before);
        }

        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        for (var count = Math.Min(3, words.Length - 2); count >= 2; count--)
        {
            // "Rachel Obi Consumer affairs correspondent": a role in sentence case starts with a capital, the words after it
            // in lower case; "Mary Ann Ruiz staff writer" keeps three names, as "staff" is a role's own word.
            if (count == 3 && words.Length > 4 && char.IsLower(words[3][0]) && !IsRole(words[3]))
            {
                continue;
            }

            // "Brendan Garrity Foreign Affairs Reporter", "Ffion Rhys Senior Political Correspondent": a word that opens
            // job titles is no third name, nor is the place a beat is named for ("China Correspondent", PlaceBeatOpening).
            if (count == 3 && (RoleOpeners.Contains(words[2]) || PlaceBeatOpening.Opens(words[2])))
            {
                continue;
            }

            // "By Megan Tolliver Sentinel Staff Writer": the paper's short name opens the job title, as in the photo
            // credit "Megan Tolliver/Sentinel".
            if (count == 3 && PaperTitleWords.Contains(words[2]))
            {
                continue;
            }

            var name = string.Join(' ', words[..count]);
            if (Words.LooksLikePersonName(name) && !IsRole(name) && !words[..count].Any(word => HeadingWords.Contains(word)) && IsRole(string.Join(' ', words[count..])))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// "Olivia Chan and Kenneth Lau", "Lindiwe Mokoena, Pieter van Wyk": two or more writers' names alone on a line, without
    /// "By"; every piece must be a name of two or three words.
    /// </summary>
    public static List<string>? TryReadBareNames(string line)
    {
        // "Follow: Airline Fees, Baggage Fees, Spirit Airlines": a label before a list makes it no list of names.
        if (line.Length > 100 || !AnySeparator.FoundIn(line) || Words.HasDigit(line) || line.Contains(": ", StringComparison.Ordinal))
        {
            return null;
        }

        // Checked before anything is allocated: most lines asked are no list of names.
        var count = 0;
        var remaining = line.AsSpan().Trim();
        while (!remaining.IsEmpty)
        {
            var piece = NextPiece(remaining, out remaining).Trim();
            if (Words.Count(piece) is < 2 or > 3 || !Words.LooksLikePersonName(piece) || IsDeskName(piece))
            {
                return null;
            }

            count++;
        }

        if (count < 2)
        {
            return null;
        }

        var names = new List<string>(count);
        remaining = line.AsSpan().Trim();
        while (!remaining.IsEmpty)
        {
            names.Add(Whitespace.Collapse(NextPiece(remaining, out remaining).Trim()));
        }

        return names;
    }

    /// <summary>"Pete Kaminski, Staff Writer, Eastline News": names, then their job title, with no "By".</summary>
    public static List<string>? TryReadNamesBeforeRole(string line) =>
        IsRole(line) && line.Contains(", ", StringComparison.Ordinal) && ReadNames(line) is { } names && !IsRole(names[0]) ? names : null;

    /// <summary>"Harlow Sentinel", "Cass County Ledger": a name whose last word is one a paper's name ends in.</summary>
    public static bool EndsWithPaperWord(string name) =>
        name.AsSpan().Trim() is var text && text.LastIndexOf(' ') is var space && PaperTitleWords.Contains(text[(space + 1)..]);

    /// <summary>"Colin Abernathy", "Elisa Fournier": a writer's own name of two to four words, no desk's and no wire service's.</summary>
    /// <remarks>"Ormalingen, Ormalingen, Baselbiet": single words listed with commas are places or sections (SingleWordCommaList).</remarks>
    public static bool IsWritersName(string name) =>
        Words.LooksLikePersonName(name) && Words.CountUpTo(name, 4) is >= 2 and <= 4 && !IsDeskName(name) && !WireServiceByline.IsWireService(name)
        && !SingleWordCommaList.Is(name);

    /// <summary>
    /// "The Note", "Belief Blog Editor", "Redaktion BWK": a column's or a desk's name, which looks like a name but is no person's. An
    /// agency or a paper signing as itself ("By The Associated Press") is its story's author.
    /// </summary>
    public static bool IsDeskName(ReadOnlySpan<char> name)
    {
        var firstSpace = name.IndexOf(' ');
        var lastSpace = name.LastIndexOf(' ');
        return (firstSpace == 3 && name.StartsWith("the", StringComparison.OrdinalIgnoreCase) && !Affiliations.FoundIn(name))
            || (lastSpace > 0 && RoleTitles.Contains(name[(lastSpace + 1)..]))
            || NewsroomDeskName.Is(name) || NewsroomDeskName.EndsWithNewsroomWord(name);
    }

    /// <summary>"Editors", "staff", "Desk": a word a desk's signature ends in ("Metro Desk", "Courier-Post staff"), in any case.</summary>
    public static bool IsRoleTitle(ReadOnlySpan<char> word) => RoleTitles.Contains(word);

    /// <summary>
    /// "Redazione", "Redaktion", "Staff": the newsroom as one word, which a CMS puts in the author meta of every story
    /// (Joomla's default account) while the text names the writer ("Scritto da Marco Tagliabue").
    /// </summary>
    public static bool IsDeskWord(string text) => !text.AsSpan().Trim().Contains(' ') && IsRole(text);

    /// <summary>"Staff Writer", "Transport Correspondent": a job title printed beside a byline.</summary>
    public static bool IsRole(string text) => text.Length < 50 && RoleWords.FoundIn(text) && !text.AsSpan().ContainsAny(LettersSection);

    /// <summary>"Letters to the editor for Thursday, Sept. 26": the section readers write to names the editor, not a job.</summary>
    private static readonly SearchValues<string> LettersSection = SearchValues.Create(["letters to the editor", "letter to the editor"], StringComparison.OrdinalIgnoreCase);

    /// <summary>"Text by Élodie MARCHAND (text)": what the writer made, in brackets after the name.</summary>
    private static readonly WordSet MediaLabels = new(["text", "video", "photo", "photos", "texte", "vidéo"]);

    private static bool IsAffiliation(string name) =>
        !name.Contains(' ', StringComparison.Ordinal) || FiledFromPlace.Is(name) || Affiliations.FoundIn(name) || name.AsSpan().ContainsAny(PaperNameWords);
}
