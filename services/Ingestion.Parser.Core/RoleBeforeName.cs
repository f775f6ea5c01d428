namespace Ingestion.Parser.Core;

/// <summary>
/// "ANN Congressional Producer Ted Barrow", "Senior White House Correspondent Jessica Yellin": a network's blog prints the
/// writer's job title, the network's name first perhaps, before the name. The name is what follows the title's last word.
/// </summary>
internal static class RoleBeforeName
{
    private static readonly WordSet TitleEnds = new(["producer", "correspondent", "reporter", "editor", "writer", "analyst", "anchor", "columnist", "contributor"]);

    private const int MaxLineLength = 80;

    /// <summary>The length of the job title and the space after it, or 0 when the line opens with none.</summary>
    public static int Length(ReadOnlySpan<char> text)
    {
        if (text.Length > MaxLineLength)
        {
            return 0;
        }

        var position = 0;
        var titleEnd = 0;
        foreach (var word in text.Split(' '))
        {
            var token = text[word];
            if (token.IsEmpty || !char.IsUpper(token[0]))
            {
                return 0;
            }

            position = word.End.Value + 1;
            if (TitleEnds.Contains(token))
            {
                titleEnd = position;
            }
        }

        // Two or three words of a name after the title, and at least one word of title before its last word.
        return titleEnd > 0 && titleEnd < text.Length && Words.Count(text[titleEnd..]) is >= 2 and <= 3 && Words.Count(text[..titleEnd]) >= 2
            && Words.LooksLikePersonName(text[titleEnd..])
            ? titleEnd
            : 0;
    }
}
