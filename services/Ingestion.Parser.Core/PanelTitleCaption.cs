using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="portlet-title"&gt;&lt;div class="caption"&gt;Writer profile&lt;/div&gt;&lt;/div&gt;": Bootstrap admin themes
/// (Metronic's portlets, and the panels built on them) name the text of a panel's title bar "caption", as a table names
/// its heading. The bar heads a box of the page ("Notes for readers", "Writer profile", "Replies (14)"); no picture
/// stands in it, so it captions none. The box heading stays in the page, where the thread's head still declares its count.
/// </summary>
internal static class PanelTitleCaption
{
    /// <summary>The class words of a panel's title bar: "portlet-title", "panel-heading", "card-header", "box-head".</summary>
    private static readonly string[] TitleBarEndings = ["title", "heading", "header", "head"];

    /// <summary>Whether a caption-classed element sits in a picture-less title bar (itself, its parent or grandparent).</summary>
    public static bool Is(IElement caption)
    {
        if (caption.LocalName == "figcaption" || caption.SelectFirst("img, picture") is not null)
        {
            return false;
        }

        var bar = caption.ParentElement;
        for (var step = 0; step < 2 && bar is not null && bar.LocalName is not ("body" or "figure"); step++, bar = bar.ParentElement)
        {
            // PicturefillPlaceholder: "<div class="featured-image" data-picture><div data-src="….jpg"></div></div>" is the
            // picture a script fills in (picturefill, 2013–2015), no img served: a story header holding one and its
            // credit under it ("<div class="wp-caption-text"><span class="credit">Photo: Agency</span>") is no title bar.
            if (IsTitleBar(bar))
            {
                return bar.SelectFirst("img, picture, video, iframe, [data-picture]") is null;
            }
        }

        return false;
    }

    /// <summary>A class part of the box ending in a title bar's word after a hyphen or underscore ("portlet-title", "panel_heading").</summary>
    internal static bool IsTitleBar(IElement element)
    {
        foreach (var name in element.ClassList)
        {
            foreach (var ending in TitleBarEndings)
            {
                if (name.Length > ending.Length + 1 && name.EndsWith(ending, StringComparison.OrdinalIgnoreCase)
                    && name[name.Length - ending.Length - 1] is '-' or '_')
                {
                    return true;
                }
            }
        }

        return false;
    }
}
