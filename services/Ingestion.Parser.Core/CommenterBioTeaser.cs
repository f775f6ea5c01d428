using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;a class="…"&gt;harbourwatcher&lt;/a&gt; &lt;div class="bio_teaser"&gt;Onward through the fog!&lt;/div&gt; &lt;div class="author_fans"&gt;…
/// 349 Fans&lt;/div&gt;": an aggregator's own comment system prints the one-line motto each reader wrote for the profile
/// right under the name link. It is no part of the name and no text of the comment; left in, it renders as the line
/// above the comment's time and is taken for the writer ("They're Great", "I am smart so I must be a liberal"). Its class
/// names it: a part "bio" of a class token ("bio_teaser", "user-bio").
/// </summary>
internal static class CommenterBioTeaser
{
    private const int MaxLength = 200;

    private static readonly WordSet BioPart = new(["bio"]);

    public static void Remove(IElement container) => MatchingElements.Remove(container, "div, span, p", IsTeaserUnderName);

    private static bool IsTeaserUnderName(IElement element)
    {
        // Cheap test first: the class, then the name link right before it.
        if (element.ClassName is not { } classes || classes.IndexOf("bio", StringComparison.OrdinalIgnoreCase) < 0 || !BioPart.ContainsNamePart(classes)
            || element.PreviousElementSibling is not { LocalName: "a" } name || string.IsNullOrWhiteSpace(name.TextContent))
        {
            return false;
        }

        return !NodeText.IsLongerThan(element, MaxLength);
    }
}
