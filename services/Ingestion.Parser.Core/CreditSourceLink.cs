using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;figcaption&gt;Dana Roe&lt;span class="credit"&gt;Photo: via &lt;a href="https://twitter.com/danaroe"&gt;Twitter&lt;/a&gt;&lt;/span&gt;&lt;/figcaption&gt;":
/// a network's name linked after "via" (or "from", "courtesy of") says where the site took the picture from. It is the
/// credit's last word, no share button, though a caption's lone "Twitter" link is one elsewhere. A link counts when the
/// text right before it ends with the source word; "Share via" before it keeps it a button.
/// </summary>
internal static class CreditSourceLink
{
    private static readonly string[] SourceWords = [" via", " from", " courtesy of", ":via", ":from"];

    public static bool Is(IElement link)
    {
        if (link.PreviousSibling is not IText { Data: var data })
        {
            return false;
        }

        var before = data.AsSpan().TrimEnd();
        foreach (var word in SourceWords)
        {
            var bare = word.AsSpan(1);
            if ((before.EndsWith(word, StringComparison.OrdinalIgnoreCase) || before.Equals(bare, StringComparison.OrdinalIgnoreCase))
                && !before[..^bare.Length].TrimEnd().EndsWith("share", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
