using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;dl&gt;&lt;dt&gt;&lt;a class="highslide"&gt;&lt;img alt="Marktbrunnen"&gt;&lt;img alt="Vergrößern"&gt;&lt;/a&gt;&lt;/dt&gt;&lt;dd&gt;Der Marktbrunnen.
/// Foto: Stadtarchiv&lt;/dd&gt;&lt;/dl&gt;": a picture set as a definition list, the picture as the term and its caption as the
/// definition, with no class naming either (a city portal's CMS, and WordPress before figure elements). A short
/// definition right after a term that holds a picture and at most a link's label is the caption; a definition list of
/// words is left alone. A definition that holds a heading ("&lt;dt&gt;&lt;a&gt;&lt;img alt="Soccer"&gt;&lt;/a&gt;&lt;/dt&gt;&lt;dd&gt;&lt;h5&gt;&lt;a&gt;Soccer&lt;/a&gt;&lt;/h5&gt;&lt;/dd&gt;
/// &lt;dd&gt;&lt;a&gt;Latest post&lt;/a&gt;&lt;/dd&gt;&lt;dd&gt;&lt;a&gt;1 commentaire&lt;/a&gt;&lt;/dd&gt;") is a teaser card's name over its headline, in a slider
/// of the site's other blogs: a caption is never a heading. The same picture in another term of the list
/// ("&lt;dt&gt;&lt;img src="arrow.gif"&gt;&lt;/dt&gt;&lt;dd&gt;&lt;a&gt;headline&lt;/a&gt;&lt;/dd&gt;&lt;dt&gt;&lt;img src="arrow.gif"&gt;&lt;/dt&gt;…", a ranking list) is a
/// bullet marking each item, no picture with a caption (RepeatedMarkerTerm).
/// </summary>
internal static class DefinitionListPictureCaption
{
    private const int MaxLength = 300;

    private const int MaxLabelBesidePicture = 30;

    public static bool Is(IElement element) =>
        element.LocalName == "dd"
        && element.PreviousElementSibling is { LocalName: "dt" } term
        && term.SelectFirst("img, picture") is { } picture
        && Whitespace.Collapse(term.TextContent).Length <= MaxLabelBesidePicture
        && element.SelectFirst("img, picture, dl, ul, ol, table, h1, h2, h3, h4, h5, h6") is null
        && Whitespace.Collapse(element.TextContent).Length is > 0 and <= MaxLength
        && !IsRepeatedMarker(term, picture);

    /// <summary>Whether another term of the same list shows the same picture file: a bullet, not a photo.</summary>
    private static bool IsRepeatedMarker(IElement term, IElement picture)
    {
        if (picture.GetAttribute("src") is not { Length: > 0 } source)
        {
            return false;
        }

        for (var other = term.ParentElement?.FirstElementChild; other is not null; other = other.NextElementSibling)
        {
            if (other != term && other.LocalName == "dt" && other.SelectFirst("img") is { } marker && string.Equals(marker.GetAttribute("src"), source, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
