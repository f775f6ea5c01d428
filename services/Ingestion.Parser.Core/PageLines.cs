namespace Ingestion.Parser.Core;

/// <summary>
/// The lines of a page, with what the line detectors say about each worked out on first asking and kept: the comment-section
/// locator, the article reader and the comment parser ask about many of the same lines. A range shares what its page knows.
/// </summary>
internal sealed class PageLines
{
    private readonly List<TextLine> _lines;
    private readonly int _first;
    private readonly PageFacts _facts;

    public PageLines(List<TextLine> lines)
        : this(lines, 0, lines.Count, new PageFacts(lines.Count))
    {
    }

    private PageLines(List<TextLine> lines, int first, int count, PageFacts facts)
    {
        _lines = lines;
        _first = first;
        _facts = facts;
        Count = count;
    }

    public int Count { get; }

    public TextLine this[int index] => _lines[_first + Checked(index)];

    /// <summary>A single line outside any page, for a detector asking about part of a line.</summary>
    public static PageLines Of(string line) => new([new TextLine(0, line)]);

    public PageLines Range(int start, int count) => new(_lines, _first + start, count, _facts);

    public int FindIndex(Func<TextLine, bool> predicate)
    {
        for (var i = 0; i < Count; i++)
        {
            if (predicate(this[i]))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The nearest non-blank line above, or -1.</summary>
    public int PreviousNonBlank(int index)
    {
        var i = index - 1;
        while (i >= 0 && this[i].IsBlank)
        {
            i--;
        }

        return i;
    }

    /// <summary>The nearest non-blank line below, or <paramref name="end"/>.</summary>
    public int NextNonBlank(int index, int end)
    {
        var i = index + 1;
        while (i < end && this[i].IsBlank)
        {
            i++;
        }

        return i;
    }

    /// <summary>The first <paramref name="count"/> non-blank lines after <paramref name="index"/>, up to <paramref name="end"/>.</summary>
    public IEnumerable<int> NonBlankAfter(int index, int count, int end)
    {
        for (var (line, taken) = (NextNonBlank(index, end), 0); line < end && taken < count; line = NextNonBlank(line, end), taken++)
        {
            yield return line;
        }
    }

    /// <summary>
    /// The line a step (1 or -1) away, past one blank line at most, or -1 when there is none: a label and the box it heads
    /// ("Weather" / "Carver: 34° Cloudy") are set apart by one blank line at most.
    /// </summary>
    public int NearWithinOneBlank(int index, int step)
    {
        var near = index + step;
        if (near >= 0 && near < Count && this[near].IsBlank)
        {
            near += step;
        }

        return near >= 0 && near < Count && !this[near].IsBlank ? near : -1;
    }

    /// <summary>The first line above <paramref name="before"/> that reads as the text, spacing and case aside, or -1.</summary>
    public int FindLine(string text, int before)
    {
        for (var i = 0; i < before; i++)
        {
            if (string.Equals(Whitespace.Collapse(this[i].Text), text, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Where a block of lines that each pass <paramref name="isItem"/> ends: the first blank or failing line from
    /// <paramref name="start"/> on, or <paramref name="end"/>.
    /// </summary>
    public int BlockEnd(int start, int end, Func<string, bool> isItem)
    {
        var i = start;
        while (i < end && !this[i].IsBlank && isItem(this[i].Text))
        {
            i++;
        }

        return i;
    }

    /// <summary>"Today's Paper" amid "U.S. Edition Home" / "Video": a name-like line in a block of three or more short lines, a menu.</summary>
    public bool IsMenuItem(int index)
    {
        var run = 1;
        for (var i = index - 1; i >= 0 && run < 3 && IsShortLine(i); i--)
        {
            run++;
        }

        for (var i = index + 1; i < Count && run < 3 && IsShortLine(i); i++)
        {
            run++;
        }

        return run >= 3;
    }

    /// <summary>"The Wall Ledger" on its own between blank lines, below the menus: the masthead, which a menu item above it does not beat.</summary>
    public bool StandsAlone(int index) =>
        (index == 0 || this[index - 1].IsBlank) && (index + 1 >= Count || this[index + 1].IsBlank);

    private bool IsShortLine(int index) => !this[index].IsBlank && Words.Count(this[index].Text) <= 4;

    public CommentHeadings.Kind HeadingKind(int index) =>
        FactsAt(index).HeadingKind ??= CommentHeadings.Classify(this[index].Text);

    /// <summary>The comment count the line declares; a line classified as neither a count nor a form or footer declares none.</summary>
    public int? DeclaredCount(int index) =>
        HeadingKind(index) is CommentHeadings.Kind.None or CommentHeadings.Kind.Plain ? null : CommentHeadings.DeclaredCount(this[index].Text);

    public bool IsBoilerplate(int index) => FactsAt(index).IsBoilerplate ??= (BoilerplateFilter.IsBoilerplate(this[index].Text) && !AnnouncedAddressLine.Is(this, index)) || AdvertisedLinkList.Is(this, index) || SignOutDialog.IsUnderNotice(this, index) || LabelledTeaserRun.Is(this, index);

    public bool IsCaption(int index) => FactsAt(index).IsCaption ??= CaptionDetector.TryRead(this[index].Text) is not null;

    /// <summary>Whether the line is a date line (<see cref="DateLineParser.TryParseLine"/>), and its date.</summary>
    public bool TryParseDate(int index, out PageTime time)
    {
        ref var facts = ref FactsAt(index);
        if (facts.IsDate is null)
        {
            facts.IsDate = (DateLineParser.TryParseLine(ClipLengthAfterDate.Without(PostNumberBeforeDate.Without(BracketedDeskBeforeDate.Without(this[index].Text))), out var parsed) || DateBeforeCountLink.TryParse(this[index].Text, out parsed)
                // "Hardcover 280 Seiten ISBN:978-… Erschienen:14.03.2018": a product's fact row (PublicationFieldInFactRow).
                || PublicationFieldInFactRow.TryParse(this[index].Text, out parsed))
                // "1931-05-04 - 2013-09-23": an obituary's life dates read as one date give no time of the page.
                && !LifeDates.Is(this[index].Text)
                // "Now" over "This Week" / "This Month": a most-read box's period menu (PeriodPickerItem).
                && !PeriodPickerItem.Is(this, index);
            if (facts.IsDate == true)
            {
                _facts.Dates[_first + index] = parsed;
            }
        }

        time = facts.IsDate == true ? _facts.Dates[_first + index] : default;
        return facts.IsDate == true;
    }

    /// <summary>Whether the line is a date line, or a metadata line that names a writer or a time: a byline or a date under a headline.</summary>
    public bool IsBylineOrDate(int index) =>
        TryParseDate(index, out _) || (TryReadMetadata(index, out var found) && (found.Authors is not null || found.Time is not null));

    /// <summary>Whether the line is a metadata line (<see cref="MetadataLine.TryRead"/>), and what it holds.</summary>
    public bool TryReadMetadata(int index, out MetadataLine.Found found)
    {
        ref var facts = ref FactsAt(index);
        if (facts.IsMetadata is null)
        {
            var read = default(MetadataLine.Found);
            facts.IsMetadata = MetadataLine.TryRead(this[index].Text, ref read);
            if (facts.IsMetadata == true)
            {
                _facts.Metadata[_first + index] = read;
            }
        }

        found = facts.IsMetadata == true ? _facts.Metadata[_first + index] : default;
        return facts.IsMetadata == true;
    }

    private ref LineFacts FactsAt(int index) => ref _facts.Lines[_first + Checked(index)];

    /// <summary>A range's index, checked against the range: the page's lines around it are not its own.</summary>
    private int Checked(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        return index;
    }

    /// <summary>What is known about a page's lines, shared by its ranges; the few dates and metadata found are kept apart, by line index, so the facts per line stay small.</summary>
    private sealed class PageFacts(int lineCount)
    {
        public LineFacts[] Lines { get; } = new LineFacts[lineCount];

        public Dictionary<int, PageTime> Dates { get; } = [];

        public Dictionary<int, MetadataLine.Found> Metadata { get; } = [];
    }

    private struct LineFacts
    {
        public CommentHeadings.Kind? HeadingKind;
        public bool? IsBoilerplate;
        public bool? IsCaption;
        public bool? IsDate;
        public bool? IsMetadata;
    }
}
