namespace Ingestion.Parser.Core;

/// <summary>
/// "Comments" / "0" / "Add a comment": a paper's comment widget prints the thread's count as a badge beside its bare
/// heading, and a text dump sets the badge on the line right under it. The number alone on that line is the count the
/// heading leaves out, a zero included.
/// </summary>
internal static class HeadingCountBadge
{
    /// <summary>"1,204,331" at most: a longer run of digits is an id or a telephone number, no count.</summary>
    private const int MaxLength = 9;

    private static readonly System.Buffers.SearchValues<char> CountCharacters = System.Buffers.SearchValues.Create("0123456789,");

    /// <summary>The count on the line right under a bare comment heading, or null when that line holds no bare number.</summary>
    public static int? Read(PageLines lines, int heading)
    {
        var next = heading + 1;
        if (heading < 0 || next >= lines.Count || lines.HeadingKind(heading) != CommentHeadings.Kind.Plain)
        {
            return null;
        }

        var text = lines[next].Text.AsSpan().Trim();
        return text.Length is > 0 and <= MaxLength && char.IsAsciiDigit(text[0]) && !text.ContainsAnyExcept(CountCharacters)
            && int.TryParse(text, System.Globalization.NumberStyles.AllowThousands, System.Globalization.CultureInfo.InvariantCulture, out var count)
            ? count
            : null;
    }
}
