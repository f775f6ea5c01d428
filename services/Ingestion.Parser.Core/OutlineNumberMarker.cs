namespace Ingestion.Parser.Core;

/// <summary>
/// "#1" / "Hal Brenner" / date, then "#1.1" / "jmorrow_va" / date: a network's discussion module (Newsvine-style,
/// 2008–2014) numbers its comments in outline form over each header and prints the replies unindented. Each dotted part
/// after the first is one level of reply, so "#1.2" answers "#1" and "#1.2.1" answers "#1.2".
/// </summary>
internal static class OutlineNumberMarker
{
    private const int MaxLength = 16;

    /// <summary>How many levels deep the number on the line right over the header puts the comment, 0 when there is none.</summary>
    public static int ReplyLevel(PageLines lines, int header)
    {
        for (var i = header - 1; i >= 0; i--)
        {
            if (!lines[i].IsBlank)
            {
                return Level(lines[i].Text);
            }
        }

        return 0;
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
