using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;section itemprop="articleBody"&gt;&lt;span class="posttitle" itemprop="description"&gt;Es gibt mehr als …&lt;/span&gt;
/// &lt;p&gt;…&lt;/p&gt;": a template sets the standfirst at the top of the text's box and marks it with microdata as the item's
/// description, the words the metadata's description repeats. The mark and the repetition say it is the summary over the
/// text, not its opening paragraph, whatever its class is called; a sentence's full stop does not make it text.
/// </summary>
internal static class MicrodataDescriptionStandfirst
{
    public static bool Is(IElement element, IReadOnlyList<string> descriptions) =>
        descriptions.Count > 0
        && element.GetAttribute("itemprop") == "description"
        && element.LocalName is not "meta"
        && descriptions.Contains(Whitespace.Collapse(element.TextContent).Trim());
}
