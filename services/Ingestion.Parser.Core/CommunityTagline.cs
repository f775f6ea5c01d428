namespace Ingestion.Parser.Core;

/// <summary>
/// "Blue Line Report" / "A Tennessee Titans community", "Howl Street" / "A Wolves community": a sports network's member
/// blog prints its name over a tagline that names the team its readers follow. The network's logo and league menu stand
/// above on every member blog; the name over the tagline is the blog's, the page's site.
/// </summary>
internal static class CommunityTagline
{
    private static readonly WordSet Kinds = new(["community", "blog", "fansite"]);

    /// <summary>"A Tennessee Titans community", "An Oilers blog": an article, the team's capitalised name, the kind of site.</summary>
    public static bool Is(string line)
    {
        var text = line.AsSpan().Trim();
        if (text.Length > 60 || !(text.StartsWith("A ", StringComparison.Ordinal) || text.StartsWith("An ", StringComparison.Ordinal)) || Words.EndsSentence(text) || Words.HasDigit(text))
        {
            return false;
        }

        var last = text.LastIndexOf(' ');
        if (last <= text.IndexOf(' '))
        {
            return false;
        }

        var team = text[(text.IndexOf(' ') + 1)..last].Trim();
        return Kinds.Contains(text[(last + 1)..]) && !team.IsEmpty && Words.Count(team) <= 4 && char.IsUpper(team[0]);
    }

    /// <summary>The blog's name right over its tagline above the headline, or null.</summary>
    public static string? BlogName(PageLines lines, int titleIndex)
    {
        for (var i = 0; i < titleIndex; i++)
        {
            if (NameBeforeFansTagline(lines[i].Text) is { } named)
            {
                return named;
            }

            if (i == 0)
            {
                continue;
            }

            if (!Is(lines[i].Text) || lines.PreviousNonBlank(i) is not (>= 0 and var name))
            {
                continue;
            }

            var text = lines[name].Text.Trim();
            if (Words.Count(text) is >= 1 and <= 5 && char.IsUpper(text[0]) && !Words.HasDigit(text) && !Words.EndsSentence(text) && Words.LooksLikeName(text))
            {
                return Whitespace.Collapse(text);
            }
        }

        return null;
    }

    /// <summary>
    /// "Blue Ridge Rally - For Ridgeway State Rams Fans": the member blog's name and its tagline on one line, as the logo's
    /// alt text and the strap under it print; the name before " - for … fans", or null.
    /// </summary>
    public static string? NameBeforeFansTagline(string line)
    {
        var text = line.AsSpan().Trim();
        var dash = text.Length <= 90 ? text.IndexOf(" - ", StringComparison.Ordinal) : -1;
        if (dash <= 0 || !text.EndsWith(" fans", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var tagline = text[(dash + 3)..].Trim();
        var name = text[..dash].Trim();
        return tagline.StartsWith("for ", StringComparison.OrdinalIgnoreCase) && !Words.HasDigit(tagline)
            && Words.Count(name) is >= 1 and <= 5 && char.IsUpper(name[0]) && !Words.EndsSentence(name) && Words.LooksLikeName(name.ToString())
            ? Whitespace.Collapse(name.ToString())
            : null;
    }
}
