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
    private static readonly string[] GluedBadges = ["Staff", "Contributor", "Moderator", "Author"];

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
            // "priyadesaiAuthor": a handle all in lower case gives the badge's capital away as a run-together one does.
            if (at > 2 && name.AsSpan(at, badge.Length).SequenceEqual(badge) && char.IsLower(name[at - 1]) && IsHandle(name.AsSpan(0, at)))
            {
                return name.Remove(at, badge.Length);
            }
        }

        return end < name.Length ? WithoutBadgeGluedToSurname(name) : name;
    }

    /// <summary>
    /// "Imogen FairleyStaff", "The Coastal SunModerator": the badge run into the last word of a name of capitalised words.
    /// </summary>
    private static string WithoutBadgeGluedToSurname(string name)
    {
        var lastWord = name.LastIndexOf(' ') + 1;
        foreach (var badge in GluedBadges)
        {
            var at = name.Length - badge.Length;
            if (at - lastWord >= 3 && name.AsSpan(at).SequenceEqual(badge) && char.IsLower(name[at - 1]) && char.IsUpper(name[lastWord])
                && Words.LooksLikePersonName(name.AsSpan(0, at)))
            {
                return name[..at];
            }
        }

        return name;
    }

    /// <summary>"gracewanjiru", "Liberty_Dan", "PatriotMom1776": one word shaped as no plain name is.</summary>
    public static bool IsUserName(ReadOnlySpan<char> word) => word.Length >= 3 && IsHandle(word);

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
