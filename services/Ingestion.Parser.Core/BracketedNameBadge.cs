namespace Ingestion.Parser.Core;

/// <summary>
/// "Renata Solberg [Courier staff]", "Pat Doyle [Moderator]": a newspaper's own thread marks its journalists' and
/// moderators' comments with a badge in square brackets after the name. The badge is no part of the name.
/// </summary>
internal static class BracketedNameBadge
{
    private static readonly WordSet BadgeWords = new(["staff", "moderator", "editor", "reporter", "author", "admin", "columnist", "blogger"]);

    private const int MostWords = 3;

    /// <summary>The name without its bracketed badge, or the name as given.</summary>
    public static string Without(string name)
    {
        if (name.Length < 5 || name[^1] != ']')
        {
            return name;
        }

        var open = name.LastIndexOf(" [", StringComparison.Ordinal);
        if (open <= 0)
        {
            return name;
        }

        var badge = name.AsSpan(open + 2, name.Length - open - 3).Trim();
        var last = badge.LastIndexOf(' ');
        return !badge.IsEmpty && Words.Count(badge) <= MostWords && BadgeWords.Contains(last < 0 ? badge : badge[(last + 1)..]) ? name[..open] : name;
    }
}
