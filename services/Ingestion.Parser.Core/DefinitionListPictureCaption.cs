using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;dl&gt;&lt;dt&gt;&lt;a class="highslide"&gt;&lt;img alt="Marktbrunnen"&gt;&lt;img alt="Vergrößern"&gt;&lt;/a&gt;&lt;/dt&gt;&lt;dd&gt;Der Marktbrunnen.
/// Foto: Stadtarchiv&lt;/dd&gt;&lt;/dl&gt;": a picture set as a definition list, the picture as the term and its caption as the
/// definition, with no class naming either (a city portal's CMS, and WordPress before figure elements). A short
/// definition right after a term that holds a picture and at most a link's label is the caption; a definition list of
/// words is left alone.
/// </summary>
internal static class DefinitionListPictureCaption
{
    private const int MaxLength = 300;

    private const int MaxLabelBesidePicture = 30;

    public static bool Is(IElement element) =>
        element.LocalName == "dd"
        && element.PreviousElementSibling is { LocalName: "dt" } term
        && term.QuerySelector("img, picture") is not null
        && Whitespace.Collapse(term.TextContent).Length <= MaxLabelBesidePicture
        && element.QuerySelector("img, picture, dl, ul, ol, table") is null
        && Whitespace.Collapse(element.TextContent).Length is > 0 and <= MaxLength;
}
