namespace Ingestion.Parser.Core;

/// <summary>
/// "JUNE 12, 2024 3:05 PM EDTJUN 12, 2024, 3:05 PM EDT": a template prints the story's time twice, a long form in a span
/// for wide screens and a short one in its &lt;time&gt; element, and a text browser runs the two together with no space
/// where the first ends in a zone or a digit and the second opens with its month. Neither copy parses with the other
/// glued to it, so the line read as nothing but a capitals caption. Where the line splits at such a seam into two date
/// lines of the same day, it is the first copy.
/// </summary>
/// <remarks>
/// Two different days glued together ("June 23, 2021June 22, 2021", an update beside the story's date) are left to the
/// byline and date readers, as <see cref="GluedDateRow"/> leaves them. Cost: lines of a date line's length holding a
/// digit are asked; each seam of a capital after a capital or a digit with no space looks up the word after it.
/// </remarks>
internal static class DoubledDateLine
{
    private const int MinLength = 16;

    public static List<TextLine> Undouble(List<TextLine> lines) => LineTextRewrite.Each(lines, First);

    /// <summary>The first copy when the line is one day's date printed twice and run together; otherwise null.</summary>
    public static string? First(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length < MinLength || !DateLineParser.MayBeDateLine(text.Length, hasDigit: true) || text.IndexOfAnyInRange('0', '9') < 0)
        {
            return null;
        }

        for (var i = 6; i < text.Length - 6; i++)
        {
            if (!char.IsUpper(text[i]) || !(char.IsUpper(text[i - 1]) || char.IsAsciiDigit(text[i - 1])))
            {
                continue;
            }

            // The second copy opens with its month ("JUN 12", "June 12"): the word from the seam to the next space.
            var rest = text[i..];
            var wordEnd = rest.IndexOfAny(' ', ',', '.');
            if (wordEnd < 3 || !DateWords.TryGet(rest[..wordEnd], out var kind, out _) || kind != DateWords.Kind.Month)
            {
                continue;
            }

            if (DateLineParser.TryParseLine(text[..i], out var first) && first.Date is { } day
                && DateLineParser.TryParseLine(rest, out var second) && second.Date == day)
            {
                return text[..i].ToString();
            }
        }

        return null;
    }
}
