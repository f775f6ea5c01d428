using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div&gt;&lt;span&gt;Still stuck? Ask the forum's regulars, they answer within the day.&lt;/span&gt;&lt;br&gt;&lt;a href="…"&gt;&lt;button&gt;Ask
/// the forum&lt;/button&gt;&lt;/a&gt;&lt;/div&gt;": a site's prompt under the story, one line of pitch over a link drawn as a
/// button. The button's label never reaches the text, so the pitch stood alone and read as the story's last paragraph.
/// A link holding a button is a call to action by its make; the box around it goes when its only other words are one
/// short line, with no paragraph, heading or list of the story's in it.
/// </summary>
internal static class LinkButtonPromptBox
{
    private const int MaxPitchLength = 200;

    public static void Remove(IDocument document)
    {
        if (document.Body is not { } body)
        {
            return;
        }

        foreach (var button in body.SelectAll("a > button").ToList())
        {
            if (button.ParentElement?.ParentElement is { LocalName: "div" } box && body.Contains(box) && IsPrompt(box))
            {
                box.Remove();
            }
        }
    }

    private static bool IsPrompt(IElement box)
    {
        if (box.SelectFirst("p, h1, h2, h3, h4, h5, h6, ul, ol, li, table, form, blockquote, figure") is not null)
        {
            return false;
        }

        var buttons = box.SelectAll("button").Sum(button => Whitespace.Collapse(button.TextContent).Length);
        var pitch = Whitespace.Collapse(box.TextContent).Length - buttons;
        return pitch is > 0 and <= MaxPitchLength;
    }
}
