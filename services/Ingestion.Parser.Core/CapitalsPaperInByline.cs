namespace Ingestion.Parser.Core;

/// <summary>
/// "Dana Pruett, NATION TODAY 6:41 p.m. EDT September 26, 2013" under the headline, and "(Photo: Gregory Aldana, NATION
/// TODAY)" under the picture: a national daily's network prints its name in capitals after its writers' and its
/// photographers' names; on a dump that starts at the headline, the name both credits give is the publication.
/// </summary>
internal static class CapitalsPaperInByline
{
    private const int MaxLinesUnderTitle = 4;

    /// <summary>The paper's name in capitals after the byline's writer, when a picture credit names it too; otherwise null.</summary>
    public static string? Name(PageLines lines, int titleIndex, int end)
    {
        foreach (var line in lines.NonBlankAfter(titleIndex, MaxLinesUnderTitle, end))
        {
            if (PaperAfterWriter(lines[line].Text) is { } paper && IsCreditedUnderPicture(lines, paper, line, end))
            {
                return paper;
            }
        }

        return null;
    }

    /// <summary>"NATION TODAY" of "Dana Pruett, NATION TODAY 6:41 p.m. EDT …": two to four words in capitals after the name.</summary>
    internal static string? PaperAfterWriter(string text)
    {
        var comma = text.Length > 120 ? -1 : text.IndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || Words.Count(text.AsSpan(0, comma)) is < 2 or > 4 || !Words.LooksLikePersonName(text.AsSpan(0, comma)))
        {
            return null;
        }

        var start = comma + 2;
        var stop = start;
        var words = 0;
        var wordStart = start;
        while (wordStart < text.Length)
        {
            var space = text.IndexOf(' ', wordStart);
            var wordEnd = space < 0 ? text.Length : space;
            var word = text.AsSpan(wordStart, wordEnd - wordStart);
            if (word.Length < 2 || word.ContainsAnyExceptInRange('A', 'Z'))
            {
                break;
            }

            words++;
            stop = wordEnd;
            wordStart = wordEnd + 1;
        }

        return words is >= 2 and <= 4 ? text[start..stop] : null;
    }

    private static bool IsCreditedUnderPicture(PageLines lines, string paper, int byline, int end)
    {
        var credit = string.Concat(", ", paper, ")");
        for (var i = 0; i < end; i++)
        {
            if (i != byline && lines[i].Text.Contains(credit, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
