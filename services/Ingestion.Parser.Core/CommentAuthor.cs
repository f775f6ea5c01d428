using System.Buffers;

namespace Ingestion.Parser.Core;

/// <summary>Cleans the name on a comment's header line of what threads add to it.</summary>
internal static class CommentAuthor
{
    // Kinja's discussion (2012–2015) and other widgets draw the arrow to the parent's name in another glyph: "Name ⇢ Parent".
    private static readonly string[] ReplyJoins = [" replied to ", " → ", " ⇢ ", " ➔ ", " ➜ ", " ↦ ", " in reply to ", " in response to ", " antwortete ", " a répondu à ", " respondió a ", " responde a ", " répond à ", " risponde a ", " respondeu "];

    /// <summary>An ASCII part of each reply join, for one vectorised search before the joins are looked for one by one.</summary>
    private static readonly PhraseSet ReplyJoinParts = new(
        [" replied to ", " → ", " ⇢ ", " ➔ ", " ➜ ", " ↦ ", " in reply to ", " in response to ", " antwortete ", "pondu ", "pond à ", " respond", " risponde a "]);

    private static readonly SearchValues<char> Letters =
        SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    private static readonly string[] Badges = [" Post author", " Mod", " Moderator", " Author", " Staff", " Admin", " Editor", " staff", " Contributor", " contributor", " Autor", " Auteur", " Autora",
        // "Tom Gillespie Top Commenter" (the Facebook plugin), "pixelmonk Recommended" (Chorus): a badge's element right
        // after the name's, which a browser's copy of the page prints on the name's line with only a space between.
        " Top Commenter", " Recommended",
        // Disqus names a reply's parent; a removed or anonymous parent is printed as its guest placeholder.
        " Guest", " Invité", " Invitado", " Ospite", " Convidado"];

    private static readonly string[] SignInServices = ["Facebook", "Twitter", "Yahoo", "Google", "OpenID", "LinkedIn", "Disqus", "AOL", "Windows Live"];

    /// <summary>"Gary Lindqvist via Facebook": Echo and Janrain name the account the writer signed in with after the name.</summary>
    private static string WithoutSignInService(string name)
    {
        var via = name.LastIndexOf(" via ", StringComparison.Ordinal);
        return via > 0 && Array.IndexOf(SignInServices, name[(via + 5)..].Trim()) >= 0 ? name[..via] : name;
    }

    /// <summary>"EastSideDad (not verified)": Drupal marks a guest's name so, wherever its theme prints it; the mark is no part of it.</summary>
    private static string WithoutUnverifiedMark(string name) =>
        CommentLine.WithoutUnverifiedMark(name) is var verified && verified.Length < name.Length ? verified.ToString() : name;

    /// <summary>"Gość: inżynier ruchu", "Gast: Rudi": a forum's label for a writer without an account, before the name.</summary>
    private static readonly PrefixSet GuestLabels = new("gość: ", "gast: ", "guest: ", "invité : ", "invité: ", "invitado: ", "ospite: ", "anonim: ");

    /// <summary>"Author", "Moderator": a badge printed on a line of its own under the writer's name.</summary>
    public static bool IsBadgeAlone(string line)
    {
        var trimmed = line.AsSpan().Trim();
        foreach (var badge in Badges)
        {
            // "AUTHOR" where CSS sets the badge in capitals.
            if (trimmed.Equals(badge.AsSpan(1), StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Carol Wen replied to comment from Ned Partridge" (Movable Type's flat thread): the words after the join, which
    /// name the comment answered; null for a header without one.
    /// </summary>
    public static string? ReplyReference(string header)
    {
        var at = ReplyJoinAt(header, out var join);
        return at > 0 ? header[(at + join.Length)..] : null;
    }

    /// <summary>The name before a reply join ("Carol Wen" of "Carol Wen replied to comment from Ned Partridge"), or the whole header.</summary>
    public static ReadOnlySpan<char> WithoutReply(ReadOnlySpan<char> header)
    {
        var at = ReplyJoinAt(header, out _);
        return at > 0 ? header[..at] : header;
    }

    private static int ReplyJoinAt(ReadOnlySpan<char> header, out string join)
    {
        join = string.Empty;
        if (!ReplyJoinParts.FoundIn(header))
        {
            return -1;
        }

        foreach (var candidate in ReplyJoins)
        {
            if (header.IndexOf(candidate, StringComparison.OrdinalIgnoreCase) is > 0 and var at)
            {
                join = candidate;
                return at;
            }
        }

        return -1;
    }

    /// <summary>"Kadri Tamm replied to Liis" → "Kadri Tamm"; Disqus prints "Dale Higgins marisol_r" for a reply to marisol_r.</summary>
    public static string Clean(string name, string? parentAuthor)
    {
        name = AvatarAltText.WithoutTrailingAlt(AvatarAltText.WithoutNameAsAlt(AvatarAltText.WithoutLeadingInName(WithoutFieldLabels(name))));
        name = LeadingPickBadge.Without(WithoutSignInService(WithoutUnverifiedMark(name)));
        foreach (var join in ReplyJoinParts.FoundIn(name) ? ReplyJoins : [])
        {
            var at = name.IndexOf(join, StringComparison.OrdinalIgnoreCase);
            if (at > 0)
            {
                name = name[..at];
            }
        }

        if (parentAuthor is not null && name.Length > parentAuthor.Length + 1 && name.EndsWith(" " + parentAuthor, StringComparison.Ordinal))
        {
            name = name[..^(parentAuthor.Length + 1)];
        }

        foreach (var badge in Badges)
        {
            if (name.Length > badge.Length && name.EndsWith(badge, StringComparison.Ordinal) && !IsDeskSignature(name, badge))
            {
                // "Carl Vettori, Contributor": a role after a comma is a badge too.
                name = name[..^badge.Length].TrimEnd(',');
            }
        }

        name = HandleBadges.Without(BracketedNameBadge.Without(name));

        // "LarsOnTheLand Member since 2017" (Coral, forums): the account's age is a badge, whose year the date took.
        var memberSince = name.IndexOf(" Member since", StringComparison.OrdinalIgnoreCase);
        if (memberSince > 0)
        {
            name = name[..memberSince];
        }

        name = SinceDateBadge.Without(name);

        // "Rita Sandoval (Pueblo)", "kingman_chaser (Kingman, KS)": the writer's town in brackets after the name, read
        // before a town after a comma, whose comma a bracketed town and state hold.
        var townBracket = name.EndsWith(')') ? name.LastIndexOf(" (", StringComparison.Ordinal) : -1;
        if (townBracket > 0 && townBracket + 2 < name.Length - 1 && char.IsUpper(name[townBracket + 2]))
        {
            name = name[..townBracket];
        }

        // "Harriet Voss / Schenectady, NY / September 17, 2013": the town between slashes on a one-line header.
        var slash = name.IndexOf(" / ", StringComparison.Ordinal);
        if (slash > 0 && slash + 3 < name.Length && char.IsUpper(name[slash + 3]))
        {
            name = name[..slash];
        }

        // "fellwalker_77, Penrith, United Kingdom": the writer's town and country after the name.
        var firstComma = name.IndexOf(", ", StringComparison.Ordinal);
        if (firstComma > 0 && name.IndexOf(", ", firstComma + 2, StringComparison.Ordinal) > 0 && IsTownAndCountry(name.AsSpan(firstComma + 2)))
        {
            name = name[..firstComma];
        }

        // "Tired Taxpayer Spencerville, OH": a US town and state after the name, with no comma before the town.
        name = TownAndStateAfterName.Without(name);

        // "Dónal, Cork", "Davie S, St Andrews": readers' letters pages sign with the place.
        name = PlaceAfterComma.Without(name);

        // "Ernst Hagedorn (ehagedorn)": the account's handle in lower case after the full name.
        var bracket = name.EndsWith(')') ? name.LastIndexOf(" (", StringComparison.Ordinal) : -1;
        if (bracket > 0 && IsHandleInBrackets(name.AsSpan(bracket + 2, name.Length - bracket - 3)) && name.AsSpan(0, bracket).Contains(' '))
        {
            name = name[..bracket];
        }

        // "1 Mariscadora de Cambados hace 5 minutos", "#12 xoan": the comment's number printed before the name.
        name = WithoutLeadingNumber(name);
        var guest = GuestLabels.MatchLength(name);
        return (guest > 0 && guest < name.Length ? name[guest..] : name).Trim();
    }

    /// <summary>
    /// "by: Emmanuel from: Nigeria", "Samir from: Amman": a broadcaster's comment header labels the writer's name and
    /// country as form fields; neither label, nor the country after "from:", is part of the name.
    /// </summary>
    private static string WithoutFieldLabels(string name)
    {
        // "from: Raghav S., Bangalore": the signature under a comment's text labels the writer as its sender.
        if (name.StartsWith("from: ", StringComparison.OrdinalIgnoreCase))
        {
            return name[6..].Trim();
        }

        var label = name.StartsWith("by: ", StringComparison.OrdinalIgnoreCase) ? 4 : 0;
        var from = name.IndexOf(" from: ", label, StringComparison.OrdinalIgnoreCase);

        // "Samir from: Amman": the same header printed without its "by:" label still ends in the country field.
        return (from > label ? name[label..from] : name[label..]).Trim();
    }

    private static bool IsHandleInBrackets(ReadOnlySpan<char> inside) =>
        inside.Length is > 1 and < 30 && char.IsLower(inside[0]) && !inside.ContainsAny(' ', ',') && inside.ContainsAnyInRange('a', 'z');

    private static string WithoutLeadingNumber(string name)
    {
        name = WithoutLeadingVoteScore(name);
        var digits = name.AsSpan().TrimStart('#');
        var skipped = name.Length - digits.Length;
        var count = digits.IndexOfAnyExceptInRange('0', '9');
        if (count is < 1 or > 4)
        {
            return name;
        }

        // "1 | montillano | hace 2 horas": a numbered header may set the number off with a bar.
        var rest = digits[count..].TrimStart('.');
        rest = rest.StartsWith(" | ", StringComparison.Ordinal) ? rest[2..] : rest;
        return rest.Length > 2 && rest[0] == ' ' && char.IsLetter(rest[1]) ? rest.TrimStart().ToString() : name;
    }

    /// <summary>
    /// "+7 #1 Maria K", "0 #3 Northside Residents" (JComments): the comment's vote score, then its number, before the
    /// name; the score alone is kept off only when a "#" number follows it, as a bare number may be a name's start.
    /// </summary>
    private static string WithoutLeadingVoteScore(string name)
    {
        var span = name.AsSpan();
        var sign = span is ['+' or '-' or '−', ..] ? 1 : 0;
        var count = span[sign..].IndexOfAnyExceptInRange('0', '9');
        return count is >= 1 and <= 4 && span[(sign + count)..] is [' ', '#', >= '0' and <= '9', ..] ? name[(sign + count + 1)..] : name;
    }

    /// <summary>"Penrith, United Kingdom", "Sydney, Australia": capitalised parts of at most three words each.</summary>
    private static bool IsTownAndCountry(ReadOnlySpan<char> places)
    {
        foreach (var range in places.Split(", "))
        {
            var place = places[range];
            if (place.IsEmpty || !char.IsUpper(place[0]) || place.Count(' ') > 2 || place.ContainsAnyInRange('0', '9'))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// "Sentinel Staff", "Metro Editor": a desk that answers readers under its own name, one capitalised word before a
    /// job title; a badge follows a person's name or a user name ("Dana Rourke Staff", "marisol_r Mod").
    /// </summary>
    private static bool IsDeskSignature(string name, string badge)
    {
        var before = name.AsSpan(0, name.Length - badge.Length);
        if (badge is not (" Staff" or " Editor"))
        {
            return false;
        }

        // "WKTX Web Staff", "Gazette News Staff": the outlet's name before the desk's own word.
        var space = before.LastIndexOf(' ');
        if (badge == " Staff" && space > 0 && DeskWords.Contains(before[(space + 1)..].ToString()) && char.IsUpper(before[0]))
        {
            return true;
        }

        return before.Length > 1 && char.IsUpper(before[0]) && !before.ContainsAnyExcept(Letters) && !IsCamelCase(before);
    }

    /// <summary>"HarrietQuill Staff": a user name that runs a first and last name together is a person's, not a desk's ("KXRV Staff").</summary>
    private static bool IsCamelCase(ReadOnlySpan<char> word)
    {
        for (var i = 1; i < word.Length; i++)
        {
            if (char.IsUpper(word[i]) && char.IsLower(word[i - 1]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The word that makes "Web Staff" or "News Staff" a desk, where "Dana Rourke Staff" is a name with a badge.</summary>
    private static readonly HashSet<string> DeskWords = new(["Web", "News", "Digital", "Online", "Newsroom", "Editorial", "Sports", "Metro"], StringComparer.Ordinal);
}
