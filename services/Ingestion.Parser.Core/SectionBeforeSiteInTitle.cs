using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "The best film scenes of 2014 · Best of · The Harbour Club": a magazine's document title names the story's section
/// (its feature series) between the headline and the site. What follows the headline is "Best of · The Harbour Club";
/// where it holds exactly two parts parted by a middle dot or a bar, and the first is the text of a link on the page (the
/// section's kicker over the headline, "&lt;a href="/features/best-of/"&gt;Best of&lt;/a&gt;") while the second is none, the
/// second is the site. Cost: asked once per page, only of a title rest holding one such separator: one pass over the links.
/// </summary>
internal static class SectionBeforeSiteInTitle
{
    private static readonly string[] Separators = [" · ", " | "];

    public static string? Site(IDocument document, string rest)
    {
        foreach (var separator in Separators)
        {
            var at = rest.IndexOf(separator, StringComparison.Ordinal);
            if (at <= 0 || rest.IndexOf(separator, at + separator.Length, StringComparison.Ordinal) >= 0)
            {
                continue;
            }

            var section = rest[..at].Trim();
            var site = rest[(at + separator.Length)..].Trim();
            if (section.Length is 0 or > 40 || site.Length == 0)
            {
                return null;
            }

            var sectionLinked = false;
            foreach (var link in document.Links)
            {
                var text = link.TextContent.AsSpan().Trim();
                if (text.Equals(site, StringComparison.OrdinalIgnoreCase))
                {
                    return null;
                }

                sectionLinked |= text.Equals(section, StringComparison.OrdinalIgnoreCase) && link.GetAttribute("href") is { Length: > 1 };
            }

            return sectionLinked ? site : null;
        }

        return null;
    }
}
