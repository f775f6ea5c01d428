using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="byline-details"&gt;&lt;a href="/authors/x/jane-roe" class="byline-details__photo"&gt;&lt;img alt="Jane Roe"&gt;&lt;/a&gt;
/// &lt;div class="byline-details__content"&gt;&lt;a href="/authors/x/jane-roe"&gt;Jane Roe&lt;/a&gt; &lt;a&gt;janeroe&lt;/a&gt;&lt;/div&gt;&lt;/div&gt;":
/// the writer's portrait links to the writer's page as the name does, one box apart. A link that shows a picture and no
/// text names nobody; the byline whose writers' links are read is the box of the first writer link that shows a name.
/// A portrait in a rail ("&lt;aside class="widget widget_writers"&gt;&lt;h3&gt;Our Top Writers&lt;/h3&gt;…", a sidebar's cards of the
/// magazine's writers, each a portrait and a name) is no byline's, and the name beside it none either: it is not passed.
/// </summary>
internal static class PortraitOnlyWriterLink
{
    /// <summary>Whether <paramref name="link"/> shows a picture and no text, outside a rail.</summary>
    public static bool Is(IElement link)
    {
        if (link.SelectFirst("img, picture") is null || link.Nearest("aside, [class*='widget']") is not null)
        {
            return false;
        }

        foreach (var node in link.Descendants<IText>())
        {
            if (!string.IsNullOrWhiteSpace(node.Data))
            {
                return false;
            }
        }

        return true;
    }
}
