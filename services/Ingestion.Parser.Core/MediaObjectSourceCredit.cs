using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="slideshow" itemprop="associatedMedia" itemscope itemtype="http://schema.org/MediaObject"&gt;…&lt;div
/// class="m"&gt;&lt;a&gt;&lt;img&gt;&lt;/a&gt;&lt;/div&gt;&lt;div class="summary"&gt;&lt;p itemprop="sourceOrganization" itemscope
/// itemtype="http://schema.org/Organization"&gt;&lt;span class="source" itemprop="name"&gt;REUTERS&lt;/span&gt;&lt;/p&gt;&lt;/div&gt;": a
/// picture with no caption but its source, marked by schema.org's <c>sourceOrganization</c> (or <c>copyrightHolder</c>) of
/// the picture's own media item, in the box right under it. The source is the picture's credit, the caption entry, as a
/// credit-classed box alone under a picture is. The same property of the article's item (a wire story's "Associated
/// Press" beside its date) is no picture's and stays where it is read; so does a box holding words of its own beside the
/// source. Cost: asked only of a box under a picture that no other reading took: one walk of its few elements.
/// </summary>
internal static class MediaObjectSourceCredit
{
    private const int LongestCredit = 80;

    /// <summary>The credit <paramref name="below"/> shows, when all it shows is its media item's source; else null.</summary>
    public static string? Read(IElement below)
    {
        IElement? source = null;
        foreach (var element in below.Descendants<IElement>())
        {
            if (element.GetAttribute("itemprop") is { } property && (AttributeTokens.Contains(property, "sourceOrganization") || AttributeTokens.Contains(property, "copyrightHolder")))
            {
                source = element;
                break;
            }
        }

        if (source is null || Whitespace.Collapse(source.TextContent) is not { Length: > 0 and <= LongestCredit } credit
            || credit.Length != Whitespace.Collapse(below.TextContent).Length || !OfMediaItem(source))
        {
            return null;
        }

        return credit;
    }

    /// <summary>Whether the item the property belongs to (the nearest scope above it) is a picture's: a MediaObject or an ImageObject.</summary>
    private static bool OfMediaItem(IElement source)
    {
        for (var element = source.ParentElement; element is not null; element = element.ParentElement)
        {
            if (element.HasAttribute("itemscope"))
            {
                return element.GetAttribute("itemtype") is { } type
                    && (type.EndsWith("/MediaObject", StringComparison.Ordinal) || type.EndsWith("/ImageObject", StringComparison.Ordinal));
            }
        }

        return false;
    }
}
