namespace Ingestion.Parser.Core;

/// <summary>
/// "kestrel_fan" / "Senior Member" / "Sep 26, 2013 9:58 PM": a site whose article comments are forum posts (technology
/// sites, 2008–2015) prints the poster's forum rank on a line of its own between the name and the time, as a forum's
/// panel does. The rank ends in a rank's word ("Senior Member", "Forum Regular", "Seasoned Veteran") or in ", in
/// training"; it is no name, and the name is the line above it.
/// </summary>
internal static class ForumRankLine
{
    private const int MaxLength = 40;
    private const int MaxWords = 4;

    public static bool Is(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        // Cheap first: a rank is short and opens with a capital.
        if (text.Length is < 4 or > MaxLength || !char.IsUpper(text[0]) || Words.HasDigit(text) || Words.Count(text) > MaxWords)
        {
            return false;
        }

        if (text.EndsWith(", in training", StringComparison.Ordinal))
        {
            return true;
        }

        var space = text.LastIndexOf(' ');
        return space > 0 && RankWords.Contains(text[(space + 1)..]);
    }

    private static readonly WordSet RankWords = new(["Member", "Regular", "Veteran", "Newcomer", "Newbie", "Poster", "Enthusiast", "Guru", "Lurker", "Rookie", "Apprentice"]);
}
