namespace Ingestion.Parser.Core;

/// <summary>
/// "KLBX 11 News - Lubbock, Texas": a local station's or paper's masthead line, its name, a dash, and the town and state
/// it serves (the document title such sites carried into the page). It is the site, never a headline over the story's
/// headline, which read as its deck under it.
/// </summary>
internal static class StationMastheadWithPlace
{
    private const int MaxLength = 70;
    private const int MaxNameWords = 5;
    private const string Dash = " - ";

    /// <summary>The name before the dash, or null when the line is not a name, a dash and a "Town, State".</summary>
    public static string? Name(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length is < 10 or > MaxLength || !char.IsUpper(line[0]) || line.IndexOf(Dash, StringComparison.Ordinal) is not (> 0 and var dash))
        {
            return null;
        }

        var place = line[(dash + Dash.Length)..].Trim();
        var comma = place.LastIndexOf(", ", StringComparison.Ordinal);
        if (comma <= 0 || !LogoBeforePlace.IsState(place[(comma + 2)..].Trim()) || !PlaceAfterComma.IsPlace(place[..comma]))
        {
            return null;
        }

        var name = line[..dash].Trim();
        return Words.Count(name) <= MaxNameWords && !Words.EndsSentence(name) && IsEachWordCapitalised(name) && Words.LooksLikeName(name) ? name.ToString() : null;
    }

    /// <summary>"KLBX 11 News", "The Pine Hollow Courier": a masthead's words open with capitals or digits; a headline's small words do not.</summary>
    private static bool IsEachWordCapitalised(ReadOnlySpan<char> name)
    {
        foreach (var range in name.Split(' '))
        {
            if (name[range] is [var first, ..] && !char.IsUpper(first) && !char.IsAsciiDigit(first))
            {
                return false;
            }
        }

        return true;
    }
}
