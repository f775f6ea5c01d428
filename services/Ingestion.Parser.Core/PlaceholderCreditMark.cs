using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="caption"&gt;&lt;span class="caption-text"&gt;…&lt;/span&gt; &lt;span class="photographer"&gt;.&lt;/span&gt;&lt;/div&gt;": a
/// gallery template fills the credit's field with a lone full stop (or a dash) when the picture has no photographer. A
/// last element of the caption that holds no letter and no digit credits no one and is no part of the caption, which
/// would otherwise end ". .".
/// </summary>
internal static class PlaceholderCreditMark
{
    private const int LongestMark = 3;

    public static void Drop(IElement caption)
    {
        if (caption.LastElementChild is not { ChildElementCount: 0 } last || NodeText.IsLongerThan(last, 20))
        {
            return;
        }

        var mark = last.TextContent.AsSpan().Trim(" \u00a0\t\r\n");
        if (mark.Length is 0 or > LongestMark)
        {
            return;
        }

        foreach (var c in mark)
        {
            if (char.IsLetterOrDigit(c))
            {
                return;
            }
        }

        // Only a mark after the caption's own text: a caption of nothing but the mark is left to the other readings.
        if (Whitespace.Collapse(caption.TextContent).Length > mark.Length + 1)
        {
            last.Remove();
        }
    }
}
