using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div style="margin: 1em 0"&gt;&lt;div style="direction: ltr"&gt;&lt;span&gt;“You kept the key?” he asked.&lt;/span&gt;&lt;/div&gt;&lt;/div&gt;":
/// text pasted from an online word processor into a story platform's editor keeps each paragraph as a div inside a spacing
/// div, the blank lines between as divs of a no-break space. The wrapper is a paragraph in all but name, like a prose
/// div; counted as none, the story's container scored nothing and the writer's short note under it was taken for the text.
/// </summary>
internal static class WrappedProseDiv
{
    /// <summary>How many wrappers deep the paragraph's div may sit.</summary>
    private const int MaxDepth = 2;

    /// <summary>
    /// The one div that holds a wrapper's text: the wrapper has no text of its own and every other child is a blank div;
    /// else null.
    /// </summary>
    public static IElement? Inner(IElement block)
    {
        var current = block;
        for (var depth = 0; depth < MaxDepth; depth++)
        {
            IElement? inner = null;
            foreach (var node in current.ChildNodes)
            {
                switch (node)
                {
                    case IText text when !IsBlank(text.Data):
                        return null;
                    case IElement child when child.LocalName != "div":
                        return null;
                    case IElement child when !IsBlank(child.TextContent):
                        if (inner is not null)
                        {
                            return null;
                        }

                        inner = child;
                        break;
                }
            }

            if (inner is null)
            {
                return null;
            }

            if (depth > 0 || inner.Children.Length == 0 || inner.Children.All(child => child.LocalName != "div"))
            {
                return inner;
            }

            current = inner;
        }

        return null;
    }

    private static bool IsBlank(string text)
    {
        foreach (var c in text)
        {
            if (!char.IsWhiteSpace(c) && c != '\u00A0')
            {
                return false;
            }
        }

        return true;
    }
}
