namespace Ingestion.Parser.Core;

/// <summary>Reads "Filed under: John Kerry • Lavrov • Russia", "Tags: a, b", "Schlagwörter: …" lines.</summary>
internal static class TagLineParser
{
    private static readonly PrefixSet Prefixes = new(
    [
        "filed under:", "read more about:", "tags:", "tagged:", "tagged with:", "tagged as:", "topics:", "keywords:", "related topics:", "categories:", "category:",
        "schlagwörter:", "schlagworte:", "stichwörter:", "stichworte:", "themen:", "mots-clés:", "mots-clés :", "mots clés:", "mots clés :",
        "étiquettes:", "étiquettes :", "thèmes:", "thèmes :", "sujets:", "etiquetas:", "temas:", "palabras clave:", "tag:", "argomenti:",
        "parole chiave:", "assuntos:", "palavras-chave:", "trefwoorden:", "onderwerpen:", "taggar:", "ämnen:", "emner:", "emneord:", "stikkord:", "tagi:", "tematy:",
        "labels:", "filed to:", "this article is related to:", "tagged under:", "themen zu diesem beitrag:", "themen zu diesem artikel:", "topics in this article:", "archivado en:", "archivé dans :", "archivé dans:", "lees meer over:",
        // "Tópicos: chuva, Campo Verde" (a Brazilian portal), "Temas relacionados: San Ignacio, obra pública" (a Mexican daily).
        "tópicos:", "temas relacionados:", "tópicos relacionados:",
        // French typography puts a space before the colon: "Tags : marché, conseil municipal" (Over-blog, 2013).
        "tags :", "tag :", "catégories :",
        // An Indian portal's topic row under the text: "Read more on: Manmohan Singh | Nawaz Sharif | UN General Assembly".
        "read more on:",
        // SlashedLabel: a design printing one slash after the label in place of its colon ("TAGS/ Ryan Gosling , GQ").
        "tags/", "tagged/", "topics/",
        // A Middle East analysis site's topic row under the text: "Found in: Syria, Iran, Hassan Rouhani, United Nations".
        "found in:",
        // A London paper's topic links under the text: "More about:" / "Syria" / "William Hague".
        "more about:",
        // A gadget blog's topic row under the text: "In this article: consoles, gaming, microsoft, review".
        "in this article:",
        // A newspaper's topic row under the text (Gannett, Slate-style footers): "More on: Metro Council, Buses, Fares".
        "more on:",
        // A Czech daily's topic row under the text: "Témata: Brno, MHD, jízdné"; "Štítky:" and "Klíčová slova:" elsewhere.
        "témata:", "štítky:", "klíčová slova:",
        // The topic rows of Finnish ("Aiheet: Orivesi, Hirvet", "Avainsanat:", "Asiasanat:"), Hungarian ("Címkék: Szeged,
        // villamos", "Kulcsszavak:"), Romanian ("Etichete: metrou, Metrorex", "Cuvinte cheie:") and Croatian ("Tagovi:
        // Brač, trajekt", "Oznake:", "Ključne riječi:") papers under the text.
        "aiheet:", "avainsanat:", "asiasanat:", "címkék:", "kulcsszavak:", "etichete:", "cuvinte cheie:", "tagovi:", "oznake:", "ključne riječi:",
        // JapaneseEntryMetaLabels: a Japanese blog's entry meta under the text, "カテゴリ サーバ / ストレージ" and "タグ Intel, SSD,
        // 不揮発性メモリ", the label set off by a space or a colon (full-width or not). Japanese prose puts no space after a
        // word, so the spaced label opens no sentence.
        "タグ ", "タグ:", "タグ：", "カテゴリ ", "カテゴリ:", "カテゴリ：", "カテゴリー ", "カテゴリー:", "カテゴリー：",
    ]);

    /// <summary>"Bundesnetzagentur | Energiewende | Alle Themen": the last link of the row leads to the topic index, no tag.</summary>
    private static readonly WordSet TopicIndexLinks = new(["alle themen", "all topics", "tous les thèmes", "todos los temas", "tutti gli argomenti"]);

    /// <summary>A WordPress theme's entry footer: "This entry was posted in Library and tagged branch library, Orchard Street. Bookmark the permalink."</summary>
    private static readonly PrefixSet EntryFooters = new(
        ["this entry was posted in ", "this entry was tagged ", "posted in ", "dieser eintrag wurde veröffentlicht in ", "cet article a été publié dans ",
         "esta entrada fue publicada en ",
         // The German Twenty Ten and Twenty Eleven footer: "Dieser Beitrag wurde unter Feuerwehr, Gemeinde veröffentlicht. Setze ein Lesezeichen auf den Permalink."
         "dieser beitrag wurde unter "]);

    /// <summary>The words before the tags in an entry footer, in the languages of <see cref="EntryFooters"/>.</summary>
    private static readonly string[] TaggedWords = ["tagged ", "verschlagwortet mit ", "marqué avec ", "etiquetada "];

    /// <summary>Labels printed alone on a line above tags listed one per line (K2's "Tagged under" over its tag list).</summary>
    private static readonly WordSet BareLabels = new(
        "explore more on these topics", "more on these topics", "related topics", "follow:", "get free e-mail alerts on these topics",
        "get free email alerts on these topics", "find more stories about", "read more stories about", "read more stories about:", "more about", "related items", "tagged under", "filed under", "topics", "tags", "tópicos", "themen", "onderwerpen", "emner", "tematy",
        // A select-all copy of a Flemish, Dutch, Swedish, Norwegian or Brazilian story, its tag links one per line under
        // "Meer over", "Ämnen i artikeln", "Emneord" or "Assuntos".
        "meer over", "lees meer over", "trefwoorden", "ämnen", "ämnen i artikeln", "taggar", "emneord", "stikkord", "assuntos", "palavras-chave",
        // A German weekly's keyword links one per line under "Schlagworte" at the foot of the text, as a browser copies them.
        "schlagworte", "schlagwörter", "stichworte", "stichwörter",
        // A German magazine's topic links one per line under "Themen in diesem Artikel" at the foot of the text, the
        // label the markup's reader knows (LabelledTagLinks), as a text browser prints it.
        "themen in diesem artikel", "themen in diesem beitrag");

    /// <summary>Whether the line opens with a tags label ("Topics: …", "Filed under: …").</summary>
    public static bool OpensWithLabel(ReadOnlySpan<char> text) => LabelLength(text.Trim()) > 0;

    /// <summary>
    /// "Filed to: harbour" as one link's text: a tag list's first link holding the list's label before its tag
    /// (<see cref="LabelInsideTagLink"/>) gives the words after the label; any other text comes back as it is.
    /// </summary>
    public static string WithoutLabel(string text) =>
        text.Contains(':') && LabelLength(text) is > 0 and var length && length < text.Length ? text[length..].Trim() : text;

    /// <summary>The length of the tags label the text opens with, its colon set off by a space or not ("Topics :").</summary>
    private static int LabelLength(ReadOnlySpan<char> text) =>
        Prefixes.MatchLength(text) is > 0 and var length ? length : SpacedColonLabel.MatchLength(Prefixes, text);

    /// <summary>The tags of a tag line (possibly none, as in an empty "Filed under:"), or null when the line is not one.</summary>
    /// <remarks>
    /// A doubled label ("Tags / Keywords: Transport, Penang", "Mots-clés / Tags: …", "Tags/Keywords: …") is read by its second half first:
    /// its first half alone would read as a bare "Tags " label over the rest.
    /// </remarks>
    public static List<string>? TryRead(string line)
    {
        var bilingualHalf = BilingualLabel.SecondHalf(line);
        return (bilingualHalf ?? JoinedTagLabels.SecondHalf(line, Prefixes)) is { } half && Prefixes.MatchLength(half) > 0
            ? TryReadOne(half)
            : TryReadOne(line) ?? (bilingualHalf is null ? null : TryReadOne(bilingualHalf));
    }

    /// <summary>A tags line in one language ("Tags: …"); "Mots-clés / Tags: …" is read by its second half.</summary>
    private static List<string>? TryReadOne(string line)
    {
        if (line.Length > 1000)
        {
            return null;
        }

        var text = line.AsSpan().Trim();
        if (BareLabels.Contains(text))
        {
            return [];
        }

        if (IsFollowTopicsLine(text))
        {
            return Split(text[(text.StartsWith(FollowLabel, StringComparison.Ordinal) ? FollowLabel.Length : BareFollowLabel.Length)..]);
        }

        if (text.Length > 3 && text[0] == '#' && Hashtags(text) is { } hashtags)
        {
            return [.. hashtags];
        }

        if (PostedInCategoryLine.TryRead(text) is { } categories)
        {
            return categories;
        }

        var prefix = LabelLength(text);
        if (prefix == 0 && AfterShareButtons(text) is > 0 and var buttons && Prefixes.MatchLength(text[buttons..]) is > 0 and var label)
        {
            text = text[buttons..];
            prefix = label;
        }

        return prefix > 0 ? Split(AfterSecondLabel(text[prefix..])) : EntryFooters.Matches(text) ? EntryFooterTags(text) : IsBareTaggedLine(text) ? Split(TagsOfBareLine(text))
            : GluedFooterTags(text) ?? GluedLabelTags(text) ?? BarSegmentTags(text) ?? ShortLabelTagList.TryRead(text);
    }

    /// <summary>
    /// "Share Filed to: PROJECTORS" between the writer's date and the headline: a blog network's header names the post's
    /// tag above the headline. Only a line opening with a tag label (after share buttons) is read there, where menus and
    /// link rows stand too; null for any other line.
    /// </summary>
    public static List<string>? TryReadLabelled(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length > 200)
        {
            return null;
        }

        var buttons = AfterShareButtons(text);
        var label = Prefixes.MatchLength(text[buttons..]);
        return label > 0 && Split(text[(buttons + label)..]) is { Count: > 0 } tags ? tags : null;
    }

    /// <summary>
    /// "Share Filed to: PROJECTORS": a blog network's post header prints its share button and its tag label on one line;
    /// the length of the buttons before the label, 0 when the line opens with no button.
    /// </summary>
    private static int AfterShareButtons(ReadOnlySpan<char> text)
    {
        const int MaxButtons = 4;
        var at = 0;
        for (var buttons = 0; buttons < MaxButtons && text[at..].IndexOf(' ') is > 0 and var space && BoilerplateFilter.IsWidgetWord(text.Slice(at, space)); buttons++)
        {
            at += space + 1;
        }

        return at;
    }

    private static readonly string[] BarSegmentLabels = ["Tagged: ", "Tagged ", "Tags: ", "tags: ", "Categories: ", "categories: ", "Category: ", "category: "];

    /// <summary>
    /// "Posted by Maren Solberg | Tagged dredging, harbor, Harbor Committee | Comments (3) | Share Article": a blog
    /// platform's entry footer (Squarespace) joins the writer, the tags and the links with bars; the tags are the
    /// labelled part between two of them. A static blog's post header does the same with its categories ("March 4, 2019
    /// at 09:15 AM | categories: Rust, Tooling | View Comments"): a visible categories
    /// list is the post's tags, as a "Categories:" line is.
    /// </summary>
    private static List<string>? BarSegmentTags(ReadOnlySpan<char> text) => BarSegment(text, out _);

    /// <summary>
    /// Where the bar before a labelled tags segment stands ("January 13, 2020 at 08:45 AM | categories: …"), or -1: the
    /// segments before it are the post's date and byline, read as metadata still.
    /// </summary>
    public static int BarSegmentStart(ReadOnlySpan<char> text) => BarSegment(text.Trim(), out var bar) is null ? -1 : bar;

    private static List<string>? BarSegment(ReadOnlySpan<char> text, out int bar)
    {
        bar = -1;
        if (text.Length > 300)
        {
            return null;
        }

        foreach (var range in text.Split(" | "))
        {
            var segment = text[range].Trim();
            if (range.Start.Value == 0)
            {
                continue;
            }

            foreach (var label in BarSegmentLabels)
            {
                if (segment.StartsWith(label, StringComparison.Ordinal) && !Words.EndsSentence(segment) && Split(segment[label.Length..]) is { Count: > 0 } tags)
                {
                    bar = range.Start.Value - 3;
                    return tags;
                }
            }
        }

        return null;
    }

    private const string FollowLabel = "Follow:";

    private const string BareFollowLabel = "Follow ";

    /// <summary>
    /// "Follow: Exercise, Heart Health, Stairs, Healthy Living News": a group blog (2012–2014) lists the post's topics to
    /// follow under the text. A list of several, with no handle or address: "Follow: @name" is the writer's account. A
    /// rendering may lose the colon ("Follow Literacy, Summer Reading, Public Libraries"); then the list names three
    /// topics at least, none of them "Name on Twitter".
    /// </summary>
    private static bool IsFollowTopicsLine(ReadOnlySpan<char> text) =>
        (text.StartsWith(FollowLabel, StringComparison.Ordinal) ? text.Count(',') >= 1
            : text.StartsWith(BareFollowLabel, StringComparison.Ordinal) && text.Count(',') >= 2 && !text.Contains(" on ", StringComparison.Ordinal))
        && text.Length < 300 && !text.ContainsAny(HandleMarks) && !text.Contains("www.", StringComparison.OrdinalIgnoreCase) && !Words.EndsSentence(text);

    /// <summary>
    /// The tags of "#bike lanes #city council #Fremont Avenue #parking", a blog's tags printed as hashtags (Tumblr), two at least, each
    /// a few words, or null: "#1 seed" or a tweet's sentence is none.
    /// </summary>
    private static string[]? Hashtags(ReadOnlySpan<char> text)
    {
        if (text.Length > 300 || text.Count('#') < 2 || Words.EndsSentence(text))
        {
            return null;
        }

        var tags = text.ToString().Split('#', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var tag in tags)
        {
            if (tag.Length == 0 || !char.IsLetter(tag[0]) || Words.Count(tag) > 4)
            {
                return null;
            }
        }

        return tags;
    }

    private static readonly System.Buffers.SearchValues<char> HandleMarks = System.Buffers.SearchValues.Create("@/");

    /// <summary>The labels of a theme's tags after its categories on the same line.</summary>
    private static readonly string[] SecondLabels = [" Tagged With: ", " Tagged: ", " Tags: "];

    /// <summary>
    /// "Filed Under: Europe, Italy Tagged With: budget travel, Florence": a theme (Genesis) prints the post's categories and
    /// its tags on one line; the tags are what the second label lists.
    /// </summary>
    private static ReadOnlySpan<char> AfterSecondLabel(ReadOnlySpan<char> list)
    {
        foreach (var label in SecondLabels)
        {
            var at = list.IndexOf(label, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return list[(at + label.Length)..];
            }
        }

        return list;
    }

    private static readonly string[] GluedLabels = ["Topics", "Tags", "Themen", "Temas", "Tópicos", "Onderwerpen"];

    /// <summary>
    /// "TopicsInflationGroceriesEconomy": a rendering runs the label and its tag links together; each capital after a small
    /// letter starts the next tag, and a tag of several words ("Climate Change") keeps its spaces.
    /// </summary>
    private static List<string>? GluedLabelTags(ReadOnlySpan<char> text)
    {
        if (text.Length > 200)
        {
            return null;
        }

        foreach (var label in GluedLabels)
        {
            if (text.Length > label.Length + 2 && text.StartsWith(label, StringComparison.Ordinal) && char.IsUpper(text[label.Length]) && char.IsLower(text[label.Length + 1]))
            {
                var tags = new List<string>();
                var rest = text[label.Length..];
                var start = 0;
                for (var i = 1; i < rest.Length; i++)
                {
                    if (char.IsUpper(rest[i]) && char.IsLower(rest[i - 1]))
                    {
                        tags.Add(rest[start..i].Trim().ToString());
                        start = i;
                    }
                }

                tags.Add(rest[start..].Trim().ToString());
                // Two tags at least, none a sentence: "TopicsOverview" is one word of a menu.
                return tags.Count >= 2 && !Words.EndsSentence(text) ? tags : null;
            }
        }

        return null;
    }

    /// <summary>
    /// "Posted byNora Keller Posted inBusiness Tags: downtown, flood recovery": a theme's entry footer, its links run
    /// together by a rendering; the tags follow their label.
    /// </summary>
    private static List<string>? GluedFooterTags(ReadOnlySpan<char> text)
    {
        if (text.Length > 300 || !text.StartsWith("Posted by", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var label = text.IndexOf(" Tags: ", StringComparison.OrdinalIgnoreCase);
        return label > 0 ? Split(text[(label + " Tags: ".Length)..]) : null;
    }

    /// <summary>
    /// "Lake Tamsin drawdown begins", "County approves dam contract": a headline in sentence case, several of its words in
    /// lower case. A tag names a thing in title case ("Ridgefield Valley Water District"); a tag in sentence case is short
    /// ("Alquiler de viviendas", "Réforme des retraites").
    /// TitleCaseStoryHeadline (a widening): a headline in title case is long, "What to Expect at the Harbour's New Ferry
    /// Terminal"; a tag of seven words or more, whatever its case, is none a tag list holds.
    /// </summary>
    private const int MinTitleCaseHeadlineWords = 7;

    public static bool IsStoryHeadline(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length > 120 || Words.Count(text) < 4 || !char.IsUpper(text[0]))
        {
            return false;
        }

        if (Words.Count(text) >= MinTitleCaseHeadlineWords)
        {
            return true;
        }

        var lowercaseWords = 0;
        foreach (var range in text.Split(' '))
        {
            var word = text[range];
            lowercaseWords += word.Length >= 4 && char.IsLower(word[0]) ? 1 : 0;
        }

        return lowercaseWords >= 2;
    }

    /// <summary>
    /// "Tagged school start times, Riverbend School District, sleep", "Tags county fair, demolition derby", "Filed under
    /// Campus News, Top Stories" (a student paper's theme, SNO): a theme's label with no colon, over no sentence.
    /// </summary>
    private static bool IsBareTaggedLine(ReadOnlySpan<char> text) =>
        BareTagLabelLength(text) > 0 && text.Length < 200 && !Words.EndsSentence(text)
        && (text.Contains(',') || IsOneCapitalisedTag(text[BareTagLabelLength(text)..]));

    private const int MaxOneTagWords = 3;

    /// <summary>
    /// "Filed under News": a story in one category prints it alone; a name of a few capitalised words and nothing after
    /// it, where a sentence ("Filed under the new rules, …") goes on in lower case.
    /// </summary>
    private static bool IsOneCapitalisedTag(ReadOnlySpan<char> tag)
    {
        var words = 0;
        foreach (var range in tag.Trim().Split(' '))
        {
            var word = tag.Trim()[range];
            if (word.IsEmpty || !char.IsUpper(word[0]) || ++words > MaxOneTagWords)
            {
                return false;
            }
        }

        return words > 0;
    }

    /// <remarks>
    /// "Abgelegt unter 1337, Coding, Spiele": the German translation of the classic theme's "Filed under" (GermanFiledUnder),
    /// which such a theme prints after a bar closing the line before ("| Abgelegt unter …", <see cref="BareTagLabelLength"/>).
    /// </remarks>
    private static readonly string[] BareTagLabels = ["Tagged ", "Tags ", "Filed under ", "Filed Under ", "Abgelegt unter ", SquarespaceTagged];

    /// <summary>
    /// "tagged library, Grove Street in Government": Squarespace 5's entry footer, in lower case, names the post's category
    /// after the last " in "; the category is no tag.
    /// </summary>
    private const string SquarespaceTagged = "tagged ";

    private static ReadOnlySpan<char> TagsOfBareLine(ReadOnlySpan<char> text)
    {
        var tags = text[BareTagLabelLength(text)..];
        if (!text.StartsWith(SquarespaceTagged, StringComparison.Ordinal) || tags.LastIndexOf(" in ", StringComparison.Ordinal) is not (> 0 and var at))
        {
            return tags;
        }

        var category = tags[(at + " in ".Length)..];
        return !category.IsEmpty && char.IsUpper(category[0]) && !category.Contains(',') ? tags[..at] : tags;
    }

    private static int BareTagLabelLength(ReadOnlySpan<char> text)
    {
        // "| Abgelegt unter …": the German label after the bar that parts it from the entry's date and writer, when the
        // theme breaks the line between them.
        var bar = text.StartsWith(BarBeforeGermanLabel, StringComparison.Ordinal) ? BarBeforeGermanLabel.Length - GermanFiledUnder.Length : 0;
        foreach (var label in BareTagLabels)
        {
            if (text[bar..].StartsWith(label, StringComparison.Ordinal))
            {
                return bar + label.Length;
            }
        }

        return 0;
    }

    private const string GermanFiledUnder = "Abgelegt unter ";

    private const string BarBeforeGermanLabel = "| " + GermanFiledUnder;

    /// <summary>The tags after "tagged" in an entry footer (its category is no tag); null when it names none, so it stays furniture.</summary>
    private const string BarTagsLabel = "| Tags:";

    private static List<string>? EntryFooterTags(ReadOnlySpan<char> text)
    {
        var at = -1;
        var word = string.Empty;
        foreach (var tagged in TaggedWords)
        {
            at = text.IndexOf(tagged, StringComparison.OrdinalIgnoreCase);
            word = tagged;
            if (at >= 0)
            {
                break;
            }
        }

        if (at < 0)
        {
            // "Posted in Local news on Tuesday, March 12, 2013 11:15 pm. | Tags: Water Rates, Public Works": Town News'
            // BLOX footer puts the tags after the section and time, behind a bar.
            var label = text.IndexOf(BarTagsLabel, StringComparison.OrdinalIgnoreCase);
            return label < 0 ? CategoriesBeforePermalink(text) : Split(text[(label + BarTagsLabel.Length)..].Trim());
        }

        var tags = text[(at + word.Length)..];
        var sentenceEnd = tags.IndexOf(". ", StringComparison.Ordinal);
        tags = sentenceEnd >= 0
            ? EntryMetaSentence.WithoutWriter(EntryMetaSentence.WithoutDateAndWriter(tags[..sentenceEnd]), tags[(sentenceEnd + 2)..])
            : EntryMetaSentence.WithoutDateAndWriter(tags);
        var bar = tags.IndexOf('|');
        tags = (bar >= 0 ? tags[..bar] : tags).TrimEnd(". ");
        // Themes join the tags with commas only, so "Arts and Culture" stays one tag.
        var list = Split(tags);
        return list.Count > 0 ? list : null;
    }

    private const string PostedInLabel = "posted in ";

    /// <summary>The links a blog's entry footer closes with, after a bar: the entry's own address or its comments.</summary>
    private static readonly PrefixSet PermalinkLinks = new(["permalink", "comments", "comment", "leave a comment", "no comments"]);

    /// <summary>
    /// "Posted in Pasadena, Traffic, Transportation | Permalink": a paper's blog (Movable Type, Typepad) footer that files
    /// the entry in its categories and has no tags besides; the categories are the page's tag list, as a "Categories:"
    /// line is. Its section with a date ("Posted in Local News June 3, 2014") is a metadata line and names no link after a bar.
    /// </summary>
    private static List<string>? CategoriesBeforePermalink(ReadOnlySpan<char> text)
    {
        var bar = text.LastIndexOf('|');
        if (!text.StartsWith(PostedInLabel, StringComparison.OrdinalIgnoreCase) || bar < 0 || !PermalinkLinks.Matches(text[(bar + 1)..].Trim()))
        {
            return null;
        }

        var firstBar = text.IndexOf('|');
        var categories = text[PostedInLabel.Length..firstBar].Trim();
        return categories.IsEmpty || Words.HasDigit(categories) || Words.EndsSentence(categories) ? null : Split(categories);
    }

    /// <summary>
    /// "Tags: water, privatization, local politics (all tags)": a community site's link to its tag index, printed after
    /// the last tag; no part of that tag.
    /// </summary>
    private const string AllTagsLink = "(all tags)";

    public static List<string> Split(ReadOnlySpan<char> text) => Split(text, readsRunTogetherRow: true);

    /// <summary>
    /// The tags of a tag line; <paramref name="readsRunTogetherRow"/> false for a structured field's value, which no
    /// rendering printed (<see cref="KeywordsFieldPhrase"/>).
    /// </summary>
    public static List<string> Split(ReadOnlySpan<char> text, bool readsRunTogetherRow)
    {
        text = text.TrimEnd();
        text = text.EndsWith(AllTagsLink, StringComparison.OrdinalIgnoreCase) ? text[..^AllTagsLink.Length] : text;
        var tags = new List<string>();
        // "Lees meer over: Zeeland  Verkeer  Rijkswaterstaat": a dump prints a row of links with no mark between them but wider gaps.
        var ranges = text.IndexOfAny("•·|,;") < 0 && text.Trim().Contains("  ", StringComparison.Ordinal) ? text.Split("  ") : text.SplitAny("•·|,;");
        foreach (var range in ranges)
        {
            var tag = Whitespace.Collapse(text[range]);
            // "Elm Street, Parking, and borough council": the list's last entry after its "and".
            tag = tags.Count > 0 && tag.StartsWith("and ", StringComparison.Ordinal) ? tag[4..] : tag;
            if (tag.Length > 0 && !tags.Contains(tag, StringComparer.OrdinalIgnoreCase) && !TopicIndexLinks.Contains(tag))
            {
                tags.Add(tag);
            }
        }

        return tags is [var only] && ((readsRunTogetherRow ? RunTogetherWords(only) : null) ?? SpaceSeparatedHanziTags.Split(only)) is { } words ? words : tags;
    }

    /// <summary>
    /// "Themen: Windkraft Reinhardswald Energiewende", "Filed to: Smartphones Repair Money DIY": a rendering prints a row of
    /// tag links with single spaces between them. Three capitalised words at least, none a joining word, are read one tag
    /// each; a tag of several words run into the next ("City Council Cedar Point") cannot be told apart either way.
    /// </summary>
    private static List<string>? RunTogetherWords(string tag)
    {
        var words = tag.Split(' ');
        return words.Length >= 3 && words.All(word => word.Length > 0 && char.IsUpper(word[0])) && !words.Any(word => JoiningWords.Contains(word))
            ? [.. words.Distinct(StringComparer.OrdinalIgnoreCase)]
            : null;
    }

    private static readonly WordSet JoiningWords = new(["and", "of", "the", "for", "in", "on", "de", "del", "la", "le", "und", "der", "die", "das", "et", "y", "e", "van"]);
}
