using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;h4&gt;Quarry plan will&lt;br /&gt;undermine rural road&lt;/h4&gt;": a letters page and a print layout break a crosshead over two
/// lines for its width. A break inside a heading before words that go on in lower case is that layout's, no new line:
/// the heading reads as one. A break before a capital ("Kenya&lt;br&gt;Talks resume") still parts two lines.
/// </summary>
internal static class HeadingLineBreak
{
    public static bool Continues(IElement lineBreak)
    {
        if (lineBreak.ParentElement is not { LocalName: "h1" or "h2" or "h3" or "h4" or "h5" or "h6" })
        {
            return false;
        }

        for (var next = lineBreak.NextSibling; next is not null; next = next.NextSibling)
        {
            var text = next.TextContent.AsSpan().TrimStart();
            if (text.Length > 0)
            {
                return char.IsLower(text[0]);
            }

            if (next is IElement)
            {
                return false;
            }
        }

        return false;
    }
}
