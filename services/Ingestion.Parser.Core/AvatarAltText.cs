namespace Ingestion.Parser.Core;

/// <summary>
/// A commenter's picture printed by a text browser as its alt text. A thread that links the avatar over the name
/// (Discourse's embed, many forums) prints the name twice ("mtrevino" / "mtrevino" / "Nov 2" / text); a comment system
/// that lays out a picture cell beside the text cell (<c>w3m -dump</c> prints them side by side) leaves the word
/// ("Avatar") on a line of its own between the paragraphs, or in front of one of them. Either would read as text.
/// </summary>
internal static class AvatarAltText
{
    private static readonly string[] Alts = ["Avatar", "avatar", "[avatar]", "User avatar", "User Avatar"];

    /// <summary>Whether <paramref name="line"/>, right over a comment's header, is its avatar's alt text: the header's name again.</summary>
    public static bool IsOver(PageLines lines, int line, string? author) =>
        author is not null && line >= 0 && lines[line].Text.AsSpan().Trim() is var alt
        && (alt.Equals(author, StringComparison.Ordinal) || (alt.EndsWith(NamedAltSuffix, StringComparison.Ordinal) && alt[..^NamedAltSuffix.Length].SequenceEqual(author)));

    /// <summary>"AmpSkillz Avatar" over "AmpSkillz": a forum's picture of the poster, its alt text the name and the word.</summary>
    private const string NamedAltSuffix = " Avatar";

    /// <summary>"AmpSkillz Avatar" → "AmpSkillz": the picture's alt text read as the header's name.</summary>
    public static string WithoutTrailingAlt(string name) =>
        name.Length > NamedAltSuffix.Length + 1 && name.EndsWith(NamedAltSuffix, StringComparison.Ordinal) ? name[..^NamedAltSuffix.Length] : name;

    public static bool IsAlone(ReadOnlySpan<char> line)
    {
        var text = line.Trim();
        foreach (var alt in Alts)
        {
            if (text.SequenceEqual(alt))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly PrefixSet ProfileLinkPrefixes = new("go to the profile of ", "view the profile of ", "view profile of ", "profile picture of ", "avatar of ", "zum profil von ");

    /// <summary>
    /// "Go to the profile of Hannah Voss" over "Hannah Voss": a blogging platform's writer picture, linked to the writer's
    /// profile, printed as its alt text over the writer's name; the name is a person's, no masthead.
    /// </summary>
    public static bool IsProfileLinkOf(string line, string name)
    {
        var text = line.AsSpan().Trim();
        return ProfileLinkPrefixes.MatchLength(text) is > 0 and var prefix && text[prefix..].Trim().SequenceEqual(name);
    }

    /// <summary>
    /// "Avatar kestrel_88 • 2 hours ago": an avatar linked in the header line prints its alt text right before the name,
    /// on the same line; a user name may start in lower case, so only the alt words themselves are dropped.
    /// </summary>
    public static string WithoutLeadingInName(string name)
    {
        foreach (var alt in Alts)
        {
            if (name.Length > alt.Length + 1 && name.StartsWith(alt, StringComparison.Ordinal) && name[alt.Length] == ' ')
            {
                return name[(alt.Length + 1)..].TrimStart();
            }
        }

        return name;
    }

    /// <summary>
    /// "bucktownmombucktownmom" (w3m), "bucktownmom bucktownmom" (lynx): an avatar whose alt text is the user name, printed
    /// right before the name's link. A one-word user name of four letters or more, twice, is the name once.
    /// </summary>
    public static string WithoutNameAsAlt(string name)
    {
        if (name.Contains(' ') && name.Split(' ') is [var first, var second] && first.Length >= 4 && first == second)
        {
            return first;
        }

        var half = name.Length / 2;
        return name.Length % 2 == 0 && half >= 4 && !name.Contains(' ') && name.AsSpan(0, half).SequenceEqual(name.AsSpan(half)) ? name[..half] : name;
    }

    /// <summary>
    /// "[ava] Hans-Peter Kolb schrieb am 12.03.2013 um 14:31 Uhr": <c>w3m</c> prints a picture as its alt text in brackets,
    /// so an avatar linked before the name in the header opens it with a bracketed word or two.
    /// </summary>
    public static ReadOnlySpan<char> WithoutBracketedAlt(ReadOnlySpan<char> header)
    {
        const int LongestAlt = 24;
        return header is ['[', ..] && header.IndexOf("] ") is > 1 and <= LongestAlt and var close && header[(close + 2)..].TrimStart() is [var first, ..] rest
            && char.IsLetter(first)
            ? rest
            : header;
    }

    private static readonly WordSet ReaderStatuses = new("Abonné", "Abonnée", "Abonnent", "Abonnentin", "Suscriptor", "Suscriptora", "Subscriber", "Premium", "Member", "Membre");

    /// <summary>
    /// "• Avatar Abonné" over "democrate10": a daily's comment system sets the reader's status under the picture, above
    /// the name (<see cref="CommentNameBadges"/> reads it on the HTML page), so a text browser prints it on the picture's
    /// line. Read as the header, the status became the writer and the name a paragraph. The line without the status, or
    /// null when the line is no such picture line.
    /// </summary>
    public static string? WithoutReaderStatus(string text)
    {
        var space = text.LastIndexOf(' ');
        if (space <= 0 || !ReaderStatuses.Contains(text.AsSpan(space + 1)))
        {
            return null;
        }

        var picture = text[..space];
        return IsAlone(CommentLine.StripMarker(picture, out _)) ? picture : null;
    }

    /// <summary>"Avatar Two lanes each way …" → "Two lanes each way …".</summary>
    public static string WithoutLeading(string line)
    {
        var text = line.TrimStart();
        return text.StartsWith("Avatar ", StringComparison.Ordinal) && text.AsSpan(7).TrimStart() is { Length: > 0 } rest && char.IsUpper(rest[0])
            ? rest.ToString()
            : line;
    }
}
