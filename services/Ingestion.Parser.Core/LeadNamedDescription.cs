using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h2&gt;Steve Forbes: …&lt;/h2&gt;&lt;p class="article-detail-lead"&gt;Publishing magnate Steve Forbes tells …&lt;/p&gt;&lt;div
/// class="social-share"&gt;23.01.2019 · By Name · share links&lt;/div&gt;&lt;p&gt;…": a paragraph its class names the lead, whose
/// words the description meta repeats whole, is the standfirst under the headline, even where the date row that set it
/// apart from the text went with the share buttons around it (<see cref="DescriptionOverDateLine"/> no longer sees it).
/// "lead" names a story's picture as often ("figure.lead-art", "div.lead-image"), so only a paragraph is read so.
/// </summary>
internal static class LeadNamedDescription
{
    private static readonly WordSet LeadWord = new(["lead"]);

    public static bool Is(IElement element, IReadOnlyList<string> descriptions) =>
        element.LocalName == "p" && descriptions.Count > 0 && LeadWord.ContainsNamePart(element.ClassName)
        && descriptions.Contains(Whitespace.Collapse(element.TextContent).Trim());
}
