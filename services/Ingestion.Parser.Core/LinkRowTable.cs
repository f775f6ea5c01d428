using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;table bgcolor="#F2F2F2"&gt;&lt;tr&gt;&lt;td&gt;&lt;a&gt;Printer friendly&lt;/a&gt; | &lt;a&gt;E-mail this story&lt;/a&gt; | &lt;a&gt;Back to News&lt;/a&gt;&lt;/td&gt;…":
/// a hand-made table layout sets the story's tools, or a row of section links, in a small table of its own inside the
/// story's cell. A table holding nothing but links parted by bars or dots is a row of buttons, never the story's text.
/// A short label may open it ("&lt;b&gt;More Local News:&lt;/b&gt; &lt;a&gt;Harlan council delays vote on water rates&lt;/a&gt; &amp;middot;
/// &lt;a&gt;…&lt;/a&gt;"): then the links are other stories' headlines, of any length.
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
        if (links.Count < 2)
        {
            return false;
        }

        var outside = Between(table).Where(text => !IsSeparation(text)).ToList();
        if (outside.Count == 0)
        {
            return links.All(link => Words.Count(Whitespace.Collapse(link.TextContent)) <= 5);
        }

        // The label's words stand before the first link: "More Local News:".
        var first = table.Descendants<IText>().First(text => !IsSeparation(text.Data));
        return outside.Count == 1 && first.ParentElement?.Nearest("a") is null && IsLabel(outside[0]) && NodeText.IsShorterThan(table, MaxLabelledRowLength);
    }

    private static bool IsSeparation(string text) => text.AsSpan().Trim().Trim(Separators).Trim().IsEmpty;

    /// <summary>A row of headlines under a label is a few lines long; a paragraph of text ending in links is longer.</summary>
    private const int MaxLabelledRowLength = 600;

    /// <summary>"More Local News:", "Also in Sports:": at most four words and a colon.</summary>
    private static bool IsLabel(string text)
    {
        var label = text.AsSpan().Trim().Trim(Separators).Trim();
        return label.Length > 1 && label[^1] == ':' && Words.Count(label[..^1]) <= 4 && !Words.EndsSentence(label[..^1]);
    }

    /// <summary>The table's text outside its links.</summary>
    private static IEnumerable<string> Between(IElement table) =>
        table.Descendants<IText>().Where(text => text.ParentElement?.Nearest("a") is null).Select(text => text.Data.Replace('\u00A0', ' '));
}
