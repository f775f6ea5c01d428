using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;table&gt;&lt;tr&gt;&lt;th&gt;品番&lt;/th&gt;&lt;th&gt;標準価格&lt;/th&gt;&lt;th&gt;製品画像&lt;/th&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;a&gt;HB-100&lt;img alt="詳細へ"&gt;&lt;/a&gt;&lt;/td&gt;
/// &lt;td&gt;（税抜き ¥9,000）&lt;/td&gt;&lt;td&gt;&lt;a&gt;&lt;img alt="画像へ"&gt;&lt;/a&gt;&lt;/td&gt;&lt;/tr&gt;": a press release's price table, a row of
/// heading cells over one row per product, its buttons pictures in links. A first row of heading cells marks a table of
/// data, never a layout table, so <see cref="FiguresTableElement"/> takes it from two rows (the heading row and one of
/// figures) and lets its link buttons' pictures be; a table without such a row still needs three rows and no picture.
/// Cost: asked once per table of the content root: the first row's cells looked at.
/// </summary>
internal static class HeaderRowFiguresTable
{
    /// <summary>The heading row and one row of figures.</summary>
    public const int LeastRows = 2;

    /// <summary>Whether the table's first row holds two heading cells or more and nothing else.</summary>
    public static bool Opens(IElement table)
    {
        if (table.SelectFirst("tr") is not { } row)
        {
            return false;
        }

        var headings = 0;
        foreach (var cell in row.Children)
        {
            if (cell.LocalName == "td")
            {
                return false;
            }

            headings += cell.LocalName == "th" ? 1 : 0;
        }

        return headings >= 2;
    }

    /// <summary>Every picture of the table inside a link: a button, no photo of a layout.</summary>
    public static bool PicturesAreButtons(IElement table)
    {
        foreach (var picture in table.SelectAll("img"))
        {
            if (picture.Nearest("a") is null)
            {
                return false;
            }
        }

        return true;
    }
}
