namespace Ingestion.Parser.Core;

/// <summary>
/// "(tmo, derStandard.at, 12.3.2013)", "(APA, 12.3.2013)", "(red, diePresse.com)": Austrian papers close a story with
/// the writer's initials or the agency, the site and the day, in brackets on a line of their own. A sentence in
/// brackets ("(The council meets again on 12.3.2013.)") holds a verb and ends with a stop. The writer may sign with
/// the full name ("(Sabine Lechner, donaukurier.at, 12.3.2013)"), and a Swiss daily closes with its own name alone
/// ("(Limmattaler Zeitung)", "(Basler Tagblatt)"): two or three capitalised words.
/// </summary>
internal static class DeskSignOff
{
    private const int LongestPart = 24;

    public static bool Is(ReadOnlySpan<char> text)
    {
        if (IsInitials(text))
        {
            return true;
        }

        if (text.Length is < 8 or > 60 || text[0] != '(' || text[^1] != ')' || Words.EndsSentence(text[1..^1]))
        {
            return false;
        }

        var parts = 0;
        var inner = text[1..^1];
        if (IsPapersName(inner))
        {
            return true;
        }

        foreach (var range in inner.Split(','))
        {
            var part = inner[range].Trim();
            if (part.IsEmpty || part.Length > LongestPart || (part.Contains(' ') && !(parts == 0 && IsFullName(part))))
            {
                return false;
            }

            parts++;
        }

        // One part is the site's host or the day: "derStandard.at", "12.3.2013".
        return parts >= 2 && (IsDottedDate(LastPart(inner)) || LastPart(inner).Contains('.'));
    }

    /// <summary>
    /// "(ju)", "(ck/dpa)": a German news ticker closes a report with its editor's initials alone in brackets, on a line
    /// of their own, linked to the editor's address; a word in brackets is longer or capitalised.
    /// </summary>
    private static bool IsInitials(ReadOnlySpan<char> text) =>
        text.Length is >= 4 and <= 16 && text[0] == '(' && text[^1] == ')' && EditorInitials.Is(text[1..^1]);

    private static bool IsFullName(ReadOnlySpan<char> part) => Words.Count(part) is 2 or 3 && Words.LooksLikePersonName(part);

    private static bool IsPapersName(ReadOnlySpan<char> inner)
    {
        var words = inner.ToString().Split(' ');
        return words.Length is 2 or 3 && inner.Length <= LongestPart + 6
            && Array.TrueForAll(words, word => word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).Any(char.IsLower) && word.All(c => char.IsLetter(c) || c == '-'));
    }

    private static ReadOnlySpan<char> LastPart(ReadOnlySpan<char> inner) => inner[(inner.LastIndexOf(',') + 1)..].Trim();

    private static bool IsDottedDate(ReadOnlySpan<char> part)
    {
        var dots = 0;
        foreach (var c in part)
        {
            if (c == '.')
            {
                dots++;
            }
            else if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return dots == 2;
    }
}
