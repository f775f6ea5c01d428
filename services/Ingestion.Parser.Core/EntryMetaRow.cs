using AngleSharp.Dom;

namespace Ingestion.Parser.Core;

/// <summary>
/// "&lt;div class="cattag"&gt;&lt;span&gt;&lt;time datetime="…"&gt;2019.04.21 11:51&lt;/time&gt;&lt;/span&gt; &lt;span&gt;&lt;a rel="author"&gt;Name&lt;/a&gt;&lt;/span&gt;
/// &lt;span&gt;&lt;i class="mark-cat"&gt;&lt;/i&gt; &lt;a rel="category tag"&gt;Life&lt;/a&gt;&lt;/span&gt; &lt;span&gt;&lt;a rel="tag"&gt;…&lt;/a&gt;&lt;/span&gt;&lt;/div&gt;":
/// a blog theme repeats the entry's meta under the text as a row of its time, its writer's and its terms' links, marked
/// by their <c>rel</c>, with icons for labels and no words of its own. The time, writer and tags are read from the page
/// before; the row itself is no paragraph. A row with words beside the links ("Posted in … by …", "Tags: …") is left to
/// the rules that read such lines.
/// </summary>
internal static class EntryMetaRow
{
    /// <summary>Longest row read: a meta row is a line, not a box of text.</summary>
    private const int MaxLetters = 300;

    public static void Remove(IDocument document)
    {
        List<IElement>? rows = null;
        HashSet<IElement>? seen = null;
        foreach (var link in document.WithRelToken("a[rel]", "tag"))
        {
            if (link.Nearest("div, p, ul, ol, footer, section") is { } row && row.LocalName is not ("body" or "article" or "main")
                && (seen ??= []).Add(row) && IsMetaRow(row))
            {
                (rows ??= []).Add(row);
            }
        }

        foreach (var row in rows ?? [])
        {
            row.Remove();
        }
    }

    /// <summary>Whether every letter of the row is in its time or in a link marked as the entry's author, category or tag.</summary>
    public static bool IsMetaRow(IElement row)
    {
        var letters = CountLetters(row.TextContent);
        if (letters is 0 or > MaxLetters)
        {
            return false;
        }

        foreach (var marked in row.SelectAll("time, a[rel~='tag'], a[rel~='category'], a[rel~='author']"))
        {
            letters -= CountLetters(marked.TextContent);
        }

        return letters <= 0;
    }

    private static int CountLetters(string text)
    {
        var count = 0;
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                count++;
            }
        }

        return count;
    }
}
