namespace Ingestion.Parser.Core;

/// <summary>
/// "#1" / "Hal Brenner" / date, then "#1.1" / "jmorrow_va" / date: a network's discussion module (Newsvine-style,
/// 2008–2014) numbers its comments in outline form over each header and prints the replies unindented. Each dotted part
/// after the first is one level of reply, so "#1.2" answers "#1" and "#1.2.1" answers "#1.2".
/// </summary>
internal static class OutlineNumberMarker
{
    private const int MaxLength = 16;

    /// <summary>
    /// How many levels deep the number on the line right over the header puts the comment, or the number opening the
    /// comment's last line, its signature, when the comment is signed under its text and read from its first line
    /// (<paramref name="end"/> is where the next comment starts); 0 when there is none.
    /// </summary>
    public static int ReplyLevel(PageLines lines, int header, int end)
    {
        for (var i = Math.Min(end, lines.Count) - 1; i > header; i--)
        {
            if (!lines[i].IsBlank)
            {
                if (LeadingLevel(lines[i].Text) is > 0 and var signed)
                {
                    return signed;
                }

                break;
            }
        }

        for (var i = header - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return Level(lines[i].Text);
            }
        }

        return 0;
    }

    /// <summary>
    /// "#1.1 Gil Ostrander on 2013-09-25 15:40 (Reply)": Serendipity signs each comment under its text with the outline
    /// number first, in the header's own line; the levels of that number, 0 when the line opens with none.
    /// </summary>
    public static int LeadingLevel(string header)
    {
        // Cheap first: the sign, a digit, and a space after the number within its longest length.
        if (header.Length < 6 || header[0] != '#' || !char.IsAsciiDigit(header[1]))
        {
            return 0;
        }

        var space = header.AsSpan(0, Math.Min(header.Length, MaxLength + 1)).IndexOf(' ');
        return space > 0 ? Level(header.AsSpan(0, space)) : 0;
    }

    /// <summary>The dotted parts after the first of "#1.2.1" (2), 0 for "#1" and for any other line.</summary>
    public static int Level(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        // Cheap first: the number opens with its sign and a digit and is short.
        if (text.Length is < 4 or > MaxLength || text[0] != '#' || !char.IsAsciiDigit(text[1]))
        {
            return 0;
        }

        var dots = 0;
        var previousWasDigit = false;
        foreach (var character in text[1..])
        {
            if (char.IsAsciiDigit(character))
            {
                previousWasDigit = true;
            }
            else if (character == '.' && previousWasDigit)
            {
                dots++;
                previousWasDigit = false;
            }
            else
            {
                return 0;
            }
        }

        return previousWasDigit ? dots : 0;
    }
}
