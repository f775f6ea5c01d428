namespace Ingestion.Parser.Core;

/// <summary>
/// "Sunset Pictures/Backgrid", "Mega/Backgrid", "John Barrett/Rex": a tabloid credits a picture to the photographer or
/// the picture agency that took it, a slash, and the agency that sells it, alone on the line under the caption. The part
/// after the slash is a known picture or news agency; the part before it a name of a few capitalised words.
/// </summary>
internal static class AgencySlashCredit
{
    private const int MaxLength = 60;
    private const int MaxNameWords = 4;

    public static bool Is(ReadOnlySpan<char> text)
    {
        text = text.Trim();
        var slash = text.LastIndexOf('/');
        if (text.Length > MaxLength || slash <= 0 || slash == text.Length - 1)
        {
            return false;
        }

        var name = text[..slash].Trim();
        return CaptionDetector.IsAgencyName(text[(slash + 1)..].Trim()) && !name.IsEmpty && Words.Count(name) <= MaxNameWords
            && !name.ContainsAnyInRange('0', '9') && !Words.EndsSentence(name) && IsEachWordCapitalised(name);
    }

    private static bool IsEachWordCapitalised(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            if (name[range] is [var first, ..] && !char.IsUpper(first))
            {
                return false;
            }
        }

        return true;
    }
}
