using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div id="header"&gt;&lt;div id="title"&gt;&lt;a&gt;&lt;img src="logo.jpg"&gt;&lt;/a&gt;&lt;/div&gt;&lt;/div&gt;&lt;div id="below-header"&gt;&lt;ul&gt;
/// &lt;li&gt;&lt;a&gt;Home&lt;/a&gt;&lt;/li&gt;&lt;li&gt;&lt;a&gt;About&lt;/a&gt;&lt;/li&gt;…": an old blog theme sets its masthead picture alone in the
/// header and its page menu in the box right under it. The box under a picture whose every word is a link's, three links
/// at least, is a row of links to other pages, no caption, however its words read ("… 2nd Ave. History" has a
/// credit's shape). A caption that links its credit ("Photo: &lt;a&gt;Name&lt;/a&gt;") has words outside its link.
/// </summary>
internal static class LinkRowUnderPicture
{
    private const int MinLinks = 3;

    /// <summary>Whether <paramref name="below"/> holds only links' text, in <see cref="MinLinks"/> links or more.</summary>
    public static bool Is(IElement below)
    {
        // Cheap gate first: a menu has several link elements; a caption mostly none.
        var links = 0;
        foreach (var link in below.GetElementsByTagName("a"))
        {
            if (!string.IsNullOrWhiteSpace(link.TextContent))
            {
                links++;
            }
        }

        return links >= MinLinks && !HasTextOutsideLinks(below);
    }

    /// <summary>Whether a text node with more than separators stands outside every link of <paramref name="box"/>.</summary>
    private static bool HasTextOutsideLinks(INode box)
    {
        foreach (var child in box.ChildNodes)
        {
            if (child is IText text)
            {
                if (text.Data.AsSpan().Trim(" ,·|•/-\u00a0\t\r\n").Length > 0)
                {
                    return true;
                }
            }
            else if (child is IElement element && element.LocalName != "a" && HasTextOutsideLinks(element))
            {
                return true;
            }
        }

        return false;
    }
}
