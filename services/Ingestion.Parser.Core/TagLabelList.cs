namespace Ingestion.Parser.Core;

/// <summary>
/// "Related Topics:" / "Elm Street, Parking, and borough council", "Topics" / "Homelessness · Housing · Local government":
/// a tag label on a line of its own over its tags on one line, joined by commas or dots, three at least; a sentence is no
/// such line, nor a headline with a comma or two.
/// </summary>
internal static class TagLabelList
{
    private const int MaxLength = 200;

    private const int MinTags = 3;

    private const int MaxTagLength = 40;

    private const int MaxTagWords = 4;

    private static readonly PhraseSet Joins = new([", ", " · ", " • "]);

    public static List<string>? ReadCommaList(string line, bool isBoilerplate)
    {
        var text = line.AsSpan().Trim();
        return text.Length is > 0 and <= MaxLength && Joins.FoundIn(text) && !Words.EndsSentence(text) && !isBoilerplate
            && TagLineParser.Split(text) is { Count: >= MinTags } tags
            ? tags
            : null;
    }

    /// <summary>
    /// "Meer over" / "Mortsel" / "brand" / "brandweer": a select-all copy sets a tag label's links one per line, with no
    /// blank line around them. Two short lines at least, none a sentence, before a blank line, a heading or the region's
    /// end, are tags; a related-stories box under the same kind of label lists headlines, longer than a tag.
    /// </summary>
    public static bool IsOnePerLineUnder(PageLines lines, int first, int end)
    {
        var listed = 0;
        for (var i = first; i < end && !lines[i].IsBlank && listed < MinTags; i++)
        {
            var text = lines[i].Text;
            if (text.Length > MaxTagLength || Words.Count(text) > MaxTagWords || Words.EndsSentence(text) || lines.IsBoilerplate(i) || BoilerplateFilter.IsRelatedHeading(text)
                || lines.HeadingKind(i) != CommentHeadings.Kind.None)
            {
                break;
            }

            listed++;
        }

        return listed >= 2;
    }

    /// <summary>
    /// "Get Free E-mail Alerts on These Topics" / "Syria" / "Chemical Warfare": the tags under a label, one per line from
    /// <paramref name="first"/> down to a blank line or a line too long for a tag.
    /// </summary>
    public static List<string> ReadOnePerLine(PageLines lines, int first)
    {
        List<string> tags = [];
        for (var i = first; i < lines.Count && !lines[i].IsBlank; i++)
        {
            var text = lines[i].Text;
            // Short names only ("U.S." ends like a sentence but is one).
            // Nor the comments' heading, run on under the last tag where no blank line parts them ("Column" / "Discussion").
            if (text.Length > MaxTagLength || Words.Count(text) > MaxTagWords || lines.IsBoilerplate(i) || BoilerplateFilter.IsRelatedHeading(text)
                || lines.HeadingKind(i) != CommentHeadings.Kind.None)
            {
                break;
            }

            // A text browser prints them as a list: "* ferries"; a site that prints them as hashtags ("#Ferries") marks
            // them so (HashtagMark).
            tags.Add(HashtagMark.Without(Whitespace.Collapse(CommentLine.StripMarker(text, out _))));
        }

        return tags;
    }
}
