using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "div.most-read-container" / "Most Read Business Stories" / five headlines: a paper's list of its most read, shared or
/// viewed stories, set inside the text between two paragraphs or beside it. Its class says what it is even when no word
/// of it is a furniture word on its own ("most", "read" and "shared" are words of any template). The box must be mostly
/// links, so a story's own "most-read" styled quote or chart stays.
/// </summary>
internal static class MostReadBox
{
    /// <summary>What follows "most" in the class of such a list: "most-read", "most_viewed", "mostPopular".</summary>
    private static readonly string[] Rankings = ["read", "popular", "viewed", "shared", "emailed", "commented", "watched"];

    /// <summary>Whether <paramref name="element"/> is such a list: its class or id names it, and its text is mostly links.</summary>
    public static bool Is(IElement element)
    {
        if (!NamesRanking(element.ClassName) && !NamesRanking(element.Id))
        {
            return false;
        }

        var text = ShownLength.Of(element.TextContent);
        var linkText = element.SelectAll("a").Sum(link => ShownLength.Of(link.TextContent));
        return text > 0 && linkText * 2 >= text;
    }

    /// <summary>"most-read-container", "module most_shared", "mostPopular": "most" and a ranking word, joined or not.</summary>
    public static bool NamesRanking(string? names)
    {
        if (string.IsNullOrEmpty(names))
        {
            return false;
        }

        var span = names.AsSpan();
        for (var at = span.IndexOf("most", StringComparison.OrdinalIgnoreCase); at >= 0; at = NextMost(span, at))
        {
            // "most" must open a name part: "almost-read" is no list.
            if (at > 0 && char.IsLetter(span[at - 1]) && !(char.IsUpper(span[at]) && char.IsLower(span[at - 1])))
            {
                continue;
            }

            var rest = span[(at + 4)..];
            if (rest.Length > 0 && rest[0] is '-' or '_')
            {
                rest = rest[1..];
            }

            foreach (var ranking in Rankings)
            {
                if (rest.StartsWith(ranking, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static int NextMost(ReadOnlySpan<char> span, int at)
    {
        var next = span[(at + 4)..].IndexOf("most", StringComparison.OrdinalIgnoreCase);
        return next < 0 ? -1 : at + 4 + next;
    }
}
