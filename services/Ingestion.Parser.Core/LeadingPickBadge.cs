namespace Ingestion.Parser.Core;

/// <summary>
/// "Redaktionsempfehlung olafhenning", "Editors' Pick Marian H.": a badge the paper gives a comment, set in its own
/// element before the writer's name on the comment's header; a browser's copy of the page prints it on the name's line
/// with only a space between, so it reads as the name's first word.
/// </summary>
internal static class LeadingPickBadge
{
    private static readonly PrefixSet Badges = new(
        "redaktionsempfehlung ", "leserempfehlung ", "empfehlung der redaktion ", "editors' pick ", "editor's pick ", "editors pick ", "nyt pick ",
        "staff pick ", "featured comment ", "coup de cœur ", "sélection de la rédaction ", "scelto dalla redazione ");

    /// <summary>The name after a leading pick badge, or the name itself when it opens with none (or is the badge alone).</summary>
    public static string Without(string name)
    {
        if (name.Length < 8 || Badges.MatchLength(name) is not (> 0 and var length) || length >= name.Length)
        {
            return name;
        }

        var rest = name.AsSpan(length).Trim();
        return rest.IsEmpty ? name : rest.ToString();
    }
}
