using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;span class="author_byline"&gt;By &lt;a&gt;Name&lt;/a&gt; &lt;span style="display:none"&gt;Site&lt;/span&gt; &lt;br /&gt;&lt;a
/// class="follow"&gt;Follow&lt;/a&gt;&lt;/span&gt;": a byline part that holds words hidden from readers (the site's name kept
/// for search engines) or a line break (a "Follow" button under the name) runs them into the name when read as one
/// string. Such a part is read as a reader sees it, line by line without the hidden words, and its first line that
/// reads as a byline gives the names.
/// </summary>
internal static class HiddenTextInBylinePart
{
    /// <summary>The names of the part's first shown byline line, or null when the part holds nothing hidden and no break.</summary>
    public static List<string>? Read(IElement part, Func<IElement, bool> skip)
    {
        if (!HoldsHiddenOrBreak(part))
        {
            return null;
        }

        foreach (var line in HtmlText.Lines(part, skip))
        {
            if (line.Text is { Length: > 0 } text && BylineParser.TryRead(text) is { Count: > 0 } names)
            {
                return names;
            }
        }

        return null;
    }

    private static bool HoldsHiddenOrBreak(IElement part)
    {
        foreach (var element in part.Descendants<IElement>())
        {
            if (element.LocalName == "br" || HtmlText.IsHiddenElement(element))
            {
                return true;
            }
        }

        return false;
    }
}
