using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;table bgcolor="#F2F2F2"&gt;&lt;tr&gt;&lt;td&gt;&lt;a&gt;Printer friendly&lt;/a&gt; | &lt;a&gt;E-mail this story&lt;/a&gt; | &lt;a&gt;Back to News&lt;/a&gt;&lt;/td&gt;…":
/// a hand-made table layout sets the story's tools, or a row of section links, in a small table of its own inside the
/// story's cell. A table holding nothing but links parted by bars or dots is a row of buttons, never the story's text.
/// </summary>
internal static class LinkRowTable
{
    private const string Separators = "|·•/-–—»";

    /// <summary>Removes such tables from the content root.</summary>
    public static void Remove(IElement root)
    {
        foreach (var table in root.SelectAll("table").Where(IsLinkRow).ToList())
        {
            table.Remove();
        }
    }

    public static bool IsLinkRow(IElement table)
    {
        var links = table.SelectAll("a").Where(link => Whitespace.Collapse(link.TextContent).Length > 0).ToList();
        if (links.Count < 2 || links.Any(link => Words.Count(Whitespace.Collapse(link.TextContent)) > 5))
        {
            return false;
        }

        return Between(table).All(text => text.AsSpan().Trim().Trim(Separators).Trim().IsEmpty);
    }

    /// <summary>The table's text outside its links.</summary>
    private static IEnumerable<string> Between(IElement table) =>
        table.Descendants<IText>().Where(text => text.ParentElement?.Nearest("a") is null).Select(text => text.Data.Replace('\u00A0', ' '));
}
