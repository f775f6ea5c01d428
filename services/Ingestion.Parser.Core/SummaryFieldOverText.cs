using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// A CMS's summary field printed over the text in a box of its own: Drupal's <c>&lt;div class="field--teaser"&gt;</c> holding
/// the words of the description meta over <c>div.field--body</c>, WordPress's <c>&lt;p class="manual-excerpt"&gt;</c> over the
/// post's first paragraph, which says the same again in other words. Both are the standfirst, no paragraph of the text.
/// "teaser" alone also names another story's card, so a teaser box goes only when its words are the description's; an
/// excerpt is the summary by name, even where it opens the text's container as a bold lead does (<see cref="TextOpeningLead"/>).
/// </summary>
internal static class SummaryFieldOverText
{
    private static readonly WordSet ExcerptClass = new(["excerpt"]);

    private static readonly WordSet TeaserClass = new(["teaser"]);

    /// <summary>The text's first paragraph is at least this long; a summary field stands above it.</summary>
    private const int ParagraphLength = 80;

    /// <summary>Whether the element's class names the CMS's excerpt ("manual-excerpt", "entry-excerpt").</summary>
    public static bool IsExcerpt(IElement element) => ExcerptClass.ContainsNamePart(element.ClassName);

    /// <summary>Removes a teaser box repeating a description above the text's first paragraph.</summary>
    public static void RemoveTeaser(IElement root, IReadOnlyList<string> descriptions)
    {
        if (descriptions.Count == 0)
        {
            return;
        }

        foreach (var element in DocumentOrder.Elements(root))
        {
            if (element != root && TeaserClass.ContainsNamePart(element.ClassName) && descriptions.Contains(Whitespace.Collapse(element.TextContent).Trim()))
            {
                element.Remove();
                return;
            }

            if (element.LocalName == "p" && ShownLength.Of(element.TextContent) > ParagraphLength)
            {
                return;
            }
        }
    }
}
