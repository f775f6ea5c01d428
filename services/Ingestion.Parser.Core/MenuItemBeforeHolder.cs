namespace Ingestion.Parser.Core;

/// <summary>
/// "Subscribe" / "Give a Gift" / "Search" / "Food &amp; Drink" / "Travel" / … / headline … "© 2013 Ozark Highlands
/// Magazine. All rights reserved.": a page whose logo is a picture prints no masthead in a scraper's text (innerText has
/// no alt text), so the first name-like line is a menu item. When that item stands in the menu, is printed again as the
/// story's section right over the headline ("Food &amp; Drink" / "The Last Orchard on Sugar Hollow Road"), and the
/// copyright line names a publication, not a company behind it, the publication is the site.
/// </summary>
internal static class MenuItemBeforeHolder
{
    /// <summary>"… Media", "… Broadcasting Inc": the last word of a company's name, which owns the masthead rather than naming it.</summary>
    private static readonly WordSet CompanyWords = new(["inc", "inc.", "llc", "ltd", "ltd.", "limited", "corp", "corp.", "corporation", "company", "co.", "group",
        "holdings", "media", "broadcasting", "communications", "publishing", "publications", "newspapers", "ventures", "interactive", "digital", "networks", "enterprises"]);

    /// <summary>Whether the menu item is the line right over the headline too: the story's section.</summary>
    public static bool IsKickerOverTitle(PageLines lines, string menuItem, int titleIndex) =>
        titleIndex > 0 && lines.PreviousNonBlank(titleIndex) is var above and >= 0 && lines[above].Text.AsSpan().Trim().Equals(menuItem, StringComparison.Ordinal);

    public static bool HolderWins(string menuItem, string holder)
    {
        var words = Words.Count(holder);
        if (words < 2 || holder.Contains(menuItem, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        var last = holder.AsSpan().TrimEnd(" .,").ToString();
        var space = last.LastIndexOf(' ');
        return !CompanyWords.Contains(last.AsSpan(space + 1));
    }
}
