using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h1&gt;&lt;strong&gt;Headline.&lt;/strong&gt;&lt;br&gt; Subtitle line.&lt;/h1&gt;" with og:title "Headline." and og:description
/// "Subtitle line.": a template sets the subtitle in the headline's own heading, a line break apart, and its metadata
/// says which is which, the sharing title holding the headline and the description the subtitle word for word. The
/// subtitle is a standfirst, no part of the title, so the sharing title stands though the heading shows more.
/// Cost: asked once per h1 whose text opens with the sharing title; one child lookup for the break.
/// </summary>
internal static class DescriptionAfterBreakInHeading
{
    public static bool Holds(IElement heading, string shown, string title, IReadOnlyList<string> descriptions)
    {
        if (descriptions.Count == 0 || title.Length < 10 || shown.Length <= title.Length + 2 || !shown.StartsWith(title, StringComparison.Ordinal))
        {
            return false;
        }

        var rest = shown.AsSpan(title.Length).Trim();
        if (rest.IsEmpty || heading.QuerySelector("br") is null)
        {
            return false;
        }

        foreach (var description in descriptions)
        {
            if (rest.Equals(description.AsSpan().Trim(), StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
