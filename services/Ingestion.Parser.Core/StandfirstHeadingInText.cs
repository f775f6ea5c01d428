using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="bd"&gt;&lt;h2&gt;A blogger was hacked to death … on Tuesday, the third attack …&lt;/h2&gt;&lt;p&gt;…":
/// a broadcaster's template opens the text's box with its standfirst set as a heading, word for word the page's
/// description. A crosshead is a few words and no description; a first paragraph the description repeats stays text
/// (sites reuse their opening as the summary), as <c>WithoutStandfirst</c> keeps it: only the heading goes. Before it
/// in the box there may be what is no text: an empty player box, a script, a newsletter sign-up form
/// ("&lt;div id="EmailOptin"&gt;&lt;p&gt;SIGN UP FOR OUR NEWSLETTER&lt;/p&gt;&lt;form&gt;…").
/// </summary>
internal static class StandfirstHeadingInText
{
    /// <summary>A standfirst is a sentence or two; a heading this long that a description repeats is no crosshead.</summary>
    private const int ShortestStandfirst = 60;

    /// <summary>A sign-up box's own words ("Sign up for our newsletter") are a line, never a paragraph of the story.</summary>
    private const int FormBoxText = 80;

    public static void Remove(IDocument document, List<string> descriptions)
    {
        if (descriptions.Count == 0)
        {
            return;
        }

        foreach (var heading in document.SelectAll("h2, h3").Where(heading => IsStandfirst(heading, descriptions)).ToList())
        {
            heading.Remove();
        }
    }

    private static bool IsStandfirst(IElement heading, List<string> descriptions)
    {
        if (NodeText.IsShorterThan(heading, ShortestStandfirst) || heading.NextElementSibling?.LocalName != "p" || !OpensBox(heading))
        {
            return false;
        }

        var text = Whitespace.Collapse(heading.TextContent);
        return Words.EndsSentence(text) && descriptions.Contains(text);
    }

    /// <summary>Nothing of the text before the heading: its earlier siblings are scripts, empty boxes or a form's box.</summary>
    private static bool OpensBox(IElement heading)
    {
        for (var before = heading.PreviousElementSibling; before is not null; before = before.PreviousElementSibling)
        {
            var shown = ShownLength.Of(before.TextContent);
            if (before.LocalName is "script" or "style" or "noscript"
                || (before.LocalName is "div" or "aside" or "section" && (shown == 0 || (shown <= FormBoxText && before.SelectFirst("form") is not null))))
            {
                continue;
            }

            return false;
        }

        return true;
    }
}
