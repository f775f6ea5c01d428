using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="story-teaser"&gt;&lt;p&gt;…&lt;/p&gt;&lt;p&gt;…&lt;/p&gt;&lt;/div&gt;&lt;div class="story-body"&gt;…&lt;/div&gt;": a news site's
/// template sets the story's opening paragraphs (the ones its front page and share card show) in a teaser box right
/// before the body's box, under the byline. The body's class names only the rest, but the opening is the text's first
/// paragraphs: two or more paragraphs of sentences, and nothing else, in the box just before the root. A one-paragraph
/// standfirst in such a box stays out, as it does beside its headline.
/// </summary>
internal static class TeaserParagraphsBeforeBody
{
    private static readonly WordSet OpeningWords = new(["teaser", "lead", "intro"]);

    /// <summary>The shortest text the opening's paragraphs hold together.</summary>
    private const int ShortestOpening = 300;

    public static IElement Joined(IElement root)
    {
        if (root.LocalName is not ("div" or "section") || root.PreviousElementSibling is not { LocalName: "div" } box
            || !OpeningWords.ContainsNamePart(box.ClassName) || box.ChildElementCount < 2)
        {
            return root;
        }

        var length = 0;
        foreach (var child in box.Children)
        {
            var text = child.TextContent.AsSpan().Trim();
            if (child.LocalName != "p" || !Words.EndsSentence(text))
            {
                return root;
            }

            length += text.Length;
        }

        if (length < ShortestOpening)
        {
            return root;
        }

        var first = root.FirstChild;
        while (box.LastChild is { } child)
        {
            root.InsertBefore(child, first);
            first = child;
        }

        box.Remove();
        return root;
    }
}
