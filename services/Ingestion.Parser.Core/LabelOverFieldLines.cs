namespace Ingestion.Parser.Core;

/// <summary>
/// "From Aunt:" / "What she said: “…”" / "What we said: “…”" / "What we wanted to say: “…”": a listicle's entry names
/// itself in a short bold label and gives its parts as labelled lines, the same field labels in entry after entry. Such
/// a label heads a part of the text; it is no scraper's label left without its value ("Post by:"), whose line under it
/// is no field of a repeated form.
/// </summary>
/// <remarks>
/// The label must stand over two labelled lines or more, and the first line's field label must open another line of the
/// page too: a one-off box ("Details:" / "Where: …" / "When: …") prints its field labels once.
/// </remarks>
internal static class LabelOverFieldLines
{
    private const int FieldLinesNeeded = 2;

    /// <summary>"What we wanted to say" is 21 characters.</summary>
    private const int LongestFieldLabel = 30;

    private const int MostFieldLabelWords = 5;

    public static bool Is(PageLines lines, int index, int end)
    {
        var first = lines.NextNonBlank(index, end);
        var labelLength = first < end ? FieldLabelLength(lines[first].Text) : 0;
        if (labelLength == 0)
        {
            return false;
        }

        var fieldLines = 1;
        var after = lines.NextNonBlank(first, end);
        while (after < end && fieldLines < FieldLinesNeeded && FieldLabelLength(lines[after].Text) > 0)
        {
            fieldLines++;
            after = lines.NextNonBlank(after, end);
        }

        return fieldLines >= FieldLinesNeeded && OpensAnotherLine(lines, first, lines[first].Text.AsSpan().TrimStart()[..(labelLength + 1)]);
    }

    /// <summary>Whether a line other than <paramref name="own"/> opens with <paramref name="label"/> (colon included).</summary>
    private static bool OpensAnotherLine(PageLines lines, int own, ReadOnlySpan<char> label)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            if (i != own && lines[i].Text.AsSpan().TrimStart().StartsWith(label, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The length of the field label opening <paramref name="text"/> ("What she said: …" gives 13), or 0: a capitalised
    /// label of letters and spaces (an apostrophe inside a word) of at most five words, then a colon and a value.
    /// </summary>
    private static int FieldLabelLength(string text)
    {
        var line = text.AsSpan().TrimStart();
        var colon = line.IndexOf(':');
        if (colon is < 2 or > LongestFieldLabel || !char.IsUpper(line[0]) || line[(colon + 1)..].Trim().Length == 0)
        {
            return 0;
        }

        var words = 1;
        for (var i = 1; i < colon; i++)
        {
            var c = line[i];
            if (c == ' ')
            {
                if (line[i - 1] == ' ' || ++words > MostFieldLabelWords)
                {
                    return 0;
                }
            }
            else if (!char.IsLetter(c) && !(c is '\'' or '’' && char.IsLetter(line[i - 1])))
            {
                return 0;
            }
        }

        return colon;
    }
}
