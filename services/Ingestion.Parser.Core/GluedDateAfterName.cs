namespace Ingestion.Parser.Core;

/// <summary>
/// "Wire ServiceDecember 2, 2016": a byline box's source and its date, set as two blocks with no space between them,
/// which a text rendering runs together on one line. Neither reads as what it is until the line is parted where the date
/// starts, the source over the date.
/// </summary>
internal static class GluedDateAfterName
{
    /// <summary>A source's name and a date; a longer line is a sentence or a row of cells.</summary>
    private const int MaxLength = 80;

    public static List<TextLine> Split(List<TextLine> lines)
    {
        List<TextLine>? result = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (DateStart(line.Text) is > 0 and var seam)
            {
                result ??= [.. lines.Take(i)];
                result.Add(new TextLine(line.Indent, line.Text[..seam]));
                result.Add(new TextLine(line.Indent, line.Text[seam..]));
            }
            else
            {
                result?.Add(line);
            }
        }

        return result ?? lines;
    }

    /// <summary>
    /// Where the date starts after a name glued to it, or -1. A date with its clock ("NameSeptember 25, 2013 at 10:02 am")
    /// is a comment's header, which the comment reader takes whole.
    /// </summary>
    private static int DateStart(string text)
    {
        if (text.Length > MaxLength || !Words.HasDigit(text))
        {
            return -1;
        }

        if (text[0] == '@' && RepeatedHandleHeader.TryRead(text, out _, out _))
        {
            // "@mkwongmkwongMar 21": a comment's header, the handle printed twice, which the comment reader takes whole.
            return -1;
        }

        for (var i = 1; i < text.Length; i++)
        {
            if (Words.IsGlueSeam(text, i))
            {
                return DateLineParser.TryParseLine(text.AsSpan(i), out var time) && time.IsDateOnly && Words.LooksLikeName(text.AsSpan(0, i)) ? i : -1;
            }
        }

        return -1;
    }
}
