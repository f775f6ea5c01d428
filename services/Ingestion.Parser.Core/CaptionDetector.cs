using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>Photo captions and credits, which sit inside the article text but are not part of it.</summary>
internal static class CaptionDetector
{
    private static readonly PrefixSet Prefixes = new(
        ["photo:", "photo :", "photos:", "image:", "caption:", "foto:", "fotos:", "bild:", "picture:", "photograph:", "pictured:", "file photo:", "illustration:", "enlarge /", "image credit:",
        "image copyright", "image source,", "image caption", "media caption",
        // "Bildunterschrift: Am Busbahnhof …" / "Foto: Name": a German CMS prints the caption's label for screen readers.
        "bildunterschrift:",
        // "Fotografia: Rui Gaudêncio": Portuguese and Italian papers spell the label out, Spanish ones too ("Fotografía:").
        "fotografia:", "fotografía:",
        // "Images: Agency; Name, Name/Site": one credit line under the text for all of its pictures, the label in the plural
        // as "photos:" is.
        "images:"]);

    /// <summary>What the end of a credit line holds: "(AP Photo/…)", "Getty Images", "Photo: …".</summary>
    internal static readonly string[] CreditMarks =
    [
        "ap photo", "getty images", "/reuters", "reuters/", "(reuters)", "/afp", "afp/", "afp via", "(afp)", "/epa", "/ epa", "epa/", "/ afp", "/ reuters", "photo:", "photo by",
        "photograph:", "photograph by", "image:", "image credit", "credit:", "foto:", "bild:", "/file", "shutterstock", "istock", "/dpa", "dpa/",
        "(dpa)", "(pa)", "picture alliance", "photo credit", "dit photo", "photo :", "/ap", "(ap)", "courtesy of", "photo)", "submitted photo", "courtesy photo", "contributed photo", "flickr/", "flickr /", "wikimedia commons", "(foto ", "(fot. ",
        // "Russian Foreign Minister Sergei Lavrov (AFP Photo / Emmanuel Dunand)": the agency's photo credit in brackets.
        "(afp photo", "(reuters photo",
        // "… od 2011 roku. Fot. Anna Zielińska": Polish papers' credit.
        " fot. ",
        // "… push fares up. PHOTO | FILE", "PHOTO | JOSEPH KANYI": East African papers' credit after a bar.
        "photo | ",
        // "Cover image by Name", "Header image by Name": a blog's credit for the picture over its post, named for where it stands.
        "cover image by", "header image by", "featured image by", "feature image by", "hero image by", "lead image by",
        // "… on the floor of Lake Superior in July. Photo courtesy Great Lakes Wreck Society.": the lender after the caption's sentence.
        "photo courtesy ",
    ];

    /// <summary>
    /// A word every credit mark without a slash or a parenthesis holds: a search for these few words (and for the two
    /// characters) turns down most lines at a third of the cost of searching for every mark.
    /// </summary>
    internal static readonly string[] CreditWords =
        ["photo", "image", "getty", "afp via", "shutterstock", "istock", "picture alliance", "courtesy of", "wikimedia commons", "credit", "foto", "bild", "fot."];

    private static readonly PhraseSet Credits = new(CreditMarks);
    private static readonly PhraseSet AnyCreditWord = new(CreditWords);

    /// <summary>Whether the line opens with a caption's label ("PHOTO: …", "Photo: …", "Image: …").</summary>
    public static bool OpensWithLabel(string line) => Prefixes.MatchLength(line.AsSpan().Trim()) > 0;

    /// <summary>The caption text(s) of a caption line, or null when the line is not one.</summary>
    public static IReadOnlyList<string>? TryRead(string line)
    {
        if (line.Length > 500)
        {
            return null;
        }

        var text = line.AsSpan().Trim();
        // "… to build a thumbnail image:" over a code block: the label closes a sentence and credits no one (CreditLabelClosingSentence).
        if (CreditLabelClosingSentence.Is(text))
        {
            return null;
        }

        var prefix = Prefixes.MatchLength(text);
        if (prefix == 0 && ArchivePhotoMark.Opens(text) && !EndsWithCredit(text))
        {
            return [Whitespace.Collapse(ArchivePhotoMark.WithoutTrailingDash(text))];
        }

        if ((prefix == 0 && !EndsWithCredit(text) && GluedCaptionCredit.TrySplit(text) is null && !IsSlashCreditAfterBareLabel(text)) || IsTableCaption(text))
        {
            // "(Image credits: Name; Name; Site)": a roundup's one credit line for its pictures, kept as shown (BracketedCreditsLine).
            return prefix == 0 && BracketedCreditsLine.Is(text) ? [text.ToString()] : null;
        }

        var caption = text[prefix..].TrimStart(" ,").TrimEnd();
        // "Image copyrightGetty ImagesImage captionTurbine housings …": a broadcaster's credit and caption, their labels
        // glued to them as a dump prints the spans.
        var label = prefix > 0 ? caption.IndexOf("Image caption", StringComparison.Ordinal) : -1;
        return label > 0
            ? [Whitespace.Collapse(caption[..label]), Whitespace.Collapse(caption[(label + "Image caption".Length)..].TrimStart(" ,"))]
            : SplitGluedPlayButton(caption);
    }

    /// <summary>
    /// "CAPTION: Related Quotes": <c>lynx -dump</c> labels a table's &lt;caption&gt; in capitals; it heads a table of
    /// figures, never a picture.
    /// </summary>
    private static bool IsTableCaption(ReadOnlySpan<char> text) => text.StartsWith(TableCaptionLabel, StringComparison.Ordinal);

    private const string TableCaptionLabel = "CAPTION: ";

    /// <summary>
    /// "Photo by Marcus Feld", "Credit: City of Denver", "Foto: Jaime Moreno / EL HERALDO ANDINO": a credit alone on its
    /// line, under the caption it belongs to.
    /// </summary>
    public static bool IsCreditOnly(string line)
    {
        // "(Photo: Rachel Ostrander, Heartland Today)": a credit in brackets is one too.
        var text = line.AsSpan().Trim();
        text = text is ['(', .. var inner, ')'] ? inner : text;
        // "Photograph by: Dale Kroeker, The Prairie Herald": after its opening, a credit names the photographer and the paper.
        var words = text.Length < 80 ? Words.Count(text) : int.MaxValue;
        return (words <= MaxOpenedCreditWords && CreditOpenings.Matches(text) && !Words.EndsSentence(text))
            || (text.Length < 60 && words <= 6 && (CreditOpenings.Matches(text) || IsSlashCredit(text) || EndsWithPhotographerWords(text)))
            || (text.Length < 60 && words <= MaxOpenedCreditWords && IsLabelledName(text))
            || IsForPaperCredit(text) || CourtesyCredit.Is(text) || PipeAgencyCredit.Is(text) || IsSlashPaperCredit(text) || BarPaperCredit.Is(text) || OwnerPhotoCredit.Is(text) || PhotographerCopyright.Is(text)
            || IsSlashCreditAfterBareLabel(text);
    }

    /// <summary>
    /// "Credit Ruth Ann Sokolowski / KPRN": public radio stations' sites of 2012–2015 (NPR's Core Publisher) label a picture's
    /// credit with the word alone, no colon, over the caption. The word opens a sentence of the text only before a lower-case
    /// word ("Credit card fees …") or with no photographer and slash after it.
    /// </summary>
    private static bool IsSlashCreditAfterBareLabel(ReadOnlySpan<char> text) =>
        text.Length < 80 && text.StartsWith(BareCreditLabel, StringComparison.Ordinal) && text[BareCreditLabel.Length..] is [>= 'A' and <= 'Z', ..] and var credit
        && IsSlashCredit(credit);

    private const string BareCreditLabel = "Credit ";

    /// <summary>
    /// "Tom Castellanos / The Cedar Valley Times": the paper's photographer, credited by name and paper across a spaced
    /// slash. A paper's name without "The" is taken when every word of it is capitalised, as Honolulu and other papers
    /// print the whole credit in capitals ("DENNIS AKANA / PACIFIC ISLE DAILY NEWS"); a role after the slash ("Jane
    /// Doe / Staff Writer") makes a byline, not a credit.
    /// </summary>
    private static bool IsSlashPaperCredit(ReadOnlySpan<char> text)
    {
        var slash = text.Length > 70 ? -1 : text.IndexOf(" / ", StringComparison.Ordinal);
        if (slash <= 0 || Words.EndsSentence(text))
        {
            return false;
        }

        var name = text[..slash];
        var paper = text[(slash + " / ".Length)..];
        var namesPaper = paper.StartsWith("The ", StringComparison.Ordinal)
            || (AllWordsCapitalised(paper) && !paper.Contains('/') && !BylineParser.IsRole(paper.ToString()));
        return namesPaper && Words.Count(name) is 2 or 3 && Words.LooksLikeName(name) && AllWordsCapitalised(name) && Words.Count(paper) <= 5 && Words.LooksLikeName(paper);
    }

    /// <summary>"Nathan Oyelaran for The New Yardley Times": a freelance photographer, credited as working for the paper.</summary>
    private static bool IsForPaperCredit(ReadOnlySpan<char> text)
    {
        var forThe = text.Length > 70 ? -1 : text.IndexOf(" for The ", StringComparison.Ordinal);
        if (forThe <= 0 || Words.EndsSentence(text))
        {
            return false;
        }

        var name = text[..forThe];
        var paper = text[(forThe + " for ".Length)..];
        // "Sign up for The Tribune Daily": each of the photographer's names is capitalised.
        return Words.Count(name) is 2 or 3 && Words.LooksLikeName(name) && AllWordsCapitalised(name) && Words.Count(paper) <= 5 && Words.LooksLikeName(paper);
    }

    private const string PaperPhotoWord = " photo";

    private static readonly string[] PhotographerEndings = ["file photo", "staff photo", "file photograph", "staff photographer", "contributing photographer"];

    /// <summary>"Lakeview Ledger file photo", "(Mark Tolland / Staff Photographer)": the paper's own picture, credited by its kind or its taker's job.</summary>
    internal static bool EndsWithPhotographerWords(ReadOnlySpan<char> text)
    {
        if (Words.EndsSentence(text) || text is not [var first, ..] || !char.IsUpper(first))
        {
            return false;
        }

        foreach (var ending in PhotographerEndings)
        {
            // The words before it name the paper or the photographer: "We went through the file photo" is a sentence.
            if (text.EndsWith(ending, StringComparison.OrdinalIgnoreCase) && text[..^ending.Length].Trim(" /") is var owner
                && (owner.IsEmpty || AllWordsCapitalised(owner.ToString().Replace(" / ", " ", StringComparison.Ordinal))))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Credit: Kent Police", "Photo by Marcus Feld": a credit that says it is one.</summary>
    public static bool IsLabelledCredit(string line) => IsCreditOnly(line) && CreditOpenings.Matches(line.AsSpan().Trim());

    /// <summary>"AP Photo/Ray Vollmer", "Jonathan Meaney/Getty Images": a photographer and an agency, no sentence.</summary>
    public static bool IsSlashCredit(ReadOnlySpan<char> text) => text.Contains('/') && !Words.EndsSentence(text) && (EndsWithCredit(text) || IsNameSlashInitials(text) || AgencySlashCredit.Is(text));

    /// <summary>
    /// "Renata Solis / WKPR", "Dana Ruiz/NPR": the photographer, a slash and the station's or paper's initials; or
    /// "Jordan Pike/The Ledger": the paper's name in capitalised words; "Dana Kowalczyk/Ledger photo": the paper's name and
    /// the word a small paper's own pictures are credited with.
    /// </summary>
    private static bool IsNameSlashInitials(ReadOnlySpan<char> text)
    {
        var slash = text.LastIndexOf('/');
        var initials = text[(slash + 1)..].Trim();
        initials = initials.Length > PaperPhotoWord.Length && initials.EndsWith(PaperPhotoWord, StringComparison.OrdinalIgnoreCase)
            ? initials[..^PaperPhotoWord.Length]
            : initials;
        var name = text[..slash].Trim();
        return ((initials.Length is >= 2 and <= 6 && !initials.ContainsAnyExceptInRange('A', 'Z'))
                || (Words.Count(initials) is >= 1 and <= 4 && AllWordsCapitalised(initials) && !initials.ContainsAnyInRange('0', '9')))
            && Words.Count(name) is >= 2 and <= 4 && Words.LooksLikePersonName(name);
    }

    /// <summary>"Photo: Isabel Kwan, The Chronicle": a caption label before a name and paper in capitalised words, no sentence.</summary>
    private static bool IsLabelledName(ReadOnlySpan<char> text)
    {
        var prefix = Prefixes.MatchLength(text);
        var name = text[prefix..].Trim();
        return prefix > 0 && name.Length > 0 && !Words.EndsSentence(name)
            && (CapitalisedNameWords.AreAll(name) || IsLowercaseCredit(text[..prefix], name));
    }

    /// <summary>
    /// "foto: christian lendl", "foto: apa/herbert pfarrhofer": Austrian papers set the whole credit in lower case, its
    /// label too; a sentence after a lower-case label runs longer and ends with a stop.
    /// </summary>
    private static bool IsLowercaseCredit(ReadOnlySpan<char> label, ReadOnlySpan<char> name) =>
        !HasUppercaseLetter(label) && !HasUppercaseLetter(name) && Words.Count(name) is >= 1 and <= 4 && !name.ContainsAnyInRange('0', '9');

    private static bool HasUppercaseLetter(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "DPA", "AFP", "Reuters", "© dapd": a news agency's name alone on its line, under a picture's caption, credits the
    /// picture; German and Austrian papers print it after a copyright sign.
    /// </summary>
    public static bool IsAgencyOnly(string line) => line.Length <= 20 && Agencies.Contains(line.AsSpan().Trim().TrimStart("© ").Trim());

    /// <summary>"Backgrid", "Rex Features": a news or picture agency's name, as a credit names it after a slash.</summary>
    public static bool IsAgencyName(ReadOnlySpan<char> name) => name.Length <= 20 && Agencies.Contains(name);

    private static readonly WordSet Agencies = new(
    [
        "dpa", "dapd", "afp", "ap", "reuters", "epa", "ddp", "ansa", "efe", "getty images", "europa press", "agencia efe",
        // The national agencies of Belgium, the Netherlands, Austria, Portugal, Switzerland and Argentina, as their
        // papers credit them alone under a caption ("© Belga", "Keystone").
        "belga", "anp", "apa", "lusa", "keystone", "télam", "telam",
        // The picture agencies Belgian and Dutch papers credit so ("© Photo News", "© Isopix", "Hollandse Hoogte").
        "photo news", "isopix", "belga image", "hollandse hoogte", "anp photo",
        // The picture agencies a British paper credits on a line of their own under a caption.
        "rex features", "rex", "rex/shutterstock", "splash news", "wenn", "big pictures", "pa", "pa wire", "backgrid",
        // The agencies a US daily credits by their full names on a line of their own under a caption ("… Tuesday afternoon." / "Associated Press").
        "associated press", "the associated press", "agence france-presse", "bloomberg news",
        // The British regional news and picture agencies a tabloid credits alone under a caption ("… in Hartlepool" / "North News").
        "north news", "swns", "mercury press", "ross parry", "cavendish press", "caters news", "solent news", "masons news", "apex news", "athena pictures",
        // The picture agencies German papers credit after the photographer ("© Winfried Rothermel / picture alliance").
        "picture alliance", "imago", "imago images", "ddp images", "action press",
    ]);

    private const int MaxOpenedCreditWords = 9;

    /// <remarks>"Staff photo by Dennis Ruhl", "File photo by …": a small paper's own picture, credited with whose it is first.</remarks>
    private static readonly PrefixSet CreditOpenings = new(["photo by ", "photograph by ", "photo by: ", "photograph by: ", "photo courtesy", "photo credit", "credit:", "courtesy of ",
        "staff photo by ", "file photo by ", "staff photograph by ",
        // "Photo provided by Oxbow County Sheriff's Office": a mugshot or a handout credited to whoever gave it.
        "photo provided by ", "photos provided by ", "image provided by ",
        // "Crédit photo : Simon Lévesque-Ouellet": a Québec or Belgian paper's credit line, French typography's space before the colon.
        "crédit photo :", "crédit photo:", "crédits photo :", "crédits photo:",
        // "Cover image by Name" closing a blog post: the credit of the picture over it, named for where that picture stands.
        .. PostPictureCredit.Openings]);

    /// <summary>
    /// Whether the text holds one of the credit marks; a "courtesy of" that runs on as a sentence's words ("came about
    /// courtesy of phishing") is none (CourtesyOfInSentence), and the text on either side of it is asked alone.
    /// </summary>
    private static bool HoldsCreditMark(ReadOnlySpan<char> text, int tailStart)
    {
        var tail = text[tailStart..];
        var prose = CourtesyOfInSentence.IndexIn(text);
        if (prose < 0 || prose + CourtesyOfInSentence.Length <= tailStart)
        {
            return Credits.FoundIn(tail);
        }

        return Credits.FoundIn(text[tailStart..Math.Max(tailStart, prose)]) || Credits.FoundIn(text[(prose + CourtesyOfInSentence.Length)..]);
    }

    private static bool EndsWithCredit(ReadOnlySpan<char> text)
    {
        var tailStart = Math.Max(0, text.Length - 60);
        var tail = text[tailStart..];
        return (tail.IndexOfAny('/', '(') >= 0 || AnyCreditWord.FoundIn(tail)) && (HoldsCreditMark(text, tailStart) || EndsWithCapitalsCredit(text))
            || EndsWithBracketedCredit(text) || EndsWithSquareBracketedAgency(text) || EndsWithPictureDate(text) || EndsWithAgencyInCapitals(text) || EndsWithBarCredit(text)
            || EndsWithCopyrightCredit(text) || EndsWithBracketedCopyright(text) || EndsWithPictureCredit(text) || EndsWithNameAfterSentence(text)
            || PaperPhotoCreditAfterSentence.EndsWith(text) || EndsWithDashSlashCredit(text) || GraphicCreditAfterSentence.EndsWith(text);
    }

    /// <summary>
    /// "Cars fill the main lot on Tuesday. — Colleen Marchand/Kestrel Valley Record": Canadian community papers (Black
    /// Press, 2010–2014) credit a caption after a dash that follows its last sentence, with the photographer, a slash and
    /// the paper. A sentence of the text that goes on after a dash names no one with a slash.
    /// </summary>
    private static bool EndsWithDashSlashCredit(ReadOnlySpan<char> text)
    {
        var at = text.LastIndexOf(". — ", StringComparison.Ordinal);
        if (at <= 0 || Words.Count(text[..at]) < 4)
        {
            return false;
        }

        var credit = text[(at + 4)..].Trim();
        return credit.Contains('/') && credit.Length <= 60 && IsNameSlashInitials(credit);
    }

    /// <summary>
    /// "Gwenaëlle et Yannick Le Bihan ont repris la boulangerie. | Courrier de l'Ouest-Atlantique", "… en septembre. |
    /// Photo Ouest-France": French regional papers (Ouest-France, 2010–2014) credit a caption after a bar that follows its
    /// last sentence; the credit is a name of a few capitalised words.
    /// </summary>
    private static bool EndsWithBarCredit(ReadOnlySpan<char> text) => EndsWithCreditAfter(text, ". | ", minWordsBefore: 5, maxCreditWords: 5);

    /// <summary>
    /// "La station Piges est fermée depuis 1985. © Belga": Belgian and French papers credit a caption with a bare "©" and
    /// the agency or photographer after its last sentence.
    /// </summary>
    private static bool EndsWithCopyrightCredit(ReadOnlySpan<char> text) => EndsWithCreditAfter(text, ". © ", minWordsBefore: 4, maxCreditWords: 4);

    /// <summary>
    /// "Happy Halloween – Apple hat uns neue MacBooks vorgestellt (© 2018 Apple )": German tech and lifestyle sites credit
    /// a caption with the rights holder in brackets after a "©", sentence or no sentence; a headline or a paragraph of the
    /// text closes with no picture's rights.
    /// </summary>
    private static bool EndsWithBracketedCopyright(ReadOnlySpan<char> text)
    {
        if (text is not [.., ')'])
        {
            return false;
        }

        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        return open > 0 && text.Length - open <= LongestBracketedCopyright && text[(open + 2)..].TrimStart() is ['©', .. var holder] && Words.HasLetter(holder)
            && Words.Count(text[..open]) >= 4;
    }

    private const int LongestBracketedCopyright = 60;

    /// <summary>
    /// "Iranian President Hassan Rouhani addresses the UN General Assembly in New York. Picture: Getty": British regional
    /// papers (2010–2014) credit a caption with a capitalised "Picture:" after its last sentence; in a sentence of the text
    /// "the bigger picture: …" is lower-case and runs on.
    /// </summary>
    private static bool EndsWithPictureCredit(ReadOnlySpan<char> text) => EndsWithCreditAfter(PictureSourceCredit.WithoutSource(text), ". Picture: ", minWordsBefore: 5, maxCreditWords: 4);

    /// <summary>A credit of a few capitalised words after the mark that follows the caption's last sentence.</summary>
    private static bool EndsWithCreditAfter(ReadOnlySpan<char> text, string mark, int minWordsBefore, int maxCreditWords)
    {
        var at = text.LastIndexOf(mark, StringComparison.Ordinal);
        if (at <= 0 || Words.Count(text[..at]) < minWordsBefore)
        {
            return false;
        }

        var credit = text[(at + mark.Length)..].Trim();
        return credit is [var first, ..] && char.IsUpper(first) && Words.Count(credit) <= maxCreditWords && !Words.EndsSentence(credit)
            && credit.IndexOfAny(':', '|') < 0 && !Words.HasDigit(credit);
    }

    private static readonly WordSet AgenciesInCapitals = new(["EFE", "ANP", "AFP", "EPA", "DPA", "ANSA", "BELGA", "APA", "LUSA", "AAP", "KEYSTONE", "REUTERS"]);

    /// <summary>
    /// "… durante la presentación del decreto este martes. EMILIO NARANJO EFE", "Trekkers op het plein voor het
    /// provinciehuis in Zwolle ANP", "… durante sessão na Câmara Pedro Ladeira/Folhapress": a caption in sentence case
    /// ends with the agency in capitals, or the photographer's surname glued to the agency by a slash, after a
    /// capitalised name. A headline naming an agency puts a verb or a preposition before it ("Senate confirms Pruitt
    /// to lead EPA").
    /// </summary>
    private static bool EndsWithAgencyInCapitals(ReadOnlySpan<char> text)
    {
        var space = text.LastIndexOf(' ');
        var credit = space < 0 ? [] : text[(space + 1)..];
        if (!(AgenciesInCapitals.Contains(credit) && !credit.ContainsAnyInRange('a', 'z')) && !IsSurnameSlashAgency(credit))
        {
            return false;
        }

        var before = text[..space].TrimEnd();
        var previous = before[(before.LastIndexOf(' ') + 1)..];
        var lowerCaseWords = 0;
        foreach (var range in before.Split(' '))
        {
            lowerCaseWords += before[range] is [var first, ..] && char.IsLower(first) ? 1 : 0;
        }

        return Words.Count(before) >= 5 && lowerCaseWords >= 3 && previous is [var initial, ..] && char.IsUpper(initial) && !Words.EndsSentence(text);
    }

    /// <summary>"Ladeira/Folhapress": a surname, a slash and the agency, both capitalised, with no space between.</summary>
    private static bool IsSurnameSlashAgency(ReadOnlySpan<char> word)
    {
        var slash = word.IndexOf('/');
        return slash > 1 && slash < word.Length - 2 && word.LastIndexOf('/') == slash && char.IsUpper(word[0]) && Words.HasLowercaseLetter(word[..slash])
            && char.IsUpper(word[slash + 1]) && !word.ContainsAnyInRange('0', '9');
    }

    /// <summary>
    /// "A health worker sprays disinfectant at a clinic in Monrovia, Liberia, Sept. 1, 2014.": a wire picture's caption
    /// names the place, then the day the picture was taken, set off by a comma; a sentence of the text says "on" first.
    /// </summary>
    private static bool EndsWithPictureDate(ReadOnlySpan<char> text)
    {
        // ", 2014." closes it: asked first, as most lines end otherwise.
        if (text.Length is > 250 or < 8 || text[^7..^5] is not ", " || !char.IsAsciiDigit(text[^5]) || text[^1] != '.' || Words.Count(text) < 8)
        {
            return false;
        }

        var yearComma = text.Length - 7;
        var dateComma = yearComma > 0 ? text[..yearComma].LastIndexOf(", ", StringComparison.Ordinal) : -1;
        return dateComma > 0 && yearComma - dateComma <= 12 && text.Length - yearComma == 7
            && DateLineParser.TryParseLine(text[(dateComma + 2)..^1], out var date) && date.Date is not null && !date.IsTimeOnly;
    }

    /// <summary>
    /// "Protesters have occupied Independence Square in the centre of the capital [AFP]": an international broadcaster's
    /// caption, no sentence, with its agency in square brackets. A transcript's "… we will win. [APPLAUSE]" ends a sentence first.
    /// </summary>
    private static bool EndsWithSquareBracketedAgency(ReadOnlySpan<char> text)
    {
        if (text is not [.., ']'] || text.LastIndexOf(" [", StringComparison.Ordinal) is not (> 0 and var open) || text.Length - open > 30)
        {
            return false;
        }

        var agency = text[(open + 2)..^1];
        var before = text[..open];
        return agency.Length > 1 && Words.Count(agency) <= 3 && AllWordsCapitalised(agency) && !agency.ContainsAnyInRange('0', '9')
            && Words.Count(before) >= 4 && !Words.EndsSentence(before) && !IsMakersLink(before, agency)
            && !BracketedFormatTag.Is(agency);
    }

    /// <summary>
    /// "Lumo Beam, $299, available March 19th [Lumo]": a gadget blog's closing product line links its maker, whose name
    /// opens the line; an agency credits a picture of something else.
    /// </summary>
    private static bool IsMakersLink(ReadOnlySpan<char> before, ReadOnlySpan<char> source) =>
        before.StartsWith(source, StringComparison.Ordinal) && (before.Length == source.Length || !char.IsLetterOrDigit(before[source.Length]));

    /// <summary>
    /// "… en el Congreso el pasado martes. / ULY MARTÍNEZ", "… durante la protesta de ayer. / Javier Cotera": a sentence,
    /// then the photographer's name after a slash; or "… sailing at Matiatia. ALDEN WAKEFIELD/Aotea Media NZ", "… on Aug. 9. Helen Marsh/NPV": the
    /// photographer's name, then the agency.
    /// </summary>
    private static bool EndsWithCapitalsCredit(ReadOnlySpan<char> text)
    {
        var stop = text.LastIndexOf(". ", StringComparison.Ordinal);
        var agencyCredit = stop > 0 ? text[(stop + 2)..] : [];
        var nameEnd = agencyCredit.IndexOf('/');
        if (nameEnd > 0 && agencyCredit.Length <= 60 && Words.Count(agencyCredit[..nameEnd]) is >= 2 and <= 4
            && (!Words.HasLowercaseLetter(agencyCredit[..nameEnd]) || Words.LooksLikePersonName(agencyCredit[..nameEnd]))
            && Words.Count(agencyCredit[(nameEnd + 1)..]) is >= 1 and <= 4 && !Words.EndsSentence(agencyCredit))
        {
            return true;
        }

        var slash = text.LastIndexOf(" / ", StringComparison.Ordinal);
        if (slash <= 0 || text.Length - slash > 40 || text[slash - 1] != '.')
        {
            return false;
        }

        // Regional papers print the photographer in mixed case: "… durante la protesta de ayer. / Javier Cotera"; Gannett's
        // papers of 2010–2013 the picture's kind: "… over the next six months. / Sentinel file photo".
        var credit = text[(slash + 3)..];
        return Words.Count(credit) is >= 1 and <= 4 && credit.ContainsAnyInRange('A', 'Z')
            && (!Words.HasLowercaseLetter(credit) || (Words.Count(credit) >= 2 && !credit.Contains(':') && Words.LooksLikePersonName(credit)) || EndsWithPhotographerWords(credit));
    }

    /// <summary>
    /// "… outside the zone the ordinance would allow. Rafael Quintero": an alt-weekly's photographer in italics after the
    /// caption's last sentence, with no label or slash.
    /// </summary>
    private static bool EndsWithNameAfterSentence(ReadOnlySpan<char> text)
    {
        var stop = text.LastIndexOf(". ", StringComparison.Ordinal);
        if (stop <= 0 || text.Length - stop > 40)
        {
            return false;
        }

        var name = text[(stop + 2)..];
        return Words.Count(text[..stop]) >= 6 && !EndsWithDottedAbbreviation(text[..(stop + 1)]) && !AbbreviationBeforeName.EndsWithOne(text[..(stop + 1)])
            && !StopInsideOpenBracket.Is(text[..stop]) && Words.Count(name) is 2 or 3 && !Words.EndsSentence(name) && name.IndexOfAny(',', ':') < 0
            && AllWordsCapitalised(name) && Words.LooksLikePersonName(name) && !BoilerplateFilter.IsWidgetWord(name); // "… was coming. Read More"
    }

    /// <summary>
    /// "Obama, Rouhani address the U.N. General Assembly": the full stop of "U.N." or "U.S." closes an abbreviation, and
    /// the capitalised words after it go on with the headline, not a credit after a sentence.
    /// </summary>
    private static bool EndsWithDottedAbbreviation(ReadOnlySpan<char> text)
    {
        var word = text[(text.LastIndexOf(' ') + 1)..];
        return word.Length is >= 4 and <= 6 && word[..^1].Contains('.') && char.IsUpper(word[0]);
    }

    /// <summary>
    /// A sentence, then its picture's credit in brackets: "… since 2011. (Maple News)", the site's name alone, or
    /// "… library in July. (Joel Brandvik, The Front Range Post)", the photographer and the paper, or "… on Tuesday
    /// evening. (Source: Viewer photo / Jenna Ruiz)", as TV stations' sites credit. Prose ends with its sentence;
    /// capitalised words in brackets after the full stop are a credit.
    /// </summary>
    private static bool EndsWithBracketedCredit(ReadOnlySpan<char> text)
    {
        if (text is not [.., ')'])
        {
            return false;
        }

        var open = text.LastIndexOf(" (", StringComparison.Ordinal);
        if (open < 1 || text[open - 1] is not ('.' or '!' or '?' or '"' or '”') || text.Length - open > 80)
        {
            return false;
        }

        var credit = WithoutPictureDate(text[(open + 2)..^1]);
        if (text.Length - open > 60 && credit.Length == text.Length - open - 3)
        {
            return false;
        }
        if (StorySourceInBrackets.Is(credit))
        {
            return false;
        }
        if (credit.StartsWith("Source: ", StringComparison.OrdinalIgnoreCase) || IsPhotoSlashName(credit) || IsNameSlashSource(credit) || IsPictureViaSource(credit))
        {
            return true;
        }

        return credit.Contains(", ", StringComparison.Ordinal)
            ? AllWordsCapitalised(credit)
            : Words.Count(credit) is >= 2 and <= 4 && Words.LooksLikePersonName(credit) && !Words.HasDigit(credit); // "(Limmat-Anzeiger)" after the last paragraph is its source
    }

    private static readonly WordSet PictureKinds = new(["screenshot", "screengrab", "photo", "image", "picture", "video", "graphic", "still"]);

    /// <summary>"(Screenshot via SenateVision)", "(Photo via Twitter)": what the picture is, and where the site took it from.</summary>
    private static bool IsPictureViaSource(ReadOnlySpan<char> credit)
    {
        var via = credit.IndexOf(" via ", StringComparison.Ordinal);
        return via > 0 && PictureKinds.Contains(credit[..via]) && credit[(via + 5)..] is var source && Words.Count(source) is >= 1 and <= 4
            && AllWordsCapitalised(source);
    }

    /// <summary>"(Jamal Price / Harbor City Today)": the photographer, a slash, and the paper or agency.</summary>
    private static bool IsNameSlashSource(ReadOnlySpan<char> credit)
    {
        var slash = credit.IndexOf(" / ", StringComparison.Ordinal);
        if (slash < 0)
        {
            return false;
        }

        var name = credit[..slash];
        var source = credit[(slash + 3)..];
        return Words.Count(name) is >= 2 and <= 4 && Words.LooksLikePersonName(name) && Words.Count(source) is >= 1 and <= 5 && AllWordsCapitalised(source);
    }

    /// <summary>
    /// "… in Evanston. (Quentin Mbeki, Lakeshore Tribune / March 9, 2012)": a caption whose date is the picture's, inside
    /// its credit, and no date the story was published.
    /// </summary>
    public static bool EndsWithDatedCredit(string line)
    {
        var text = line.AsSpan().Trim();
        return text is [.., ')'] && text.LastIndexOf(" (", StringComparison.Ordinal) is var open and > 0
            && WithoutPictureDate(text[(open + 2)..^1]).Length < text.Length - open - 3 && EndsWithBracketedCredit(text);
    }

    /// <summary>
    /// "Quentin Mbeki, Lakeshore Tribune / March 9, 2012": a Tribune paper's credit closes with the day the picture was
    /// taken after a slash; the credit is what stands before it.
    /// </summary>
    private static ReadOnlySpan<char> WithoutPictureDate(ReadOnlySpan<char> credit)
    {
        var slash = credit.LastIndexOf(" / ", StringComparison.Ordinal);
        return slash > 0 && DateLineParser.TryParseLine(credit[(slash + 3)..], out var date) && date.Date is not null && !date.IsTimeOnly
            ? credit[..slash].TrimEnd()
            : credit;
    }

    /// <summary>"Courier photo / Renee Ocampo", "Staff photo/Dan Reyes": the paper's photo, a slash, the photographer.</summary>
    internal static bool IsPhotoSlashName(ReadOnlySpan<char> credit)
    {
        var slash = credit.IndexOf('/');
        if (slash <= 0)
        {
            return false;
        }

        var kind = credit[..slash].Trim();
        var name = credit[(slash + 1)..].Trim();
        return (kind.Equals("photo", StringComparison.OrdinalIgnoreCase) || kind.EndsWith(" photo", StringComparison.OrdinalIgnoreCase))
            && Words.Count(kind) <= 4 && Words.Count(name) is >= 2 and <= 4 && Words.LooksLikePersonName(name);
    }

    private static bool AllWordsCapitalised(ReadOnlySpan<char> text)
    {
        foreach (var range in text.Split(' '))
        {
            if (text[range] is not [var first, ..] || !char.IsUpper(first))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Scraped players leave their "Play" label glued between caption and credit: "…2013PlayMartial Trezzini/AP Photo".</summary>
    private static List<string> SplitGluedPlayButton(ReadOnlySpan<char> text)
    {
        var at = text.IndexOf("Play", StringComparison.Ordinal);
        if (at > 0 && at + 4 < text.Length && !char.IsWhiteSpace(text[at - 1]) && char.IsUpper(text[at + 4]))
        {
            return [Whitespace.Collapse(text[..at]), Whitespace.Collapse(text[(at + 4)..])];
        }

        return GluedCaptionCredit.TrySplit(text) is var (caption, credit) ? [caption, credit] : [Whitespace.Collapse(text)];
    }
}
