using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="t-layout t-layout--with-sidebar"&gt;&lt;section&gt;&lt;article&gt;&lt;header class="m-article-header"&gt;&lt;h1&gt;…&lt;/h1&gt;…&lt;/header&gt;&lt;p&gt;…":
/// the story's own header landmark holds its headline, and the layout wrapper around the story names the sidebar beside
/// it. The header goes with the landmark furniture before the furniture words are read, and took the `h1` that marks
/// the wrapper as the main column (LayoutClassMainColumn) with it, so the wrapper went as a sidebar, the text inside it.
/// The main column is read from such a headline before the landmarks go; the header itself still goes.
/// </summary>
internal static class HeaderLandmarkHeadline
{
    /// <summary>The wrappers an `h1` inside a `header` landmark marks as the main column, read while the header is there.</summary>
    public static HashSet<IElement> MainColumns(IDocument document)
    {
        var columns = new HashSet<IElement>();
        LayoutClassMainColumn.AddTo(columns, document, headedByHeaderLandmark: true);
        return columns;
    }

    /// <summary>Whether a `header` element holds the heading.</summary>
    public static bool Holds(IElement heading)
    {
        for (var element = heading.ParentElement; element is not null; element = element.ParentElement)
        {
            if (element.LocalName == "header")
            {
                return true;
            }
        }

        return false;
    }
}
