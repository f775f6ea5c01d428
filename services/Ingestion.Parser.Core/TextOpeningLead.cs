using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figure&gt;…&lt;/figure&gt;&lt;div class="text"&gt;&lt;p class="intro"&gt;&lt;strong&gt;Het kabinet maakt …&lt;/strong&gt;&lt;/p&gt;&lt;p&gt;…":
/// a bold lead that opens the text's own container, first of its run of paragraphs, is the story's first paragraph,
/// though its class says "intro"; a standfirst stands after the headline, apart from the text's paragraphs. A paper's
/// template may wrap that paragraph in an intro box of its own after the lead picture
/// ("&lt;div class="story-intro"&gt;&lt;p&gt;&lt;strong&gt;A HIGH-powered team …&lt;/strong&gt;&lt;/p&gt;&lt;/div&gt;&lt;p&gt;…"): the capitals
/// opening the first words are the print style of a story's first paragraph, which no summary uses.
/// </summary>
internal static class TextOpeningLead
{
    /// <summary>Text paragraphs after it in the same parent: a run, not a lone summary.</summary>
    private const int ParagraphsAfter = 3;

    private const int ParagraphLength = 80;

    /// <summary>A picture's box before the lead holds its caption at most.</summary>
    private const int PictureBoxText = 300;

    public static bool Opens(IElement element)
    {
        if (element.LocalName == "p")
        {
            return element.PreviousElementSibling is null && RunFollows(element);
        }

        return element.LocalName == "div" && element.ChildElementCount == 1 && element.FirstElementChild is { LocalName: "p" } lead
            && OpensWithCapitals(Whitespace.Collapse(lead.TextContent)) && OnlyPicturesBefore(element) && RunFollows(element);
    }

    /// <summary>
    /// "A HIGH-powered team …", "THE good thing about …", "MALCOLM Fraser was …": the first word (after a one-letter
    /// article) in capitals, the words after it in small letters.
    /// </summary>
    public static bool OpensWithCapitals(string text)
    {
        var words = text.Split(' ', 4, StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 1 && words[0].Length == 1 ? 1 : 0;
        if (words.Length < first + 3)
        {
            return false;
        }

        var word = words[first];
        var letters = 0;
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                break;
            }

            if (!char.IsUpper(c))
            {
                return false;
            }

            letters++;
        }

        // The words after it are the sentence's own, not more capitals (a heading or a shouted line).
        return letters >= 2 && words[(first + 1)..].Any(after => after.Any(char.IsLower));
    }

    private static bool OnlyPicturesBefore(IElement element)
    {
        for (var before = element.PreviousElementSibling; before is not null; before = before.PreviousElementSibling)
        {
            if (before.LocalName is "script" or "style" || (before.SelectFirst("img, picture, video") is not null || before.LocalName is "img" or "figure") && ShownLength.Of(before.TextContent) <= PictureBoxText)
            {
                continue;
            }

            return false;
        }

        return true;
    }

    private static bool RunFollows(IElement element)
    {
        var paragraphs = 0;
        for (var next = element.NextElementSibling; next is not null && paragraphs < ParagraphsAfter; next = next.NextElementSibling)
        {
            if (next.LocalName == "p" && ShownLength.Of(next.TextContent) > ParagraphLength)
            {
                paragraphs++;
            }
        }

        return paragraphs >= ParagraphsAfter;
    }
}
