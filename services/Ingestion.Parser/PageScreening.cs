using System.Globalization;
using Ingestion.Parser.Core;

namespace Ingestion.Parser;

internal static class PageScreening
{
    // Text has next to no control characters; random bytes decode to about one in seven.
    private const double MaxControlCharacterShare = 0.05;

    /// <summary>Why <paramref name="page"/> holds nothing worth storing as an article; null when it does.</summary>
    public static string? FindProblem(ParsedPage page)
    {
        if (page.Title is null && page.BodyParagraphs.Count == 0 && page.Comments.Count == 0)
        {
            return "no article text found: no title, no body and no comments";
        }

        var share = ControlCharacterShare(page);
        return share > MaxControlCharacterShare
            ? string.Create(CultureInfo.InvariantCulture, $"not text: {share:P0} of its characters are control characters, as in binary data")
            : null;
    }

    private static double ControlCharacterShare(ParsedPage page)
    {
        var texts = page.BodyParagraphs
            .Concat(page.Comments.SelectMany(comment => comment.Paragraphs))
            .Append(page.Title ?? "");
        long all = 0, control = 0;
        foreach (var text in texts)
        {
            all += text.Length;
            control += text.Count(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));
        }

        return all == 0 ? 0 : (double)control / all;
    }
}
