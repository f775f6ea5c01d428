namespace Ingestion.Parser.Core;

/// <summary>
/// "12 comments" / "Crestline Business Network" / "Login": the Disqus box of 2012–2014 prints the site's community name
/// as a tab between the thread's count and its login button; on a dump that starts at the headline and shows no
/// masthead or copyright line, it is the one place the page names its publication.
/// </summary>
internal static class DisqusCommunityTab
{
    private const int LinesAround = 15;

    /// <summary>The community tab's name near the thread's start, or null.</summary>
    public static string? Name(PageLines lines, int sectionStart, int sectionEnd)
    {
        var last = Math.Min(sectionEnd, sectionStart + LinesAround);
        for (var i = Math.Max(0, sectionStart - 5); i < last; i++)
        {
            if (lines[i].IsBlank || lines.DeclaredCount(i) is null)
            {
                continue;
            }

            var tab = lines.NextNonBlank(i, last);
            var login = tab < 0 ? -1 : lines.NextNonBlank(tab, last);
            if (login < 0 || login >= last || !lines[login].Text.AsSpan().Trim().Equals("Login", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var name = lines[tab].Text.Trim();
            return name.Length is >= 3 and <= 50 && char.IsUpper(name[0]) && Words.Count(name) <= 5 && Words.LooksLikeName(name)
                && !name.Equals("Disqus", StringComparison.OrdinalIgnoreCase) && !BoilerplateFilter.IsBoilerplate(name)
                ? name
                : null;
        }

        return null;
    }
}
