using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;table class="img" width="480"&gt;&lt;tr&gt;&lt;th&gt;&lt;img&gt;&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;caption&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;": a
/// magazine's CMS sets each picture of the text in a small table of its own, not floated but named for the picture by
/// its class. Such a table is read as <see cref="PictureTableCaption"/> reads a floated one: the row under the
/// picture's row is its caption. A layout table is named otherwise ("layout", "main", none at all).
/// </summary>
internal static class PictureClassedTable
{
    /// <summary>Whether one of the table's class words names a picture: "img", "image", "photo", "picture", "pic", "figure".</summary>
    public static bool Is(IElement table)
    {
        if (table.GetAttribute("class") is not { Length: > 0 } classes)
        {
            return false;
        }

        foreach (var range in classes.AsSpan().SplitAny(" \t\n\r\f"))
        {
            if (classes.AsSpan()[range] is "img" or "image" or "photo" or "picture" or "pic" or "figure")
            {
                return true;
            }
        }

        return false;
    }
}
