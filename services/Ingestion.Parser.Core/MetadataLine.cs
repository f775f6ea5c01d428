using System.Buffers;
using System.Globalization;

namespace Ingestion.Parser.Core;

/// <summary>
/// A line of article metadata, possibly several facts joined: "Posted on March 3, 2014 by Dana Whitcomb",
/// "November 2, 2016 · Hannah Kowalczyk · Business", "Posted by Gail Sorensen | April 23, 2020 7:45 AM".
/// </summary>
internal static class MetadataLine
{
    /// <summary>
    /// The separators " · ", " • ", " — ", " – " and " / " by their middle character, and a bare "|": "September 17,
    /// 2013|By Marisol Quintero, Tribune reporter".
    /// </summary>
    private static readonly SearchValues<char> SeparatorMarks = SearchValues.Create("·•—–/|");

    /// <summary>
    /// A line that opens as a byline is also parted by a spaced hyphen and by phpBB's "»", which the boards' posts, and the
    /// stories of news sites built on a board, print between name and time: "by Russell Jankowski » Mon Mar 11, 2013 6:40 am".
    /// </summary>
    private static readonly SearchValues<char> BylineSeparatorMarks = SearchValues.Create("·•—–/|-»");

    private static readonly string[] JoinWords = [" by ", " von ", " par ", " por ", " on ", " at ", " am ", " le ", " el ", " um ", " à ", " posted: ", " published: ", " posted ", " published "];

    // One vectorised search per word, tried in this order: with invariant globalization, string.IndexOf(…, OrdinalIgnoreCase)
    // compares character by character.
    private static readonly (string Word, SearchValues<string> Search)[] Joins =
        [.. JoinWords.Select(join => (join, SearchValues.Create([join], StringComparison.OrdinalIgnoreCase)))];

    /// <summary>"Updated" and its translations: what follows is the update time, not the publish time.</summary>
    internal static readonly PhraseSet UpdateWords = new(["updated", "aktualisiert", "mis à jour", "actualizado", "actualizada", "atualizado", "aggiornato", "modifica il", "laatste update", "bijgewerkt", "aangepast", "gewijzigd", "aktualizacja", "opdateret", "oppdatert", "uppdaterad",
        // "26. September 2013 17:42; Akt: 26.09.2013 18:05": a Swiss free daily's story bar abbreviates "Aktualisiert"
        // after a semicolon; the abbreviation alone is too short to look for ("Kontakt:").
        "; akt: ",
        // Plone's byline: "by Name — published Sep 26, 2013 04:12 PM, last modified Sep 27, 2013 09:03 AM".
        "last modified",
        // "26. září 2013  17:42, aktualizováno  19:05": a Czech daily's story line; "Aktualizace:" labels it elsewhere.
        "aktualizováno", "aktualizace",
        // "Julkaistu: … | Päivitetty: …" (Finnish), "… 17:42   Frissítve: 19:05" (Hungarian), "… | Actualizat: 19:05"
        // (Romanian), "Objavljeno: … Ažurirano: …" (Croatian).
        "päivitetty", "frissítve", "actualizat", "ažurirano"]);

    /// <summary>Most segments hold no join word: one search turns them down instead of one per word.</summary>
    private static readonly PhraseSet AnyJoin = new(JoinWords);

    private static readonly SearchValues<char> UserNameCharacters = SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-");

    /// <summary>Whether the line holds a date or a byline; what it holds is added to <paramref name="found"/>.</summary>
    public static bool TryRead(string line, ref Found found)
    {
        // Metadata lines are short and name a date (so a digit), start like a byline or join items with separators.
        if (line.Length > 200)
        {
            return false;
        }

        // "• Rowena Castle in Kiev" / "• The Sentinel, Thursday 5 December 2013 17.42 GMT": a byline set as a list.
        if (line.Length > 2 && line[0] is '•' or '*' && line[1] == ' ')
        {
            line = line[2..];
        }

        line = BlogEntryFooter.WriterPart(BylineNameGluedToDate.Spaced(GluedHandleByline.Spaced(ExclusiveBylineLabel.Without(BylineBioSentences.Without(ScreenReaderEntryMeta.AsByline(VoteTallyByline.Without(WriterCardBeforeByline.Without(SectionLabelAfterByline.Without(line)))))))));
        // "von am 20.06.2018": a byline label with no name before the date's join word (NamelessBylineLabel).
        line = NamelessBylineLabel.Without(line);
        line = BylineSemicolonDate.WithBarBeforeDate(BylineSentenceBeforeDate.WithBarBeforeDate(BylineRunIntoDateLabel.WithBarBeforeLabel(WithSpacedBy(WithoutTrailingEmail(WithoutTrailingHandle(SectionAfterBylineDate.Without(WithoutViewCount(RelativeAgeAfterDate.Without(WithoutCountAtEnd(GluedCommentCount.Without(WithoutTrailingTools(TrailingMetaLabels.Without(TagLabelAfterBylineDate.Without(InitialsAfterDate.Without(CommentInviteAfterByline.Without(line))))))))))))))));
        line = SlashSpacedCategoryPair.WithoutAfterDash(line);
        // "Dienstag, 4.3.2014, 09:15 > Greta": the date, then the writer after an arrow-like mark (DateAngleMarkBeforeName).
        line = DateAngleMarkBeforeName.WithBar(line);
        // Dates are glued to a number or a clock: a line without a digit has none.
        var hasDigit = Words.HasDigit(line);
        // "May 4, 1931 - September 23, 2013": an obituary's life dates are metadata, but give no publish time.
        if (hasDigit && LifeDates.Is(line))
        {
            return true;
        }

        line = hasDigit ? ClipLengthAfterDate.Without(MilitaryClock.WithColon(DatePairs.Unglued(line))) : line;
        // "by Dana Whitlock - Sept 17 2013, 4:12pm EDT": a spaced hyphen (or "»") separates only a line that opens as a byline.
        // "di Lorenzo Bertolini - 26 settembre 2013 alle 16:20", "Von Name - 26.09.2013": the same in the other languages' labels.
        var opensAsByline = line.StartsWith("by ", StringComparison.OrdinalIgnoreCase) || ContinentalBylineLabel.Opens(line);
        var end = NextSeparator(line, 0, opensAsByline, out var separatorLength);
        if (!hasDigit && BylineParser.TryRead(line) is null && end == line.Length)
        {
            return false;
        }

        // "Filed under: Port of Meridian • Harbor Commission • Dredging" joins names too, but they are tags.
        if (TagLineParser.TryRead(line) is not null)
        {
            return false;
        }

        // "Doreen Hollins, 61, who has run Hollins Bakery … for 34 years, said the first customers arrived at 5am on
        // Saturday, three hours before she opened.": a long sentence with no separator is the text, whatever names and
        // clock it holds.
        if (end == line.Length && IsSentenceOfText(line))
        {
            return false;
        }

        var recognised = false;
        var headlineSegment = false;
        var sentenceSegment = false;
        var legalSegment = false;
        var start = 0;
        var joined = end < line.Length;
        var firstSegment = line.AsSpan(0, end).Trim();
        while (true)
        {
            var segment = BeforeUpdateWord(line[start..end].Trim());
            var read = segment.Length > 0 && ReadSegment(segment, ref found, bareNames: joined);
            recognised |= read;
            legalSegment |= LegalLinkInRow.Is(segment);
            if (!read)
            {
                var (words, sentence) = (Words.Count(segment), Words.EndsSentence(segment));
                headlineSegment |= words >= 4 && !sentence;
                sentenceSegment |= words >= 6 && sentence;
            }

            if (separatorLength == 0)
            {
                break;
            }

            start = end + separatorLength;
            end = NextSeparator(line, start, opensAsByline, out separatorLength);
        }

        if (sentenceSegment && ClockLedEntry.IsBareClock(firstSegment))
        {
            return false;
        }

        // A name among other items counts only beside a date or a job title: "Terms and Conditions · Privacy" is a footer.
        // So is "About This Site | Staff | … | Privacy Policy": a row that links the legal pages signs nothing (LegalLinkInRow).
        if (found.FromBareNames && found.Time is null && ((!found.HasRole && !found.HasPlace) || legalSegment))
        {
            found.Authors = null;
            found.FromBareNames = false;
            // "Emmys: 'Harbor Lights' Wins Drama Series … – Live Updates" (a headline with a capitalised tail) and "RECEIVING:
            // Riverside – Whitt 4-52. Eastbrook – Moss 5-61." (a box score's line ending like a sentence) are no metadata; a
            // footer is, and so is an author box's "Name / Name is the Security Editor at …." (its name, then a sentence).
            // "DES MOINES — Grain elevators …." is the text's dateline: a place in capitals, then the sentence.
            recognised &= !headlineSegment && !(Words.EndsSentence(line) && !sentenceSegment)
                && !(sentenceSegment && !firstSegment.ContainsAnyInRange('a', 'z'));
        }

        return recognised;
    }

    private static bool ReadSegment(string segment, ref Found found, bool bareNames, int depth = 0)
    {
        // "Posted" / "Veröffentlicht" left over in front of " by " or " von ".
        if (DateWords.TryGet(segment, out var kind, out _) && kind == DateWords.Kind.Filler)
        {
            return true;
        }

        // "Published in The Cass County Pioneer" (before " on Sept. 27, 2013"): the paper that printed an obituary notice.
        if (depth > 0 && PublishedInPaper.IsLabel(segment))
        {
            return true;
        }

        // "By Marcus Delaney | mdelaney@greatlakeslive.com on September 17, 2013": the writer's address beside the byline.
        if (IsEmailAddress(segment))
        {
            return true;
        }

        // "14.03.2015 - Verkehr/ Umwelt": the section the template prints after the date names no writer.
        if (SlashSpacedCategoryPair.Is(segment))
        {
            return true;
        }

        // "2019-06-12 09:30　来源：河边日报　作者：Name": a Chinese line's labelled fields, parted by spaces, read one by one from the last.
        if (HanziLabelledFields.LastFieldStart(segment) is > 0 and var field && HanziStaffLinesUnderText.Read(segment[field..]) is { } staff)
        {
            if (staff.Kind == HanziStaffLinesUnderText.Kind.Writer)
            {
                found.Authors ??= staff.Names;
            }

            return ReadSegment(segment[..field].TrimEnd(), ref found, bareNames, depth) || staff.Kind == HanziStaffLinesUnderText.Kind.Writer;
        }

        // "26/09/13 - 18u42  Bron: Belga": the agency the story came from, after the date or alone, names no writer.
        if (SourceCredit.Start(segment) is >= 0 and var source)
        {
            return source == 0 || ReadSegment(segment[..source].TrimEnd(), ref found, bareNames, depth);
        }

        if (depth == 0 && NameCommaDayFirstDate.TryRead(segment, out var writer, out var written))
        {
            found.Authors ??= writer;
            found.Time ??= written;
            return true;
        }

        if (DateLineParser.TryParseLine(segment, out var time))
        {
            // "November 3, 2016 at 6:45 am November 3, 2016": the day read again with its clock, across the join word, makes the
            // time precise. A segment of its own may be the update's ("| Updated: Thursday, September 26, 2013, 9:05 PM").
            found.Time = depth > 0 && found.Time is { IsDateOnly: true } day && time.Date == day.Date && time.Time is not null ? time : found.Time ?? (time.Date is null ? null : time);
            found.Clock ??= time.IsTimeOnly ? time : null;
            return time.Date is not null || time.Time is not null;
        }

        if (DatePairs.TryReadEarlier(segment, out var earlier))
        {
            found.Time ??= earlier;
            return true;
        }

        // "September 12, 2013 at 10:21 AM in Harbor and waterfront", "02:10 PM in State budget": a blog names the post's category after its time.
        // On a line of its own ("10:07pm Tuesday 13th March 2012 in News") the category must look like a section's name.
        if (segment.IndexOf(" in ", StringComparison.Ordinal) is > 0 and var category
            && (depth > 0 || IsSectionName(segment.AsSpan(category + " in ".Length)))
            && DateLineParser.TryParseLine(segment.AsSpan(0, category), out var beforeCategory) && (beforeCategory.Date is not null || beforeCategory.IsTimeOnly))
        {
            found.Time ??= beforeCategory.Date is null ? null : beforeCategory;
            found.Clock ??= beforeCategory.IsTimeOnly ? beforeCategory : null;
            return true;
        }

        // "By Lena Marquardt 4. März 2019 in Allgemein, Reisen": the byline and the day before the post's categories.
        if (depth == 0 && BylineDateBeforeCategories.CategoriesAt(segment) is > 0 and var categories)
        {
            var withoutCategories = found;
            if (ReadSegment(segment[..categories], ref withoutCategories, bareNames, depth + 1) && withoutCategories.Time is not null)
            {
                found = withoutCategories;
                return true;
            }
        }

        // "Nov 05, 2013, 08:30 ET from Larkspur Health Systems": a press wire names the release's issuer, no author, after its time.
        if (segment.IndexOf(" from ", StringComparison.Ordinal) is > 0 and var issuer
            && DateLineParser.TryParseLine(segment.AsSpan(0, issuer), out var beforeIssuer) && beforeIssuer.Date is not null)
        {
            found.Time ??= beforeIssuer;
            return true;
        }

        // A segment holding a date besides names is split around its joining word, once: "Posted by X on DATE".
        if (depth <= 1 && Words.HasDigit(segment) && ReadJoined(segment, ref found, depth))
        {
            return true;
        }

        if (depth <= 1 && (ReadNamesBeforeDate(segment, ref found) || ReadNamesAfterDate(segment, ref found)))
        {
            return true;
        }

        // "The Hudson Post | By Alisha Grant": a site's name read as bare names before the labelled byline gives way to it.
        if (BylineParser.TryRead(segment) is { } names && !names.Any(name => DateLineParser.Parse(name, out _) is not null))
        {
            found.NameBeforeByline = found.FromBareNames && found.Authors is [var before] ? before : null;
            found.Authors = found.FromBareNames ? names : found.Authors ?? names;
            found.FromBareNames = false;
            return true;
        }

        // "Amanda Reyes, Staff Writer | September 24, 2013 04:16pm ET": a science site's byline row names the writer and
        // the job title without "By", the date after a bar.
        if (found.Authors is null && BylineParser.TryReadNamesBeforeRole(segment) is { } beforeRole)
        {
            found.Authors = beforeRole;
            found.HasRole = true;
            return true;
        }

        if (BylineParser.IsRole(segment))
        {
            found.HasRole = true;
            return true;
        }

        // "PILAR ECHEVARRÍA | SANTANDER": Spanish regional papers set the town the writer files from after the name, both
        // in capitals; the place stands for the role that makes a bare name a byline.
        if (found.FromBareNames && IsPlaceInCapitals(segment) && found.Authors is [var named] && !named.AsSpan().ContainsAnyInRange('a', 'z'))
        {
            found.HasPlace = true;
            return true;
        }

        // "SHARE: FACEBOOK | EMAIL | PRINT": a label and its value hold a colon, which no name does (in capitals the words
        // look like a name's).
        if (bareNames && Words.Count(segment) >= 2 && !segment.Contains(':') && !RunningTextSegment.Is(segment) && BylineParser.ReadNames(segment) is { } bare)
        {
            if (found.Authors is null)
            {
                found.Authors = bare;
                found.FromBareNames = true;
            }

            return true;
        }

        return false;
    }

    private const int SentenceWords = 20;

    private static bool IsSentenceOfText(string line) => Words.EndsSentence(line) && Words.CountUpTo(line, SentenceWords) >= SentenceWords;

    /// <summary>
    /// "9/17/13 4:12 PM EDT Updated: 9/17/13 6:40 PM EDT" in one segment: the time before the update word. With no time
    /// before it ("By Name@handle  Updated Oct 3, 2019, 10:47am EDT") the update's time is the only one the line gives.
    /// The comma that joins the update to the rest goes with it: "Posted on: 10:41 pm, September 24, 2013, by Kelsey
    /// Marr, updated on: 11:05 pm, September 24, 2013" (a TV station's WordPress theme) leaves "… by Kelsey Marr".
    /// </summary>
    private static string BeforeUpdateWord(string segment)
    {
        var at = UpdateWords.IndexIn(segment);
        return at > 0 && Words.HasDigit(segment.AsSpan(0, at)) ? segment[..at].TrimEnd(' ', ',') : segment;
    }

    /// <summary>
    /// "Lena Hartwell, America Today 6:42 p.m. EDT September 17, 2013": a byline without "By" (a name and its
    /// publication) with the date glued after it.
    /// </summary>
    private static bool ReadNamesBeforeDate(string segment, ref Found found)
    {
        var comma = segment.IndexOf(", ", StringComparison.Ordinal);
        var digit = segment.AsSpan().IndexOfAnyInRange('0', '9');
        // Names start with a capital or with "By".
        if (digit > 0 && (char.IsUpper(segment[0]) || segment.StartsWith("by ", StringComparison.OrdinalIgnoreCase)) && ReadNamesGluedToDate(segment, digit, ref found))
        {
            return true;
        }

        if (comma == 0 || digit <= comma)
        {
            return false;
        }

        // "By June Pratt, 3:31 PM on Wed Oct 10 2007": the clock after the name, the day after the join word.
        // Without a comma ("Last Modified: 26 Aug 2013 14:05 GMT") there is no name before a clock to split off.
        if (comma > 0 && DateLineParser.TryParseLine(segment.AsSpan(comma + 2), out var clock) && clock.IsTimeOnly
            && BylineParser.TryRead(segment[..comma]) is { } clockNames)
        {
            found.Authors ??= clockNames;
            found.Clock ??= clock;
            return true;
        }

        // "Dana Whitcomb (Editor), September 17, 2013 at 04:12 PM": the date may open with its month, right after the comma.
        // "By Tom Brennan, The Coastal Sun September 24, 2013 8:02 PM": the paper's name after the comma, the date opening
        // with its month right after it.
        var dateStart = DateLineParser.TryParseLine(segment.AsSpan(digit), out var time) && time.Date is not null ? digit
            : comma > 0 && DateLineParser.TryParseLine(segment.AsSpan(comma + 2), out time) && time.Date is not null ? comma
            : comma > 0 && NameWordBeforeDate.DateStart(segment, digit, out time) is var opened && opened > comma + 2 ? opened
            : -1;
        if (dateStart < 0)
        {
            // "By Jane Roe March 18 at 3:57 PM": no date with a year, but a month and a day still end the byline's names.
            if (YearlessDayAfterByline.NamesBefore(segment, digit) is { } yearlessNames)
            {
                found.Authors ??= yearlessNames;
                return true;
            }

            return false;
        }

        // "BANGALORE, August 24, 2013": a dateline, the place the story was filed from in capitals, then its date.
        // "Hafenau, 4. Mai 2019": a German press release's town before the dotted day (TownBeforeDottedDay).
        if (IsPlaceInCapitals(segment.AsSpan(0, dateStart).TrimEnd(" ,")) || TownBeforeDottedDay.Is(segment.AsSpan(0, dateStart), segment.AsSpan(dateStart)))
        {
            found.Time ??= time;
            return true;
        }

        // "By Harriet Vale, 17th September 2013 16:12 GMT": the names may keep their "By". "Dana Whitcomb (Editor), 17
        // September 2013": the comma before a day-first date is no part of the names, so the role in brackets still ends them.
        if ((BylineParser.TryRead(segment[..dateStart].TrimEnd(' ', ',')) ?? BylineParser.ReadNames(segment.AsSpan(0, dateStart).TrimEnd(" ,"))) is not { } names)
        {
            // "The Sentinel, Thursday 5 December 2013 17.42 GMT": the publication's name, then its date, which may open with
            // the weekday (or be the machine time that a time[datetime] put in its place).
            if (comma > 0 && dateStart > comma && segment.AsSpan(comma + 2, dateStart - comma - 2).Trim() is var between
                && (between.IsEmpty || (DateWords.TryGet(between, out var kind, out _) && kind == DateWords.Kind.Weekday))
                && Words.Count(segment.AsSpan(0, comma)) <= 4 && char.IsUpper(segment[0]))
            {
                found.Time ??= time;
                return true;
            }

            return false;
        }

        found.Authors ??= names;
        found.Time ??= time;
        return true;
    }

    /// <summary>
    /// "BANGALORE", "MÜNCHEN": one word in capitals, a dateline's place; a writer's name in capitals has two words at least,
    /// unless the words are a place's by their shape ("NEW DELHI", "SAN JOSE", "MEXICO CITY", see <see cref="PlaceNameWords"/>).
    /// </summary>
    private static bool IsPlaceInCapitals(ReadOnlySpan<char> text)
    {
        if (text.Length < 3)
        {
            return false;
        }

        foreach (var c in text)
        {
            if ((!char.IsLetter(c) && c is not ('-' or ' ' or '.')) || char.IsLower(c))
            {
                return false;
            }
        }

        return !text.Contains(' ') ? !text.Contains('.') : PlaceNameWords.Frame(text);
    }

    /// <summary>
    /// "By Hollis Brennan June 18, 2022", "Lucía Benavente Madrid 19 NOV 2013 - 16:12 CET": a byline's spans run together
    /// as a dump prints them, the date right after the names. Without "By", the names must look like a person's and the
    /// date must open with its day; of three or more capitalised words the last is the town the story was filed from.
    /// </summary>
    private static bool ReadNamesGluedToDate(string segment, int digit, ref Found found)
    {
        segment = WithoutTrailingCount(segment);
        if (digit >= segment.Length)
        {
            return false;
        }

        var digitWord = segment.LastIndexOf(' ', digit) + 1;
        // The date may open with a month, or a weekday and a month, before its first digit: "June 18, 2022", "Sat June 18, 2022".
        var dateStart = NameWordBeforeDate.DateStart(segment, digit, out var time);

        var before = dateStart > 0 ? WithoutDateLabel(WithoutAddresses(segment[..dateStart].TrimEnd())) : string.Empty;
        if (before.Length == 0 || before.Contains(','))
        {
            return false;
        }

        // "By Our Foreign Staff 1 August 2020 • 2:41am": a desk signs the story and its date follows; the row names no
        // writer. Read as bare names, the desk's last word would be taken for the town filed from ("By Our Foreign").
        if (DeskByline.Is(before))
        {
            found.Time ??= time;
            return true;
        }

        // The bare-name readers are for a row without "By": a labelled row the byline reader refuses names no one.
        var names = BylineParser.TryRead(before)
            ?? (BylineParser.OpensAsByline(before) ? null : dateStart == digitWord ? BareNamesBeforeDay(before) : BareNameBeforeTimestamp(before, time));
        if (names is null)
        {
            return false;
        }

        found.Authors ??= names;
        found.Time ??= time;
        return true;
    }

    /// <summary>
    /// "3 juin 2014 Sophie Lemarchand 5 commentaires", "June 3, 2014 Ana Ruiz 2 Comments": a theme's meta row (links to the
    /// day, the writer and the comments, their icons lost) run together, the writer's name of two or three words after the
    /// date.
    /// </summary>
    private static bool ReadNamesAfterDate(string segment, ref Found found)
    {
        // A name or a count's noun ends the line; most segments that come this far end with a full stop or a number.
        if (!char.IsLetter(segment[^1]))
        {
            return false;
        }

        var line = WithoutTrailingCount(segment);
        var nameStart = line.Length;
        for (var words = 1; words <= 3; words++)
        {
            nameStart = line.LastIndexOf(' ', Math.Max(nameStart - 2, 0));
            if (nameStart <= 0)
            {
                return false;
            }

            var name = line.AsSpan(nameStart + 1);
            if (words >= 2 && Words.LooksLikePersonName(name)
                && DateLineParser.TryParseLine(line.AsSpan(0, nameStart), out var time) && time.Date is not null)
            {
                // "07.11.2023 Ormalingen, Ormalingen, Baselbiet": the story's places after the date name no writer.
                if (!SingleWordCommaList.Is(name))
                {
                    found.Authors ??= [name.ToString()];
                }

                found.Time ??= time;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Last Modified: 26 Aug 2013 14:05 GMT Email Print Share Feedback", "By Nadia Brennan Posted at 06:22 PM ET, 11/04/2012
    /// Comments (87)": the article's tool links run into the line of its date; they go when the line keeps a digit before them.
    /// </summary>
    private static string WithoutTrailingTools(string line)
    {
        // A tool's word or a count in brackets ends the line: most lines end otherwise and are left at once.
        if (line.Length == 0 || !(char.IsLetter(line[^1]) || line[^1] == ')'))
        {
            return line;
        }

        var end = line.Length;
        var removedWord = false;
        while (true)
        {
            var kept = line.AsSpan(0, end).TrimEnd();
            var space = kept.LastIndexOf(' ');
            if (space < 0)
            {
                break;
            }

            var word = kept[(space + 1)..].Trim(".,:|·•");
            var isCount = word.Length > 2 && word[0] == '(' && word[^1] == ')'
                && int.TryParse(word[1..^1], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _);
            if (!isCount && !(word.Length > 2 && BoilerplateFilter.IsWidgetWord(word)))
            {
                break;
            }

            removedWord |= !isCount;
            end = space;
        }

        // "… 10:03am EST 143 comments": a count before its noun is the count rule's to read.
        var before = line.AsSpan(0, end).TrimEnd(" |·•");
        var lastWord = before[(before.LastIndexOf(' ') + 1)..];
        var countBefore = int.TryParse(lastWord, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _);
        return removedWord && !countBefore && before.Length > 0 && Words.HasDigit(before) ? before.ToString() : line;
    }

    /// <summary>
    /// "By Hannah Okonkwo March 3, 2022 28 Comments 5 min read", "… 4 Comments on Harbor Street bakery reopens": a theme's
    /// comment count (and what follows it) printed after the byline's date.
    /// </summary>
    /// <summary>
    /// "Posted by Owen Farrady at 11:42 AM ET, 05/14/2012 4 Comments": the comment count link printed in the byline's line,
    /// after the date, whose number would otherwise read as a day.
    /// </summary>
    /// <remarks>
    /// Blogger's post footer runs its share buttons on after the count: "Posted by Linda Okafor at 11:47 AM 3 comments:
    /// Email ThisBlogThis!Share to TwitterShare to Facebook".
    /// </remarks>
    private static string WithoutCountAtEnd(string line)
    {
        var noun = Words.HasDigit(line) ? CountNouns.IndexIn(line) : -1;
        if (noun <= 0)
        {
            return line;
        }

        var after = line.AsSpan(noun + 1).Trim();
        var space = after.IndexOf(' ');
        return space < 0 || BoilerplateFilter.IsBoilerplate(after[(space + 1)..].ToString()) ? WithoutTrailingCount(line) : line;
    }

    private static string WithoutTrailingCount(string segment)
    {
        var noun = CountNouns.IndexIn(segment);
        if (noun <= 0)
        {
            return segment;
        }

        var number = segment.AsSpan(0, noun).TrimEnd();
        var start = number.LastIndexOf(' ') + 1;
        return start > 0 && number.Length > start && int.TryParse(number[start..], NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _)
            ? segment[..start].TrimEnd()
            : segment;
    }

    /// <summary>
    /// The nouns a count link at the end of a metadata line names, in the languages whose threads the comment headings know
    /// ("4 comentários", "4 reacties", "3 Antworten"); " note" for a Tumblr post's footer, "September 27, 2013
    /// · 11:48am Posted by keithmarlow 37 notes reblog", whose note count (likes and reblogs) links to the notes list.
    /// </summary>
    private static readonly PhraseSet CountNouns = new(
        [" comment", " response", " min read", " minute read", " kommentar", " comentario", " comentário", " réaction", " réponse", " respuesta", " rispost", " respost", " antwort", " reactie", " note"]);

    /// <summary>"By Dana Whitcomb dwhitcomb@ridgefieldledger.com", "By Tomás Reyes@tomasreyes_": the writer's address beside the name.</summary>
    private static string WithoutAddresses(string names)
    {
        var at = names.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return names;
        }

        var end = names.IndexOf(' ', at);
        end = end < 0 ? names.Length : end;
        // An address is a word of its own; a handle glued to the surname ("Reyes@tomasreyes_") ends the name.
        var start = names.AsSpan(at, end - at).Contains('.') ? names.LastIndexOf(' ', at) + 1 : at;
        return (names[..start] + names[end..]).Trim();
    }

    /// <summary>"Posted byNora Keller": a theme's label, hidden on screen, glued to the name it labels.</summary>
    private static string WithSpacedBy(string line)
    {
        var at = line.IndexOf("by", StringComparison.Ordinal);
        return at >= 0 && (at == 0 || line[at - 1] == ' ') && at + 2 < line.Length && char.IsUpper(line[at + 2]) ? line.Insert(at + 2, " ") : line;
    }

    /// <summary>"By Dana Whitcomb Posted:" before "Wednesday, March 12, 2014": the date's label is no part of the names.</summary>
    private static string WithoutDateLabel(string names)
    {
        var space = names.LastIndexOf(' ');
        return space > 0 && names[^1] == ':' && DateWords.TryGet(names.AsSpan(space + 1).TrimEnd(':'), out var kind, out _) && kind == DateWords.Kind.Filler
            ? names[..space].TrimEnd()
            : names;
    }

    /// <summary>
    /// "Walter Ingersoll Oct 3 2012, 10:12 AM ET": a magazine's byline row, the writer's name and a month-first date with
    /// its clock, without "By". The clock is what keeps "Posted in Local News June 3, 2014" out.
    /// </summary>
    private static List<string>? BareNameBeforeTimestamp(string before, PageTime time) =>
        time.Time is not null && Words.Count(before) is 2 or 3 && Words.LooksLikePersonName(before) && !BylineParser.IsDeskName(before)
            ? BylineParser.ReadNames(before)
            : null;

    private static List<string>? BareNamesBeforeDay(string before)
    {
        var words = Words.Count(before);
        if (words is < 2 or > 5 || !Words.LooksLikePersonName(before))
        {
            return null;
        }

        return BylineParser.ReadNames(words >= 3 ? WithoutPlace(before, words) : before);
    }

    /// <summary>
    /// "Lucía Benavente Madrid", "Marta Irigoyen Nueva York": the town after the names is their last word, or their last
    /// two when the first of them opens a place's name, as "Nueva" does.
    /// </summary>
    private static string WithoutPlace(string before, int words)
    {
        var last = before.LastIndexOf(' ');
        var previous = before.LastIndexOf(' ', last - 1);
        return words >= 4 && previous > 0 && FiledFromPlace.OpensPlaceName(before.AsSpan(previous + 1, last - previous - 1))
            ? before[..previous].TrimEnd()
            : before[..last].TrimEnd();
    }

    private static bool ReadJoined(string segment, ref Found found, int depth)
    {
        if (!AnyJoin.FoundIn(segment))
        {
            return false;
        }

        bool? holdsDate = null;
        foreach (var (join, search) in Joins)
        {
            var at = segment.AsSpan().IndexOfAny(search);
            if (at <= 0)
            {
                continue;
            }

            // Only a segment holding a date is split; asked once a join word is found, as it means reading the whole segment.
            holdsDate ??= DateLineParser.Parse(segment, out _) is not null;
            if (holdsDate == false)
            {
                return false;
            }

            // "Ein Artikel von Name 14.03.2018": the words before the by-word are the byline's label, no names; the segment is
            // a labelled byline with its date, read whole below ("Posted by X on DATE" still splits after its filler).
            if (PieceKindLabel.Ends(segment, at, join))
            {
                continue;
            }

            // Joined halves count only with a date on one side: "What's On Property" is a menu, not a byline.
            var copy = found;
            var right = segment[(at + join.Length)..];
            var left = WithoutTrailingDateLabel(segment[..at].TrimEnd(',', ';'));
            // "Posted by samzenpus on Tuesday September 17, 2013 @04:12PM": the user name after "by" stands before "on";
            // "Publié par lucie-en-campagne à 15:10" (Canalblog's entry footer): before the clock's "à".
            if ((ReadSegment(left, ref copy, bareNames: true, depth + 1) || (join is " on " or " à " && depth > 0 && IsUserName(left, ref copy)))
                && ((join == " by " && IsNameBeforeRole(right, ref copy)) || ReadSegment(right, ref copy, bareNames: true, depth + 1) || (IsByWord(join) && IsUserName(right, ref copy)))
                && (copy.Time is not null || (copy.Clock is not null && copy.Authors is not null)))
            {
                // "Posted by Name, DATE at CLOCK" read this way keeps only the clock.
                var labelled = found;
                copy = copy.Time is null && join == " by " && ReadAfterLabel(left, right, ref labelled, depth) && labelled.Time is not null ? labelled : copy;
                copy.FromBareNames = false;
                found = copy;
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Posted by Kendra Ruiz, September 25, 2013 at 10:48 pm": the label before "by" adds nothing, so what follows it is read
    /// as the byline "By Kendra Ruiz, September 25, 2013 at 10:48 pm" is, at the line's own level; one level deeper, the split
    /// at " at " under it would go too deep to read the names before the date, and only the clock would be kept. Asked only
    /// once the usual reading gave no date.
    /// </summary>
    private static bool ReadAfterLabel(string left, string right, ref Found found, int depth) =>
        DateWords.TryGet(left, out var kind, out _) && kind == DateWords.Kind.Filler && ReadSegment("By " + right, ref found, bareNames: true, depth);

    /// <summary>
    /// "By Nadia Brennan Posted" (before " at 06:22 PM ET, 11/04/2012"), "… and Mark Healey First" (before " published April
    /// 13th 2014"): the label of the date that follows, left behind the names when the line is split at its join word.
    /// </summary>
    private static string WithoutTrailingDateLabel(string left)
    {
        while (left.LastIndexOf(' ') is > 0 and var space && DateLabelWords.Contains(left.AsSpan(space + 1)))
        {
            left = left[..space].TrimEnd();
        }

        return left;
    }

    private static readonly WordSet DateLabelWords = new(["posted", "published", "updated", "first", "last", "originally", "publié", "publiée", "publicado", "publicada", "veröffentlicht", "pubblicato"]);

    /// <summary>"News", "Local News", "Politics, Elections": a few capitalised words, not the rest of a sentence.</summary>
    private static bool IsSectionName(ReadOnlySpan<char> text)
    {
        if (text.IsEmpty || Words.Count(text) > 4 || Words.EndsSentence(text))
        {
            return false;
        }

        foreach (var range in text.SplitAny(" ,&"))
        {
            if (text[range] is { IsEmpty: false } word && !char.IsUpper(word[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"By Priya Sandoval on September 17, 2013 04:12 pm Email @priyasand": the writer's handle and its label after the byline.</summary>
    private static string WithoutTrailingHandle(string line)
    {
        // "By Name•@handle", "By Name | @handle": the handle may follow a bullet or bar, glued or spaced, as a byline row's
        // spans print it.
        // A handle may open with a digit ("@345harbour") when it is all letters, digits and underscores with a letter among
        // them: a bare "@2014" is none, nor a slashcode clock "@02:05PM".
        var at = line.LastIndexOf('@');
        if (at <= 0 || at + 1 >= line.Length || !(char.IsLetter(line[at + 1]) || (char.IsAsciiDigit(line[at + 1]) && IsDigitLedHandle(line.AsSpan(at + 1))))
            || line[at - 1] is not (' ' or '•' or '·' or '|')
            || line.AsSpan(at).ContainsAny(' ', '\t'))
        {
            return line;
        }

        var cut = line.AsSpan(0, at).TrimEnd(" •·|");
        var label = cut.LastIndexOf(' ');
        if (label > 0 && cut[(label + 1)..] is "Email" or "E-mail" or "Follow" or "Twitter")
        {
            cut = cut[..label].TrimEnd();
        }

        return cut.ToString();
    }

    /// <summary>"345harbour": a handle's letters, digits and underscores, a letter among them.</summary>
    private static bool IsDigitLedHandle(ReadOnlySpan<char> handle)
    {
        var hasLetter = false;
        foreach (var c in handle)
        {
            if (char.IsAsciiLetter(c))
            {
                hasLetter = true;
            }
            else if (!char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return hasLetter;
    }

    /// <summary>
    /// "By Nora Garber | ngarber@mlive.com": the writer's address after the name, as Advance's papers print it; "By NJERI
    /// MWANGI, nmwangi@…": an East African daily sets it after a comma (<see cref="BylineTrailingEmail"/>).
    /// </summary>
    private static string WithoutTrailingEmail(string line)
    {
        if (line.IndexOf('@') < 0)
        {
            return line;
        }

        var bar = line.LastIndexOf(" | ", StringComparison.Ordinal);
        if (bar <= 0)
        {
            return BylineTrailingEmail.Without(line);
        }

        var tail = line.AsSpan(bar + 3).Trim();
        return tail.IndexOf('@') is > 0 and var at && tail[(at + 1)..].Contains('.') && !tail.Contains(' ') ? line[..bar].TrimEnd() : line;
    }

    /// <summary>
    /// "By June Pratt, 3:31 PM on Wed Oct 10 2007, 11,482 views", "9/26/2013 @ 10:42AM 4,312 views": a blog network's
    /// view counter after the date.
    /// </summary>
    private static string WithoutViewCount(string line)
    {
        // "Posted by kwalden on Thursday, September 26, 2013 @ 21:14:07 CDT (318 reads)": PHP-Nuke brackets the story's reads.
        if (line.EndsWith(')') && (line.EndsWith(" reads)", StringComparison.OrdinalIgnoreCase) || line.EndsWith(" views)", StringComparison.OrdinalIgnoreCase))
            && line.LastIndexOf(" (", StringComparison.Ordinal) is > 0 and var open
            && int.TryParse(line.AsSpan(open + 2, line.Length - open - 2 - " reads)".Length), NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _))
        {
            return line[..open];
        }

        if (!line.EndsWith(" views", StringComparison.OrdinalIgnoreCase))
        {
            return line;
        }

        // "9/26/2013 @ 10:42AM 4,312 views": a contributor network prints the counter after the clock with no comma.
        var beforeNoun = line.AsSpan(0, line.Length - " views".Length);
        if (beforeNoun.LastIndexOf(' ') is not (> 0 and var space))
        {
            return line;
        }

        var count = beforeNoun[(space + 1)..];
        // "…, 11,482 views": the comma before the counter goes with it.
        var dateEnd = line[space - 1] == ',' ? space - 1 : space;
        return int.TryParse(count, NumberStyles.AllowThousands, CultureInfo.InvariantCulture, out _) ? line[..dateEnd] : line;
    }

    private static bool IsEmailAddress(string text) =>
        text.Length < 80 && text.IndexOf('@', StringComparison.Ordinal) is > 0 and var at && text.IndexOf('.', at) > at + 1
        && !text.Contains(' ', StringComparison.Ordinal);

    /// <summary>
    /// " by " and its translations: "12.03.2013, 09:15 von lindner_m" (a German blog theme's post line), "le 3 mars 2014
    /// par lucie_b", "por mquintero": after any of them a blog's one-word user name is the author, as after "by".
    /// </summary>
    internal static bool IsByWord(string join) => join is " by " or " von " or " par " or " por ";

    /// <summary>"Posted on March 6, 2014 by ellenfarrow": after "by", a blog's one-word user name is the author.</summary>
    private static bool IsUserName(string text, ref Found found)
    {
        var name = text.Trim();
        if (name.Length is < 3 or > 30 || name.Contains(' ', StringComparison.Ordinal) || !char.IsLetter(name[0])
            || name.AsSpan().ContainsAnyExcept(UserNameCharacters))
        {
            return false;
        }

        found.Authors ??= [name];
        return true;
    }

    /// <summary>
    /// "Posted on September 25, 2013 by Marisol Quintanilla, Staff Writer": a student paper's WordPress theme prints the
    /// writer's job title after the name; the name before the title is the author. Asked before the segment is read
    /// on its own, which takes a segment holding a job title for the title alone.
    /// </summary>
    private static bool IsNameBeforeRole(string text, ref Found found)
    {
        if (BylineParser.TryReadNameBeforeRole(text) is not { } name)
        {
            return false;
        }

        found.Authors ??= [name];
        found.HasRole = true;
        return true;
    }

    /// <summary>Where the first separator at or after <paramref name="start"/> begins, or the line's length when none follows.</summary>
    private static int NextSeparator(string line, int start, bool opensAsByline, out int length)
    {
        // One search for the separators' middle characters, each then checked for its spaces, instead of one search per separator.
        for (var at = start; at < line.Length; at++)
        {
            var next = opensAsByline ? line.AsSpan(at).IndexOfAny(BylineSeparatorMarks) : line.AsSpan(at).IndexOfAny(SeparatorMarks);
            if (next < 0)
            {
                break;
            }

            at += next;
            if (line[at] == '|')
            {
                length = 1;
                return at;
            }

            if (at > start && at + 1 < line.Length && line[at - 1] == ' ' && line[at + 1] == ' ')
            {
                length = 3;
                return at - 1;
            }

            // "Feb 20, 2020• 5 min read": a theme that sets the bullet in a span of its own after the date's element prints
            // it glued to the year; after a digit and before a space it parts the date from the reading time all the same.
            // A middle dot set so parts the date from the writer ("<span>4. März 2014</span>&middot; Greta", GluedMiddleDotAfterDate).
            if (line[at] is '•' or '·' && at > start && at + 1 < line.Length && char.IsAsciiDigit(line[at - 1]) && line[at + 1] == ' ')
            {
                length = 2;
                return at;
            }
        }

        length = 0;
        return line.Length;
    }

    internal struct Found
    {
        public PageTime? Time;

        /// <summary>A time of day with no date ("Posted by Marta Quill at 10:21 AM"): the date stands elsewhere, in the blog's date header.</summary>
        public PageTime? Clock;
        public List<string>? Authors;
        public bool FromBareNames;
        public bool HasRole;

        /// <summary>"SANTANDER" after "PILAR ECHEVARRÍA |": the place the writer files from, beside a name in capitals.</summary>
        public bool HasPlace;

        /// <summary>"The Hudson Post" in "The Hudson Post | By Alisha Grant": a name the labelled byline after it set aside.</summary>
        public string? NameBeforeByline;
    }
}
