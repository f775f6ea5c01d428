namespace Ingestion.Parser.Core;

/// <summary>
/// "Graphic: How the Concordia was raised" / "Video: Timelapse of the rotation" / "Q&amp;A: What happens to the wreck now?":
/// a broadcaster's site sets its links to the story's other media inside the text as a run of lines, each a label and a
/// title, with no blank line between them. A run holding a video teaser is promotion throughout; a labelled line alone
/// ("Analysis: …" as a paragraph) stays text.
/// </summary>
internal static class PromoLinkRun
{
    private const int LongestLabel = 16;
    private const int LongestLine = 100;

    /// <summary>Whether the line at <paramref name="index"/> belongs to such a run.</summary>
    public static bool Has(PageLines lines, int index, int end)
    {
        if (!IsLabelledTitle(lines[index].Text))
        {
            return false;
        }

        var first = index;
        while (first > 0 && !lines[first - 1].IsBlank && IsLabelledTitle(lines[first - 1].Text))
        {
            first--;
        }

        var last = index;
        while (last + 1 < end && !lines[last + 1].IsBlank && IsLabelledTitle(lines[last + 1].Text))
        {
            last++;
        }

        if (last == first)
        {
            return false;
        }

        for (var i = first; i <= last; i++)
        {
            if (BoilerplateFilter.IsVideoTeaserLine(lines[i].Text))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"Q&amp;A: What happens to the wreck now?": a short capitalised label, a colon, a title without a full stop.</summary>
    public static bool IsLabelledTitle(string line)
    {
        var text = line.AsSpan().Trim();
        var colon = text.IndexOf(": ", StringComparison.Ordinal);
        return text.Length <= LongestLine && colon is > 0 and <= LongestLabel && char.IsUpper(text[0]) && Words.Count(text[..colon]) <= 2
            && !text.EndsWith('.');
    }
}
