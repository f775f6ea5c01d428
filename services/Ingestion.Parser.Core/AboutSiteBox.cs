using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h3&gt;About TCRTA&lt;/h3&gt;&lt;div&gt;The Tri-County Regional Transit Authority operates 14 …&lt;/div&gt;": a press office's
/// release ends with the organisation's boilerplate, headed "About" and the publisher's name or its initials. It is the
/// same on every release, no part of this one's text.
/// </summary>
internal static class AboutSiteBox
{
    /// <summary>Removes the heading that names the site and what follows it in its box.</summary>
    public static void Remove(IElement root, string? site)
    {
        if (site is null)
        {
            return;
        }

        foreach (var heading in root.SelectAll("h2, h3, h4").ToList())
        {
            if (heading.ParentElement is null || !IsAboutSite(Whitespace.Collapse(heading.TextContent), site))
            {
                continue;
            }

            while (heading.NextElementSibling is { } next)
            {
                next.Remove();
            }

            heading.Remove();
        }
    }

    /// <summary>"About TCRTA", "About the Tri-County Regional Transit Authority:" beside that site.</summary>
    internal static bool IsAboutSite(string heading, string site)
    {
        var text = heading.AsSpan().TrimEnd(" .:");
        if (!text.StartsWith("About ", StringComparison.Ordinal) || text.Length > 80)
        {
            return false;
        }

        var named = WithoutArticle(text[6..].Trim());
        var name = WithoutArticle(site.AsSpan().Trim());
        return named.Equals(name, StringComparison.OrdinalIgnoreCase) || SiteNameKeywords.IsInitialsOf(named, name);
    }

    private static ReadOnlySpan<char> WithoutArticle(ReadOnlySpan<char> name) =>
        name.StartsWith("The ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
}
