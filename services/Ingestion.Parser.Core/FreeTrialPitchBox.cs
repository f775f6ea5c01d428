using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;&lt;header&gt;Read the Herald like never before&lt;/header&gt;&lt;ul&gt;&lt;li&gt;No adverts.&lt;/li&gt;&lt;li&gt;Faster pages.&lt;/li&gt;&lt;/ul&gt;
/// &lt;a href="/subscribe"&gt;Start 30-day&lt;br&gt; FREE trial&lt;/a&gt;&lt;/div&gt;": a paper's box between the paragraphs selling its paid
/// tier, its pitch and the selling points over a button that starts a free trial. The button names the box; the small
/// block around it, up to the story's own containers, is no text of the story.
/// </summary>
internal static class FreeTrialPitchBox
{
    /// <summary>A button's words: a sentence that mentions a trial is longer.</summary>
    private const int LongestButton = 40;

    /// <summary>A pitch with its points and button; a block of more text holds the story's own.</summary>
    private const int LongestBox = 400;

    private static readonly PrefixSet ButtonVerbs = new(["start ", "begin ", "try ", "claim ", "get ", "activate "]);

    public static void Remove(IDocument document, IElement?[] rootCandidates)
    {
        List<IElement>? boxes = null;
        foreach (var button in document.SelectAll("a, button"))
        {
            // The last words are read first, from the tree: a page's every link, its text built, cost more than the box.
            if (LastWordsEndInTrial(button) != true || !IsTrialButton(button.TextContent) || IsLinkInSentence(button))
            {
                continue;
            }

            var box = button;
            while (box.ParentElement is { LocalName: not ("body" or "html" or "main" or "article") } parent && !rootCandidates.Contains(parent)
                && !NodeText.IsLongerThan(parent, LongestBox))
            {
                box = parent;
            }

            if (box != button)
            {
                (boxes ??= []).Add(box);
            }
        }

        foreach (var box in boxes ?? [])
        {
            box.Remove();
        }
    }

    /// <summary>
    /// "Riders can &lt;a&gt;start a free trial&lt;/a&gt; of the season pass, …": a link in a paragraph's sentence, whose
    /// paragraph is text; the button of a pitch stands alone in its own block.
    /// </summary>
    private static bool IsLinkInSentence(IElement button)
    {
        var block = button.ParentElement;
        while (block is { LocalName: "span" or "strong" or "b" or "em" or "i" })
        {
            block = block.ParentElement;
        }

        return block is { LocalName: "p" or "li" or "td" or "blockquote" } && NodeText.IsLongerThan(block, button.TextContent.Length + LongestButton);
    }

    /// <summary>"Start 30-day FREE trial", "Start your free trial", "Try it free trial": a verb, then "free trial" closing a short text.</summary>
    /// <summary>Whether the node's last words end in "trial"; null when it holds no words.</summary>
    private static bool? LastWordsEndInTrial(INode node)
    {
        for (var child = node.LastChild; child is not null; child = child.PreviousSibling)
        {
            var endsInTrial = child is IText text
                ? text.Data.AsSpan().TrimEnd() is { Length: > 0 } words ? words.EndsWith(TrialWord, StringComparison.OrdinalIgnoreCase) : null
                : LastWordsEndInTrial(child);
            if (endsInTrial is not null)
            {
                return endsInTrial;
            }
        }

        return null;
    }

    private const string TrialWord = "trial";

    internal static bool IsTrialButton(string text)
    {
        if (text.Length > LongestButton * 2)
        {
            return false;
        }

        var words = Whitespace.Collapse(text).AsSpan().Trim();
        return words.Length <= LongestButton && words.EndsWith("free trial", StringComparison.OrdinalIgnoreCase) && ButtonVerbs.Matches(words);
    }
}
