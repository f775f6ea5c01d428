namespace Ingestion.Parser.Core;

/// <summary>
/// "Published: May 20, 2020 by Dana Whitcomb In Local News 0": a WordPress theme's entry meta (Sahifa and its kin) sets
/// the post's categories after a capital "In" label and ends the row with the comment count's bare link, which a text
/// rendering runs into the byline. The name is read without the section and the count: a capital "In" after the
/// writer's name, followed by a title-case section of a few words and at most a bare number, opens no part of the name.
/// A lower-case "in" after a name says where the writer filed from and is left to the byline's own reading.
/// </summary>
internal static class SectionLabelAfterByline
{
    private const int MaxSectionWords = 4;

    private const string Label = " In ";

    public static string Without(string line)
    {
        var at = line.IndexOf(Label, StringComparison.Ordinal);
        if (at < 0)
        {
            return line;
        }

        var by = BylineLabelBefore(line.AsSpan(0, at));
        if (by < 0 || !Words.LooksLikePersonName(line.AsSpan(by, at - by).Trim()))
        {
            return line;
        }

        var section = WithoutBareCount(line.AsSpan(at + Label.Length).Trim());
        return IsTitleCaseSection(section) ? line[..at] : line;
    }

    /// <summary>
    /// Where the name after "by " starts, or -1: the label opens the line ("By Name"), or stands in lower case after the
    /// date ("… 2019 by Name"); a capital "By" inside a title-case line is a headline's word ("Stand By Me In Concert").
    /// </summary>
    private static int BylineLabelBefore(ReadOnlySpan<char> head)
    {
        if (head.StartsWith("by ", StringComparison.OrdinalIgnoreCase))
        {
            return 3;
        }

        var label = head.LastIndexOf(" by ", StringComparison.Ordinal);
        return label < 0 ? -1 : label + 4;
    }

    /// <summary>"Local News 0": the count link after the section, digits alone.</summary>
    private static ReadOnlySpan<char> WithoutBareCount(ReadOnlySpan<char> section)
    {
        var space = section.LastIndexOf(' ');
        return space > 0 && Words.AreAllDigits(section[(space + 1)..]) ? section[..space].TrimEnd() : section;
    }

    private static bool IsTitleCaseSection(ReadOnlySpan<char> section)
    {
        // "Food & Drink": an ampersand joins two words of the section's name, as CapitalisedCount allows.
        return !section.IsEmpty && !Words.HasDigit(section) && !Words.EndsSentence(section) && !section.ContainsAny(":|,()")
            && Words.CapitalisedCount(section, MaxSectionWords) > 0;
    }
}
