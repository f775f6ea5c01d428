using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="widget wp_widget_tag_cloud"&gt;&lt;h3&gt;Schlagwörter&lt;/h3&gt;&lt;div&gt;&lt;a class="tag-cloud-link tag-link-12"
/// style="font-size: 14pt;" aria-label="Gartenbau (31 Einträge)"&gt;Gartenbau&lt;/a&gt; …": a blog's tag cloud in its sidebar,
/// every tag the blog has used, each sized by how often. A bare keywords heading over it reads as a tag row
/// (<see cref="BareKeywordsHeading"/>), but the links are the site's, not the post's: WordPress writes the class
/// "tag-cloud-link" on each link of its cloud (widget and shortcode alike), and its widget and other platforms' boxes
/// are named "widget_tag_cloud", "tag-cloud". A post's own tag row under its text is plain rel="tag" links and stays read.
/// </summary>
internal static class SiteTagCloudBox
{
    // "tagcloud" alone is left out: a theme also names the post's own tag row under its text so (HtmlFurniture).
    private static readonly string[] CloudClassParts = ["tag-cloud", "tag_cloud"];

    /// <summary>
    /// Whether the box is a tag cloud: a link in it carries WordPress's cloud class, or the box or one of its ancestors
    /// up to <paramref name="upTo"/> (the heading's parent) is named a tag cloud. A look at the first link and a few
    /// class attributes.
    /// </summary>
    public static bool Is(IElement box, IElement? upTo)
    {
        if (box.QuerySelector("a.tag-cloud-link") is not null)
        {
            return true;
        }

        for (var element = box; element is not null; element = element.ParentElement)
        {
            if (element.GetAttribute("class") is { Length: > 0 } classes && NamesCloud(classes))
            {
                return true;
            }

            if (element == upTo)
            {
                break;
            }
        }

        return false;
    }

    private static bool NamesCloud(string classes)
    {
        foreach (var part in CloudClassParts)
        {
            if (classes.Contains(part, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
