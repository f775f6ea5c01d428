using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// Table-era pages set a picture and its caption in a small table of their own, floated beside the text:
/// "&lt;table align=right&gt;&lt;tr&gt;&lt;td&gt;&lt;img&gt;&lt;/td&gt;&lt;/tr&gt;&lt;tr&gt;&lt;td&gt;&lt;font size=1&gt;&lt;i&gt;Wind machines stand among
/// apricot trees …&lt;/i&gt;&lt;/font&gt;&lt;/td&gt;&lt;/tr&gt;&lt;/table&gt;". The row under the picture's row is its caption, credit or not.
/// </summary>
internal static class PictureTableCaption
{
    /// <summary>A caption and its credit; a cell holding a paragraph of the story is longer, and the table then holds more rows.</summary>
    private const int MaxCaptionLength = 400;

    /// <summary>The captions of picture tables, in page order; each caption row leaves the document.</summary>
    public static List<string> Read(IDocument document)
    {
        var captions = new List<string>();
        foreach (var table in document.SelectAll("table").ToList())
        {
            var rows = table.SelectAll("tr").Where(row => row.Nearest("table") == table).ToList();
            if (rows.Count is < 2 or > 3 || NodeText.IsLongerThan(table, MaxCaptionLength + 100) || !(IsFloated(table) || PictureClassedTable.Is(table)))
            {
                continue;
            }

            var pictureRow = rows.FindIndex(IsPictureOnly);
            if (pictureRow < 0 || pictureRow + 1 >= rows.Count || rows[pictureRow + 1] is not { } below
                || below.SelectFirst("img, table, a, form, script") is not null
                || Whitespace.Collapse(below.TextContent) is not { Length: > 0 and <= MaxCaptionLength } caption)
            {
                continue;
            }

            captions.Add(caption);
            below.Remove();
        }

        return captions;
    }

    /// <summary>Set beside the text ("align=right"), not a layout table whose logo row stands over a tagline; or named for
    /// the picture by its class (<see cref="PictureClassedTable"/>).</summary>
    private static bool IsFloated(IElement table) =>
        table.GetAttribute("align") is { } align && (align.Equals("right", StringComparison.OrdinalIgnoreCase) || align.Equals("left", StringComparison.OrdinalIgnoreCase));

    /// <summary>A row of one cell holding a picture and no text.</summary>
    private static bool IsPictureOnly(IElement row) =>
        row.Children.Length == 1 && row.SelectFirst("img") is not null && row.SelectFirst("table") is null
        && string.IsNullOrWhiteSpace(row.TextContent);
}
