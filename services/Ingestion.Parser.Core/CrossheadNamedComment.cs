using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="body"&gt;&lt;p&gt;…&lt;/p&gt;&lt;h3&gt;The rest&lt;/h3&gt;&lt;ul&gt;…&lt;/ul&gt;&lt;h3&gt;Comment&lt;/h3&gt;&lt;p&gt;…&lt;/p&gt;&lt;h3&gt;Price and
/// availability&lt;/h3&gt;&lt;p&gt;…": a tech news story closes with the writer's view under the crosshead "Comment" (an
/// analysis's "Comment" or "Discussion" section), one of the text's crossheads. Read as the thread's heading, it cut the
/// text there. A thread's bare heading follows the text; this one stands in the text's own box, after a paragraph and
/// after an earlier heading of the same level there, with a paragraph right under it.
/// </summary>
internal static class CrossheadNamedComment
{
    public static bool Is(IElement heading)
    {
        if (heading.NextElementSibling is not { LocalName: "p" })
        {
            return false;
        }

        var paragraphBefore = false;
        var crossheadBefore = false;
        for (var previous = heading.PreviousElementSibling; previous is not null && !(paragraphBefore && crossheadBefore); previous = previous.PreviousElementSibling)
        {
            paragraphBefore |= previous.LocalName == "p";
            crossheadBefore |= previous.LocalName == heading.LocalName;
        }

        return paragraphBefore && crossheadBefore;
    }
}
