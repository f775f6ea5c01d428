namespace Ingestion.Parser.Core;

/// <summary>
/// "FrequentFlierFran Super User Fan", "oldschoolpilot Level 2 Moderator Fan", "josh_in_denver Fan": a site's own
/// comment system (HuffPost and AOL 2011–2013, forums) prints the user name, then the badge the site gave it and the
/// "Fan" or "Follow" button, on the name's line. A user name is one word shaped as no plain name is (run-together
/// capitals, an underscore, digits, all lower case); only badge words may follow it.
/// </summary>
internal static class HandleBadges
{
    private static readonly WordSet BadgeWords = new(
    [
        "fan", "follow", "super", "user", "networker", "level", "moderator", "mod", "top", "commenter", "pundit", "community", "verified",
        "blogger", "staff", "contributor", "member", "featured", "trusted", "expert", "admin", "author",
    ]);

    private static readonly System.Buffers.SearchValues<char> Digits = System.Buffers.SearchValues.Create("0123456789");

    private static readonly System.Buffers.SearchValues<char> HandleMarks = System.Buffers.SearchValues.Create("_0123456789");

    /// <summary>
    /// "HelenAshdownStaff": the badge's element sits right after the name's link, with no space between them, so the
    /// rendered header runs the two together; a run-together user name gives the badge's capital away.
    /// </summary>
    private static readonly string[] GluedBadges = ["Staff", "Contributor", "Moderator"];

    public static string Without(string name)
    {
        name = WithoutGluedBadge(name);
        var space = name.IndexOf(' ');
        if (space < 3 || !IsHandle(name.AsSpan(0, space)))
        {
            return name;
        }

        foreach (var word in name.AsSpan(space + 1).Split(' '))
        {
            var part = name.AsSpan(space + 1)[word];
            if (part.Length > 0 && !BadgeWords.Contains(part) && part.ContainsAnyExcept(Digits))
            {
                return name;
            }
        }

        return name[..space];
    }

    private static string WithoutGluedBadge(string name)
    {
        var end = name.IndexOf(' ') is > 0 and var space ? space : name.Length;
        foreach (var badge in GluedBadges)
        {
            var at = end - badge.Length;
            if (at > 2 && name.AsSpan(at, badge.Length).SequenceEqual(badge) && char.IsLower(name[at - 1]) && IsHandle(name.AsSpan(0, at))
                && name.AsSpan(0, at).IndexOfAnyInRange('A', 'Z') is >= 0)
            {
                return name.Remove(at, badge.Length);
            }
        }

        return name;
    }

    private static bool IsHandle(ReadOnlySpan<char> word)
    {
        var hasLower = false;
        var runTogether = false;
        var allLower = true;
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (!char.IsLetterOrDigit(c) && c is not ('_' or '-' or '.'))
            {
                return false;
            }

            hasLower |= char.IsLower(c);
            allLower &= !char.IsUpper(c);
            runTogether |= i > 0 && char.IsUpper(c) && char.IsLower(word[i - 1]);
        }

        return hasLower && (runTogether || allLower || word.ContainsAny(HandleMarks));
    }
}
