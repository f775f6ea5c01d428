using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;dl&gt;&lt;dt&gt;&lt;a class="highslide"&gt;&lt;img alt="Marktbrunnen"&gt;&lt;img alt="Vergrößern"&gt;&lt;/a&gt;&lt;/dt&gt;&lt;dd&gt;Der Marktbrunnen.
/// Foto: Stadtarchiv&lt;/dd&gt;&lt;/dl&gt;": a picture set as a definition list, the picture as the term and its caption as the
/// definition, with no class naming either (a city portal's CMS, and WordPress before figure elements). A short
/// definition right after a term that holds a picture and at most a link's label is the caption; a definition list of
/// words is left alone. A definition that holds a heading ("&lt;dt&gt;&lt;a&gt;&lt;img alt="Soccer"&gt;&lt;/a&gt;&lt;/dt&gt;&lt;dd&gt;&lt;h5&gt;&lt;a&gt;Soccer&lt;/a&gt;&lt;/h5&gt;&lt;/dd&gt;
/// &lt;dd&gt;&lt;a&gt;Latest post&lt;/a&gt;&lt;/dd&gt;&lt;dd&gt;&lt;a&gt;1 commentaire&lt;/a&gt;&lt;/dd&gt;") is a teaser card's name over its headline, in a slider
/// of the site's other blogs: a caption is never a heading.
/// </summary>
internal static class DefinitionListPictureCaption
{
    private const int MaxLength = 300;

    private const int MaxLabelBesidePicture = 30;

    public static bool Is(IElement element) =>
        element.LocalName == "dd"
        && element.PreviousElementSibling is { LocalName: "dt" } term
        && term.SelectFirst("img, picture") is not null
        && Whitespace.Collapse(term.TextContent).Length <= MaxLabelBesidePicture
        && element.SelectFirst("img, picture, dl, ul, ol, table, h1, h2, h3, h4, h5, h6") is null
        && Whitespace.Collapse(element.TextContent).Length is > 0 and <= MaxLength;
}
